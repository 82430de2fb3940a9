# Turkish: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.

# The consultation: the three good questions, the option grid and the outcomes.
# Fixed texts of the window (ui-) and texts the core puts into sentences.

## Başlangıç
ui-start-search-label = Şikâyet, hastalık veya başka bir kelimeyle arayın
ui-start-search-placeholder = Örneğin: kasıkta şişlik
ui-start-search-none = Hiçbir şey bulunamadı. Başka bir kelime deneyin.
ui-found-via = Şununla bulundu: { $term }
ui-recent = Son kullanılanlar
ui-begin-heading = Karar yardımcısını nasıl kullanacaksınız?
ui-mode-consultation = Muayene odasında
ui-mode-consultation-hint = Doktor ve hasta birlikte. Büyük yazı, her şey tek tıkla.
ui-mode-home = Evde
ui-mode-home-hint = Yalnız veya yakınlarınızla. Her ekranda bir adım, kendi hızınızda.
ui-patient-label = Hastanın adı veya kodu
ui-patient-hint = BSN numarası kullanmayın. Bir takma ad veya kod yeterli.
ui-patient-existing = Veya listede zaten olan birini seçin
ui-begin = Başla
ui-continue-session = Kaldığınız yerden devam edin
ui-large-text = Daha büyük yazı

## Adımlar
step-choice = Bir seçim var
step-options = Seçeneklerim neler?
step-pros-cons = Artıları ve eksileri neler?
step-values = Bu benim için ne anlama geliyor?
step-decision = Seçimi yapmak
step-sure = Ne kadar eminsiniz?
step-summary = Özet
step-progress = Adım { $number } / { $total }
ui-progress-label = Adımlardaki ilerleme
ui-answer-saved = Cevap kaydedildi
ui-previous = Önceki adım
ui-next = Sonraki adım
ui-stop-later = Dur, sonra devam et
ui-stopped = Yanıtlarınız kaydedildi. Daha sonra devam edebilirsiniz.
ui-to-start = Başa git

## Adım 1: bir seçim var
choice-intro = Birden fazla iyi seçenek var. Sizin için önemli olan şeyler de hesaba katılır.
choice-your-view = Sizin görüşünüz önemli. Size neyin uyduğunu birlikte arıyoruz.
choice-three-questions = Üç soruyu birlikte ele alacağız:
choice-who = Bu seçim kimin için?

## Adım 2: seçenekler
option-waiting-note = Beklemek de bir seçimdir.

## Adım 3: artılar ve eksiler
grid-heading = Seçenek tablosu
grid-question-column = Soru
grid-mark = Benim için önemli
grid-mark-hint = Sizin için önemli olan soruları işaretleyin.
grid-mark-row = Benim için önemli: { $question }
benefits-heading = Artıları
harms-heading = Eksileri
living-with-heading = Bununla hayat nasıl olur?
outcomes-heading = Sizin gibi insanlara ne oluyor?
outcome-heading-event = Kaç kişi { $label }?
outcome-heading-amount = İnsanlar { $label }
outcome-population = Sayılar kimler hakkında: { $population }
outcome-certainty = Bu ne kadar kesin? { $certainty }
outcome-legend = Her insan resmi bir kişidir. Renkli: bu onların başına gelir. Çizgili: sayı tam kesin olmadığı için bu kadar kişi de olabilir.
outcome-sources = Kaynaklar
amount-option-sentence = { $time } sonra ortalama { $value } { $unit }.
amount-option-sentence-no-time = Ortalama { $value } { $unit }.
outcome-no-number = Bu seçenek için sayı yok.
burden-heading = Bu, sizden ve yakınlarınızdan ne istiyor?
burden-visits = Ziyaretler
burden-recovery = İyileşme
burden-travel = Yolculuk
burden-work = İş veya okul
burden-carers = Yakınlar
burden-costs = Masraflar
burden-daily-life = Günlük hayat
environment-heading = Çevre için ne anlama geliyor?
environment-co2 = Yaklaşık { $kg } kg CO2, { $per }.
environment-unknown = Bilinmiyor.
glossary-heading = Zor kelimeler

## Adım 4: bu benim için ne anlama geliyor?
values-intro = Bu şeyler sizin için ne kadar önemli? Doğru veya yanlış yanıt yok.
importance-0 = Önemli değil
importance-1 = Biraz önemli
importance-2 = Orta derecede önemli
importance-3 = Önemli
importance-4 = Çok önemli
aspect-importance = { $importance }: { $aspect }
importance-unrated = Henüz seçilmedi
note-label = Bu seçimde hayatınızda önemli olan ne?
note-hint = Örneğin: işiniz, merdiven çıkmak, birine bakmak.
lineup-heading = Sizin için önemli olanlar, her seçeneğin yanında
lineup-intro = Burada her seçenek için, sizin önemli bulduğunuz şeyler hakkında ne yazdığını görürsünüz. Karar yardımcısı sizin yerinize seçmez.
lineup-empty = Önce sizin için neyin önemli olduğunu belirtin. Sonra bunu burada her seçeneğin yanında görürsünüz.

## Adım 5: seçim
decision-intro = Neyi seçiyorsunuz? Seçmek için biraz daha bekleyebilirsiniz de.
decision-think = Biraz daha düşünmek istiyorum
decision-together = Doktorun benimle birlikte karar vermesini istiyorum
decision-chosen = Seçiminiz: { $choice }
decision-none = Henüz seçim yapmadınız.

## Adım 6: SURE testi
sure-intro = Dört kısa soru. Böylece seçim yapmaya hazır olup olmadığınızı görürsünüz.
sure-sure = Sizin için en iyi seçimin ne olduğundan emin misiniz?
sure-understand = Her seçeneğin artılarını ve eksilerini biliyor musunuz?
sure-values = Hangi artıların ve eksilerin sizin için en önemli olduğunu biliyor musunuz?
sure-support = Seçim yapmak için yeterli destek ve tavsiye alıyor musunuz?
sure-yes = Evet
sure-no = Hayır
sure-translation = SURE testinin kendi çevirimiz (Légaré ve arkadaşları, 2010). Bu çeviri henüz test edilmedi.
sure-all-yes = Dört kez evet diyorsunuz. Seçim yapmaya hazır görünüyorsunuz.
sure-doubt = Hâlâ kararsızsınız. Zor bir seçimde bu normaldir.
sure-next-heading = Şimdi ne yapabilirsiniz?
sure-next-time = Kendinize daha fazla zaman tanıyın. Bugün seçmek zorunda değilsiniz.
sure-next-talk = Size yakın biriyle bunun hakkında konuşun.
sure-next-home = Karar yardımcısını eve götürün ve acele etmeden bakın.
sure-next-ask = Bir sonraki randevu için sorularınızı yazın.
sure-unanswered = Soruların hepsi henüz yanıtlanmadı.

## Özet ve panel
summary-heading = Söyledikleriniz
summary-marked = Sizin için önemli olan sorular
summary-important = Sizin için önemli olanlar
summary-note = Kendi sözlerinizle
summary-choice = Seçiminiz
summary-sure = SURE testi: 4 sorudan { $yes } tanesine evet
summary-nothing = Henüz bir şey yok.
panel-heading = Bu hasta için önemli olanlar
panel-empty = Henüz bir şey söylenmedi. Hastaya neyin önemli olduğunu sorun.

## Bir yanıt kaydedilirken oluşan hatalar
session-error-unknown-aspect = "{ $id }" sorusu bu seçenek tablosunda yok. Yanıt kaydedilmedi.
session-error-unknown-option = "{ $id }" seçeneği bu seçenek tablosunda yok. Seçim kaydedilmedi.
session-error-importance = 0 ile { $max } arasında bir sayı seçin. Sizin seçtiğiniz: { $value }.
session-error-note-too-long = Metniniz çok uzun: { $length } karakter. En fazla { $max } karakter sığar. Metni kısaltın. Daha önce yazdıklarınız kaydedildi.
session-error-other-grid = Bu cevap başka bir seçenek tablosuna ait ("{ $id }"). Cevap kaydedilmedi.

## Bu sayı nereden geliyor? (the evidence table)
evidence-title = Bu sayı nereden geliyor?
evidence-col-about = Konu
evidence-col-option = Seçenek
evidence-col-shown = Gördüğünüz
evidence-col-reported = Araştırmanın bildirdiği
evidence-col-arm = Araştırmadaki grup
evidence-col-follow-up = Ölçüm zamanı
evidence-col-population = Kimler hakkında
evidence-col-location = Kaynakta nerede
evidence-col-certainty = Kesinlik
evidence-col-why = Neden bu kaynak
evidence-col-source = Kaynak
evidence-rule = Şöyle hesaplıyoruz: araştırmadaki oran çarpı 100 (veya 1000), tam sayıya yuvarlanır. Yarım yukarı yuvarlanır.
evidence-shown-frequency = { $denominator } kişiden { $count }
evidence-shown-after = { $figure }, { $time } sonra
evidence-about-grid = Hastalık hakkındaki metin
evidence-about-option = Şu seçenekle ilgili metin: { $option }
evidence-reported-count = { $of } içinde { $events }
evidence-reported-percent = %{ $percent }
evidence-reported-percent-of = { $of } içinde %{ $percent }
evidence-reported-frequency = { $per } başına { $frequency }
evidence-reported-rate = { $rate } ({ $per } başına, { $time } içinde)
evidence-reported-mean = ortalama { $value }
evidence-reported-median = medyan { $value }
evidence-reported-value = { $value }
evidence-reported-interval = { $figure } (%95 aralığı: { $low } ile { $high } arası)
evidence-follow-up-fixed = { $time }
evidence-follow-up-median = medyan { $time }
evidence-follow-up-mean = ortalama { $time }
evidence-follow-up-maximum = en fazla { $time }
evidence-follow-up-once = bir kez ölçüldü
evidence-follow-up-not-reported = kaynakta belirtilmemiş
evidence-markdown-title = Kanıt tablosu: { $grid } ({ $id })
evidence-markdown-generated = Seçenek tablosunun { $version } sürümünden `keuzekaart evidence` ile oluşturuldu. Elle düzenlemeyin.
