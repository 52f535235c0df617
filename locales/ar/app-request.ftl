# request: صفحة سؤال واحد. يقرأ صاحب السؤال العروض ويقبل أحدها ويعدّل السؤال ويغلقه؛ ويقدّم المرشد
# عرضًا (إجابة مكتوبة أو أحد مواعيده المتاحة).
# "<a>…</a>" يحدّد رابطًا. "<span>…</span>" يحدّد كلمات لا يسمعها إلا مستخدمو قارئات الشاشة: تُكمل
# الكلمات الظاهرة التي قبلها.

request-title = السؤال
request-sign-in-reason = سجّل الدخول لقراءة هذا السؤال. لا تظهر الأسئلة إلا لأصحابها وللمرشدين الموجّهة إليهم.
request-not-found-title = السؤال غير موجود
request-not-found = هذا السؤال غير موجود، أو ليس مما يمكنك رؤيته: تظهر الأسئلة لأصحابها، وللمرشدين الموجّهة إليهم ما دامت مفتوحة.
request-see-open = عرض الأسئلة المفتوحة
request-loading = جارٍ تحميل السؤال…
request-back = العودة إلى الأسئلة

## بيانات السؤال
facts-skills = المهارات
facts-skills-none = لا توجد
facts-format = المساعدة المطلوبة
facts-audience = من يمكنه رؤيته
facts-asked = تاريخ الطرح

## صاحب السؤال. يظهر $name بخط عريض.
author-anonymous = طرحتَ سؤالك دون الكشف عن هويتك.
author-anonymous-accepted = يرى المرشد الذي قبلتَ عرضه اسمك ومؤسستك، ولا يراهما غيره من المرشدين.
author-anonymous-hidden = لا يرى المرشدون اسمك ولا مؤسستك حتى تقبل عرضهم.
author-you = طرحتَ هذا السؤال.
author-by = طرحه { $name }
author-by-headline = طرحه { $name }، { $headline }
author-by-anonymously = (طُرح دون الكشف عن الهوية؛ وتعرف هوية صاحبه لأنه قبل عرضك)
author-unknown = مسترشد مجهول الهوية.
author-unknown-detail = اختار ألا يُظهر اسمه ولا مؤسسته، وستعرف من هو إن قبل عرضك.

## موعد
slot-mine = { $day }، { $time } بتوقيتك
slot-both = { $day }، { $time } بتوقيتك · { $theirs } بتوقيت { $name } ({ $zone })

## ما حدث للتو
notice-accepted = قبلتَ عرض { $name }.
notice-open-conversation = افتح المحادثة
notice-booked = تم الحجز: { $slot }. وتلقّى كلٌّ منكما رسالة بريد إلكتروني تتضمن الدعوة.
notice-answer-sent = أُرسلت إجابتك. ستصل إلى المسترشد رسالة بريد إلكتروني، ويمكنه قبول عرضك.
notice-slot-offered = عُرض موعدك. ستصل إلى المسترشد رسالة بريد إلكتروني، ويمكنه قبول عرضك.
notice-edited = تم الحفظ. يرى المرشدون الآن سؤالك بصيغته الجديدة.
notice-closed-resolved = أُغلق السؤال. يسعدنا أن مشكلتك حُلّت، وشكرًا لإخبارنا.
notice-closed = أُغلق السؤال. لن يستقبل عروضًا أخرى، وتبقى محادثاتك مفتوحة.

## عرض
offer-yours = عرضك
offer-answer-title = أجب عن هذا السؤال
offer-not-taken = لم يعد هذا السؤال يستقبل عروضًا.
offer-accepted = مقبول
offer-waiting = بانتظار قبول المسترشد
offer-sent = أُرسل في { $when }
offer-proposed = الموعد المقترح:
offer-open-conversation = افتح المحادثة
offer-open-conversation-with = افتح المحادثة<span> مع { $name }</span>
offer-accept = اقبل<span> عرض { $name }</span>
offer-growth = هل طبّقت ما تعلّمته؟ دوّن ما أسفر عنه في <a>سجل تطوّرك</a>.

## نموذج العرض لدى المرشد
form-kind-legend = كيف ستساعد؟
form-kind-written = أجب كتابةً
form-kind-call = اعرض مكالمة مدتها ١٥ دقيقة
form-asked-written = طلب المسترشد إجابة مكتوبة.
form-asked-call = طلب المسترشد مكالمة: اعرض عليه أحد مواعيدك المتاحة.
tips-title = نصائح لإجابة مفيدة
tips-question-first = أجب أولًا عن السؤال المطروح، ثم أضف السياق.
tips-next-step = اقترح خطوة تالية واحدة يستطيع المسترشد القيام بها اليوم.
tips-what-to-check = قل ما الذي كنت ستتحقق منه، لا ما كنت ستفعله فحسب.
tips-call = لست متأكدًا؟ اعرض مكالمة بدلًا من ذلك: فكثيرًا ما تفيد ١٥ دقيقة أكثر من ردّ طويل.
form-answer-label = إجابتك
form-answer-hint = تنسيق Markdown: **عريض**، _مائل_، قوائم، `شيفرة`، [روابط](https://example.org). إذا قبل المسترشد عرضك، تبدأ بها محادثتكما.
form-note-label = ملاحظة (اختيارية)
form-note-hint = سطر عن الطريقة التي ستستغل بها الدقائق الـ١٥.
form-sending = جارٍ الإرسال…
form-send-answer = أرسل الإجابة
form-offer-slot = اعرض هذا الموعد
slots-loading = جارٍ تحميل مواعيدك المتاحة…
slots-none = لا مواعيد متاحة لديك خلال الأسبوعين القادمين. <a>أضف أوقات توفّرك في ملفك الشخصي</a>، أو أجب كتابةً إن كان المسترشد يقبل ذلك.
slots-label = موعدك المتاح
slots-choose = اختر موعدًا
slots-option = { $time } ({ $theirs } بتوقيت { $name })
slots-hint = من أوقات توفّرك، بمنطقتك الزمنية. إذا قبل المسترشد العرض، يُحجز الموعد لكما معًا.

## ما يستطيع صاحب السؤال فعله
edit-open = عدّل السؤال
edit-until = يمكنك تعديله إلى أن يقدّم أحد المرشدين عرضًا.
edit-title = عدّل سؤالك
edit-title-label = العنوان
edit-details-label = التفاصيل
edit-details-hint = تنسيق Markdown: **عريض**، _مائل_، قوائم، `شيفرة`، [روابط](https://example.org).
edit-skills-label = المهارات
edit-skills-hint = { $max ->
    [zero] من { $min } إلى { $max } مهارة، تفصل بينها فواصل.
    [one] من { $min } إلى { $max } مهارة، تفصل بينها فواصل.
    [two] من { $min } إلى { $max } مهارة، تفصل بينها فواصل.
    [few] من { $min } إلى { $max } مهارات، تفصل بينها فواصل.
    [many] من { $min } إلى { $max } مهارة، تفصل بينها فواصل.
   *[other] من { $min } إلى { $max } مهارة، تفصل بينها فواصل.
}
edit-format-legend = كيف تفضّل أن تتلقى المساعدة؟
edit-saving = جارٍ الحفظ…
edit-save = احفظ التغييرات
edit-cancel = إلغاء
offers-title = العروض
offers-none-yet = لا عروض بعد. أبلغنا المرشدين الذين تناسب خبرتهم سؤالك، وستصلك رسالة بريد إلكتروني عندما يجيب أحدهم.
offers-none = لم يقدّم أي مرشد عرضًا.
close-title = أغلق هذا السؤال
close-lead = يؤدي إغلاقه إلى إيقاف العروض الجديدة، وتبقى المحادثات التي بدأتها مفتوحة.
close-legend = هل حصلت على المساعدة التي احتجت إليها؟
close-yes = نعم، حُلّت المشكلة
close-no = لا، لكنني لم أعد بحاجة إليها
close-required = أخبرنا هل حصلت على المساعدة التي احتجت إليها.
close-closing = جارٍ الإغلاق…
close-submit = أغلق السؤال
