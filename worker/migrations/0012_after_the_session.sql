-- After the fifteen minutes: each side's report of whether the session happened, the attendance
-- they add up to, who cancelled and when (a late cancellation is half a miss), mentors paused by
-- the no-show policy, and feedback with kudos.
ALTER TABLE bookings ADD COLUMN mentor_report TEXT;              -- held | other_missed | i_missed
ALTER TABLE bookings ADD COLUMN mentee_report TEXT;
ALTER TABLE bookings ADD COLUMN attendance TEXT NOT NULL DEFAULT 'unreported';
ALTER TABLE bookings ADD COLUMN attendance_settled INTEGER NOT NULL DEFAULT 0;  -- reports closed
ALTER TABLE bookings ADD COLUMN asked_attendance INTEGER NOT NULL DEFAULT 0;    -- check-in mailed
ALTER TABLE bookings ADD COLUMN cancelled_by TEXT;
ALTER TABLE bookings ADD COLUMN cancelled_at TEXT;

-- Sessions that ended before this migration are not asked about, nor settled against anyone.
UPDATE bookings SET asked_attendance = 1, attendance_settled = 1
    WHERE end_at <= strftime('%Y-%m-%dT%H:%M:%SZ', 'now');

CREATE INDEX bookings_to_wrap_up ON bookings (attendance_settled, end_at) WHERE status = 'booked';
CREATE INDEX bookings_to_ask ON bookings (asked_attendance, end_at) WHERE status = 'booked';

-- A mentor paused by the policy offers no slots and is not suggested until they resume.
CREATE TABLE mentor_standing (
    mentor_id  TEXT PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    paused_at  TEXT,
    resumed_at TEXT
) STRICT;

-- One row per author and session (or answered question): each side gives feedback once and may
-- edit it for 14 days. The rating is the mentee's and is never shown to anyone; the private note
-- is its author's alone; the note to the other reaches only the other participant.
CREATE TABLE feedback (
    subject_kind  TEXT NOT NULL CHECK (subject_kind IN ('booking', 'request')),
    subject_id    TEXT NOT NULL,
    author_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    about_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    author_side   TEXT NOT NULL CHECK (author_side IN ('mentor', 'mentee')),
    rating        TEXT,
    kudos         TEXT NOT NULL,                 -- JSON array of kudos tags
    note_to_other TEXT NOT NULL,
    private_note  TEXT NOT NULL,
    next_steps    TEXT NOT NULL,                 -- JSON array
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (subject_kind, subject_id, author_id)
) STRICT;
CREATE INDEX feedback_about ON feedback (about_id, author_side);
CREATE INDEX feedback_by_author ON feedback (author_id);
