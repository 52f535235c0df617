-- The mentor directory: one row per listed mentor (is_mentor, with a name), kept in step with
-- profiles by the worker, plus tag rows for filters and facets and an FTS5 index for text search.

CREATE TABLE directory (
    id                  INTEGER PRIMARY KEY,          -- the FTS rowid
    user_id             TEXT NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
    display_name        TEXT NOT NULL,
    headline            TEXT NOT NULL,
    bio                 TEXT NOT NULL,
    expertise           TEXT NOT NULL,                -- JSON array, as on the profile
    languages           TEXT NOT NULL,                -- JSON array
    timezone            TEXT NOT NULL,
    utc_offset_minutes  INTEGER NOT NULL,             -- now; refreshed by the cron job for DST
    career_stage        TEXT,
    organization_domain TEXT,
    visibility          TEXT NOT NULL,
    accepting_requests  INTEGER NOT NULL,
    next_free_slot_at   TEXT,                         -- maintained once mentors offer slots
    listed_at           TEXT NOT NULL
) STRICT;

CREATE INDEX directory_newest ON directory (listed_at DESC, id DESC);
CREATE INDEX directory_by_organization ON directory (organization_domain);
CREATE INDEX directory_by_stage ON directory (career_stage);
CREATE INDEX directory_by_offset ON directory (utc_offset_minutes);
CREATE INDEX directory_soonest ON directory (next_free_slot_at, id);

-- kind 'x' = expertise tag, 'l' = language code.
CREATE TABLE directory_tags (
    kind         TEXT NOT NULL,
    value        TEXT NOT NULL,
    directory_id INTEGER NOT NULL REFERENCES directory (id) ON DELETE CASCADE,
    PRIMARY KEY (kind, value, directory_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX directory_tags_by_mentor ON directory_tags (directory_id, kind);

CREATE VIRTUAL TABLE directory_fts USING fts5 (
    display_name, headline, bio, expertise,
    content = 'directory', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER directory_fts_insert AFTER INSERT ON directory BEGIN
    INSERT INTO directory_fts (rowid, display_name, headline, bio, expertise)
    VALUES (new.id, new.display_name, new.headline, new.bio, new.expertise);
END;

CREATE TRIGGER directory_fts_delete AFTER DELETE ON directory BEGIN
    INSERT INTO directory_fts (directory_fts, rowid, display_name, headline, bio, expertise)
    VALUES ('delete', old.id, old.display_name, old.headline, old.bio, old.expertise);
END;

CREATE TRIGGER directory_fts_update AFTER UPDATE ON directory BEGIN
    INSERT INTO directory_fts (directory_fts, rowid, display_name, headline, bio, expertise)
    VALUES ('delete', old.id, old.display_name, old.headline, old.bio, old.expertise);
    INSERT INTO directory_fts (rowid, display_name, headline, bio, expertise)
    VALUES (new.id, new.display_name, new.headline, new.bio, new.expertise);
END;
