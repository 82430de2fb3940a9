# Het gesprek: de drie goede vragen, de keuzekaart en de uitkomsten.
# Vaste teksten van het venster (ui-) en teksten die de kern in zinnen zet.

## Beginnen
ui-start-search-label = Zoek op klacht, aandoening of een ander woord
ui-start-search-placeholder = Bijvoorbeeld: bult in de lies
ui-start-search-none = Niets gevonden. Probeer een ander woord.
ui-found-via = Gevonden via: { $term }
ui-recent = Laatst gebruikt
ui-begin-heading = Hoe gebruikt u de keuzehulp?
ui-mode-consultation = In de spreekkamer
ui-mode-consultation-hint = Arts en patiënt samen. Grote letters, alles met één klik.
ui-mode-home = Thuis
ui-mode-home-hint = Alleen of met uw naasten. Eén stap per scherm, in uw eigen tempo.
ui-patient-label = Naam of code van de patiënt
ui-patient-hint = Gebruik geen BSN. Een bijnaam of code is genoeg.
ui-patient-existing = Of kies iemand die al in de lijst staat
ui-begin = Beginnen
ui-continue-session = Verder waar u was
ui-large-text = Grotere letters

## De stappen
step-choice = Er is een keuze
step-options = Wat zijn mijn mogelijkheden?
step-pros-cons = Wat zijn de voor- en nadelen?
step-values = Wat betekent dat voor mij?
step-decision = De keuze maken
step-sure = Hoe zeker bent u?
step-summary = Samenvatting
step-progress = Stap { $number } van { $total }
ui-progress-label = Voortgang door de stappen
ui-answer-saved = Antwoord bewaard
ui-previous = Vorige stap
ui-next = Volgende stap
ui-stop-later = Stoppen en later verder
ui-stopped = Uw antwoorden zijn bewaard. U kunt later verder gaan.
ui-to-start = Naar het begin

## Stap 1: er is een keuze
choice-intro = Er is meer dan één goede mogelijkheid. Wat u belangrijk vindt, telt mee.
choice-your-view = Uw mening is belangrijk. Samen zoeken we wat bij u past.
choice-three-questions = We gaan samen door drie vragen:
choice-who = Voor wie is deze keuze?

## Stap 2: mogelijkheden
option-waiting-note = Afwachten is ook een keuze.

## Stap 3: voor- en nadelen
grid-heading = De keuzekaart
grid-question-column = Vraag
grid-mark = Belangrijk voor mij
grid-mark-hint = Vink de vragen aan die voor u belangrijk zijn.
grid-mark-row = Belangrijk voor mij: { $question }
benefits-heading = Voordelen
harms-heading = Nadelen
living-with-heading = Hoe is het leven hiermee?
outcomes-heading = Wat gebeurt er met mensen zoals u?
outcome-heading-event = Hoeveel mensen { $label }?
outcome-heading-amount = Mensen { $label }
outcome-population = Over wie gaan de cijfers: { $population }
outcome-certainty = Hoe zeker is dit? { $certainty }
outcome-legend = Elk poppetje is één mens. Gekleurd: bij hen gebeurt het. Gestreept: zo veel kunnen het er ook zijn, want het cijfer is niet precies.
outcome-sources = Bronnen
amount-option-sentence = Gemiddeld { $value } { $unit }, na { $time }.
amount-option-sentence-no-time = Gemiddeld { $value } { $unit }.
outcome-no-number = Voor deze mogelijkheid zijn geen cijfers.
burden-heading = Wat vraagt het van u en uw naasten?
burden-visits = Bezoeken
burden-recovery = Herstel
burden-travel = Reizen
burden-work = Werk of school
burden-carers = Naasten
burden-costs = Kosten
burden-daily-life = Dagelijks leven
environment-heading = Wat betekent het voor het milieu?
environment-co2 = Ongeveer { $kg } kg CO2 { $per }.
environment-unknown = Niet bekend.
glossary-heading = Moeilijke woorden

## Stap 4: wat betekent dat voor mij?
values-intro = Hoe belangrijk zijn deze dingen voor u? Er is geen goed of fout antwoord.
importance-0 = Niet belangrijk
importance-1 = Een beetje belangrijk
importance-2 = Redelijk belangrijk
importance-3 = Belangrijk
importance-4 = Heel belangrijk
aspect-importance = { $importance }: { $aspect }
importance-unrated = Nog niet gekozen
note-label = Wat is in uw leven belangrijk bij deze keuze?
note-hint = Bijvoorbeeld: uw werk, trappen lopen, zorgen voor iemand.
lineup-heading = Wat u belangrijk vindt, naast elke mogelijkheid
lineup-intro = Hier ziet u per mogelijkheid wat er staat bij de dingen die u belangrijk vindt. De keuzehulp kiest niet voor u.
lineup-empty = Geef eerst aan wat u belangrijk vindt. Dan ziet u het hier naast elke mogelijkheid.

## Stap 5: de keuze
decision-intro = Wat kiest u? U mag ook nog wachten met kiezen.
decision-think = Ik wil er nog over nadenken
decision-together = Ik wil dat de arts met mij meebeslist
decision-chosen = Uw keuze: { $choice }
decision-none = U heeft nog niet gekozen.

## Stap 6: SURE-test
sure-intro = Vier korte vragen. Zo ziet u of u al klaar bent om te kiezen.
sure-sure = Weet u zeker wat voor u de beste keuze is?
sure-understand = Weet u wat de voordelen en nadelen van elke mogelijkheid zijn?
sure-values = Weet u welke voordelen en nadelen voor u het belangrijkst zijn?
sure-support = Heeft u genoeg steun en advies om te kiezen?
sure-yes = Ja
sure-no = Nee
sure-translation = Eigen vertaling van de SURE-test (Légaré en anderen, 2010). Deze vertaling is nog niet getest.
sure-all-yes = U zegt vier keer ja. U lijkt klaar om te kiezen.
sure-doubt = U twijfelt nog. Dat is normaal bij een moeilijke keuze.
sure-next-heading = Wat kunt u nu doen?
sure-next-time = Neem meer tijd. U hoeft niet vandaag te kiezen.
sure-next-talk = Praat erover met iemand die dicht bij u staat.
sure-next-home = Neem de keuzehulp mee naar huis en kijk er rustig naar.
sure-next-ask = Schrijf uw vragen op voor de volgende afspraak.
sure-unanswered = Nog niet alle vragen zijn beantwoord.

## Samenvatting en paneel
summary-heading = Wat u heeft gezegd
summary-marked = Vragen die voor u belangrijk zijn
summary-important = Wat u belangrijk vindt
summary-note = In uw eigen woorden
summary-choice = Uw keuze
summary-sure = SURE-test: { $yes } van de 4 keer ja
summary-nothing = Nog niets.
panel-heading = Wat deze patiënt belangrijk vindt
panel-empty = Nog niets gezegd. Vraag wat de patiënt belangrijk vindt.

## Fouten bij het bewaren van een antwoord
session-error-unknown-aspect = De vraag "{ $id }" staat niet op deze keuzekaart. Het antwoord is niet bewaard.
session-error-unknown-option = De mogelijkheid "{ $id }" staat niet op deze keuzekaart. De keuze is niet bewaard.
session-error-importance = Kies een getal van 0 tot en met { $max }. U koos { $value }.
session-error-note-too-long = Uw tekst is te lang: { $length } tekens. Er passen er { $max }. Maak de tekst korter. Wat u eerder schreef, is bewaard.
session-error-other-grid = Dit antwoord hoort bij een andere keuzekaart ("{ $id }"). Het antwoord is niet bewaard.

## Waar komt dit getal vandaan? (the evidence table)
evidence-title = Waar komt dit getal vandaan?
evidence-col-about = Over
evidence-col-option = Keuze
evidence-col-shown = Wat u ziet
evidence-col-reported = Wat het onderzoek meldt
evidence-col-arm = Groep in het onderzoek
evidence-col-follow-up = Gemeten na
evidence-col-population = Over wie
evidence-col-location = Waar in de bron
evidence-col-certainty = Zekerheid
evidence-col-why = Waarom deze bron
evidence-col-source = Bron
evidence-rule = Zo rekenen we: het deel uit het onderzoek keer 100 (of 1000), afgerond op een heel getal. Een half ronden we naar boven af.
evidence-shown-frequency = { $count } van de { $denominator }
evidence-shown-after = { $figure }, na { $time }
evidence-about-grid = Tekst over de aandoening
evidence-about-option = Tekst bij { $option }
evidence-reported-count = { $events } van { $of }
evidence-reported-percent = { $percent }%
evidence-reported-percent-of = { $percent }% van { $of }
evidence-reported-frequency = { $frequency } per { $per }
evidence-reported-rate = { $rate } per { $per } per { $time }
evidence-reported-mean = gemiddeld { $value }
evidence-reported-median = mediaan { $value }
evidence-reported-value = { $value }
evidence-reported-interval = { $figure } (95%-interval { $low } tot { $high })
evidence-follow-up-fixed = { $time }
evidence-follow-up-median = mediaan { $time }
evidence-follow-up-mean = gemiddeld { $time }
evidence-follow-up-maximum = tot { $time }
evidence-follow-up-once = eenmalig gemeten
evidence-follow-up-not-reported = niet vermeld in de bron
evidence-markdown-title = Bewijstabel: { $grid } ({ $id })
evidence-markdown-generated = Gemaakt door `keuzekaart evidence` uit versie { $version } van de keuzekaart. Niet met de hand bewerken.
