# Process figures from /proc for the measuring scripts (sourced): CPU time, resident memory, machine load.
# Linux only; every function takes the pid of a process this script started.

CLK_TCK="$(getconf CLK_TCK)"

cpu_ms() { # cpu_ms <pid>: user + system CPU time the process has used so far, in ms (0 when it is gone)
  awk -v tck="$CLK_TCK" '{ sub(/^.*\) /, ""); printf "%d\n", ($12 + $13) * 1000 / tck }' "/proc/$1/stat" 2>/dev/null || echo 0
}

rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }   # resident set now
hwm_kib() { awk '/^VmHWM:/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }   # its peak so far

machine_busy_ms() { # CPU time all cores spent on anything but idle and iowait since boot, in ms
  awk -v tck="$CLK_TCK" '/^cpu / { printf "%d\n", ($2 + $3 + $4 + $7 + $8 + $9) * 1000 / tck; exit }' /proc/stat
}

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# rss_sampler <pid> <file>: appends VmRSS (KiB) every 0.25 s until killed; run it in the background
rss_sampler() {
  while kill -0 "$1" 2>/dev/null; do rss_kib "$1" >> "$2"; sleep 0.25; done
}

max_of() { awk 'BEGIN { m = 0 } $1 > m { m = $1 } END { print m }' "$@"; }

# settle <max seconds> <pid>...: waits until each process uses less than 5% of a core over half a second (JIT
# compilers, log writers and GC finishing the work of the last run), at most <max seconds>. Prints the seconds it took.
settle() {
  local max="$1" start=$SECONDS before=() after pid i busy
  shift
  while :; do
    before=(); for pid in "$@"; do before+=("$(cpu_ms "$pid")"); done
    sleep 0.5
    busy=0 i=0
    for pid in "$@"; do
      [ $(( $(cpu_ms "$pid") - before[i] )) -gt 25 ] && busy=1
      i=$((i + 1))
    done
    [ "$busy" = 0 ] || [ $((SECONDS - start)) -ge "$max" ] && break
  done
  echo $((SECONDS - start))
}
