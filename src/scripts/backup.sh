#!/usr/bin/env bash
# Backs up the catalogue's database to one file in pg_dump's custom format (compressed, restorable
# with restore.sh or pg_restore, table by table if need be). The server is named the libpq way
# (PGHOST, PGPORT, PGUSER, PGPASSWORD); PG_BIN names the directory of a pg_dump at least as new as
# the server, if the one on the PATH is older. Further arguments go to pg_dump.
#   PGHOST=127.0.0.1 PGUSER=postgres src/scripts/backup.sh smpcatalogue smpcatalogue.dump
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 DATABASE FILE [pg_dump options]"; exit 2; }
database=$1 file=$2
shift 2
bin=${PG_BIN:+$PG_BIN/}
"${bin}pg_dump" --format=custom --compress=6 --no-owner --no-privileges --file="$file" "$@" "$database"
# A dump that pg_restore cannot read is no backup: list its contents once.
entries=$("${bin}pg_restore" --list "$file" | grep -c 'TABLE DATA')
echo "backup: $file ($(du -h "$file" | cut -f1), $entries tables) of database $database"
