-- Insights come from per-day aggregates the scheduled job maintains, so that an answer reads at
-- most a year of daily rows whatever the activity. A row holds a count and a distinct-people
-- sketch (domain::insights::people): never a name, an address or a list of ids.
CREATE TABLE insight_days (
    scope  TEXT NOT NULL,   -- an organization's domain, or '*' for the whole network
    day    TEXT NOT NULL,   -- 2026-12-03, UTC
    metric TEXT NOT NULL,   -- domain::insights::tally::Metric::key
    count  INTEGER NOT NULL,
    people TEXT NOT NULL,
    PRIMARY KEY (scope, day, metric)
) STRICT, WITHOUT ROWID;

-- The same, merged per calendar month (`2026-11`), rewritten with each of its days: a year's
-- figures read twelve months and the days at the edges rather than 365 days.
CREATE TABLE insight_months (
    scope  TEXT NOT NULL,
    month  TEXT NOT NULL,
    metric TEXT NOT NULL,
    count  INTEGER NOT NULL,
    people TEXT NOT NULL,
    PRIMARY KEY (scope, month, metric)
) STRICT, WITHOUT ROWID;

-- Member mentors and their skills, now, per scope: rewritten by every run.
CREATE TABLE insight_mentors (
    scope  TEXT NOT NULL,
    tag    TEXT NOT NULL,   -- '' for all member mentors
    count  INTEGER NOT NULL,
    PRIMARY KEY (scope, tag)
) STRICT, WITHOUT ROWID;

-- Days whose aggregates are out of date: scope '*' recomputes the day for every scope; day '*'
-- recomputes every day of one scope (someone joined, left or stopped counting themselves in).
-- The database marks them itself, so no write path can forget to. (A trigger's own conflict
-- clause gives way to the statement that fired it, so the triggers test for a mark instead of
-- inserting OR IGNORE.)
CREATE TABLE insight_dirty (
    scope TEXT NOT NULL,
    day   TEXT NOT NULL,
    PRIMARY KEY (scope, day)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER insight_dirty_booking_insert AFTER INSERT ON bookings
WHEN NEW.attendance IS NOT NULL
BEGIN
    INSERT INTO insight_dirty (scope, day) SELECT '*', substr(NEW.start_at, 1, 10)
    WHERE NOT EXISTS (SELECT 1 FROM insight_dirty WHERE scope = '*' AND day = substr(NEW.start_at, 1, 10));
END;

CREATE TRIGGER insight_dirty_booking_update AFTER UPDATE OF attendance, status, start_at ON bookings
BEGIN
    INSERT INTO insight_dirty (scope, day) SELECT '*', substr(OLD.start_at, 1, 10)
    WHERE NOT EXISTS (SELECT 1 FROM insight_dirty WHERE scope = '*' AND day = substr(OLD.start_at, 1, 10));
    INSERT INTO insight_dirty (scope, day) SELECT '*', substr(NEW.start_at, 1, 10)
    WHERE NOT EXISTS (SELECT 1 FROM insight_dirty WHERE scope = '*' AND day = substr(NEW.start_at, 1, 10));
END;

CREATE TRIGGER insight_dirty_booking_delete AFTER DELETE ON bookings
WHEN OLD.attendance IS NOT NULL
BEGIN
    INSERT INTO insight_dirty (scope, day) SELECT '*', substr(OLD.start_at, 1, 10)
    WHERE NOT EXISTS (SELECT 1 FROM insight_dirty WHERE scope = '*' AND day = substr(OLD.start_at, 1, 10));
END;

CREATE TRIGGER insight_dirty_request_insert AFTER INSERT ON requests
BEGIN
    INSERT INTO insight_dirty (scope, day) SELECT '*', substr(NEW.created_at, 1, 10)
    WHERE NOT EXISTS (SELECT 1 FROM insight_dirty WHERE scope = '*' AND day = substr(NEW.created_at, 1, 10));
END;

CREATE TRIGGER insight_dirty_request_update AFTER UPDATE OF expertise ON requests
BEGIN
    INSERT INTO insight_dirty (scope, day) SELECT '*', substr(NEW.created_at, 1, 10)
    WHERE NOT EXISTS (SELECT 1 FROM insight_dirty WHERE scope = '*' AND day = substr(NEW.created_at, 1, 10));
END;

CREATE TRIGGER insight_dirty_request_delete AFTER DELETE ON requests
BEGIN
    INSERT INTO insight_dirty (scope, day) SELECT '*', substr(OLD.created_at, 1, 10)
    WHERE NOT EXISTS (SELECT 1 FROM insight_dirty WHERE scope = '*' AND day = substr(OLD.created_at, 1, 10));
END;

-- An offer may be a request's first (its hours to a first offer) and, accepted, an answer.
CREATE TRIGGER insight_dirty_offer_insert AFTER INSERT ON offers
BEGIN
    INSERT INTO insight_dirty (scope, day)
    SELECT '*', substr(r.created_at, 1, 10) FROM requests r WHERE r.id = NEW.request_id
    AND NOT EXISTS (SELECT 1 FROM insight_dirty WHERE scope = '*' AND day = substr(r.created_at, 1, 10));
END;

CREATE TRIGGER insight_dirty_offer_update AFTER UPDATE OF status, accepted_at ON offers
BEGIN
    INSERT INTO insight_dirty (scope, day)
    SELECT '*', substr(OLD.accepted_at, 1, 10) WHERE OLD.accepted_at IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM insight_dirty WHERE scope = '*' AND day = substr(OLD.accepted_at, 1, 10));
    INSERT INTO insight_dirty (scope, day)
    SELECT '*', substr(NEW.accepted_at, 1, 10) WHERE NEW.accepted_at IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM insight_dirty WHERE scope = '*' AND day = substr(NEW.accepted_at, 1, 10));
END;

CREATE TRIGGER insight_dirty_offer_delete AFTER DELETE ON offers
BEGIN
    INSERT INTO insight_dirty (scope, day)
    SELECT '*', substr(OLD.accepted_at, 1, 10) WHERE OLD.accepted_at IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM insight_dirty WHERE scope = '*' AND day = substr(OLD.accepted_at, 1, 10));
    INSERT INTO insight_dirty (scope, day)
    SELECT '*', substr(r.created_at, 1, 10) FROM requests r WHERE r.id = OLD.request_id
    AND NOT EXISTS (SELECT 1 FROM insight_dirty WHERE scope = '*' AND day = substr(r.created_at, 1, 10));
END;

CREATE TRIGGER insight_dirty_feedback_insert AFTER INSERT ON feedback
WHEN NEW.subject_kind = 'booking'
BEGIN
    INSERT INTO insight_dirty (scope, day)
    SELECT '*', substr(b.start_at, 1, 10) FROM bookings b WHERE b.id = NEW.subject_id
    AND NOT EXISTS (SELECT 1 FROM insight_dirty WHERE scope = '*' AND day = substr(b.start_at, 1, 10));
END;

CREATE TRIGGER insight_dirty_feedback_update AFTER UPDATE ON feedback
WHEN NEW.subject_kind = 'booking'
BEGIN
    INSERT INTO insight_dirty (scope, day)
    SELECT '*', substr(b.start_at, 1, 10) FROM bookings b WHERE b.id = NEW.subject_id
    AND NOT EXISTS (SELECT 1 FROM insight_dirty WHERE scope = '*' AND day = substr(b.start_at, 1, 10));
END;

CREATE TRIGGER insight_dirty_feedback_delete AFTER DELETE ON feedback
WHEN OLD.subject_kind = 'booking'
BEGIN
    INSERT INTO insight_dirty (scope, day)
    SELECT '*', substr(b.start_at, 1, 10) FROM bookings b WHERE b.id = OLD.subject_id
    AND NOT EXISTS (SELECT 1 FROM insight_dirty WHERE scope = '*' AND day = substr(b.start_at, 1, 10));
END;

-- Counting oneself in or out, and moving organization, change every day of the organization.
CREATE TRIGGER insight_dirty_counted AFTER UPDATE OF in_organization_insights ON profiles
BEGIN
    INSERT INTO insight_dirty (scope, day)
    SELECT u.organization_domain, '*' FROM users u WHERE u.id = NEW.user_id AND u.organization_domain IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM insight_dirty WHERE scope = u.organization_domain AND day = '*');
END;

CREATE TRIGGER insight_dirty_organization AFTER UPDATE OF organization_domain ON users
BEGIN
    INSERT INTO insight_dirty (scope, day)
    SELECT OLD.organization_domain, '*' WHERE OLD.organization_domain IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM insight_dirty WHERE scope = OLD.organization_domain AND day = '*');
    INSERT INTO insight_dirty (scope, day)
    SELECT NEW.organization_domain, '*' WHERE NEW.organization_domain IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM insight_dirty WHERE scope = NEW.organization_domain AND day = '*');
END;

-- Whatever happened before this migration is aggregated by the first runs: every day with a
-- held session, a question or an accepted answer in the last year and a bit.
INSERT OR IGNORE INTO insight_dirty (scope, day)
SELECT '*', substr(start_at, 1, 10) FROM bookings
WHERE attendance IS NOT NULL AND start_at >= strftime('%Y-%m-%d', 'now', '-370 days');
INSERT OR IGNORE INTO insight_dirty (scope, day)
SELECT '*', substr(created_at, 1, 10) FROM requests WHERE created_at >= strftime('%Y-%m-%d', 'now', '-370 days');
INSERT OR IGNORE INTO insight_dirty (scope, day)
SELECT '*', substr(accepted_at, 1, 10) FROM offers
WHERE accepted_at IS NOT NULL AND accepted_at >= strftime('%Y-%m-%d', 'now', '-370 days');
