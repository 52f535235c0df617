-- The counts each shown helpful share was last computed from: a mentor's (subject = their user
-- id) and an organization's or the network's insights (subject = 'insights:<scope>:<period>').
-- A share is published anew only after five more (or fewer) ratings, so that no single rating
-- can be read from its change.
CREATE TABLE published_shares (
  subject TEXT PRIMARY KEY,
  helpful INTEGER NOT NULL,
  ratings INTEGER NOT NULL
);

INSERT INTO published_shares (subject, helpful, ratings)
SELECT about_id, sum(rating = 'helpful'), count(*)
FROM feedback
WHERE author_side = 'mentee' AND rating IS NOT NULL
GROUP BY about_id
HAVING count(*) >= 5;
