#!/usr/bin/env bash
# The catalogue under load, at several sizes (docs/performance.md). One command:
#
#   bash src/scripts/bench.sh                          # N = 1,000 10,000 100,000, 8 s per URL
#   BENCH_N="1000 10000" BENCH_DURATION=5s bash src/scripts/bench.sh
#
# For each N it creates a fresh database smp_bench_<N> on the PostgreSQL server at $BENCH_PGHOST:5432
# (user $BENCH_PGUSER; only databases of that name are created and dropped), lets the application migrate
# it, adds N synthetic partnerships (src/scripts/generate-data.sql, seed 0.42), starts the jar on it with a
# 512 MB heap, warms it, and drives every URL with wrk -t2 -c16. Beside them, in the same run: one of the
# application's own static files (the framework's floor) and the catalogue page's bytes served by nginx
# (the physical limit); and, on a second instance with the server-side cache off, what the catalogue's
# searches cost uncached. Prints req/s, p50 and p99 per URL with both ratios and appends the tables to
# docs/performance-results.md. Then the start-up time of the embedded default run (./mvnw spring-boot:run) and
# of the jar, and the page weight.
set -euo pipefail
cd "$(dirname "$0")/../.."

SIZES=${BENCH_N:-"1000 10000 100000"}
DURATION=${BENCH_DURATION:-8s}
PORT=${BENCH_PORT:-18100}
NGINX_PORT=${BENCH_NGINX_PORT:-18101}
UNCACHED_PORT=${BENCH_UNCACHED_PORT:-18102}
PGHOST=${BENCH_PGHOST:-127.0.0.1}
PGUSER=${BENCH_PGUSER:-postgres}
export PGHOST PGUSER
[ -n "${BENCH_PGPASSWORD:-}" ] && export PGPASSWORD=$BENCH_PGPASSWORD
WORK=/tmp/smp-bench-$PORT
RESULTS=docs/performance-results.md
BASE=http://127.0.0.1:$PORT

rm -rf "$WORK" && mkdir -p "$WORK/www" "$WORK/logs"
APP_PID="" UNCACHED_PID="" NGINX_PID=""
stop() {
  for pid in $APP_PID $UNCACHED_PID $NGINX_PID; do
    kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  done
  APP_PID="" UNCACHED_PID="" NGINX_PID=""
}
trap stop EXIT

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  echo "Building the jar…"
  ./mvnw -q -DskipTests package
fi
JAR=$(ls target/smp-catalogue-*.jar | grep -v original | head -1)

wait_until_up() { # [base pid log]
  local base=${1:-$BASE} pid=${2:-$APP_PID} log=${3:-$WORK/app.log}
  for _ in $(seq 1 180); do
    curl -fs "$base/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || { echo "The application stopped; see $log"; tail -20 "$log"; exit 1; }
    sleep 1
  done
  echo "The application did not answer within 3 minutes"; exit 1
}

# wrk's figures in milliseconds: "Requests/sec", 50% and 99% latency.
measure() { # url [extra wrk args…]
  local url=$1; shift
  local connections=${CONNECTIONS:-16}
  wrk -t"$((connections < 2 ? 1 : 2))" -c"$connections" -d"$DURATION" --timeout 10s --latency "$@" "$url" > "$WORK/wrk.txt" 2>&1 || true
  awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx or 3xx/ { bad = $NF }
    END { printf "%.0f %.2f %.2f %s\n", rps, p50, p99, (bad == "" ? 0 : bad) }' "$WORK/wrk.txt"
}

ratio() { # a b [scale]: a / b, or "–" when b is 0 (nothing answered in time)
  if [ "${2:-0}" = 0 ]; then echo "–"; else echo "scale=${3:-3}; $1 / $2" | bc; fi
}

start_nginx() {
  cat > "$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/logs/nginx-error.log;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path $WORK/logs; proxy_temp_path $WORK/logs; fastcgi_temp_path $WORK/logs;
  uwsgi_temp_path $WORK/logs; scgi_temp_path $WORK/logs;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    location / { default_type text/html; gzip on; }
  }
}
CONF
  nginx -c "$WORK/nginx.conf" -g 'daemon off;' &
  NGINX_PID=$!
  sleep 1
}

COMMIT=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src db pom.xml || echo "+changes")
DATE=$(date -u +%Y-%m-%dT%H:%MZ)
{
  echo
  echo "## $DATE, commit $COMMIT"
  echo
  echo "$(nproc) cores, wrk -t2 -c16 -d$DURATION, app with -Xmx512m on PostgreSQL $(psql -Atc 'SHOW server_version' postgres | cut -d' ' -f1); load generator, app and database share the cores."
} >> "$RESULTS"

for N in $SIZES; do
  DB=smp_bench_$N
  echo "=== N = $N (database $DB)"
  dropdb --if-exists "$DB" && createdb "$DB"
  java -Xmx512m -jar "$JAR" --server.port="$PORT" --spring.datasource.url="jdbc:postgresql://$PGHOST:5432/$DB" \
    --spring.datasource.username="$PGUSER" --spring.datasource.password="${PGPASSWORD:-}" > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  wait_until_up
  # A second instance on the same database with the server-side cache off: what a first request costs.
  java -Xmx512m -jar "$JAR" --server.port="$UNCACHED_PORT" --smp.cache.enabled=false \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:5432/$DB" \
    --spring.datasource.username="$PGUSER" --spring.datasource.password="${PGPASSWORD:-}" > "$WORK/uncached.log" 2>&1 &
  UNCACHED_PID=$!
  echo "Generating $N partnerships…"
  time psql -q -v ON_ERROR_STOP=1 -d "$DB" -f src/scripts/generate-data.sql -c "SELECT pg_temp.smp_generate($N, 0.42)" >/dev/null
  psql -q -d "$DB" -c "VACUUM ANALYZE" >/dev/null
  DETAIL=$(psql -Atc "SELECT slug FROM partnership WHERE slug LIKE 'synthetic-%' ORDER BY id OFFSET $((N / 2)) LIMIT 1" -d "$DB")
  STATIC=$(curl -fs "$BASE/" | grep -o 'href="/css/[^"]*\.css"' | head -1 | cut -d'"' -f2)
  curl -fs "$BASE/partnerships" > "$WORK/www/catalogue.html"
  start_nginx

  declare -A URLS=(
    [home]="/"
    [catalogue]="/partnerships"
    [facets+search]="/partnerships?destination=DE&sector=health&q=nurses"
    [page 50]="/partnerships?page=50"
    [detail]="/partnerships/$DETAIL"
    [country]="/countries/DE"
    [csv export]="/partnerships.csv?destination=DE&sector=health"
    [api list]="/api/partnerships"
  )
  ORDER=("home" "catalogue" "facets+search" "page 50" "detail" "country" "csv export" "api list")

  UNCACHED=("catalogue" "facets+search" "page 50")
  wait_until_up "http://127.0.0.1:$UNCACHED_PORT" "$UNCACHED_PID" "$WORK/uncached.log"
  echo "Warming…"
  for name in "${ORDER[@]}"; do
    wrk -t2 -c16 -d2s "$BASE${URLS[$name]}" >/dev/null 2>&1 || true
  done
  for name in "${UNCACHED[@]}"; do # one request each: sixteen at once would queue heavy queries for minutes
    curl -fs -o /dev/null --max-time 60 "http://127.0.0.1:$UNCACHED_PORT${URLS[$name]}" || true
  done
  wrk -t2 -c16 -d2s "$BASE$STATIC" >/dev/null 2>&1 || true

  read -r STATIC_RPS STATIC_P50 STATIC_P99 _ <<< "$(measure "$BASE$STATIC")"
  read -r NGINX_RPS NGINX_P50 NGINX_P99 _ <<< "$(measure "http://127.0.0.1:$NGINX_PORT/catalogue.html" -H 'Accept-Encoding: gzip')"
  TABLE="$WORK/table-$N.md"
  {
    echo
    echo "### N = $N"
    echo
    echo "| URL | req/s | p50 ms | p99 ms | vs static file | vs nginx | 304 req/s | 304 vs static |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
    echo "| static file \`$STATIC\` (floor) | $STATIC_RPS | $STATIC_P50 | $STATIC_P99 | 1.00 | $(ratio "$STATIC_RPS" "$NGINX_RPS") | | |"
    echo "| nginx, catalogue page bytes (limit) | $NGINX_RPS | $NGINX_P50 | $NGINX_P99 | $(ratio "$NGINX_RPS" "$STATIC_RPS" 2) | 1.00 | | |"
  } > "$TABLE"
  for name in "${ORDER[@]}"; do
    path=${URLS[$name]}
    url="$BASE$path"
    read -r RPS P50 P99 BAD <<< "$(measure "$url" -H 'Accept-Encoding: gzip')"
    ETAG=$(curl -fsI "$url" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" { print $2 }' || true)
    read -r C_RPS _ _ _ <<< "$(measure "$url" -H 'Accept-Encoding: gzip' -H "If-None-Match: $ETAG")"
    [ "$BAD" != "0" ] && name="$name ($BAD errors)"
    echo "| $name \`$path\` | $RPS | $P50 | $P99 | $(ratio "$RPS" "$STATIC_RPS") | $(ratio "$RPS" "$NGINX_RPS" 4) | $C_RPS | $(ratio "$C_RPS" "$STATIC_RPS" 2) |" >> "$TABLE"
  done
  for name in "${UNCACHED[@]}"; do
    path=${URLS[$name]}
    read -r RPS P50 P99 BAD <<< "$(CONNECTIONS=1 measure "http://127.0.0.1:$UNCACHED_PORT$path" -H 'Accept-Encoding: gzip')"
    echo "| $name, server cache off, one connection \`$path\` | $RPS | $P50 | $P99 | $(ratio "$RPS" "$STATIC_RPS") | $(ratio "$RPS" "$NGINX_RPS" 4) | | |" >> "$TABLE"
  done
  HEAP=$(jcmd "$APP_PID" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*')
  echo "" >> "$TABLE"
  echo "Heap used by the cached instance after the run: $((HEAP / 1024)) MB (of -Xmx512m)." >> "$TABLE"
  cat "$TABLE" | tee -a "$RESULTS"
  stop
done

echo "=== Start-up of the embedded default run, as the README starts it (fresh directory, then already migrated), and of the jar"
EMBEDDED_DIR="$WORK/embedded"
for run in first second jar; do
  if [ "$run" = jar ]; then
    java -jar "$JAR" --server.port="$PORT" --smp.embedded-database.directory="$EMBEDDED_DIR" > "$WORK/app.log" 2>&1 &
    label="the production jar (java -jar, every bean created at start-up), already migrated"
  else
    ./mvnw -q -o spring-boot:run -Dspring-boot.run.arguments="--server.port=$PORT --smp.embedded-database.directory=$EMBEDDED_DIR" \
      > "$WORK/app.log" 2>&1 &
    label="./mvnw spring-boot:run, $run run"
  fi
  APP_PID=$!
  wait_until_up
  STARTED=$(grep -o 'Started SmpCatalogueApplication in [0-9.]* seconds' "$WORK/app.log" | grep -o '[0-9.]*' | head -1)
  echo "Start-up, $label: $STARTED s" | tee -a "$WORK/startup.txt"
  if [ "$run" = second ]; then
    # Page weight: the catalogue page and what it loads from this host, compressed; anything from another host.
    PAGE=$(curl -fs --compressed "$BASE/partnerships")
    TOTAL=$(curl -fs -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$BASE/partnerships")
    for asset in $(echo "$PAGE" | grep -oE '(href|src)="/[^"]*\.(css|js|woff2?|svg|png)"' | cut -d'"' -f2 | sort -u || true); do
      TOTAL=$((TOTAL + $(curl -fs -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$BASE$asset")))
      for font in $(curl -fs --compressed "$BASE$asset" | grep -oE 'url\(/[^)]*\)' | sed 's/url(\(.*\))/\1/' | sort -u || true); do
        TOTAL=$((TOTAL + $(curl -fs -o /dev/null -w '%{size_download}' "$BASE$font")))
      done
    done
    THIRD=$(echo "$PAGE" | grep -oE '<(link|script|img|iframe)[^>]*(href|src)="(https?:)?//[^"]*"' | wc -l || true)
    echo "Catalogue page weight, compressed, with its CSS, JS and fonts: $((TOTAL / 1024)) KB; third-party references in it: $THIRD" | tee -a "$WORK/startup.txt"
  fi
  stop
  pkill -f -- "--server.port=$PORT" 2>/dev/null || true # spring-boot:run's forked JVM
  sleep 1
done
{ echo; sed 's/^/- /' "$WORK/startup.txt"; } >> "$RESULTS"
for N in $SIZES; do dropdb --if-exists "smp_bench_$N"; done
echo "Appended to $RESULTS"
