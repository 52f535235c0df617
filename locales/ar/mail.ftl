# رسائل Quarterhour بالعربية (مترجمة عن الإنجليزية، لغة المصدر).
#
# كل رسالة فقرة أو سطر واحد؛ وتخطيط البريد (الأسطر الفارغة، والسؤال المقتبس، والروابط في أسطر مستقلة)
# واحد في كل اللغات. الأسماء والعناوين ومحاور الجلسات والأسباب والروابط هي ما كتبه الناس أو ما أنشأته
# الخدمة: لا تُترجم أبدًا.
# تصل التواريخ والأوقات مكتوبة مسبقًا بلغة القارئ وبتوقيت منطقته الزمنية.

## التواريخ: $weekday و$month اسما اليوم والشهر في اللغة، و$day و$year أعداد.

# "الثلاثاء، ١ ديسمبر ٢٠٢٦"
date-with-year = { $weekday }، { $day } { $month } { $year }
# "الثلاثاء، ١ ديسمبر"
date-short = { $weekday }، { $day } { $month }
# "٣ ديسمبر"
date-day-month = { $day } { $month }
# يوم ووقت: "الثلاثاء، ١ ديسمبر، ١٤:٠٠"
date-and-time = { $date }، { $time }

## رمز تسجيل الدخول

sign-in-subject = رمز تسجيل الدخول إلى Quarterhour: { $code }
# العنوان الذي يبقى بعد إرسال الرسالة ومحو الرمز منها.
sign-in-subject-sent = رمز تسجيل الدخول إلى Quarterhour
sign-in-code = رمز تسجيل الدخول الخاص بك هو { $code }.
sign-in-validity = يصلح هذا الرمز لمرة واحدة فقط خلال الدقائق العشر القادمة. إن لم تطلب تسجيل الدخول إلى Quarterhour فتجاهل هذه الرسالة، فلا أحد يستطيع الدخول من دون الرمز.

## الحجوزات: $other اسم الشخص الآخر

booking-subject-booked = تم الحجز: ١٥ دقيقة مع { $other }
booking-subject-rescheduled = تغيّر الموعد: جلسة الـ١٥ دقيقة مع { $other }
booking-subject-cancelled = تم الإلغاء: جلسة الـ١٥ دقيقة مع { $other }
booking-subject-day-before = غدًا: ١٥ دقيقة مع { $other }
booking-subject-soon = بعد ١٥ دقيقة: جلستك مع { $other }
# موعد الجلسة بتوقيت القارئ، وإلى جانبه التوقيت المحلي للشخص الآخر:
# "الثلاثاء، ١ ديسمبر ٢٠٢٦، من ١٤:٠٠ إلى ١٤:١٥ بتوقيتك (Europe/London)؛ أي ١٩:٤٥ بتوقيت A new user (Asia/Kathmandu)"
booking-when = { $date }، من { $start } إلى { $end } بتوقيتك ({ $zone })؛ أي { $other-time } بتوقيت { $other } ({ $other-zone })
booking-cancelled = أُلغيت هذه الجلسة:
booking-moved = تغيّر موعد هذه الجلسة إلى:
booking-follow-up = جلسة متابعة لجلستك في { $date }
booking-reason = السبب: { $reason }
booking-agenda = محاور الجلسة:
booking-join = انضم إلى المكالمة: { $link }
booking-calendar = أضِفها إلى تقويمك: { $link }
invite-summary = جلسة Quarterhour: ١٥ دقيقة مع { $other }
invite-alarm = جلسة Quarterhour بعد ١٠ دقائق

## الأسئلة (الطلبات المفتوحة): $title عنوان السؤال

offer-written-subject = أجاب { $mentor } عن سؤالك كتابةً
offer-written-intro = أجاب { $mentor } عن سؤالك كتابةً:
offer-slot-subject = عرض عليك { $mentor } مكالمة مدتها ١٥ دقيقة
offer-slot-intro = عرض عليك { $mentor } مكالمة مدتها ١٥ دقيقة بشأن سؤالك:
offer-read = اطّلع عليه واقبله من هنا: { $link }
asked-directly-subject = طرح عليك أحد المسترشدين سؤالًا مباشرةً
asked-directly-intro = وجّه أحد المسترشدين هذا السؤال إليك أنت وحدك دون غيرك:
asked-directly-answer = أجب كتابةً أو اعرض أحد مواعيدك المتاحة: { $link }
offer-accepted-subject = قبِل { $mentee } عرضك
offer-accepted-intro = قبِل { $mentee } عرضك بشأن:
offer-accepted-continue = تابع المحادثة: { $link }
new-message-subject = رسالة جديدة من { $sender }
new-message-intro = كتب إليك { $sender } بشأن:
new-message-read = اقرأها وردّ عليها: { $link }
expired-subject = انتهت مدة سؤالك: { $title }
expired-offers =
    { $offers ->
        [0] لم يتلقَّ أي عرض. يمكنك طرحه من جديد، وربما مع ذكر مهارات أخرى.
        [one] تلقّى عرضًا واحدًا، وما زال بإمكانك قراءته.
        [two] تلقّى عرضين، وما زال بإمكانك قراءتهما.
        [few] تلقّى { $offers } عروض، وما زال بإمكانك قراءتها.
        [many] تلقّى { $offers } عرضًا، وما زال بإمكانك قراءتها.
       *[other] تلقّى { $offers } عرض، وما زال بإمكانك قراءتها.
    }
digest-subject =
    { $count ->
        [one] سؤال جديد واحد يناسب خبرتك
        [two] سؤالان جديدان يناسبان خبرتك
        [few] { $count } أسئلة جديدة تناسب خبرتك
        [many] { $count } سؤالًا جديدًا يناسب خبرتك
       *[other] { $count } سؤال جديد يناسب خبرتك
    }
digest-intro = أسئلة جديدة طرحها آخرون وتناسب ما تعرفه:
digest-all = كل الطلبات الموجّهة إليك: { $link }
digest-limit = تصلك رسالة واحدة من هذا النوع في اليوم على الأكثر؛ ولإيقافها، ألغِ قبول الطلبات من ملفك الشخصي.
list-separator = {"، "}
reason-separator = {"؛ "}

## بعد الجلسة

check-in-subject = هل عُقدت جلستك مع { $other }؟
# $when: "الثلاثاء، ١ ديسمبر، ١٤:٠٠"
check-in-over = انتهت جلسة الـ١٥ دقيقة مع { $other } في { $when } ({ $zone }).
check-in-ask = هل عُقدت الجلسة؟ نقرة واحدة تكفي لتخبرنا، ونقرة ثانية لتقول لنا كيف كانت:
check-in-window = يمكنك الإجابة خلال ٤٨ ساعة. وإذا أجاب أحدكما فقط، فإجابته هي المعتمدة.
paused-subject = أوقفنا مواعيدك المتاحة مؤقتًا
paused-why = خلال الثلاثين يومًا الماضية، فاتت جلستان من جلساتك بسببك (والإلغاء قبل أقل من ساعتين من موعد البدء يُحتسب نصف جلسة فائتة). وحتى لا يبقى أحد من المسترشدين في الانتظار، لم نعد نعرض مواعيدك المتاحة، ولم يعد اسمك يظهر في اقتراحات المطابقة.
paused-resume = تبقى جلساتك المحجوزة مسبقًا كما هي. ومتى كنت مستعدًا، استأنف الإرشاد من صفحة ملفك الشخصي:
outcome-subject = هل طبّقت ما تعلّمته؟
outcome-helped = قبل أسبوعين ساعدك { $mentor } في «{ $about }».
outcome-ask = هل طبّقت ما تعلّمته؟ نقرة واحدة تسجّل ذلك في سجل تطوّرك، وأنت من يقرّر إن كان { $mentor } سيعرف ما أسفر عنه:
