# Teksten van het venster. Id's met ui- gaan als geheel naar het scherm.
ui-app-title = Samen beslissen
ui-app-subtitle = Kies samen de zorg die bij u past.
ui-language-label = Taal
ui-start-heading = Over welke klacht of aandoening gaat het?
ui-start-intro = Kies een onderwerp. U ziet dan welke keuze er is en wat de mogelijkheden zijn.
ui-start-empty = Er is nog geen inhoud geladen.
ui-example-content = Voorbeeldinhoud: nog niet beoordeeld door een richtlijngroep.
ui-back = Terug naar het begin
ui-decision-heading = De keuze
ui-options-heading = Wat zijn mijn mogelijkheden?
ui-option-waiting = Afwachten of niet behandelen
ui-option-treatment = Behandeling
ui-published = Gepubliceerd op { $date }
ui-review-by = Wordt herzien voor { $date }
ui-publisher = Gemaakt door
ui-authoring-mode = Schrijfmodus: ook inhoud zonder handtekening wordt getoond. Deze inhoud is niet gecontroleerd door een uitgever. Gebruik hem niet met patiënten.
ui-refused-heading = Deze inhoud is niet geladen
ui-unsigned-content = Niet ondertekend: alleen om te schrijven en te controleren.
ui-error-heading = Er ging iets mis
ui-loading = Even geduld...
# Meldingen van de app zelf.
app-error-content = De inhoud "{ $file }" kan niet worden geladen: { $reason }
app-error-database = De gegevens kunnen niet worden opgeslagen: { $reason }
app-error-unknown-condition = Dit onderwerp bestaat niet (meer): { $id }
app-error-no-display = Er is geen beeldscherm gevonden (DISPLAY en WAYLAND_DISPLAY zijn leeg). Start de app op een bureaublad, of gebruik een virtueel scherm: xvfb-run -a ./run.sh
ui-translation-unreviewed = Deze vertaling is nog niet nagekeken door een zorgverlener die deze taal als moedertaal spreekt.
ui-content-fallback = Deze keuzekaart is er nog niet in uw taal. U leest hem in het { $language }.
