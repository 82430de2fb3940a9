# Voorlezen: de knoppen in het venster en wat er mis kan gaan.
ui-read-aloud = Lees voor
ui-read-step = Lees deze stap voor
ui-read-slower = Langzamer voorlezen
ui-read-stop = Stop met voorlezen
ui-read-tools = Voorlezen
speech-error-missing = Voorlezen werkt niet: het programma { $program } staat niet op deze computer. Vraag wie de computer beheert om het te installeren.
speech-error-failed = Voorlezen lukte niet. Het programma { $program } meldt: { $reason }
speech-error-io = Voorlezen lukte niet: map of bestand { $path } kan niet worden gebruikt: { $reason }
speech-error-unknown-block = Deze tekst staat niet meer op het scherm. Kies opnieuw wat u wilt laten voorlezen.
