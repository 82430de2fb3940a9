# Polish: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.
# Komunikaty o pakietach (opublikowanych zestawach kart wyboru), podpisach i katalogu.
check-bundle-too-large = Pakiet jest za duży ({ $size } B). Maksimum to { $limit } B.
check-bundle-syntax = To nie jest prawidłowy pakiet (JSON): { $detail }
check-bundle-format-unsupported = Format pakietu „{ $found }” nie jest obsługiwany. Ta wersja odczytuje { $supported }.
check-bundle-file-name-invalid = Nazwa pliku „{ $name }” jest niedozwolona. Użyj zwykłej nazwy, np. knie.toml, bez folderów i bez „..”.
check-bundle-file-duplicate = Plik „{ $name }” występuje w pakiecie dwa razy.
check-bundle-grid-duplicate = Karta wyboru „{ $id }” występuje w pakiecie dwa razy.
check-bundle-file-missing = Plik „{ $name }” jest w spisie zawartości, ale nie ma go w pakiecie.
check-bundle-file-unlisted = Plik „{ $name }” jest w pakiecie, ale nie ma go w spisie zawartości.
check-bundle-file-hash-mismatch = Plik „{ $name }” został zmieniony po utworzeniu pakietu (suma kontrolna się nie zgadza).
check-bundle-manifest-mismatch = Spis zawartości podaje kartę wyboru „{ $id }” w wersji { $version }, ale plik zawiera coś innego.
check-bundle-empty = Nie ma kart wyboru, które można umieścić w pakiecie.
check-bundle-unsigned = Te treści nie są podpisane. Niepodpisane treści otwierają się tylko w trybie autorskim.
check-bundle-signature-malformed = Podpis jest uszkodzony lub niekompletny. Poproś wydawcę o nowy.
check-bundle-signature-unsupported = Podpis używa metody, której ten program nie zna.
check-bundle-signer-unknown = Pakiet podpisano kluczem { $key }. Ten klucz należy do nieznanego wydawcy.
check-bundle-signature-mismatch = Podpis się nie zgadza. Pakiet zmieniono po podpisaniu albo podpis należy do innego pliku.
check-bundle-signature-comment-changed = Zaufany komentarz (trusted comment) podpisu został zmieniony po podpisaniu. Poproś wydawcę o nowy podpis.
check-bundle-key-malformed = To nie jest prawidłowy klucz.
check-catalogue-io = Nie można odczytać ani zapisać: { $detail }
check-file-too-large = Ten plik jest za duży: { $size } B, a plik tego rodzaju może mieć najwyżej { $limit } B. Nic z niego nie odczytano.
check-catalogue-index-corrupt = Lista zainstalowanych treści jest uszkodzona ({ $detail }). Zainstaluj pakiety ponownie.
check-catalogue-install-cancelled = Instalację przerwano. Nic się nie zmieniło: treści są takie jak wcześniej.
check-catalogue-grid-unknown = Karta wyboru „{ $id }” nie jest zainstalowana.
check-catalogue-hash-mismatch = Plik karty wyboru „{ $id }” został zmieniony po instalacji. Zainstaluj pakiet ponownie.
