# Installing bundles from the window, and the guideline a decision comes from.
ui-install-button = Zainstaluj treści
ui-install-heading = Zainstaluj treści
ui-install-intro = Wybierz pakiet od grupy opracowującej wytyczne (plik .json). Plik z podpisem (.minisig) musi leżeć obok niego.
ui-install-path-label = Plik pakietu
ui-install-choose = Wybierz plik
ui-install-start = Zainstaluj
ui-install-cancel = Zatrzymaj
ui-install-close = Zamknij
ui-install-reading = Pakiet jest odczytywany, a jego podpis sprawdzany.
ui-install-progress = Sprawdzono { $done } z { $total } kart wyboru
ui-install-done = Zainstalowano { $count } kart wyboru z pliku { $file }.
ui-install-failed = Nie zainstalowano: { $file }. Nic się nie zmieniło.
ui-install-busy = Inny pakiet jest właśnie instalowany. Poczekaj, aż instalacja się zakończy.
ui-install-path-missing = Najpierw wybierz plik.
ui-dialog-bundle-title = Wybierz pakiet
ui-dialog-bundle-filter = Pakiety
ui-guideline-source = Z wytycznej { $name } ({ $group }), wersja { $version } z { $date }
