# mail: the conversations (messages list and one conversation) and the development mailbox.

## The list of conversations (pages/messages.rs)
messages-heading = Messages
messages-visitor = Sign in to read your conversations about sessions and questions.
messages-loading = Loading your conversations…
messages-none = No conversations yet. One starts when a mentee accepts a mentor's offer on a question.
messages-see-open-requests = See open requests
messages-unread = { $count } unread
messages-with = With <strong>{ $name }</strong>
messages-last-activity = Last activity { $when }
messages-about-your-question = Your question
messages-about-their-question = Their question, your offer
messages-your-session-on = Your session on { $day }
messages-your-session = Your session

## One conversation (pages/thread.rs)
thread-title = Conversation
thread-visitor = Sign in to read your conversations.
thread-not-found-title = Conversation not found
thread-not-found = This conversation does not exist, or you are not part of it.
thread-see-messages = See your messages
thread-loading = Loading the conversation…
thread-all-messages = All messages
thread-with = Conversation with <strong>{ $name }</strong>
thread-with-headline = Conversation with <strong>{ $name }</strong>, { $headline }
thread-read-question = Read the question
thread-booked-call = Your booked call
thread-messages-title = Messages
thread-no-messages = No messages yet.
thread-you = You
thread-new = New
thread-new-hidden = message
thread-reply-title = Reply
thread-reply-label = Your reply
thread-reply-hint = Markdown: **bold**, _italic_, lists, `code`, [links](https://example.org). They get an e-mail.
thread-sending = Sending…
thread-send = Send
thread-sent = Sent.

## The development mailbox (pages/dev_mailbox.rs)
mailbox-title = Development mailbox
mailbox-lead = Mail the local server wrote instead of sending, newest first.
mailbox-only-to = Only mail to
mailbox-any-address = any address
mailbox-loading = Loading…
mailbox-local-only = The mailbox exists only in local development.
mailbox-none = No mail yet.
mailbox-to = To { $to } · { $when }
