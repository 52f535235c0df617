-- An address may hold several live sign-in codes, each valid for its own ten minutes: asking for
-- a new one never voids one already mailed. Wrong guesses are counted per address and client in
-- rate_events instead of per code. Codes live ten minutes, so none worth keeping is lost here.
DROP TABLE login_codes;
CREATE TABLE login_codes (
    id         INTEGER PRIMARY KEY,
    email      TEXT NOT NULL,
    code_hash  TEXT NOT NULL,                        -- keyed hash; the code itself is never stored
    expires_at INTEGER NOT NULL                      -- unix seconds
) STRICT;

CREATE INDEX login_codes_by_email ON login_codes (email, expires_at);
