#!/usr/bin/env bash
# Database faults under load, on a PostgreSQL 15 cluster of its own (never the shared one): the catalogue
# reaches it through a socat TCP proxy; wrk reads catalogue and detail pages, an editor saves an entry in
# a loop, a probe asks for an uncached search every 250 ms. Faults, one after the other:
#   fast       pg_ctl stop -m fast, 5 s away, start        (a restart with a visible outage)
#   immediate  pg_ctl stop -m immediate, 5 s away, start   (a crash: recovery on start)
#   terminate  pg_terminate_backend() on every catalogue connection
#   proxy-cut  the socat proxy killed, 5 s away, started again (the network to the database cut)
# Per fault it prints the answers' status codes, the slowest answer while the database was away, the
# time from the database's return to the first 200, and the edits confirmed; at the end, whether every
# confirmed edit is in the database and whether any entry is half written.
#
#   bash src/scripts/database-faults.sh     (needs PostgreSQL 15 server binaries, socat, wrk, curl, python3)
#
# Ports: 5441 (PostgreSQL), 5442 (proxy), 18310 (catalogue); override with SMP_FAULT_PORTS="5441 5442 18310".
set -euo pipefail
cd "$(dirname "$0")/../.."
read -r DB_PORT PROXY_PORT APP_PORT <<< "${SMP_FAULT_PORTS:-5441 5442 18310}"
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
DOWN=${SMP_FAULT_DOWN_SECONDS:-5}
work=$(mktemp -d /tmp/smp-faults.XXXXXX)
chmod 755 "$work"
data="$work/data"
app="http://localhost:$APP_PORT"
pids=()

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pgctl() { as_postgres "$PG_BIN/pg_ctl" -D "$data" -l "$work/postgres.log" -w "$@" >/dev/null; }
sql() { psql -h 127.0.0.1 -p "$DB_PORT" -U postgres -d smp -Atq -c "$1"; }
now() { date +%s.%N; }
start_proxy() {
  socat TCP-LISTEN:"$PROXY_PORT",bind=127.0.0.1,fork,reuseaddr TCP:127.0.0.1:"$DB_PORT" 2>> "$work/socat.log" &
  proxy=$!
}
cleanup() {
  for pid in "${pids[@]}" ${proxy:+$proxy}; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  pgctl stop -m fast 2>/dev/null || true
  if [ -n "${SMP_FAULT_KEEP:-}" ]; then echo "Logs kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

jar=$(bash src/scripts/catalogue-jar.sh)

echo "PostgreSQL 15 cluster of its own in $data, port $DB_PORT; socat proxy on $PROXY_PORT"
mkdir -p "$data"
[ "$(id -u)" = 0 ] && chown -R postgres "$work"
as_postgres "$PG_BIN/initdb" -D "$data" -U postgres -A trust >/dev/null
pgctl -o "-p $DB_PORT -c listen_addresses=127.0.0.1 -k $work" start
psql -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -qc "CREATE DATABASE smp"
start_proxy

java -jar "$jar" --server.port="$APP_PORT" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PROXY_PORT/smp" --spring.datasource.username=postgres \
  --smp.admin.username=admin --smp.admin.password=database-faults-admin-passphrase > "$work/app.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 300); do curl -fs -o /dev/null "$app/actuator/health/readiness" && break; sleep 1; done
curl -fs -o /dev/null "$app/actuator/health/readiness" || { tail -40 "$work/app.log"; echo "The catalogue did not start"; exit 1; }
echo "Catalogue on $app"

cookies="$work/cookies"
browser() { curl -s -m 30 -b "$cookies" -c "$cookies" "$@"; }
login=$(browser "$app/login" | python3 src/scripts/form-data.py /login username=admin password=database-faults-admin-passphrase)
[ "$(browser -o /dev/null -w '%{http_code}' -X POST --data "$login" "$app/login")" = 302 ] || { echo "Sign-in failed"; exit 1; }

cat > "$work/pages.lua" <<'LUA'
local paths = { "/partnerships", "/partnerships/palim", "/countries/BE", "/partnerships?origin=MA",
                "/partnerships?q=training", "/countries/DE", "/" }
local i = 0
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) codes = {} end
function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
function response(status, headers, body) codes[status] = (codes[status] or 0) + 1 end
function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("codes")) do total[status] = (total[status] or 0) + count end
  end
  for status, count in pairs(total) do io.write(string.format("status %d %d\n", status, count)) end
end
LUA

# An editor saving the same entry again and again; each confirmed save (302) is written down.
editor() { # file
  local n=0
  while true; do
    n=$((n + 1))
    local form code
    form=$(browser "$app/partnerships/palim/edit" | python3 src/scripts/form-data.py /partnerships/palim/edit \
      summaryEn="Saved under faults [edit-$1-$n]." 2>/dev/null) || { echo "$n form-not-served" >> "$work/$1.edits"; sleep 0.3; continue; }
    code=$(browser -o /dev/null -w '%{http_code}' -X POST --data "$form" "$app/partnerships/palim/edit")
    echo "$n $code" >> "$work/$1.edits"
    sleep 0.3
  done
}
probe() { # file
  while true; do
    echo "$(now) $(curl -s -m 30 -o /dev/null -w '%{http_code} %{time_total}' "$app/partnerships?q=probe$RANDOM")" >> "$work/$1.probe"
    sleep 0.25
  done
}

fault() { # name, command taking the database away, command bringing it back
  local name=$1 away=$2 back=$3
  : > "$work/$name.probe"; : > "$work/$name.edits"
  wrk -t2 -c16 -d$((DOWN + 25))s --timeout 15s --latency -s "$work/pages.lua" "$app" > "$work/$name.wrk" 2>&1 &
  local load=$!
  probe "$name" & local prober=$!
  editor "$name" & local editing=$!
  sleep 8
  local t_away t_back
  t_away=$(now); eval "$away"; sleep "$DOWN"; eval "$back"; t_back=$(now)
  local readiness
  readiness=$(cat "$work/readiness" 2>/dev/null || echo "?")
  sleep 15
  kill "$prober" "$editing"; wait "$load" 2>/dev/null || true
  wait "$prober" "$editing" 2>/dev/null || true
  python3 - "$name" "$t_away" "$t_back" "$work" "$readiness" <<'PY'
import re, sys
name, away, back, work, readiness = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4], sys.argv[5]
probes = [line.split() for line in open(f"{work}/{name}.probe") if len(line.split()) == 3]
codes = {}
for _, code, _ in probes: codes[code] = codes.get(code, 0) + 1
during = [float(t) for ts, code, t in probes if away <= float(ts) <= back]
first_ok = next((float(ts) + float(t) for ts, code, t in probes if float(ts) >= back and code == "200"), None)
edits = [line.split() for line in open(f"{work}/{name}.edits")]
ecodes = {}
for _, code in edits: ecodes[code] = ecodes.get(code, 0) + 1
wrk = open(f"{work}/{name}.wrk").read()
def grab(pattern):
    m = re.search(pattern, wrk); return m.group(1) if m else "0"
print(f"\n== {name}: database away {back - away:.1f} s")
requests, non2xx = grab(r"(\d+) requests in"), grab(r"Non-2xx or 3xx responses: (\d+)")
timeouts, p99, worst = grab(r"timeout (\d+)"), grab(r"\n\s+99%\s+(\S+)"), grab(r"Latency\s+\S+\s+\S+\s+(\S+)")
statuses = dict(sorted(re.findall(r"status (\d+) (\d+)", wrk)))
print(f"   wrk: {requests} requests, status codes {statuses}, timeouts {timeouts}, p99 {p99}, max {worst}")
print(f"   probe status codes: {dict(sorted(codes.items()))}; slowest answer while away: "
      f"{max(during) if during else 0:.2f} s")
print(f"   readiness while away: {readiness}")
print(f"   first 200 after the database's return: " + (f"{first_ok - back:.2f} s" if first_ok else "NONE"))
print(f"   editor saves: {len(edits)} tried, {ecodes.get('302', 0)} confirmed (302), answers {dict(sorted(ecodes.items()))}")
PY
}

readiness_while_away() { sleep 3; curl -s -m 10 -o /dev/null -w '%{http_code}' "$app/actuator/health/readiness" > "$work/readiness" || true; }

fault fast 'pgctl stop -m fast; readiness_while_away' 'pgctl -o "-p $DB_PORT -c listen_addresses=127.0.0.1 -k $work" start'
fault immediate 'pgctl stop -m immediate; readiness_while_away' 'pgctl -o "-p $DB_PORT -c listen_addresses=127.0.0.1 -k $work" start'
fault terminate 'sql "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '"'smp'"' AND pid <> pg_backend_pid()" > "$work/terminated"; echo "   (terminated $(cat "$work/terminated") backends)"; readiness_while_away' ':'
fault proxy-cut 'pkill -P $proxy; kill $proxy; wait $proxy 2>/dev/null || true; readiness_while_away' 'start_proxy'

echo
echo "== After all faults"
confirmed=$(for f in fast immediate terminate proxy-cut; do awk -v f="$f" '$2 == 302 { print f "-" $1 }' "$work/$f.edits"; done | sort -u)
found=$(sql "SELECT DISTINCT (regexp_matches(snapshot::text, '\\[edit-([a-z-]+-[0-9]+)\\]', 'g'))[1] FROM revision" | sort -u)
missing=$(comm -23 <(echo "$confirmed") <(echo "$found") | grep -c . || true)
echo "   edits confirmed to the editor: $(echo "$confirmed" | grep -c .), found in the history: $(comm -12 <(echo "$confirmed") <(echo "$found") | grep -c .), missing: $missing"
echo "   saved but not confirmed (the answer was lost with the connection): $(comm -13 <(echo "$confirmed") <(echo "$found") | grep -c . || true)"
version=$(sql "SELECT version FROM partnership WHERE slug = 'palim'")
revisions=$(sql "SELECT count(*) FROM revision r JOIN partnership p ON r.entry_key = p.id::text
  WHERE r.entry_type = 'PARTNERSHIP' AND p.slug = 'palim' AND r.action = 'EDITED'")
latest=$(sql "SELECT count(*) FROM partnership p JOIN revision r ON r.entry_type = 'PARTNERSHIP' AND r.entry_key = p.id::text
  AND r.entry_version = p.version WHERE p.slug = 'palim' AND strpos(r.snapshot::text, p.summary_en) > 0")
echo "   palim: version $version, $revisions edit revisions, latest revision matches the row: $([ "$latest" = 1 ] && echo yes || echo NO)"
echo "   exceptions that reached the container (after the answer had started): $(grep -c 'threw exception' "$work/app.log" || true)"
echo "   catalogue still answering: GET /partnerships -> $(curl -s -o /dev/null -w '%{http_code}' "$app/partnerships")"
[ "$missing" = 0 ] && [ "$latest" = 1 ]
