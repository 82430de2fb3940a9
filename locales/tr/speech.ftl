# Turkish: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.

# Read aloud: the window's controls and what can go wrong.
ui-read-aloud = Sesli oku
ui-read-step = Bu adımı sesli oku
ui-read-slower = Daha yavaş oku
ui-read-stop = Sesli okumayı durdur
ui-read-tools = Sesli okuma
speech-error-missing = Sesli okuma çalışmıyor: { $program } programı bu bilgisayarda yok. Bilgisayarı yöneten kişiden bu programı kurmasını isteyin.
speech-error-failed = Sesli okuma olmadı. { $program } programı şunu bildiriyor: { $reason }
speech-error-io = Sesli okuma olmadı: { $path } klasörü veya dosyası kullanılamıyor: { $reason }
speech-error-unknown-block = Bu metin artık ekranda değil. Neyin sesli okunmasını istediğinizi yeniden seçin.
