# Arabic: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.

# Records: messages and the export for the patient.
records-error-database = لا يمكن قراءة السجل أو حفظه: { $reason }
records-error-io = لا يمكن استخدام المجلد أو الملف { $path }: { $reason }
records-error-newer-schema = أُنشئت هذه السجلات بإصدار أحدث من البرنامج (الإصدار { $found }). هذا البرنامج يعرف الإصدار { $supported }. ثبّتوا أحدث إصدار. لم يتغيّر أي شيء.
records-error-in-use = السجلات مفتوحة بالفعل في نافذة أخرى من البرنامج. أغلقوها أولًا.
records-error-read-only = لا يمكن حفظ السجلات: المجلد أو القرص للقراءة فقط. ما تم حفظه من قبل يبقى محفوظًا.
records-error-disk-full = القرص ممتلئ. لم يتم حفظ الإجابة الأخيرة. كل ما قبلها يبقى محفوظًا. وفّروا بعض المساحة وحاولوا مرة أخرى.
records-error-corrupt = ملف السجلات تالف. لم يتم تغييره. استعيدوا نسخة احتياطية.
records-error-empty-label = اكتبوا اسمًا أو رمزًا للمريض.
records-error-label-too-long = الاسم أو الرمز طويل جدًا: عدد الأحرف { $chars }. الحد الأقصى { $max }.
records-error-label-bsn = يبدو هذا رقم خدمة المواطن (BSN). لا تستخدموه. اختاروا رمزًا خاصًا بكم.
records-error-duplicate-label = يوجد بالفعل مريض بالاسم أو الرمز "{ $label }". اختاروا اسمًا أو رمزًا آخر.
records-error-birth-year = سنة الميلاد { $year } غير ممكنة. اختاروا سنة من { $min } إلى { $max }.
records-error-unknown-patient = هذا المريض غير موجود (أو لم يعد موجودًا): رقم { $id }.
records-error-unknown-session = هذه الجلسة غير موجودة (أو لم تعد موجودة): رقم { $id }.
records-error-bad-event = لا يمكن قراءة إجابة محفوظة (رقم { $id }).
records-error-not-a-backup = الملف { $path } ليس نسخة احتياطية من هذا البرنامج، أو أنه تالف. لم يتغيّر أي شيء.
records-export-title = سجل { $label }
records-export-birth-year = سنة الميلاد: { $year }
records-export-no-birth-year = سنة الميلاد: غير مذكورة
records-export-created = أُضيف بتاريخ { $time } (UTC)
records-export-sessions = { $count ->
    [zero] لا توجد جلسات بعد.
    [one] جلسة واحدة.
    [two] جلستان.
    [few] { $count } جلسات.
    [many] { $count } جلسة.
   *[other] { $count } جلسة.
}
records-export-session = الجلسة { $number }: بطاقة الخيارات { $grid }، بدأت في { $time } (UTC)
records-export-content = المحتوى: الإصدار { $version }، رقم التحقق { $sha256 }
records-export-mode = المكان: { $mode ->
    [home] في البيت
   *[consultation] في العيادة
}
records-export-no-events = لم يُسجَّل شيء بعد.
records-export-event = { $time }: { $what }
records-event-mode = تم اختيار المكان: { $mode ->
    [home] في البيت
   *[consultation] في العيادة
}
records-event-step = فُتحت الخطوة: { $step ->
    [options] ما هي خياراتي؟
    [pros-cons] ما هي الإيجابيات والسلبيات؟
    [values] ماذا يعني ذلك بالنسبة لي؟
    [decision] الاختيار
    [sure] ما مدى تأكدكم؟
    [summary] الملخص
   *[choice] أمامكم اختيار
}
records-event-row-marked = السؤال { $question } مهم
records-event-row-unmarked = السؤال { $question } لم يعد عليه علامة
records-event-importance = مدى أهمية { $aspect }: { $importance } من 4
records-event-note = ما هو مهم في حياتي: { $text }
records-event-choice-option = الاختيار: { $option }
records-event-choice-think = الاختيار: أريد أن أفكر في الأمر أكثر
records-event-choice-together = الاختيار: أريد أن يشاركني الطبيب في اتخاذ القرار
records-event-sure = { $item ->
    [understand] أعرف إيجابيات وسلبيات كل خيار
    [values] أعرف ما هو الأهم بالنسبة لي
    [support] لدي ما يكفي من الدعم والنصيحة لكي أختار
   *[sure] أعرف بالتأكيد ما هو الاختيار الأفضل لي
}: { $answer ->
    [yes] نعم
   *[no] لا
}
records-event-consent-yes = الموافقة: يمكن إرسال إجابات هذه الجلسة، بدون اسم، إلى فريق الإرشادات الطبية
records-event-consent-no = لا توجد موافقة (أو لم تعد موجودة): لن تُرسل إجابات هذه الجلسة إلى فريق الإرشادات الطبية
