-- Background work travels on queues. When a mail or a calendar read was last handed to its
-- queue: the Cron Trigger hands again what is still undone long after (a lost message loses no
-- mail), and never hands twice what is already waiting.
ALTER TABLE outbox ADD COLUMN enqueued_at TEXT;
CREATE INDEX outbox_to_enqueue ON outbox (status, enqueued_at);

ALTER TABLE busy_calendars ADD COLUMN enqueued_at TEXT;
