-- A search for a skill or language, newest first, reads that tag's listings newest first from
-- one index range and stops once the page is full. Before, every listing holding the tag was
-- read and sorted: most of the directory for a language most mentors speak.
ALTER TABLE directory_tags ADD COLUMN listed_at TEXT;              -- directory.listed_at

UPDATE directory_tags SET
    listed_at = (SELECT d.listed_at FROM directory d WHERE d.id = directory_tags.directory_id);

CREATE INDEX directory_tags_newest ON directory_tags (kind, value, listed_at, directory_id);

DROP TRIGGER directory_tags_follow;
CREATE TRIGGER directory_tags_follow AFTER UPDATE OF next_free_slot_at, visibility, organization_domain,
    accepting_requests, listed_at ON directory BEGIN
    UPDATE directory_tags SET free_at = new.next_free_slot_at, visibility = new.visibility,
        organization_domain = new.organization_domain, accepting_requests = new.accepting_requests,
        listed_at = new.listed_at
    WHERE directory_id = new.id;
END;
