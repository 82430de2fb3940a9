# Arabic: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.

# Texts of the window. Ids starting with ui- go to the screen as a whole.
ui-app-title = نقرّر معًا
ui-app-subtitle = اختاروا معًا الرعاية التي تناسبكم.
ui-language-label = اللغة
ui-start-heading = عن أي شكوى أو حالة صحية نتحدث؟
ui-start-intro = اختاروا موضوعًا. بعد ذلك ترون ما هو الاختيار المطروح وما هي الخيارات.
ui-start-empty = لم يتم تحميل أي محتوى بعد.
ui-example-content = محتوى على سبيل المثال: لم يراجعه فريق الإرشادات الطبية بعد.
ui-back = العودة إلى البداية
ui-decision-heading = الاختيار
ui-options-heading = ما هي خياراتي؟
ui-option-waiting = الانتظار أو عدم العلاج
ui-option-treatment = العلاج
ui-published = نُشر بتاريخ { $date }
ui-review-by = ستتم مراجعته قبل { $date }
ui-publisher = من إعداد
ui-authoring-mode = وضع الكتابة: يظهر هنا أيضًا المحتوى غير الموقّع. لم يفحص الناشر هذا المحتوى. لا تستخدموه مع المرضى.
ui-refused-heading = لم يتم تحميل هذا المحتوى
ui-unsigned-content = غير موقّع: للكتابة والفحص فقط.
ui-error-heading = حدث خطأ ما
ui-loading = يرجى الانتظار...
# Messages of the app itself.
app-error-content = لا يمكن تحميل المحتوى "{ $file }": { $reason }
app-error-database = لا يمكن حفظ البيانات: { $reason }
app-error-unknown-condition = هذا الموضوع غير موجود (أو لم يعد موجودًا): { $id }
app-error-worker = لم ينجح هذا بسبب خطأ في البرنامج. ما تم حفظه من قبل يبقى محفوظًا. يرجى المحاولة مرة أخرى.
app-error-no-display = لم يتم العثور على شاشة (DISPLAY و WAYLAND_DISPLAY فارغان). شغّلوا التطبيق على سطح مكتب، أو استخدموا شاشة افتراضية: xvfb-run -a ./run.sh
ui-translation-unreviewed = لم يراجع هذه الترجمة بعدُ مقدّم رعاية صحية لغته الأم هي العربية.
ui-content-fallback = بطاقة الخيارات هذه غير متوفرة بلغتكم بعد. تقرؤونها الآن بلغة: { $language }.
