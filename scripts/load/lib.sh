# Helpers for scripts/load.sh, cold-start.sh and soak.sh (sourced). Every call goes to 127.0.0.1 only.

die() { echo "${LOG_TAG:-load}: $*" >&2; exit 1; }
say() { echo "${LOG_TAG:-load}: $*" >&2; }

need_tool() { # need_tool <command> <debian package>
  command -v "$1" >/dev/null 2>&1 && return 0
  say "installing $2 (Debian package)"
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq "$2" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }
  else sudo apt-get install -y -qq "$2" >/dev/null; fi
  command -v "$1" >/dev/null 2>&1 || die "$1 is required (apt-get install $2)"
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_http() { # wait_http <url> <seconds> <pid>: polls until the URL answers 2xx; fails if the process died
  local url="$1" deadline=$((SECONDS + $2)) pid="$3"
  until curl -sf -o /dev/null "$url"; do
    kill -0 "$pid" 2>/dev/null || die "the server (pid $pid) exited before $url answered"
    [ "$SECONDS" -lt "$deadline" ] || die "$url did not answer within $2 s"
    sleep 0.5
  done
}

# api <method> <path> <expected status, or a|b> [json body]: calls the management API of $PRODUCT, prints the answer
api() {
  local out status
  out="$(mktemp)"
  status="$(curl -sS -o "$out" -w '%{http_code}' -X "$1" "$PRODUCT$2" -H 'Content-Type: application/json' \
    ${TOKEN:+-H "Authorization: Bearer $TOKEN"} ${4:+--data-binary "$4"})"
  if ! [[ "$status" =~ ^($3)$ ]]; then
    echo "load: $1 $2 answered $status, expected $3: $(head -c 600 "$out")" >&2
    rm -f "$out"; exit 1
  fi
  cat "$out"; rm -f "$out"
}

# A JSON answer made comparable: keys sorted; a {"token": JWT} answer becomes the token's header, its claims
# without iat/exp, and its lifetime exp - iat (those two differ from call to call, the rest must not).
NORMALISE='if type == "object" and (.token | type) == "string" then .token |= (split(".") | .[0:2]
  | map(gsub("-"; "+") | gsub("_"; "/") | . + ("=" * ((4 - length % 4) % 4)) | @base64d | fromjson)
  | {header: .[0], claims: (.[1] | del(.iat, .exp)), lifetime: (.[1].exp - .[1].iat)}) else . end'

# answer <method> <url> [json body] [Authorization value]: "<status> <normalised body>" of one public call
answer() {
  local out status
  out="$(mktemp)"
  status="$(curl -sS -o "$out" -w '%{http_code}' -X "$1" "$2" ${3:+-H 'Content-Type: application/json' --data-binary "$3"} \
    ${4:+-H "Authorization: $4"})"
  echo "$status $(jq -cS "$NORMALISE" < "$out" 2>/dev/null || cat "$out")"; rm -f "$out"
}

# wrk_run <method> <url> <json body or ""> <duration> [Authorization value]:
#   prints "req/s p50 p99 non2xx socketerrors requests wrk-cpu-ms"
wrk_run() {
  local script="$LOAD_LUA/get.lua" out line
  [ "$1" = POST ] && script="$LOAD_LUA/post.lua"
  # `times` in the subshell reports the CPU its child (wrk) used, in the second line
  out="$(LOAD_BODY="$3" LOAD_AUTH="${5:-}" bash -c 'wrk "$@"; times' wrk -t"$THREADS" -c"$CONNECTIONS" -d"$4" \
    --timeout "${LOAD_TIMEOUT:-5s}" -s "$script" "$2")" || die "wrk failed for $2"
  line="$(grep '^RESULT ' <<<"$out")" || die "wrk printed no result for $2"
  echo "${line#RESULT } $(tail -n1 <<<"$out" | awk '{ print int(1000 * (secs($1) + secs($2))) }
    function secs(t,  m) { m = t; sub(/m.*/, "", m); sub(/^[0-9]+m/, "", t); sub(/s$/, "", t); return 60 * m + t }')"
}
