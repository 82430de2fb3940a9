# Polish: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.
# Przegląd pacjentów, sesje tylko do odczytu, zapisywanie i usuwanie danych pacjenta oraz
# komunikat, gdy nie można korzystać z dokumentacji.
ui-patients-button = Pacjenci
ui-patients-heading = Pacjenci
ui-patients-intro = Tu widać wszystkich pacjentów i ich rozmowy. Wszystko jest zapisane tylko na tym komputerze.
ui-patients-empty = Nie ma jeszcze pacjentów.
ui-patients-no-sessions = Nie ma jeszcze rozmów.
ui-patients-sessions = Rozmowy
ui-patients-mode = Gdzie
ui-patients-step = Ostatni krok
ui-patients-choice = Wybór
ui-patients-continue = Kontynuuj
ui-patients-view = Zobacz
ui-patients-unavailable = Tej pomocy decyzyjnej już nie ma. Nie można otworzyć rozmowy.
ui-patients-history-heading = Jak zmieniło się to, co jest ważne dla pacjenta
ui-patients-history-aspect = Pytanie
ui-patients-changed = zmieniono
ui-patients-export = Zapisz dane
ui-patients-export-intro = Pacjent może zabrać wszystkie swoje dane. Powstaną dwa pliki: jeden do czytania i jeden dla komputera.
ui-patients-export-folder = Folder na pliki
ui-patients-export-go = Zapisz w tym folderze
ui-patients-erase = Usuń dane
ui-patients-erase-warning = Wszystkie dane tego pacjenta zostaną usunięte, także z kopii zapasowych. Tego nie można cofnąć.
ui-patients-erase-cancel = Nie usuwaj
ui-patients-read-only = Tylko do odczytu. Tu nie można niczego zmienić.
ui-patients-back = Powrót do listy pacjentów
ui-patients-importance = Jak ważne – dla każdego pytania
ui-records-restore = Przywróć kopię zapasową
patients-when = { $day } { $month ->
    [1] stycznia
    [2] lutego
    [3] marca
    [4] kwietnia
    [5] maja
    [6] czerwca
    [7] lipca
    [8] sierpnia
    [9] września
    [10] października
    [11] listopada
   *[12] grudnia
} { $year }, { $time }
patients-birth-year = Rok urodzenia: { $year }
patients-history-changes = { $count ->
    [0] Nic się nie zmieniło.
    [one] Zmieniła się 1 rzecz.
    [few] Zmieniły się { $count } rzeczy.
    [many] Zmieniło się { $count } rzeczy.
   *[other] Zmieniło się { $count } rzeczy.
}
patients-erase-question = Czy usunąć wszystkie dane pacjenta { $label }?
patients-erase-confirm = Tak, usuń wszystkie dane pacjenta { $label }
patients-erased = Wszystkie dane pacjenta { $label } zostały usunięte.
patients-export-done = Dane zostały zapisane: { $files }
patients-error-no-folder = Proszę podać folder. Tam trafią pliki.
patients-error-not-a-folder = Folder { $path } nie istnieje. Proszę wybrać folder, który już istnieje.
patients-error-write = Nie można utworzyć pliku { $path }: { $reason }
patients-error-not-confirmed = Usunięcie nie zostało potwierdzone. Nic nie usunięto.
patients-records-banner = Uwaga: teraz nie można zapisywać odpowiedzi. { $reason }
patients-restore-none = Nie ma dobrej kopii zapasowej. Nic się nie zmieniło.
patients-restored = Przywrócono kopię zapasową z { $time }.
