-- wrk script: register.lua with a quota. Each thread stops after BENCH_QUOTA 2xx answers (environment variable,
-- per thread), so "wrk -d<bound>" registers about threads x BENCH_QUOTA users, plus at most the requests still in
-- flight when a thread stops (up to one per connection). wrk itself waits out -d even when its threads stopped, so a
-- stopping thread leaves a file "<BENCH_QUOTA_DIR>/done-<thread>": run.sh stops wrk (SIGINT) once all are there.
-- Used by the memory and growth scenarios. Requests, counting and the result line are register.lua's.

dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "register.lua")

local ok = 0
local marked = false
local quota = tonumber(os.getenv("BENCH_QUOTA") or "0") or 0
local count = response

function response(status, headers, body)
  count(status, headers, body)
  if status < 200 or status > 299 then
    return
  end
  ok = ok + 1
  if quota > 0 and ok >= quota then
    local dir = os.getenv("BENCH_QUOTA_DIR")
    if dir and not marked then
      marked = true
      local f = io.open(dir .. "/done-" .. id, "w")
      if f then f:close() end
    end
    wrk.thread:stop()
  end
end
