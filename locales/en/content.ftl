# How numbers and certainty are put into words.
time-days = { $amount } { $amount ->
    [one] day
   *[other] days
  }
time-weeks = { $amount } { $amount ->
    [one] week
   *[other] weeks
  }
time-months = { $amount } { $amount ->
    [one] month
   *[other] months
  }
time-years = { $amount } { $amount ->
    [one] year
   *[other] years
  }
# Natural frequency: "12 out of 100 people still have pain, after 2 years."
frequency-sentence = { $count } out of { $denominator } people { $label }, after { $time }.
frequency-range = This may lie between { $low } and { $high } out of { $denominator }.
amount-sentence = On average { $value } { $unit }.
amount-range = Usually between { $low } and { $high } { $unit }.
# Certainty of the evidence (GRADE), in words.
certainty-high = We are confident about this.
certainty-moderate = This is probably so.
certainty-low = This may be so. It could also be different.
certainty-very-low = We do not know for sure whether this is so.
certainty-label-high = Confident
certainty-label-moderate = Probably
certainty-label-low = Possibly
certainty-label-very-low = Uncertain

## Pictograms (assets/pictures) and the easy-reading layer
picture-waiting = Waiting
picture-operation = Operation
picture-medicine = Medicine
picture-exercise = Exercise
picture-device = Medical aid
picture-care = Care and attention
picture-visits = Going to the hospital or GP
picture-recovery = Recovering
picture-travel = Travel
picture-work = Work or school
picture-carers = Help from others
picture-costs = Costs
picture-daily-life = Daily life
picture-environment = Environment
picture-yes = Yes
picture-no = No
picture-unsure = Not sure
ui-easy-reading = Easy reading
easy-heading = Easy reading
easy-outcomes-heading = What can happen
