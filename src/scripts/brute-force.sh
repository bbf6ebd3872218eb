#!/usr/bin/env bash
# A scripted brute force on /login with hydra, on loopback, against the packaged catalogue on its own
# embedded database: shows that failures per account and per address are capped, that the right
# password is refused once an account is throttled, that guesses sent all at once check no more
# passwords than the limits allow, and that unknown accounts get the same answers.
# Usage: src/scripts/brute-force.sh   (PORT=18201 by default; builds the jar when there is none)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18201}
DB_PORT=${DB_PORT:-18202}
base="http://127.0.0.1:$PORT"

jar=${JAR:-$(ls target/smp-catalogue-*.jar 2>/dev/null | head -1 || true)}
if [ -z "$jar" ]; then ./mvnw -q -DskipTests package; jar=$(ls target/smp-catalogue-*.jar | head -1); fi
work=$(mktemp -d)
java -jar "$jar" --server.port="$PORT" --smp.embedded-database.directory="$work/postgres" \
  --smp.embedded-database.port="$DB_PORT" >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 300); do curl -fsS -o /dev/null "$base/login" 2>/dev/null && break; sleep 1; done
curl -fsS -o /dev/null "$base/login" || { tail -30 "$work/app.log"; echo "The catalogue did not start"; exit 1; }

psql_q() { command -v psql >/dev/null && psql -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -tAc "$1" || echo "(no psql to read them)"; }

# Hydra cannot read a form token from the page, so it posts with one session and its token: Spring
# Security keeps the same token for a session until a sign-in succeeds.
session() {
  local jar_file="$work/cookies"; rm -f "$jar_file"
  token=$(curl -s -c "$jar_file" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  cookie=$(awk '$6=="SESSION"{print $7}' "$jar_file")
}
attack() { # users-file passwords-file
  session
  hydra -I -t 4 -L "$1" -P "$2" -s "$PORT" 127.0.0.1 http-post-form \
    "/login:username=^USER^&password=^PASS^&_csrf=$token:H=Cookie\: SESSION=$cookie:F=/login?" 2>&1 |
    grep -E 'valid password|successfully completed|host:' | tee -a "$work/hydra.log" || true
}

echo "== 1. One account (contact.be): 30 wrong passwords, then the right one"
seq -f 'wrong-guess-%g' 1 30 > "$work/passwords"; echo demo-belgium-password >> "$work/passwords"
echo contact.be > "$work/users"
start=$(date +%s.%N)
attack "$work/users" "$work/passwords"
end=$(date +%s.%N)
echo "attempts: 31 in $(printf '%.1f' "$(echo "$end - $start" | bc)") s; passwords hydra found: $(grep -c 'host:' "$work/hydra.log" || true)"
echo "throttle rows: $(psql_q "SELECT string_agg(subject || ' failures=' || failures || ' blocked=' || (blocked_until IS NOT NULL), '; ') FROM login_throttle")"

echo "== 2. The same, signed in by hand with the right password: refused while the block lasts"
session
curl -s -o /dev/null -w 'contact.be + right password -> %{http_code} %{redirect_url}\n' -b "SESSION=$cookie" \
  --data-urlencode username=contact.be --data-urlencode password=demo-belgium-password --data-urlencode "_csrf=$token" "$base/login"

echo "== 3. In parallel: 50 browsers at the same moment from one address (127.0.0.2), each with its own session"
echo "   and form token, each guessing twice (admin, or an unknown name); then the right passwords"
# Each job opens the sign-in page, waits for the signal, posts, and at once guesses again with a new
# session. An answer of /login?error means the password was checked (and wrong), /login?blocked that the
# attempt was refused without checking it.
guess() { # job-number
  local n=$1 who round jar_file page token answer
  for round in 1 2; do
    who=$([ $((n % 2)) = 0 ] && echo admin || echo "nobody-$n-$round")
    jar_file="$work/parallel-$n-$round"
    page=$(curl -s --interface 127.0.0.2 -c "$jar_file" "$base/login")
    token=$(grep -o 'name="_csrf" value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//;s/"$//')
    if [ "$round" = 1 ]; then while [ ! -e "$work/go" ]; do sleep 0.01; done; fi
    answer=$(curl -s -o /dev/null -w '%{redirect_url}' --interface 127.0.0.2 -b "$jar_file" --data-urlencode "username=$who" \
      --data-urlencode "password=wrong-parallel-guess-$n-$round" --data-urlencode "_csrf=$token" "$base/login")
    echo "$who ${answer#"$base"}" >> "$work/parallel-$n.answers"
  done
}
rm -f "$work/go"; jobs_=()
for n in $(seq 1 50); do guess "$n" & jobs_+=($!); done
sleep 3; touch "$work/go"; wait "${jobs_[@]}"
cat "$work"/parallel-*.answers > "$work/parallel.answers"
checked=$(grep -c ' /login?error$' "$work/parallel.answers" || true)
checked_admin=$(grep -c '^admin /login?error$' "$work/parallel.answers" || true)
refused=$(grep -c ' /login?blocked$' "$work/parallel.answers" || true)
echo "parallel attempts: $(wc -l < "$work/parallel.answers"); passwords checked: $checked (admin: $checked_admin); refused unchecked: $refused"
if [ "$checked_admin" -le 5 ] && [ "$checked" -le 20 ]; then
  echo "parallel checks within the limits (5 per account, 20 per address): yes"
else
  echo "parallel checks within the limits (5 per account, 20 per address): NO"
fi
for who in admin:demo-admin-password contact.de:demo-germany-password; do
  page=$(curl -s --interface 127.0.0.2 -c "$work/parallel-right" "$base/login")
  token=$(grep -o 'name="_csrf" value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -o /dev/null -w "parallel: ${who%%:*} + right password from 127.0.0.2 -> %{http_code} %{redirect_url}\n" --interface 127.0.0.2 \
    -b "$work/parallel-right" --data-urlencode "username=${who%%:*}" --data-urlencode "password=${who#*:}" \
    --data-urlencode "_csrf=$token" "$base/login"
done
echo "throttle rows: $(psql_q "SELECT string_agg(subject || ' failures=' || failures || ' in-flight=' || pending || ' blocked=' || (blocked_until IS NOT NULL), '; ' ORDER BY subject) FROM login_throttle WHERE subject IN ('account:admin', 'address:127.0.0.2')")"

echo "== 4. Many accounts from one address (5 names x 6 passwords): the address is capped"
printf 'contact.de\nadmin\nnobody.here\nsomeone\nnoone\n' > "$work/users"
seq -f 'other-guess-%g' 1 6 > "$work/passwords"
attack "$work/users" "$work/passwords"
echo "throttle rows: $(psql_q "SELECT string_agg(subject || ' failures=' || failures || ' blocked=' || (blocked_until IS NOT NULL), '; ' ORDER BY subject) FROM login_throttle WHERE subject NOT LIKE 'account:nobody-%' AND subject <> 'address:127.0.0.2'")"
for who in contact.de:demo-germany-password no.such.account:whatever-password; do
  session
  curl -s -o /dev/null -w "${who%%:*} -> %{http_code} %{redirect_url}\n" -b "SESSION=$cookie" \
    --data-urlencode "username=${who%%:*}" --data-urlencode "password=${who#*:}" --data-urlencode "_csrf=$token" "$base/login"
done

echo "== 5. The answers a guesser sees: the same for a known and an unknown account"
for page in "/login?error" "/login?blocked"; do
  echo "$page: $(curl -s "$base$page" | grep -o 'role="alert"[^>]*>[^<]*' | sed 's/.*>//' | head -1)"
done
