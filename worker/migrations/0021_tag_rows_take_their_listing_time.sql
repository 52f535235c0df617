-- Tag rows written without the time (by a worker from before migration 0019, while a deploy is
-- under way) take it from their listing.
CREATE TRIGGER directory_tags_listed_at AFTER INSERT ON directory_tags WHEN new.listed_at IS NULL BEGIN
    UPDATE directory_tags SET listed_at = (SELECT d.listed_at FROM directory d WHERE d.id = new.directory_id)
    WHERE kind = new.kind AND value = new.value AND directory_id = new.directory_id;
END;
