-- Mail is written in the same batch as the change it announces and delivered afterwards, with
-- retries; a row is sent once. Rows from before were delivered when they were written.
ALTER TABLE outbox ADD COLUMN status TEXT NOT NULL DEFAULT 'sent' CHECK (status IN ('pending', 'sent', 'failed'));
ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
-- When a pending row may next be tried; a delivery in progress holds it a little later.
ALTER TABLE outbox ADD COLUMN next_attempt_at TEXT;
ALTER TABLE outbox ADD COLUMN queued_at TEXT;

CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
