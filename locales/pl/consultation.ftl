# Polish: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.
# Rozmowa: trzy dobre pytania, karta wyboru i wyniki.
# Stałe teksty okna (ui-) i teksty, które program układa w zdania.

## Beginnen
ui-start-search-label = Szukaj według dolegliwości, choroby lub innego słowa
ui-start-search-placeholder = Na przykład: guzek w pachwinie
ui-start-search-none = Nic nie znaleziono. Proszę spróbować innego słowa.
ui-found-via = Znaleziono dzięki słowu: { $term }
ui-recent = Ostatnio używane
ui-begin-heading = Jak korzystać z pomocy decyzyjnej?
ui-mode-consultation = W gabinecie
ui-mode-consultation-hint = Lekarz i pacjent razem. Duże litery, wszystko jednym kliknięciem.
ui-mode-home = W domu
ui-mode-home-hint = Samodzielnie lub z bliskimi. Jeden krok na ekranie, we własnym tempie.
ui-patient-label = Imię lub kod pacjenta
ui-patient-hint = Proszę nie używać numeru BSN (holenderskiego numeru identyfikacyjnego). Wystarczy pseudonim lub kod.
ui-patient-existing = Można też wybrać osobę, która już jest na liście
ui-begin = Zaczynamy
ui-continue-session = Dalej od miejsca przerwania
ui-large-text = Większe litery

## De stappen
step-choice = Jest wybór
step-options = Jakie mam możliwości?
step-pros-cons = Jakie są zalety i wady?
step-values = Co to oznacza dla mnie?
step-decision = Podjęcie decyzji
step-sure = Na ile mam pewność?
step-summary = Podsumowanie
step-progress = Krok { $number } z { $total }
ui-progress-label = Postęp w krokach
ui-answer-saved = Odpowiedź zapisana
ui-previous = Poprzedni krok
ui-next = Następny krok
ui-stop-later = Przerwij i dokończ później
ui-stopped = Odpowiedzi zostały zapisane. Można dokończyć później.
ui-to-start = Na początek

## Stap 1: er is een keuze
choice-intro = Jest więcej niż jedna dobra możliwość. Liczy się to, co jest ważne dla pacjenta.
choice-your-view = Zdanie pacjenta jest ważne. Razem szukamy tego, co pasuje.
choice-three-questions = Razem przejdziemy przez trzy pytania:
choice-who = Kogo dotyczy ten wybór?

## Stap 2: mogelijkheden
option-waiting-note = Czekanie to też wybór.

## Stap 3: voor- en nadelen
grid-heading = Karta wyboru
grid-question-column = Pytanie
grid-mark = Ważne dla mnie
grid-mark-hint = Proszę zaznaczyć pytania, które są osobiście ważne.
grid-mark-row = Ważne dla mnie: { $question }
benefits-heading = Zalety
harms-heading = Wady
living-with-heading = Jak się z tym żyje?
outcomes-heading = Co dzieje się z osobami w podobnej sytuacji?
outcome-heading-event = Ile osób { $label }?
outcome-heading-amount = Osoby { $label }
outcome-population = Kogo dotyczą te liczby: { $population }
outcome-certainty = Jak pewne to jest? { $certainty }
outcome-legend = Każda postać to jedna osoba. Kolorowa: u tej osoby to się zdarza. W paski: może być też tyle osób, bo liczba nie jest dokładna.
outcome-sources = Źródła
amount-option-sentence = { $time } później: średnio { $value } { $unit }.
amount-option-sentence-no-time = Średnio { $value } { $unit }.
outcome-no-number = Dla tej możliwości nie ma liczb.
burden-heading = Czego to wymaga od pacjenta i bliskich?
burden-visits = Wizyty
burden-recovery = Powrót do zdrowia
burden-travel = Dojazdy
burden-work = Praca lub szkoła
burden-carers = Bliscy
burden-costs = Koszty
burden-daily-life = Codzienne życie
environment-heading = Co to oznacza dla środowiska?
environment-co2 = Około { $kg } kg CO2 { $per }.
environment-unknown = Nie wiadomo.
glossary-heading = Trudne słowa

## Stap 4: wat betekent dat voor mij?
values-intro = Jak ważne są te sprawy? Nie ma dobrych ani złych odpowiedzi.
importance-0 = Nie jest ważne
importance-1 = Trochę ważne
importance-2 = Dość ważne
importance-3 = Ważne
importance-4 = Bardzo ważne
aspect-importance = { $importance }: { $aspect }
importance-unrated = Jeszcze nie wybrano
note-label = Co w moim życiu jest ważne przy tym wyborze?
note-hint = Na przykład: praca, chodzenie po schodach, opieka nad kimś.
lineup-heading = To, co ważne, obok każdej możliwości
lineup-intro = Przy każdej możliwości widać tu, co karta mówi o sprawach, które są ważne. Pomoc decyzyjna nie dokonuje wyboru za pacjenta.
lineup-empty = Najpierw proszę zaznaczyć, co jest ważne. Potem będzie to widać tutaj obok każdej możliwości.

## Stap 5: de keuze
decision-intro = Co wybieram? Można też jeszcze poczekać z wyborem.
decision-think = Chcę się jeszcze zastanowić
decision-together = Chcę, żeby lekarz decydował razem ze mną
decision-chosen = Wybór: { $choice }
decision-none = Jeszcze nie dokonano wyboru.

## Stap 6: SURE-test
sure-intro = Cztery krótkie pytania. Pokazują, czy to już dobry moment na wybór.
sure-sure = Czy wiem na pewno, jaki wybór jest dla mnie najlepszy?
sure-understand = Czy znam zalety i wady każdej możliwości?
sure-values = Czy wiem, które zalety i wady są dla mnie najważniejsze?
sure-support = Czy mam dość wsparcia i porad, żeby wybrać?
sure-yes = Tak
sure-no = Nie
sure-translation = Własne tłumaczenie testu SURE (Légaré i inni, 2010). To tłumaczenie nie zostało jeszcze sprawdzone w badaniach.
sure-all-yes = Cztery razy „tak”. Wygląda na to, że to dobry moment na wybór.
sure-doubt = Są jeszcze wątpliwości. To normalne przy trudnym wyborze.
sure-next-heading = Co można teraz zrobić?
sure-next-time = Dać sobie więcej czasu. Nie trzeba wybierać dzisiaj.
sure-next-talk = Porozmawiać o tym z kimś bliskim.
sure-next-home = Zabrać pomoc decyzyjną do domu i spokojnie ją przejrzeć.
sure-next-ask = Zapisać pytania na następną wizytę.
sure-unanswered = Jeszcze nie na wszystkie pytania jest odpowiedź.

## Samenvatting en paneel
summary-heading = Co zostało powiedziane
summary-marked = Ważne pytania
summary-important = Co jest ważne
summary-note = Własnymi słowami
summary-choice = Wybór
summary-sure = Test SURE: odpowiedzi „tak”: { $yes } z 4
summary-nothing = Jeszcze nic.
panel-heading = Co jest ważne dla tego pacjenta
panel-empty = Jeszcze nic nie powiedziano. Warto zapytać, co jest ważne dla pacjenta.

## Fouten bij het bewaren van een antwoord
session-error-unknown-aspect = Pytania „{ $id }” nie ma na tej karcie wyboru. Odpowiedź nie została zapisana.
session-error-unknown-option = Możliwości „{ $id }” nie ma na tej karcie wyboru. Wybór nie został zapisany.
session-error-importance = Proszę wybrać liczbę od 0 do { $max }. Wybrano { $value }.
session-error-note-too-long = Tekst jest za długi (liczba znaków: { $length }, limit: { $max }). Proszę skrócić tekst. To, co napisano wcześniej, jest zapisane.
session-error-other-grid = Ta odpowiedź należy do innej karty wyboru („{ $id }”). Odpowiedź nie została zapisana.

## Waar komt dit getal vandaan? (the evidence table)
evidence-title = Skąd pochodzi ta liczba?
evidence-col-about = Czego dotyczy
evidence-col-option = Możliwość
evidence-col-shown = Co widać
evidence-col-reported = Co podaje badanie
evidence-col-arm = Grupa w badaniu
evidence-col-follow-up = Czas pomiaru
evidence-col-population = Kogo dotyczy
evidence-col-location = Gdzie w źródle
evidence-col-certainty = Pewność
evidence-col-why = Dlaczego to źródło
evidence-col-source = Źródło
evidence-rule = Tak liczymy: część z badania razy 100 (lub 1000), zaokrąglona do liczby całkowitej. Połowę zaokrąglamy w górę.
evidence-shown-frequency = { $count } na { $denominator }
evidence-shown-after = { $figure }, { $time } później
evidence-about-grid = Tekst o chorobie
evidence-about-option = Tekst przy: { $option }
evidence-reported-count = { $events } z { $of }
evidence-reported-percent = { $percent }%
evidence-reported-percent-of = { $percent }% z { $of }
evidence-reported-frequency = { $frequency } na { $per }
evidence-reported-rate = { $rate } na { $per } na { $time }
evidence-reported-mean = średnio { $value }
evidence-reported-median = mediana { $value }
evidence-reported-value = { $value }
evidence-reported-interval = { $figure } (przedział 95% od { $low } do { $high })
evidence-follow-up-fixed = { $time }
evidence-follow-up-median = mediana { $time }
evidence-follow-up-mean = średnio { $time }
evidence-follow-up-maximum = maksymalnie { $time }
evidence-follow-up-once = zmierzono jeden raz
evidence-follow-up-not-reported = brak w źródle
evidence-markdown-title = Tabela dowodów: { $grid } ({ $id })
evidence-markdown-generated = Utworzone przez `keuzekaart evidence` z wersji { $version } karty wyboru. Nie edytować ręcznie.
