# booking

## The mentor's profile page

profile-not-found-heading = الملف الشخصي غير موجود
profile-not-found-lead = هذا الملف الشخصي غير موجود، أو لم يجعله صاحبه مرئيًا لك.
browse-directory = تصفّح الدليل
profile-loading = جارٍ تحميل الملف الشخصي…
profile-title = الملف الشخصي
profile-mentor = مرشد
profile-time-zone = المنطقة الزمنية: { $zone } · الساعة هناك الآن { $time }
profile-edit-own = عدّل ملفك الشخصي
profile-ask = اطرح سؤالًا على { $name }
profile-about = نبذة
profile-no-bio = لا توجد نبذة بعد.
profile-expertise = مجالات الخبرة
profile-no-expertise = لم تُذكر مجالات خبرة بعد.
profile-languages = اللغات
career-stage = { $stage ->
    [student] طالب
    [early] بداية المسيرة المهنية
    [mid] منتصف المسيرة المهنية
    [senior] خبرة متقدمة
    [lead] قيادة فريق
   *[executive] إدارة عليا
}

## The mentor's free slots, one day per tab

book-heading = احجز ١٥ دقيقة مع { $name }
slots-loading = جارٍ تحميل المواعيد المتاحة…
slots-none = لا مواعيد متاحة خلال الأسبوعين القادمين. حاول مرة أخرى لاحقًا، أو اطرح سؤالًا.
slots-mentor-time = ويظهر بجانب كل موعد التوقيت المحلي للمرشد.
slots-days = الأيام
slots-day-free = { $count ->
    [zero] لا مواعيد متاحة
    [one] موعد واحد متاح
    [two] موعدان متاحان
    [few] { $count } مواعيد متاحة
    [many] { $count } موعدًا متاحًا
   *[other] { $count } موعد متاح
}
slots-none-this-day = لا مواعيد متاحة في هذا اليوم.
slot-book-at = احجز يوم { $day } الساعة
slot-for-them = ({ $time } بتوقيت المرشد)

## The booking panel

your-time = توقيتك
their-time = توقيت { $name }
agenda-label = ماذا تريد أن تحقق في هذه الدقائق الـ١٥؟
agenda-hint-follow-up = متابعة لجلستك الأخيرة، انطلاقًا من خطواتك التالية.
agenda-hint = بضعة أسطر تساعد المرشد على الاستعداد. حتى ٥٠٠ حرف.
agenda-use-template = استخدم قالب جدول الأعمال
agenda-template-context = السياق:
agenda-template-tried = ما جرّبته:
agenda-template-want = ما أريده من هذه الدقائق الـ١٥:
follow-up-intro = متابعة لجلستنا الأخيرة.
follow-up-steps = كانت خطواتي التالية:
follow-up-now = ما وصلت إليه الآن:
email-label = عنوان بريدك الإلكتروني
email-hint = نرسل إليك رمزًا من ستة أرقام لتسجيل الدخول، دون الحاجة إلى كلمة مرور. ويُنشئ أول تسجيل دخول حسابك.
code-label = الرمز المكوّن من ستة أرقام الوارد في البريد
other-address = استخدم عنوانًا آخر
newcomer-legend = أهلًا بك! عرّف مرشدك بنفسك
name-label = اسمك
zone-label = منطقتك الزمنية
same-day = لديك بالفعل جلسة مع { $name } يوم { $day }. هل تريد حجز جلسة ثانية في اليوم نفسه؟
submit-wait = يُرجى الانتظار…
submit-send-code = أرسل لي رمزًا
submit-sign-in-and-book = سجّل الدخول واحجز
submit-save-and-book = احفظ واحجز
submit-book-again = نعم، احجز جلسة ثانية
submit-book = احجز هذا الموعد
cancel = إلغاء

## The confirmation

booked-heading = تم الحجز: ١٥ دقيقة مع { $name }
booked-agenda = جدول الأعمال:
booked-next = ماذا بعد؟
booked-next-invite = تلقّيت أنت و{ $name } رسالة بريد إلكتروني تتضمن الدعوة.
booked-next-link = يعمل رابط المكالمة بدءًا من ١٠ دقائق قبل موعد البدء، من صفحة «جلساتي».
booked-next-change = هل تغيّر شيء؟ يمكنك تغيير الموعد أو إلغاء الجلسة من صفحة «جلساتي».
booked-message = راسِل { $name }
see-my-sessions = عرض جلساتي
close = إغلاق
add-to-calendar-ics = أضف إلى التقويم (.ics)
google-calendar = تقويم Google

## Small pieces of profiles

org-badge-title = عنوان بريد إلكتروني موثَّق في { $domain }
org-badge = في { $name }
org-badge-verified = في { $name } · موثَّق
no-languages = لم تُذكر لغات بعد.
language-choose = اختر لغة…
languages-you-speak = اللغات التي تتحدثها
language-remove = إزالة { $name }
language-add = أضف لغة
