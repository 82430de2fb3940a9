# Arabic: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.

# Take it home: save the summary, the health-record bundle and the session file; continue at
# home and read the answers given at home back in.

ui-takehome-heading = أخذه إلى البيت وحفظه
ui-takehome-folder = مجلد الحفظ
ui-takehome-folder-hint = يمكنكم كتابة اسم مجلد آخر.
ui-takehome-save-pdf = حفظ الملخص (PDF)
ui-takehome-save-fhir = الحفظ للسجل الصحي (FHIR)
ui-takehome-save-session = أخذه إلى البيت
ui-takehome-save-session-home = إعادة الإرسال إلى مقدّم الرعاية
ui-takehome-open-heading = فتح جلسة
ui-takehome-open-intro = هل حصلتم على ملف جلسة؟ أو هل عاد ملف من البيت؟ اكتبوا مكان الملف.
ui-takehome-open-path = أين يوجد الملف؟
ui-takehome-open-patient = لأي مريض؟ (يمكن تركه فارغًا)
ui-takehome-open-button = فتح
ui-takehome-back = العودة إلى البداية

takehome-file-summary = ملخص
takehome-file-fhir = سجل
takehome-file-session = جلسة
takehome-saved = تم الحفظ في { $file }

takehome-changes-heading = ما الذي تغيّر في البيت؟
takehome-changes-intro = إجابات { $patient } عن { $condition }، أُعطيت في البيت.
takehome-status-added = { $count ->
    [zero] لم تُضف أي إجابة من البيت. لم يُحذف أي شيء.
    [one] أُضيفت إجابة واحدة من البيت. لم يُحذف أي شيء.
    [two] أُضيفت إجابتان من البيت. لم يُحذف أي شيء.
    [few] أُضيفت { $count } إجابات من البيت. لم يُحذف أي شيء.
    [many] أُضيفت { $count } إجابة من البيت. لم يُحذف أي شيء.
   *[other] أُضيفت { $count } إجابة من البيت. لم يُحذف أي شيء.
}
takehome-status-already = تمت قراءة هذا الملف من قبل. لم يتغيّر أي شيء.
takehome-status-nothing = لا توجد في هذا الملف إجابات جديدة من البيت. لم يتغيّر أي شيء.
takehome-open-session = عرض الجلسة
takehome-change-marked = صف عليه علامة: { $row }
takehome-change-unmarked = صف لم يعد عليه علامة: { $row }
takehome-change-importance = الأهمية: { $importance } – { $aspect }
takehome-change-note = ملاحظة: { $note }
takehome-change-choice = الاختيار: { $choice }
takehome-change-sure = { $question } { $answer }
takehome-change-consent = المشاركة مع فريق الإرشادات الطبية: { $answer }
takehome-yes = نعم.
takehome-no = لا.

takehome-error-json = هذا ليس ملف جلسة سليمًا. هناك خطأ في السطر { $line }، الحرف { $column }. ({ $reason })
takehome-error-format = هذا الملف من نوع لا يعرفه هذا البرنامج: "{ $found }". هذا البرنامج يقرأ "{ $expected }".
takehome-error-shape = هذا ليس ملف جلسة سليمًا. هناك خطأ في السطر { $line }، الحرف { $column }. ({ $reason })
takehome-error-damaged = هذا الملف تالف أو تم تغييره. لم تتم قراءة أي شيء. اطلبوا ملفًا جديدًا.
takehome-error-tampered = تم تغيير ما وضعته العيادة في هذا الملف. لم تتم قراءة أي شيء.
takehome-error-content = هذا الملف يخص أداة مساعدة على الاختيار غير موجودة هنا، أو إصدارًا آخر منها ({ $grid }). لم تتم قراءة أي شيء.
takehome-error-patient = هذا الملف يخص المريض { $file }، وليس { $chosen }. لم تتم قراءة أي شيء.
takehome-error-session = جلسة هذا الملف غير موجودة (أو لم تعد موجودة) في البيانات هنا. لم تتم قراءة أي شيء.
takehome-error-event = إحدى الإجابات في هذا الملف لا تناسب أداة المساعدة على الاختيار: { $reason } لم تتم قراءة أي شيء.
takehome-error-folder-missing = المجلد { $folder } غير موجود. اختاروا مجلدًا آخر.
takehome-error-folder-write = لا يمكن حفظ أي شيء في المجلد { $folder } ({ $reason }). اختاروا مجلدًا آخر.
takehome-error-key = لا يمكن قراءة مفتاح هذا البرنامج ({ $file }) أو إنشاؤه ({ $reason }).
takehome-error-no-path = اكتبوا أولًا مكان الملف.
takehome-error-no-folder = لا يوجد مجلد للحفظ فيه. اكتبوا اسم مجلد.
takehome-error-old-format = هذا الملف صُنع بنسخة أقدم من البرنامج ولم يعد يُقرأ. اطلبوا من المستشفى ملفًا جديدًا: لم يضع شيء هناك.
ui-dialog-choose-file = اختيار ملف…
ui-dialog-choose-folder = اختيار مجلد…
ui-dialog-folder-title = اختاروا مجلدًا
ui-dialog-session-filter = ملف الجلسة (JSON)
ui-dialog-session-title = اختاروا ملف الجلسة
