-- A calendar over the reading limits gets the status `too_complex`, and each read is recorded
-- before the file is parsed (`attempts` reads begun and not finished, the last at `attempted_at`),
-- so that a calendar that stops the scheduled job is skipped instead of stopping it every time.
-- SQLite cannot change a CHECK, so the table is made again.
CREATE TABLE busy_calendars_new (
    id             TEXT PRIMARY KEY NOT NULL,
    user_id        TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    url            TEXT NOT NULL,
    host           TEXT NOT NULL,
    tail           TEXT NOT NULL,
    status         TEXT CHECK (status IN ('ok', 'unreachable', 'not_icalendar', 'too_large', 'too_slow',
                                          'too_complex')),
    intervals      TEXT NOT NULL DEFAULT '[]',
    interval_count INTEGER NOT NULL DEFAULT 0,
    fetched_at     TEXT,
    ok_at          TEXT,
    created_at     TEXT NOT NULL,
    attempts       INTEGER NOT NULL DEFAULT 0,
    attempted_at   TEXT,
    UNIQUE (user_id, url)
) STRICT;

INSERT INTO busy_calendars_new
    (id, user_id, position, url, host, tail, status, intervals, interval_count, fetched_at, ok_at, created_at)
SELECT id, user_id, position, url, host, tail, status, intervals, interval_count, fetched_at, ok_at, created_at
FROM busy_calendars;

DROP TABLE busy_calendars;
ALTER TABLE busy_calendars_new RENAME TO busy_calendars;

-- The scheduled job reads the calendars fetched longest ago first.
CREATE INDEX busy_calendars_due ON busy_calendars (fetched_at);
