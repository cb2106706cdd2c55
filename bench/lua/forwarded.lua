-- Each request "from" its own reader: run-local trusts 127.0.0.1 as a proxy, so X-Forwarded-For is believed.
-- BENCH_BLOCK (0-199) keeps the addresses of one wrk run apart from the previous run's.
local threads = 0
function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

n = 0 -- global: reply.lua counts with it too
local block = tonumber(os.getenv("BENCH_BLOCK") or "0")

function address()
  n = n + 1
  return string.format("%d.%d.%d.%d", 20 + (block * 4 + tid) % 200, math.floor(n / 65536) % 256,
    math.floor(n / 256) % 256, n % 256)
end

function request()
  wrk.headers["X-Forwarded-For"] = address()
  return wrk.format()
end
