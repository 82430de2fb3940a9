# Turkish: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.

# Messages about bundles (published sets of option grids), signatures and the catalogue.
check-bundle-too-large = Paket çok büyük ({ $size } bayt). En fazla { $limit } bayt olabilir.
check-bundle-syntax = Bu geçerli bir paket (JSON) değil: { $detail }
check-bundle-format-unsupported = "{ $found }" paket biçimi desteklenmiyor. Bu sürüm şu biçimi okur: { $supported }.
check-bundle-file-name-invalid = "{ $name }" dosya adına izin verilmiyor. knie.toml gibi basit bir ad kullanın; klasör veya ".." kullanmayın.
check-bundle-file-duplicate = "{ $name }" dosyası pakette iki kez var.
check-bundle-grid-duplicate = "{ $id }" seçenek tablosu pakette iki kez var.
check-bundle-file-missing = "{ $name }" dosyası içindekiler listesinde var, ama pakette yok.
check-bundle-file-unlisted = "{ $name }" dosyası pakette var, ama içindekiler listesinde yok.
check-bundle-file-hash-mismatch = "{ $name }" dosyası, paket oluşturulduktan sonra değiştirilmiş (sağlama toplamı uyuşmuyor).
check-bundle-manifest-mismatch = İçindekiler listesi "{ $id }" seçenek tablosunun { $version } sürümünü gösteriyor, ama dosyada başka bir şey var.
check-bundle-empty = Pakete konacak seçenek tablosu yok.
check-bundle-unsigned = Bu içerik imzalı değil. İmzasız içerik yalnızca yazma modunda açılır.
check-bundle-signature-malformed = İmza bozuk veya eksik. Yayıncıdan yeni bir imza isteyin.
check-bundle-signature-unsupported = İmza, bu programın tanımadığı bir yöntem kullanıyor.
check-bundle-signer-unknown = Paket şu anahtarla imzalanmış: { $key }. Bu anahtar bilinmeyen bir yayıncıya ait.
check-bundle-signature-mismatch = İmza uyuşmuyor. Paket imzalandıktan sonra değiştirilmiş veya imza başka bir dosyaya ait.
check-bundle-signature-comment-changed = İmzanın güvenilir yorumu (trusted comment) imzalandıktan sonra değiştirilmiş. Yayıncıdan yeni bir imza isteyin.
check-bundle-key-malformed = Bu geçerli bir anahtar değil.
check-catalogue-io = Okuma veya yazma başarısız: { $detail }
check-file-too-large = Bu dosya çok büyük: { $size } bayt. Bu tür bir dosya en fazla { $limit } bayt olabilir. Dosyadan hiçbir şey okunmadı.
check-catalogue-index-corrupt = Kurulu içerik listesi bozuk ({ $detail }). Paketleri yeniden kurun.
check-catalogue-install-cancelled = Kurulum durduruldu. Hiçbir şey değişmedi: içerik önceki gibi.
check-catalogue-grid-unknown = "{ $id }" seçenek tablosu kurulu değil.
check-catalogue-hash-mismatch = "{ $id }" seçenek tablosunun dosyası, kurulumdan sonra değiştirilmiş. Paketi yeniden kurun.
check-catalogue-guideline-older = Bu pakette "{ $guideline }" kılavuzunun { $offered } sürümü var, ancak { $installed } sürümü zaten kurulu. Daha eski bir sürüm kurulmaz.
check-catalogue-guideline-mixed = "{ $guideline }" kılavuzu bu pakette iki sürümle yer alıyor: { $first } ve { $second }. Bir kılavuzun tüm seçenek tabloları tek bir sürüme ve tek bir tarihe aittir.
check-catalogue-version-unknown = Bu görüşmenin başladığı "{ $id }" seçenek tablosu sürümü artık bu bilgisayarda yok.
