# Polish: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.
# Program wiersza poleceń keuzekaart, dla zespołów opracowujących wytyczne.
cli-usage =
    keuzekaart: sprawdzanie, pakowanie i podpisywanie kart wyboru.

    Użycie:
      keuzekaart check [--deny-warnings] PLIK|FOLDER...
          Sprawdza karty wyboru (.toml). Pokazuje błędy i ostrzeżenia z miejscem i polem.
          --deny-warnings: ostrzeżenia liczą się jako błędy.
      keuzekaart schema [WYJŚCIE]
          Zapisuje schemat JSON formatu (do WYJŚCIE albo na ekran).
      keuzekaart build --out PAKIET [--publisher NAZWA] PLIK|FOLDER...
          Sprawdza wszystkie karty wyboru i tworzy z nich jeden pakiet. Odmawia przy błędach.
      keuzekaart keygen --out NAZWA
          Tworzy parę kluczy: NAZWA.pub (publiczny) i NAZWA.key (tajny).
      keuzekaart sign --key NAZWA.key PAKIET
          Podpisuje pakiet. Zapisuje PAKIET.minisig.
      keuzekaart verify --pub NAZWA.pub [--signature PODPIS] PAKIET
          Sprawdza podpis i wszystkie karty wyboru w pakiecie.
      keuzekaart preview --out PLIK.html [--lang nl|en] KARTA.toml
          Sprawdza kartę wyboru i zapisuje podgląd HTML z wykresami, tak jak pokazuje ją aplikacja.
      keuzekaart evidence [--lang nl|en] KARTA.toml
          Wypisuje tabelę dowodów (Markdown): każdą liczbę, co podaje źródło i w którym miejscu.
      keuzekaart help
          Pokazuje tę pomoc.

    Kod wyjścia: 0 wszystko w porządku, 1 znaleziono błędy, 2 błędne użycie lub nie można odczytać pliku.
cli-error = błąd: { $message }
cli-error-no-command = Podaj polecenie.
cli-error-unknown-command = Nieznane polecenie „{ $command }”.
cli-error-unknown-flag = Nieznana opcja „{ $flag }” dla { $command }.
cli-error-missing-value = Opcja { $flag } wymaga wartości.
cli-error-missing-flag = { $command } wymaga opcji { $flag }.
cli-error-no-files = Podaj co najmniej jeden plik lub folder.
cli-error-too-many = Za dużo argumentów dla { $command }: „{ $argument }”.
cli-error-no-toml = W folderze { $path } nie ma plików .toml.
cli-error-read = Nie można odczytać { $path }: { $detail }
cli-error-write = Nie można zapisać { $path }: { $detail }
cli-error-exists = { $path } już istnieje. Plik nie zostanie nadpisany.
cli-error-key = { $path } nie jest prawidłowym kluczem.
cli-error-random = System nie dostarczył liczb losowych: { $detail }
cli-error-key-old = { $path } to stary, niezaszyfrowany klucz keuzekaart. Utwórz nowy poleceniem keuzekaart keygen i przekaż nowy klucz publiczny osobom, które instalują Twoje pakiety.
cli-error-password-wrong = Hasło do { $path } jest nieprawidłowe.
cli-error-password-empty = Hasło jest puste. Wybierz hasło.
cli-error-password-different = Te dwa hasła nie są takie same.
cli-error-password-no-terminal = Nie ma terminala, w którym można wpisać hasło. Użyj --password-file PLIK.
cli-password-prompt = Hasło do klucza tajnego:{ " " }
cli-password-repeat = Wpisz hasło jeszcze raz:{ " " }
cli-heading-errors = Błędy:
cli-heading-warnings = Ostrzeżenia:
cli-schema-written = Schemat zapisano w { $path }.
cli-build-refused = Nie utworzono pakietu: najpierw popraw błędy.
cli-build-written = Utworzono pakiet { $path } z { $grids } { $grids ->
    [one] kartą wyboru
    [few] kartami wyboru
    [many] kartami wyboru
   *[other] karty wyboru
  } ({ $hash }).
cli-keygen-written = Utworzono parę kluczy { $key }.
    { $public }: publiczny. Przekaż ten plik osobom, które instalują Twoje pakiety.
    { $secret }: tajny. Przechowuj go offline. Nigdy go nie udostępniaj i nigdy nie umieszczaj go w git.
cli-sign-written = Podpis zapisano w { $path } (klucz { $key }).
cli-verify-ok = { $path } jest podpisany kluczem { $key }. Podpis się zgadza, a { $grids ->
    [one] { $grids } karta wyboru nie ma
    [few] { $grids } karty wyboru nie mają
    [many] { $grids } kart wyboru nie ma
   *[other] { $grids } karty wyboru nie ma
  } błędów.
cli-preview-refused = Nie utworzono podglądu: najpierw popraw błędy.
cli-preview-written = Podgląd zapisano w { $path }. Otwórz go w przeglądarce internetowej.
cli-error-language = Nieznany język „{ $lang }”. Wybierz nl lub en.
preview-banner = Podgląd dla autorów: tak pomoc decyzyjna pokazuje tę kartę wyboru. Przyciski nic tu nie robią.
