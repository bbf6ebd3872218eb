#!/usr/bin/env bash
# What a first request costs: the catalogue's searches with nothing kept for them at the current catalogue
# version (docs/performance.md, "Fast on the first request too"). One command:
#
#   bash src/scripts/bench-cold.sh                     # N = 1,000 10,000 100,000, 20 requests per URL
#   BENCH_N="10000" BENCH_SAMPLES=10 bash src/scripts/bench-cold.sh
#
# For each N: a fresh database smp_cold_<N> (only databases of that name are created and dropped), the jar
# on it with a 512 MB heap, N synthetic partnerships (src/scripts/generate-data.sql, seed 0.42). Then, on
# one connection, each URL right after an edit of one entry, for both designs of the counts (bitmaps, then
# --smp.catalogue.facet-index=false: the SQL statements); the first request after an edit of reference data
# (the index read in full); sixteen first requests at once for one page; the whole catalogue as CSV and XLSX (first byte,
# total, heap in use at its peak and the live heap during the download). Appends the tables to
# docs/performance-results.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

SIZES=${BENCH_N:-"1000 10000 100000"}
SAMPLES=${BENCH_SAMPLES:-20}
PORT=${BENCH_PORT:-18110}
PGHOST=${BENCH_PGHOST:-127.0.0.1}
PGUSER=${BENCH_PGUSER:-postgres}
export PGHOST PGUSER
[ -n "${BENCH_PGPASSWORD:-}" ] && export PGPASSWORD=$BENCH_PGPASSWORD
WORK=/tmp/smp-cold-$PORT
RESULTS=docs/performance-results.md
BASE=http://127.0.0.1:$PORT
rm -rf "$WORK" && mkdir -p "$WORK"
APP_PID=""
stop() { if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true; fi; APP_PID=""; }
trap stop EXIT

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  echo "Building the jar…"
  ./mvnw -q -DskipTests package
fi
JAR=$(ls target/smp-catalogue-*.jar | grep -v original | head -1)

start_app() { # db [extra args…]
  local db=$1; shift
  java -Xmx512m -jar "$JAR" --server.port="$PORT" --spring.datasource.url="jdbc:postgresql://$PGHOST:5432/$db" \
    --spring.datasource.username="$PGUSER" --spring.datasource.password="${PGPASSWORD:-}" "$@" > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 240); do
    curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 "$APP_PID" 2>/dev/null || { echo "The application stopped"; tail -20 "$WORK/app.log"; exit 1; }
    sleep 1
  done
  echo "The application did not answer within 4 minutes"; exit 1
}

# "p50 slowest non-200" in milliseconds over $SAMPLES requests on one connection, each the first after an
# edit of one entry (so nothing is kept for the new catalogue version: no page, no count, no statistics).
cold() { # path
  local times=() bad=0 code t
  for _ in $(seq 1 "$SAMPLES"); do
    edit_entry "$DB" "$N"
    read -r code t <<< "$(curl -s -o /dev/null -w '%{http_code} %{time_total}' --max-time 60 "$BASE$1")"
    [ "$code" = 200 ] || bad=$((bad + 1))
    times+=("$t")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v bad="$bad" '{ v[NR] = $1 * 1000 } END { printf "%.1f %.1f %d\n", v[int((NR + 1) / 2)], v[NR], bad }'
}

# A new catalogue version and nothing else (nothing changed: kept pages and counts are simply not reached).
edit() { psql -q -d "$1" -c "UPDATE catalogue_version SET version = nextval('catalogue_version_seq')" >/dev/null; }
# A contact point's edit: one entry's status; the facet index re-reads that entry.
edit_entry() {
  psql -q -d "$1" -c "UPDATE partnership SET status = CASE status WHEN 'ONGOING' THEN 'COMPLETED' ELSE 'ONGOING' END
    WHERE id = (SELECT id FROM partnership ORDER BY id OFFSET floor(random() * $2) LIMIT 1)" >/dev/null
}
# An edit of what the region facet joins (a region's members): the facet index is read in full.
edit_reference() { psql -q -d "$1" -c "UPDATE region_member SET country_code = country_code WHERE region_slug = 'africa'" >/dev/null; }

# The live heap in KB: a full collection, then the class histogram's total.
heap_live_kb() { jcmd "$APP_PID" GC.class_histogram 2>/dev/null | awk '/^Total/ { printf "%d\n", $3 / 1024 }'; }

heap_used_kb() { jcmd "$APP_PID" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*'; }

COMMIT=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src db pom.xml || echo "+changes")
{
  echo
  echo "## $(date -u +%Y-%m-%dT%H:%MZ), commit $COMMIT: first requests (src/scripts/bench-cold.sh)"
  echo
  echo "$(nproc) cores, $SAMPLES first requests per URL, each right after an edit of one entry, app with -Xmx512m on PostgreSQL $(psql -Atc 'SHOW server_version' postgres | cut -d' ' -f1); load average at the start $(cut -d' ' -f1-3 /proc/loadavg)."
} >> "$RESULTS"

declare -A URLS=(
  [facets+search]="/partnerships?destination=DE&sector=health&q=nurses"
  [catalogue]="/partnerships"
  [page 50]="/partnerships?page=50"
  [statistics]="/statistics"
  [map]="/map"
  [api list]="/api/partnerships"
)
ORDER=("facets+search" "catalogue" "page 50" "statistics" "map" "api list")

for N in $SIZES; do
  DB=smp_cold_$N
  echo "=== N = $N (database $DB)"
  dropdb --if-exists "$DB" && createdb "$DB"
  start_app "$DB"
  echo "Generating $N partnerships…"
  psql -q -v ON_ERROR_STOP=1 -d "$DB" -f src/scripts/generate-data.sql -c "SELECT pg_temp.smp_generate($N, 0.42)" >/dev/null
  psql -q -d "$DB" -c "VACUUM ANALYZE" >/dev/null
  TABLE="$WORK/table-$N.md"
  {
    echo
    echo "### N = $N, first requests"
    echo
    echo "| URL | design | p50 ms | slowest ms |"
    echo "|---|---|---:|---:|"
  } > "$TABLE"
  for design in bitmaps sql; do
    if [ "$design" = sql ]; then
      stop
      start_app "$DB" --smp.catalogue.facet-index=false
    fi
    for name in "${ORDER[@]}"; do curl -fs -o /dev/null --max-time 120 "$BASE${URLS[$name]}" || true; done
    for name in "${ORDER[@]}"; do
      read -r P50 SLOWEST BAD <<< "$(cold "${URLS[$name]}")"
      label=$name
      [ "$BAD" != "0" ] && label="$name ($BAD not 200)"
      echo "| $label \`${URLS[$name]}\` | $design | $P50 | $SLOWEST |" | tee -a "$TABLE"
    done
  done
  stop
  start_app "$DB"
  curl -fs -o /dev/null --max-time 120 "$BASE/partnerships"

  # The first request after an edit of what the region facet joins: the facet index is read in full.
  TIMES=()
  for _ in 1 2 3 4 5; do
    edit_reference "$DB"
    TIMES+=("$(curl -fs -o /dev/null -w '%{time_total}' --max-time 120 "$BASE/partnerships?page=50")")
  done
  echo "" >> "$TABLE"
  echo "- First request after an edit of a region's members (the facet index read in full), \`/partnerships?page=50\`, five edits: $(printf '%s s ' "${TIMES[@]}")" | tee -a "$TABLE"

  # Sixteen first requests at once for one page, against one alone (each right after an edit).
  edit "$DB"
  curl -fs -o /dev/null --max-time 120 "$BASE/partnerships" # the facet index of this version
  ALONE=$(curl -fs -o /dev/null -w '%{time_total}' --max-time 120 "$BASE/partnerships?page=50&sort=start")
  edit "$DB"
  curl -fs -o /dev/null --max-time 120 "$BASE/partnerships"
  CURLS=()
  for i in $(seq 1 16); do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 120 "$BASE/partnerships?page=50&sort=start" > "$WORK/stampede-$i.txt" &
    CURLS+=($!)
  done
  wait "${CURLS[@]}" || true
  OK=$(cat "$WORK"/stampede-*.txt | awk '$1 == 200' | wc -l)
  SLOWEST=$(cat "$WORK"/stampede-*.txt | awk '{ print $2 }' | sort -n | tail -1)
  echo "- Sixteen first requests at once for \`/partnerships?page=50&sort=start\`: $OK answered 200, slowest $SLOWEST s; one alone: $ALONE s" | tee -a "$TABLE"

  # The whole catalogue as a download: first byte, total, heap growth (the peak of "used", garbage included,
  # sampled every 0.2 s; and the live heap, after a full collection, every 5 s: what the download keeps).
  for format in csv xlsx; do
    BEFORE=$(heap_live_kb)
    ( n=0; while kill -0 "$APP_PID" 2>/dev/null && [ ! -e "$WORK/done-$format" ]; do
        heap_used_kb >> "$WORK/heap-$format.txt"
        [ $((n % 25)) = 12 ] && heap_live_kb >> "$WORK/live-$format.txt"
        n=$((n + 1)); sleep 0.2
      done ) &
    SAMPLER=$!
    RESULT=$(curl -fs -o /dev/null -w '%{time_starttransfer} %{time_total} %{size_download}' --max-time 600 "$BASE/partnerships.$format")
    touch "$WORK/done-$format"; wait "$SAMPLER" 2>/dev/null || true
    PEAK=$(sort -n "$WORK/heap-$format.txt" | tail -1)
    LIVE=$(sort -n "$WORK/live-$format.txt" 2>/dev/null | tail -1)
    read -r FIRST TOTAL SIZE <<< "$RESULT"
    echo "- Whole catalogue as $format: first byte $FIRST s, complete $TOTAL s, $((SIZE / 1024 / 1024)) MB; live heap $((BEFORE / 1024)) MB before; during: at most $((PEAK / 1024)) MB in use (garbage included), $( [ -n "$LIVE" ] && echo "at most $((LIVE / 1024)) MB live (+$(((LIVE - BEFORE) / 1024)) MB)" || echo "no live sample (under 3 s)")" | tee -a "$TABLE"
  done
  echo "- Heap in use after the run: $(( $(heap_used_kb) / 1024 )) MB (of -Xmx512m)" | tee -a "$TABLE"
  cat "$TABLE" >> "$RESULTS"
  stop
  dropdb --if-exists "$DB"
done
echo "Appended to $RESULTS"
