-- wrk script: POST /api/matches with goals written as people write them, in turn.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

local goals = {
  "our k8s cluster keeps OOM-killing pods and I don't know where to start",
  "preparing a pitch deck for our seed round next month",
  "first-time manager, my 1:1s feel awkward",
  "quiero preparar una entrevista técnica de system design",
  "how do I make our design system accessible for screen reader users?",
}
local counter = 0

request = function()
  counter = counter + 1
  local body = string.format('{"goal":"%s"}', goals[(counter % #goals) + 1])
  return wrk.format(nil, "/api/matches", nil, body)
end
