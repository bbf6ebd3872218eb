#!/usr/bin/env bash
# Restores a dump made by backup.sh into a new database (it refuses one that exists), in a single
# transaction that stops at the first error, then counts what it holds. The server is named the libpq
# way (PGHOST, PGPORT, PGUSER, PGPASSWORD); PG_BIN as for backup.sh. Point the catalogue at the new
# database (SPRING_DATASOURCE_URL) once it is there.
#   PGHOST=127.0.0.1 PGUSER=postgres src/scripts/restore.sh smpcatalogue.dump smpcatalogue_restored
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 FILE NEW_DATABASE"; exit 2; }
file=$1 database=$2
bin=${PG_BIN:+$PG_BIN/}
"${bin}createdb" "$database"
"${bin}pg_restore" --exit-on-error --single-transaction --no-owner --no-privileges --dbname="$database" "$file"
"${bin}psql" -qAtd "$database" -c "SELECT 'restore: ' || (SELECT count(*) FROM partnership) || ' partnerships, '
  || (SELECT count(*) FROM country) || ' countries, ' || (SELECT count(*) FROM revision) || ' revisions, '
  || (SELECT count(*) FROM account) || ' accounts into database $database'"
