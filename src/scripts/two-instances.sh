#!/usr/bin/env bash
# Two instances of the catalogue on one PostgreSQL, as behind a load balancer, and one person's browser
# (curl with one cookie jar) going to either: signs in on the first, edits on the second with the same
# session, sees the edit on both, then saves a stale form on the first and is shown the conflict.
#
#   bash src/scripts/two-instances.sh            # PostgreSQL at 127.0.0.1:5432, user postgres
#   PGHOST=... PGPORT=... PGUSER=... PGPASSWORD=... SMP_PORTS="18301 18302" bash src/scripts/two-instances.sh
#
# It creates its own database (dropped at the end) and builds the jar unless SMP_JAR names one.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
read -r PORT_A PORT_B <<< "${SMP_PORTS:-18301 18302}"
database="smp_two_instances_$$"
work=$(mktemp -d)
pids=()

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

jar=$(bash src/scripts/catalogue-jar.sh)
psql -q -d postgres -c "CREATE DATABASE $database" >/dev/null
echo "Database $database on $PGHOST:$PGPORT"

start() { # port
  java -jar "$jar" --server.port="$1" \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$database" \
    --spring.datasource.username="$PGUSER" --spring.datasource.password="${PGPASSWORD:-}" \
    --smp.admin.username=admin --smp.admin.password=two-instances-admin-passphrase \
    > "$work/app-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 300); do
    if curl -fs -o /dev/null "http://localhost:$1/actuator/health/readiness"; then
      echo "Instance on port $1 ready"; return
    fi
    sleep 1
  done
  tail -40 "$work/app-$1.log"; echo "The instance on port $1 did not start"; exit 1
}
start "$PORT_A"   # the first one migrates the database
start "$PORT_B"

A="http://localhost:$PORT_A" B="http://localhost:$PORT_B" jar_file="$work/cookies"
browser() { curl -s -b "$jar_file" -c "$jar_file" "$@"; }
status() { browser -o /dev/null -w '%{http_code}' "$@"; }
form() { # page url, action, overrides...
  local page=$1 action=$2; shift 2
  browser "$page" | python3 src/scripts/form-data.py "$action" "$@"
}
check() { # description, condition
  if eval "$2"; then echo "  ok    $1"; else echo "  FAIL  $1"; failures=$((failures + 1)); fi
}
failures=0

echo "1. Sign in on the first instance ($PORT_A)"
code=$(status -X POST --data "$(form "$A/login" /login username=admin password=two-instances-admin-passphrase)" "$A/login")
echo "   POST $A/login -> $code $(grep -o 'SESSION.*' "$jar_file" | cut -c1-20)..."
check "signed in (302)" '[ "$code" = 302 ]'

echo "2. The same session cookie on the second instance ($PORT_B)"
page=$(browser "$B/account")
check "GET $B/account shows the administrator" 'grep -q "admin" <<< "$page" && grep -q "logout" <<< "$page"'

echo "3. Edit on the second instance"
stale=$(form "$A/partnerships/palim/edit" /partnerships/palim/edit summaryEn="A stale edit, from the first instance.")
edit=$(form "$B/partnerships/palim/edit" /partnerships/palim/edit summaryEn="Edited through the second instance at $(date -u +%T).")
code=$(status -X POST --data "$edit" "$B/partnerships/palim/edit")
echo "   POST $B/partnerships/palim/edit -> $code"
check "saved (302 to the entry)" '[ "$code" = 302 ]'

echo "4. The edit on both instances"
for instance in "$A" "$B"; do
  text=$(browser "$instance/partnerships/palim" | grep -o 'Edited through the second instance at [0-9:]*' | head -1)
  check "GET $instance/partnerships/palim shows \"$text\"" '[ -n "$text" ]'
done

echo "5. A save from the version loaded before the edit, on the first instance"
answer=$(browser -w '\n%{http_code}' -X POST --data "$stale" "$A/partnerships/palim/edit")
code=$(tail -1 <<< "$answer")
echo "   POST $A/partnerships/palim/edit (stale version) -> $code"
check "conflict shown: \"Someone else changed this entry while you were editing it\"" \
  'grep -q "Someone else changed this entry while you were editing it" <<< "$answer"'
check "the stale text was not saved" '! browser "$B/partnerships/palim" | grep -q "A stale edit"'
revisions=$(psql -At -d "$database" -c "SELECT count(*) FROM revision r JOIN partnership p ON r.entry_key = p.id::text
  WHERE r.entry_type = 'PARTNERSHIP' AND p.slug = 'palim' AND r.action = 'EDITED'")
check "one revision for the one committed save (found $revisions)" '[ "$revisions" = 1 ]'

echo "6. Sign out on the second instance; the first no longer knows the session"
browser -o /dev/null -X POST --data "$(form "$B/account" /logout)" "$B/logout"
code=$(status "$A/account")
check "GET $A/account after signing out on $B -> $code (to the login page)" '[ "$code" = 302 ]'

echo
if [ "$failures" -eq 0 ]; then echo "Two instances behaved as one application."; else echo "$failures check(s) failed"; exit 1; fi
