# finding: the mentor directory (/mentors) and "What do you want help with?" (/match).

## The directory

directory-heading = دليل المرشدين
directory-lead = مرشدون من كل الشركات. صفِّ النتائج حسب المهارة واللغة وساعات العمل المشتركة بينكما. لا تعرف من تسأل؟ <a>صِف هدفك</a> واحصل على اقتراحات.
directory-search-label = البحث عن مرشدين
directory-search-placeholder = ابحث بالمهارة أو الدور أو الاسم
directory-search-submit = بحث
directory-searching = جارٍ البحث…
filters-show = عوامل التصفية
filters-show-active = عوامل التصفية ({ $count })
filters-hide = إخفاء عوامل التصفية
filters-hide-active = إخفاء عوامل التصفية ({ $count })

career-stage = { $stage ->
    [student] طالب
    [early] بداية المسيرة المهنية
    [mid] منتصف المسيرة المهنية
    [senior] خبرة متقدمة
    [lead] قيادة فريق
   *[executive] إدارة عليا
}

filter-stage = المرحلة المهنية
filter-stage-any = أي مرحلة
filter-overlap = ساعات العمل المشتركة معي
filter-overlap-any = أي عدد
filter-overlap-at-least = { $hours ->
    [zero] { $hours } ساعة على الأقل
    [one] ساعة واحدة على الأقل
    [two] ساعتان على الأقل
    [few] { $hours } ساعات على الأقل
    [many] { $hours } ساعة على الأقل
   *[other] { $hours } ساعة على الأقل
}
filter-sort = الترتيب
sort-best-match = الأكثر تطابقًا
sort-newest = الأحدث
sort-soonest = الأقرب موعدًا
filter-free-now = متاح الآن
filter-this-week = متاح هذا الأسبوع
filter-outside = من خارج مؤسستي فقط

chip-search = «{ $query }»
chip-organization = في { $organization }
chip-not-organization = من خارج { $organization }
chip-language = يتحدث { $language }
chip-overlap = ساعات عمل مشتركة: { $hours }+
chip-free-now = متاح الآن
chip-this-week = متاح هذا الأسبوع
chips-label = عوامل التصفية النشطة
chip-remove = إزالة عامل التصفية: { $filter }

facets-label = تضييق النتائج
facets-skills = المهارات
facets-languages = اللغات
facets-organizations = المؤسسات

results-count = { $count ->
    [zero] لا مرشدين
    [one] مرشد واحد
    [two] مرشدان
    [few] { $count } مرشدين
    [many] { $count } مرشدًا
   *[other] { $count } مرشد
}
empty-heading = لا يوجد مرشدون مطابقون
empty-try-removing = جرّب إزالة «{ $term }»، أو ابحث عن مهارة أعم.
empty-fewer-filters = جرّب عددًا أقل من عوامل التصفية أو عبارة بحث أقصر.
empty-nobody = لم يُدرَج أي مرشد بعد. كن أول المرشدين!
empty-clear-filters = مسح كل عوامل التصفية
load-more = تحميل المزيد
load-more-loading = جارٍ التحميل…

## A mentor's card

card-free-now = متاح الآن
card-free-until = حتى { $time }
card-expertise = مجالات الخبرة
card-next-free = أقرب موعد متاح: { $time }
card-next-free-whom = ، احجز مع { $name }
card-speaks = يتحدث { $languages }
card-local-time = الوقت المحلي للمرشد الآن: { $time } ({ $zone })
impact-sessions = { $count ->
    [zero] لا جلسات بعد
    [one] جلسة واحدة عُقدت
    [two] جلستان عُقدتا
    [few] { $count } جلسات عُقدت
    [many] { $count } جلسة عُقدت
   *[other] { $count } جلسة عُقدت
}
impact-people = { $count ->
    [zero] لم يتلقَّ أحد المساعدة بعد
    [one] شخص واحد تلقّى المساعدة
    [two] شخصان تلقّيا المساعدة
    [few] { $count } أشخاص تلقّوا المساعدة
    [many] { $count } شخصًا تلقّوا المساعدة
   *[other] { $count } شخص تلقّوا المساعدة
}
impact-answers = { $count ->
    [zero] لا إجابات مقبولة بعد
    [one] إجابة واحدة مقبولة
    [two] إجابتان مقبولتان
    [few] { $count } إجابات مقبولة
    [many] { $count } إجابة مقبولة
   *[other] { $count } إجابة مقبولة
}

## What do you want help with?

match-heading = بماذا تريد المساعدة؟
match-lead = اكتب بكلماتك وبأي لغة. نقترح عليك مرشدين من أي شركة يعرفون الموضوع، ونوضّح سبب اقتراحهم، ونعرض متى يكونون متاحين.
match-goal-label = هدفك أو سؤالك
match-goal-hint = مثلًا: عنقود k8s لدينا يُنهي وحدات pod باستمرار لنفاد الذاكرة.
match-language-label = لغة المرشد
match-language-any = أي لغة
match-format-label = شكل المساعدة
match-format-either = مكالمة أو إجابة مكتوبة
match-format-call = مكالمة مدتها ١٥ دقيقة
match-format-written = إجابة مكتوبة
match-outside = المرشدون من خارج مؤسستي أولًا
match-submit = ابحث عن مرشدين
match-submitting = جارٍ البحث عن مرشدين…
understood-title = ما فهمناه
understood-none = لم نتعرّف على مهارة محددة. أضف مهارة أدناه، أو اطرح سؤالك سؤالًا مفتوحًا.
understood-remove = إزالة { $skill }
understood-related = مهارات قريبة: { $skills }
understood-add-label = إضافة مهارة
understood-add = إضافة
match-count = { $count ->
    [zero] لا يوجد مرشد مناسب بعد
    [one] مرشد واحد مناسب
    [two] مرشدان مناسبان
    [few] { $count } مرشدين مناسبين
    [many] { $count } مرشدًا مناسبًا
   *[other] { $count } مرشد مناسب
}
match-ask-open = لم تجد ما تبحث عنه؟ اطرحه سؤالًا مفتوحًا
match-why = لماذا { $name }
match-ask-mentor = اطرح سؤالًا على { $name }
match-no-slot = لا مواعيد متاحة قريبًا.
match-slots-label = المواعيد المتاحة القادمة لدى { $name }
match-book-slot = احجز موعد { $time }

reason-knows = يعرف { $skill }
reason-knows-written = يعرف { $skill } (كتبتَها: { $written })
reason-knows-close = يعرف { $skill }، وهي قريبة من { $close }
reason-knows-close-any = يعرف { $skill }، وهي قريبة مما سألت عنه
reason-stage-aimed = { $stage }: حيث يتجه هدفك
reason-stage-ahead = { $stage }: يسبقك بخطوة أو خطوتين
reason-speaks = يتحدث { $language }
reason-hours-overlap =
    { $hours ->
        [one] ساعة عمل مشتركة واحدة معك ({ $zone })
        [two] ساعتا عمل مشتركتان معك ({ $zone })
        [few] { $hours } ساعات عمل مشتركة معك ({ $zone })
       *[other] { $hours } ساعة عمل مشتركة معك ({ $zone })
    }
reason-free-within-hour = متاح خلال الساعة القادمة
reason-free-within-days =
    { $days ->
        [one] متاح خلال يوم
        [two] متاح خلال يومين
        [few] متاح خلال { $days } أيام
       *[other] متاح خلال { $days } يومًا
    }
reason-answered =
    { $count ->
        [one] أجاب عن سؤال واحد في آخر ٩٠ يومًا
        [two] أجاب عن سؤالين في آخر ٩٠ يومًا
        [few] أجاب عن { $count } أسئلة في آخر ٩٠ يومًا
       *[other] أجاب عن { $count } سؤالًا في آخر ٩٠ يومًا
    }
reason-outside-organization = من خارج مؤسستك
