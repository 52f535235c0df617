-- Follow-ups: every booking has a private thread from the moment it is booked, a booking may
-- follow up an earlier session, and two weeks after a held session or an accepted answer the
-- mentee is asked once what came of it.

-- A thread now belongs to an accepted offer, to a booking, or to both (an offer with a slot).
-- SQLite cannot relax NOT NULL in place, so both tables are rebuilt; the messages move with
-- their ids, so read marks stay true.
CREATE TABLE threads_new (
    id              TEXT PRIMARY KEY NOT NULL,
    request_id      TEXT REFERENCES requests (id) ON DELETE CASCADE,
    offer_id        TEXT UNIQUE REFERENCES offers (id) ON DELETE CASCADE,
    booking_id      TEXT UNIQUE REFERENCES bookings (id) ON DELETE CASCADE,
    mentee_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    mentor_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    mentee_read_id  INTEGER NOT NULL DEFAULT 0,
    mentor_read_id  INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL,
    last_message_at TEXT NOT NULL,
    CHECK (offer_id IS NOT NULL OR booking_id IS NOT NULL)
) STRICT;

CREATE TABLE thread_messages_new (
    id         INTEGER PRIMARY KEY,
    thread_id  TEXT NOT NULL REFERENCES threads_new (id) ON DELETE CASCADE,
    author_id  TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;

INSERT INTO threads_new (id, request_id, offer_id, booking_id, mentee_id, mentor_id, mentee_read_id,
                         mentor_read_id, created_at, last_message_at)
SELECT t.id, t.request_id, t.offer_id, f.booking_id, t.mentee_id, t.mentor_id, t.mentee_read_id,
       t.mentor_read_id, t.created_at, t.last_message_at
FROM threads t JOIN offers f ON f.id = t.offer_id;

INSERT INTO thread_messages_new (id, thread_id, author_id, body, created_at)
SELECT id, thread_id, author_id, body, created_at FROM thread_messages;

DROP TABLE thread_messages;
DROP TABLE threads;
ALTER TABLE threads_new RENAME TO threads;
ALTER TABLE thread_messages_new RENAME TO thread_messages;

CREATE INDEX threads_by_mentee ON threads (mentee_id, last_message_at);
CREATE INDEX threads_by_mentor ON threads (mentor_id, last_message_at);
CREATE INDEX thread_messages_by_thread ON thread_messages (thread_id, id);

-- Bookings made before this get their thread now.
INSERT INTO threads (id, booking_id, mentee_id, mentor_id, created_at, last_message_at)
SELECT lower(hex(randomblob(16))), b.id, b.mentee_id, b.mentor_id, b.created_at, b.created_at
FROM bookings b WHERE NOT EXISTS (SELECT 1 FROM threads t WHERE t.booking_id = b.id);

-- The held session with the same mentor that a booking follows up.
ALTER TABLE bookings ADD COLUMN follow_up_of TEXT;

-- The outcome check-in, mailed once 14 days after a held session or an accepted answer. What
-- was held or accepted more than 14 days before this migration is not asked about late.
ALTER TABLE bookings ADD COLUMN asked_outcome INTEGER NOT NULL DEFAULT 0;
ALTER TABLE offers ADD COLUMN asked_outcome INTEGER NOT NULL DEFAULT 0;
UPDATE bookings SET asked_outcome = 1
    WHERE end_at <= strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-14 days');
UPDATE offers SET asked_outcome = 1
    WHERE accepted_at IS NOT NULL AND accepted_at <= strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-14 days');
CREATE INDEX bookings_outcome_due ON bookings (asked_outcome, end_at) WHERE attendance = 'held';
CREATE INDEX offers_outcome_due ON offers (asked_outcome, accepted_at) WHERE status = 'accepted';

-- What the mentee did with a session or an answer; the mentor sees it only when shared.
CREATE TABLE outcomes (
    subject_kind      TEXT NOT NULL CHECK (subject_kind IN ('booking', 'request')),
    subject_id        TEXT NOT NULL,
    mentee_id         TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    mentor_id         TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status            TEXT NOT NULL CHECK (status IN ('done', 'in_progress', 'not_yet', 'not_useful')),
    note              TEXT NOT NULL,
    share_with_mentor INTEGER NOT NULL CHECK (share_with_mentor IN (0, 1)),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    PRIMARY KEY (subject_kind, subject_id)
) STRICT;
CREATE INDEX outcomes_by_mentee ON outcomes (mentee_id);
CREATE INDEX outcomes_shared_with ON outcomes (mentor_id, updated_at) WHERE share_with_mentor = 1;
