#!/usr/bin/env bash
# Soak test of the login workflow on `./dotportion serve`, on 127.0.0.1 only (issue 9's goal: 10 minutes at 80% of
# its peak, 0 errors, RSS flat over the last 5 minutes, log and stats keep up).
#   scripts/soak.sh [--write-doc]
#     --write-doc  replace the figures between the soak markers in docs/PERFORMANCE.md
# 1. Starts a separate embedded store (the tenant's MongoDB) with LOAD_USERS users, the product, and deploys
#    scripts/load/login.json.
# 2. Measures the peak: a SOAK_WARMUP warm-up, then SOAK_CALIBRATE unpaced at -c32 (skipped with SOAK_RATE).
# 3. SOAK_MINUTES of login paced at SOAK_PERCENT of that peak (scripts/load/pace.lua), sampling the server's RSS
#    and CPU every SOAK_SAMPLE seconds.
# 4. Checks: no errors (non-2xx or socket); RSS flat over the last SOAK_FLAT_MINUTES (max − min < 5% of the mean,
#    and the fitted slope over that window < 5% of the mean); the workflow's stats count every request wrk got an
#    answer to and no more than it sent; the execution log dropped nothing and its newest run is from the soak's
#    last seconds.
# Settings (environment): SOAK_MINUTES=10 SOAK_PERCENT=80 SOAK_RATE= SOAK_WARMUP=15s SOAK_CALIBRATE=10s
#   SOAK_SAMPLE=10 SOAK_FLAT_MINUTES=5 (at most half the soak) LOAD_CONNECTIONS=32 LOAD_USERS=1000
#   LOAD_PORT=28080 STORE_PORT=28093
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export LOAD_LUA="$ROOT/scripts/load" LOG_TAG=soak
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
MINUTES="${SOAK_MINUTES:-10}" PERCENT="${SOAK_PERCENT:-80}" SAMPLE="${SOAK_SAMPLE:-10}"
CONNECTIONS="${LOAD_CONNECTIONS:-32}" THREADS=1 PORT="${LOAD_PORT:-28080}" STORE_PORT="${STORE_PORT:-28093}"
[ "$MINUTES" -ge 1 ] && [ "$MINUTES" -le 240 ] || die "SOAK_MINUTES must be 1..240"
FLAT_SECONDS=$((${SOAK_FLAT_MINUTES:-5} * 60))
[ $((FLAT_SECONDS * 2)) -le $((MINUTES * 60)) ] || FLAT_SECONDS=$((MINUTES * 30))
FLAT_MINUTES="$(awk -v s="$FLAT_SECONDS" 'BEGIN { print s / 60 }')"
LOAD_AT_START="$(loadavg)"
need_tool wrk wrk; need_tool jq jq; need_tool curl curl

WORK="$(mktemp -d)"
PIDS=()
cleanup() {
  local status=$? pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  if [ "$status" -ne 0 ] && [ -f "$WORK/serve.log" ]; then   # a failed soak shows what the product logged
    say "the product's warnings and errors:"
    grep -E -A25 ' (WARN|ERROR) ' "$WORK/serve.log" | head -120 >&2 || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM   # a signal ends the script through the EXIT trap

build_all
JWT_SECRET="$(new_jwt_secret)"
start_store "$STORE_PORT" "$WORK/store"
seed_users "${LOAD_USERS:-1000}"
start_product "$PORT" "$WORK/data" "$WORK/serve.log"
setup_product
WF="$(deploy "$LOAD_LUA/login.json")"
URL="$PRODUCT/api/loadtest/load/login"
BODY='{"email":"user7@load.example","password":"password-7"}'
got="$(answer POST "$URL" "$BODY")"
[ "${got%% *}" = 200 ] || die "login answered $got"
SENT=1 ANSWERED=1   # every request to the workflow and every answer, the check above included

paced() { # paced <duration> <rate or 0>: one wrk run of pace.lua; adds what it sent to SENT; prints its RESULT fields
  local out
  out="$(LOAD_BODY="$BODY" LOAD_RATE="$2" LOAD_THREADS=1 wrk -t1 -c"$CONNECTIONS" -d"$1" --timeout 5s \
    -s "$LOAD_LUA/pace.lua" "$URL" | grep '^RESULT ')" || die "wrk printed no result"
  echo "${out#RESULT }"
}
count_sent() { local r=($1); SENT=$((SENT + r[6])) ANSWERED=$((ANSWERED + r[7])); }

if [ -n "${SOAK_RATE:-}" ]; then
  PEAK="" RATE="$SOAK_RATE"
else
  say "warm-up ${SOAK_WARMUP:-15s}, then the peak over ${SOAK_CALIBRATE:-10s}"
  r="$(paced "${SOAK_WARMUP:-15s}" 0)"; count_sent "$r"
  r="$(paced "${SOAK_CALIBRATE:-10s}" 0)"; count_sent "$r"
  PEAK="$(cut -d' ' -f1 <<<"$r")"
  RATE="$(awk -v p="$PEAK" -v f="$PERCENT" 'BEGIN { printf "%d", p * f / 100 }')"
fi
[ "$RATE" -ge 1 ] || die "the rate came out as $RATE req/s"

say "$MINUTES min of login at $RATE req/s"
: > "$WORK/samples"
sampler() { # "<seconds since start> <RSS KiB> <CPU ms>" every SAMPLE seconds, while the server lives
  local t0=$SECONDS
  while kill -0 "$SERVE_PID" 2>/dev/null; do
    echo "$((SECONDS - t0)) $(rss_kib "$SERVE_PID") $(cpu_ms "$SERVE_PID")" >> "$WORK/samples"
    sleep "$SAMPLE"
  done
}
sampler & SAMPLER=$!; PIDS+=("$SAMPLER")
CPU0="$(cpu_ms "$SERVE_PID")" LOAD_BEFORE="$(loadavg)"
SOAK="$(paced "${MINUTES}m" "$RATE")"; count_sent "$SOAK"
END_AT="$(date +%s)" CPU1="$(cpu_ms "$SERVE_PID")" LOAD_AFTER="$(loadavg)"
kill "$SAMPLER" 2>/dev/null; wait "$SAMPLER" 2>/dev/null || true
HWM="$(hwm_kib "$SERVE_PID")"

# --- did the stats and the execution log keep up? -----------------------------------------------
STATS_CALLS=0 deadline=$((SECONDS + 30)) last=-1 same_since=$SECONDS
while [ "$SECONDS" -lt "$deadline" ]; do   # the stats flush every 5 s: wait for all, or for two flushes without change
  STATS_CALLS="$(api GET "/v1/workflows/$WF/stats?granularity=hour" 200 | jq '.totals.calls // 0')"
  [ "$STATS_CALLS" -ge "$SENT" ] && break
  [ "$STATS_CALLS" != "$last" ] && last="$STATS_CALLS" same_since=$SECONDS
  [ "$STATS_CALLS" -ge "$ANSWERED" ] && [ $((SECONDS - same_since)) -ge 11 ] && break
  sleep 1
done
NEWEST_LAG="" deadline=$((SECONDS + 30))
while [ "$SECONDS" -lt "$deadline" ]; do   # the writer's queue drains: the newest logged run is from the soak's end
  newest="$(api GET "/v1/projects/$PROJECT_ID/executions?workflowId=$WF&limit=1" 200 | jq -r '.[0].startedAt // empty')"
  if [ -n "$newest" ]; then
    NEWEST_LAG=$((END_AT - $(date -d "$newest" +%s)))
    [ "$NEWEST_LAG" -le 5 ] && break
  fi
  sleep 1
done
LOG_DROPPED="$(grep -o 'dropped [0-9]* execution logs so far' "$WORK/serve.log" | tail -n1 | cut -d' ' -f2 || true)"
LOG_SAMPLED="$(grep -o '[0-9]* successful runs kept as summaries so far' "$WORK/serve.log" | tail -n1 | cut -d' ' -f1 || true)"

# --- the verdict --------------------------------------------------------------------------------
s=($SOAK)   # req/s p50 p99 non2xx socket-errors answers sent answered
ERRORS=$((s[3] + s[4]))   # answers other than 2xx, socket errors (requests in flight when wrk stopped are not errors)
FLAT="$(awk -v from=$((MINUTES * 60 - FLAT_SECONDS)) '
  $1 >= from { n++; x[n] = $1; y[n] = $2 / 1024; sum += y[n]; if (n == 1 || y[n] < lo) lo = y[n]; if (y[n] > hi) hi = y[n] }
  END {
    if (n < 3) { print "- - - - - 0"; exit }
    mean = sum / n; for (i = 1; i <= n; i++) { mx += x[i] } mx /= n
    for (i = 1; i <= n; i++) { sxy += (x[i] - mx) * (y[i] - mean); sxx += (x[i] - mx) ^ 2 }
    slope = sxx ? sxy / sxx : 0; span = x[n] - x[1]
    spread = 100 * (hi - lo) / mean; drift = 100 * slope * span / mean
    printf "%.0f %.0f %.0f %.1f %.1f %d\n", lo, hi, mean, spread, drift, (spread < 5 && (drift < 5 && drift > -5)) ? 1 : 0
  }' "$WORK/samples")"
f=($FLAT)   # min max mean spread% drift% flat
ok() { [ "$1" = 1 ] && echo "✓" || echo "✗"; }
# wrk stops with requests in flight (sent, never answered): the server may or may not have run them, so the
# stats must lie between the answers wrk got and the requests it sent (a gap of at most the connections per run)
STATS_OK=0; [ "$STATS_CALLS" -ge "$ANSWERED" ] && [ "$STATS_CALLS" -le "$SENT" ] && STATS_OK=1
LOG_OK=0; [ -z "$LOG_DROPPED" ] && [ -n "$NEWEST_LAG" ] && [ "$NEWEST_LAG" -le 5 ] && LOG_OK=1
ERR_OK=0; [ "$ERRORS" = 0 ] && ERR_OK=1
VERDICT="passed"; [ $((ERR_OK + f[5] + STATS_OK + LOG_OK)) = 4 ] || VERDICT="failed"

report() {
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n1);"
  echo "load average (1, 5, 15 min) $LOAD_AT_START when the script started, $LOAD_BEFORE when the soak began, $LOAD_AFTER at its end."
  if [ -n "$PEAK" ]; then
    echo "login's peak: ${PEAK} req/s (wrk -t1 -c$CONNECTIONS, ${SOAK_CALIBRATE:-10s} after a ${SOAK_WARMUP:-15s} warm-up); soak at $PERCENT%: $RATE req/s, paced, -c$CONNECTIONS."
  else
    echo "Soak at SOAK_RATE=$RATE req/s, paced, -c$CONNECTIONS (no peak measured)."
  fi
  echo
  echo '| figure | value | goal |'
  echo '|---|---:|---|'
  echo "| duration, rate reached | $MINUTES min, $(num "${s[0]}" 0) req/s (target $RATE) | |"
  echo "| requests sent / answered (the rest were in flight when wrk stopped) | ${s[6]} / ${s[7]} | |"
  echo "| errors (non-2xx, socket errors) | ${s[3]}, ${s[4]} | $(ok $ERR_OK) 0 |"
  echo "| latency p50 / p99 | $(num "${s[1]}" 2) / $(num "${s[2]}" 2) ms | |"
  echo "| server CPU ms per request | $(awk -v c=$((CPU1 - CPU0)) -v n="${s[7]}" 'BEGIN { printf "%.3f", n ? c / n : 0 }') | |"
  echo "| RSS over the last $FLAT_MINUTES min: min / max / mean | ${f[0]} / ${f[1]} / ${f[2]} MiB | |"
  echo "| RSS spread (max − min) ÷ mean, last $FLAT_MINUTES min | ${f[3]}% | $(ok "${f[5]}") < 5% |"
  echo "| RSS drift (fitted slope × window) ÷ mean, last $FLAT_MINUTES min | ${f[4]}% | $(ok "${f[5]}") within ±5% |"
  echo "| peak RSS (VmHWM, whole run) | $((HWM / 1024)) MiB | |"
  echo "| stats: calls counted (all runs: check, warm-up, peak, soak) | $STATS_CALLS (answered $ANSWERED, sent $SENT) | $(ok $STATS_OK) answered ≤ counted ≤ sent |"
  echo "| execution log: dropped runs, sampled out, newest run before the end | ${LOG_DROPPED:-0}, ${LOG_SAMPLED:-0}, ${NEWEST_LAG:-none} s | $(ok $LOG_OK) none dropped, ≤ 5 s |"
  echo
  echo "Verdict: **$VERDICT**. RSS every minute (MiB): $(awk -v step=60 '$1 % step < '"$SAMPLE"' { printf "%s%d", sep, $2 / 1024; sep = ", " }' "$WORK/samples")."
}
TABLE="$(report)"
echo "$TABLE"
if [ "$WRITE_DOC" = 1 ]; then
  write_between_markers "$ROOT/docs/PERFORMANCE.md" soak "$TABLE"
  say "figures written to docs/PERFORMANCE.md"
fi
[ "$VERDICT" = passed ]
