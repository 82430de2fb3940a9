# De studio (Keuzekaart maken): voor richtlijngroepen, alleen in de schrijfmodus.
ui-studio-label = Keuzekaart maken — geen patiëntgegevens
studio-counts = { $errors ->
    [one] 1 fout
   *[other] { $errors } fouten
  }, { $warnings ->
    [one] 1 waarschuwing
   *[other] { $warnings } waarschuwingen
  }
studio-summary = { $files ->
    [one] 1 bestand
   *[other] { $files } bestanden
  }: { $counts }
studio-no-files = In deze map staan geen keuzekaarten (bestanden die eindigen op .toml).
studio-preview-blocked = Geen voorbeeld: dit bestand heeft fouten. Los die eerst op.
studio-line-heading = { $file }, regel { $line }
studio-signed = Ondertekend door { $publisher } met sleutel { $key }. De handtekening klopt.
studio-bundle-written = Bundel: { $bundle }. Handtekening: { $signature }.
studio-bundle-created = Uitgever van de bundel: { $publisher }. Gemaakt op { $date }.
studio-error-folder = De map { $path } bestaat niet of kan niet worden gelezen.
studio-error-build = Er is geen bundel gemaakt. Los eerst deze fouten op:
studio-error-password = Het wachtwoord past niet bij deze geheime sleutel.
studio-error-key = Dit bestand is geen geheime sleutel van minisign of keuzekaart.
studio-error-authoring = Keuzekaart maken kan alleen in de schrijfmodus. Start het programma met --authoring.
studio-error-no-folder = Open eerst een map met keuzekaarten.
ui-studio-button = Keuzekaart maken
ui-studio-heading = Keuzekaart maken
ui-studio-intro = Open de map met uw keuzekaarten. U ziet de meldingen van de controle en een voorbeeld zoals de patiënt het ziet. Sla een bestand op in uw eigen editor: dit scherm volgt vanzelf.
ui-studio-folder-label = Map met keuzekaarten
ui-studio-choose-folder = Kies een map
ui-studio-open = Openen
ui-studio-findings = Meldingen van de controle
ui-studio-no-findings = Geen fouten en geen waarschuwingen.
ui-studio-files = Bestanden
ui-studio-preview = Voorbeeld: zo ziet de patiënt het
ui-studio-mode = Waar
ui-studio-language = Taal van de keuzekaart
ui-studio-line = De regel in het bestand
ui-studio-bundle-heading = Bundel maken en ondertekenen
ui-studio-publisher = Uitgever
ui-studio-key-file = Geheime sleutel (bestand)
ui-studio-password = Wachtwoord van de sleutel
ui-studio-bundle-out = Bundel opslaan als (bestand)
ui-studio-publish = Bundel maken en ondertekenen
ui-studio-provenance = Dit ziet de patiënt over de herkomst
