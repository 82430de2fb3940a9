# The patients overview, read-only sessions, saving and erasing a patient's data, and the
# banner when the records cannot be used.
ui-patients-button = Patiënten
ui-patients-heading = Patiënten
ui-patients-intro = Hier ziet u alle patiënten en hun gesprekken. Alles staat alleen op deze computer.
ui-patients-empty = Er zijn nog geen patiënten.
ui-patients-no-sessions = Nog geen gesprekken.
ui-patients-sessions = Gesprekken
ui-patients-mode = Waar
ui-patients-step = Laatste stap
ui-patients-choice = Keuze
ui-patients-continue = Verder gaan
ui-patients-view = Bekijken
ui-patients-unavailable = Deze keuzehulp is er niet meer. Het gesprek kan niet worden geopend.
ui-patients-history-heading = Zo veranderde wat de patiënt belangrijk vindt
ui-patients-history-aspect = Vraag
ui-patients-changed = veranderd
ui-patients-export = Gegevens opslaan
ui-patients-export-intro = De patiënt mag alle gegevens meenemen. U krijgt twee bestanden: één om te lezen en één voor een computer.
ui-patients-export-folder = Map voor de bestanden
ui-patients-export-go = Opslaan in deze map
ui-patients-erase = Gegevens wissen
ui-patients-erase-warning = Alles van deze patiënt wordt gewist, ook uit de reservekopieën. Dit kunt u niet terugdraaien.
ui-patients-erase-cancel = Niet wissen
ui-patients-read-only = Alleen lezen. Hier kunt u niets veranderen.
ui-patients-back = Terug naar de patiënten
ui-patients-importance = Hoe belangrijk per vraag
ui-records-restore = Reservekopie terugzetten
patients-when = { $day } { $month ->
    [1] januari
    [2] februari
    [3] maart
    [4] april
    [5] mei
    [6] juni
    [7] juli
    [8] augustus
    [9] september
    [10] oktober
    [11] november
   *[12] december
} { $year }, { $time }
patients-birth-year = Geboren in { $year }
patients-history-changes = { $count ->
    [0] Niets is veranderd.
    [one] 1 ding is veranderd.
   *[other] { $count } dingen zijn veranderd.
}
patients-erase-question = Wilt u alle gegevens van { $label } wissen?
patients-erase-confirm = Ja, wis alles van { $label }
patients-erased = Alle gegevens van { $label } zijn gewist.
patients-export-done = De gegevens zijn opgeslagen: { $files }
patients-error-no-folder = Vul een map in. Daar komen de bestanden in.
patients-error-not-a-folder = De map { $path } bestaat niet. Kies een map die er al is.
patients-error-write = Het bestand { $path } kan niet worden gemaakt: { $reason }
patients-error-not-confirmed = Het wissen is niet bevestigd. Er is niets gewist.
patients-records-banner = Let op: de antwoorden kunnen nu niet worden opgeslagen. { $reason }
patients-restore-none = Er is geen goede reservekopie. Er is niets veranderd.
patients-restored = De reservekopie van { $time } is teruggezet.
