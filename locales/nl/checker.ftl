# Meldingen van de controle van keuzekaarten (voor richtlijngroepen).
check-severity-error = fout
check-severity-warning = waarschuwing
check-summary = { $files } { $files ->
    [one] bestand
   *[other] bestanden
  } gecontroleerd: { $errors } { $errors ->
    [one] fout
   *[other] fouten
  }, { $warnings } { $warnings ->
    [one] waarschuwing
   *[other] waarschuwingen
  }.
check-file-empty = Het bestand is leeg.
check-file-too-large = Het bestand is te groot ({ $size } bytes). Het maximum is { $limit } bytes.
check-file-not-utf8 = Het bestand is geen geldige UTF-8-tekst. Sla het op als UTF-8.
check-file-nul-byte = Het bestand bevat een NUL-teken. Dat hoort niet in tekst.
check-file-too-deep = Lijsten en tabellen zijn te diep genest (meer dan { $limit } niveaus).
check-file-syntax = Dit is geen geldige TOML: { $detail }
check-file-structure = Dit past niet in het formaat van een keuzekaart: { $detail }
check-format-unsupported = Formaatversie { $found } wordt niet ondersteund. Deze versie leest formaat { $supported }.
check-id-invalid = De id "{ $id }" is ongeldig. Gebruik kleine letters, cijfers en streepjes.
check-id-duplicate = De id "{ $id }" komt vaker voor. Elke id moet uniek zijn.
check-options-too-few = Er moeten minstens twee opties zijn.
check-questions-none = Er staan geen vragen in de keuzekaart.
check-answer-missing = Deze vraag heeft geen antwoord voor optie "{ $option }".
check-option-unknown = Optie "{ $option }" bestaat niet in deze keuzekaart.
check-outcome-unknown = Uitkomst "{ $outcome }" bestaat niet in deze keuzekaart.
check-languages-none = Noem minstens één taal bij languages.
check-language-invalid = "{ $lang }" is geen taalcode van twee kleine letters (zoals nl of en).
check-text-missing-language = De tekst in taal "{ $lang }" ontbreekt.
check-text-empty = De tekst in taal "{ $lang }" is leeg.
check-text-unknown-language = Taal "{ $lang }" staat niet bij languages; deze tekst wordt niet getoond.
check-citation-unresolved = Bron "{ $id }" staat niet bij references.
check-reference-unused = Bron "{ $id }" wordt nergens gebruikt.
check-reference-no-link = Bron "{ $id }" heeft geen DOI en geen URL.
check-reference-doi-invalid = "{ $doi }" is geen geldige DOI. Schrijf hem als 10.xxxx/... zonder https://doi.org/.
check-reference-url-invalid = "{ $url }" is geen webadres dat begint met https:// of http://.
check-ipdas-no-waiting-option = Er is geen optie afwachten of niet behandelen. Voeg die toe, of leg bij no_waiting_reason uit waarom die er niet is.
check-ipdas-waiting-reason-unneeded = Er is een optie afwachten, dus no_waiting_reason is niet nodig.
check-ipdas-no-benefits = Optie "{ $option }" noemt geen voordelen.
check-ipdas-no-harms = Optie "{ $option }" noemt geen nadelen.
check-ipdas-unbalanced = Optie "{ $option }" is niet in balans: { $benefits } woorden voordelen tegen { $harms } woorden nadelen.
check-ipdas-no-outcomes = Er staan geen uitkomsten met cijfers in de keuzekaart.
check-ipdas-outcome-one-option = Uitkomst "{ $outcome }" heeft een cijfer voor maar één optie. Vergelijken kan dan niet.
check-balance-recommends = De tekst raadt een optie aan ("{ $phrase }"). Een keuzehulp geeft geen advies.
check-number-option-twice = Optie "{ $option }" heeft twee cijfers bij uitkomst "{ $outcome }".
check-number-unit-missing = Uitkomst "{ $outcome }" is een hoeveelheid, maar heeft geen eenheid (unit).
check-number-scale-missing = Uitkomst "{ $outcome }" is een hoeveelheid, maar heeft geen schaal (scale).
check-number-scale-invalid = De schaal van uitkomst "{ $outcome }" moet van laag naar hoog gaan.
check-number-denominator-mismatch = Uitkomst "{ $outcome }" gebruikt niet voor elke optie hetzelfde aantal mensen (noemer).
check-number-timeframe-mismatch = Uitkomst "{ $outcome }" gebruikt niet voor elke optie dezelfde periode.
check-number-measure-unknown = "{ $measure }" is geen bekende maat. Gebruik rr, or of hr.
check-number-relative-without-absolute = Uitkomst "{ $outcome }" geeft een relatief effect zonder absoluut cijfer voor optie "{ $option }".
check-number-wrong-kind = Dit soort cijfer past niet bij het soort uitkomst "{ $outcome }".
check-number-missing = Het cijfer van optie "{ $option }" bij uitkomst "{ $outcome }" ontbreekt.
check-number-denominator-zero = De noemer bij uitkomst "{ $outcome }" is nul.
check-number-numerator-exceeds = { $numerator } van de { $denominator } kan niet: de teller is groter dan de noemer.
check-number-denominator-unusual = Een noemer van { $denominator } is lastig te tonen. Gebruik 100 of 1000.
check-number-range-invalid = De onzekerheidsmarge van uitkomst "{ $outcome }" klopt niet met het cijfer.
check-number-outside-scale = Het cijfer van uitkomst "{ $outcome }" valt buiten de schaal.
check-text-relative-risk = "{ $phrase }" is een relatief risico. Noem de absolute cijfers met dezelfde noemer.
check-text-one-in-x = "1 op de ..." is moeilijk te vergelijken. Noem aantallen op 100 of 1000 mensen.
check-date-review-before-published = De herziendatum ligt niet na de publicatiedatum ({ $published }).
check-date-published-future = De publicatiedatum { $date } ligt in de toekomst.
check-date-review-passed = De herziendatum { $date } is voorbij. De inhoud moet opnieuw bekeken worden.
check-date-too-old = De inhoud is van { $date }: ouder dan { $years } jaar.
check-date-review-too-late = De herziendatum ligt meer dan { $years } jaar na publicatie.
check-text-markup = De tekst bevat opmaak of code (zoals HTML of script). Dat mag niet.
check-text-control-character = De tekst bevat een onzichtbaar stuurteken.
check-readability-low = De leesbaarheid in taal { $lang } is { $score } ({ $formula }). Het minimum is { $minimum }. Schrijf kortere zinnen met kortere woorden.
check-readability-long-sentence = Een zin heeft { $words } woorden. Houd zinnen onder { $maximum } woorden.

## Format 2: source data behind every number
check-format-migrate = Dit bestand is in formaat { $found }. Deze versie leest formaat { $supported }: elk cijfer heeft nu een bronblok (source) met wat het onderzoek meldt. Zet per cijfer source_figure en sources om naar source = {"{"} reference, arm, population, reported, follow_up, location {"}"}. Zie docs/source-data.md.
check-source-arm-missing = Het bronblok noemt de groep in het onderzoek niet (arm).
check-source-location-missing = Het bronblok zegt niet waar in de bron het cijfer staat (location), bijvoorbeeld "Table 2" of "abstract".
check-source-follow-up-invalid = De meetperiode (follow_up) moet groter zijn dan nul.
check-source-reported-empty = Het bronblok zegt niet wat het onderzoek meldt (reported): geef events en of, percent, frequency, rate, mean, median of value.
check-source-reported-mixed = Het bronblok geeft meer dan één soort cijfer ({ $fields }). Kies er één.
check-source-reported-incomplete = Bij dit soort cijfer hoort ook "{ $field }".
check-source-reported-impossible = Dit bronblok kan niet kloppen: een negatief getal, meer gebeurtenissen dan mensen, of een groep van nul.
check-source-reported-wrong-kind = Het bronblok past niet bij uitkomst "{ $outcome }": een aantal mensen hoort bij een gebeurtenis, een gemiddelde of mediaan bij een hoeveelheid.
check-source-figure-mismatch = { $shown } van de { $denominator } volgt niet uit de bron ({ $reported }): dat geeft { $expected } van de { $denominator } (afgerond, een half naar boven).
check-source-amount-mismatch = { $shown } volgt niet uit de bron ({ $reported }), ook niet afgerond.
check-source-range-mismatch = De marge { $shown } volgt niet uit het interval van de bron: dat geeft { $expected }.
check-source-range-without-interval = Er staat een marge (range), maar de bron geeft geen interval (reported.interval).
check-source-time-frame-differs = De periode { $shown } is niet de meetperiode van de bron ({ $follow_up }).
check-source-time-frame-beyond = De periode { $shown } is langer dan de bron heeft gemeten ({ $follow_up }).
check-source-population-unknown = Bron "{ $reference }" heeft geen groep "{ $population }" (populations).
check-source-population-differs = Uitkomst "{ $outcome }" noemt als groep "{ $shown }", maar de bron noemt "{ $named }".
check-source-choice-reason-missing = De cijfers van uitkomst "{ $outcome }" komen uit meer dan één bron ({ $references }). Zeg waarom in choice_reason.
check-figure-mismatch = Het getal { $shown } volgt niet uit de bron ({ $reported }).
check-figure-rate-without-period = Dit getal komt uit een snelheid (rate). Geef de periode die de tekst noemt (time_frame).
check-environment-unsourced = De CO2-uitstoot van optie "{ $option }" staat niet als getal met bron bij die optie (figures).
check-text-number-unsourced = Het getal { $number } in deze tekst ({ $lang }) hoort bij geen uitkomst van deze rij of optie en heeft geen eigen bron (figures).
check-text-number-contradicts = Het getal { $number } in deze tekst ({ $lang }) klopt niet met uitkomst "{ $outcome }".
check-source-follow-up-unknown = De bron heeft geen meetperiode (once of not-reported). Dan kan het getal geen periode noemen: laat time_frame weg, of geef de meetperiode.
check-figure-choice-reason-missing = Dit getal noemt ook andere bronnen (supporting). Zeg waarom u deze bron koos in choice_reason.

## Makkelijk lezen (the easy-reading layer)
check-easy-layer-missing = Deze keuzekaart heeft geen laag voor makkelijk lezen (easy). Schrijf per optie een paar korte zinnen.
check-easy-option-missing = Optie "{ $option }" heeft geen zinnen voor makkelijk lezen (easy).
check-easy-one-sentence = Schrijf hier één zin met één idee ({ $lang }).
check-easy-sentence-long = Deze zin heeft { $words } woorden. Voor makkelijk lezen zijn dat er hoogstens { $max }.
check-easy-uncommon-words = Weinig gebruikte woorden ({ $lang }): { $words }. Kies gewone woorden, of leg het woord uit in de woordenlijst (glossary).
check-easy-reading-ease = De laag voor makkelijk lezen scoort { $score } ({ $formula }, { $lang }). Dat moet minstens { $min } zijn.
check-guideline-version-invalid = De versie "{ $version }" van de richtlijn is ongeldig. Schrijf cijfers met punten ertussen, bijvoorbeeld 2.1.
