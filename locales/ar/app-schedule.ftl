# schedule: the mentor's availability editor and calendars (feed, busy calendars, slot explainer).

## Availability editor

availability-title = مواعيدك المتاحة
availability-hint = الفترات الأسبوعية بتوقيت منطقتك الزمنية وتتكرر كل أسبوع، وتُقسَّم كل فترة إلى مواعيد مدة كلٍّ منها ١٥ دقيقة.
weekday-mon = الاثنين
weekday-tue = الثلاثاء
weekday-wed = الأربعاء
weekday-thu = الخميس
weekday-fri = الجمعة
weekday-sat = السبت
weekday-sun = الأحد
enter-whole-number = أدخل عددًا صحيحًا.
pick-date-time-first = اختر تاريخًا ووقتًا أولًا.
timezone-label = المنطقة الزمنية لهذه الفترات
windows-legend = الفترات الأسبوعية
window-day = اليوم
window-from = من
window-to = إلى
window-remove-label = إزالة فترة يوم { $day ->
    [mon] الاثنين
    [tue] الثلاثاء
    [wed] الأربعاء
    [thu] الخميس
    [fri] الجمعة
    [sat] السبت
    [sun] الأحد
   *[other] { $day }
}
window-remove = إزالة
window-add = إضافة فترة
min-notice-label = الحد الأدنى لمهلة الحجز (بالدقائق)
horizon-label = أقصى مدة للحجز المسبق (بالأيام)
buffer-label = استراحة بين الجلسات (بالدقائق)
max-per-day-label = الحد الأقصى في اليوم
max-per-day-placeholder = بلا حد
max-per-week-label = الحد الأقصى في الأسبوع
availability-save = احفظ أوقات التوفّر
availability-saved = تم الحفظ.
quick-legend = لديّ ١٥ دقيقة متاحة في…
quick-label = تاريخ الموعد المتاح ووقته
quick-offer = اعرض هذا الموعد
one-off-count = { $count ->
    [zero] لا مواعيد منفردة معروضة.
    [one] موعد منفرد واحد معروض.
    [two] موعدان منفردان معروضان.
    [few] { $count } مواعيد منفردة معروضة.
    [many] { $count } موعدًا منفردًا معروضًا.
   *[other] { $count } موعد منفرد معروض.
}
preview-heading = مواعيدك المتاحة القادمة
preview-not-mentor = سجّل نفسك مرشدًا (في الأعلى) لتعاين مواعيدك.
preview-none = { $days ->
    [zero] لا مواعيد.
    [one] لا مواعيد خلال اليوم القادم.
    [two] لا مواعيد خلال اليومين القادمين.
    [few] لا مواعيد خلال الأيام الـ{ $days } القادمة.
    [many] لا مواعيد خلال الـ{ $days } يومًا القادمة.
   *[other] لا مواعيد خلال الـ{ $days } يوم القادمة.
}

## Calendars

calendars-title = التقويمات
feed-heading = جلساتك في تقويمك
feed-renewed = أُنشئ عنوان جديد، ولم يعد العنوان القديم يعمل.
feed-turned-on = تم تفعيل موجز التقويم.
feed-turned-off = تم إيقاف موجز التقويم، ولم يعد عنوانه يعمل.
feed-copied = تم نسخ العنوان.
feed-intro = اشترك من تقويم Google أو Outlook أو تقويم Apple لترى كل جلسة تحجزها أو تقدّمها، بما في ذلك التغييرات والإلغاءات.
feed-turn-on = تفعيل موجز التقويم
feed-url-label = عنوان موجزك
feed-url-hint = يستطيع أي شخص لديه هذا العنوان رؤية جلساتك، فاحتفظ به سرًّا. وإنشاء عنوان جديد يوقف القديم فورًا.
feed-copy = نسخ
feed-new-address = عنوان جديد
feed-turn-off = إيقاف
calendar-status-pending = جارٍ القراءة…
calendar-status-ok = تمت القراءة
calendar-status-unreachable = تعذّر الوصول إليه
calendar-status-not-icalendar = ليس ملف تقويم
calendar-status-too-large = أكبر من ١ ميغابايت
calendar-status-too-slow = استغرق أكثر من ٥ ثوانٍ
calendar-status-too-complex = يحتوي على أحداث أو تكرارات أكثر مما يمكن قراءته
busy-heading = أوقات الانشغال من تقويماتك
busy-intro = الصق عنوان iCalendar السري لتقويمك (في تقويم Google: الإعدادات، ثم تقويمك، ثم «العنوان السري بتنسيق iCal»). يقرؤه Quarterhour كل ١٥ دقيقة ولا يعرض أي موعد يتعارض مع حدث فيه، ولا يحتفظ إلا بأوقات انشغالك، دون عناوين الأحداث أو المدعوّين.
busy-saved-reading = تم الحفظ؛ جارٍ قراءة تقويماتك…
busy-saved-read = تم الحفظ والقراءة.
busy-list-label = تقويماتك
busy-none = لا تقويمات بعد.
busy-times = { $count ->
    [zero] لا أوقات انشغال محتسبة
    [one] وقت انشغال واحد محتسب
    [two] وقتا انشغال محتسبان
    [few] { $count } أوقات انشغال محتسبة
    [many] { $count } وقت انشغال محتسبًا
   *[other] { $count } وقت انشغال محتسب
}
busy-times-read = { $count ->
    [zero] لا أوقات انشغال محتسبة · آخر قراءة: { $at }
    [one] وقت انشغال واحد محتسب · آخر قراءة: { $at }
    [two] وقتا انشغال محتسبان · آخر قراءة: { $at }
    [few] { $count } أوقات انشغال محتسبة · آخر قراءة: { $at }
    [many] { $count } وقت انشغال محتسبًا · آخر قراءة: { $at }
   *[other] { $count } وقت انشغال محتسب · آخر قراءة: { $at }
}
busy-urls-label = عناوين التقويمات، عنوان في كل سطر (بحد أقصى { $max })
busy-urls-hint = يؤدي الحفظ إلى استبدال التقويمات أعلاه. ولأن عناوينها تبقى سرية، أدرج كل عنوان تريد قراءته؛ واحفظ قائمة فارغة لإيقاف القراءة.
busy-saving = جارٍ الحفظ…
busy-save = احفظ التقويمات
explain-heading = لماذا لا يُعرض هذا الموعد؟
explain-label = الموعد الذي يبدأ في
explain-submit = اشرح السبب
calendar-url-placeholder = https://calendar.example.com/private-…/basic.ics

explain-offered = هذا الموعد معروض: يمكن للمسترشدين حجزه.
explain-busy-calendar = يشغل هذا الوقتَ حدثٌ في أحد تقاويمك (أو الاستراحة المحيطة به).
explain-booked = لديك جلسة في ذلك الوقت، أو يقع ضمن استراحتك المحيطة بجلسة.
explain-outside-window = هو خارج فتراتك الأسبوعية ومواعيدك المنفردة، أو مضى وقته، أو أبعد من المدة التي تعرض فيها مواعيدك مسبقًا.
explain-min-notice = هو أقرب من الحد الأدنى لمهلة الحجز الذي تطلبه.
explain-daily-cap = لديك في ذلك اليوم بالفعل العدد الأقصى من الجلسات الذي تسمح به.
explain-weekly-cap = لديك في ذلك الأسبوع بالفعل العدد الأقصى من الجلسات الذي تسمح به.
explain-blocked-date = لقد حجبت ذلك التاريخ.
explain-paused = مواعيدك متوقفة مؤقتًا بعد جلسات فائتة؛ استأنفها من ملفك الشخصي.
