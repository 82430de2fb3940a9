# Polish: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.
# Do zabrania do domu: zapisywanie podsumowania, dokumentacji i pliku sesji; kontynuacja w domu
# i ponowne wczytanie odpowiedzi udzielonych w domu.

ui-takehome-heading = Zapisywanie i zabieranie do domu
ui-takehome-folder = Folder do zapisu
ui-takehome-folder-hint = Można wpisać inny folder.
ui-takehome-save-pdf = Zapisz podsumowanie (PDF)
ui-takehome-save-fhir = Zapisz do dokumentacji medycznej (FHIR)
ui-takehome-save-session = Zabierz do domu
ui-takehome-save-session-home = Odeślij do lekarza
ui-takehome-open-heading = Otwórz sesję
ui-takehome-open-intro = Otrzymano plik sesji? Albo plik wrócił z domu? Proszę wpisać, gdzie jest ten plik.
ui-takehome-open-path = Gdzie jest plik?
ui-takehome-open-patient = Dla którego pacjenta? (można zostawić puste)
ui-takehome-open-button = Otwórz
ui-takehome-back = Powrót na początek

takehome-file-summary = podsumowanie
takehome-file-fhir = dokumentacja
takehome-file-session = sesja
takehome-saved = Zapisano w { $file }

takehome-changes-heading = Co zmieniło się w domu?
takehome-changes-intro = Odpowiedzi udzielone w domu. Pacjent: { $patient }. Temat: { $condition }.
takehome-status-added = { $count ->
    [one] Dodano 1 odpowiedź z domu. Niczego nie usunięto.
    [few] Dodano { $count } odpowiedzi z domu. Niczego nie usunięto.
    [many] Dodano { $count } odpowiedzi z domu. Niczego nie usunięto.
   *[other] Dodano { $count } odpowiedzi z domu. Niczego nie usunięto.
}
takehome-status-already = Ten plik został już wcześniej wczytany. Nic się nie zmieniło.
takehome-status-nothing = W tym pliku nie ma nowych odpowiedzi z domu. Nic się nie zmieniło.
takehome-open-session = Zobacz sesję
takehome-change-marked = Zaznaczony wiersz: { $row }
takehome-change-unmarked = Odznaczony wiersz: { $row }
takehome-change-importance = Jak ważne: { $importance } – { $aspect }
takehome-change-note = Notatka: { $note }
takehome-change-choice = Wybór: { $choice }
takehome-change-sure = { $question } { $answer }
takehome-change-consent = Udostępnianie zespołowi opracowującemu wytyczne: { $answer }
takehome-yes = Tak.
takehome-no = Nie.

takehome-error-json = To nie jest prawidłowy plik sesji. Coś się nie zgadza w wierszu { $line }, znak { $column }. ({ $reason })
takehome-error-format = Ten plik jest rodzaju, którego ten program nie zna: „{ $found }”. Ten program odczytuje „{ $expected }”.
takehome-error-shape = To nie jest prawidłowy plik sesji. Coś się nie zgadza w wierszu { $line }, znak { $column }. ({ $reason })
takehome-error-damaged = Ten plik jest uszkodzony lub został zmieniony. Niczego nie wczytano. Proszę poprosić o nowy plik.
takehome-error-tampered = To, co przychodnia zapisała w tym pliku, zostało zmienione. Niczego nie wczytano.
takehome-error-content = Ten plik należy do pomocy decyzyjnej, której tu nie ma, albo do innej jej wersji ({ $grid }). Niczego nie wczytano.
takehome-error-patient = Ten plik dotyczy pacjenta { $file }, a nie { $chosen }. Niczego nie wczytano.
takehome-error-session = Sesji z tego pliku nie ma (już) w danych. Niczego nie wczytano.
takehome-error-event = Odpowiedź w tym pliku nie pasuje do pomocy decyzyjnej: { $reason } Niczego nie wczytano.
takehome-error-folder-missing = Folder { $folder } nie istnieje. Proszę wybrać inny folder.
takehome-error-folder-write = W folderze { $folder } nie można niczego zapisać ({ $reason }). Proszę wybrać inny folder.
takehome-error-key = Nie można odczytać ani utworzyć klucza tego programu ({ $file }): { $reason }.
takehome-error-no-path = Najpierw proszę wpisać, gdzie jest plik.
takehome-error-no-folder = Nie ma folderu do zapisu. Proszę wpisać folder.
takehome-error-old-format = Ten plik rozmowy powstał we wcześniejszej wersji programu i nie jest już odczytywany. Proszę poprosić szpital o nowy plik: nic tam nie zginęło.
ui-dialog-choose-file = Wybierz plik…
ui-dialog-choose-folder = Wybierz folder…
ui-dialog-folder-title = Wybierz folder
ui-dialog-session-filter = Plik rozmowy (JSON)
ui-dialog-session-title = Wybierz plik rozmowy
