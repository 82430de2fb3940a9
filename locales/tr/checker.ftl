# Turkish: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.

# Messages of the option-grid checker (for guideline groups).
check-severity-error = hata
check-severity-warning = uyarı
check-summary = { $files } { $files ->
    [one] dosya
   *[other] dosya
  } kontrol edildi: { $errors } { $errors ->
    [one] hata
   *[other] hata
  }, { $warnings } { $warnings ->
    [one] uyarı
   *[other] uyarı
  }.
check-file-empty = Dosya boş.
check-file-too-large = Dosya çok büyük ({ $size } bayt). En fazla { $limit } bayt olabilir.
check-file-not-utf8 = Dosya geçerli bir UTF-8 metni değil. Dosyayı UTF-8 olarak kaydedin.
check-file-nul-byte = Dosyada bir NUL karakteri var. Bu karakter metinde olmamalı.
check-file-too-deep = Listeler ve tablolar çok derin iç içe geçmiş ({ $limit } düzeyden fazla).
check-file-syntax = Bu geçerli bir TOML değil: { $detail }
check-file-structure = Bu, seçenek tablosu biçimine uymuyor: { $detail }
check-format-unsupported = Biçim sürümü { $found } desteklenmiyor. Bu sürümün okuduğu biçim: { $supported }.
check-id-invalid = "{ $id }" kimliği (id) geçersiz. Küçük harf, rakam ve kısa çizgi kullanın.
check-id-duplicate = "{ $id }" kimliği birden fazla kez geçiyor. Her kimlik benzersiz olmalı.
check-options-too-few = En az iki seçenek olmalı.
check-questions-none = Seçenek tablosunda hiç soru yok.
check-answer-missing = Bu sorunun "{ $option }" seçeneği için yanıtı yok.
check-option-unknown = "{ $option }" seçeneği bu seçenek tablosunda yok.
check-outcome-unknown = "{ $outcome }" sonucu bu seçenek tablosunda yok.
check-languages-none = languages altında en az bir dil belirtin.
check-language-invalid = "{ $lang }", iki küçük harften oluşan bir dil kodu değil (nl veya en gibi).
check-text-missing-language = "{ $lang }" dilindeki metin eksik.
check-text-empty = "{ $lang }" dilindeki metin boş.
check-text-unknown-language = "{ $lang }" dili languages altında yok; bu metin gösterilmeyecek.
check-citation-unresolved = "{ $id }" kaynağı references altında yok.
check-reference-unused = "{ $id }" kaynağı hiçbir yerde kullanılmıyor.
check-reference-no-link = "{ $id }" kaynağının DOI'si de URL'si de yok.
check-reference-doi-invalid = "{ $doi }" geçerli bir DOI değil. https://doi.org/ olmadan, 10.xxxx/... biçiminde yazın.
check-reference-url-invalid = "{ $url }", https:// veya http:// ile başlayan bir web adresi değil.
check-ipdas-no-waiting-option = Beklemek veya tedavi etmemek seçeneği yok. Bu seçeneği ekleyin veya neden olmadığını no_waiting_reason altında açıklayın.
check-ipdas-waiting-reason-unneeded = Bir beklemek seçeneği var, bu yüzden no_waiting_reason gerekli değil.
check-ipdas-no-benefits = "{ $option }" seçeneği hiçbir yarar belirtmiyor.
check-ipdas-no-harms = "{ $option }" seçeneği hiçbir zarar belirtmiyor.
check-ipdas-unbalanced = "{ $option }" seçeneği dengeli değil: yararlar için { $benefits } kelime, zararlar için { $harms } kelime.
check-ipdas-no-outcomes = Seçenek tablosunda sayı içeren hiçbir sonuç yok.
check-ipdas-outcome-one-option = "{ $outcome }" sonucunun yalnızca bir seçenek için sayısı var. Bu durumda karşılaştırma yapılamaz.
check-balance-recommends = Metin bir seçeneği öneriyor ("{ $phrase }"). Bir karar yardımcısı tavsiye vermez.
check-number-option-twice = "{ $option }" seçeneğinin "{ $outcome }" sonucunda iki sayısı var.
check-number-unit-missing = "{ $outcome }" sonucu bir miktar, ama birimi (unit) yok.
check-number-scale-missing = "{ $outcome }" sonucu bir miktar, ama ölçeği (scale) yok.
check-number-scale-invalid = "{ $outcome }" sonucunun ölçeği düşükten yükseğe gitmeli.
check-number-denominator-mismatch = "{ $outcome }" sonucu her seçenek için aynı kişi sayısını (payda) kullanmıyor.
check-number-timeframe-mismatch = "{ $outcome }" sonucu her seçenek için aynı süreyi kullanmıyor.
check-number-measure-unknown = "{ $measure }" bilinen bir ölçüt değil. rr, or veya hr kullanın.
check-number-relative-without-absolute = "{ $outcome }" sonucu, "{ $option }" seçeneği için mutlak bir sayı olmadan göreli bir etki veriyor.
check-number-wrong-kind = Bu sayı türü, "{ $outcome }" sonucunun türüne uymuyor.
check-number-missing = "{ $option }" seçeneğinin "{ $outcome }" sonucundaki sayısı eksik.
check-number-denominator-zero = "{ $outcome }" sonucunun paydası sıfır.
check-number-numerator-exceeds = { $denominator } üzerinden { $numerator } olamaz: pay, paydadan büyük.
check-number-denominator-unusual = Payda olarak { $denominator } zor gösterilir. 100 veya 1000 kullanın.
check-number-range-invalid = "{ $outcome }" sonucunun belirsizlik aralığı sayıyla uyuşmuyor.
check-number-outside-scale = "{ $outcome }" sonucunun sayısı ölçeğin dışında.
check-text-relative-risk = "{ $phrase }" göreli bir risktir. Aynı paydayla mutlak sayıları verin.
check-text-one-in-x = "... kişiden 1" gibi ifadeleri karşılaştırmak zordur. 100 veya 1000 kişi üzerinden sayılar verin.
check-date-review-before-published = Gözden geçirme tarihi, yayın tarihinden ({ $published }) sonra değil.
check-date-published-future = Yayın tarihi ({ $date }) gelecekte.
check-date-review-passed = Gözden geçirme tarihi ({ $date }) geçti. İçeriğin yeniden gözden geçirilmesi gerekiyor.
check-date-too-old = İçeriğin tarihi { $date }: { $years } yıldan eski.
check-date-review-too-late = Gözden geçirme tarihi, yayından { $years } yıldan daha uzun süre sonra.
check-text-markup = Metinde biçimlendirme veya kod var (HTML veya script gibi). Buna izin verilmiyor.
check-text-control-character = Metinde görünmeyen bir kontrol karakteri var.
check-readability-low = { $lang } dilinde okunabilirlik puanı { $score } ({ $formula }). En düşük değer { $minimum }. Daha kısa kelimelerle daha kısa cümleler yazın.
check-readability-long-sentence = Bir cümlede { $words } kelime var. Cümleleri { $maximum } kelimenin altında tutun.

## Format 2: source data behind every number
check-format-migrate = Bu dosyanın biçimi: { $found }. Bu sürümün okuduğu biçim: { $supported }. Artık her sayının, araştırmanın ne bildirdiğini gösteren bir kaynak bloğu (source) var. Her sayı için source_figure ve sources alanlarını şuna dönüştürün: source = {"{"} reference, arm, population, reported, follow_up, location {"}"}. Bkz. docs/source-data.md.
check-source-arm-missing = Kaynak bloğu, araştırmadaki grubu (arm) belirtmiyor.
check-source-location-missing = Kaynak bloğu, sayının kaynakta nerede olduğunu (location) belirtmiyor; örneğin "Table 2" veya "abstract".
check-source-follow-up-invalid = Ölçüm süresi (follow_up) sıfırdan büyük olmalı.
check-source-reported-empty = Kaynak bloğu, araştırmanın ne bildirdiğini (reported) belirtmiyor: events ve of, percent, frequency, rate, mean, median veya value verin.
check-source-reported-mixed = Kaynak bloğu birden fazla sayı türü veriyor ({ $fields }). Birini seçin.
check-source-reported-incomplete = Bu sayı türü için "{ $field }" alanı da gerekli.
check-source-reported-impossible = Bu kaynak bloğu doğru olamaz: negatif bir sayı, kişi sayısından fazla olay veya sıfır kişilik bir grup var.
check-source-reported-wrong-kind = Kaynak bloğu "{ $outcome }" sonucuna uymuyor: kişi sayısı bir olaya, ortalama veya medyan ise bir miktara aittir.
check-source-figure-mismatch = { $denominator } üzerinden { $shown }, kaynaktan ({ $reported }) çıkmıyor: kaynaktan { $denominator } üzerinden { $expected } çıkar (yuvarlanmış, yarım yukarı).
check-source-amount-mismatch = { $shown }, kaynaktan ({ $reported }) çıkmıyor; yuvarlanınca da çıkmıyor.
check-source-range-mismatch = Aralık { $shown }, kaynağın güven aralığından çıkmıyor: oradan { $expected } çıkar.
check-source-range-without-interval = Bir aralık (range) var, ama kaynak bir güven aralığı (reported.interval) vermiyor.
check-source-time-frame-differs = Süre { $shown }, kaynağın ölçüm süresi ({ $follow_up }) ile aynı değil.
check-source-time-frame-beyond = Süre { $shown }, kaynağın ölçtüğü süreden ({ $follow_up }) uzun.
check-source-population-unknown = "{ $reference }" kaynağında "{ $population }" grubu (populations) yok.
check-source-population-differs = "{ $outcome }" sonucu grup olarak "{ $shown }" diyor, ama kaynak "{ $named }" diyor.
check-source-choice-reason-missing = "{ $outcome }" sonucunun sayıları birden fazla kaynaktan geliyor ({ $references }). Nedenini choice_reason alanında açıklayın.
check-figure-mismatch = Sayı { $shown }, kaynaktan ({ $reported }) çıkmıyor.
check-figure-rate-without-period = Bu sayı bir hızdan (rate) geliyor. Metnin belirttiği süreyi (time_frame) verin.
check-environment-unsourced = "{ $option }" seçeneğinin CO2 salımı, bu seçenekte kaynağı olan bir sayı olarak (figures) verilmemiş.
check-text-number-unsourced = Bu metindeki ({ $lang }) { $number } sayısı, bu satırın veya seçeneğin hiçbir sonucuna ait değil ve kendi kaynağı (figures) yok.
check-text-number-contradicts = Bu metindeki ({ $lang }) { $number } sayısı, "{ $outcome }" sonucuyla uyuşmuyor.
check-source-follow-up-unknown = Kaynağın ölçüm süresi yok (once veya not-reported). Bu durumda sayı bir süre belirtemez: time_frame alanını kaldırın veya ölçüm süresini verin.
check-figure-choice-reason-missing = Bu sayı başka kaynakları da belirtiyor (supporting). Bu kaynağı neden seçtiğinizi choice_reason alanında açıklayın.

## Kolay okuma (the easy-reading layer)
check-easy-layer-missing = Bu seçenek tablosunda kolay okuma katmanı (easy) yok. Her seçenek için birkaç kısa cümle yazın.
check-easy-option-missing = "{ $option }" seçeneğinde kolay okuma cümleleri (easy) yok.
check-easy-one-sentence = Buraya tek fikir içeren tek bir cümle yazın ({ $lang }).
check-easy-sentence-long = Bu cümlede { $words } kelime var. Kolay okuma için en fazla { $max } kelime olmalı.
check-easy-uncommon-words = Az kullanılan kelimeler ({ $lang }): { $words }. Günlük kelimeler seçin veya kelimeyi sözlükte (glossary) açıklayın.
check-easy-reading-ease = Kolay okuma katmanının puanı { $score } ({ $formula }, { $lang }). Bu puan en az { $min } olmalı.
check-guideline-version-invalid = Kılavuz sürümü "{ $version }" geçersiz. Noktalarla ayrılmış sayılar yazın, örneğin 2.1.
