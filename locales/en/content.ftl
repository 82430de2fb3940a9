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
