# Arabic: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.

# Messages of the option-grid checker (for guideline groups).
check-severity-error = خطأ
check-severity-warning = تحذير
check-summary = تم فحص { $files ->
    [zero] { $files } ملف
    [one] ملف واحد
    [two] ملفين
    [few] { $files } ملفات
    [many] { $files } ملفًا
   *[other] { $files } ملف
  }: { $errors ->
    [zero] لا أخطاء
    [one] خطأ واحد
    [two] خطآن
    [few] { $errors } أخطاء
    [many] { $errors } خطأً
   *[other] { $errors } خطأ
  }، { $warnings ->
    [zero] لا تحذيرات
    [one] تحذير واحد
    [two] تحذيران
    [few] { $warnings } تحذيرات
    [many] { $warnings } تحذيرًا
   *[other] { $warnings } تحذير
  }.
check-file-empty = الملف فارغ.
check-file-too-large = الملف كبير جدًا ({ $size } بايت). الحد الأقصى { $limit } بايت.
check-file-not-utf8 = الملف ليس نصًا صالحًا بترميز UTF-8. احفظوه بترميز UTF-8.
check-file-nul-byte = يحتوي الملف على حرف NUL. هذا الحرف لا مكان له في النص.
check-file-too-deep = القوائم والجداول متداخلة بعمق زائد (عدد المستويات أكثر من { $limit }).
check-file-syntax = هذا ليس TOML صالحًا: { $detail }
check-file-structure = هذا لا يطابق صيغة بطاقة الخيارات: { $detail }
check-format-unsupported = إصدار الصيغة { $found } غير مدعوم. هذا الإصدار يقرأ الصيغة { $supported }.
check-id-invalid = المعرّف "{ $id }" غير صالح. استخدموا أحرفًا لاتينية صغيرة وأرقامًا وشرطات.
check-id-duplicate = المعرّف "{ $id }" مكرر. يجب أن يكون كل معرّف فريدًا.
check-options-too-few = يجب أن يكون هناك خياران على الأقل.
check-questions-none = لا توجد أسئلة في بطاقة الخيارات.
check-answer-missing = لا توجد لهذا السؤال إجابة للخيار "{ $option }".
check-option-unknown = الخيار "{ $option }" غير موجود في بطاقة الخيارات هذه.
check-outcome-unknown = النتيجة "{ $outcome }" غير موجودة في بطاقة الخيارات هذه.
check-languages-none = اذكروا لغة واحدة على الأقل في languages.
check-language-invalid = "{ $lang }" ليس رمز لغة من حرفين لاتينيين صغيرين (مثل nl أو en).
check-text-missing-language = النص باللغة "{ $lang }" غير موجود.
check-text-empty = النص باللغة "{ $lang }" فارغ.
check-text-unknown-language = اللغة "{ $lang }" غير مذكورة في languages، ولذلك لن يظهر هذا النص.
check-citation-unresolved = المصدر "{ $id }" غير مذكور في references.
check-reference-unused = المصدر "{ $id }" غير مستخدم في أي مكان.
check-reference-no-link = المصدر "{ $id }" ليس له DOI ولا URL.
check-reference-doi-invalid = "{ $doi }" ليس DOI صالحًا. اكتبوه بالشكل 10.xxxx/... بدون https://doi.org/.
check-reference-url-invalid = "{ $url }" ليس عنوان ويب يبدأ بـ https:// أو http://.
check-ipdas-no-waiting-option = لا يوجد خيار الانتظار أو عدم العلاج. أضيفوا هذا الخيار، أو اشرحوا في no_waiting_reason لماذا لا يوجد.
check-ipdas-waiting-reason-unneeded = يوجد خيار الانتظار، لذلك لا حاجة إلى no_waiting_reason.
check-ipdas-no-benefits = الخيار "{ $option }" لا يذكر أي إيجابيات.
check-ipdas-no-harms = الخيار "{ $option }" لا يذكر أي سلبيات.
check-ipdas-unbalanced = الخيار "{ $option }" غير متوازن: عدد كلمات الإيجابيات { $benefits } مقابل عدد كلمات السلبيات { $harms }.
check-ipdas-no-outcomes = لا توجد في بطاقة الخيارات نتائج بأرقام.
check-ipdas-outcome-one-option = النتيجة "{ $outcome }" لها رقم لخيار واحد فقط. لذلك لا يمكن المقارنة.
check-balance-recommends = النص يوصي بخيار ("{ $phrase }"). أداة المساعدة على الاختيار لا تقدّم نصيحة.
check-number-option-twice = الخيار "{ $option }" له رقمان في النتيجة "{ $outcome }".
check-number-unit-missing = النتيجة "{ $outcome }" كمية، لكن ليس لها وحدة (unit).
check-number-scale-missing = النتيجة "{ $outcome }" كمية، لكن ليس لها مقياس (scale).
check-number-scale-invalid = يجب أن يتدرج مقياس النتيجة "{ $outcome }" من المنخفض إلى المرتفع.
check-number-denominator-mismatch = النتيجة "{ $outcome }" لا تستخدم العدد نفسه من الأشخاص (المقام) لكل خيار.
check-number-timeframe-mismatch = النتيجة "{ $outcome }" لا تستخدم الفترة الزمنية نفسها لكل خيار.
check-number-measure-unknown = "{ $measure }" ليس مقياسًا معروفًا. استخدموا rr أو or أو hr.
check-number-relative-without-absolute = النتيجة "{ $outcome }" تعطي تأثيرًا نسبيًا بدون رقم مطلق للخيار "{ $option }".
check-number-wrong-kind = هذا النوع من الأرقام لا يناسب نوع النتيجة "{ $outcome }".
check-number-missing = رقم الخيار "{ $option }" في النتيجة "{ $outcome }" غير موجود.
check-number-denominator-zero = المقام في النتيجة "{ $outcome }" يساوي صفرًا.
check-number-numerator-exceeds = { $numerator } من { $denominator } غير ممكن: البسط أكبر من المقام.
check-number-denominator-unusual = من الصعب عرض مقام قدره { $denominator }. استخدموا 100 أو 1000.
check-number-range-invalid = هامش عدم اليقين للنتيجة "{ $outcome }" لا يتوافق مع الرقم.
check-number-outside-scale = رقم النتيجة "{ $outcome }" يقع خارج المقياس.
check-text-relative-risk = "{ $phrase }" خطر نسبي. اذكروا الأرقام المطلقة بالمقام نفسه.
check-text-one-in-x = من الصعب مقارنة عبارة "1 من كل ...". اذكروا الأعداد من كل 100 أو 1000 شخص.
check-date-review-before-published = تاريخ المراجعة لا يقع بعد تاريخ النشر ({ $published }).
check-date-published-future = تاريخ النشر { $date } يقع في المستقبل.
check-date-review-passed = تاريخ المراجعة { $date } قد مضى. يجب مراجعة المحتوى من جديد.
check-date-too-old = المحتوى بتاريخ { $date }: عمره أكثر من { $years ->
    [zero] { $years } سنة
    [one] سنة واحدة
    [two] سنتين
    [few] { $years } سنوات
    [many] { $years } سنة
   *[other] { $years } سنة
  }.
check-date-review-too-late = تاريخ المراجعة يقع بعد النشر بأكثر من { $years ->
    [zero] { $years } سنة
    [one] سنة واحدة
    [two] سنتين
    [few] { $years } سنوات
    [many] { $years } سنة
   *[other] { $years } سنة
  }.
check-text-markup = يحتوي النص على تنسيق أو شيفرة (مثل HTML أو script). هذا غير مسموح به.
check-text-control-character = يحتوي النص على حرف تحكم غير مرئي.
check-readability-low = درجة سهولة القراءة باللغة { $lang } هي { $score } ({ $formula }). الحد الأدنى { $minimum }. اكتبوا جملًا أقصر بكلمات أقصر.
check-readability-long-sentence = عدد كلمات إحدى الجمل { $words }. اجعلوا عدد كلمات الجملة أقل من { $maximum }.

## Format 2: source data behind every number
check-format-migrate = هذا الملف بالصيغة { $found }. هذا الإصدار يقرأ الصيغة { $supported }: لكل رقم الآن كتلة مصدر (source) فيها ما تذكره الدراسة. حوّلوا لكل رقم source_figure و sources إلى source = {"{"} reference, arm, population, reported, follow_up, location {"}"}. انظروا docs/source-data.md.
check-source-arm-missing = كتلة المصدر لا تذكر المجموعة في الدراسة (arm).
check-source-location-missing = كتلة المصدر لا تذكر أين يوجد الرقم في المصدر (location)، مثلًا "Table 2" أو "abstract".
check-source-follow-up-invalid = يجب أن تكون فترة القياس (follow_up) أكبر من صفر.
check-source-reported-empty = كتلة المصدر لا تذكر ما تذكره الدراسة (reported): أعطوا events و of، أو percent أو frequency أو rate أو mean أو median أو value.
check-source-reported-mixed = تعطي كتلة المصدر أكثر من نوع واحد من الأرقام ({ $fields }). اختاروا نوعًا واحدًا.
check-source-reported-incomplete = هذا النوع من الأرقام يحتاج أيضًا إلى "{ $field }".
check-source-reported-impossible = لا يمكن أن تكون كتلة المصدر هذه صحيحة: فيها رقم سالب، أو أحداث أكثر من الأشخاص، أو مجموعة عددها صفر.
check-source-reported-wrong-kind = كتلة المصدر لا تناسب النتيجة "{ $outcome }": عدد الأشخاص يخص حدثًا، والمتوسط أو الوسيط يخص كمية.
check-source-figure-mismatch = { $shown } من { $denominator } لا ينتج عن المصدر ({ $reported }): المصدر يعطي { $expected } من { $denominator } (بعد التقريب، والنصف يُقرَّب إلى الأعلى).
check-source-amount-mismatch = { $shown } لا ينتج عن المصدر ({ $reported })، ولا حتى بعد التقريب.
check-source-range-mismatch = الهامش { $shown } لا ينتج عن فترة المصدر: الفترة تعطي { $expected }.
check-source-range-without-interval = يوجد هامش (range)، لكن المصدر لا يعطي فترة (reported.interval).
check-source-time-frame-differs = الفترة { $shown } ليست فترة القياس في المصدر ({ $follow_up }).
check-source-time-frame-beyond = الفترة { $shown } أطول من الفترة التي قاسها المصدر ({ $follow_up }).
check-source-population-unknown = المصدر "{ $reference }" ليس فيه مجموعة "{ $population }" (populations).
check-source-population-differs = النتيجة "{ $outcome }" تذكر المجموعة "{ $shown }"، لكن المصدر يذكر "{ $named }".
check-source-choice-reason-missing = أرقام النتيجة "{ $outcome }" تأتي من أكثر من مصدر واحد ({ $references }). اشرحوا السبب في choice_reason.
check-figure-mismatch = الرقم { $shown } لا ينتج عن المصدر ({ $reported }).
check-figure-rate-without-period = هذا الرقم مأخوذ من معدّل (rate). اذكروا الفترة التي يذكرها النص (time_frame).
check-environment-unsourced = انبعاث CO2 للخيار "{ $option }" غير مذكور كرقم مع مصدر في هذا الخيار (figures).
check-text-number-unsourced = الرقم { $number } في هذا النص ({ $lang }) لا يخص أي نتيجة في هذا الصف أو الخيار، وليس له مصدر خاص به (figures).
check-text-number-contradicts = الرقم { $number } في هذا النص ({ $lang }) لا يتوافق مع النتيجة "{ $outcome }".
check-source-follow-up-unknown = ليس للمصدر فترة قياس (once أو not-reported). لذلك لا يمكن أن يذكر الرقم فترة: احذفوا time_frame، أو اذكروا فترة القياس.
check-figure-choice-reason-missing = هذا الرقم يذكر أيضًا مصادر أخرى (supporting). اشرحوا في choice_reason لماذا اخترتم هذا المصدر.

## Easy reading (the easy-reading layer)
check-easy-layer-missing = لا تحتوي بطاقة الخيارات هذه على طبقة للقراءة السهلة (easy). اكتبوا بضع جمل قصيرة لكل خيار.
check-easy-option-missing = الخيار "{ $option }" ليس له جمل للقراءة السهلة (easy).
check-easy-one-sentence = اكتبوا هنا جملة واحدة فيها فكرة واحدة ({ $lang }).
check-easy-sentence-long = عدد كلمات هذه الجملة { $words }. الحد الأقصى للقراءة السهلة { $max }.
check-easy-uncommon-words = كلمات قليلة الاستخدام ({ $lang }): { $words }. اختاروا كلمات مألوفة، أو اشرحوا الكلمة في قائمة الكلمات الصعبة (glossary).
check-easy-reading-ease = درجة طبقة القراءة السهلة { $score } ({ $formula }، { $lang }). يجب ألا تقل عن { $min }.
check-guideline-version-invalid = إصدار الدليل "{ $version }" غير صالح. اكتبوا أرقامًا تفصل بينها نقاط، مثل 2.1.
