# Leren van patiënten: toestemming, het bijdragebestand voor de richtlijngroep, en het rapport
# van keuzekaart leren.

## Toestemming bij de samenvatting
consent-heading = Delen met de richtlijngroep
consent-question = Mogen de antwoorden van dit gesprek naar de richtlijngroep? Zonder uw naam.
consent-what = De richtlijngroep schrijft deze keuzehulp. Zij krijgen alleen aantallen: welke vragen mensen aanvinkten, wat zij belangrijk vonden, wat zij kozen en de SURE-test. Uw antwoorden worden opgeteld bij die van anderen.
consent-not = Uw naam, uw geboortejaar, wat u in eigen woorden schreef en de datum gaan nooit mee. Aantallen onder de 5 staan er niet in.
consent-withdraw = U kunt later nee zeggen, ook na vandaag. Dan gaat dit gesprek niet meer mee. Een bestand dat al verstuurd is, kunnen wij niet terughalen.
consent-yes = Ja, dat mag
consent-no = Nee, liever niet
consent-status-yes = U zei ja. De antwoorden van dit gesprek mogen mee, zonder uw naam.
consent-status-no = Er gaat niets naar de richtlijngroep.

## Het patiëntenoverzicht
patients-consent-yes = Mag naar de richtlijngroep (zonder naam)
patients-consent-no = Gaat niet naar de richtlijngroep
patients-consent-withdrawn = De toestemming is ingetrokken. Dit gesprek gaat niet meer mee in nieuwe bestanden.
ui-patients-consent = Delen
ui-patients-withdraw = Toestemming intrekken
ui-share-heading = Delen met de richtlijngroep
ui-share-intro = Maak een bestand voor de richtlijngroep. Daarin staan alleen aantallen uit gesprekken waarvoor de patiënt toestemming gaf. U ziet eerst precies wat erin staat.
ui-share-none = Er zijn nog geen gesprekken met toestemming om te delen.
ui-share-folder = Map voor het bestand
ui-share-preview = Bekijk wat er in het bestand komt
ui-share-confirm = Ja, schrijf dit bestand
ui-share-cancel = Niet schrijven
ui-share-file-text = Het bestand, precies zoals het wordt geschreven
share-item = { $grid }, { $month }: { $count ->
    [one] 1 gesprek
   *[other] { $count } gesprekken
} met toestemming
share-preview-heading = Dit komt in het bestand
share-preview-about = Over: { $grid }, { $month }.
share-preview-installation = Van deze computer, herkenbaar aan sleutel { $key }. Zo ziet de richtlijngroep welke bestanden van dezelfde plek komen. Wie u bent of wie de patiënten zijn, staat er niet in.
share-preview-not = Er staat niet in: namen of labels, geboortejaren, wat patiënten in eigen woorden schreven, en datums. Alleen de maand.
share-preview-once = Maak één bestand per maand, als de maand voorbij is. De richtlijngroep neemt van deze computer maar één bestand per keuzekaart per maand.
share-block = Versie { $version }, { $mode }: { $sessions } gesprekken
share-line-marked = Vraag aangevinkt: { $aspect }: { $count }
share-line-importance = Hoe belangrijk: { $aspect }: { $levels }
share-line-choice = Keuze: { $choice }: { $count }
share-line-sure = SURE-test af: { $yes } keer alles ja, { $no } keer nog niet zeker
share-written = Het bestand is geschreven: { $file }. Stuur het naar de richtlijngroep.
share-error-changed = Er is iets veranderd sinds u het bestand bekeek. Bekijk het opnieuw. Er is niets geschreven.
share-error-nothing = Voor deze keuzekaart en maand zijn geen gesprekken met toestemming. Er is niets geschreven.
share-error-folder = De map { $folder } bestaat niet. Kies een map die er al is. Er is niets geschreven.
share-error-write = Het bestand kon niet worden geschreven in { $folder }: { $reason }
share-error-period = "{ $period }" is geen maand. Schrijf het zo: 2026-03.
learn-month = { $month ->
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
} { $year }

## In het bestand
learn-rule = Kleine aantallen staan er niet in: elk aantal onder de { $threshold } (ook 0) staat er als "<{ $threshold }".

## Fouten bij het lezen van bijdragen
learn-error-located = { $place }: { $message }
learn-error-located-field = { $place }: veld { $field }: { $message }
learn-error-unreadable = Het bestand kan niet worden gelezen: { $reason }
learn-error-json = Dit is geen JSON: { $reason }
learn-error-format = Dit is geen bijdragebestand: het formaat is { $found }, verwacht { $expected }.
learn-error-shape = Het bestand heeft niet de vorm van een bijdrage: { $reason }
learn-error-small-number = Het aantal { $count } is kleiner dan { $threshold }. Een bijdrage mag zulke kleine aantallen niet tonen.
learn-error-other-threshold = "<{ $found }" past niet bij de grens van dit bestand ({ $threshold }).
learn-error-threshold = De grens voor kleine aantallen is { $threshold }. Die moet minstens { $minimum } zijn.
learn-error-key = De sleutel van de computer is geen geldige ed25519-sleutel.
learn-error-tampered = De handtekening past niet bij de inhoud. Het bestand is na het ondertekenen veranderd.
learn-error-same-file = Dit is hetzelfde bestand als { $first }. Het telt maar één keer.
learn-error-duplicate = Deze computer gaf voor { $grid } in { $period } al een bestand: { $first }. Alleen dat eerste telt.

## Het rapport
learn-range = { $low } tot { $high }
learn-percent = { $value }%
learn-percent-range = { $low }% tot { $high }%
learn-report-title = Wat patiënten belangrijk vinden
learn-report-intro = Samengevoegd uit { $files } { $files ->
    [one] bestand
   *[other] bestanden
} van { $installations } { $installations ->
    [one] computer
   *[other] computers
}. Geweigerd: { $refused }.
learn-report-rule = Elk bestand toont aantallen onder de 5 als "<5". Daarom staat een getal soms als "12 tot 20": minstens 12, hooguit 20. In de grafieken loopt de balk tot wat zeker is, het streepje tot het hoogst mogelijke.
learn-report-refused = Geweigerde bestanden
learn-report-empty = Er waren geen bestanden om samen te voegen.
learn-report-version = { $grid } ({ $id }), versie { $version }
learn-report-version-facts = { $files } { $files ->
    [one] bestand
   *[other] bestanden
} van { $installations } { $installations ->
    [one] computer
   *[other] computers
}, { $months ->
    [one] maand { $from }
   *[other] maanden { $from } tot en met { $to }
}. Inhoud sha256 { $sha }…
learn-report-sessions = Gesprekken: { $count }
learn-report-marked = Vragen die patiënten het vaakst aanvinken
learn-report-marked-chart = Hoe vaak elke vraag is aangevinkt, { $mode }
learn-report-importance = Hoe belangrijk per onderwerp (balk: belangrijk of heel belangrijk)
learn-report-importance-chart = Hoe vaak elk onderwerp belangrijk of heel belangrijk is, { $mode }
learn-report-choices = Wat patiënten kozen
learn-report-choices-chart = Hoe vaak elke keuze is gemaakt, { $mode }
learn-report-too-few = Te weinig gesprekken om iets te laten zien: elk bestand had er minder dan 5.
learn-report-sure = SURE-test: nog niet zeker
learn-report-sure-intro = Van wie de vier vragen beantwoordde: hoeveel procent zei minstens één keer nee.
learn-report-sure-none = Nog geen SURE-tests die helemaal zijn ingevuld.
cli-learn-written = Rapport geschreven: { $report } en { $csv }. Samengevoegd: { $files } { $files ->
    [one] bestand
   *[other] bestanden
}, geweigerd: { $refused }.
cli-learn-no-files = In { $path } staan geen .json-bestanden.
