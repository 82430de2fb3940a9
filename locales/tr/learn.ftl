# Turkish: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.

# Learning from patients: consent, the contribution file for the guideline group, and the
# report of keuzekaart leren.

## Consent at the summary
consent-heading = Kılavuz grubuyla paylaşma
consent-question = Bu görüşmedeki yanıtlar kılavuz grubuna gönderilebilir mi? Adınız olmadan.
consent-what = Bu karar yardımcısını kılavuz grubu yazar. Onlar yalnızca sayıları alır: insanların hangi soruları işaretlediğini, neyi önemli bulduğunu, neyi seçtiğini ve SURE testini. Sizin yanıtlarınız başkalarının yanıtlarıyla birlikte toplanır.
consent-not = Adınız, doğum yılınız, kendi sözlerinizle yazdıklarınız ve tarih asla gönderilmez. 5'ten küçük sayılar dosyada yer almaz.
consent-withdraw = Daha sonra da hayır diyebilirsiniz, bugünden sonra da. O zaman bu görüşme artık gönderilmez. Önceden gönderilmiş bir dosyayı geri alamayız.
consent-yes = Evet, olur
consent-no = Hayır, istemiyorum
consent-status-yes = Evet dediniz. Bu görüşmedeki yanıtlar, adınız olmadan gönderilebilir.
consent-status-no = Kılavuz grubuna hiçbir şey gönderilmez.

## The patients overview
patients-consent-yes = Kılavuz grubuna gönderilebilir (adı olmadan)
patients-consent-no = Kılavuz grubuna gönderilmez
patients-consent-withdrawn = İzin geri alındı. Bu görüşme artık yeni dosyalara konmaz.
ui-patients-consent = Paylaşım
ui-patients-withdraw = İzni geri al
ui-share-heading = Kılavuz grubuyla paylaşma
ui-share-intro = Kılavuz grubu için bir dosya oluşturun. Bu dosyada yalnızca hastanın izin verdiği görüşmelerden sayılar bulunur. Önce dosyada tam olarak ne olduğunu görürsünüz.
ui-share-none = Henüz paylaşmak için izin verilen görüşme yok.
ui-share-folder = Dosya için klasör
ui-share-preview = Dosyaya neyin gireceğini görün
ui-share-confirm = Evet, bu dosyayı yaz
ui-share-cancel = Yazma
ui-share-file-text = Dosya, tam olarak yazılacağı şekliyle
share-item = { $grid }, { $month }: { $count ->
    [one] izin verilen 1 görüşme
   *[other] izin verilen { $count } görüşme
}
share-preview-heading = Dosyaya girecek olanlar
share-preview-about = Konu: { $grid }, { $month }.
share-preview-installation = Bu bilgisayardan gelir ve { $key } anahtarıyla tanınır. Böylece kılavuz grubu hangi dosyaların aynı yerden geldiğini görür. Sizin veya hastaların kim olduğu dosyada yer almaz.
share-preview-not = Dosyada şunlar yer almaz: adlar veya etiketler, doğum yılları, hastaların kendi sözleriyle yazdıkları ve tarihler. Yalnızca ay yer alır.
share-preview-once = Her ay için tek bir dosya oluşturun, ay bittiğinde. Kılavuz grubu bu bilgisayardan her seçenek tablosu için ayda yalnızca bir dosya alır.
share-block = Sürüm { $version }, { $mode }: { $sessions } görüşme
share-line-marked = İşaretlenen soru: { $aspect }: { $count }
share-line-importance = Ne kadar önemli: { $aspect }: { $levels }
share-line-choice = Seçim: { $choice }: { $count }
share-line-sure = SURE testi tamamlandı: { $yes } kez hepsi evet, { $no } kez henüz emin değil
share-written = Dosya yazıldı: { $file }. Dosyayı kılavuz grubuna gönderin.
share-error-changed = Dosyaya baktığınızdan beri bir şey değişti. Dosyaya yeniden bakın. Hiçbir şey yazılmadı.
share-error-nothing = Bu seçenek tablosu ve bu ay için izin verilen görüşme yok. Hiçbir şey yazılmadı.
share-error-folder = { $folder } klasörü yok. Var olan bir klasör seçin. Hiçbir şey yazılmadı.
share-error-write = Dosya { $folder } klasörüne yazılamadı: { $reason }
share-error-period = "{ $period }" bir ay değil. Şöyle yazın: 2026-03.
learn-month = { $month ->
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
} { $year }

## In the file
learn-rule = Küçük sayılar dosyada yer almaz: { $threshold } altındaki her sayı (0 da) "<{ $threshold }" olarak yazılır.

## Errors reading contributions
learn-error-located = { $place }: { $message }
learn-error-located-field = { $place }: { $field } alanı: { $message }
learn-error-unreadable = Dosya okunamıyor: { $reason }
learn-error-json = Bu JSON değil: { $reason }
learn-error-format = Bu bir katkı dosyası değil: biçim { $found }, beklenen { $expected }.
learn-error-shape = Dosya bir katkı dosyasının yapısında değil: { $reason }
learn-error-small-number = { $count } sayısı { $threshold } değerinden küçük. Bir katkı dosyası bu kadar küçük sayılar gösteremez.
learn-error-other-threshold = "<{ $found }", bu dosyanın sınırına ({ $threshold }) uymuyor.
learn-error-threshold = Küçük sayılar için sınır { $threshold }. Bu sınır en az { $minimum } olmalı.
learn-error-key = Bilgisayarın anahtarı geçerli bir ed25519 anahtarı değil.
learn-error-tampered = İmza içerikle uyuşmuyor. Dosya imzalandıktan sonra değiştirilmiş.
learn-error-same-file = Bu dosya { $first } ile aynı. Yalnızca bir kez sayılır.
learn-error-duplicate = Bu bilgisayar { $grid } için { $period } döneminde zaten bir dosya verdi: { $first }. Yalnızca o ilk dosya sayılır.

## The report
learn-range = { $low } ile { $high } arası
learn-percent = %{ $value }
learn-percent-range = %{ $low } ile %{ $high } arası
learn-report-title = Hastalar için neler önemli
learn-report-intro = { $installations } { $installations ->
    [one] bilgisayardan
   *[other] bilgisayardan
} gelen { $files } { $files ->
    [one] dosya
   *[other] dosya
} birleştirildi. Reddedilen: { $refused }.
learn-report-rule = Her dosya 5'in altındaki sayıları "<5" olarak gösterir. Bu yüzden bir sayı bazen "12 ile 20 arası" diye yazılır: en az 12, en fazla 20. Grafiklerde çubuk kesin olan değere kadar, çizgi ise mümkün olan en yüksek değere kadar gider.
learn-report-refused = Reddedilen dosyalar
learn-report-empty = Birleştirilecek dosya yoktu.
learn-report-version = { $grid } ({ $id }), sürüm { $version }
learn-report-version-facts = { $installations } { $installations ->
    [one] bilgisayardan
   *[other] bilgisayardan
} { $files } { $files ->
    [one] dosya
   *[other] dosya
}, { $months ->
    [one] ay: { $from }
   *[other] aylar: { $from } – { $to } (ikisi de dahil)
}. İçerik sha256 { $sha }…
learn-report-sessions = Görüşmeler: { $count }
learn-report-marked = Hastaların en sık işaretlediği sorular
learn-report-marked-chart = Her sorunun ne sıklıkla işaretlendiği, { $mode }
learn-report-importance = Her konu için önem (çubuk: önemli veya çok önemli)
learn-report-importance-chart = Her konunun ne sıklıkla önemli veya çok önemli bulunduğu, { $mode }
learn-report-choices = Hastaların seçtikleri
learn-report-choices-chart = Her seçimin ne sıklıkla yapıldığı, { $mode }
learn-report-too-few = Bir şey göstermek için çok az görüşme var: her dosyada 5'ten az görüşme vardı.
learn-report-sure = SURE testi: henüz emin değil
learn-report-sure-intro = Dört sorunun hepsini yanıtlayanlar arasında: en az bir kez hayır diyenlerin yüzdesi.
learn-report-sure-none = Henüz tamamen doldurulmuş SURE testi yok.
cli-learn-written = Rapor yazıldı: { $report } ve { $csv }. Birleştirilen: { $files } { $files ->
    [one] dosya
   *[other] dosya
}, reddedilen: { $refused }.
cli-learn-no-files = { $path } klasöründe .json dosyası yok.
