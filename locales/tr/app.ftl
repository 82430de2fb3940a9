# Turkish: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.

# Texts of the window. Ids starting with ui- go to the screen as a whole.
ui-app-title = Birlikte karar verme
ui-app-subtitle = Size uygun sağlık bakımını birlikte seçin.
ui-language-label = Dil
ui-start-heading = Hangi şikâyet veya hastalık hakkında?
ui-start-intro = Bir konu seçin. O zaman hangi seçimin olduğunu ve seçeneklerin neler olduğunu görürsünüz.
ui-start-empty = Henüz içerik yüklenmedi.
ui-example-content = Örnek içerik: henüz bir kılavuz grubu tarafından değerlendirilmedi.
ui-back = Başa dön
ui-decision-heading = Seçim
ui-options-heading = Seçeneklerim neler?
ui-option-waiting = Beklemek veya tedavi olmamak
ui-option-treatment = Tedavi
ui-published = Yayın tarihi: { $date }
ui-review-by = Şu tarihten önce gözden geçirilecek: { $date }
ui-publisher = Hazırlayan
ui-authoring-mode = Yazma modu: imzasız içerik de gösterilir. Bu içerik bir yayıncı tarafından kontrol edilmedi. Bunu hastalarla kullanmayın.
ui-refused-heading = Bu içerik yüklenmedi
ui-unsigned-content = İmzalı değil: yalnızca yazmak ve kontrol etmek için.
ui-error-heading = Bir sorun oluştu
ui-loading = Lütfen bekleyin...
# Messages of the app itself.
app-error-content = "{ $file }" içeriği yüklenemiyor: { $reason }
app-error-database = Veriler kaydedilemiyor: { $reason }
app-error-unknown-condition = Bu konu yok veya artık yok: { $id }
app-error-worker = Programdaki bir hata nedeniyle bu işlem yapılamadı. Daha önce kaydedilenler korunur. Lütfen yeniden deneyin.
app-error-no-display = Ekran bulunamadı (DISPLAY ve WAYLAND_DISPLAY boş). Uygulamayı bir masaüstünde başlatın veya sanal bir ekran kullanın: xvfb-run -a ./run.sh
ui-translation-unreviewed = Bu çeviri, bu dili ana dili olarak konuşan bir sağlık çalışanı tarafından henüz kontrol edilmedi.
ui-content-fallback = Bu seçenek tablosu henüz sizin dilinizde yok. Bunu şu dilde okuyorsunuz: { $language }.
