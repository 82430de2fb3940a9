# Polish: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.
# Dokumentacja: komunikaty i eksport dla pacjenta.
records-error-database = Nie można odczytać ani zapisać dokumentacji: { $reason }
records-error-io = Nie można użyć folderu lub pliku { $path }: { $reason }
records-error-newer-schema = Ta dokumentacja została utworzona w nowszej wersji programu (wersja { $found }). Ten program zna wersję { $supported }. Proszę zainstalować najnowszą wersję. Nic nie zostało zmienione.
records-error-in-use = Dokumentacja jest już otwarta w innym oknie programu. Proszę najpierw je zamknąć.
records-error-read-only = Nie można zapisać dokumentacji: folder lub dysk jest tylko do odczytu. To, co zapisano wcześniej, nadal jest zapisane.
records-error-disk-full = Dysk jest pełny. Ostatnia odpowiedź nie została zapisana. Wszystko, co było wcześniej, nadal jest zapisane. Proszę zwolnić miejsce i spróbować ponownie.
records-error-corrupt = Plik z dokumentacją jest uszkodzony. Nie został zmieniony. Proszę przywrócić kopię zapasową.
records-error-empty-label = Proszę wpisać imię lub kod pacjenta.
records-error-label-too-long = Imię lub kod ma za dużo znaków ({ $chars }). Limit to { $max }.
records-error-label-bsn = To wygląda na numer BSN (holenderski numer identyfikacyjny). Proszę go nie używać. Proszę wybrać własny kod.
records-error-duplicate-label = Jest już pacjent z imieniem lub kodem „{ $label }”. Proszę wybrać coś innego.
records-error-birth-year = Rok urodzenia { $year } nie jest możliwy. Proszę wybrać rok od { $min } do { $max }.
records-error-unknown-patient = Ten pacjent nie istnieje (już): numer { $id }.
records-error-unknown-session = Ta rozmowa nie istnieje (już): numer { $id }.
records-error-bad-event = Nie można odczytać zapisanej odpowiedzi (numer { $id }).
records-error-not-a-backup = Plik { $path } nie jest kopią zapasową tego programu albo jest uszkodzony. Nic nie zostało zmienione.
records-export-title = Dokumentacja pacjenta { $label }
records-export-birth-year = Rok urodzenia: { $year }
records-export-no-birth-year = Rok urodzenia: nie podano
records-export-created = Dodano { $time } (UTC)
records-export-sessions = { $count ->
    [0] Nie ma jeszcze rozmów.
    [one] 1 rozmowa.
    [few] { $count } rozmowy.
    [many] { $count } rozmów.
   *[other] { $count } rozmowy.
}
records-export-session = Rozmowa { $number }: karta wyboru { $grid }, rozpoczęta { $time } (UTC)
records-export-content = Treść: wersja { $version }, liczba kontrolna { $sha256 }
records-export-mode = Gdzie: { $mode ->
    [home] w domu
   *[consultation] w gabinecie
}
records-export-no-events = Jeszcze nic nie zapisano.
records-export-event = { $time }: { $what }
records-event-mode = Wybrano miejsce: { $mode ->
    [home] w domu
   *[consultation] w gabinecie
}
records-event-step = Otwarto krok: { $step ->
    [options] Jakie mam możliwości?
    [pros-cons] Jakie są zalety i wady?
    [values] Co to oznacza dla mnie?
    [decision] Wybór
    [sure] Na ile mam pewność?
    [summary] Podsumowanie
   *[choice] Jest wybór
}
records-event-row-marked = Pytanie { $question } jest ważne
records-event-row-unmarked = Pytanie { $question } nie jest już zaznaczone
records-event-importance = Jak ważne jest: { $aspect } – { $importance } z 4
records-event-note = Co jest ważne w moim życiu: { $text }
records-event-choice-option = Wybór: { $option }
records-event-choice-think = Wybór: chcę się jeszcze zastanowić
records-event-choice-together = Wybór: chcę, żeby lekarz decydował razem ze mną
records-event-sure = { $item ->
    [understand] Znam zalety i wady każdej możliwości
    [values] Wiem, co jest dla mnie najważniejsze
    [support] Mam dość wsparcia i porad, żeby wybrać
   *[sure] Wiem na pewno, jaki wybór jest dla mnie najlepszy
}: { $answer ->
    [yes] tak
   *[no] nie
}
records-event-consent-yes = Zgoda: anonimowe odpowiedzi z tej rozmowy mogą trafić do zespołu opracowującego wytyczne
records-event-consent-no = Nie ma (już) zgody: odpowiedzi z tej rozmowy nie trafiają do zespołu opracowującego wytyczne
