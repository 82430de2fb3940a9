# Turkish: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.

# Take it home: save the summary, the health-record bundle and the session file; continue at
# home and read the answers given at home back in.

ui-takehome-heading = Yanınıza alın ve kaydedin
ui-takehome-folder = Kaydedilecek klasör
ui-takehome-folder-hint = Başka bir klasör yazabilirsiniz.
ui-takehome-save-pdf = Özeti kaydet (PDF)
ui-takehome-save-fhir = Hasta dosyası için kaydet (FHIR)
ui-takehome-save-session = Eve götür
ui-takehome-save-session-home = Sağlık çalışanına geri gönder
ui-takehome-open-heading = Bir görüşme dosyası açın
ui-takehome-open-intro = Size bir görüşme dosyası mı verildi? Ya da evden bir dosya mı geri geldi? Dosyanın nerede olduğunu yazın.
ui-takehome-open-path = Dosya nerede?
ui-takehome-open-patient = Hangi hasta için? (boş bırakılabilir)
ui-takehome-open-button = Aç
ui-takehome-back = Başa dön

# These three words become part of a file name.
takehome-file-summary = özet
takehome-file-fhir = kayıt
takehome-file-session = görüşme
takehome-saved = Kaydedildi: { $file }

takehome-changes-heading = Evde ne değişti?
takehome-changes-intro = Evde verilen yanıtlar. Hasta: { $patient }. Konu: { $condition }.
takehome-status-added = { $count ->
    [one] Evden 1 yanıt eklendi. Hiçbir şey silinmedi.
   *[other] Evden { $count } yanıt eklendi. Hiçbir şey silinmedi.
}
takehome-status-already = Bu dosya daha önce okundu. Hiçbir şey değişmedi.
takehome-status-nothing = Bu dosyada evden gelen yeni yanıt yok. Hiçbir şey değişmedi.
takehome-open-session = Görüşmeyi görüntüle
takehome-change-marked = Satır işaretlendi: { $row }
takehome-change-unmarked = Satırın işareti kaldırıldı: { $row }
takehome-change-importance = Önem: { $importance } – { $aspect }
takehome-change-note = Not: { $note }
takehome-change-choice = Seçim: { $choice }
takehome-change-sure = { $question } { $answer }
takehome-change-consent = Kılavuz grubuyla paylaşma: { $answer }
takehome-yes = Evet.
takehome-no = Hayır.

takehome-error-json = Bu dosya düzgün bir görüşme dosyası değil. { $line }. satırda, { $column }. karakterde bir sorun var. ({ $reason })
takehome-error-format = Bu programın tanımadığı bir dosya türü: "{ $found }". Bu program şu türü okur: "{ $expected }".
takehome-error-shape = Bu dosya düzgün bir görüşme dosyası değil. { $line }. satırda, { $column }. karakterde bir sorun var. ({ $reason })
takehome-error-damaged = Bu dosya bozuk veya değiştirilmiş. Hiçbir şey okunmadı. Yeni bir dosya isteyin.
takehome-error-tampered = Sağlık merkezinin bu dosyaya koyduğu bilgiler değiştirilmiş. Hiçbir şey okunmadı.
takehome-error-content = Bu dosya, burada olmayan bir karar yardımcısına veya onun başka bir sürümüne ait ({ $grid }). Hiçbir şey okunmadı.
takehome-error-patient = Bu dosya { $file } adlı hastaya ait, { $chosen } adlı hastaya değil. Hiçbir şey okunmadı.
takehome-error-session = Bu dosyadaki görüşme, buradaki verilerde yok veya artık yok. Hiçbir şey okunmadı.
takehome-error-event = Bu dosyadaki bir yanıt karar yardımcısına uymuyor: { $reason } Hiçbir şey okunmadı.
takehome-error-folder-missing = { $folder } klasörü yok. Başka bir klasör seçin.
takehome-error-folder-write = { $folder } klasörüne hiçbir şey kaydedilemiyor ({ $reason }). Başka bir klasör seçin.
takehome-error-key = Bu programın anahtarı ({ $file }) okunamıyor veya oluşturulamıyor ({ $reason }).
takehome-error-no-path = Önce dosyanın nerede olduğunu yazın.
takehome-error-no-folder = Kaydedilecek klasör yok. Bir klasör yazın.
takehome-error-old-format = Bu görüşme dosyası programın eski bir sürümüyle yapıldı ve artık okunmuyor. Hastaneden yeni bir görüşme dosyası isteyin: orada hiçbir şey kaybolmadı.
ui-dialog-choose-file = Dosya seç…
ui-dialog-choose-folder = Klasör seç…
ui-dialog-folder-title = Bir klasör seçin
ui-dialog-session-filter = Görüşme dosyası (JSON)
ui-dialog-session-title = Bir görüşme dosyası seçin
