# Hoe cijfers en zekerheid in woorden komen.
time-days = { $amount } { $amount ->
    [one] dag
   *[other] dagen
  }
time-weeks = { $amount } { $amount ->
    [one] week
   *[other] weken
  }
time-months = { $amount } { $amount ->
    [one] maand
   *[other] maanden
  }
time-years = { $amount } jaar
# Natuurlijke frequentie: "12 van de 100 mensen hebben na 2 jaar nog pijn."
frequency-sentence = { $count } van de { $denominator } mensen { $label }, na { $time }.
frequency-range = Dit kan liggen tussen { $low } en { $high } van de { $denominator }.
amount-sentence = Gemiddeld { $value } { $unit }.
amount-range = Meestal tussen { $low } en { $high } { $unit }.
# Zekerheid van het bewijs (GRADE), in woorden.
certainty-high = We zijn hier zeker van.
certainty-moderate = Dit is waarschijnlijk zo.
certainty-low = Dit is mogelijk zo. Het kan ook anders zijn.
certainty-very-low = We weten niet zeker of dit zo is.
certainty-label-high = Zeker
certainty-label-moderate = Waarschijnlijk
certainty-label-low = Mogelijk
certainty-label-very-low = Onzeker

## Pictograms (assets/pictures) and the easy-reading layer
picture-waiting = Afwachten
picture-operation = Operatie
picture-medicine = Medicijn
picture-exercise = Oefenen
picture-device = Hulpmiddel
picture-care = Zorg en aandacht
picture-visits = Naar het ziekenhuis of de huisarts
picture-recovery = Herstellen
picture-travel = Reizen
picture-work = Werk of school
picture-carers = Hulp van anderen
picture-costs = Kosten
picture-daily-life = Dagelijks leven
picture-environment = Milieu
picture-yes = Ja
picture-no = Nee
picture-unsure = Weet ik niet
ui-easy-reading = Makkelijk lezen
easy-heading = Makkelijk lezen
easy-outcomes-heading = Wat er kan gebeuren
