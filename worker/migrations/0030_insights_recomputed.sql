-- The network now counts the organizations asking about each skill, and the people behind each
-- figure are sketched from keyed pseudonyms rather than ids: every day of the kept year is
-- computed again (a day of every scope per mark, a few runs in all), so no sketch mixes the two.
INSERT OR IGNORE INTO insight_dirty (scope, day)
SELECT DISTINCT '*', day FROM insight_days WHERE day >= date('now', '-370 days');
