# Arabic: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.

# Learning from patients: consent, the contribution file for the guideline group, and the
# report of keuzekaart leren.

## Consent at the summary
consent-heading = المشاركة مع فريق الإرشادات الطبية
consent-question = هل يمكن إرسال إجابات هذه الجلسة إلى فريق الإرشادات الطبية؟ بدون اسمكم.
consent-what = فريق الإرشادات الطبية يكتب أداة المساعدة على الاختيار هذه. لا يحصل الفريق إلا على أعداد: أي الأسئلة وضع عليها الناس علامة، وما كان مهمًا لهم، وماذا اختاروا، واختبار SURE. تُجمع إجاباتكم مع إجابات الآخرين.
consent-not = اسمكم وسنة ميلادكم وما كتبتموه بكلماتكم الخاصة والتاريخ لا تُرسل أبدًا. الأعداد الأقل من 5 لا تُذكر.
consent-withdraw = يمكنكم أن تقولوا لا فيما بعد، حتى بعد اليوم. عندها لن تُرسل هذه الجلسة بعد ذلك. أما الملف الذي أُرسل من قبل، فلا يمكننا استرجاعه.
consent-yes = نعم، موافق
consent-no = لا، أفضّل عدم المشاركة
consent-status-yes = قلتم نعم. يمكن إرسال إجابات هذه الجلسة، بدون اسمكم.
consent-status-no = لن يُرسل أي شيء إلى فريق الإرشادات الطبية.

## The patients overview
patients-consent-yes = يمكن إرسالها إلى فريق الإرشادات الطبية (بدون اسم)
patients-consent-no = لا تُرسل إلى فريق الإرشادات الطبية
patients-consent-withdrawn = تم سحب الموافقة. لن تدخل هذه الجلسة بعد الآن في ملفات جديدة.
ui-patients-consent = المشاركة
ui-patients-withdraw = سحب الموافقة
ui-share-heading = المشاركة مع فريق الإرشادات الطبية
ui-share-intro = أنشئوا ملفًا لفريق الإرشادات الطبية. لا يحتوي الملف إلا على أعداد من الجلسات التي وافق فيها المريض. سترون أولًا ما فيه بالضبط.
ui-share-none = لا توجد بعد جلسات بموافقة المريض يمكن مشاركتها.
ui-share-folder = مجلد الملف
ui-share-preview = عرض ما سيكون في الملف
ui-share-confirm = نعم، كتابة هذا الملف
ui-share-cancel = عدم الكتابة
ui-share-file-text = الملف، تمامًا كما ستتم كتابته
share-item = { $grid }، { $month }: { $count ->
    [zero] { $count } جلسة
    [one] جلسة واحدة
    [two] جلستان
    [few] { $count } جلسات
    [many] { $count } جلسة
   *[other] { $count } جلسة
} بموافقة المريض
share-preview-heading = هذا ما سيكون في الملف
share-preview-about = عن: { $grid }، { $month }.
share-preview-installation = من هذا الحاسوب، ويُعرف بالمفتاح { $key }. هكذا يرى فريق الإرشادات الطبية أي الملفات تأتي من المكان نفسه. لا يذكر الملف من أنتم أو من هم المرضى.
share-preview-not = لا يحتوي الملف على: الأسماء أو الرموز، وسنوات الميلاد، وما كتبه المرضى بكلماتهم الخاصة، والتواريخ. فقط الشهر.
share-preview-once = أنشئوا ملفًا واحدًا لكل شهر، بعد انتهاء الشهر. يأخذ فريق الإرشادات الطبية من هذا الحاسوب ملفًا واحدًا فقط لكل بطاقة خيارات في كل شهر.
share-block = الإصدار { $version }، { $mode }: عدد الجلسات { $sessions }
share-line-marked = سؤال عليه علامة: { $aspect }: { $count }
share-line-importance = مدى الأهمية: { $aspect }: { $levels }
share-line-choice = الاختيار: { $choice }: { $count }
share-line-sure = اختبار SURE مكتمل: كل الإجابات نعم: { $yes }، غير متأكد بعد: { $no }
share-written = تمت كتابة الملف: { $file }. أرسلوه إلى فريق الإرشادات الطبية.
share-error-changed = تغيّر شيء ما منذ أن نظرتم إلى الملف. انظروا إليه مرة أخرى. لم تتم كتابة أي شيء.
share-error-nothing = لا توجد جلسات بموافقة المريض لبطاقة الخيارات هذه وهذا الشهر. لم تتم كتابة أي شيء.
share-error-folder = المجلد { $folder } غير موجود. اختاروا مجلدًا موجودًا. لم تتم كتابة أي شيء.
share-error-write = تعذّرت كتابة الملف في { $folder }: { $reason }
share-error-period = "{ $period }" ليس شهرًا. اكتبوه هكذا: 2026-03.
learn-month = { $month ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
} { $year }

## In the file
learn-rule = الأعداد الصغيرة لا تُذكر: كل عدد أقل من { $threshold } (وكذلك 0) يُكتب بشكل "<{ $threshold }".

## Errors reading contributions
learn-error-located = { $place }: { $message }
learn-error-located-field = { $place }: الحقل { $field }: { $message }
learn-error-unreadable = تعذّرت قراءة الملف: { $reason }
learn-error-json = هذا ليس JSON: { $reason }
learn-error-format = هذا ليس ملف مساهمة: الصيغة { $found }، والمتوقع { $expected }.
learn-error-shape = شكل الملف لا يطابق شكل المساهمة: { $reason }
learn-error-small-number = العدد { $count } أصغر من { $threshold }. لا يجوز أن تعرض المساهمة أعدادًا صغيرة كهذه.
learn-error-other-threshold = "<{ $found }" لا يطابق الحد المستخدم في هذا الملف ({ $threshold }).
learn-error-threshold = حد الأعداد الصغيرة هو { $threshold }. يجب أن يكون { $minimum } على الأقل.
learn-error-key = مفتاح الحاسوب ليس مفتاح ed25519 صالحًا.
learn-error-tampered = التوقيع لا يطابق المحتوى. تم تغيير الملف بعد توقيعه.
learn-error-same-file = هذا هو الملف نفسه { $first }. يُحسب مرة واحدة فقط.
learn-error-duplicate = أرسل هذا الحاسوب من قبل ملفًا لـ { $grid } في { $period }: { $first }. لا يُحسب إلا ذلك الملف الأول.

## The report
learn-range = { $low } إلى { $high }
learn-percent = { $value }%
learn-percent-range = { $low }% إلى { $high }%
learn-report-title = ما هو مهم بالنسبة للمرضى
learn-report-intro = تم الدمج من { $files ->
    [zero] { $files } ملف
    [one] ملف واحد
    [two] ملفين
    [few] { $files } ملفات
    [many] { $files } ملفًا
   *[other] { $files } ملف
} من { $installations ->
    [zero] { $installations } حاسوب
    [one] حاسوب واحد
    [two] حاسوبين
    [few] { $installations } حواسيب
    [many] { $installations } حاسوبًا
   *[other] { $installations } حاسوب
}. المرفوضة: { $refused }.
learn-report-rule = كل ملف يعرض الأعداد الأقل من 5 بشكل "<5". لذلك يظهر الرقم أحيانًا بشكل "12 إلى 20": 12 على الأقل، و20 على الأكثر. في الرسوم البيانية يمتد العمود إلى ما هو مؤكد، والخط الصغير إلى أعلى قيمة ممكنة.
learn-report-refused = الملفات المرفوضة
learn-report-empty = لم تكن هناك ملفات لدمجها.
learn-report-version = { $grid } ({ $id })، الإصدار { $version }
learn-report-version-facts = { $files ->
    [zero] { $files } ملف
    [one] ملف واحد
    [two] ملفان
    [few] { $files } ملفات
    [many] { $files } ملفًا
   *[other] { $files } ملف
} من { $installations ->
    [zero] { $installations } حاسوب
    [one] حاسوب واحد
    [two] حاسوبين
    [few] { $installations } حواسيب
    [many] { $installations } حاسوبًا
   *[other] { $installations } حاسوب
}، { $months ->
    [one] الشهر { $from }
   *[other] الأشهر من { $from } حتى { $to }
}. المحتوى sha256 { $sha }…
learn-report-sessions = الجلسات: { $count }
learn-report-marked = الأسئلة التي يضع عليها المرضى علامة أكثر من غيرها
learn-report-marked-chart = كم مرة وُضعت علامة على كل سؤال، { $mode }
learn-report-importance = مدى الأهمية لكل موضوع (العمود: مهم أو مهم جدًا)
learn-report-importance-chart = كم مرة كان كل موضوع مهمًا أو مهمًا جدًا، { $mode }
learn-report-choices = ماذا اختار المرضى
learn-report-choices-chart = كم مرة تم اختيار كل خيار، { $mode }
learn-report-too-few = عدد الجلسات قليل جدًا لعرض أي شيء: كان في كل ملف أقل من 5 جلسات.
learn-report-sure = اختبار SURE: غير متأكد بعد
learn-report-sure-intro = من بين من أجابوا عن الأسئلة الأربعة: كم في المئة قالوا لا مرة واحدة على الأقل.
learn-report-sure-none = لا توجد بعد اختبارات SURE مكتملة الإجابة.
cli-learn-written = تمت كتابة التقرير: { $report } و { $csv }. تم دمج { $files ->
    [zero] { $files } ملف
    [one] ملف واحد
    [two] ملفين
    [few] { $files } ملفات
    [many] { $files } ملفًا
   *[other] { $files } ملف
}، والمرفوضة: { $refused }.
cli-learn-no-files = لا توجد ملفات .json في { $path }.
