-- Sign-in attempts whose password is being checked, per account and per address: each attempt is counted
-- here before the (slow) password check, in one atomic statement, so that parallel attempts cannot all
-- pass a limit that none of them has reached yet. An attempt moves to the failures or is cleared when
-- its check ends; a count that no attempt has touched for a minute is left over from a stopped instance.
ALTER TABLE login_throttle
    ADD COLUMN pending          integer     NOT NULL DEFAULT 0 CHECK (pending >= 0),
    ADD COLUMN last_reserved_at timestamptz;
