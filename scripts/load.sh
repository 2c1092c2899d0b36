#!/usr/bin/env bash
# Load test with wrk, on 127.0.0.1 only: three workflows deployed on `./dotportion serve` (a fresh data
# directory), then the same three endpoints written by hand on the same web server (bench module,
# io.dotportion.bench.baseline.HandWrittenServer). Each answer is checked to be identical on both first.
#   scripts/load.sh [--write-doc] [--node-red]
#     --write-doc  replace the figures between the load markers in docs/PERFORMANCE.md
#     --node-red   also serve the echo flow on Node-RED (npm install into a temporary folder) for comparison
# Settings (environment): LOAD_DURATION=10s LOAD_WARMUP=20s LOAD_THREADS=2 LOAD_CONNECTIONS=32
#   LOAD_PORT=28080 BASELINE_PORT=28091 NODE_RED_PORT=28092
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export LOAD_LUA="$ROOT/scripts/load"
. "$LOAD_LUA/lib.sh"
. "$LOAD_LUA/report.sh"
. "$ROOT/scripts/find-jdk.sh"

WRITE_DOC=0 NODE_RED=0
for arg in "$@"; do
  case "$arg" in
    --write-doc) WRITE_DOC=1 ;;
    --node-red) NODE_RED=1 ;;
    *) die "unknown argument $arg (see the top of $0)" ;;
  esac
done
DURATION="${LOAD_DURATION:-10s}" WARMUP="${LOAD_WARMUP:-20s}"
THREADS="${LOAD_THREADS:-2}" CONNECTIONS="${LOAD_CONNECTIONS:-32}"
PORT="${LOAD_PORT:-28080}" BASELINE_PORT="${BASELINE_PORT:-28091}" NODE_RED_PORT="${NODE_RED_PORT:-28092}"
need_tool wrk wrk; need_tool jq jq; need_tool curl curl

WORK="$(mktemp -d)"
PIDS=()
cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
stop() { kill "$1" 2>/dev/null && wait "$1" 2>/dev/null || true; }

NAMES=(echo adults items)
METHODS=(POST POST GET)
PATHS=(/echo /adults /items/42)
BODIES=('{"name":"Ada"}' '{"name":"Ada","age":36}' '')

echo "load: building the product and the baseline" >&2
"$ROOT/dotportion" --help >/dev/null
(cd "$ROOT" && mvn -B -q -DskipTests -Dmaven.test.skip.exec=true -pl bench -am package)

# --- the product -------------------------------------------------------------------------------
port_free "$PORT" || die "port $PORT is in use (set LOAD_PORT)"
"$ROOT/dotportion" serve --port "$PORT" --data "$WORK/data" > "$WORK/serve.log" 2>&1 &
SERVE_PID=$!; PIDS+=("$SERVE_PID")
PRODUCT="http://127.0.0.1:$PORT"
wait_http "$PRODUCT/health" 120 "$SERVE_PID"

api POST /v1/auth/signup 201 '{"email":"load@example.com","username":"loadtest","password":"load-test-password"}' >/dev/null
TOKEN="$(api POST /v1/auth/login 200 '{"email":"load@example.com","password":"load-test-password"}' | jq -r .token)"
PROJECT_ID="$(api POST /v1/projects 201 '{"name":"Load test","slug":"load"}' | jq -r .id)"
for name in "${NAMES[@]}"; do
  wf="$(api POST "/v1/projects/$PROJECT_ID/workflows" 201 "$(cat "$LOAD_LUA/$name.json")" | jq -r .id)"
  api POST "/v1/workflows/$wf/deploy" 200 >/dev/null
done

declare -A RESULT WARM ANSWER LOADAVG
run_one() { # run_one <server label> <workflow index> <base url>: a warm-up, a check of the answer, the measured run
  local name="${NAMES[$2]}" url="$3${PATHS[$2]}" got
  echo "load: $1 $name ($WARMUP warm-up, then $DURATION)" >&2
  WARM[$1,$name]="$(wrk_run "${METHODS[$2]}" "$url" "${BODIES[$2]}" "$WARMUP")"
  got="$(answer "${METHODS[$2]}" "$url" "${BODIES[$2]}")"
  [ "${got%% *}" = 200 ] || die "$1 $name answered $got"
  if [ -n "${ANSWER[$name]:-}" ] && [ "${ANSWER[$name]}" != "$got" ]; then
    die "$1 $name answers $got, the product answers ${ANSWER[$name]}"
  fi
  ANSWER[$name]="$got"
  RESULT[$1,$name]="$(wrk_run "${METHODS[$2]}" "$url" "${BODIES[$2]}" "$DURATION")"
}
run_all() { # run_all <server label> <base url>
  local i
  LOADAVG[$1]="$(cut -d' ' -f1-3 /proc/loadavg)"
  for i in "${!NAMES[@]}"; do run_one "$1" "$i" "$2"; done
}
run_all product "$PRODUCT/api/loadtest/load"
stop "$SERVE_PID"
# The execution log drops runs when its queue is full, warning now and then with the total so far.
LOG_DROPPED="$(grep -o 'dropped [0-9]* execution logs so far' "$WORK/serve.log" | tail -n1 | cut -d' ' -f2 || true)"
# Behind its high-water mark it keeps successful runs as summaries instead of in full, with the same kind of warning.
LOG_SAMPLED="$(grep -o '[0-9]* successful runs kept as summaries so far' "$WORK/serve.log" | tail -n1 | cut -d' ' -f1 || true)"

# --- the hand-written baseline -----------------------------------------------------------------
port_free "$BASELINE_PORT" || die "port $BASELINE_PORT is in use (set BASELINE_PORT)"
"$JAVA_HOME/bin/java" -cp "$ROOT/bench/target/classes:$ROOT/bench/target/lib/*" \
  io.dotportion.bench.baseline.HandWrittenServer "$BASELINE_PORT" > "$WORK/baseline.log" 2>&1 &
BASELINE_PID=$!; PIDS+=("$BASELINE_PID")
wait_http "http://127.0.0.1:$BASELINE_PORT/health" 60 "$BASELINE_PID"
run_all baseline "http://127.0.0.1:$BASELINE_PORT/api/baseline/load"
stop "$BASELINE_PID"

# --- Node-RED (optional, echo only) ------------------------------------------------------------
if [ "$NODE_RED" = 1 ]; then
  . "$LOAD_LUA/node-red.sh"
  start_node_red "$WORK/node-red" "$NODE_RED_PORT"
  LOADAVG[node-red]="$(cut -d' ' -f1-3 /proc/loadavg)"
  run_one node-red 0 "http://127.0.0.1:$NODE_RED_PORT/api/nodered/load"
  stop "$NODE_RED_PID"
fi

TABLE="$(report_markdown)"
echo "$TABLE"
if [ "$WRITE_DOC" = 1 ]; then
  write_between_markers "$ROOT/docs/PERFORMANCE.md" load "$TABLE"
  echo "load: figures written to docs/PERFORMANCE.md" >&2
fi
