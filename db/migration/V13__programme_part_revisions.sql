-- A programme gets a revision of its own when an entry is linked to it or unlinked from it (or a linked
-- entry is retired or restored): its public list of parts changed.
ALTER TABLE revision DROP CONSTRAINT revision_action_check;
ALTER TABLE revision ADD CONSTRAINT revision_action_check
    CHECK (action IN ('IMPORTED', 'CREATED', 'EDITED', 'RETIRED', 'RESTORED', 'REVERTED', 'PART_ADDED', 'PART_REMOVED'));
