# Arabic: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.

# How numbers and certainty are put into words.
time-days = { $amount ->
    [zero] { $amount } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $amount } أيام
    [many] { $amount } يومًا
   *[other] { $amount } يوم
  }
time-weeks = { $amount ->
    [zero] { $amount } أسبوع
    [one] أسبوع واحد
    [two] أسبوعين
    [few] { $amount } أسابيع
    [many] { $amount } أسبوعًا
   *[other] { $amount } أسبوع
  }
time-months = { $amount ->
    [zero] { $amount } شهر
    [one] شهر واحد
    [two] شهرين
    [few] { $amount } أشهر
    [many] { $amount } شهرًا
   *[other] { $amount } شهر
  }
time-years = { $amount ->
    [zero] { $amount } سنة
    [one] سنة واحدة
    [two] سنتين
    [few] { $amount } سنوات
    [many] { $amount } سنة
   *[other] { $amount } سنة
  }
# Natural frequency: "12 out of 100 people still have pain, after 2 years."
frequency-sentence = { $count } من كل { $denominator } شخص { $label }، بعد { $time }.
frequency-range = قد يكون العدد بين { $low } و{ $high } من كل { $denominator }.
amount-sentence = في المتوسط { $value } { $unit }.
amount-range = في الغالب بين { $low } و{ $high } { $unit }.
# Certainty of the evidence (GRADE), in words.
certainty-high = نحن متأكدون من هذا.
certainty-moderate = هذا صحيح على الأرجح.
certainty-low = قد يكون هذا صحيحًا. وقد يكون الأمر مختلفًا.
certainty-very-low = لا نعرف بالتأكيد إن كان هذا صحيحًا.
certainty-label-high = مؤكد
certainty-label-moderate = مرجّح
certainty-label-low = ممكن
certainty-label-very-low = غير مؤكد

## Pictograms (assets/pictures) and the easy-reading layer
picture-waiting = الانتظار
picture-operation = عملية جراحية
picture-medicine = دواء
picture-exercise = تمارين
picture-device = أداة مساعدة
picture-care = رعاية واهتمام
picture-visits = الذهاب إلى المستشفى أو طبيب العائلة
picture-recovery = التعافي
picture-travel = السفر
picture-work = العمل أو المدرسة
picture-carers = مساعدة من الآخرين
picture-costs = التكاليف
picture-daily-life = الحياة اليومية
picture-environment = البيئة
picture-yes = نعم
picture-no = لا
picture-unsure = لا أعرف
ui-easy-reading = قراءة سهلة
easy-heading = قراءة سهلة
easy-outcomes-heading = ما الذي يمكن أن يحدث
