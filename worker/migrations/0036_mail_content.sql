-- A mail is written as what it says (a JSON `MailContent`) and put into words in its recipient's
-- language when it is delivered: `content` is cleared once `subject` and `text` hold the words.
-- `locale` is the language to write in if the recipient has chosen none (for a sign-in code,
-- the browser's).
ALTER TABLE outbox ADD COLUMN content TEXT;
ALTER TABLE outbox ADD COLUMN locale TEXT;
CREATE INDEX outbox_unrendered ON outbox (id) WHERE content IS NOT NULL;
