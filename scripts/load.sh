#!/usr/bin/env bash
# Load test with wrk, on 127.0.0.1 only: five workflows deployed on `./dotportion serve` (a fresh data
# directory) against the same endpoints written by hand on the same web server and libraries (bench module,
# io.dotportion.bench.baseline.HandWrittenServer), in one run. Both servers run at once; each workflow gets a
# warm-up on each, then LOAD_ROUNDS measured rounds that alternate which server goes first. login and me read
# users from a separate embedded store (`./dotportion store`), the tenant's MongoDB for both. Every answer is
# checked to be the same on both first (see docs/PERFORMANCE.md).
#   scripts/load.sh [--write-doc] [--node-red]
#     --write-doc  replace the figures between the load markers in docs/PERFORMANCE.md
#     --node-red   also serve the echo flow on Node-RED (npm install into a temporary folder) for comparison
# Settings (environment): LOAD_DURATION=10s LOAD_WARMUP=15s LOAD_ROUNDS=3 LOAD_THREADS=1 LOAD_CONNECTIONS=32
#   LOAD_WORKFLOWS="echo adults items login me" LOAD_USERS=1000 LOAD_SETTLE_MAX=20 (seconds)
#   LOAD_PORT=28080 BASELINE_PORT=28091 NODE_RED_PORT=28092 STORE_PORT=28093 BASELINE_JAVA_OPTS=
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export LOAD_LUA="$ROOT/scripts/load"
. "$LOAD_LUA/lib.sh"
. "$LOAD_LUA/proc.sh"
. "$LOAD_LUA/servers.sh"
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
DURATION="${LOAD_DURATION:-10s}" WARMUP="${LOAD_WARMUP:-15s}" ROUNDS="${LOAD_ROUNDS:-3}"
THREADS="${LOAD_THREADS:-1}" CONNECTIONS="${LOAD_CONNECTIONS:-32}" SETTLE_MAX="${LOAD_SETTLE_MAX:-20}"
PORT="${LOAD_PORT:-28080}" BASELINE_PORT="${BASELINE_PORT:-28091}" NODE_RED_PORT="${NODE_RED_PORT:-28092}"
STORE_PORT="${STORE_PORT:-28093}"
read -r -a SELECTED <<<"${LOAD_WORKFLOWS:-echo adults items login me}"
[ "$ROUNDS" -ge 1 ] && [ "$ROUNDS" -le 10 ] || die "LOAD_ROUNDS must be 1..10"
LOAD_AT_START="$(loadavg)"
need_tool wrk wrk; need_tool jq jq; need_tool curl curl

WORK="$(mktemp -d)"
PIDS=()
cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM   # a signal ends the script through the EXIT trap

# The workflows: scripts/load/<name>.json on the product, the same endpoint by hand on the baseline.
declare -A METHOD=([echo]=POST [adults]=POST [items]=GET [login]=POST [me]=GET)
declare -A REQ_PATH=([echo]=/echo [adults]=/adults [items]=/items/42 [login]=/login [me]=/me)
LOGIN_BODY='{"email":"user7@load.example","password":"password-7"}'
declare -A BODY=([echo]='{"name":"Ada"}' [adults]='{"name":"Ada","age":36}' [items]='' [login]="$LOGIN_BODY" [me]='')
for name in "${SELECTED[@]}"; do [ -n "${METHOD[$name]:-}" ] || die "unknown workflow $name in LOAD_WORKFLOWS"; done

build_all
JWT_SECRET="$(new_jwt_secret)"
start_store "$STORE_PORT" "$WORK/store"
seed_users "${LOAD_USERS:-1000}"
start_product "$PORT" "$WORK/data" "$WORK/serve.log"
setup_product
DEPLOYED=("${SELECTED[@]}")   # me needs login's tokens, measured or not
[[ " ${SELECTED[*]} " == *" me "* && " ${SELECTED[*]} " != *" login "* ]] && DEPLOYED+=(login)
for name in "${DEPLOYED[@]}"; do deploy "$LOAD_LUA/$name.json" >/dev/null; done
start_baseline "$BASELINE_PORT"

declare -A URL=([product]="$PRODUCT/api/loadtest/load" [baseline]="http://127.0.0.1:$BASELINE_PORT/api/baseline/load")
declare -A PID_OF=([product]="$SERVE_PID" [baseline]="$BASELINE_PID")
if [ "$NODE_RED" = 1 ]; then
  . "$LOAD_LUA/node-red.sh"
  start_node_red "$WORK/node-red" "$NODE_RED_PORT"
  URL[node-red]="http://127.0.0.1:$NODE_RED_PORT/api/nodered/load"
  PID_OF[node-red]="$NODE_RED_PID"
fi
systems_for() { # the servers that serve workflow $1
  if [ "$1" = echo ] && [ -n "${URL[node-red]:-}" ]; then echo product baseline node-red; else echo product baseline; fi
}

# --- the answers, checked before anything is measured ----------------------------------------------
declare -A AUTH   # AUTH[<system>]: "Bearer <token>" from that system's own login, for me
same_answer() { # same_answer <description> <answer>...: all equal, or the script stops
  local first="$2" a
  for a in "${@:2}"; do [ "$a" = "$first" ] || die "$1: the answers differ: $(printf '[%s] ' "${@:2}")"; done
}
check_answers() {
  local name="$1" s answers=() expected="${2:-200}"
  for s in $(systems_for "$name"); do
    answers+=("$(answer "${METHOD[$name]}" "${URL[$s]}${REQ_PATH[$name]}" "${BODY[$name]}" "${AUTH[$s]:-}")")
  done
  [ "${answers[0]%% *}" = "$expected" ] || die "$name answered ${answers[0]}"
  same_answer "$name" "${answers[@]}"
  say "$name answers the same on $(systems_for "$name" | tr ' ' ','): ${answers[0]}"
}
check_auth_answers() { # the other branches of login and me, and each system's token on the other's me
  local p="${URL[product]}" b="${URL[baseline]}" bad='{"email":"user7@load.example","password":"wrong"}'
  same_answer "login, wrong password" "$(answer POST "$p/login" "$bad")" "$(answer POST "$b/login" "$bad")"
  same_answer "login, unknown user" "$(answer POST "$p/login" '{"email":"nobody@load.example","password":"x"}')" \
    "$(answer POST "$b/login" '{"email":"nobody@load.example","password":"x"}')"
  [ "$(answer POST "$p/login" "$bad")" = '401 {"error":"invalid credentials"}' ] || die "login with a wrong password: $(answer POST "$p/login" "$bad")"
  same_answer "me, no token" "$(answer GET "$p/me")" "$(answer GET "$b/me")" '401 {"error":"unauthorized"}'
  same_answer "me, a forged token" "$(answer GET "$p/me" '' "${AUTH[baseline]}x")" "$(answer GET "$b/me" '' "${AUTH[product]}x")" \
    '401 {"error":"unauthorized"}'
  same_answer "me with the other server's token" "$(answer GET "$p/me" '' "${AUTH[baseline]}")" \
    "$(answer GET "$b/me" '' "${AUTH[product]}")" "$(answer GET "$p/me" '' "${AUTH[product]}")"
}
token_of() { # token_of <system>: a fresh token from that system's login
  curl -sS -X POST -H 'Content-Type: application/json' --data-binary "$LOGIN_BODY" "${URL[$1]}/login" | jq -r .token
}
if [[ " ${SELECTED[*]} " == *" login "* || " ${SELECTED[*]} " == *" me "* ]]; then
  for s in product baseline; do AUTH[$s]="Bearer $(token_of "$s")"; done
fi
for name in "${SELECTED[@]}"; do
  check_answers "$name"
done
if [[ " ${SELECTED[*]} " == *" login "* && " ${SELECTED[*]} " == *" me "* ]]; then check_auth_answers; fi

# --- the measurement ---------------------------------------------------------------------------
ALL_PIDS=("${PID_OF[@]}" "$STORE_PID")
ours_cpu() { local p t=0; for p in "${ALL_PIDS[@]}"; do t=$((t + $(cpu_ms "$p"))); done; echo "$t"; }
declare -A RES WARM
measure() { # measure <system> <workflow> <round>: one measured wrk run, with the server's CPU, RSS and the machine's load
  local s="$1" name="$2" pid="${PID_OF[$1]}" c0 st0 o0 b0 t0 c1 st1 o1 b1 t1 r spid tail others
  settle "$SETTLE_MAX" "${ALL_PIDS[@]}" >/dev/null
  : > "$WORK/rss"
  rss_sampler "$pid" "$WORK/rss" & spid=$!
  c0="$(cpu_ms "$pid")" st0="$(cpu_ms "$STORE_PID")" o0="$(ours_cpu)" b0="$(machine_busy_ms)" t0="$(date +%s%N)"
  r=($(wrk_run "${METHOD[$name]}" "${URL[$s]}${REQ_PATH[$name]}" "${BODY[$name]}" "$DURATION" "${AUTH[$s]:-}"))
  t1="$(date +%s%N)" b1="$(machine_busy_ms)" o1="$(ours_cpu)" st1="$(cpu_ms "$STORE_PID")"
  kill "$spid" 2>/dev/null; wait "$spid" 2>/dev/null || true
  # the server's CPU counts until it is idle again: work it defers (its execution log) belongs to these requests
  tail="$(settle "$SETTLE_MAX" "$pid")"
  c1="$(cpu_ms "$pid")"
  others="$(awk -v b=$((b1 - b0)) -v o=$((o1 - o0 + r[6])) -v ms=$(((t1 - t0) / 1000000)) -v n="$(nproc)" \
    'BEGIN { v = (b - o) / (ms * n) * 100; printf "%.0f", (v < 0) ? 0 : v }')"
  # req/s p50 p99 non2xx socket-errors requests wrk-cpu-ms server-cpu-ms store-cpu-ms others% rss-kib load1 tail-s
  RES[$s,$name,$3]="${r[*]} $((c1 - c0)) $((st1 - st0)) $others $(max_of "$WORK/rss") $(cut -d' ' -f1 /proc/loadavg) $tail"
  say "$s $name round $3: ${r[0]} req/s, p99 ${r[2]} ms, $(awk -v c=$((c1 - c0)) -v n="${r[5]}" 'BEGIN { printf "%.3f", n ? c / n : 0 }') CPU ms/request"
}

LOAD_BEFORE="$(loadavg)"
for name in "${SELECTED[@]}"; do
  read -r -a systems <<<"$(systems_for "$name")"
  for s in "${systems[@]}"; do
    say "$s $name: $WARMUP warm-up"
    WARM[$s,$name]="$(wrk_run "${METHOD[$name]}" "${URL[$s]}${REQ_PATH[$name]}" "${BODY[$name]}" "$WARMUP" "${AUTH[$s]:-}")"
  done
  for round in $(seq 1 "$ROUNDS"); do
    n=${#systems[@]}
    for i in $(seq 0 $((n - 1))); do measure "${systems[$(((i + round - 1) % n))]}" "$name" "$round"; done
  done
done
LOAD_AFTER="$(loadavg)"
declare -A HWM
for s in "${!PID_OF[@]}"; do HWM[$s]="$(hwm_kib "${PID_OF[$s]}")"; done
# The execution log drops runs when its queue is full, warning now and then with the total so far.
LOG_DROPPED="$(grep -o 'dropped [0-9]* execution logs so far' "$WORK/serve.log" | tail -n1 | cut -d' ' -f2 || true)"
# Behind its high-water mark it keeps successful runs as summaries instead of in full, with the same kind of warning.
LOG_SAMPLED="$(grep -o '[0-9]* successful runs kept as summaries so far' "$WORK/serve.log" | tail -n1 | cut -d' ' -f1 || true)"

TABLE="$(report_markdown)"
echo "$TABLE"
if [ "$WRITE_DOC" = 1 ]; then
  write_between_markers "$ROOT/docs/PERFORMANCE.md" load "$TABLE"
  say "figures written to docs/PERFORMANCE.md"
fi
