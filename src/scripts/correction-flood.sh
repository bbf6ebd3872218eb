#!/usr/bin/env bash
# Floods the "suggest a correction" form from one client (one address, one session), many at a time, while a
# reader asks for catalogue pages nobody asked for before; prints the answers the flood got and the reader's
# times, quiet and during the flood. Usage: BASE=http://localhost:8080 bash src/scripts/correction-flood.sh
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
SENT=${SENT:-300}
PARALLEL=${PARALLEL:-16}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar="$work/cookies"

form=$(curl -s -c "$jar" -b "$jar" "$BASE/partnerships/palim/corrections/new")
field() { echo "$form" | grep -o "<input[^>]*name=\"$1\"[^>]*>" | grep -o 'value="[^"]*"' | head -1 | cut -d'"' -f2; }
started=$(field started)
csrf=$(field _csrf)
sleep 4 # the form's minimum fill time

reader() {
  for i in $(seq 1 40); do curl -s -o /dev/null -w "%{time_total}\n" "$BASE/partnerships?q=flood$1$i"; done | sort -n |
    awk '{a[NR]=$1} END {printf "p50 %.0f ms, p90 %.0f ms, max %.0f ms\n", a[int(NR*0.5)]*1000, a[int(NR*0.9)]*1000, a[NR]*1000}'
}

echo "reader, quiet:              $(reader quiet)"
seq 1 "$SENT" | xargs -P "$PARALLEL" -I{} curl -s -o /dev/null -w "%{http_code}\n" -b "$jar" -X POST \
  "$BASE/partnerships/palim/corrections" --data-urlencode "whatIsWrong=Flood {}" --data-urlencode "shouldSay=x" \
  --data-urlencode "source=y" --data-urlencode "website=" --data-urlencode "started=$started" \
  --data-urlencode "_csrf=$csrf" > "$work/codes" &
flood=$!
sleep 1
echo "reader, during the flood:   $(reader flood)"
wait $flood
echo "answers to $SENT suggestions sent $PARALLEL at a time from one client:"
sort "$work/codes" | uniq -c
! grep -q '^5' "$work/codes" || { echo "a suggestion was answered 5xx"; exit 1; }
