# Polish: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.
# Jak liczby i pewność zamieniamy na słowa.
time-days = { $amount } { $amount ->
    [one] dzień
    [few] dni
    [many] dni
   *[other] dnia
  }
time-weeks = { $amount } { $amount ->
    [one] tydzień
    [few] tygodnie
    [many] tygodni
   *[other] tygodnia
  }
time-months = { $amount } { $amount ->
    [one] miesiąc
    [few] miesiące
    [many] miesięcy
   *[other] miesiąca
  }
time-years = { $amount } { $amount ->
    [one] rok
    [few] lata
    [many] lat
   *[other] roku
  }
# Częstość naturalna: „2 lata później: 12 na 100 osób nadal ma ból.”
# Forma „{ $time } później” zamiast „po { $time }”, bo { $time } jest w mianowniku („2 lata”).
frequency-sentence = { $time } później: { $count } na { $denominator } { $denominator ->
    [one] osobę
    [few] osoby
    [many] osób
   *[other] osoby
  } { $label }.
frequency-range = Może to być od { $low } do { $high } na { $denominator }.
amount-sentence = Średnio { $value } { $unit }.
amount-range = Zwykle od { $low } do { $high } { $unit }.
# Pewność danych naukowych (GRADE), w słowach.
certainty-high = Mamy co do tego pewność.
certainty-moderate = Prawdopodobnie tak jest.
certainty-low = Możliwe, że tak jest. Może też być inaczej.
certainty-very-low = Nie wiemy na pewno, czy tak jest.
certainty-label-high = Pewne
certainty-label-moderate = Prawdopodobne
certainty-label-low = Możliwe
certainty-label-very-low = Niepewne

## Pictograms (assets/pictures) and the easy-reading layer
picture-waiting = Czekanie
picture-operation = Operacja
picture-medicine = Lek
picture-exercise = Ćwiczenia
picture-device = Pomoc medyczna
picture-care = Opieka i troska
picture-visits = Wizyty w szpitalu lub u lekarza rodzinnego
picture-recovery = Powrót do zdrowia
picture-travel = Dojazdy
picture-work = Praca lub szkoła
picture-carers = Pomoc innych
picture-costs = Koszty
picture-daily-life = Codzienne życie
picture-environment = Środowisko
picture-yes = Tak
picture-no = Nie
picture-unsure = Nie wiem
ui-easy-reading = Łatwe czytanie
easy-heading = Łatwe czytanie
easy-outcomes-heading = Co może się stać
