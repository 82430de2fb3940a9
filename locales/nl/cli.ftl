# Het opdrachtregelprogramma keuzekaart, voor richtlijngroepen.
cli-usage =
    keuzekaart: keuzekaarten controleren, bundelen en ondertekenen.

    Gebruik:
      keuzekaart check [--deny-warnings] BESTAND|MAP...
          Controleer keuzekaarten (.toml). Toont fouten en waarschuwingen met plek en veld.
          --deny-warnings: waarschuwingen tellen als fout.
      keuzekaart schema [UIT]
          Schrijf het JSON-schema van het formaat (naar UIT, of naar het scherm).
      keuzekaart build --out BUNDEL [--publisher NAAM] BESTAND|MAP...
          Controleer alle keuzekaarten en maak er één bundel van. Weigert bij fouten.
      keuzekaart keygen --out NAAM [--password-file BESTAND]
          Maak een sleutelpaar: NAAM.pub (openbaar) en NAAM.key (geheim, met een wachtwoord
          versleuteld). Dezelfde bestanden als van minisign -G: beide programma's kunnen ze gebruiken.
      keuzekaart sign --key NAAM.key [--password-file BESTAND] BUNDEL
          Onderteken een bundel, zoals minisign -S. Schrijft BUNDEL.minisig.
          Het wachtwoord typt u in, of het staat op de eerste regel van BESTAND (- is de invoer).
      keuzekaart verify --pub NAAM.pub [--signature HANDTEKENING] BUNDEL
          Controleer de handtekening en alle keuzekaarten van een bundel.
      keuzekaart preview --out BESTAND.html [--lang nl|en] KEUZEKAART.toml
          Controleer een keuzekaart en schrijf een HTML-voorbeeld met grafieken, zoals de app hem toont.
      keuzekaart evidence [--lang nl|en] KEUZEKAART.toml
          Schrijf de bewijstabel (Markdown): elk getal, wat de bron meldt en waar.
      keuzekaart leren [--lang nl|en] UITMAP BESTAND|MAP...
          Voeg bijdragen van patiënten (.json) samen. Weigert kapotte, veranderde en dubbele
          bestanden met plek en veld. Schrijft UITMAP/report.html en UITMAP/merged.csv.
      keuzekaart help
          Toon deze hulp.

    Afsluitcode: 0 in orde, 1 fouten gevonden, 2 verkeerd gebruik of een bestand is niet te lezen.
cli-error = fout: { $message }
cli-error-no-command = Noem een opdracht.
cli-error-unknown-command = Onbekende opdracht "{ $command }".
cli-error-unknown-flag = Onbekende optie "{ $flag }" bij { $command }.
cli-error-missing-value = Optie { $flag } heeft een waarde nodig.
cli-error-missing-flag = { $command } heeft de optie { $flag } nodig.
cli-error-no-files = Noem minstens één bestand of map.
cli-error-too-many = Te veel argumenten bij { $command }: "{ $argument }".
cli-error-no-toml = In map { $path } staan geen .toml-bestanden.
cli-error-read = Kan { $path } niet lezen: { $detail }
cli-error-write = Kan { $path } niet schrijven: { $detail }
cli-error-exists = { $path } bestaat al. Het wordt niet overschreven.
cli-error-key = { $path } is geen geldige sleutel.
cli-error-random = Het systeem gaf geen willekeurige getallen. Probeer het opnieuw.
cli-error-key-old = { $path } is een oude, onversleutelde sleutel van keuzekaart. Maak een nieuwe met keuzekaart keygen en geef de nieuwe openbare sleutel aan wie uw bundels installeert.
cli-error-password-wrong = Het wachtwoord van { $path } klopt niet.
cli-error-password-empty = Het wachtwoord is leeg. Kies een wachtwoord.
cli-error-password-different = De twee wachtwoorden zijn niet gelijk.
cli-error-password-no-terminal = Er is geen scherm om het wachtwoord te typen. Gebruik --password-file BESTAND.
cli-password-prompt = Wachtwoord van de geheime sleutel:{" "}
cli-password-repeat = Typ het wachtwoord nog een keer:{" "}
cli-heading-errors = Fouten:
cli-heading-warnings = Waarschuwingen:
cli-schema-written = Schema geschreven naar { $path }.
cli-build-refused = Geen bundel gemaakt: los eerst de fouten op.
cli-build-written = Bundel { $path } gemaakt met { $grids } { $grids ->
    [one] keuzekaart
   *[other] keuzekaarten
  } ({ $hash }).
cli-keygen-written = Sleutelpaar { $key } gemaakt.
    { $public }: openbaar. Geef dit bestand aan wie uw bundels installeert.
    { $secret }: geheim. Bewaar het offline. Deel het nooit en zet het nooit in git.
cli-sign-written = Handtekening geschreven naar { $path } (sleutel { $key }).
cli-verify-ok = { $path } is ondertekend met sleutel { $key }. De handtekening klopt en de { $grids } { $grids ->
    [one] keuzekaart heeft
   *[other] keuzekaarten hebben
  } geen fouten.
cli-preview-refused = Geen voorbeeld gemaakt: los eerst de fouten op.
cli-preview-written = Voorbeeld geschreven naar { $path }. Open het in een webbrowser.
cli-error-language = Onbekende taal "{ $lang }". Kies nl of en.
preview-banner = Voorbeeld voor schrijvers: zo toont de keuzehulp deze keuzekaart. De knoppen doen hier niets.
