# Polish: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.
# Komunikaty kontroli kart wyboru (dla zespołów opracowujących wytyczne).
check-severity-error = błąd
check-severity-warning = ostrzeżenie
check-summary = Sprawdzono { $files } { $files ->
    [one] plik
    [few] pliki
    [many] plików
   *[other] pliku
  }: { $errors } { $errors ->
    [one] błąd
    [few] błędy
    [many] błędów
   *[other] błędu
  }, { $warnings } { $warnings ->
    [one] ostrzeżenie
    [few] ostrzeżenia
    [many] ostrzeżeń
   *[other] ostrzeżenia
  }.
check-file-empty = Plik jest pusty.
check-file-too-large = Plik jest za duży ({ $size } B). Maksimum to { $limit } B.
check-file-not-utf8 = Plik nie jest prawidłowym tekstem UTF-8. Zapisz go jako UTF-8.
check-file-nul-byte = Plik zawiera znak NUL. Taki znak nie powinien występować w tekście.
check-file-too-deep = Listy i tabele są zagnieżdżone zbyt głęboko (więcej poziomów niż { $limit }).
check-file-syntax = To nie jest prawidłowy TOML: { $detail }
check-file-structure = To nie pasuje do formatu karty wyboru: { $detail }
check-format-unsupported = Wersja formatu { $found } nie jest obsługiwana. Ta wersja odczytuje format { $supported }.
check-id-invalid = Identyfikator „{ $id }” jest nieprawidłowy. Użyj małych liter, cyfr i łączników.
check-id-duplicate = Identyfikator „{ $id }” występuje więcej niż raz. Każdy identyfikator musi być unikalny.
check-options-too-few = Muszą być co najmniej dwie opcje.
check-questions-none = Karta wyboru nie zawiera żadnych pytań.
check-answer-missing = To pytanie nie ma odpowiedzi dla opcji „{ $option }”.
check-option-unknown = Opcja „{ $option }” nie istnieje w tej karcie wyboru.
check-outcome-unknown = Wynik „{ $outcome }” nie istnieje w tej karcie wyboru.
check-languages-none = Podaj co najmniej jeden język w languages.
check-language-invalid = „{ $lang }” nie jest kodem języka z dwóch małych liter (np. nl lub en).
check-text-missing-language = Brak tekstu w języku „{ $lang }”.
check-text-empty = Tekst w języku „{ $lang }” jest pusty.
check-text-unknown-language = Języka „{ $lang }” nie ma w languages; ten tekst nie zostanie wyświetlony.
check-citation-unresolved = Źródła „{ $id }” nie ma w references.
check-reference-unused = Źródło „{ $id }” nie jest nigdzie używane.
check-reference-no-link = Źródło „{ $id }” nie ma ani DOI, ani URL.
check-reference-doi-invalid = „{ $doi }” nie jest prawidłowym DOI. Zapisz go jako 10.xxxx/... bez https://doi.org/.
check-reference-url-invalid = „{ $url }” nie jest adresem internetowym zaczynającym się od https:// lub http://.
check-ipdas-no-waiting-option = Brak opcji czekania lub rezygnacji z leczenia. Dodaj ją albo wyjaśnij w no_waiting_reason, dlaczego jej nie ma.
check-ipdas-waiting-reason-unneeded = Jest opcja czekania, więc no_waiting_reason nie jest potrzebne.
check-ipdas-no-benefits = Opcja „{ $option }” nie podaje żadnych zalet.
check-ipdas-no-harms = Opcja „{ $option }” nie podaje żadnych wad.
check-ipdas-unbalanced = Opcja „{ $option }” nie jest wyważona: liczba słów o zaletach to { $benefits }, a o wadach { $harms }.
check-ipdas-no-outcomes = Karta wyboru nie zawiera wyników z liczbami.
check-ipdas-outcome-one-option = Wynik „{ $outcome }” ma liczbę tylko dla jednej opcji. Porównanie nie jest wtedy możliwe.
check-balance-recommends = Tekst zaleca jedną z opcji („{ $phrase }”). Pomoc decyzyjna nie udziela porad.
check-number-option-twice = Opcja „{ $option }” ma dwie liczby dla wyniku „{ $outcome }”.
check-number-unit-missing = Wynik „{ $outcome }” jest wielkością, ale nie ma jednostki (unit).
check-number-scale-missing = Wynik „{ $outcome }” jest wielkością, ale nie ma skali (scale).
check-number-scale-invalid = Skala wyniku „{ $outcome }” musi iść od niskich do wysokich wartości.
check-number-denominator-mismatch = Wynik „{ $outcome }” nie używa dla każdej opcji tej samej liczby osób (mianownika).
check-number-timeframe-mismatch = Wynik „{ $outcome }” nie używa dla każdej opcji tego samego okresu.
check-number-measure-unknown = „{ $measure }” nie jest znaną miarą. Użyj rr, or lub hr.
check-number-relative-without-absolute = Wynik „{ $outcome }” podaje efekt względny bez liczby bezwzględnej dla opcji „{ $option }”.
check-number-wrong-kind = Ten rodzaj liczby nie pasuje do rodzaju wyniku „{ $outcome }”.
check-number-missing = Brak liczby dla opcji „{ $option }” w wyniku „{ $outcome }”.
check-number-denominator-zero = Mianownik wyniku „{ $outcome }” wynosi zero.
check-number-numerator-exceeds = { $numerator } na { $denominator } nie jest możliwe: licznik jest większy od mianownika.
check-number-denominator-unusual = Mianownik { $denominator } trudno przedstawić. Użyj 100 lub 1000.
check-number-range-invalid = Przedział niepewności wyniku „{ $outcome }” nie zgadza się z liczbą.
check-number-outside-scale = Liczba wyniku „{ $outcome }” wykracza poza skalę.
check-text-relative-risk = „{ $phrase }” to ryzyko względne. Podaj liczby bezwzględne z tym samym mianownikiem.
check-text-one-in-x = „1 na ...” trudno porównać. Podaj liczby na 100 lub 1000 osób.
check-date-review-before-published = Data przeglądu nie przypada po dacie publikacji ({ $published }).
check-date-published-future = Data publikacji { $date } jest w przyszłości.
check-date-review-passed = Data przeglądu { $date } minęła. Treści trzeba ponownie przejrzeć.
check-date-too-old = Treści pochodzą z { $date }: są starsze niż { $years } { $years ->
    [one] rok
    [few] lata
    [many] lat
   *[other] roku
  }.
check-date-review-too-late = Data przeglądu przypada ponad { $years } { $years ->
    [one] rok
    [few] lata
    [many] lat
   *[other] roku
  } po publikacji.
check-text-markup = Tekst zawiera formatowanie lub kod (np. HTML albo skrypt). Jest to niedozwolone.
check-text-control-character = Tekst zawiera niewidoczny znak sterujący.
check-readability-low = Czytelność w języku { $lang } wynosi { $score } ({ $formula }). Minimum to { $minimum }. Pisz krótsze zdania z krótszymi słowami.
check-readability-long-sentence = Zdanie ma { $words } { $words ->
    [one] słowo
    [few] słowa
    [many] słów
   *[other] słowa
  }. Liczba słów w zdaniu powinna być mniejsza niż { $maximum }.

## Format 2: source data behind every number
check-format-migrate = Ten plik jest w formacie { $found }. Ta wersja odczytuje format { $supported }: każda liczba ma teraz blok źródła (source) z tym, co podaje badanie. Dla każdej liczby zamień source_figure i sources na source = {"{"} reference, arm, population, reported, follow_up, location {"}"}. Zobacz docs/source-data.md.
check-source-arm-missing = Blok źródła nie podaje grupy w badaniu (arm).
check-source-location-missing = Blok źródła nie podaje, w którym miejscu źródła jest liczba (location), np. „Table 2” lub „abstract”.
check-source-follow-up-invalid = Okres obserwacji (follow_up) musi być większy od zera.
check-source-reported-empty = Blok źródła nie podaje, co zgłasza badanie (reported): podaj events i of, percent, frequency, rate, mean, median lub value.
check-source-reported-mixed = Blok źródła podaje więcej niż jeden rodzaj liczby ({ $fields }). Wybierz jeden.
check-source-reported-incomplete = Ten rodzaj liczby wymaga również „{ $field }”.
check-source-reported-impossible = Ten blok źródła nie może być poprawny: liczba ujemna, więcej zdarzeń niż osób albo grupa licząca zero osób.
check-source-reported-wrong-kind = Blok źródła nie pasuje do wyniku „{ $outcome }”: liczba osób pasuje do zdarzenia, a średnia lub mediana do wielkości.
check-source-figure-mismatch = { $shown } na { $denominator } nie wynika ze źródła ({ $reported }): wychodzi { $expected } na { $denominator } (po zaokrągleniu, połowa w górę).
check-source-amount-mismatch = { $shown } nie wynika ze źródła ({ $reported }), nawet po zaokrągleniu.
check-source-range-mismatch = Przedział { $shown } nie wynika z przedziału w źródle: wychodzi { $expected }.
check-source-range-without-interval = Podano przedział (range), ale źródło nie podaje przedziału (reported.interval).
check-source-time-frame-differs = Okres { $shown } nie jest okresem obserwacji w źródle ({ $follow_up }).
check-source-time-frame-beyond = Okres { $shown } jest dłuższy niż okres pomiaru w źródle ({ $follow_up }).
check-source-population-unknown = Źródło „{ $reference }” nie ma grupy „{ $population }” (populations).
check-source-population-differs = Wynik „{ $outcome }” podaje jako grupę „{ $shown }”, ale źródło podaje „{ $named }”.
check-source-choice-reason-missing = Liczby wyniku „{ $outcome }” pochodzą z więcej niż jednego źródła ({ $references }). Wyjaśnij dlaczego w choice_reason.
check-figure-mismatch = Liczba { $shown } nie wynika ze źródła ({ $reported }).
check-figure-rate-without-period = Ta liczba pochodzi ze wskaźnika częstości (rate). Podaj okres, który wymienia tekst (time_frame).
check-environment-unsourced = Emisja CO2 opcji „{ $option }” nie jest podana przy tej opcji jako liczba ze źródłem (figures).
check-text-number-unsourced = Liczba { $number } w tym tekście ({ $lang }) nie należy do żadnego wyniku tego wiersza ani opcji i nie ma własnego źródła (figures).
check-text-number-contradicts = Liczba { $number } w tym tekście ({ $lang }) nie zgadza się z wynikiem „{ $outcome }”.
check-source-follow-up-unknown = Źródło nie ma okresu obserwacji (once lub not-reported). Wtedy liczba nie może podawać okresu: usuń time_frame albo podaj okres obserwacji.
check-figure-choice-reason-missing = Ta liczba wymienia też inne źródła (supporting). Wyjaśnij w choice_reason, dlaczego wybrano to źródło.

## Łatwe czytanie (the easy-reading layer)
check-easy-layer-missing = Ta karta wyboru nie ma warstwy łatwego czytania (easy). Napisz dla każdej opcji kilka krótkich zdań.
check-easy-option-missing = Opcja „{ $option }” nie ma zdań do łatwego czytania (easy).
check-easy-one-sentence = Napisz tu jedno zdanie z jedną myślą ({ $lang }).
check-easy-sentence-long = To zdanie ma { $words } { $words ->
    [one] słowo
    [few] słowa
    [many] słów
   *[other] słowa
  }. Przy łatwym czytaniu limit słów w zdaniu to { $max }.
check-easy-uncommon-words = Rzadko używane słowa ({ $lang }): { $words }. Wybierz słowa z codziennego języka albo wyjaśnij słowo w słowniczku (glossary).
check-easy-reading-ease = Warstwa łatwego czytania ma wynik { $score } ({ $formula }, { $lang }). Musi to być co najmniej { $min }.
check-guideline-version-invalid = Wersja wytycznej „{ $version }” jest nieprawidłowa. Wpisz liczby oddzielone kropkami, na przykład 2.1.
