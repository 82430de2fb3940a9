# Meenemen naar huis: de samenvatting, het dossier en het sessiebestand opslaan; thuis verder
# gaan en de antwoorden van thuis weer inlezen.

ui-takehome-heading = Meenemen en opslaan
ui-takehome-folder = Map om in op te slaan
ui-takehome-folder-hint = U kunt een andere map intypen.
ui-takehome-save-pdf = Samenvatting opslaan (PDF)
ui-takehome-save-fhir = Opslaan voor het dossier (FHIR)
ui-takehome-save-session = Meenemen naar huis
ui-takehome-save-session-home = Terugsturen naar de zorgverlener
ui-takehome-open-heading = Een sessie openen
ui-takehome-open-intro = Hebt u een sessiebestand gekregen? Of komt een bestand terug van thuis? Typ waar het bestand staat.
ui-takehome-open-path = Waar staat het bestand?
ui-takehome-open-patient = Voor welke patiënt? (mag leeg)
ui-takehome-open-button = Openen
ui-takehome-back = Terug naar het begin

takehome-file-summary = samenvatting
takehome-file-fhir = dossier
takehome-file-session = sessie
takehome-saved = Opgeslagen in { $file }

takehome-changes-heading = Wat is er thuis veranderd?
takehome-changes-intro = Antwoorden van { $patient } over { $condition }, thuis gegeven.
takehome-status-added = { $count ->
    [one] Er is 1 antwoord van thuis toegevoegd. Er is niets weggehaald.
   *[other] Er zijn { $count } antwoorden van thuis toegevoegd. Er is niets weggehaald.
}
takehome-status-already = Dit bestand is al eerder ingelezen. Er is niets veranderd.
takehome-status-nothing = Er staan geen nieuwe antwoorden van thuis in dit bestand. Er is niets veranderd.
takehome-open-session = Sessie bekijken
takehome-change-marked = Rij aangevinkt: { $row }
takehome-change-unmarked = Rij niet meer aangevinkt: { $row }
takehome-change-importance = Belangrijkheid: { $importance } – { $aspect }
takehome-change-note = Notitie: { $note }
takehome-change-choice = Keuze: { $choice }
takehome-change-sure = { $question } { $answer }
takehome-change-consent = Delen met de richtlijngroep: { $answer }
takehome-yes = Ja.
takehome-no = Nee.

takehome-error-json = Dit bestand is geen goed sessiebestand. Er klopt iets niet op regel { $line }, teken { $column }. ({ $reason })
takehome-error-format = Dit bestand heeft een soort die dit programma niet kent: "{ $found }". Dit programma leest "{ $expected }".
takehome-error-old-format = Dit sessiebestand is gemaakt met een eerdere versie van het programma en wordt niet meer gelezen. Vraag in het ziekenhuis om een nieuw sessiebestand: daar is niets van verloren gegaan.
takehome-error-shape = Dit bestand is geen goed sessiebestand. Er klopt iets niet op regel { $line }, teken { $column }. ({ $reason })
takehome-error-damaged = Dit bestand is beschadigd of veranderd. Er is niets ingelezen. Vraag om een nieuw bestand.
takehome-error-tampered = Wat de praktijk in dit bestand zette, is veranderd. Er is niets ingelezen.
takehome-error-content = Dit bestand hoort bij een keuzehulp die hier niet is, of bij een andere versie ervan ({ $grid }). Er is niets ingelezen.
takehome-error-patient = Dit bestand is van patiënt { $file }, niet van { $chosen }. Er is niets ingelezen.
takehome-error-session = De sessie van dit bestand staat hier niet (meer) in de gegevens. Er is niets ingelezen.
takehome-error-event = Een antwoord in dit bestand past niet bij de keuzehulp: { $reason } Er is niets ingelezen.
takehome-error-folder-missing = De map { $folder } bestaat niet. Kies een andere map.
takehome-error-folder-write = In de map { $folder } kan niets worden opgeslagen ({ $reason }). Kies een andere map.
takehome-error-key = De sleutel van dit programma ({ $file }) kan niet worden gelezen of gemaakt ({ $reason }).
takehome-error-no-path = Typ eerst waar het bestand staat.
takehome-error-no-folder = Er is geen map om in op te slaan. Typ een map.

# Native dialogs (src-tauri/src/dialogs.rs); the text fields stay for typing a path.
ui-dialog-choose-folder = Map kiezen…
ui-dialog-choose-file = Bestand kiezen…
ui-dialog-folder-title = Kies een map
ui-dialog-session-title = Kies een sessiebestand
ui-dialog-session-filter = Sessiebestand (JSON)
