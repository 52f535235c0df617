-- Out-of-date insight marks taken by a scheduled run. A run moves the marks it takes here and
-- deletes each once its rewrite is stored; a run that dies on the way (the CPU limit ends it)
-- leaves them, and a later run puts them back once the lease is over. A mark made again while
-- one is claimed goes into insight_dirty as usual.
CREATE TABLE insight_claims (
    scope      TEXT NOT NULL,
    day        TEXT NOT NULL,
    claim      TEXT NOT NULL,
    claimed_at TEXT NOT NULL,
    PRIMARY KEY (scope, day, claim)
) STRICT, WITHOUT ROWID;

CREATE INDEX insight_claims_by_time ON insight_claims (claimed_at);
