-- A question may be addressed to one mentor: only they see it. No foreign key: deleting that
-- mentor's account deletes the question explicitly (it must never fall back to everyone).
ALTER TABLE requests ADD COLUMN mentor_id TEXT;
-- Whom the request reached when posted or last edited: how many mentors, and which of its
-- skills they list (JSON array), so its author is told honestly.
ALTER TABLE requests ADD COLUMN reach_mentors INTEGER NOT NULL DEFAULT 0;
ALTER TABLE requests ADD COLUMN reach_skills TEXT NOT NULL DEFAULT '[]';

CREATE INDEX requests_to_mentor ON requests (mentor_id, created_at) WHERE mentor_id IS NOT NULL;
