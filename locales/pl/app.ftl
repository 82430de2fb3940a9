# Polish: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.
# Teksty okna. Identyfikatory zaczynające się od ui- trafiają na ekran w całości.
ui-app-title = Decydujemy razem
ui-app-subtitle = Razem wybieramy opiekę dopasowaną do potrzeb.
ui-language-label = Język
ui-start-heading = Jakiej dolegliwości lub choroby to dotyczy?
ui-start-intro = Proszę wybrać temat. Wtedy będzie widać, jaki jest wybór i jakie są możliwości.
ui-start-empty = Nie wczytano jeszcze żadnych treści.
ui-example-content = Przykładowe treści: jeszcze niesprawdzone przez zespół opracowujący wytyczne.
ui-back = Powrót na początek
ui-decision-heading = Wybór
ui-options-heading = Jakie mam możliwości?
ui-option-waiting = Czekanie lub brak leczenia
ui-option-treatment = Leczenie
ui-published = Opublikowano { $date }
ui-review-by = Do przeglądu przed { $date }
ui-publisher = Opracowanie
ui-authoring-mode = Tryb autorski: widać też treści bez podpisu. Wydawca ich nie sprawdził. Nie należy używać ich z pacjentami.
ui-refused-heading = Tych treści nie wczytano
ui-unsigned-content = Bez podpisu: tylko do pisania i sprawdzania.
ui-error-heading = Coś poszło nie tak
ui-loading = Proszę czekać...
# Komunikaty samej aplikacji.
app-error-content = Nie można wczytać treści „{ $file }”: { $reason }
app-error-database = Nie można zapisać danych: { $reason }
app-error-unknown-condition = Ten temat nie istnieje (już): { $id }
app-error-worker = To się nie udało z powodu błędu w programie. To, co zostało już zapisane, jest zachowane. Spróbuj ponownie.
app-error-no-display = Nie znaleziono ekranu (DISPLAY i WAYLAND_DISPLAY są puste). Należy uruchomić aplikację na pulpicie lub użyć wirtualnego ekranu: xvfb-run -a ./run.sh
ui-translation-unreviewed = To tłumaczenie nie zostało jeszcze sprawdzone przez pracownika ochrony zdrowia, dla którego polski jest językiem ojczystym.
ui-content-fallback = Ta karta wyboru nie jest jeszcze dostępna po polsku. Jest wyświetlana w języku: { $language }.
