-- Matching: how often each mentor was suggested this week (suggestions lower a mentor's score,
-- so that one popular mentor does not get every request), and the skill relations the scheduled
-- job learns from the network (tags that occur together on profiles and answered questions).

CREATE TABLE match_exposure (
    mentor_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    week      TEXT NOT NULL,                      -- the week's Monday (UTC), YYYY-MM-DD
    suggested INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (mentor_id, week)
) STRICT, WITHOUT ROWID;

CREATE TABLE skill_relations (
    tag     TEXT NOT NULL,
    related TEXT NOT NULL,
    weight  REAL NOT NULL CHECK (weight > 0 AND weight <= 1),
    PRIMARY KEY (tag, related)
) STRICT, WITHOUT ROWID;
