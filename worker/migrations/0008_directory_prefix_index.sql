-- Searching by the start of a word (`kub` finds kubernetes) reads prefix indexes of two and three
-- characters instead of scanning every term in the index.
DROP TRIGGER directory_fts_insert;
DROP TRIGGER directory_fts_delete;
DROP TRIGGER directory_fts_update;
DROP TABLE directory_fts;

CREATE VIRTUAL TABLE directory_fts USING fts5 (
    display_name, headline, bio, expertise,
    content = 'directory', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
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

INSERT INTO directory_fts (directory_fts) VALUES ('rebuild');
