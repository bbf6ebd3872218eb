-- An administrator merging two organisations or two source documents rewrites the entries that cited the one
-- merged away: each gets a revision of its own, marked as a merge.
ALTER TABLE revision DROP CONSTRAINT revision_action_check;
ALTER TABLE revision ADD CONSTRAINT revision_action_check
    CHECK (action IN ('IMPORTED', 'CREATED', 'EDITED', 'RETIRED', 'RESTORED', 'REVERTED', 'PART_ADDED', 'PART_REMOVED',
                      'MERGED'));
