-- Anonymous replies, each from its own address and email and with its own text, so that neither the flood
-- check nor the duplicate check refuses one: every refusal would be a bug, and wrk counts it as non-2xx.
-- BENCH_TAG keeps the texts of one wrk run apart from every other run's.
dofile(os.getenv("BENCH_LUA_DIR") .. "/forwarded.lua")

local tag = os.getenv("BENCH_TAG") or "0"
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["User-Agent"] = "bench/run"

function request()
  local ip = address()
  wrk.headers["X-Forwarded-For"] = ip
  local body = string.format('{"author": "Reader %s-%d-%d", "email": "reader-%s-%d-%d@example.net", '
    .. '"content": "Reply %d from thread %d of benchmark run %s: a few sentences, as readers write them. '
    .. 'Thanks for the reporting."}', tag, tid, n, tag, tid, n, n, tid, tag)
  return wrk.format(nil, nil, nil, body)
end
