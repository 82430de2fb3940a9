# Dossiers: meldingen en de export voor de patiënt.
records-error-database = Het dossier kan niet worden gelezen of bewaard: { $reason }
records-error-io = Map of bestand { $path } kan niet worden gebruikt: { $reason }
records-error-newer-schema = Deze dossiers zijn gemaakt met een nieuwere versie van het programma (versie { $found }). Dit programma kent versie { $supported }. Installeer de nieuwste versie. Er is niets veranderd.
records-error-in-use = De dossiers zijn al open in een ander venster van het programma. Sluit dat eerst.
records-error-read-only = De dossiers kunnen niet worden bewaard: de map of schijf is alleen-lezen. Wat al bewaard was, blijft bewaard.
records-error-disk-full = De schijf is vol. Het laatste antwoord is niet bewaard. Alles van daarvoor blijft bewaard. Maak ruimte vrij en probeer het opnieuw.
records-error-corrupt = Het bestand met de dossiers is beschadigd. Het is niet veranderd. Zet een reservekopie terug.
records-error-empty-label = Vul een naam of code voor de patiënt in.
records-error-label-too-long = De naam of code is te lang: { $chars } tekens. Gebruik er hoogstens { $max }.
records-error-label-bsn = Dit lijkt een burgerservicenummer. Gebruik dat niet. Kies een eigen code.
records-error-duplicate-label = Er is al een patiënt met de naam of code "{ $label }". Kies een andere.
records-error-birth-year = Het geboortejaar { $year } kan niet. Kies een jaar van { $min } tot en met { $max }.
records-error-unknown-patient = Deze patiënt bestaat niet (meer): nummer { $id }.
records-error-unknown-session = Dit gesprek bestaat niet (meer): nummer { $id }.
records-error-bad-event = Een bewaard antwoord (nummer { $id }) kan niet worden gelezen.
records-error-not-a-backup = Het bestand { $path } is geen reservekopie van dit programma, of het is beschadigd. Er is niets veranderd.
records-export-title = Dossier van { $label }
records-export-birth-year = Geboortejaar: { $year }
records-export-no-birth-year = Geboortejaar: niet ingevuld
records-export-created = Toegevoegd op { $time } (UTC)
records-export-sessions = { $count ->
    [0] Nog geen gesprekken.
    [one] 1 gesprek.
   *[other] { $count } gesprekken.
}
records-export-session = Gesprek { $number }: keuzekaart { $grid }, begonnen op { $time } (UTC)
records-export-content = Inhoud: versie { $version }, controlegetal { $sha256 }
records-export-mode = Waar: { $mode ->
    [home] thuis
   *[consultation] in de spreekkamer
}
records-export-no-events = Nog niets vastgelegd.
records-export-event = { $time }: { $what }
records-event-mode = Gekozen waar: { $mode ->
    [home] thuis
   *[consultation] in de spreekkamer
}
records-event-step = Stap geopend: { $step ->
    [options] Wat zijn mijn mogelijkheden?
    [pros-cons] Wat zijn de voor- en nadelen?
    [values] Wat betekent dat voor mij?
    [decision] De keuze
    [sure] Hoe zeker bent u?
    [summary] Samenvatting
   *[choice] Er is een keuze
}
records-event-row-marked = Vraag { $question } is belangrijk
records-event-row-unmarked = Vraag { $question } is niet meer gemarkeerd
records-event-importance = Hoe belangrijk is { $aspect }: { $importance } van de 4
records-event-note = Wat belangrijk is in mijn leven: { $text }
records-event-choice-option = Keuze: { $option }
records-event-choice-think = Keuze: ik wil er nog over nadenken
records-event-choice-together = Keuze: ik wil dat de arts met mij meebeslist
records-event-sure = { $item ->
    [understand] Ik ken de voor- en nadelen van elke mogelijkheid
    [values] Ik weet wat voor mij het belangrijkst is
    [support] Ik heb genoeg steun en advies om te kiezen
   *[sure] Ik weet zeker wat voor mij de beste keuze is
}: { $answer ->
    [yes] ja
   *[no] nee
}
records-event-consent-yes = Toestemming: de anonieme antwoorden van dit gesprek mogen naar de richtlijngroep
records-event-consent-no = Geen toestemming (meer): de antwoorden van dit gesprek gaan niet naar de richtlijngroep
