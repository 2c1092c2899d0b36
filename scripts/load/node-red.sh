# Node-RED for the comparison in scripts/load.sh (sourced): installs node-red from the npm registry into
# a temporary folder and serves the echo flow (http in → function → http response) on 127.0.0.1 only.
# NODE_RED_VERSION picks the npm version (default 4: Node-RED 5 needs Node.js 22.9 or newer).

start_node_red() { # start_node_red <folder> <port>: sets NODE_RED_PID
  local dir="$1" port="$2"
  need_tool npm npm
  port_free "$port" || die "port $port is in use (set NODE_RED_PORT)"
  mkdir -p "$dir/user"
  echo "load: installing node-red@${NODE_RED_VERSION:-4} with npm into a temporary folder" >&2
  (cd "$dir" && npm install --no-audit --no-fund --loglevel=error "node-red@${NODE_RED_VERSION:-4}" >/dev/null)
  cat > "$dir/user/settings.js" <<JS
module.exports = {
  uiHost: "127.0.0.1",
  uiPort: $port,
  httpAdminRoot: false,
  flowFile: "flows.json",
  credentialSecret: false,
  logging: { console: { level: "warn", metrics: false, audit: false } }
};
JS
  cat > "$dir/user/flows.json" <<'JSON'
[
  {"id": "tab", "type": "tab", "label": "load"},
  {"id": "in", "type": "http in", "z": "tab", "url": "/api/nodered/load/echo", "method": "post",
   "upload": false, "wires": [["fn"]]},
  {"id": "fn", "type": "function", "z": "tab", "outputs": 1,
   "func": "msg.payload = { hello: msg.payload.name };\nreturn msg;", "wires": [["out"]]},
  {"id": "out", "type": "http response", "z": "tab", "statusCode": "200", "headers": {}, "wires": []}
]
JSON
  node "$dir/node_modules/node-red/red.js" --userDir "$dir/user" --settings "$dir/user/settings.js" \
    > "$dir/node-red.log" 2>&1 &
  NODE_RED_PID=$!; PIDS+=("$NODE_RED_PID")
  wait_http_post "http://127.0.0.1:$port/api/nodered/load/echo" 60 "$NODE_RED_PID"
}

wait_http_post() { # like wait_http, with a JSON POST (the flow serves only POST)
  local deadline=$((SECONDS + $2))
  until curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' --data '{}' "$1"; do
    kill -0 "$3" 2>/dev/null || die "Node-RED (pid $3) exited before $1 answered"
    [ "$SECONDS" -lt "$deadline" ] || die "$1 did not answer within $2 s"
    sleep 0.5
  done
}
