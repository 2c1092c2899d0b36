# Sourced by ./dotportion and ./run-tests: sets JAVA_HOME to a JDK >= 21 and JAVA_MAJOR.
# JAVA_HOME wins when it is new enough; otherwise the newest JDK under /usr/lib/jvm.
java_major() { # java_major <java>: its major version, from its JDK's release file, else by asking it (a JVM start)
  local home line
  home="$(dirname "$(dirname "$(readlink -f "$1")")")"
  if [ -r "$home/release" ]; then
    while IFS= read -r line; do
      if [[ "$line" =~ ^JAVA_VERSION=\"(1\.)?([0-9]+) ]]; then printf '%s\n' "${BASH_REMATCH[2]}"; return 0; fi
    done <"$home/release"
  fi
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
