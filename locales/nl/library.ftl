# Installing bundles from the window, and the guideline a decision comes from.
ui-install-button = Inhoud installeren
ui-install-heading = Inhoud installeren
ui-install-intro = Kies een bundel van een richtlijngroep (een .json-bestand). Het bestand met de handtekening (.minisig) moet ernaast staan.
ui-install-path-label = Bestand van de bundel
ui-install-choose = Bestand kiezen
ui-install-start = Installeren
ui-install-cancel = Stoppen
ui-install-close = Sluiten
ui-install-reading = De bundel wordt gelezen en de handtekening wordt gecontroleerd.
ui-install-progress = { $done } van { $total } keuzekaarten gecontroleerd
ui-install-done = { $count } keuzekaarten geïnstalleerd uit { $file }.
ui-install-failed = Niet geïnstalleerd: { $file }. Er is niets veranderd.
ui-install-busy = Er wordt al een bundel geïnstalleerd. Wacht tot dat klaar is.
ui-install-path-missing = Kies eerst een bestand.
ui-dialog-bundle-title = Kies een bundel
ui-dialog-bundle-filter = Bundels
ui-guideline-source = Uit de richtlijn { $name } ({ $group }), versie { $version } van { $date }
