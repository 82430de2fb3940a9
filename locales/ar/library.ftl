# Installing bundles from the window, and the guideline a decision comes from.
ui-install-button = تثبيت المحتوى
ui-install-heading = تثبيت المحتوى
ui-install-intro = اختاروا حزمة من مجموعة إرشادات (ملف ‎.json). يجب أن يكون ملف التوقيع (‎.minisig) بجانبه.
ui-install-path-label = ملف الحزمة
ui-install-choose = اختيار ملف
ui-install-start = تثبيت
ui-install-cancel = إيقاف
ui-install-close = إغلاق
ui-install-reading = تُقرأ الحزمة ويُفحص توقيعها.
ui-install-progress = تم فحص { $done } من { $total } بطاقة خيارات
ui-install-done = تم تثبيت { $count } بطاقة خيارات من { $file }.
ui-install-failed = لم يتم التثبيت: { $file }. لم يتغيّر أي شيء.
ui-install-busy = يجري الآن تثبيت حزمة أخرى. انتظروا حتى ينتهي.
ui-install-path-missing = اختاروا ملفًا أولًا.
ui-dialog-bundle-title = اختاروا حزمة
ui-dialog-bundle-filter = الحزم
ui-guideline-source = من الدليل { $name } ({ $group })، الإصدار { $version } بتاريخ { $date }
