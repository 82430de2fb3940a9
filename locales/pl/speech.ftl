# Polish: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.
# Czytanie na głos: przyciski w oknie i co może pójść nie tak.
ui-read-aloud = Przeczytaj na głos
ui-read-step = Przeczytaj ten krok na głos
ui-read-slower = Czytaj wolniej
ui-read-stop = Przestań czytać
ui-read-tools = Czytanie na głos
speech-error-missing = Czytanie na głos nie działa: na tym komputerze nie ma programu { $program }. Proszę poprosić osobę, która zarządza komputerem, o jego zainstalowanie.
speech-error-failed = Nie udało się przeczytać na głos. Program { $program } zgłasza: { $reason }
speech-error-io = Nie udało się przeczytać na głos: nie można użyć folderu lub pliku { $path }: { $reason }
speech-error-unknown-block = Tego tekstu nie ma już na ekranie. Proszę jeszcze raz wybrać, co ma zostać przeczytane na głos.
