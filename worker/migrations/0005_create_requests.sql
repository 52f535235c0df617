-- Open requests: questions mentees post, the offers mentors make on them, the threads an
-- accepted offer opens, and when each mentor last got the daily digest.

CREATE TABLE requests (
    -- Only grows, never reused (AUTOINCREMENT): the digest remembers how far each mentor has seen.
    seq                 INTEGER PRIMARY KEY AUTOINCREMENT,
    id                  TEXT NOT NULL UNIQUE,
    author_id           TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- The author's organization when posting: the audience is relative to it.
    author_organization TEXT,
    title               TEXT NOT NULL,
    body                TEXT NOT NULL,                -- Markdown
    expertise           TEXT NOT NULL,                -- JSON array of normalized tags
    format              TEXT NOT NULL CHECK (format IN ('call', 'written', 'either')),
    audience            TEXT NOT NULL CHECK (audience IN ('everyone', 'my_organization', 'outside_my_organization')),
    anonymous           INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
    status              TEXT NOT NULL CHECK (status IN ('open', 'has_offers', 'accepted', 'closed', 'expired')),
    resolved            INTEGER CHECK (resolved IN (0, 1)),
    offer_count         INTEGER NOT NULL DEFAULT 0,
    created_at          TEXT NOT NULL,
    expires_at          TEXT NOT NULL,
    closed_at           TEXT
) STRICT;

CREATE INDEX requests_open ON requests (status, created_at);
CREATE INDEX requests_expiring ON requests (status, expires_at);
CREATE INDEX requests_by_author ON requests (author_id, created_at);

CREATE TABLE offers (
    id          TEXT PRIMARY KEY NOT NULL,
    request_id  TEXT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    mentor_id   TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('written', 'slot')),
    message     TEXT NOT NULL,                        -- Markdown; may be empty for a slot
    slot_start  TEXT,                                 -- RFC 3339 UTC, for 'slot'
    status      TEXT NOT NULL CHECK (status IN ('pending', 'accepted')),
    thread_id   TEXT,
    booking_id  TEXT,
    created_at  TEXT NOT NULL,
    accepted_at TEXT
) STRICT;

-- At most one offer per mentor and request, enforced here.
CREATE UNIQUE INDEX offers_one_per_mentor ON offers (request_id, mentor_id);
CREATE INDEX offers_by_mentor ON offers (mentor_id, created_at);

CREATE TABLE threads (
    id              TEXT PRIMARY KEY NOT NULL,
    request_id      TEXT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    offer_id        TEXT NOT NULL UNIQUE REFERENCES offers (id) ON DELETE CASCADE,
    mentee_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    mentor_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- The newest message each side has read (thread_messages.id); later ones are unread.
    mentee_read_id  INTEGER NOT NULL DEFAULT 0,
    mentor_read_id  INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL,
    last_message_at TEXT NOT NULL
) STRICT;

CREATE INDEX threads_by_mentee ON threads (mentee_id, last_message_at);
CREATE INDEX threads_by_mentor ON threads (mentor_id, last_message_at);

CREATE TABLE thread_messages (
    id         INTEGER PRIMARY KEY,                   -- increasing: read marks compare against it
    thread_id  TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    author_id  TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body       TEXT NOT NULL,                         -- Markdown
    created_at TEXT NOT NULL
) STRICT;

CREATE INDEX thread_messages_by_thread ON thread_messages (thread_id, id);

-- When each mentor was last sent the digest of new matching requests (at most once a day), and
-- the newest request (`requests.seq`) it covered: the next one starts after it.
CREATE TABLE request_digests (
    mentor_id  TEXT PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    sent_at    TEXT NOT NULL,
    seen_up_to INTEGER NOT NULL
) STRICT;
