# Polish: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.
file-error-too-large = Plik { $file } jest za duży: { $size } B, a plik tego rodzaju może mieć najwyżej { $limit } B. Nic z niego nie odczytano.
file-error-unreadable = Nie można odczytać pliku { $file } ({ $reason }).
