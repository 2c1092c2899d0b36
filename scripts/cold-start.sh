#!/usr/bin/env bash
# Start-up and deploy latency of `./dotportion serve`, on 127.0.0.1 only (issue 9's goals: process start → first
# deployed request answered with 100 deployed workflows ≤ 3 s; deploy call → endpoint live for a 10-node
# workflow, p99 ≤ 50 ms).
#   scripts/cold-start.sh [--write-doc]
#     --write-doc  replace the figures between the cold-start markers in docs/PERFORMANCE.md
# 1. Creates COLD_WORKFLOWS deployed workflows in a fresh data directory (every third one `adults`, with a Logic
#    and a Condition script; the others `echo`), then stops the server.
# 2. COLD_STARTS times: starts `./dotportion serve` on that directory and polls (every 50 ms, at most
#    COLD_TIMEOUT s) until /health, the first echo endpoint and the first scripted endpoint answer right; then
#    until every endpoint answers 200; stops the server.
# 3. On a running server: COLD_DEPLOYS times, changes the draft of a 10-node workflow (bench's scripted.json:
#    parameters, three Logic nodes, a Condition, a Loop, three responses), times the deploy call, and calls the
#    endpoint right after it returns, which must answer with the new version's body.
# Settings (environment): COLD_WORKFLOWS=100 COLD_STARTS=3 COLD_DEPLOYS=50 COLD_TIMEOUT=120 LOAD_PORT=28080
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export LOAD_LUA="$ROOT/scripts/load" LOG_TAG=cold-start
. "$LOAD_LUA/lib.sh"
. "$LOAD_LUA/proc.sh"
. "$LOAD_LUA/servers.sh"
. "$LOAD_LUA/report.sh"
. "$ROOT/scripts/find-jdk.sh"

WRITE_DOC=0
for arg in "$@"; do
  case "$arg" in
    --write-doc) WRITE_DOC=1 ;;
    *) die "unknown argument $arg (see the top of $0)" ;;
  esac
done
WORKFLOWS="${COLD_WORKFLOWS:-100}" STARTS="${COLD_STARTS:-3}" DEPLOYS="${COLD_DEPLOYS:-50}"
TIMEOUT="${COLD_TIMEOUT:-120}" PORT="${LOAD_PORT:-28080}"
[ "$WORKFLOWS" -ge 3 ] && [ "$WORKFLOWS" -le 1000 ] || die "COLD_WORKFLOWS must be 3..1000"
[ "$STARTS" -ge 1 ] && [ "$STARTS" -le 20 ] || die "COLD_STARTS must be 1..20"
[ "$DEPLOYS" -ge 1 ] && [ "$DEPLOYS" -le 1000 ] || die "COLD_DEPLOYS must be 1..1000"
LOAD_AT_START="$(loadavg)"
need_tool jq jq; need_tool curl curl

WORK="$(mktemp -d)"
PIDS=()
cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM   # a signal ends the script through the EXIT trap
stop() { kill "$1" 2>/dev/null && wait "$1" 2>/dev/null || true; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }

build_all
BASE="http://127.0.0.1:$PORT/api/loadtest/load"
ECHO_BODY='{"name":"Ada"}' ADULTS_BODY='{"name":"Ada","age":36}'
ECHO_ANSWER='200 {"hello":"Ada"}' ADULTS_ANSWER='200 {"adult":true,"welcome":"Ada"}'
path_of() { if [ $(($1 % 3)) = 0 ]; then echo "/w$1/adults"; else echo "/w$1/echo"; fi; }
answers_right() { # answers_right <index>: the endpoint of workflow <index> answers what its workflow answers
  if [ $(($1 % 3)) = 0 ]; then
    [ "$(answer POST "$BASE$(path_of "$1")" "$ADULTS_BODY" 2>/dev/null)" = "$ADULTS_ANSWER" ]
  else
    [ "$(answer POST "$BASE$(path_of "$1")" "$ECHO_BODY" 2>/dev/null)" = "$ECHO_ANSWER" ]
  fi
}

live_count() { # how many of the endpoints answer 200, asked over one connection by one curl (adults' body suits echo too)
  local i urls=()
  for i in $(seq 1 "$WORKFLOWS"); do urls+=("$BASE$(path_of "$i")"); done
  curl -s --max-time 10 -X POST -H 'Content-Type: application/json' --data-binary "$ADULTS_BODY" \
    -w '\n@%{http_code}\n' "${urls[@]}" 2>/dev/null | grep -c '^@200$' || true
}

# --- 1. the deployed workflows ------------------------------------------------------------------
start_product "$PORT" "$WORK/data" "$WORK/setup.log"
setup_product
say "creating and deploying $WORKFLOWS workflows"
for i in $(seq 1 "$WORKFLOWS"); do
  if [ $((i % 3)) = 0 ]; then file="$LOAD_LUA/adults.json"; else file="$LOAD_LUA/echo.json"; fi
  jq --arg p "$(path_of "$i")" --arg n "Workflow $i" '.path = $p | .name = $n' "$file" > "$WORK/wf.json"
  deploy "$WORK/wf.json" >/dev/null
done
answers_right 1 && answers_right 3 || die "the deployed workflows do not answer right"
stop "$SERVE_PID"

# --- 2. cold starts -----------------------------------------------------------------------------
declare -a HEALTH FIRST SCRIPTED ALL
for run in $(seq 1 "$STARTS"); do
  port_free "$PORT" || die "port $PORT is in use"
  t0="$(now_ms)"
  DOTPORTION_EGRESS_ALLOW=127.0.0.1 "$ROOT/dotportion" serve --host 127.0.0.1 --port "$PORT" --data "$WORK/data" \
    > "$WORK/start-$run.log" 2>&1 &
  SERVE_PID=$!; PIDS+=("$SERVE_PID")
  health="" first="" scripted=""
  while [ -z "$health" ] || [ -z "$first" ] || [ -z "$scripted" ]; do
    kill -0 "$SERVE_PID" 2>/dev/null || die "the server exited during start $run (see its log: $(tail -n3 "$WORK/start-$run.log"))"
    [ $(($(now_ms) - t0)) -lt $((TIMEOUT * 1000)) ] || die "start $run: not every endpoint answered within $TIMEOUT s"
    [ -z "$health" ] && curl -sf -o /dev/null --max-time 5 "http://127.0.0.1:$PORT/health" && health=$(($(now_ms) - t0))
    [ -z "$first" ] && answers_right 1 && first=$(($(now_ms) - t0))
    [ -z "$scripted" ] && answers_right 3 && scripted=$(($(now_ms) - t0))
    sleep 0.05
  done
  until [ "$(live_count)" = "$WORKFLOWS" ]; do
    [ $(($(now_ms) - t0)) -lt $((TIMEOUT * 1000)) ] || die "start $run: not all $WORKFLOWS endpoints answered within $TIMEOUT s"
    sleep 0.05
  done
  ! grep -q '^dotportion: building' "$WORK/start-$run.log" \
    || die "start $run included a build (sources changed during the run): measure again"
  HEALTH+=("$health") FIRST+=("$first") SCRIPTED+=("$scripted") ALL+=($(($(now_ms) - t0)))
  say "start $run: /health after $health ms, first echo answer $first ms, first scripted answer $scripted ms, all $WORKFLOWS after ${ALL[-1]} ms"
  [ "$run" = "$STARTS" ] || stop "$SERVE_PID"
done

# --- 3. deploy → live, on the running server -----------------------------------------------------
PRODUCT="http://127.0.0.1:$PORT"
TOKEN="$(api POST /v1/auth/login 200 '{"email":"load@example.com","password":"steady-harbor-lantern-42"}' | jq -r .token)"
SCRIPTED_FILE="$ROOT/bench/src/main/resources/io/dotportion/bench/workflows/scripted.json"
[ "$(jq '.nodes | length' "$SCRIPTED_FILE")" = 10 ] || die "$SCRIPTED_FILE is not a 10-node workflow any more"
version_doc() { jq --argjson v "$1" '.path = "/deploy-test" | .nodes |= map(if .id == "ok" then .data.body.version = $v else . end)' "$SCRIPTED_FILE"; }
WF="$(api POST "/v1/projects/$PROJECT_ID/workflows" 201 "$(version_doc 0)" | jq -r .id)"
PROFILE='{"name":"Ada","age":36,"tags":["Red","Green"]}'
: > "$WORK/deploys"
say "$DEPLOYS deploys of a 10-node workflow"
for i in $(seq 1 "$DEPLOYS"); do
  api PUT "/v1/workflows/$WF" 200 "$(version_doc "$i")" >/dev/null
  deploy_s="$(curl -sS -o "$WORK/deploy.out" -w '%{http_code} %{time_total}' -X POST "$PRODUCT/v1/workflows/$WF/deploy" \
    -H "Authorization: Bearer $TOKEN")"
  [ "${deploy_s%% *}" = 200 ] || die "deploy $i answered $deploy_s: $(head -c 300 "$WORK/deploy.out")"
  first_s="$(curl -sS -o "$WORK/first.out" -w '%{http_code} %{time_total}' -X POST "$BASE/deploy-test" \
    -H 'Content-Type: application/json' --data-binary "$PROFILE")"
  [ "${first_s%% *}" = 200 ] && [ "$(jq .version "$WORK/first.out")" = "$i" ] \
    || die "right after deploy $i the endpoint answered ${first_s%% *} $(head -c 300 "$WORK/first.out")"
  echo "${deploy_s#* } ${first_s#* }" >> "$WORK/deploys"
done
stop "$SERVE_PID"

# --- the table ----------------------------------------------------------------------------------
stats_ms() { # stats_ms <numbers in ms>...: "median max"
  printf '%s\n' "$@" | sort -n | awk '{ a[++n] = $1 } END { printf "%d %d", n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2, a[n] }'
}
pct_ms() { # pct_ms <column> <percentile>: nearest-rank percentile of a column of $WORK/deploys (seconds), in ms
  awk -v c="$1" '{ print $c * 1000 }' "$WORK/deploys" | sort -n | awk -v p="$2" '{ a[++n] = $1 }
    END { i = int(p / 100 * n); if (i < p / 100 * n) i++; if (i < 1) i = 1; printf "%.1f", a[i] }'
}
verdict() { awk -v v="$1" -v g="$2" 'BEGIN { print (v <= g) ? "✓" : "✗" }'; }
report() {
  local h=($(stats_ms "${HEALTH[@]}")) f=($(stats_ms "${FIRST[@]}")) s=($(stats_ms "${SCRIPTED[@]}")) a=($(stats_ms "${ALL[@]}"))
  local d99 f99
  d99="$(pct_ms 1 99)"
  awk '{ print $1 + $2 }' "$WORK/deploys" > "$WORK/sums"
  f99="$(awk '{ print $1 * 1000 }' "$WORK/sums" | sort -n | awk '{ a[++n] = $1 } END { i = int(0.99 * n); if (i < 0.99 * n) i++; printf "%.1f", a[i] }')"
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n1);"
  echo "load average (1, 5, 15 min) $LOAD_AT_START when the script started, $(loadavg) at the end."
  echo "$WORKFLOWS deployed workflows in one project ($((WORKFLOWS / 3)) \`adults\` with a Logic and a Condition script, the others \`echo\`), embedded store;"
  echo "$STARTS starts of \`./dotportion serve\` (the launcher included, no build), $DEPLOYS deploys of the 10-node \`scripted\` workflow."
  echo
  echo '| figure | median | worst | goal |'
  echo '|---|---:|---:|---|'
  echo "| process start → \`/health\` 200 | ${h[0]} ms | ${h[1]} ms | |"
  echo "| process start → first deployed request answered (echo) | ${f[0]} ms | ${f[1]} ms | $(verdict "${f[1]}" 3000) ≤ 3 s |"
  echo "| process start → first scripted request answered (adults) | ${s[0]} ms | ${s[1]} ms | $(verdict "${s[1]}" 3000) ≤ 3 s |"
  echo "| process start → all $WORKFLOWS endpoints answered | ${a[0]} ms | ${a[1]} ms | |"
  echo
  echo '| figure | p50 | p99 | goal |'
  echo '|---|---:|---:|---|'
  echo "| deploy call (10-node workflow, curl time) | $(pct_ms 1 50) ms | $d99 ms | $(verdict "$d99" 50) ≤ 50 ms |"
  echo "| first request right after the deploy call | $(pct_ms 2 50) ms | $(pct_ms 2 99) ms | |"
  echo "| deploy call + first request | $(awk '{ print $1 * 1000 }' "$WORK/sums" | sort -n | awk '{ a[++n] = $1 } END { i = int(0.5 * n); if (i < 0.5 * n) i++; printf "%.1f", a[i] }') ms | $f99 ms | |"
  echo
  echo "Each first request answered with the version just deployed (checked)."
}
TABLE="$(report)"
echo "$TABLE"
if [ "$WRITE_DOC" = 1 ]; then
  write_between_markers "$ROOT/docs/PERFORMANCE.md" cold-start "$TABLE"
  say "figures written to docs/PERFORMANCE.md"
fi
