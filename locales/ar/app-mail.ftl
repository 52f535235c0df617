# mail: المحادثات (القائمة ومحادثة واحدة) وصندوق بريد التطوير.

## قائمة المحادثات
messages-heading = الرسائل
messages-visitor = سجّل الدخول لقراءة محادثاتك حول الجلسات والأسئلة.
messages-loading = جارٍ تحميل محادثاتك…
messages-none = لا محادثات بعد. تبدأ المحادثة عندما يقبل المسترشد عرض أحد المرشدين على سؤاله.
messages-see-open-requests = عرض الأسئلة المفتوحة
messages-unread = { $count ->
    [zero] لا رسائل غير مقروءة
    [one] رسالة واحدة غير مقروءة
    [two] رسالتان غير مقروءتين
    [few] { $count } رسائل غير مقروءة
    [many] { $count } رسالة غير مقروءة
   *[other] { $count } رسالة غير مقروءة
}
messages-with = مع <strong>{ $name }</strong>
messages-last-activity = آخر نشاط: { $when }
messages-about-your-question = سؤالك
messages-about-their-question = سؤاله، وعرضك عليه
messages-your-session-on = جلستك يوم { $day }
messages-your-session = جلستك

## محادثة واحدة
thread-title = المحادثة
thread-visitor = سجّل الدخول لقراءة محادثاتك.
thread-not-found-title = المحادثة غير موجودة
thread-not-found = هذه المحادثة غير موجودة، أو أنك لست طرفًا فيها.
thread-see-messages = عرض رسائلك
thread-loading = جارٍ تحميل المحادثة…
thread-all-messages = كل الرسائل
thread-with = محادثة مع <strong>{ $name }</strong>
thread-with-headline = محادثة مع <strong>{ $name }</strong>، { $headline }
thread-read-question = اقرأ السؤال
thread-booked-call = مكالمتك المحجوزة
thread-messages-title = الرسائل
thread-no-messages = لا رسائل بعد.
thread-you = أنت
thread-new = جديدة
thread-new-hidden = (رسالة لم تقرأها بعد)
thread-reply-title = الرد
thread-reply-label = ردّك
thread-reply-hint = تنسيق Markdown: **عريض**، _مائل_، قوائم، `شيفرة`، [روابط](https://example.org). وتصل إلى الطرف الآخر رسالة بريد إلكتروني.
thread-sending = جارٍ الإرسال…
thread-send = إرسال
thread-sent = تم الإرسال.

## صندوق بريد التطوير
mailbox-title = صندوق بريد التطوير
mailbox-lead = رسائل كتبها الخادم المحلي بدلًا من إرسالها، الأحدث أولًا.
mailbox-only-to = عرض البريد المرسَل إلى
mailbox-any-address = أي عنوان
mailbox-loading = جارٍ التحميل…
mailbox-local-only = لا يوجد صندوق البريد هذا إلا في بيئة التطوير المحلية.
mailbox-none = لا بريد بعد.
mailbox-to = إلى { $to } · { $when }
