-- wrk script for scripts/soak.sh: POSTs $LOAD_BODY (JSON) and counts every request it sends and every answer
-- it gets. With $LOAD_RATE (requests per second over all of wrk's $LOAD_THREADS threads) it paces them: each
-- request gets the next free slot of a fixed schedule, and slots missed while every connection was busy are
-- skipped, never caught up in a burst (wrk2 is not packaged; this keeps the rate at most LOAD_RATE).
-- Prints: RESULT <req/s> <p50 ms> <p99 ms> <non-2xx> <socket errors> <answers> <sent> <answers counted here>
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } dp_timespec;
  int clock_gettime(int clock, dp_timespec *ts);
]]
local ts = ffi.new("dp_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

wrk.method = "POST"
wrk.body = os.getenv("LOAD_BODY")
wrk.headers["Content-Type"] = "application/json"

local threads = {}
function setup(thread) table.insert(threads, thread) end

sent, answered = 0, 0
function request()
  sent = sent + 1
  return wrk.format()
end
function response(status, headers, body) answered = answered + 1 end

local rate = tonumber(os.getenv("LOAD_RATE") or "")
if rate and rate > 0 then
  local interval = 1000 * tonumber(os.getenv("LOAD_THREADS") or "1") / rate
  local next_at = nil
  function delay()
    local now = now_ms()
    if next_at == nil or next_at < now then next_at = now end
    local wait = next_at - now
    next_at = next_at + interval
    return math.floor(wait)
  end
end

function done(summary, latency, requests)
  local s, a = 0, 0
  for _, t in ipairs(threads) do
    s = s + t:get("sent")
    a = a + t:get("answered")
  end
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.3f %.3f %d %d %d %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, e.status,
    e.connect + e.read + e.write + e.timeout, summary.requests, s, a))
end
