-- wrk script for lib/load.mjs. wrk (Debian's package, C) drives the closed-loop load: a load tool written in C
-- takes as little of the two cores from the API as pgbench takes from PostgreSQL on the SQL side.
--
-- Always: at the end, one line "KHARITA {json}" with the requests, the duration, the errors and p50/p95/p99 (µs).
-- With KHARITA_MEASURES ("id:version,..."): status changes instead of GETs. Each measure is lent to one request at a
-- time with the version last seen (If-Match) and comes back with the version of its answer (ETag), so no change is
-- refused as stale. A measure whose change failed is not used again (the answer does not say which it was); the
-- failure counts as an error.

local measures = os.getenv("KHARITA_MEASURES")

if measures then
  local bearer = os.getenv("KHARITA_BEARER")
  local free = {}
  local last
  for id, version in measures:gmatch("(%d+):(%d+)") do
    free[#free + 1] = { id = id, version = tonumber(version) }
  end

  local function change(measure)
    local status = measure.version % 2 == 0 and "DELAYED" or "IN_PROGRESS"
    return wrk.format("PATCH", "/api/v1/measures/" .. measure.id, {
      ["Authorization"] = "Bearer " .. bearer,
      ["Content-Type"] = "application/json",
      ["If-Match"] = '"' .. measure.version .. '"',
    }, '{"status":"' .. status .. '","note":"Benchmark status change"}')
  end

  local verified = false
  request = function()
    -- wrk calls this once before the connections open, to check the script, and never sends that request
    if not verified then
      verified = true
      return change(free[1])
    end
    -- with every measure lent out (only after failures), the last one is sent again and fails as stale: counted
    local measure = table.remove(free, 1) or last
    last = measure
    return change(measure)
  end

  response = function(status, headers, body)
    if status == 200 then
      local etag = headers["ETag"] or headers["etag"]
      free[#free + 1] = { id = body:match('^{"id":(%d+)'), version = tonumber(etag:match("%d+")) }
    end
  end
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'KHARITA {"requests":%d,"durationUs":%d,"socketErrors":%d,"non2xx":%d,"p50":%d,"p95":%d,"p99":%d}\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
