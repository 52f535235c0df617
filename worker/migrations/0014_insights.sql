-- "Count my activity in my organization's insights": on unless the person turns it off. The
-- network's figures count everyone.
ALTER TABLE profiles ADD COLUMN in_organization_insights INTEGER NOT NULL DEFAULT 1
    CHECK (in_organization_insights IN (0, 1));

-- Insights read held sessions and accepted answers by time.
CREATE INDEX bookings_held_by_start ON bookings (start_at) WHERE attendance = 'held' AND status = 'booked';
CREATE INDEX offers_accepted_by_time ON offers (accepted_at) WHERE status = 'accepted';
