# Turkish: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.

# The patients overview, read-only sessions, saving and erasing a patient's data, and the
# banner when the records cannot be used.
ui-patients-button = Hastalar
ui-patients-heading = Hastalar
ui-patients-intro = Burada tüm hastaları ve görüşmelerini görürsünüz. Her şey yalnızca bu bilgisayarda saklanır.
ui-patients-empty = Henüz hasta yok.
ui-patients-no-sessions = Henüz görüşme yok.
ui-patients-sessions = Görüşmeler
ui-patients-mode = Nerede
ui-patients-step = Son adım
ui-patients-choice = Seçim
ui-patients-continue = Devam et
ui-patients-view = Görüntüle
ui-patients-unavailable = Bu karar yardımcısı artık yok. Görüşme açılamıyor.
ui-patients-history-heading = Hasta için önemli olanlar nasıl değişti
ui-patients-history-aspect = Soru
ui-patients-changed = değişti
ui-patients-export = Verileri kaydet
ui-patients-export-intro = Hasta tüm verilerini yanına alabilir. İki dosya alırsınız: biri okumak için, biri bilgisayar için.
ui-patients-export-folder = Dosyalar için klasör
ui-patients-export-go = Bu klasöre kaydet
ui-patients-erase = Verileri sil
ui-patients-erase-warning = Bu hastaya ait her şey silinir, yedeklerden de. Bunu geri alamazsınız.
ui-patients-erase-cancel = Silme
ui-patients-read-only = Yalnızca okuma. Burada hiçbir şeyi değiştiremezsiniz.
ui-patients-back = Hastalara dön
ui-patients-importance = Her soru için önem
ui-records-restore = Yedeği geri yükle
patients-when = { $day } { $month ->
    [1] Ocak
    [2] Şubat
    [3] Mart
    [4] Nisan
    [5] Mayıs
    [6] Haziran
    [7] Temmuz
    [8] Ağustos
    [9] Eylül
    [10] Ekim
    [11] Kasım
   *[12] Aralık
} { $year }, { $time }
patients-birth-year = Doğum yılı: { $year }
patients-history-changes = { $count ->
    [0] Hiçbir şey değişmedi.
    [one] 1 şey değişti.
   *[other] { $count } şey değişti.
}
patients-erase-question = { $label } için tüm verileri silmek istiyor musunuz?
patients-erase-confirm = Evet, { $label } için her şeyi sil
patients-erased = { $label } için tüm veriler silindi.
patients-export-done = Veriler kaydedildi: { $files }
patients-error-no-folder = Bir klasör yazın. Dosyalar oraya kaydedilir.
patients-error-not-a-folder = { $path } klasörü yok. Var olan bir klasör seçin.
patients-error-write = { $path } dosyası oluşturulamıyor: { $reason }
patients-error-not-confirmed = Silme işlemi onaylanmadı. Hiçbir şey silinmedi.
patients-records-banner = Dikkat: yanıtlar şu anda kaydedilemiyor. { $reason }
patients-restore-none = İyi bir yedek yok. Hiçbir şey değişmedi.
patients-restored = { $time } tarihli yedek geri yüklendi.
