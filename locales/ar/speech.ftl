# Arabic: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.

# Read aloud: the window's controls and what can go wrong.
ui-read-aloud = قراءة بصوت عالٍ
ui-read-step = قراءة هذه الخطوة بصوت عالٍ
ui-read-slower = قراءة أبطأ
ui-read-stop = إيقاف القراءة
ui-read-tools = القراءة بصوت عالٍ
speech-error-missing = القراءة بصوت عالٍ لا تعمل: البرنامج { $program } غير موجود على هذا الحاسوب. اطلبوا من المسؤول عن الحاسوب أن يثبّته.
speech-error-failed = لم تنجح القراءة بصوت عالٍ. يقول البرنامج { $program }: { $reason }
speech-error-io = لم تنجح القراءة بصوت عالٍ: لا يمكن استخدام المجلد أو الملف { $path }: { $reason }
speech-error-unknown-block = هذا النص لم يعد على الشاشة. اختاروا من جديد ما تريدون أن يُقرأ بصوت عالٍ.
