-- Organizations now come from the Public Suffix List and a maintained free-mail list. Those made
-- before may be a public suffix (everyone at *.com.tw in one "organization") or a free-mail
-- provider; the scheduled job re-derives the members of each organization marked here and clears
-- the mark. Organizations made from now on are right from the start.
ALTER TABLE organizations ADD COLUMN needs_check INTEGER NOT NULL DEFAULT 0 CHECK (needs_check IN (0, 1));
UPDATE organizations SET needs_check = 1;
CREATE INDEX organizations_to_check ON organizations (needs_check) WHERE needs_check = 1;
