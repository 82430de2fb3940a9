# Turkish: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.

# The command-line tool keuzekaart, for guideline groups.
cli-usage =
    keuzekaart: seçenek tablolarını kontrol etme, paketleme ve imzalama.

    Kullanım:
      keuzekaart check [--deny-warnings] DOSYA|KLASÖR...
          Seçenek tablolarını (.toml) kontrol eder. Hataları ve uyarıları yer ve alan bilgisiyle gösterir.
          --deny-warnings: uyarılar hata sayılır.
      keuzekaart schema [ÇIKTI]
          Biçimin JSON şemasını yazar (ÇIKTI dosyasına veya ekrana).
      keuzekaart build --out PAKET [--publisher AD] DOSYA|KLASÖR...
          Tüm seçenek tablolarını kontrol eder ve hepsinden tek bir paket oluşturur. Hata varsa paket oluşturmaz.
      keuzekaart keygen --out AD
          Bir anahtar çifti oluşturur: AD.pub (açık) ve AD.key (gizli).
      keuzekaart sign --key AD.key PAKET
          Bir paketi imzalar. PAKET.minisig dosyasını yazar.
      keuzekaart verify --pub AD.pub [--signature İMZA] PAKET
          Bir paketin imzasını ve tüm seçenek tablolarını kontrol eder.
      keuzekaart preview --out DOSYA.html [--lang nl|en] TABLO.toml
          Bir seçenek tablosunu kontrol eder ve uygulamanın gösterdiği gibi, grafikli bir HTML önizlemesi yazar.
      keuzekaart evidence [--lang nl|en] TABLO.toml
          Kanıt tablosunu (Markdown) yazar: her sayı, kaynağın ne bildirdiği ve nerede bildirdiği.
      keuzekaart help
          Bu yardımı gösterir.

    Çıkış kodu: 0 sorun yok, 1 hata bulundu, 2 yanlış kullanım veya bir dosya okunamıyor.
cli-error = hata: { $message }
cli-error-no-command = Bir komut belirtin.
cli-error-unknown-command = Bilinmeyen komut: "{ $command }".
cli-error-unknown-flag = { $command } için bilinmeyen seçenek: "{ $flag }".
cli-error-missing-value = { $flag } seçeneği bir değer gerektirir.
cli-error-missing-flag = { $command } için { $flag } seçeneği gerekli.
cli-error-no-files = En az bir dosya veya klasör belirtin.
cli-error-too-many = { $command } için çok fazla argüman: "{ $argument }".
cli-error-no-toml = { $path } klasöründe .toml dosyası yok.
cli-error-read = Okunamıyor: { $path }: { $detail }
cli-error-write = Yazılamıyor: { $path }: { $detail }
cli-error-exists = { $path } zaten var. Üzerine yazılmayacak.
cli-error-key = { $path } geçerli bir anahtar değil.
cli-error-random = Sistem rastgele sayı üretemedi: { $detail }
cli-error-key-old = { $path }, keuzekaart'ın eski, şifrelenmemiş bir anahtarı. keuzekaart keygen ile yeni bir anahtar oluşturun ve yeni açık anahtarı paketlerinizi kuran kişiye verin.
cli-error-password-wrong = { $path } için parola yanlış.
cli-error-password-empty = Parola boş. Bir parola seçin.
cli-error-password-different = İki parola aynı değil.
cli-error-password-no-terminal = Parolayı yazmak için bir terminal yok. --password-file DOSYA kullanın.
cli-password-prompt = Gizli anahtarın parolası:{" "}
cli-password-repeat = Parolayı bir kez daha yazın:{" "}
cli-heading-errors = Hatalar:
cli-heading-warnings = Uyarılar:
cli-schema-written = Şema yazıldı: { $path }.
cli-build-refused = Paket oluşturulmadı: önce hataları düzeltin.
cli-build-written = { $path } paketi, { $grids } { $grids ->
    [one] seçenek tablosuyla
   *[other] seçenek tablosuyla
  } oluşturuldu ({ $hash }).
cli-keygen-written = Anahtar çifti { $key } oluşturuldu.
    { $public }: açık. Bu dosyayı, paketlerinizi kuran kişiye verin.
    { $secret }: gizli. Çevrimdışı saklayın. Asla paylaşmayın ve asla git'e koymayın.
cli-sign-written = İmza yazıldı: { $path } (anahtar { $key }).
cli-verify-ok = { $path }, { $key } anahtarıyla imzalanmış. İmza doğru ve { $grids } { $grids ->
    [one] seçenek tablosunda
   *[other] seçenek tablosunda
  } hata yok.
cli-preview-refused = Önizleme oluşturulmadı: önce hataları düzeltin.
cli-preview-written = Önizleme yazıldı: { $path }. Bir web tarayıcısında açın.
cli-error-language = Bilinmeyen dil: "{ $lang }". nl veya en seçin.
preview-banner = Yazarlar için önizleme: karar yardımcısı bu seçenek tablosunu böyle gösterir. Düğmeler burada çalışmaz.
