# Turkish: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.

# Records: messages and the export for the patient.
records-error-database = Kayıt okunamıyor veya saklanamıyor: { $reason }
records-error-io = { $path } klasörü veya dosyası kullanılamıyor: { $reason }
records-error-newer-schema = Bu kayıtlar programın daha yeni bir sürümüyle oluşturulmuş (sürüm { $found }). Bu program sürüm { $supported } ile çalışır. En yeni sürümü kurun. Hiçbir şey değişmedi.
records-error-in-use = Kayıtlar programın başka bir penceresinde zaten açık. Önce o pencereyi kapatın.
records-error-read-only = Kayıtlar saklanamıyor: klasör veya disk yalnızca okunabilir. Daha önce saklananlar saklı kalır.
records-error-disk-full = Disk dolu. Son yanıt saklanmadı. Ondan önceki her şey saklı kalır. Yer açın ve yeniden deneyin.
records-error-corrupt = Kayıt dosyası bozuk. Dosya değiştirilmedi. Bir yedeği geri yükleyin.
records-error-empty-label = Hasta için bir ad veya kod yazın.
records-error-label-too-long = Ad veya kod çok uzun: { $chars } karakter. En fazla { $max } karakter kullanın.
records-error-label-bsn = Bu bir BSN numarasına (vatandaşlık hizmet numarası) benziyor. Bunu kullanmayın. Kendiniz bir kod seçin.
records-error-duplicate-label = "{ $label }" adlı veya kodlu bir hasta zaten var. Başka bir ad veya kod seçin.
records-error-birth-year = Doğum yılı { $year } olamaz. { $min } ile { $max } arasında bir yıl seçin (bu iki yıl da olur).
records-error-unknown-patient = Bu hasta yok veya artık yok: numara { $id }.
records-error-unknown-session = Bu görüşme yok veya artık yok: numara { $id }.
records-error-bad-event = Saklanan bir yanıt (numara { $id }) okunamıyor.
records-error-not-a-backup = { $path } dosyası bu programın bir yedeği değil veya bozuk. Hiçbir şey değişmedi.
records-export-title = Hasta kaydı: { $label }
records-export-birth-year = Doğum yılı: { $year }
records-export-no-birth-year = Doğum yılı: yazılmamış
records-export-created = Eklenme tarihi: { $time } (UTC)
records-export-sessions = { $count ->
    [0] Henüz görüşme yok.
    [one] 1 görüşme.
   *[other] { $count } görüşme.
}
records-export-session = Görüşme { $number }: seçenek tablosu { $grid }, başlangıç: { $time } (UTC)
records-export-content = İçerik: sürüm { $version }, kontrol numarası { $sha256 }
records-export-mode = Nerede: { $mode ->
    [home] evde
   *[consultation] muayene odasında
}
records-export-no-events = Henüz hiçbir şey kaydedilmedi.
records-export-event = { $time }: { $what }
records-event-mode = Seçilen yer: { $mode ->
    [home] evde
   *[consultation] muayene odasında
}
records-event-step = Açılan adım: { $step ->
    [options] Seçeneklerim neler?
    [pros-cons] Artıları ve eksileri neler?
    [values] Bu benim için ne anlama geliyor?
    [decision] Seçim
    [sure] Ne kadar eminsiniz?
    [summary] Özet
   *[choice] Bir seçim var
}
records-event-row-marked = { $question } sorusu önemli
records-event-row-unmarked = { $question } sorusu artık işaretli değil
records-event-importance = { $aspect } ne kadar önemli: 4 üzerinden { $importance }
records-event-note = Hayatımda önemli olan: { $text }
records-event-choice-option = Seçim: { $option }
records-event-choice-think = Seçim: biraz daha düşünmek istiyorum
records-event-choice-together = Seçim: doktorun benimle birlikte karar vermesini istiyorum
records-event-sure = { $item ->
    [understand] Her seçeneğin artılarını ve eksilerini biliyorum
    [values] Benim için en önemli olanın ne olduğunu biliyorum
    [support] Seçim yapmak için yeterli destek ve tavsiyem var
   *[sure] Benim için en iyi seçimin ne olduğundan eminim
}: { $answer ->
    [yes] evet
   *[no] hayır
}
records-event-consent-yes = İzin: bu görüşmedeki anonim yanıtlar kılavuz grubuna gönderilebilir
records-event-consent-no = İzin yok (artık yok): bu görüşmedeki yanıtlar kılavuz grubuna gönderilmez
