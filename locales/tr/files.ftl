# Turkish: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.
file-error-too-large = { $file } dosyası çok büyük: { $size } bayt. Bu tür bir dosya en fazla { $limit } bayt olabilir. Dosyadan hiçbir şey okunmadı.
file-error-unreadable = { $file } dosyası okunamıyor ({ $reason }).
