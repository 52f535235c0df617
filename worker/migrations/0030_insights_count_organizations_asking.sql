-- The network now counts the organizations asking about each skill: every day it has figures for
-- is computed again (a day of every scope per mark, a few runs in all).
INSERT OR IGNORE INTO insight_dirty (scope, day)
SELECT DISTINCT '*', day FROM insight_days WHERE day >= date('now', '-370 days');
