-- Shared by post.lua and get.lua: after a run, prints one line for scripts/load.sh to read:
--   RESULT <requests/s> <p50 ms> <p99 ms> <answers with status >= 400> <socket errors> <requests>
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.3f %.3f %d %d %d\n", summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, e.status,
    e.connect + e.read + e.write + e.timeout, summary.requests))
end
