# The consultation: the three good questions, the option grid and the outcomes.
# Fixed texts of the window (ui-) and texts the core puts into sentences.

## Beginning
ui-start-search-label = Search by complaint, condition or another word
ui-start-search-placeholder = For example: lump in the groin
ui-start-search-none = Nothing found. Try another word.
ui-found-via = Found through: { $term }
ui-recent = Recently used
ui-begin-heading = How will you use the decision aid?
ui-mode-consultation = In the consultation room
ui-mode-consultation-hint = Clinician and patient together. Large text, everything one click away.
ui-mode-home = At home
ui-mode-home-hint = Alone or with the people close to you. One step per screen, at your own pace.
ui-patient-label = Name or code of the patient
ui-patient-hint = Do not use a citizen service number. A nickname or code is enough.
ui-patient-existing = Or choose someone already on the list
ui-begin = Begin
ui-continue-session = Continue where you were
ui-large-text = Larger text

## The steps
step-choice = There is a choice
step-options = What are my options?
step-pros-cons = What are the pros and cons?
step-values = What does that mean for me?
step-decision = Making the choice
step-sure = How sure are you?
step-summary = Summary
step-progress = Step { $number } of { $total }
ui-progress-label = Progress through the steps
ui-answer-saved = Answer saved
ui-previous = Previous step
ui-next = Next step
ui-stop-later = Stop and continue later
ui-stopped = Your answers are saved. You can continue later.
ui-to-start = To the start

## Step 1: there is a choice
choice-intro = There is more than one good option. What matters to you counts.
choice-your-view = Your view matters. Together we look for what suits you.
choice-three-questions = We will go through three questions together:
choice-who = Who is this choice for?

## Step 2: options
option-waiting-note = Waiting is a choice too.

## Step 3: pros and cons
grid-heading = The option grid
grid-question-column = Question
grid-mark = Matters to me
grid-mark-hint = Tick the questions that matter to you.
grid-mark-row = Matters to me: { $question }
benefits-heading = Pros
harms-heading = Cons
living-with-heading = What is life like with it?
outcomes-heading = What happens to people like you?
outcome-heading-event = How many people { $label }?
outcome-heading-amount = People { $label }
outcome-population = Who the numbers are about: { $population }
outcome-certainty = How sure is this? { $certainty }
outcome-legend = Each figure is one person. Coloured: it happens to them. Striped: there may be this many too, because the number is not exact.
outcome-sources = Sources
amount-option-sentence = On average { $value } { $unit }, after { $time }.
amount-option-sentence-no-time = On average { $value } { $unit }.
outcome-no-number = There are no figures for this option.
burden-heading = What does it ask of you and the people close to you?
burden-visits = Visits
burden-recovery = Recovery
burden-travel = Travel
burden-work = Work or school
burden-carers = People close to you
burden-costs = Costs
burden-daily-life = Daily life
environment-heading = What does it mean for the environment?
environment-co2 = About { $kg } kg CO2 { $per }.
environment-unknown = Not known.
glossary-heading = Difficult words

## Step 4: what does it mean for me?
values-intro = How important are these things to you? There is no right or wrong answer.
importance-0 = Not important
importance-1 = A little important
importance-2 = Fairly important
importance-3 = Important
importance-4 = Very important
aspect-importance = { $importance }: { $aspect }
importance-unrated = Not chosen yet
note-label = What in your life matters for this choice?
note-hint = For example: your work, climbing stairs, caring for someone.
lineup-heading = What matters to you, next to each option
lineup-intro = For each option you see what it says about the things that matter to you. The decision aid does not choose for you.
lineup-empty = First say what matters to you. Then you see it here next to each option.

## Step 5: the choice
decision-intro = What do you choose? You may also wait before choosing.
decision-think = I want to think about it some more
decision-together = I want the doctor to decide with me
decision-chosen = Your choice: { $choice }
decision-none = You have not chosen yet.

## Step 6: SURE test
sure-intro = Four short questions. They show whether you are ready to choose.
sure-sure = Do you feel sure about the best choice for you?
sure-understand = Do you know the benefits and risks of each option?
sure-values = Are you clear about which benefits and risks matter most to you?
sure-support = Do you have enough support and advice to make a choice?
sure-yes = Yes
sure-no = No
sure-translation = SURE test (Légaré and others, 2010).
sure-all-yes = You said yes four times. You seem ready to choose.
sure-doubt = You still have doubts. That is normal with a hard choice.
sure-next-heading = What can you do now?
sure-next-time = Take more time. You do not have to choose today.
sure-next-talk = Talk about it with someone close to you.
sure-next-home = Take the decision aid home and look at it in peace.
sure-next-ask = Write down your questions for the next appointment.
sure-unanswered = Not all questions have been answered yet.

## Summary and panel
summary-heading = What you said
summary-marked = Questions that matter to you
summary-important = What matters to you
summary-note = In your own words
summary-choice = Your choice
summary-sure = SURE test: yes { $yes } out of 4 times
summary-nothing = Nothing yet.
panel-heading = What matters to this patient
panel-empty = Nothing said yet. Ask what matters to the patient.

## Errors when saving an answer
session-error-unknown-aspect = The question "{ $id }" is not on this option grid. The answer was not saved.
session-error-unknown-option = The option "{ $id }" is not on this option grid. The choice was not saved.
session-error-importance = Choose a number from 0 to { $max }. You chose { $value }.
session-error-note-too-long = Your text is too long: { $length } characters. { $max } fit. Please make it shorter. What you wrote before is saved.
session-error-other-grid = This answer belongs to another option grid ("{ $id }"). The answer was not saved.

## Where does this number come from? (the evidence table)
evidence-title = Where does this number come from?
evidence-col-about = About
evidence-col-option = Option
evidence-col-shown = What you see
evidence-col-reported = What the study reports
evidence-col-arm = Group in the study
evidence-col-follow-up = Measured after
evidence-col-population = About whom
evidence-col-location = Where in the source
evidence-col-certainty = Certainty
evidence-col-why = Why this source
evidence-col-source = Source
evidence-rule = How we calculate: the share from the study times 100 (or 1000), rounded to a whole number. A half is rounded up.
evidence-shown-frequency = { $count } out of { $denominator }
evidence-shown-after = { $figure }, after { $time }
evidence-about-grid = Text about the condition
evidence-about-option = Text for { $option }
evidence-reported-count = { $events } of { $of }
evidence-reported-percent = { $percent }%
evidence-reported-percent-of = { $percent }% of { $of }
evidence-reported-frequency = { $frequency } per { $per }
evidence-reported-rate = { $rate } per { $per } per { $time }
evidence-reported-mean = mean { $value }
evidence-reported-median = median { $value }
evidence-reported-value = { $value }
evidence-reported-interval = { $figure } (95% interval { $low } to { $high })
evidence-follow-up-fixed = { $time }
evidence-follow-up-median = median { $time }
evidence-follow-up-mean = mean { $time }
evidence-follow-up-maximum = up to { $time }
evidence-follow-up-once = measured once
evidence-follow-up-not-reported = not stated in the source
evidence-markdown-title = Evidence table: { $grid } ({ $id })
evidence-markdown-generated = Made by `keuzekaart evidence` from version { $version } of the option grid. Do not edit by hand.
