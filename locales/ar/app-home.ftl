# home: الصفحة الرئيسية لمن سجّل الدخول، وما يلي الشاشة الأولى في الصفحة الرئيسية للزوار، وأثر
# المرشد، و«أنا متاح الآن»، وتنبيه المنطقة الزمنية، و«مطلوب مرشدون».

## الصفحة الرئيسية لمن سجّل الدخول
home-title = صفحتك في Quarterhour
home-welcome-back = أهلًا بعودتك يا { $name }
home-free-now-title = هل أنت متاح الآن؟
home-free-now-hint = اعرض الدقائق الـ١٥ أو الـ٣٠ أو الـ٦٠ القادمة، ليحجزها المسترشدون الذين يحتاجون إلى المساعدة الآن.
home-more = احفظ ما أسفرت عنه جلساتك في <a>سجل تطوّرك</a>، واقرأ في <a>الإرشادات</a> كيف تجعل الدقائق الـ١٥ مثمرة.
home-loading-sessions = جارٍ تحميل جلساتك…
home-new-bookings-title = حجوزات جديدة منذ زيارتك الأخيرة
home-new-booking = حجز <strong>{ $name }</strong> موعدًا معك في { $when }
home-no-new-bookings = لا حجوزات جديدة.
home-next-sessions-title = الجلسات القادمة
home-nothing-booked = لا توجد حجوزات. <a>ابحث عن مرشد</a>
home-all-sessions = كل جلساتك
home-next-session = { $when } مع { $name }
home-join-call = انضم إلى المكالمة
home-join-call-with = مع { $name }
home-call-opens = يُفتح رابط المكالمة قبل موعد البدء بـ١٠ دقائق.
home-wrap-up-title = جلسات بانتظار الختام
home-wrap-up-with = اختتم جلستك مع { $name }
home-nothing-to-wrap-up = لا جلسات بانتظار الختام.
home-unread-title = رسائل غير مقروءة
home-loading-messages = جارٍ تحميل رسائلك…
home-unread-from = { $count ->
    [zero] لا رسائل غير مقروءة من { $name }
    [one] رسالة واحدة غير مقروءة من { $name }
    [two] رسالتان غير مقروءتين من { $name }
    [few] { $count } رسائل غير مقروءة من { $name }
    [many] { $count } رسالة غير مقروءة من { $name }
   *[other] { $count } رسالة غير مقروءة من { $name }
}
home-no-unread = لا رسائل غير مقروءة.
home-offers-title = عروض على أسئلتك
home-loading-questions = جارٍ تحميل أسئلتك…
home-offers-to-read = { $count ->
    [zero] لا عروض جديدة
    [one] عرض واحد بانتظار قراءتك
    [two] عرضان بانتظار قراءتك
    [few] { $count } عروض بانتظار قراءتك
    [many] { $count } عرضًا بانتظار قراءتك
   *[other] { $count } عرض بانتظار قراءتك
}
home-no-offers = لا عروض بانتظارك. <a>اطرح سؤالًا</a>
home-fits-title = أسئلة تناسبك
home-loading-fits = جارٍ تحميل الأسئلة…
home-no-fits = لا يوجد حاليًا سؤال مفتوح يناسب خبرتك.
home-all-requests = كل الأسئلة الموجّهة إليك

## ما يلي الشاشة الأولى للزوار
proof-figures-label = الشبكة بالأرقام
proof-figure-mentors = { $count ->
    [zero] مرشد
    [one] مرشد
    [two] مرشدان
    [few] مرشدين
    [many] مرشدًا
   *[other] مرشد
}
proof-figure-organizations = { $count ->
    [zero] مؤسسة تلقّت المساعدة
    [one] مؤسسة تلقّت المساعدة
    [two] مؤسستان تلقّتا المساعدة
    [few] مؤسسات تلقّت المساعدة
    [many] مؤسسة تلقّت المساعدة
   *[other] مؤسسة تلقّت المساعدة
}
proof-figure-sessions = { $count ->
    [zero] جلسة عُقدت خلال ٩٠ يومًا
    [one] جلسة عُقدت خلال ٩٠ يومًا
    [two] جلستان عُقدتا خلال ٩٠ يومًا
    [few] جلسات عُقدت خلال ٩٠ يومًا
    [many] جلسة عُقدت خلال ٩٠ يومًا
   *[other] جلسة عُقدت خلال ٩٠ يومًا
}
proof-title = بعض المرشدين
proof-see-every-mentor = عرض كل المرشدين
proof-impact-sessions = { $count ->
    [zero] لا جلسات بعد
    [one] جلسة واحدة عُقدت
    [two] جلستان عُقدتا
    [few] { $count } جلسات عُقدت
    [many] { $count } جلسة عُقدت
   *[other] { $count } جلسة عُقدت
}
proof-impact-people = { $count ->
    [zero] لم يتلقَّ أحد المساعدة بعد
    [one] شخص واحد تلقّى المساعدة
    [two] شخصان تلقّيا المساعدة
    [few] { $count } أشخاص تلقّوا المساعدة
    [many] { $count } شخصًا تلقّوا المساعدة
   *[other] { $count } شخص تلقّوا المساعدة
}
proof-impact-answers = { $count ->
    [zero] لا إجابات مقبولة بعد
    [one] إجابة واحدة مقبولة
    [two] إجابتان مقبولتان
    [few] { $count } إجابات مقبولة
    [many] { $count } إجابة مقبولة
   *[other] { $count } إجابة مقبولة
}
paths-title = ثلاث طرق للبدء
paths-book-title = احجز موعدًا متاحًا
paths-book-text = تصفّح المرشدين من أي شركة حسب المهارة واللغة والمنطقة الزمنية، واحجز ١٥ دقيقة مع جدول أعمال. ويتلقى كلٌّ منكما دعوة بتوقيته المحلي.
paths-book-link = تصفّح الدليل
paths-ask-title = اطرح سؤالًا محددًا
paths-ask-text = صِف المشكلة التي تواجهها. يجيب المرشدون الملمّون بالموضوع كتابةً أو يعرضون مكالمة. يمكنك أن تسأل من هم خارج شركتك، أو أن تسأل دون الكشف عن هويتك.
paths-ask-link = عرض الأسئلة المفتوحة
paths-give-title = امنح ١٥ دقيقة
paths-give-text = انشر ملفك الشخصي، واختر من يمكنه رؤيتك، واعرض المواعيد التي يمكنك التفرغ فيها. وتُبقي الحدود اليومية والأسبوعية الالتزام خفيفًا.
paths-give-link = كن مرشدًا

## أثر المرشد
impact-title = الأثر
impact-sessions-held = { $count ->
    [zero] جلسة عُقدت
    [one] جلسة عُقدت
    [two] جلستان عُقدتا
    [few] جلسات عُقدت
    [many] جلسة عُقدت
   *[other] جلسة عُقدت
}
impact-people-helped = { $count ->
    [zero] شخص تلقّى المساعدة
    [one] شخص تلقّى المساعدة
    [two] شخصان تلقّيا المساعدة
    [few] أشخاص تلقّوا المساعدة
    [many] شخصًا تلقّوا المساعدة
   *[other] شخص تلقّوا المساعدة
}
impact-organizations-helped = { $count ->
    [zero] مؤسسة أخرى تلقّت المساعدة
    [one] مؤسسة أخرى تلقّت المساعدة
    [two] مؤسستان أخريان تلقّتا المساعدة
    [few] مؤسسات أخرى تلقّت المساعدة
    [many] مؤسسة أخرى تلقّت المساعدة
   *[other] مؤسسة أخرى تلقّت المساعدة
}
impact-answers-accepted = { $count ->
    [zero] إجابة مقبولة
    [one] إجابة مقبولة
    [two] إجابتان مقبولتان
    [few] إجابات مقبولة
    [many] إجابة مقبولة
   *[other] إجابة مقبولة
}
impact-outcomes-shared = { $count ->
    [zero] نتيجة شاركها المسترشدون
    [one] نتيجة شاركها المسترشدون
    [two] نتيجتان شاركهما المسترشدون
    [few] نتائج شاركها المسترشدون
    [many] نتيجة شاركها المسترشدون
   *[other] نتيجة شاركها المسترشدون
}
impact-kudos = الإشادات
impact-kudos-tag = { $tag ->
    [clear] واضح
    [practical] عملي
    [kind] لطيف
    [insightful] ثاقب النظر
    [well_prepared] حسن التحضير
    [good_listener] مستمع جيد
    [followed_up] حريص على المتابعة
   *[other] { $tag }
}
impact-loading-shared = جارٍ تحميل ما شاركه المسترشدون…
impact-shared-title = ما حققه المسترشدون بمساعدتك
impact-shared-none = عندما يختار المسترشدون إخبارك بما أسفرت عنه جلسة أو إجابة، يظهر ذلك هنا.
impact-outcome-done = طُبّقت النصيحة
impact-outcome-in-progress = قيد التطبيق
impact-outcome-not-yet = لم تُطبَّق بعد
impact-outcome-not-useful = لم تكن مناسبة

## «أنا متاح الآن»
free-now-left = متاح الآن · تبقّى { $minutes } د
free-now-end = إنهاء
free-now-open = أنا متاح الآن
free-now-choices-label = اعرض مواعيد تبدأ بعد ٥ دقائق، لمدة
free-now-minutes = { $minutes } د

## تنبيه المنطقة الزمنية
zone-banner-label = منطقتك الزمنية
zone-banner-text = تتبع الأوقات هنا المنطقة الزمنية المحددة في ملفك الشخصي ({ $profile })، أما هذا الجهاز فمضبوط على { $device }.
zone-banner-use = استخدم { $zone } في ملفي الشخصي
zone-banner-keep = أبقِ على { $zone }

## مطلوب مرشدون
mentors-wanted = مطلوب مرشدون في:

impact-reliability =
    { $reported ->
        [few] حضر { $showed } من { $reported } جلسات
       *[other] حضر { $showed } من { $reported } جلسة
    }
