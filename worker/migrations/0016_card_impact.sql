-- A mentor's impact in totals, kept on their listing for the directory's cards: the same counts
-- as the `impact` of `GET /api/mentors/{id}`, refreshed whenever attendance is reported or
-- settled and whenever an answer is accepted.
ALTER TABLE directory ADD COLUMN sessions_held INTEGER NOT NULL DEFAULT 0;
ALTER TABLE directory ADD COLUMN people_helped INTEGER NOT NULL DEFAULT 0;
ALTER TABLE directory ADD COLUMN answers_accepted INTEGER NOT NULL DEFAULT 0;

UPDATE directory SET
    sessions_held = (SELECT count(*) FROM bookings b
                     WHERE b.mentor_id = directory.user_id AND b.attendance = 'held'),
    answers_accepted = (SELECT count(*) FROM offers f
                        WHERE f.mentor_id = directory.user_id AND f.status = 'accepted'),
    people_helped = (SELECT count(DISTINCT b.mentee_id) FROM bookings b
                     WHERE b.mentor_id = directory.user_id AND b.attendance = 'held')
                  + (SELECT count(DISTINCT r.author_id) FROM offers f JOIN requests r ON r.id = f.request_id
                     WHERE f.mentor_id = directory.user_id AND f.status = 'accepted'
                       AND r.author_id NOT IN (SELECT b.mentee_id FROM bookings b
                                               WHERE b.mentor_id = directory.user_id AND b.attendance = 'held'));
