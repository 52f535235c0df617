-- Mentors' availability rules and the bookings made against them.

-- The rules as the mentor wrote them: wall-clock windows plus an IANA zone (JSON).
CREATE TABLE availability (
    mentor_id  TEXT PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    rules      TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE bookings (
    id              TEXT PRIMARY KEY NOT NULL,
    mentor_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    mentee_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    start_at        TEXT NOT NULL,                   -- RFC 3339, UTC, on a quarter hour
    end_at          TEXT NOT NULL,
    agenda          TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('booked', 'cancelled')),
    call_link       TEXT NOT NULL,
    sequence        INTEGER NOT NULL DEFAULT 0,      -- iCalendar SEQUENCE, raised on every change
    cancel_reason   TEXT,
    idempotency_key TEXT,
    reminded_day    INTEGER NOT NULL DEFAULT 0,
    reminded_soon   INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;

-- No double booking, enforced here: one live booking per mentor and start. Every booking is one
-- 15-minute slot on a quarter hour, so equal starts are the only way two can overlap.
CREATE UNIQUE INDEX bookings_one_live_per_mentor_start ON bookings (mentor_id, start_at) WHERE status = 'booked';
-- A retried request with the same Idempotency-Key finds the booking it made.
CREATE UNIQUE INDEX bookings_by_idempotency_key ON bookings (mentee_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX bookings_by_mentee ON bookings (mentee_id, start_at);
CREATE INDEX bookings_by_mentor ON bookings (mentor_id, start_at);
CREATE INDEX bookings_due ON bookings (status, start_at);
