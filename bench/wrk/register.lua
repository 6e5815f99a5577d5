-- wrk script: POST /api/v1/users with a unique address on every request.
-- Addresses are "b<random prefix>-<thread>-<counter>@bench.example.com": the prefix is random per thread and
-- per run, so runs against the same database never collide. Non-2xx responses are counted per thread.
-- done() prints one machine-readable line:
--   BENCH_RESULT {"requests":..,"rps":..,"p50_ms":..,"p99_ms":..,"max_ms":..,"errors":..,...}

local threads = {}
local next_id = 0

local function random_seed()
  local f = io.open("/dev/urandom", "rb")
  if f then
    local b = f:read(4)
    f:close()
    return b:byte(1) * 16777216 + b:byte(2) * 65536 + b:byte(3) * 256 + b:byte(4)
  end
  return os.time()
end

math.randomseed(random_seed())

function setup(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
  thread:set("prefix", string.format("%07x%07x", math.random(0, 0xfffffff), math.random(0, 0xfffffff)))
  table.insert(threads, thread)
end

local counter = 0
-- A global, not a local: done() reads it from each thread with thread:get, which sees only globals.
non2xx = 0
local headers = { ["Content-Type"] = "application/json" }
-- BENCH_IDEMPOTENCY_KEY=1: every request carries its own Idempotency-Key, as a retry-safe client sends it.
local keyed = os.getenv("BENCH_IDEMPOTENCY_KEY") == "1"

function request()
  counter = counter + 1
  local body = string.format('{"email":"b%s-%d-%d@bench.example.com","name":"Bench User %d"}',
    prefix, id, counter, counter)
  if keyed then
    headers["Idempotency-Key"] = string.format("k%s-%d-%d", prefix, id, counter)
  end
  return wrk.format("POST", "/api/v1/users", headers, body)
end

function response(status, _, _)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, _)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + (thread:get("non2xx") or 0)
  end
  local e = summary.errors
  local socket_errors = e.connect + e.read + e.write + e.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format(
    'BENCH_RESULT {"requests":%d,"duration_s":%.3f,"rps":%.1f,"p50_ms":%.3f,"p90_ms":%.3f,"p99_ms":%.3f,' ..
    '"max_ms":%.3f,"mean_ms":%.3f,"non2xx":%d,"socket_errors":%d,"timeouts":%d,"errors":%d}\n',
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000, bad, socket_errors, e.timeout, bad + socket_errors))
end
