-- reply.lua, each wrk thread stopping after BENCH_PER_THREAD answers: a backlog of an exact size (bench/moderation).
dofile(os.getenv("BENCH_LUA_DIR") .. "/reply.lua")

local limit = tonumber(os.getenv("BENCH_PER_THREAD") or "0")
local answered = 0

function response(status, headers, body)
  answered = answered + 1
  if limit > 0 and answered >= limit then
    wrk.thread:stop()
  end
end
