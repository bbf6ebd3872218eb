#!/usr/bin/env bash
# Prints the path of the catalogue's jar: SMP_JAR when set, else a fresh build (tests skipped; they ran
# in ./mvnw verify). Used by the scripts that start instances of the packaged catalogue.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -n "${SMP_JAR:-}" ]; then
  echo "$SMP_JAR"
  exit
fi
echo "Building the jar (./mvnw -DskipTests package)" >&2
./mvnw -q -ntp -DskipTests package >&2
echo "$PWD/$(ls target/smp-catalogue-*.jar | head -1)"
