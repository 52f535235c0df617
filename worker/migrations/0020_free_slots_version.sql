-- Searches by free slot ("free within N days") cache their totals under a version that every
-- change of a mentor's next free slot raises, whatever statement makes it.
INSERT INTO meta (key, value) SELECT 'free_slots_version', '1'
WHERE NOT EXISTS (SELECT 1 FROM meta WHERE key = 'free_slots_version');

CREATE TRIGGER directory_free_slot_version AFTER UPDATE OF next_free_slot_at ON directory
WHEN old.next_free_slot_at IS NOT new.next_free_slot_at BEGIN
    UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'free_slots_version';
END;
