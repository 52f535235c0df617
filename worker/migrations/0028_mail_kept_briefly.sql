-- Sent mail is not kept for good: the scheduled job deletes rows sent (or given up on) more than
-- 30 days ago, and a mail whose text is a secret (a sign-in code) keeps only a plain subject once
-- it is sent.
ALTER TABLE outbox ADD COLUMN once_sent_subject TEXT;
CREATE INDEX outbox_by_sent_at ON outbox (status, sent_at);

-- Sign-in codes mailed before: pending ones are blanked when sent, sent ones now.
UPDATE outbox SET once_sent_subject = 'Your Quarterhour sign-in code'
WHERE subject LIKE 'Your Quarterhour sign-in code: %';
UPDATE outbox SET subject = once_sent_subject, text = ''
WHERE once_sent_subject IS NOT NULL AND status = 'sent';
