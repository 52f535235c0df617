# profile: محرّر الملف الشخصي (/profile)، والانضمام مرشدًا (/give)، وإحصاءات المؤسسة.

## محرّر الملف الشخصي

profile-heading = ملفك الشخصي
profile-heading-new = أكمل ملفك الشخصي
profile-lead = ما يراه الآخرون حين يجدونك. لا يظهر عنوان بريدك الإلكتروني أبدًا.
profile-sign-in-reason = سجّل الدخول لإنشاء ملفك الشخصي أو تعديله.
profile-see-public = اعرض ملفك الشخصي العام
profile-name = الاسم
profile-headline = المسمّى المهني
profile-headline-placeholder = مهندس أول، أنظمة الدفع
profile-headline-hint = سطر واحد، حتى ١٢٠ حرفًا.
profile-bio = نبذة عنك
profile-bio-hint = تنسيق Markdown: **عريض**، _مائل_، [روابط](https://example.org)، قوائم.
profile-expertise = مجالات الخبرة
profile-expertise-placeholder = Rust، Kubernetes، تغيير المسار المهني
profile-expertise-hint = حتى ١٥ مهارة، تفصل بينها فواصل.
profile-timezone = المنطقة الزمنية
profile-career-stage = المرحلة المهنية
profile-career-stage-none = لم تُحدَّد
career-stage-student = طالب
career-stage-early = بداية المسيرة المهنية
career-stage-mid = منتصف المسيرة المهنية
career-stage-senior = خبرة متقدمة
career-stage-lead = قيادة فريق
career-stage-executive = إدارة عليا
profile-mentoring = الإرشاد
profile-is-mentor = أقدّم الإرشاد: أدرجني في الدليل واسمح للآخرين بالحجز معي
profile-accepting-requests = اعرض عليّ الأسئلة المفتوحة التي تناسب خبرتي
profile-weekly-capacity = الحد الأقصى للجلسات في الأسبوع
profile-weekly-capacity-invalid = أدخل عددًا صحيحًا من ٠ إلى ٤٠.
profile-meeting-link = رابط المكالمة (اختياري)
profile-meeting-link-hint = لا يظهر إلا لمن يحجز معك. وإن لم تُضِف رابطًا، فلكل حجز غرفة مكالمة خاصة به.
profile-visibility = من يمكنه رؤية ملفك الشخصي
visibility-public = الجميع
visibility-public-hint = أي شخص، سواء سجّل الدخول أم لا، من كل الشركات.
visibility-organization = مؤسستي فقط
visibility-organization-hint = الأشخاص الذين لديهم عنوان موثَّق في مؤسستك فقط.
visibility-hidden = لا أحد
visibility-hidden-hint = مخفي عن الجميع سواك.
profile-saving = جارٍ الحفظ…
profile-save = احفظ الملف الشخصي
saved = تم الحفظ.

## المؤسسة، في صفحة الملف الشخصي

organization-heading = المؤسسة
organization-personal = عنوانك شخصي، لذا لا يُظهر ملفك الشخصي أي مؤسسة.
organization-shown = يُظهر ملفك الشخصي { $organization }.
organization-insights = <a>إحصاءات { $organization }</a>: أرقام إجمالية فقط، دون أي بيانات عن الأفراد.
organization-name = اسم المؤسسة
organization-name-hint = بصفتك أول عضو من { $domain }، أنت من يختار طريقة عرض اسمها.
organization-save-name = احفظ الاسم
insights-preference = احتسب نشاطي في إحصاءات مؤسستي
insights-preference-hint = مفعّل افتراضيًا. لا تعرض الإحصاءات إلا أرقامًا إجمالية من ٥ أشخاص على الأقل، وإيقاف هذا الخيار يُخرج نشاطك من أرقام مؤسستك. أما الأرقام الإجمالية للشبكة فتشمل الجميع.

## الحساب

account-heading = بياناتك
account-download = نزّل بياناتي
account-delete = احذف حسابي
account-delete-confirm = أتريد حذف حسابك وكل ما فيه؟ لا يمكن التراجع عن ذلك.
account-delete-yes = نعم، احذف كل شيء
account-keep = أبقِ على حسابي
resume-paused = أُوقفت مواعيدك مؤقتًا: فاتتك جلستان من جلساتك خلال آخر ٣٠ يومًا بسبب غيابك (ويُحسب الإلغاء قبل أقل من ساعتين من البدء نصف غياب). أما جلساتك المحجوزة فتبقى كما هي.
resume-button = استأنف الإرشاد

## الانضمام مرشدًا (/give)، في ثلاث خطوات

give-heading = امنح ١٥ دقيقة
give-sign-in-reason = سجّل الدخول لتصبح مرشدًا: نرسل رمزًا إلى بريدك الإلكتروني، دون الحاجة إلى كلمة مرور.
give-step-profile = الخطوة ١ من ٣: ملفك الشخصي بصفتك مرشدًا
give-step-windows = الخطوة ٢ من ٣: متى تتوفر لديك ١٥ دقيقة
give-step-preview = الخطوة ٣ من ٣: صفحتك العامة
give-profile-lead = ما يراه المسترشدون حين يجدونك. لا يظهر عنوان بريدك الإلكتروني أبدًا.
give-expertise = بماذا يمكنك المساعدة
give-next-windows = التالي: أوقات فراغك
give-windows-lead = الساعات التي يمكن للآخرين فيها كل أسبوع حجز ١٥ دقيقة معك، بتوقيت منطقتك الزمنية. للبداية: أيام العمل وقت الغداء، وجلستان في اليوم على الأكثر، تُحجز كلٌّ منهما قبل أربع ساعات على الأقل. ويمكنك تغيير كل ذلك لاحقًا من ملفك الشخصي.
give-days = الأيام
weekday-mon = الاثنين
weekday-tue = الثلاثاء
weekday-wed = الأربعاء
weekday-thu = الخميس
weekday-fri = الجمعة
weekday-sat = السبت
weekday-sun = الأحد
give-from = من
give-until = إلى
give-next-preview = التالي: معاينة صفحتي
give-preview-lead = هكذا يراك المسترشدون. أنت مُدرَج في الدليل من الآن فصاعدًا.
give-loading-page = جارٍ تحميل صفحتك…
give-no-expertise = لم تُذكر مجالات خبرة بعد.
give-loading-slots = جارٍ تحميل مواعيدك…
give-free-slots = { $count ->
    [zero] لا مواعيد متاحة هذا الأسبوع.
    [one] موعد متاح واحد هذا الأسبوع، وهو: { $first }.
    [two] موعدان متاحان هذا الأسبوع؛ أولهما: { $first }.
    [few] { $count } مواعيد متاحة هذا الأسبوع؛ أولها: { $first }.
    [many] { $count } موعدًا متاحًا هذا الأسبوع؛ أولها: { $first }.
   *[other] { $count } موعد متاح هذا الأسبوع؛ أولها: { $first }.
}
give-no-free-slot = لا مواعيد متاحة هذا الأسبوع بعد: أضف فترات أو خفّف القيود في ملفك الشخصي.
give-open-public = افتح صفحتي العامة
give-fine-tune = اضبط ملفي الشخصي وساعاتي بدقة

## إحصاءات المؤسسة: أرقام إجمالية فقط، دون أي بيانات عن الأفراد

insights-heading = إحصاءات: { $organization }
insights-lead = أرقام إجمالية فقط، دون أي بيانات عن الأفراد. الرقم المستمد من أقل من ٥ أشخاص يظهر بعبارة <em>أقل من ٥</em>، وتُقرَّب الأعداد نزولًا إلى أقرب مضاعف للخمسة. وتُحدَّث الأرقام كل بضع دقائق.
insights-period = الفترة
insights-period-days = { $count ->
    [zero] { $count } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
insights-period-months = { $count ->
    [zero] { $count } شهر
    [one] شهر واحد
    [two] شهران
    [few] { $count } أشهر
    [many] { $count } شهرًا
   *[other] { $count } شهر
}
insights-loading = جارٍ تحميل الأرقام…
insights-not-found = لا توجد مؤسسة كهذه، أو أنك لم تسجّل الدخول بصفتك أحد أعضائها. <a>الصفحة الرئيسية</a>
insights-fewer-than-five = أقل من ٥
insights-too-few-sessions = لا توجد جلسات كافية بعد
insights-hours = { $hours ->
    [zero] { $hours } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $hours } ساعات
    [many] { $hours } ساعة
   *[other] { $hours } ساعة
}
insights-participation = المشاركة
insights-mentors = المرشدون
insights-active-mentees = المسترشدون النشطون
insights-sessions-held = الجلسات التي عُقدت
insights-sessions-as-mentor = … كان فيها الأعضاء مرشدين
insights-sessions-as-mentee = … كان فيها الأعضاء مسترشدين
insights-questions-asked = الأسئلة المطروحة
insights-questions-answered = الأسئلة المُجاب عنها
insights-median-first-offer = الوقت الوسيط حتى أول عرض
insights-across = بين الشركات
insights-sessions-given = جلسات قُدّمت لمؤسسات أخرى
insights-answers-given = إجابات قُدّمت لمؤسسات أخرى
insights-sessions-received = جلسات وردت من مؤسسات أخرى
insights-answers-received = إجابات وردت من مؤسسات أخرى
insights-organizations-helped = المؤسسات التي تلقّت المساعدة
insights-organizations-helped-by = المؤسسات التي قدّمت المساعدة
insights-quality = الجودة
insights-rated-helpful = الجلسات التي قُيّمت بأنها مفيدة
insights-too-few-ratings = لا توجد تقييمات كافية بعد
insights-percent = { $percent }٪
insights-kudos = إشادة: { $kudos ->
    [clear] واضح
    [practical] عملي
    [kind] لطيف
    [insightful] ثاقب النظر
    [well_prepared] حسن التحضير
    [good_listener] مستمع جيد
    [followed_up] حريص على المتابعة
   *[other] { $name }
}
insights-skills = المهارات: ما يُسأل عنه وما يُقدَّم فيه الإرشاد
insights-skills-none = لا توجد بعد مهارة سأل عنها ٥ أعضاء على الأقل أو يقدّمون فيها الإرشاد.
insights-gaps = مهارات يُسأل عنها ولا يقدّم فيها أي عضو إرشادًا:
insights-skill-summary = { $skill }: الأسئلة { $asked }، والمرشدون { $mentors }
insights-legend-asked = الأسئلة
insights-legend-mentors = المرشدون
insights-skill = المهارة
insights-questions = الأسئلة
insights-trend = الاتجاه
insights-trend-none = لا يوجد بعد شهر فيه جلسات أو إجابات من ٥ أعضاء على الأقل، لذا لا يوجد اتجاه يمكن رسمه.
insights-trend-summary = الجلسات التي عُقدت في كل شهر. { $summary }
insights-month = الشهر
meeting-link-placeholder = https://meet.example.org/your-room
