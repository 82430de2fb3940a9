# Arabic: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.

# Messages about bundles (published sets of option grids), signatures and the catalogue.
check-bundle-too-large = الحزمة كبيرة جدًا ({ $size } بايت). الحد الأقصى { $limit } بايت.
check-bundle-syntax = هذه ليست حزمة صالحة (JSON): { $detail }
check-bundle-format-unsupported = صيغة الحزمة "{ $found }" غير مدعومة. هذا الإصدار يقرأ { $supported }.
check-bundle-file-name-invalid = اسم الملف "{ $name }" غير مسموح به. استخدموا اسمًا بسيطًا مثل knie.toml، بدون مجلدات أو "..".
check-bundle-file-duplicate = الملف "{ $name }" موجود مرتين في الحزمة.
check-bundle-grid-duplicate = بطاقة الخيارات "{ $id }" موجودة مرتين في الحزمة.
check-bundle-file-missing = الملف "{ $name }" مذكور في قائمة المحتويات، لكنه غير موجود في الحزمة.
check-bundle-file-unlisted = الملف "{ $name }" موجود في الحزمة، لكنه غير مذكور في قائمة المحتويات.
check-bundle-file-hash-mismatch = تغيّر الملف "{ $name }" بعد إنشاء الحزمة (المجموع الاختباري غير مطابق).
check-bundle-manifest-mismatch = تذكر قائمة المحتويات بطاقة الخيارات "{ $id }" بالإصدار { $version }، لكن الملف يحتوي على شيء آخر.
check-bundle-empty = لا توجد بطاقات خيارات لوضعها في الحزمة.
check-bundle-unsigned = هذا المحتوى غير موقّع. المحتوى غير الموقّع لا يُفتح إلا في وضع الكتابة.
check-bundle-signature-malformed = التوقيع تالف أو غير مكتمل. اطلبوا من الناشر توقيعًا جديدًا.
check-bundle-signature-unsupported = يستخدم التوقيع طريقة لا يعرفها هذا البرنامج.
check-bundle-signer-unknown = الحزمة موقّعة بالمفتاح { $key }. هذا المفتاح يخص ناشرًا غير معروف.
check-bundle-signature-mismatch = التوقيع غير مطابق. تغيّرت الحزمة بعد توقيعها، أو أن التوقيع يخص ملفًا آخر.
check-bundle-signature-comment-changed = تغيّر التعليق الموثوق (trusted comment) الخاص بالتوقيع بعد أن تم التوقيع. اطلبوا من الناشر توقيعًا جديدًا.
check-bundle-key-malformed = هذا ليس مفتاحًا صالحًا.
check-catalogue-io = تعذّرت القراءة أو الكتابة: { $detail }
check-file-too-large = هذا الملف كبير جدًا: { $size } بايت، ويجب ألا يزيد ملف من هذا النوع عن { $limit } بايت. لم تتم قراءة أي شيء منه.
check-catalogue-index-corrupt = قائمة المحتوى المثبّت تالفة ({ $detail }). ثبّتوا الحزم من جديد.
check-catalogue-install-cancelled = تم إيقاف التثبيت. لم يتغيّر أي شيء: المحتوى كما كان.
check-catalogue-grid-unknown = بطاقة الخيارات "{ $id }" غير مثبّتة.
check-catalogue-hash-mismatch = تغيّر ملف بطاقة الخيارات "{ $id }" بعد تثبيته. ثبّتوا الحزمة من جديد.
check-catalogue-guideline-older = تحتوي هذه الحزمة على الإصدار { $offered } من الدليل "{ $guideline }"، لكن الإصدار { $installed } مثبّت بالفعل. لا يُثبَّت إصدار أقدم.
check-catalogue-guideline-mixed = الدليل "{ $guideline }" موجود في هذه الحزمة بإصدارين: { $first } و{ $second }. كل بطاقات الخيارات في دليل واحد تنتمي إلى إصدار واحد وتاريخ واحد.
check-catalogue-version-unknown = إصدار بطاقة الخيارات "{ $id }" الذي بدأت به هذه الجلسة لم يعد موجودًا على هذا الحاسوب.
