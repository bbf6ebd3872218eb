#!/usr/bin/env bash
# sqlmap and wapiti against the packaged catalogue on its own embedded database, on loopback, signed
# out and signed in; prints the findings of each. Never wapiti's ssrf module (it calls an outside host).
# Usage: src/scripts/security-scan.sh   (PORT=18210; SCAN_MINUTES=10 caps each wapiti run)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18210}
SCAN_MINUTES=${SCAN_MINUTES:-10}
base="http://127.0.0.1:$PORT"
MODULES=sql,blindsql,xss,permanentxss,crlf,redirect,csrf,http_headers,csp,cookieflags,methods

jar=${JAR:-$(ls target/smp-catalogue-*.jar 2>/dev/null | head -1 || true)}
if [ -z "$jar" ]; then ./mvnw -q -DskipTests package; jar=$(ls target/smp-catalogue-*.jar | head -1); fi
work=$(mktemp -d)
java -jar "$jar" --server.port="$PORT" --smp.embedded-database.directory="$work/postgres" >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 300); do curl -fsS -o /dev/null "$base/login" 2>/dev/null && break; sleep 1; done
curl -fsS -o /dev/null "$base/login" || { tail -30 "$work/app.log"; echo "The catalogue did not start"; exit 1; }
started=$(date +%s)

# A signed-in session (the demo administrator), for sqlmap's cookie and wapiti's cookie file.
curl -s -c "$work/jar" "$base/login" -o "$work/login.html"
token=$(grep -o 'name="_csrf" value="[^"]*"' "$work/login.html" | head -1 | sed 's/.*value="//;s/"$//')
curl -s -b "$work/jar" -c "$work/jar" -o /dev/null --data-urlencode username=admin \
  --data-urlencode password=demo-admin-password --data-urlencode "_csrf=$token" "$base/login"
session=$(awk '$6=="SESSION"{print $7}' "$work/jar")
python3 - "$session" "$work/cookies.json" <<'PY'
import json, sys
# wapiti looks an IP address's cookies up under the bare address (a dotted domain is for host names).
json.dump({"127.0.0.1": {"/": {"SESSION": {"value": sys.argv[1], "version": 0, "expires": None, "secure": False, "port": None}}}}, open(sys.argv[2], "w"))
PY

sqlmap_run() { # name, then sqlmap arguments
  local name=$1; shift
  sqlmap --batch --level 3 --risk 2 --threads 4 --disable-coloring --output-dir="$work/sqlmap" "$@" >"$work/sqlmap-$name.log" 2>&1 || true
  local found; found=$(grep -c "^Parameter: " "$work/sqlmap-$name.log" || true)
  echo "sqlmap $name: $found injectable parameters"
  sqlmap_findings=$((sqlmap_findings + found))
}
sqlmap_findings=0
echo "== sqlmap (--level 3 --risk 2)"
sqlmap_run catalogue -u "$base/partnerships?q=work&destination=BE&origin=MA&region=maghreb&sector=ict&kind=partnership&status=ongoing&sort=name&page=1&size=20&from=2015&to=2023"
sqlmap_run api -u "$base/api/partnerships?q=work&funder=giz&implementer=giz&element=all&category=smp&skill=medium&sort=start&page=1&size=20"
sqlmap_run detail -u "$base/partnerships/palim*" 
sqlmap_run compare -u "$base/compare?slugs=palim,thamm-germany"
sqlmap_run login -u "$base/login" --data "username=admin&password=x&_csrf=$token" -p username,password \
  --csrf-token=_csrf --csrf-url="$base/login" --cookie="SESSION=$session"
sqlmap_run edit -u "$base/partnerships/palim/edit" --cookie="SESSION=$session" --csrf-token=_csrf \
  --csrf-url="$base/partnerships/palim/edit" -p nameEn,summaryEn,reportingCountry,startYear \
  --data "version=0&nameEn=PALIM&summaryEn=Pilot&reportingCountry=BE&startYear=2019&_csrf=$token"
sqlmap_run account -u "$base/admin/accounts" --cookie="SESSION=$session" --csrf-token=_csrf \
  --csrf-url="$base/admin/accounts" -p username,displayName,countryCode \
  --data "username=scan.user&displayName=Scan&password=a+long+scan+passphrase&role=CONTACT_POINT&countryCode=FR&_csrf=$token"

# wapiti 3.0.4 on Python 3.11 cannot compile its own pattern for -x (a global flag in mid-expression): the
# same tool, with a plain pattern for the URLs it must leave alone.
cat > "$work/wapiti.py" <<'PY'
import re, sys
import wapitiCore.net.crawler as crawler
crawler.wildcard_translate = lambda pattern: re.compile("^" + re.escape(pattern).replace(r"\*", ".*"))
from wapitiCore.main.wapiti import wapiti_main
sys.argv[0] = "wapiti"
sys.exit(wapiti_main())
PY
wapiti_run() { # name, then wapiti arguments
  local name=$1; shift
  /usr/bin/python3 "$work/wapiti.py" -u "$base/" --scope folder -m "$MODULES" -d 3 --max-links-per-page 30 --max-files-per-dir 30 \
    --max-scan-time $((SCAN_MINUTES * 60)) --max-attack-time 120 \
    --flush-session -f json -o "$work/wapiti-$name.json" "$@" >"$work/wapiti-$name.log" 2>&1 || true
  python3 - "$work/wapiti-$name.json" "$name" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
found = {k: len(v) for k, v in report.get("vulnerabilities", {}).items() if v}
print(f"wapiti {sys.argv[2]}: {sum(found.values())} findings {found}")
for kind, items in report.get("vulnerabilities", {}).items():
    for item in items:
        print(f"  {kind}: {item.get('method')} {item.get('path')} {item.get('parameter')} – {item.get('info')}")
PY
}
echo "== wapiti ($MODULES; never ssrf)"
wapiti_run anonymous
wapiti_run signed-in -c "$work/cookies.json" -x "$base/logout" -x "$base/account/password"

echo "== total: sqlmap $sqlmap_findings injectable parameters; scan time $(( $(date +%s) - started )) s"
echo "application errors logged: $(grep -c " ERROR " "$work/app.log" || true)"
