# Report helpers for scripts/load.sh (sourced): the markdown table and writing it into a document.
# Reads RESULT[<server>,<workflow>] and WARM[<server>,<workflow>] = "req/s p50 p99 non2xx socketerrors"
# (the measured run and its warm-up), LOADAVG[<server>], NAMES.

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.0f%%", 100 * a / b; else print "-" }'; }
times() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f×", a / b; else print "-" }'; }

row() { # row <workflow> <server> <comparison>
  local r=(${RESULT[$2,$1]})
  printf '| %s | %s | %.0f | %s | %s | %d | %s |\n' "$1" "$2" "${r[0]}" "${r[1]}" "${r[2]}" \
    "$((r[3] + r[4]))" "$3"
}

report_markdown() {
  local name p b cpu servers
  cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)"
  servers="product ${LOADAVG[product]}, baseline ${LOADAVG[baseline]}"
  [ -n "${LOADAVG[node-red]:-}" ] && servers="$servers, Node-RED ${LOADAVG[node-red]}"
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on ${cpu:-an unknown CPU}, $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n1)."
  echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION per endpoint after a $WARMUP warm-up; wrk runs on the same cores."
  echo "Load average (1, 5, 15 min) when each server's runs began: $servers."
  echo
  echo '| Workflow | Server | req/s | p50 (ms) | p99 (ms) | errors | product ÷ this |'
  echo '|---|---|---:|---:|---:|---:|---:|'
  for name in "${NAMES[@]}"; do
    p=(${RESULT[product,$name]}); b=(${RESULT[baseline,$name]})
    row "$name" product ''
    row "$name" baseline "$(ratio "${p[0]}" "${b[0]}")"
    if [ -n "${RESULT[node-red,$name]:-}" ]; then
      local n=(${RESULT[node-red,$name]})
      row "$name" node-red "$(times "${p[0]}" "${n[0]}")"
    fi
  done
  warm_up_errors
  execution_log_drops
}

execution_log_drops() { # how many of the product's runs its execution log reported as not logged
  local name total=0 w m
  for name in "${NAMES[@]}"; do
    w=(${WARM[product,$name]}) m=(${RESULT[product,$name]})
    total=$((total + w[5] + m[5]))
  done
  echo
  if [ -n "${LOG_DROPPED:-}" ]; then
    echo "The product reported at least ${LOG_DROPPED} of its ${total} runs (warm-ups included)"
    echo "as dropped from its execution log: the writer fell behind and its queue was full (the count is from"
    echo "its last warning, and warnings are rate-limited)."
  else
    echo "The product's execution log reported no dropped runs out of ${total} (warm-ups included)."
  fi
  if [ -n "${LOG_SAMPLED:-}" ]; then
    echo "It kept at least ${LOG_SAMPLED} successful runs picked for a trace as summaries while its queue was past"
    echo "the high-water mark (failed runs are always kept in full; the count is from its last warning, and warnings"
    echo "come at most once a minute, so the true count is higher)."
  fi
}

warm_up_errors() { # one line listing the runs whose warm-up had errors (cold starts), if any
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
