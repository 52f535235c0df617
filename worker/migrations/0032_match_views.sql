-- Which mentors each viewer was suggested on each UTC day. A suggestion counts toward a mentor's
-- weekly exposure once per viewer, mentor and day, and ranking reads the exposure from before
-- today, so the same goal gives the same suggestions all day long. `viewer` is a hash of the
-- account (or, signed out, of the client's address), never the id itself.
CREATE TABLE match_views (
    mentor_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day       TEXT NOT NULL,                      -- YYYY-MM-DD, UTC
    viewer    TEXT NOT NULL,
    PRIMARY KEY (mentor_id, day, viewer)
) STRICT, WITHOUT ROWID;

CREATE INDEX match_views_by_day ON match_views (day);
