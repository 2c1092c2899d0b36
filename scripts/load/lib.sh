# Helpers for scripts/load.sh (sourced). Every call goes to 127.0.0.1 only.

die() { echo "load: $*" >&2; exit 1; }

need_tool() { # need_tool <command> <debian package>
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "load: installing $2 (Debian package)" >&2
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

# api <method> <path> <expected status> [json body]: calls the management API of $PRODUCT, prints the answer
api() {
  local out status
  out="$(mktemp)"
  status="$(curl -sS -o "$out" -w '%{http_code}' -X "$1" "$PRODUCT$2" -H 'Content-Type: application/json' \
    ${TOKEN:+-H "Authorization: Bearer $TOKEN"} ${4:+--data-binary "$4"})"
  if [ "$status" != "$3" ]; then
    echo "load: $1 $2 answered $status, expected $3: $(head -c 600 "$out")" >&2
    rm -f "$out"; exit 1
  fi
  cat "$out"; rm -f "$out"
}

# answer <method> <url> [json body]: "<status> <body with sorted keys>" of one public call
answer() {
  local out status
  out="$(mktemp)"
  status="$(curl -sS -o "$out" -w '%{http_code}' -X "$1" "$2" ${3:+-H 'Content-Type: application/json' --data-binary "$3"})"
  echo "$status $(jq -cS . < "$out" 2>/dev/null || cat "$out")"; rm -f "$out"
}

# wrk_run <method> <url> <json body or ""> <duration>: prints "req/s p50 p99 non2xx socketerrors requests"
wrk_run() {
  local script="$LOAD_LUA/get.lua" line
  [ "$1" = POST ] && script="$LOAD_LUA/post.lua"
  line="$(LOAD_BODY="$3" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$4" -s "$script" "$2" | grep '^RESULT ')" \
    || die "wrk printed no result for $2"
  echo "${line#RESULT }"
}
