-- Facts about this database itself: schema notes and one-time markers (e.g. demo data loaded).
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

INSERT INTO meta (key, value) VALUES ('created_by_migration', '0001');
