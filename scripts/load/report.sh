# Report helpers for scripts/load.sh (sourced): the markdown tables and writing them into a document.
# Reads RES[<system>,<workflow>,<round>] = "req/s p50 p99 non2xx socket-errors requests wrk-cpu-ms server-cpu-ms
# store-cpu-ms others% rss-kib load1 settle-s", WARM[<system>,<workflow>] (a warm-up's wrk figures), SELECTED,
# ROUNDS, HWM[<system>], LOAD_AT_START, LOAD_BEFORE, LOAD_AFTER, LOG_DROPPED, LOG_SAMPLED.

# agg <system> <workflow>: "req/s cpu-ms/req store-ms/req p50 p99 errors rss-mib rps-min rps-max" over the
# rounds: medians of the per-round figures, errors summed, the highest RSS
agg() {
  local r
  for r in $(seq 1 "$ROUNDS"); do echo "${RES[$1,$2,$r]}"; done | awk '
    function median(a, n,  i, j, t) {
      for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    { n++; rps[n] = $1; p50[n] = $2; p99[n] = $3; err += $4 + $5
      cpu[n] = $6 ? $8 / $6 : 0; st[n] = $6 ? $9 / $6 : 0
      if ($11 > rss) rss = $11; if (n == 1 || $1 < lo) lo = $1; if ($1 > hi) hi = $1 }
    END { printf "%.1f %.4f %.4f %.3f %.3f %d %.0f %.0f %.0f\n", median(rps, n), median(cpu, n), median(st, n),
      median(p50, n), median(p99, n), err, rss / 1024, lo, hi }'
}

x() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
num() { awk -v v="$1" -v d="$2" 'BEGIN { printf "%." d "f", v }'; }

# goals <workflow> <product agg> <baseline agg> [node-red agg]: which of issue 9's goals the product's row meets
goals() {
  local name="$1" p=($2) b=($3) need=0.9 out=""
  case "$name" in adults|items) need=0.7 ;; esac
  out="$(awk -v p="${p[0]}" -v b="${b[0]}" -v need="$need" 'BEGIN { printf("%s req/s ≥ %.1f×", (b > 0 && p / b >= need) ? "✓" : "✗", need) }')"
  out="$out · $(awk -v p="${p[1]}" -v b="${b[1]}" 'BEGIN { printf("%s CPU ≤ 1.15×", (b > 0 && p <= 1.15 * b) ? "✓" : "✗") }')"
  out="$out · $(awk -v p="${p[4]}" -v b="${b[4]}" 'BEGIN { printf("%s p99 ≤ 2×", (b > 0 && p <= 2 * b) ? "✓" : "✗") }')"
  out="$out · $(awk -v p="${p[6]}" -v b="${b[6]}" 'BEGIN { printf("%s RSS ≤ 1.5×", (b > 0 && p <= 1.5 * b) ? "✓" : "✗") }')"
  out="$out · $(awk -v e="${p[5]}" 'BEGIN { printf "%s 0 errors", e == 0 ? "✓" : "✗" }')"
  if [ -n "${4:-}" ]; then
    local n=($4)
    out="$out · $(awk -v p="${p[0]}" -v n="${n[0]}" 'BEGIN { ok = (n > 0 && p >= 3 * n); r = (n > 0) ? p / n : 0; printf("%s ≥ 3× Node-RED (%.1f×)", ok ? "✓" : "✗", r) }')"
  fi
  echo "$out"
}

row() { # row <workflow> <system> <its agg> <baseline agg> <goals text>
  local a=($3) b=($4) store="–"
  case "$1" in login|me) store="$(num "${a[2]}" 3)" ;; esac
  printf '| %s | %s | %.0f | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %d | %s |\n' "$1" "$2" "${a[0]}" \
    "$(x "${a[0]}" "${b[0]}")" "$(num "${a[1]}" 3)" "$(x "${a[1]}" "${b[1]}")" "$store" \
    "$(num "${a[3]}" 2)" "$(x "${a[3]}" "${b[3]}")" "$(num "${a[4]}" 2)" "$(x "${a[4]}" "${b[4]}")" \
    "${a[6]}" "$(x "${a[6]}" "${b[6]}")" "${a[5]}" "$5"
}

report_markdown() {
  local name s p b n cpu
  cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)"
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on ${cpu:-an unknown CPU}, $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n1), $(wrk -v 2>&1 | head -n1 | cut -d' ' -f1-2)."
  echo "wrk -t$THREADS -c$CONNECTIONS, per workflow a $WARMUP warm-up on each server, then $ROUNDS round(s) of $DURATION on each (servers alternating); medians over the rounds."
  echo "Load average (1, 5, 15 min): $LOAD_AT_START when the script started, $LOAD_BEFORE when the measuring began, $LOAD_AFTER at the end;"
  echo "$(during_summary)."
  echo
  echo '| Workflow | System | req/s | × base | CPU ms/req | × base | store CPU ms/req | p50 ms | × base | p99 ms | × base | peak RSS MiB | × base | errors | goals (issue 9) |'
  echo '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|'
  for name in "${SELECTED[@]}"; do
    p="$(agg product "$name")" b="$(agg baseline "$name")" n=""
    [ -n "${RES[node-red,$name,1]:-}" ] && n="$(agg node-red "$name")"
    row "$name" baseline "$b" "$b" ""
    [ -n "$n" ] && row "$name" node-red "$n" "$b" ""
    row "$name" "**product**" "$p" "$b" "$(goals "$name" "$p" "$b" "$n")"
  done
  echo
  echo "Peak RSS over the whole run (VmHWM, warm-ups and setup included): $(for s in "${!HWM[@]}"; do printf '%s %.0f MiB, ' "$s" "$(awk -v k="${HWM[$s]}" 'BEGIN { print k / 1024 }')"; done | sed 's/, $//')."
  warm_up_errors
  execution_log_drops
  echo
  echo "Every round:"
  echo
  echo '| Workflow | System | round | req/s | CPU ms/req | p50 ms | p99 ms | RSS MiB | errors | others’ CPU % | load (1 min) | idle after (s) |'
  echo '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|'
  for name in "${SELECTED[@]}"; do
    for s in product baseline node-red; do
      for r in $(seq 1 "$ROUNDS"); do
        [ -n "${RES[$s,$name,$r]:-}" ] || continue
        echo "$name $s $r ${RES[$s,$name,$r]}" | awk '{ printf "| %s | %s | %d | %.0f | %.3f | %.2f | %.2f | %.0f | %d | %d | %s | %d |\n",
          $1, $2, $3, $4, $9 ? $11 / $9 : 0, $5, $6, $14 / 1024, $7 + $8, $13, $15, $16 }'
      done
    done
  done
}

during_summary() { # the machine's load during the measured windows, and what other processes used
  local key
  for key in "${!RES[@]}"; do echo "${RES[$key]}"; done | awk '
    { n++; o += $10; if ($10 > om) om = $10; if (n == 1 || $12 < lo) lo = $12; if ($12 > hi) hi = $12 }
    END { printf "during the measured windows the 1-minute load was %s–%s (wrk and the servers included), and processes other than ours used %.0f%% of the machine on average (at most %d%% in one window)", lo, hi, n ? o / n : 0, om }'
}

execution_log_drops() { # what the product's execution log reported as not logged
  echo
  if [ -n "${LOG_DROPPED:-}" ]; then
    echo "The product's execution log reported at least ${LOG_DROPPED} runs dropped (its queue was full; the count is"
    echo "from its last warning, and warnings are rate-limited)."
  else
    echo "The product's execution log reported no dropped runs."
  fi
  if [ -n "${LOG_SAMPLED:-}" ]; then
    echo "It kept at least ${LOG_SAMPLED} successful runs picked for a trace as summaries while its queue was past"
    echo "the high-water mark (failed runs are always kept in full; the count is from its last warning, which comes"
    echo "at most once a minute)."
  fi
}

warm_up_errors() { # one line listing the warm-ups that had errors (cold starts), if any
  local key w list=""
  for key in "${!WARM[@]}"; do
    w=(${WARM[$key]})
    [ $((w[3] + w[4])) -gt 0 ] && list="$list ${key/,/ }: $((w[3] + w[4]));"
  done
  if [ -n "$list" ]; then
    echo
    echo "Errors during the warm-up runs (not in the table):${list%;}."
  fi
  return 0
}

write_between_markers() { # write_between_markers <file> <marker> <content>
  local file="$1" content
  content="$(mktemp)"
  printf '%s\n' "$3" > "$content"
  grep -q "<!-- $2:begin -->" "$file" && grep -q "<!-- $2:end -->" "$file" \
    || die "$file has no <!-- $2:begin --> / <!-- $2:end --> markers"
  awk -v begin="<!-- $2:begin -->" -v end="<!-- $2:end -->" -v content="$content" '
    $0 == begin { print; while ((getline line < content) > 0) print line; skip = 1; next }
    $0 == end { skip = 0 }
    !skip { print }' "$file" > "$file.tmp"
  mv "$file.tmp" "$file"
  rm -f "$content"
}
