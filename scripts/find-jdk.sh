# Sourced by ./dotportion and ./run-tests: sets JAVA_HOME to a JDK >= 21 and JAVA_MAJOR.
# JAVA_HOME wins when it is new enough; otherwise the newest JDK under /usr/lib/jvm.
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1 | cut -d. -f1
}

find_jdk() {
  local best="" best_major=0 d m
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    m="$(java_major "$JAVA_HOME/bin/java")"
    if [ "${m:-0}" -ge 21 ]; then JAVA_MAJOR="$m"; return 0; fi
  fi
  for d in /usr/lib/jvm/*; do
    [ -x "$d/bin/java" ] && [ -x "$d/bin/javac" ] || continue
    m="$(java_major "$d/bin/java")"
    if [ "${m:-0}" -ge 21 ] && [ "$m" -gt "$best_major" ]; then best="$d"; best_major="$m"; fi
  done
  if [ -z "$best" ]; then
    echo "no JDK 21 or newer found: set JAVA_HOME or install one under /usr/lib/jvm" >&2
    return 1
  fi
  export JAVA_HOME="$best"
  JAVA_MAJOR="$best_major"
}
find_jdk
export JAVA_HOME
