# Arabic: machine-assisted translation of locales/nl, not yet reviewed by a native-speaking clinician.

# The consultation: the three good questions, the option grid and the outcomes.
# Fixed texts of the window (ui-) and texts the core puts into sentences.

## Beginning
ui-start-search-label = ابحثوا عن شكوى أو مرض أو أي كلمة أخرى
ui-start-search-placeholder = مثلًا: انتفاخ في أصل الفخذ
ui-start-search-none = لم نجد شيئًا. جرّبوا كلمة أخرى.
ui-found-via = وُجد عن طريق: { $term }
ui-recent = المستخدَمة مؤخرًا
ui-begin-heading = كيف ستستخدمون أداة المساعدة على الاختيار؟
ui-mode-consultation = في العيادة
ui-mode-consultation-hint = الطبيب والمريض معًا. خط كبير، وكل شيء بنقرة واحدة.
ui-mode-home = في البيت
ui-mode-home-hint = وحدكم أو مع المقربين منكم. خطوة واحدة في كل شاشة، وبالسرعة التي تناسبكم.
ui-patient-label = اسم المريض أو رمزه
ui-patient-hint = لا تستخدموا رقم خدمة المواطن (BSN). يكفي اسم مستعار أو رمز.
ui-patient-existing = أو اختاروا شخصًا موجودًا في القائمة
ui-begin = البدء
ui-continue-session = المتابعة من حيث توقفتم
ui-large-text = خط أكبر

## The steps
step-choice = أمامكم اختيار
step-options = ما هي خياراتي؟
step-pros-cons = ما هي الإيجابيات والسلبيات؟
step-values = ماذا يعني ذلك بالنسبة لي؟
step-decision = اتخاذ القرار
step-sure = ما مدى تأكدكم؟
step-summary = الملخص
step-progress = الخطوة { $number } من { $total }
ui-progress-label = التقدّم في الخطوات
ui-answer-saved = تم حفظ الإجابة
ui-previous = الخطوة السابقة
ui-next = الخطوة التالية
ui-stop-later = التوقف والمتابعة لاحقًا
ui-stopped = تم حفظ إجاباتكم. يمكنكم المتابعة لاحقًا.
ui-to-start = إلى البداية

## Step 1: there is a choice
choice-intro = هناك أكثر من خيار جيد. ما هو مهم بالنسبة لكم له دور في الاختيار.
choice-your-view = رأيكم مهم. نبحث معًا عمّا يناسبكم.
choice-three-questions = سنمرّ معًا على ثلاثة أسئلة:
choice-who = لمن هذا الاختيار؟

## Step 2: options
option-waiting-note = الانتظار أيضًا اختيار.

## Step 3: pros and cons
grid-heading = بطاقة الخيارات
grid-question-column = السؤال
grid-mark = مهم بالنسبة لي
grid-mark-hint = ضعوا علامة على الأسئلة المهمة بالنسبة لكم.
grid-mark-row = مهم بالنسبة لي: { $question }
benefits-heading = الإيجابيات
harms-heading = السلبيات
living-with-heading = كيف تكون الحياة مع ذلك؟
outcomes-heading = ماذا يحدث لأشخاص مثلكم؟
outcome-heading-event = كم عدد الأشخاص الذين { $label }؟
outcome-heading-amount = أشخاص { $label }
outcome-population = عمّن تتحدث الأرقام: { $population }
outcome-certainty = ما مدى التأكد من هذا؟ { $certainty }
outcome-legend = كل رسم يمثل شخصًا واحدًا. الملوّن: يحدث لهم ذلك. المخطّط: قد يكون العدد كبيرًا هكذا أيضًا، لأن الرقم ليس دقيقًا.
outcome-sources = المصادر
amount-option-sentence = في المتوسط { $value } { $unit }، بعد { $time }.
amount-option-sentence-no-time = في المتوسط { $value } { $unit }.
outcome-no-number = لا توجد أرقام لهذا الخيار.
burden-heading = ماذا يتطلب منكم ومن المقربين منكم؟
burden-visits = الزيارات
burden-recovery = التعافي
burden-travel = التنقل
burden-work = العمل أو الدراسة
burden-carers = المقربون منكم
burden-costs = التكاليف
burden-daily-life = الحياة اليومية
environment-heading = ماذا يعني ذلك للبيئة؟
environment-co2 = حوالي { $kg } كغ من غاز CO2 { $per }.
environment-unknown = غير معروف.
glossary-heading = كلمات صعبة

## Step 4: what does it mean for me?
values-intro = ما مدى أهمية هذه الأمور بالنسبة لكم؟ لا توجد إجابة صحيحة أو خاطئة.
importance-0 = غير مهم
importance-1 = مهم قليلًا
importance-2 = مهم إلى حد ما
importance-3 = مهم
importance-4 = مهم جدًا
aspect-importance = { $importance }: { $aspect }
importance-unrated = لم يتم الاختيار بعد
note-label = ما هو المهم في حياتكم عند هذا الاختيار؟
note-hint = مثلًا: عملكم، صعود الدرج، رعاية شخص ما.
lineup-heading = ما هو مهم بالنسبة لكم، بجانب كل خيار
lineup-intro = هنا ترون لكل خيار ما هو مكتوب عن الأمور المهمة بالنسبة لكم. أداة المساعدة على الاختيار لا تختار نيابة عنكم.
lineup-empty = اذكروا أولًا ما هو مهم بالنسبة لكم. بعد ذلك سترونه هنا بجانب كل خيار.

## Step 5: the choice
decision-intro = ماذا تختارون؟ يمكنكم أيضًا أن تنتظروا قبل أن تختاروا.
decision-think = أريد أن أفكر في الأمر أكثر
decision-together = أريد أن يشاركني الطبيب في اتخاذ القرار
decision-chosen = اختياركم: { $choice }
decision-none = لم تختاروا بعد.

## Step 6: SURE test
sure-intro = أربعة أسئلة قصيرة. تساعدكم على معرفة إن كنتم مستعدين للاختيار.
sure-sure = هل تعرفون بالتأكيد ما هو الاختيار الأفضل لكم؟
sure-understand = هل تعرفون إيجابيات وسلبيات كل خيار؟
sure-values = هل تعرفون أي الإيجابيات والسلبيات هي الأهم بالنسبة لكم؟
sure-support = هل لديكم ما يكفي من الدعم والنصيحة لكي تختاروا؟
sure-yes = نعم
sure-no = لا
sure-translation = ترجمتنا الخاصة لاختبار SURE (Légaré وزملاؤه، 2010). لم يتم اختبار هذه الترجمة بعد.
sure-all-yes = أجبتم بـ"نعم" أربع مرات. يبدو أنكم مستعدون للاختيار.
sure-doubt = ما زلتم مترددين. هذا أمر طبيعي عند اختيار صعب.
sure-next-heading = ماذا يمكنكم أن تفعلوا الآن؟
sure-next-time = خذوا وقتًا أطول. لا يلزمكم أن تختاروا اليوم.
sure-next-talk = تحدثوا عن الأمر مع شخص قريب منكم.
sure-next-home = خذوا أداة المساعدة على الاختيار إلى البيت وانظروا فيها بهدوء.
sure-next-ask = اكتبوا أسئلتكم للموعد القادم.
sure-unanswered = لم تتم الإجابة عن كل الأسئلة بعد.

## Summary and panel
summary-heading = ما قلتموه
summary-marked = الأسئلة المهمة بالنسبة لكم
summary-important = ما هو مهم بالنسبة لكم
summary-note = بكلماتكم الخاصة
summary-choice = اختياركم
summary-sure = اختبار SURE: "نعم" { $yes } من 4 مرات
summary-nothing = لا شيء بعد.
panel-heading = ما هو مهم بالنسبة لهذا المريض
panel-empty = لم يُذكر شيء بعد. اسألوا المريض عمّا هو مهم بالنسبة له.

## Errors when saving an answer
session-error-unknown-aspect = السؤال "{ $id }" غير موجود في بطاقة الخيارات هذه. لم يتم حفظ الإجابة.
session-error-unknown-option = الخيار "{ $id }" غير موجود في بطاقة الخيارات هذه. لم يتم حفظ الاختيار.
session-error-importance = اختاروا رقمًا من 0 إلى { $max }. لقد اخترتم { $value }.
session-error-note-too-long = نصكم طويل جدًا: عدد الأحرف { $length }. الحد الأقصى { $max }. اجعلوا النص أقصر. ما كتبتموه من قبل محفوظ.
session-error-other-grid = هذه الإجابة تخص بطاقة خيارات أخرى ("{ $id }"). لم يتم حفظ الإجابة.

## Where does this number come from? (the evidence table)
evidence-title = من أين يأتي هذا الرقم؟
evidence-col-about = عن
evidence-col-option = الخيار
evidence-col-shown = ما ترونه
evidence-col-reported = ما تذكره الدراسة
evidence-col-arm = المجموعة في الدراسة
evidence-col-follow-up = تم القياس بعد
evidence-col-population = عمّن
evidence-col-location = المكان في المصدر
evidence-col-certainty = درجة التأكد
evidence-col-why = لماذا هذا المصدر
evidence-col-source = المصدر
evidence-rule = طريقة الحساب: نضرب النسبة من الدراسة في 100 (أو 1000)، ثم نقرّب الناتج إلى عدد صحيح. النصف نقرّبه إلى الأعلى.
evidence-shown-frequency = { $count } من كل { $denominator }
evidence-shown-after = { $figure }، بعد { $time }
evidence-about-grid = نص عن الحالة الصحية
evidence-about-option = نص عن { $option }
evidence-reported-count = { $events } من { $of }
evidence-reported-percent = { $percent }%
evidence-reported-percent-of = { $percent }% من { $of }
evidence-reported-frequency = { $frequency } لكل { $per }
evidence-reported-rate = { $rate } لكل { $per } خلال { $time }
evidence-reported-mean = المتوسط { $value }
evidence-reported-median = الوسيط { $value }
evidence-reported-value = { $value }
evidence-reported-interval = { $figure } (فترة الثقة 95%: من { $low } إلى { $high })
evidence-follow-up-fixed = { $time }
evidence-follow-up-median = الوسيط { $time }
evidence-follow-up-mean = المتوسط { $time }
evidence-follow-up-maximum = حتى { $time }
evidence-follow-up-once = تم القياس مرة واحدة
evidence-follow-up-not-reported = غير مذكور في المصدر
evidence-markdown-title = جدول الأدلة: { $grid } ({ $id })
evidence-markdown-generated = أنشأه الأمر `keuzekaart evidence` من الإصدار { $version } من بطاقة الخيارات. لا تعدّلوه يدويًا.
