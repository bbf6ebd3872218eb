#!/usr/bin/env bash
# Load, shutdown and login-flood checks of the packaged catalogue (docs/reliability.md), one command:
#   1. soak: wrk at $SOAK_CONNECTIONS connections for $SOAK_DURATION seconds over catalogue, search, detail
#      and country pages while a contact point saves partnerships through the real edit form; reports
#      errors, p50/p99, the heap after a full GC before and after, saves done and saves kept;
#   2. shutdown: SIGTERM while $SOAK_CONNECTIONS readers are busy; every request's outcome is matched
#      with the server's access log, so a request the server took in and did not answer is counted;
#   3. login flood: anonymous readers' p99 on /partnerships at a steady 40 requests/s, without and then
#      with a flood of wrong passwords from 200 loopback addresses.
# The catalogue runs from its jar on a database of its own on the local PostgreSQL server (PGHOST,
# PGPORT, PGUSER, PGPASSWORD; default 127.0.0.1:5432, postgres), dropped at the end.
#   src/scripts/soak.sh                       # the 5-minute soak
#   SOAK_DURATION=60 src/scripts/soak.sh      # a quick one
set -euo pipefail
cd "$(dirname "$0")/../.."

duration=${SOAK_DURATION:-300}
connections=${SOAK_CONNECTIONS:-40}
port=${SOAK_PORT:-18401}
flood_duration=${SOAK_FLOOD_DURATION:-60}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
database=smp_soak_$$
work=$(mktemp -d /tmp/smp-soak.XXXXXX)
clients=(python3 src/scripts/soak_clients.py)
url=http://127.0.0.1:$port
app=""

cleanup() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
  psql -qd postgres -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
log() { printf '\n== %s\n' "$*"; }

for tool in wrk hey jcmd psql python3 curl; do
  command -v $tool >/dev/null || { echo "soak.sh needs $tool"; exit 1; }
done
jar=$(ls target/smp-catalogue-*.jar 2>/dev/null | head -1 || true)
if [ -z "$jar" ]; then ./mvnw -q -DskipTests package; jar=$(ls target/smp-catalogue-*.jar | head -1); fi
cp "$jar" "$work/catalogue.jar" # a build running meanwhile may replace the one in target/
jar=$work/catalogue.jar
psql -qd postgres -c "CREATE DATABASE $database"

# Starts the catalogue (extra arguments are Spring properties) and waits until it serves the catalogue.
start() {
  java -Xmx512m -jar "$jar" --server.port="$port" \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$database" \
    --spring.datasource.username="$PGUSER" --spring.datasource.password="${PGPASSWORD:-}" "$@" >> "$work/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 180); do
    if curl -fsS -o /dev/null "$url/partnerships" 2>/dev/null; then return 0; fi
    kill -0 "$app" 2>/dev/null || { tail -40 "$work/app.log"; echo "The catalogue did not start"; exit 1; }
    sleep 1
  done
  echo "The catalogue did not answer within 180 s"; exit 1
}
# The live heap after a full collection, in MB.
heap() {
  jcmd "$app" GC.run >/dev/null
  sleep 2
  jcmd "$app" GC.heap_info | awk '/used/ { for (i = 1; i < NF; i++) if ($i == "used") { sub(/K,?$/, "", $(i + 1)); printf "%.0f", $(i + 1) / 1024; exit } }'
}

log "Starting the catalogue on database $database (port $port)"
start --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$work" \
  --server.tomcat.accesslog.prefix=access --server.tomcat.accesslog.suffix=.log \
  --server.tomcat.accesslog.rotate=false --server.tomcat.accesslog.buffered=false \
  '--server.tomcat.accesslog.pattern=%{X-Request-Id}i %s'

# Pages: a third catalogue pages with filters, a third searches, a third detail and country pages.
psql -Atd "$database" -c "SELECT '/partnerships/' || slug FROM partnership WHERE NOT retired
                          UNION ALL SELECT '/countries/' || code FROM country" > "$work/details"
catalogue=(/ /partnerships '/partnerships?page=2' '/partnerships?origin=MA' '/partnerships?destination=DE'
  '/partnerships?origin=TN&origin=MA' '/partnerships?sort=start-desc' '/partnerships?sort=updated'
  '/partnerships?from=2015&to=2020' '/partnerships?destination=BE&sort=name' /countries /sources)
search=('/partnerships?q=talent' '/partnerships?q=nurses' '/partnerships?q=Morocco' '/partnerships?q=formation'
  '/partnerships?q=digital&sort=relevance' '/partnerships?q=PALIM' '/partnerships?q=mobilit%C3%A9'
  '/partnerships?q=skills+recognition' '/partnerships?q=Nigeria' '/partnerships?q=ICT&origin=MA')
for path in "${catalogue[@]}" "${search[@]}" $(head -3 "$work/details"); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$url$path")
  [ "$code" = 200 ] || { echo "GET $path answered $code; fix the page list"; exit 1; }
done
repeat=$(( $(wc -l < "$work/details") / ${#catalogue[@]} + 1 ))
for _ in $(seq 1 "$repeat"); do printf '%s\n' "${catalogue[@]}"; done | head -n "$(wc -l < "$work/details")" > "$work/paths"
for _ in $(seq 1 "$repeat"); do printf '%s\n' "${search[@]}"; done | head -n "$(wc -l < "$work/details")" >> "$work/paths"
cat "$work/details" >> "$work/paths"

# A contact point for Belgium, and the partnerships it may edit.
hash=$(python3 -W ignore -c "import crypt; print(crypt.crypt('soak-editor-passphrase', crypt.mksalt(crypt.METHOD_BLOWFISH, rounds=1024)))")
psql -qd "$database" -c "INSERT INTO account (username, display_name, password_hash, role, country_code)
                         VALUES ('soak.editor', 'Soak editor', '{bcrypt}$hash', 'CONTACT_POINT', 'BE')"
slugs=$(psql -Atd "$database" -c "SELECT string_agg(slug, ',') FROM partnership p WHERE NOT retired AND
  (reporting_country = 'BE' OR EXISTS (SELECT 1 FROM partnership_destination_country d
                                        WHERE d.partnership_id = p.id AND d.country_code = 'BE'))")

log "Warm-up: 30 s of wrk"
wrk -t2 -c"$connections" -d30s -s src/scripts/soak.lua "$url" -- "$work/paths" > /dev/null
heap_before=$(heap)

log "Soak: wrk -t2 -c$connections -d${duration}s over $(wc -l < "$work/paths") pages, and an editor saving"
"${clients[@]}" editor --port "$port" --user soak.editor --password soak-editor-passphrase --slugs "$slugs" \
  --duration "$duration" --out "$work/editor.json" &
editor=$!
wrk -t2 -c"$connections" -d"${duration}s" --timeout 30s -s src/scripts/soak.lua "$url" -- "$work/paths" | tee "$work/wrk.txt"
wait $editor
heap_after=$(heap)
psql -Atd "$database" -F $'\t' -c "SELECT slug, coalesce(description_en, '') FROM partnership" > "$work/texts"
edits=$(psql -Atd "$database" -c "SELECT count(*) FROM revision r JOIN account a ON a.id = r.author_id
                                 WHERE a.username = 'soak.editor' AND r.action = 'EDITED'")
saves=$(python3 -c "
import json, sys
result = json.load(open('$work/editor.json'))
texts = dict(line.rstrip('\n').split('\t', 1) for line in open('$work/texts'))
lost = sum(1 for slug, markers in result['confirmed'].items() for m in markers if m not in texts[slug].split())
print(f\"saves={result['saves']} conflicts={result['conflicts']} errors={sum(result['errors'].values())} {result['errors'] or ''} lost={lost}\")")
echo "editor: $saves revisions=$edits"
echo "heap after full GC: before=${heap_before} MB after=${heap_after} MB"

log "Shutdown: SIGTERM while $connections readers are busy"
"${clients[@]}" probe --port "$port" --paths "$work/paths" --connections "$connections" --duration 40 --out "$work/probe.json" &
probe=$!
sleep 15
kill -TERM "$app"
signalled=$(date +%s.%N)
wait "$app" || true
stopped=$(date +%s.%N)
app=""
wait $probe
shutdown=$("${clients[@]}" report --outcomes "$work/probe.json" --access-log "$work/access.log" --signalled "$signalled")
echo "$shutdown (the catalogue stopped $(printf '%.1f' "$(echo "$stopped - $signalled" | bc)") s after SIGTERM)"
grep -q "Graceful shutdown complete" "$work/app.log" && echo "log: Graceful shutdown complete"

log "Login flood: readers on /partnerships at 40 requests/s, ${flood_duration} s without, then with, a flood"
start
hey -z "${flood_duration}s" -c 4 -q 10 -o csv "$url/partnerships" > "$work/quiet.csv"
quiet=$("${clients[@]}" latency "$work/quiet.csv")
"${clients[@]}" flood --port "$port" --workers 8 --duration "$((flood_duration + 5))" --addresses 200 --random-users > "$work/flood.txt" &
flooder=$!
sleep 3
hey -z "${flood_duration}s" -c 4 -q 10 -o csv "$url/partnerships" > "$work/flooded.csv"
flooded=$("${clients[@]}" latency "$work/flooded.csv")
wait $flooder
echo "readers without flood: $quiet"
echo "readers during flood:  $flooded"
cat "$work/flood.txt"

log "Summary"
cat "$work/wrk.txt" | grep '^wrk:'
echo "editor: $saves revisions=$edits"
echo "heap after full GC: before=${heap_before} MB after=${heap_after} MB"
echo "$shutdown"
echo "readers without flood: $quiet"
echo "readers during flood:  $flooded"
cat "$work/flood.txt"
grep -E ' ERROR |Exception' "$work/app.log" | grep -v 'ClientAbortException' | head -5 || true
