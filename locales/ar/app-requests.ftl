# requests: قائمة الأسئلة المفتوحة (/requests)، وطرح سؤال (/requests/new)، والأجزاء المشتركة بين
# صفحات الأسئلة (الحالات، والصيغ، ومن يمكنه رؤية السؤال، وحقل Markdown).

## حالات السؤال وصيغه وجمهوره
status-open = مفتوح، بلا عروض بعد
status-has-offers = مفتوح، وتلقّى عروضًا
status-accepted = قُبل أحد العروض
status-closed-resolved = مغلق، وتم حلّه
status-closed-unresolved = مغلق، ولم يُحلّ
status-closed = مغلق
status-expired = انتهت مدته
format-call = مكالمة مدتها ١٥ دقيقة
format-written = إجابة مكتوبة
format-either = مكالمة أو إجابة مكتوبة
# من يمكنه رؤية السؤال: "own" تُقال لصاحب السؤال، و"other" تُقال للمرشد.
audience-everyone = جميع المرشدين
audience-mine-own = المرشدون في مؤسستي
audience-mine-other = المرشدون في مؤسسة المسترشد
audience-outside-own = المرشدون من خارج مؤسستي
audience-outside-other = المرشدون من خارج مؤسسة المسترشد
offer-kind-written = إجابة مكتوبة
offer-kind-slot = مكالمة مدتها ١٥ دقيقة
offers-count = { $count ->
    [zero] لا عروض
    [one] عرض واحد
    [two] عرضان
    [few] { $count } عروض
    [many] { $count } عرضًا
   *[other] { $count } عرض
}
# $when: تاريخ ووقت.
timing-open-until = مفتوح حتى { $when }
timing-asked = طُرح في { $when }
timing-closed-on = أُغلق في { $when }
timing-closed = مغلق
timing-expired-on = انتهت مدته في { $when }
# إلى من أُرسل سؤال جديد. $skills: مهارات، مثل "rust أو go".
reach-none = لا يذكر أي مرشد هذه المهارات بعد: سيرى سؤالك المرشدون الذين يضيفونها.
reach-sent = { $count ->
    [zero] لم يُرسَل إلى أي مرشد.
    [one] أُرسل إلى مرشد واحد.
    [two] أُرسل إلى مرشدَين.
    [few] أُرسل إلى { $count } مرشدين.
    [many] أُرسل إلى { $count } مرشدًا.
   *[other] أُرسل إلى { $count } مرشد.
}
reach-sent-skills = { $count ->
    [zero] لم يُرسَل إلى أي مرشد يعرف { $skills }.
    [one] أُرسل إلى مرشد واحد يعرف { $skills }.
    [two] أُرسل إلى مرشدَين يعرفان { $skills }.
    [few] أُرسل إلى { $count } مرشدين يعرفون { $skills }.
    [many] أُرسل إلى { $count } مرشدًا يعرفون { $skills }.
   *[other] أُرسل إلى { $count } مرشد يعرفون { $skills }.
}

## حقل Markdown بوضعَي الكتابة والمعاينة
markdown-mode = الكتابة أو المعاينة
markdown-write = كتابة
markdown-preview = معاينة
markdown-preview-empty = لا شيء للمعاينة بعد.
markdown-count = الأحرف: { $count } من { $max }

## طرح سؤال (/requests/new) على كل المرشدين المناسبين أو على مرشد واحد
ask-title = اطرح سؤالًا
ask-sign-in-reason = سجّل الدخول لتطرح سؤالًا على المرشدين. لن يستغرق ذلك سوى دقيقة، ودون كلمة مرور.
ask-mentor-not-found = المرشد غير موجود
ask-mentor-not-found-text = هذا المرشد غير موجود، أو لم يجعل ملفه الشخصي مرئيًا لك.
ask-everyone-instead = اطرحه بدلًا من ذلك على كل المرشدين المناسبين
ask-heading-to = اطرح سؤالًا على { $name }
ask-lead = صِف المشكلة التي تواجهها. يجيب المرشدون الملمّون بالموضوع كتابةً أو يمنحونك ١٥ دقيقة من وقتهم.
ask-lead-to = لن يراه أحد غير { $name }، فيجيب كتابةً أو يمنحك ١٥ دقيقة من وقته، وتصلك رسالة بريد إلكتروني حين يفعل.
ask-closed-to-questions = لا يستقبل { $name } أسئلة حاليًا. <a>اطرحه بدلًا من ذلك على كل المرشدين المناسبين</a>
ask-add-name = أضف اسمك أولًا إلى <a>ملفك الشخصي</a>، ليعرف المرشدون من يساعدون.
ask-title-label = العنوان
ask-title-placeholder = كيف أراجع طلب دمج من ٤٬٠٠٠ سطر؟
ask-title-hint = سؤالك في سطر واحد (الحد الأقصى للأحرف: { $max }).
ask-guide-summary = السؤال الجيد من أربعة أجزاء
ask-guide-situation = الوضع: أين أنت الآن، في جملة أو جملتين.
ask-guide-tried = ما جرّبته، وما الذي حدث.
ask-guide-help = ما قد يساعدك: إجابة، أو إشارة إلى مرجع، أو رأي آخر.
ask-guide-constraints = القيود: مواعيد نهائية، أو أدوات يجب استخدامها، أو ما لا يمكنك مشاركته.
ask-guide-use-template = استخدم هذا القالب
# عناوين القالب الأربعة، بخط عريض في نص السؤال.
ask-template-situation = الوضع:
ask-template-tried = ما جرّبته:
ask-template-help = ما قد يساعدني:
ask-template-constraints = القيود:
ask-details-label = التفاصيل
ask-details-hint = ما الوضع، وما الذي جرّبته، وما الذي قد يساعدك؟ تنسيق Markdown: **عريض**، _مائل_، قوائم، `شيفرة`، [روابط](https://example.org).
ask-skills-label = المهارات
ask-skills-hint = { $max ->
    [zero] من { $min } إلى { $max } مهارة، تفصل بينها فواصل. يرى سؤالك المرشدون الذين يذكرونها.
    [one] من { $min } إلى { $max } مهارة، تفصل بينها فواصل. يرى سؤالك المرشدون الذين يذكرونها.
    [two] من { $min } إلى { $max } مهارة، تفصل بينها فواصل. يرى سؤالك المرشدون الذين يذكرونها.
    [few] من { $min } إلى { $max } مهارات، تفصل بينها فواصل. يرى سؤالك المرشدون الذين يذكرونها.
    [many] من { $min } إلى { $max } مهارة، تفصل بينها فواصل. يرى سؤالك المرشدون الذين يذكرونها.
   *[other] من { $min } إلى { $max } مهارة، تفصل بينها فواصل. يرى سؤالك المرشدون الذين يذكرونها.
}
ask-format-legend = كيف تفضّل أن تتلقى المساعدة؟
ask-audience-legend = من يمكنه رؤيته؟
ask-audience-everyone-hint = مرشدون من أي مؤسسة.
ask-audience-org-named = المرشدون في { $organization } فقط
ask-audience-org = المرشدون في مؤسستي فقط
ask-audience-org-hint = زملاء يعرفون سياقك.
ask-audience-org-unavailable = غير متاح: عنوان بريدك الإلكتروني شخصي، لذا لا تنتمي إلى أي مؤسسة.
ask-audience-outside-hint = للأسئلة التي لا تودّ طرحها في العمل.
ask-anonymous-label = اسأل دون الكشف عن هويتك
ask-anonymous-hint = لا يرى المرشدون اسمك ولا مؤسستك حتى تقبل عرضًا. ويعرف المرشد الذي تقبل عرضه هويتك.
ask-anonymous-hint-to = لا يرى { $name } اسمك ولا مؤسستك حتى تقبل عرضه.
ask-expiry-label = مدة بقاء السؤال مفتوحًا
ask-expiry-days = { $count ->
    [zero] { $count } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
ask-expiry-hint = بعد ذلك لن يستقبل عروضًا جديدة، لكن يمكنك قراءة العروض التي وصلتك.
ask-sending = جارٍ الإرسال…
ask-send = أرسل السؤال
ask-post = انشر السؤال
ask-cancel = إلغاء

## الأسئلة المفتوحة (/requests): أسئلتك، وللمرشدين الأسئلة التي تناسبهم
requests-heading = الأسئلة المفتوحة
requests-lead = أسئلة محددة يجيب عنها المرشدون كتابةً أو في مكالمة قصيرة.
requests-visitor = سجّل الدخول لتطرح سؤالًا. وإن كنت مرشدًا، فسترى أيضًا الأسئلة التي تناسب ما تعرفه.
requests-ask = اطرح سؤالًا
requests-answer-heading = أجب عن الأسئلة
requests-become-mentor = يرى المرشدون هنا الأسئلة التي تناسب خبرتهم. <a>كن مرشدًا من ملفك الشخصي</a> لتجيب عنها.
requests-mine-heading = أسئلتك
requests-mine-loading = جارٍ تحميل أسئلتك…
requests-mine-empty = لم تطرح أي سؤال بعد.
requests-for-you-heading = أسئلة موجّهة إليك
requests-for-you-lead = أسئلة مفتوحة يحق لك رؤيتها، مرتّبة من الأنسب لك. ويوضّح كلٌّ منها سبب مناسبته لك.
requests-filter-skill = المهارة
requests-filter-any-skill = أيٌّ من مهاراتي
requests-filter-answer-by = طريقة الإجابة
requests-filter-call-or-writing = مكالمة أو كتابةً
requests-filter-writing = كتابةً
requests-feed-loading = جارٍ تحميل الأسئلة…
requests-feed-count = { $count ->
    [zero] لا أسئلة
    [one] سؤال واحد
    [two] سؤالان
    [few] { $count } أسئلة
    [many] { $count } سؤالًا
   *[other] { $count } سؤال
}
requests-feed-empty-filtered = لا توجد أسئلة مفتوحة تطابق عوامل التصفية هذه. جرّب مهارة أخرى أو طريقة إجابة أخرى.
requests-feed-empty = لا توجد حاليًا أسئلة مفتوحة تناسب خبرتك. ستصلك رسالة بريد إلكتروني عندما يظهر سؤال مناسب.
requests-you-offered = قدّمت عرضًا
requests-your-offer-accepted = قُبل عرضك
# تليها الأسباب.
requests-why-fits = لماذا يناسبك:
# لقارئات الشاشة فقط، قبل قائمة المهارات.
requests-card-skills = المهارات:
requests-asked-by = طرحه { $name }
requests-asked-anonymously = طرحه مسترشد مجهول الهوية
# $time: مثل 17:00.
requests-offered-call = عرضت مكالمة في الساعة { $time }.
requests-offer-now = اعرض مكالمة الآن (أنت متاح)
ask-skills-placeholder = rust, code review
