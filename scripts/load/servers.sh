# Starting what the measuring scripts measure (sourced after lib.sh): the tenant's MongoDB stand-in (a separate
# embedded store), the product, the hand-written baseline. Each start_* appends its pid to PIDS, which the
# caller's trap stops. Everything listens on 127.0.0.1 only.

build_all() { # the product (the launcher builds it when sources changed) and the bench module (the baseline)
  say "building the product and the bench module"
  "$ROOT/dotportion" --help >/dev/null
  (cd "$ROOT" && mvn -B -q -ntp -DskipTests -Dmaven.test.skip.exec=true -Dskip.ui -pl bench -am package) >&2
}

wait_port() { # wait_port <port> <seconds> <pid>: until something listens on the port
  local deadline=$((SECONDS + $2))
  while port_free "$1"; do
    kill -0 "$3" 2>/dev/null || die "the process (pid $3) exited before port $1 was open"
    [ "$SECONDS" -lt "$deadline" ] || die "nothing listened on port $1 within $2 s"
    sleep 0.2
  done
}

start_store() { # start_store <port> <dir>: `dotportion store` alone, the tenant's database; sets STORE_PID, STORE_URL
  port_free "$1" || die "port $1 is in use (set STORE_PORT)"
  # the same JVM whatever the product is given: DOTPORTION_HEAP and DOTPORTION_JAVA_OPTS are for the product under
  # test (a smaller heap there once also shrank the tenant's database and made every login cost it twice the CPU)
  env -u DOTPORTION_JAVA_OPTS DOTPORTION_HEAP="${LOAD_STORE_HEAP:-512m}" \
    "$ROOT/dotportion" store --port "$1" --data "$2" > "$2.log" 2>&1 &
  STORE_PID=$!; PIDS+=("$STORE_PID")
  wait_port "$1" 60 "$STORE_PID"
  STORE_URL="mongodb://127.0.0.1:$1/loadtest"
}

seed_users() { # seed_users <count>: user<i>@load.example / password-<i> in loadtest.users of the store
  "$JAVA_HOME/bin/java" -cp "$ROOT/bench/target/classes:$ROOT/bench/target/lib/*" \
    io.dotportion.bench.baseline.SeedUsers "$STORE_URL" "$1" 2>/dev/null | grep -q "^seeded $1 users" \
    || die "could not seed $1 users into the store"
}

start_product() { # start_product <port> <data dir> <log file>: sets SERVE_PID, PRODUCT
  port_free "$1" || die "port $1 is in use (set LOAD_PORT)"
  # the tenant's database is on loopback: allow it through the egress policy (ignored by builds without one)
  DOTPORTION_EGRESS_ALLOW="${DOTPORTION_EGRESS_ALLOW:-127.0.0.1}" \
    "$ROOT/dotportion" serve --host 127.0.0.1 --port "$1" --data "$2" > "$3" 2>&1 &
  SERVE_PID=$!; PIDS+=("$SERVE_PID")
  PRODUCT="http://127.0.0.1:$1"
  wait_http "$PRODUCT/health" 120 "$SERVE_PID"
}

setup_product() { # a user `loadtest`, a project `load` with the secrets users_db and jwt: sets TOKEN, PROJECT_ID
  api POST /v1/auth/signup 201 '{"email":"load@example.com","username":"loadtest","password":"steady-harbor-lantern-42"}' >/dev/null
  TOKEN="$(api POST /v1/auth/login 200 '{"email":"load@example.com","password":"steady-harbor-lantern-42"}' | jq -r .token)"
  PROJECT_ID="$(api POST /v1/projects 201 '{"name":"Load test","slug":"load"}' | jq -r .id)"
  if [ -n "${STORE_URL:-}" ]; then
    api PUT "/v1/projects/$PROJECT_ID/secrets/users_db" "200|201" "$(jq -nc --arg v "$STORE_URL" '{type: "mongodb", value: $v}')" >/dev/null
    api PUT "/v1/projects/$PROJECT_ID/secrets/jwt" "200|201" "$(jq -nc --arg v "$JWT_SECRET" '{type: "jwt", value: $v}')" >/dev/null
  fi
}

deploy() { # deploy <workflow file>: creates and deploys it in the project, prints the workflow id
  local id
  id="$(api POST "/v1/projects/$PROJECT_ID/workflows" 201 "$(cat "$1")" | jq -r .id)"
  api POST "/v1/workflows/$id/deploy" 200 >/dev/null
  echo "$id"
}

start_baseline() { # start_baseline <port>: the hand-written server on the same store and JWT secret; sets BASELINE_PID
  port_free "$1" || die "port $1 is in use (set BASELINE_PORT)"
  BASELINE_MONGO_URL="${STORE_URL:-}" BASELINE_JWT_SECRET="${JWT_SECRET:-}" \
    "$JAVA_HOME/bin/java" ${BASELINE_JAVA_OPTS:-} -cp "$ROOT/bench/target/classes:$ROOT/bench/target/lib/*" \
    io.dotportion.bench.baseline.HandWrittenServer "$1" > "$WORK/baseline.log" 2>&1 &
  BASELINE_PID=$!; PIDS+=("$BASELINE_PID")
  wait_http "http://127.0.0.1:$1/health" 60 "$BASELINE_PID"
}

new_jwt_secret() { head -c 30 /dev/urandom | base64 | tr '+/' '-_'; }   # 40 characters, the HS256 key
