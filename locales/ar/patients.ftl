# Arabic: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.

# The patients overview, read-only sessions, saving and erasing a patient's data, and the
# banner when the records cannot be used.
ui-patients-button = المرضى
ui-patients-heading = المرضى
ui-patients-intro = هنا ترون كل المرضى وجلساتهم. كل شيء محفوظ على هذا الحاسوب فقط.
ui-patients-empty = لا يوجد مرضى بعد.
ui-patients-no-sessions = لا توجد جلسات بعد.
ui-patients-sessions = الجلسات
ui-patients-mode = المكان
ui-patients-step = آخر خطوة
ui-patients-choice = الاختيار
ui-patients-continue = المتابعة
ui-patients-view = عرض
ui-patients-unavailable = أداة المساعدة على الاختيار هذه لم تعد موجودة. لا يمكن فتح الجلسة.
ui-patients-history-heading = كيف تغيّر ما هو مهم بالنسبة للمريض
ui-patients-history-aspect = السؤال
ui-patients-changed = تغيّر
ui-patients-export = حفظ البيانات
ui-patients-export-intro = يحق للمريض أن يأخذ كل بياناته. ستحصلون على ملفين: ملف للقراءة وملف للحاسوب.
ui-patients-export-folder = مجلد الملفات
ui-patients-export-go = الحفظ في هذا المجلد
ui-patients-erase = مسح البيانات
ui-patients-erase-warning = سيتم مسح كل ما يخص هذا المريض، وكذلك من النسخ الاحتياطية. لا يمكن التراجع عن ذلك.
ui-patients-erase-cancel = عدم المسح
ui-patients-read-only = للقراءة فقط. لا يمكن تغيير أي شيء هنا.
ui-patients-back = العودة إلى المرضى
ui-patients-importance = مدى الأهمية لكل سؤال
ui-records-restore = استعادة نسخة احتياطية
patients-when = { $day } { $month ->
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
} { $year }، { $time }
patients-birth-year = من مواليد { $year }
patients-history-changes = { $count ->
    [zero] لم يتغيّر شيء.
    [one] تغيّر شيء واحد.
    [two] تغيّر شيئان.
    [few] تغيّرت { $count } أشياء.
    [many] تغيّر { $count } شيئًا.
   *[other] تغيّر { $count } شيء.
}
patients-erase-question = هل تريدون مسح كل بيانات { $label }؟
patients-erase-confirm = نعم، مسح كل بيانات { $label }
patients-erased = تم مسح كل بيانات { $label }.
patients-export-done = تم حفظ البيانات: { $files }
patients-error-no-folder = اكتبوا اسم مجلد. ستوضع الملفات فيه.
patients-error-not-a-folder = المجلد { $path } غير موجود. اختاروا مجلدًا موجودًا.
patients-error-write = لا يمكن إنشاء الملف { $path }: { $reason }
patients-error-not-confirmed = لم يتم تأكيد المسح. لم يُمسح أي شيء.
patients-records-banner = انتبهوا: لا يمكن حفظ الإجابات الآن. { $reason }
patients-restore-none = لا توجد نسخة احتياطية سليمة. لم يتغيّر أي شيء.
patients-restored = تمت استعادة النسخة الاحتياطية من { $time }.
