# Installing bundles from the window, and the guideline a decision comes from.
ui-install-button = İçerik kur
ui-install-heading = İçerik kur
ui-install-intro = Bir kılavuz grubunun paketini seçin (bir .json dosyası). İmza dosyası (.minisig) yanında olmalıdır.
ui-install-path-label = Paket dosyası
ui-install-choose = Dosya seç
ui-install-start = Kur
ui-install-cancel = Durdur
ui-install-close = Kapat
ui-install-reading = Paket okunuyor ve imzası kontrol ediliyor.
ui-install-progress = { $total } seçenek tablosundan { $done } tanesi kontrol edildi
ui-install-done = { $file } dosyasından { $count } seçenek tablosu kuruldu.
ui-install-failed = Kurulmadı: { $file }. Hiçbir şey değişmedi.
ui-install-busy = Şu anda zaten bir paket kuruluyor. Bitmesini bekleyin.
ui-install-path-missing = Önce bir dosya seçin.
ui-dialog-bundle-title = Bir paket seçin
ui-dialog-bundle-filter = Paketler
ui-guideline-source = Kılavuz: { $name } ({ $group }), sürüm { $version }, { $date }
