# sessions: جلساتي، وختام الجلسة، وسجل التطوّر، والإرشادات.
# في الرسالة، تحدّد <a>…</a> رابطًا (أو اسم الشخص الآخر في session-title) وتحدّد <b>…</b> نصًا
# بخط عريض؛ أبقِ العلامتين حول الكلمات المقابلة.

## جلساتي (/sessions)

sessions-heading = جلساتي
sessions-lead = ما حجزته وما حُجز معك. يحفظ <a>سجل تطوّرك</a> ما أسفرت عنه، وتشرح <a>الإرشادات</a> كيف تجعل الدقائق الـ١٥ مثمرة.
sessions-visitor = سجّل الدخول لترى الجلسات التي حجزتها والجلسات التي حُجزت معك.
sessions-loading = جارٍ تحميل جلساتك…
sessions-upcoming = القادمة
sessions-upcoming-none = لا توجد حجوزات. <a>ابحث عن مرشد</a>.
sessions-past = السابقة والملغاة
sessions-past-none = لا شيء بعد.
session-title = { $role ->
    [mentor] إرشاد <a>{ $name }</a>
   *[other] مع <a>{ $name }</a>
}
session-cancelled = ملغاة
session-when = <b>{ $when }</b> بتوقيتك · { $time } بتوقيت { $name } ({ $zone })
session-follow-up-to = متابعة لجلستك يوم { $day }
session-cancel-reason = السبب: { $reason }
session-awaiting-wrap-up = بانتظار الختام
session-wrap-up = اختتم الجلسة
session-message = راسِل { $name }
session-join = انضم إلى المكالمة
session-reschedule = تغيير الموعد
session-cancel = إلغاء
session-cancel-reason-label = السبب (اختياري، يظهر للشخص الآخر)
session-cancel-submit = ألغِ هذه الجلسة
move-loading = جارٍ تحميل المواعيد المتاحة…
move-none = لا توجد مواعيد متاحة أخرى خلال الأسبوعين القادمين.
move-to = انقلها إلى
move-submit = انقل الجلسة

## ختام الجلسة (/sessions/:id)

wrap-up-visitor = سجّل الدخول لتختتم جلستك.
wrap-up-loading = جارٍ تحميل الجلسة…
wrap-up-title = ختام الجلسة
wrap-up-not-found = لا توجد جلسة كهذه بين جلساتك. <a>جلساتي</a>
wrap-up-heading = جلستك مع { $name }
wrap-up-when = { $when } بتوقيتك
checklist-title = قائمة الدقائق الـ١٥
checklist-start = الدقيقة ٠–٢: السؤال في جملة واحدة، وما جُرّب حتى الآن.
checklist-middle = الدقيقة ٢–١٢: مشكلة واحدة في كل مرة، ويسأل المرشد قبل أن ينصح.
checklist-end = الدقيقة ١٢–١٥: يعيد المسترشد ذكر خطواته التالية، ويتفق الطرفان على جلسة متابعة إن لزم.
wrap-up-cancelled = أُلغيت هذه الجلسة.
wrap-up-not-ended = يمكنك اختتام الجلسة بعد انتهائها.
attendance-title = هل انعقدت الجلسة؟
report-held = نعم، انعقدت
report-mentee-missed = لم يحضر المسترشد
report-mentor-missed = لم يحضر المرشد
report-i-missed = لم أتمكن من الحضور
attendance-held = يؤكد كلاكما أنها انعقدت.
attendance-missed = سُجّلت على أنها فائتة.
attendance-disputed = إجاباتكما مختلفة، ولن يُعاقَب أحد.
attendance-unreported = بانتظار إجابة (تُعتمد الإجابة الوحيدة بعد ٤٨ ساعة).
wrap-up-book-follow-up = احجز جلسة متابعة
wrap-up-book-again = احجز مجددًا
wrap-up-message = أرسل رسالة
wrap-up-all-sessions = كل جلساتي

## التقييم (عند ختام الجلسة وعلى الإجابة المقبولة)

feedback-loading = جارٍ تحميل التقييم…
feedback-title = كيف كانت التجربة؟
feedback-rating-legend = هل أفادتك؟ (لا يراه أحد، ويُحتسب في الأرقام الإجمالية فقط)
feedback-rating-helpful = مفيدة
feedback-rating-somewhat = إلى حدّ ما
feedback-rating-not-helpful = غير مفيدة
feedback-kudos-legend = الإشادات
feedback-kudos = { $tag ->
    [clear] واضح
    [practical] عملي
    [kind] لطيف
    [insightful] ثاقب النظر
    [well_prepared] حسن التحضير
    [good_listener] مستمع جيد
   *[other] حريص على المتابعة
}
feedback-note-label = ملاحظة للشخص الآخر
feedback-private-label = ما استخلصته (خاص، لا يراه غيرك)
feedback-steps-label = الخطوات التالية، خطوة في كل سطر
feedback-save = حفظ
feedback-saved = { $days ->
    [zero] تم الحفظ. يمكنك تعديله خلال { $days } يوم.
    [one] تم الحفظ. يمكنك تعديله خلال يوم واحد.
    [two] تم الحفظ. يمكنك تعديله خلال يومين.
    [few] تم الحفظ. يمكنك تعديله خلال { $days } أيام.
    [many] تم الحفظ. يمكنك تعديله خلال { $days } يومًا.
   *[other] تم الحفظ. يمكنك تعديله خلال { $days } يوم.
}
feedback-from-other = ما قاله لك

## النتيجة (ما يقوله المسترشد)

outcome-loading = جارٍ التحميل…
outcome-title = ما النتيجة؟
outcome-hint = لسجل تطوّرك. يمكنك تغييرها في أي وقت.
outcome-legend = هل طبّقت ما تعلّمته؟
outcome-done = طبّقته
outcome-in-progress = أعمل على تطبيقه
outcome-not-yet = ليس بعد
outcome-not-useful = لم يناسبني
outcome-note-label = ما الذي حدث (اختياري)
outcome-share = أخبر { $name } بالنتيجة
outcome-save = حفظ
outcome-saved = حُفظت في سجل تطوّرك.

## سجل التطوّر (/growth)

growth-visitor = سجّل الدخول لترى سجل تطوّرك.
growth-heading = سجل تطوّرك
growth-lead = الجلسات والإجابات التي قدّمتها وتلقّيتها، وملاحظاتك وخطواتك التالية، وما أسفرت عنه. لا يرى هذه الصفحة أحد غيرك؛ ويظهر الآخرون بأسمائهم فقط.
growth-download = تنزيل لتقييم أدائي
growth-download-hint = مستند Markdown تلصقه في تقييم الأداء أو خطة التطوير.
growth-loading = جارٍ تحميل سجلك…
growth-summary = الملخص
growth-sessions-given = { $count ->
    [zero] جلسة قدّمتها
    [one] جلسة قدّمتها
    [two] جلستان قدّمتهما
    [few] جلسات قدّمتها
    [many] جلسة قدّمتها
   *[other] جلسة قدّمتها
}
growth-answers-given = { $count ->
    [zero] إجابة قدّمتها
    [one] إجابة قدّمتها
    [two] إجابتان قدّمتهما
    [few] إجابات قدّمتها
    [many] إجابة قدّمتها
   *[other] إجابة قدّمتها
}
growth-sessions-received = { $count ->
    [zero] جلسة تلقّيتها
    [one] جلسة تلقّيتها
    [two] جلستان تلقّيتهما
    [few] جلسات تلقّيتها
    [many] جلسة تلقّيتها
   *[other] جلسة تلقّيتها
}
growth-answers-received = { $count ->
    [zero] إجابة تلقّيتها
    [one] إجابة تلقّيتها
    [two] إجابتان تلقّيتهما
    [few] إجابات تلقّيتها
    [many] إجابة تلقّيتها
   *[other] إجابة تلقّيتها
}
growth-outcomes-done = { $count ->
    [zero] نصيحة طبّقتها
    [one] نصيحة طبّقتها
    [two] نصيحتان طبّقتهما
    [few] نصائح طبّقتها
    [many] نصيحة طبّقتها
   *[other] نصيحة طبّقتها
}
growth-kudos-received = الإشادات التي تلقّيتها
growth-skills = المهارات ذات الصلة
growth-tally = { $name } × { $count }
growth-kudos-tag = { $tag ->
    [clear] واضح
    [practical] عملي
    [kind] لطيف
    [insightful] ثاقب النظر
    [well_prepared] حسن التحضير
    [good_listener] مستمع جيد
    [followed_up] حريص على المتابعة
   *[other] { $tag }
}
growth-empty = لا شيء هنا بعد: تظهر الجلسات بعد انعقادها، والإجابات بعد قبولها. <a>ابحث عن مرشد</a>
growth-entry-title = { $what ->
    [session-given] جلسة قدّمتها: { $title }
    [session-had] جلسة حضرتها: { $title }
    [question-answered] سؤال أجبت عنه: { $title }
   *[answer-received] إجابة تلقّيتها: { $title }
}
growth-entry-for = { $day }، لصالح { $name }
growth-entry-from = { $day }، من { $name }
growth-skills-label = المهارات
growth-outcome = <b>النتيجة: </b>{ $outcome }
growth-outcome-with-note = <b>النتيجة: </b>{ $outcome }: { $note }
growth-kudos = <b>الإشادات: </b>{ $kudos }
growth-next-steps = الخطوات التالية
growth-my-notes = ملاحظاتي
growth-wrote = كتب { $name }
growth-outcome-change = غيّر النتيجة
growth-outcome-say = سجّل النتيجة

## الإرشادات (/guides)

guides-heading = الإرشادات
guides-lead = تكفي خمس عشرة دقيقة حين يأتي الطرفان مستعدَّين. وإليك الطريقة.
guides-mentees = للمسترشدين
guides-before = قبل الجلسة
guides-before-one-question = اختر سؤالًا واحدًا. فسؤالان في خمس عشرة دقيقة ينال كلٌّ منهما نصف إجابة.
guides-before-agenda = اكتب جدول الأعمال في ثلاثة أسطر: السياق، وما جرّبته، وما تريده من المكالمة.
guides-before-share = شارك الروابط أو المسودات في رسائل الجلسة قبلها بيوم، ليتمكن المرشد من الاطلاع عليها.
guides-during = أثناء الجلسة
guides-during-start = الدقيقة ٠–٢: سؤالك في جملة واحدة، وما جرّبته.
guides-during-middle = الدقيقة ٢–١٢: مشكلة واحدة في كل مرة، ودوّن ملاحظاتك.
guides-during-end = الدقيقة ١٢–١٥: أعِد ذكر خطواتك التالية، ليعرف كلاكما ما سيحدث بعد ذلك.
guides-after = بعد الجلسة
guides-after-wrap-up = اختتم الجلسة: أكّد إن كانت قد انعقدت، وأشِد بما ساعدك.
guides-after-next-steps = دوّن خطواتك التالية؛ فمنها تنطلق جلسة المتابعة.
guides-after-outcome = بعد أسبوعين، سجّل ما أسفرت عنه. يحفظه <a>سجل تطوّرك</a> لتقييم أدائك القادم.
guides-asking = طرح سؤال بدلًا من ذلك
guides-asking-text = صِف الوضع، وما جرّبته، وما قد يساعدك، والقيود لديك. يستطيع المرشد الإجابة عن ذلك في دقائق. <a>اطرح سؤالًا</a>
guides-mentors = للمرشدين
guides-mentors-slots = لا تعرض إلا المواعيد التي ستلتزم بها: فجلستان فائتتان خلال ٣٠ يومًا توقفان مواعيدك مؤقتًا حتى تستأنفها من ملفك الشخصي.
guides-mentors-agenda = اقرأ جدول الأعمال قبل المكالمة، واسأل قبل أن تنصح.
guides-mentors-next-step = اختم بخطوة تالية واحدة يستطيع المسترشد القيام بها اليوم.
guides-mentors-writing = عند الإجابة كتابةً: أجب عن السؤال المطروح أولًا، ثم أضف السياق. لست متأكدًا؟ اعرض مكالمة.
guides-mentors-kudos = تظهر إشادات المسترشدين والنتائج التي يختارون مشاركتها في <a>ملفك الشخصي</a>.

growth-md-title = سجل التطوّر: { $name }
growth-md-made = من Quarterhour، { $date }. الأيام بتوقيت { $zone }.
growth-md-kudos-received = الإشادات التي تلقّيتها: { $list }
growth-md-skills-involved = المهارات ذات الصلة: { $list }
growth-md-empty = لا شيء هنا بعد: تظهر الجلسات بعد انعقادها، والإجابات بعد قبولها.
growth-md-skills = المهارات: { $list }
