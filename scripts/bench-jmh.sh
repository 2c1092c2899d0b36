#!/usr/bin/env bash
# Builds the bench module and runs the JMH benchmarks with settings for a small machine.
#   scripts/bench-jmh.sh                      # every benchmark, default settings below
#   scripts/bench-jmh.sh --write-doc          # also replace the JMH figures in docs/PERFORMANCE.md
#   scripts/bench-jmh.sh -p workflow=echo     # other arguments go to JMH (a regex, -p, -prof ...)
#   JMH_OPTS="-f 1 -wi 1 -w 1s -i 1 -r 1s" scripts/bench-jmh.sh   # replaces the run settings below
# The fork gets the same GraalJS optimizing-compiler flags as ./dotportion serve, so script nodes run
# compiled as they do in production. DOTPORTION_JS_JIT=off measures the interpreter instead.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/find-jdk.sh"
. "$ROOT/scripts/load/lib.sh"
. "$ROOT/scripts/load/report.sh"

WRITE_DOC=0
if [ "${1:-}" = --write-doc ]; then
  WRITE_DOC=1
  shift
fi
if [ "${SKIP_BUILD:-0}" != "1" ]; then
  (cd "$ROOT" && mvn -B -q -DskipTests -Dmaven.test.skip.exec=true -pl bench -am package)
fi

LIB="$ROOT/bench/target/lib"
GRAAL="$ROOT/bench/target/graal-compiler/compiler-25.0.3.jar"
JVM_OPTS=(-Xms1g -Xmx1g --enable-native-access=ALL-UNNAMED)
[ "$JAVA_MAJOR" -ge 23 ] && JVM_OPTS+=(--sun-misc-unsafe-memory-access=allow)
if [ "${DOTPORTION_JS_JIT:-on}" = "on" ] && [ -f "$GRAAL" ] && [ -f "$LIB/truffle-compiler-25.0.3.jar" ]; then
  UPGRADE="$GRAAL:$LIB/truffle-compiler-25.0.3.jar:$LIB/word-25.0.3.jar:$LIB/collections-25.0.3.jar"
  JVM_OPTS+=(-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI "--upgrade-module-path=$UPGRADE")
fi

# One fork, 10 x 2 s warm-up (script nodes reach steady state only after the Truffle JIT compiled them),
# 5 x 2 s measurement, one thread: enough for stable figures on 2 cores.
read -r -a SETTINGS <<< "${JMH_OPTS:--f 1 -wi 10 -w 2s -i 5 -r 2s -t 1}"
RESULTS="$(mktemp)"
trap 'rm -f "$RESULTS"' EXIT
BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
# JMH forks inherit the host JVM's options, so the JIT flags reach the measured JVM.
"$JAVA_HOME/bin/java" "${JVM_OPTS[@]}" -cp "$ROOT/bench/target/classes:$LIB/*" \
  org.openjdk.jmh.Main "${SETTINGS[@]}" -rf json -rff "$RESULTS" "$@"
AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"

TABLE="$(
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC'), JMH ${SETTINGS[*]}; load average (1, 5, 15 min) $BEFORE before, $AFTER after."
  echo
  echo '| Benchmark | Workflow | Mode | Score | ± (99.9%) | Unit |'
  echo '|---|---|---|---:|---:|---|'
  jq -r '.[] | "| \(.benchmark | split(".") | .[-2:] | join(".")) | \(.params.workflow // "-") | \(.mode) | \(.primaryMetric.score | if . >= 100 then round else (. * 100 | round / 100) end) | \(.primaryMetric.scoreError | if . == "NaN" then "-" elif . >= 100 then round else (. * 100 | round / 100) end) | \(.primaryMetric.scoreUnit) |"' "$RESULTS"
)"
echo
echo "$TABLE"
if [ "$WRITE_DOC" = 1 ]; then
  write_between_markers "$ROOT/docs/PERFORMANCE.md" jmh "$TABLE"
  echo "bench-jmh: figures written to docs/PERFORMANCE.md" >&2
fi
