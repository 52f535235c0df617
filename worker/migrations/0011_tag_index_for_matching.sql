-- Matching takes, for each skill, the mentors who list it and are free soonest, straight from
-- one index range: each tag row carries what that choice needs of its listing, kept in step by
-- a trigger whatever statement changes the listing.
ALTER TABLE directory_tags ADD COLUMN free_at TEXT;                 -- directory.next_free_slot_at
ALTER TABLE directory_tags ADD COLUMN visibility TEXT NOT NULL DEFAULT 'public';
ALTER TABLE directory_tags ADD COLUMN organization_domain TEXT;
ALTER TABLE directory_tags ADD COLUMN accepting_requests INTEGER NOT NULL DEFAULT 0;

UPDATE directory_tags SET
    free_at = (SELECT d.next_free_slot_at FROM directory d WHERE d.id = directory_tags.directory_id),
    visibility = (SELECT d.visibility FROM directory d WHERE d.id = directory_tags.directory_id),
    organization_domain = (SELECT d.organization_domain FROM directory d WHERE d.id = directory_tags.directory_id),
    accepting_requests = (SELECT d.accepting_requests FROM directory d WHERE d.id = directory_tags.directory_id);

CREATE INDEX directory_tags_soonest ON directory_tags
    (kind, value, free_at, directory_id, visibility, organization_domain, accepting_requests);

CREATE TRIGGER directory_tags_follow AFTER UPDATE OF next_free_slot_at, visibility, organization_domain,
    accepting_requests ON directory BEGIN
    UPDATE directory_tags SET free_at = new.next_free_slot_at, visibility = new.visibility,
        organization_domain = new.organization_domain, accepting_requests = new.accepting_requests
    WHERE directory_id = new.id;
END;

-- The text index only changes with the text: a booking that moves a mentor's next free slot no
-- longer rewrites their full-text entry.
DROP TRIGGER directory_fts_update;
CREATE TRIGGER directory_fts_update AFTER UPDATE OF display_name, headline, bio, expertise ON directory BEGIN
    INSERT INTO directory_fts (directory_fts, rowid, display_name, headline, bio, expertise)
    VALUES ('delete', old.id, old.display_name, old.headline, old.bio, old.expertise);
    INSERT INTO directory_fts (rowid, display_name, headline, bio, expertise)
    VALUES (new.id, new.display_name, new.headline, new.bio, new.expertise);
END;
