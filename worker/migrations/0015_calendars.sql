-- A person's subscribable calendar feed. The token in its address is derived from `nonce` and the
-- deployment's secret, so the table alone gives no address away; lookups go by its hash.
CREATE TABLE calendar_feeds (
    user_id    TEXT PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    nonce      TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;

-- A mentor's own calendars, read for busy times only. `url` is a secret: never returned in full,
-- never logged. `intervals` holds the busy times of the last good fetch, `[[start, end], ...]` in
-- Unix seconds; nothing else about any event is stored.
CREATE TABLE busy_calendars (
    id             TEXT PRIMARY KEY NOT NULL,
    user_id        TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    url            TEXT NOT NULL,
    host           TEXT NOT NULL,
    tail           TEXT NOT NULL,
    status         TEXT CHECK (status IN ('ok', 'unreachable', 'not_icalendar', 'too_large', 'too_slow')),
    intervals      TEXT NOT NULL DEFAULT '[]',
    interval_count INTEGER NOT NULL DEFAULT 0,
    fetched_at     TEXT,
    ok_at          TEXT,
    created_at     TEXT NOT NULL,
    UNIQUE (user_id, url)
) STRICT;

-- The scheduled job reads the calendars fetched longest ago first.
CREATE INDEX busy_calendars_due ON busy_calendars (fetched_at);

-- "I'm free right now": the window, on the rules it extends, and its end on the directory row so
-- that `available_now=true` is one indexed comparison.
ALTER TABLE availability ADD COLUMN free_now_start TEXT;
ALTER TABLE availability ADD COLUMN free_now_end TEXT;
ALTER TABLE directory ADD COLUMN free_now_until TEXT;
CREATE INDEX directory_free_now ON directory (free_now_until) WHERE free_now_until IS NOT NULL;
