-- A word's start of up to ten characters reads one prefix index instead of merging the matches
-- of every word it starts: `engineer` would otherwise merge engineer and engineering, which
-- most profiles hold, on every search. The triggers on `directory` name the table and keep
-- working once it is recreated.
DROP TABLE directory_fts;

CREATE VIRTUAL TABLE directory_fts USING fts5 (
    display_name, headline, bio, expertise,
    content = 'directory', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4 5 6 7 8 9 10'
);

INSERT INTO directory_fts (directory_fts) VALUES ('rebuild');
