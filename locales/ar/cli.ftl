# Arabic: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.

# The command-line tool keuzekaart, for guideline groups.
cli-usage =
    keuzekaart: فحص بطاقات الخيارات وتجميعها في حزم وتوقيعها.

    الاستخدام:
      keuzekaart check [--deny-warnings] FILE|DIR...
          يفحص بطاقات الخيارات (.toml). يعرض الأخطاء والتحذيرات مع مكانها والحقل المعني.
          --deny-warnings: تُعدّ التحذيرات أخطاء.
      keuzekaart schema [OUT]
          يكتب مخطط JSON (JSON Schema) للصيغة (إلى OUT، أو إلى الشاشة).
      keuzekaart build --out BUNDLE [--publisher NAME] FILE|DIR...
          يفحص كل بطاقات الخيارات ويجمعها في حزمة واحدة. يرفض إذا وُجدت أخطاء.
      keuzekaart keygen --out NAME
          ينشئ زوج مفاتيح: NAME.pub (عام) و NAME.key (سري).
      keuzekaart sign --key NAME.key BUNDLE
          يوقّع حزمة. يكتب BUNDLE.minisig.
      keuzekaart verify --pub NAME.pub [--signature SIGNATURE] BUNDLE
          يتحقق من التوقيع ومن كل بطاقات الخيارات في الحزمة.
      keuzekaart preview --out FILE.html [--lang nl|en] GRID.toml
          يفحص بطاقة خيارات ويكتب معاينة HTML مع الرسوم البيانية، كما يعرضها التطبيق.
      keuzekaart evidence [--lang nl|en] GRID.toml
          يكتب جدول الأدلة (Markdown): كل رقم، وما يذكره المصدر، وأين.
      keuzekaart help
          يعرض هذه المساعدة.

    رمز الخروج: 0 لا مشكلة، 1 وُجدت أخطاء، 2 استخدام خاطئ أو تعذّرت قراءة ملف.
cli-error = خطأ: { $message }
cli-error-no-command = اذكروا أمرًا.
cli-error-unknown-command = أمر غير معروف "{ $command }".
cli-error-unknown-flag = خيار غير معروف "{ $flag }" مع { $command }.
cli-error-missing-value = الخيار { $flag } يحتاج إلى قيمة.
cli-error-missing-flag = الأمر { $command } يحتاج إلى الخيار { $flag }.
cli-error-no-files = اذكروا ملفًا واحدًا أو مجلدًا واحدًا على الأقل.
cli-error-too-many = عدد كبير جدًا من الوسائط مع { $command }: "{ $argument }".
cli-error-no-toml = لا توجد ملفات .toml في المجلد { $path }.
cli-error-read = تعذّرت قراءة { $path }: { $detail }
cli-error-write = تعذّرت كتابة { $path }: { $detail }
cli-error-exists = { $path } موجود بالفعل. لن تتم الكتابة فوقه.
cli-error-key = { $path } ليس مفتاحًا صالحًا.
cli-error-random = لم يقدّم النظام أرقامًا عشوائية: { $detail }
cli-error-key-old = { $path } مفتاح قديم وغير مشفّر من keuzekaart. أنشئوا مفتاحًا جديدًا باستخدام keuzekaart keygen، وأعطوا المفتاح العام الجديد لمن يثبّت حزمكم.
cli-error-password-wrong = كلمة المرور الخاصة بـ { $path } غير صحيحة.
cli-error-password-empty = كلمة المرور فارغة. اختاروا كلمة مرور.
cli-error-password-different = كلمتا المرور غير متطابقتين.
cli-error-password-no-terminal = لا توجد شاشة لكتابة كلمة المرور. استخدموا --password-file FILE.
cli-password-prompt = كلمة مرور المفتاح السري:{" "}
cli-password-repeat = اكتبوا كلمة المرور مرة أخرى:{" "}
cli-heading-errors = الأخطاء:
cli-heading-warnings = التحذيرات:
cli-schema-written = تمت كتابة المخطط إلى { $path }.
cli-build-refused = لم يتم إنشاء حزمة: أصلحوا الأخطاء أولًا.
cli-build-written = تم إنشاء الحزمة { $path } وفيها { $grids ->
    [zero] { $grids } بطاقة خيارات
    [one] بطاقة خيارات واحدة
    [two] بطاقتا خيارات
    [few] { $grids } بطاقات خيارات
    [many] { $grids } بطاقة خيارات
   *[other] { $grids } بطاقة خيارات
  } ({ $hash }).
cli-keygen-written = تم إنشاء زوج المفاتيح { $key }.
    { $public }: عام. أعطوا هذا الملف لمن يثبّت حزمكم.
    { $secret }: سري. احفظوه دون اتصال بالإنترنت. لا تشاركوه أبدًا ولا تضعوه في git أبدًا.
cli-sign-written = تمت كتابة التوقيع إلى { $path } (المفتاح { $key }).
cli-verify-ok = { $path } موقّع بالمفتاح { $key }. التوقيع مطابق، ولا توجد أخطاء في { $grids ->
    [zero] { $grids } بطاقة خيارات
    [one] بطاقة الخيارات الواحدة
    [two] بطاقتي الخيارات
    [few] { $grids } بطاقات خيارات
    [many] { $grids } بطاقة خيارات
   *[other] { $grids } بطاقة خيارات
  }.
cli-preview-refused = لم يتم إنشاء معاينة: أصلحوا الأخطاء أولًا.
cli-preview-written = تمت كتابة المعاينة إلى { $path }. افتحوها في متصفح الويب.
cli-error-language = لغة غير معروفة "{ $lang }". اختاروا nl أو en.
preview-banner = معاينة للكتّاب: هكذا تعرض أداة المساعدة على الاختيار بطاقة الخيارات هذه. الأزرار لا تعمل هنا.
