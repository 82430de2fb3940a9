# Polish: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.
# Studio (Przygotuj kartę wyboru): dla zespołów opracowujących wytyczne, tylko w trybie pisania.
ui-studio-label = Przygotuj kartę wyboru — bez danych pacjentów
studio-counts = { $errors } { $errors ->
    [one] błąd
    [few] błędy
    [many] błędów
   *[other] błędu
  }, { $warnings } { $warnings ->
    [one] ostrzeżenie
    [few] ostrzeżenia
    [many] ostrzeżeń
   *[other] ostrzeżenia
  }
studio-summary = { $files } { $files ->
    [one] plik
    [few] pliki
    [many] plików
   *[other] pliku
  }: { $counts }
studio-no-files = W tym folderze nie ma kart wyboru (plików kończących się na .toml).
studio-preview-blocked = Brak podglądu: ten plik zawiera błędy. Najpierw je popraw.
studio-line-heading = { $file }, wiersz { $line }
studio-signed = Podpisane przez { $publisher } kluczem { $key }. Podpis jest prawidłowy.
studio-bundle-written = Pakiet: { $bundle }. Podpis: { $signature }.
studio-bundle-created = Wydawca pakietu: { $publisher }. Utworzono { $date }.
studio-error-folder = Folder { $path } nie istnieje lub nie można go odczytać.
studio-error-build = Nie utworzono pakietu. Najpierw popraw te błędy:
studio-error-password = To hasło nie otwiera tego klucza tajnego.
studio-error-key = Ten plik nie jest kluczem tajnym minisign ani keuzekaart.
studio-error-authoring = Karty wyboru można przygotowywać tylko w trybie pisania. Uruchom program z opcją --authoring.
studio-error-no-folder = Najpierw otwórz folder z kartami wyboru.
ui-studio-button = Przygotuj kartę wyboru
ui-studio-heading = Przygotuj kartę wyboru
ui-studio-intro = Otwórz folder ze swoimi kartami wyboru. Zobaczysz wyniki kontroli i podgląd taki, jaki zobaczy pacjent. Zapisz plik we własnym edytorze: ten ekran sam się odświeży.
ui-studio-folder-label = Folder z kartami wyboru
ui-studio-choose-folder = Wybierz folder
ui-studio-open = Otwórz
ui-studio-findings = Wyniki kontroli
ui-studio-no-findings = Brak błędów i ostrzeżeń.
ui-studio-files = Pliki
ui-studio-preview = Podgląd: co widzi pacjent
ui-studio-mode = Gdzie
ui-studio-language = Język karty wyboru
ui-studio-line = Wiersz w pliku
ui-studio-bundle-heading = Utwórz i podpisz pakiet
ui-studio-publisher = Wydawca
ui-studio-key-file = Klucz tajny (plik)
ui-studio-password = Hasło klucza
ui-studio-bundle-out = Zapisz pakiet jako (plik)
ui-studio-publish = Utwórz i podpisz pakiet
ui-studio-provenance = Co pacjent widzi o pochodzeniu
