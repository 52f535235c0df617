-- wrk script: every request books a different quarter hour, spread over several mentors, so the
-- benchmark measures successful bookings rather than conflicts.
-- Set by scripts/bench.sh: MENTORS (comma-separated ids), COOKIE, BASE_SECONDS (first slot).
local mentors = {}
for id in string.gmatch(os.getenv("MENTORS"), "[^,]+") do table.insert(mentors, id) end
local base = tonumber(os.getenv("BASE_SECONDS"))
local counter = 0

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Cookie"] = os.getenv("COOKIE")

request = function()
  counter = counter + 1
  local mentor = mentors[(counter % #mentors) + 1]
  local start = os.date("!%Y-%m-%dT%H:%M:%SZ", base + counter * 900)
  local body = string.format('{"mentor_id":"%s","start":"%s","agenda":"Benchmark session"}', mentor, start)
  return wrk.format(nil, "/api/bookings", nil, body)
end
