-- Accounts: organizations (by verified e-mail domain), users, their profiles, sign-in codes,
-- the development mail outbox and the event log behind rate limits.

CREATE TABLE organizations (
    domain          TEXT PRIMARY KEY NOT NULL,       -- registrable e-mail domain, e.g. acme.com
    name            TEXT NOT NULL,
    first_member_id TEXT,                            -- may rename it; NULL once nobody is left
    created_at      TEXT NOT NULL
) STRICT;

CREATE TABLE users (
    id                  TEXT PRIMARY KEY NOT NULL,
    email               TEXT NOT NULL UNIQUE,        -- lower-cased; never shown to other users
    organization_domain TEXT REFERENCES organizations (domain),
    created_at          TEXT NOT NULL
) STRICT;

CREATE INDEX users_by_organization ON users (organization_domain, created_at);

CREATE TABLE profiles (
    user_id            TEXT PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    display_name       TEXT NOT NULL DEFAULT '',
    headline           TEXT NOT NULL DEFAULT '',
    bio                TEXT NOT NULL DEFAULT '',
    expertise          TEXT NOT NULL DEFAULT '[]',   -- JSON array of normalized tags
    languages          TEXT NOT NULL DEFAULT '[]',   -- JSON array of ISO 639-1 codes
    timezone           TEXT NOT NULL DEFAULT 'UTC',  -- IANA name
    career_stage       TEXT CHECK (career_stage IN ('student', 'early', 'mid', 'senior', 'lead', 'executive')),
    is_mentor          INTEGER NOT NULL DEFAULT 0 CHECK (is_mentor IN (0, 1)),
    visibility         TEXT NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'organization', 'hidden')),
    accepting_requests INTEGER NOT NULL DEFAULT 1 CHECK (accepting_requests IN (0, 1)),
    weekly_capacity    INTEGER NOT NULL DEFAULT 2 CHECK (weekly_capacity BETWEEN 0 AND 40),
    meeting_link       TEXT,
    updated_at         TEXT NOT NULL
) STRICT;

-- One live code per address: asking again replaces it. Only a keyed hash of the code is kept.
CREATE TABLE login_codes (
    email      TEXT PRIMARY KEY NOT NULL,
    code_hash  TEXT NOT NULL,
    expires_at INTEGER NOT NULL,                     -- unix seconds
    attempts   INTEGER NOT NULL DEFAULT 0
) STRICT;

-- Mail written instead of sent when ENVIRONMENT is "development".
CREATE TABLE outbox (
    id       INTEGER PRIMARY KEY,
    to_email TEXT NOT NULL,
    subject  TEXT NOT NULL,
    text     TEXT NOT NULL,
    sent_at  TEXT NOT NULL
) STRICT;

CREATE INDEX outbox_by_recipient ON outbox (to_email, id);

-- Sliding-window rate limits: one row per counted event.
CREATE TABLE rate_events (
    bucket TEXT NOT NULL,
    at     INTEGER NOT NULL                          -- unix seconds
) STRICT;

CREATE INDEX rate_events_by_bucket ON rate_events (bucket, at);
