-- The revision that records an entry as the seed imported it is written at the entry's first edit, and took
-- that edit's moment as its own. It now carries the seed's: a partnership's row keeps the moment its seed
-- migration wrote it (created_at); a country's answer came with the seed's migrations (db/seed, named
-- V<n>__seed_<part>.sql), whose time Flyway keeps without a zone, in the zone of the session that ran them.
-- Only those revisions change, and only their time.

UPDATE revision r
SET made_at = p.created_at
FROM partnership p
WHERE r.action = 'IMPORTED' AND r.entry_type = 'PARTNERSHIP' AND r.entry_key = p.id::text
  AND r.made_at <> p.created_at;

UPDATE revision r
SET made_at = seed.imported_at
FROM (SELECT max(installed_on) AT TIME ZONE current_setting('TimeZone') AS imported_at
      FROM ${flyway:table}
      WHERE success AND script LIKE 'V%\_\_seed\_%') seed
WHERE r.action = 'IMPORTED' AND r.entry_type = 'COUNTRY' AND seed.imported_at IS NOT NULL
  AND r.made_at <> seed.imported_at;
