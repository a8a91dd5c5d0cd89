#!/usr/bin/env bash
# Events acknowledged against events counted, through the real server: a load of REQUESTS
# (default 1,000,000) guide requests from many simulated iPhones, then the funnel read back
# through the API. Every visit, step and hand-off the server answered (200, or 303 to the
# hand-off) must be in the funnel, and nothing more: the figures must be equal, exactly.
#   cargo build --release && bash benches/acknowledged.sh
# Each person walks the same path: the start page, steps 1 and 2 of the iPhone flow, and the
# hand-off (/demo/go, a 303), so a quarter of the requests are visits, half are steps and a
# quarter hand-offs. PEOPLE (default 10,000) distinct User-Agents make them distinct visitors.
# wrk has no request count: each thread sends its share, then only /robots.txt (no event) until
# the answers to its share are all in, and stops. Needs wrk (Debian: apt-get install wrk).
# Exits 1 when the figures differ.
set -euo pipefail
bin=${BIN:-target/release/passkey-guide}
requests=${REQUESTS:-1000000}
people=${PEOPLE:-10000}
threads=${THREADS:-2}
connections=${CONNECTIONS:-64}
dir=$(mktemp -d)
port=39313
db="sqlite://$dir/bench.db"

"$bin" serve --addr 127.0.0.1:$port --database "$db" 2>"$dir/server.log" &
server=$!
load=
trap 'kill $server $load 2>/dev/null || true; rm -rf "$dir"' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
# The token is made while the server holds the database open: SQLite allows both.
token=$("$bin" token create --tenant demo --database "$db" 2>>"$dir/token.log" | tail -n 1)
[ -n "$token" ] || { echo "no API token: $(cat "$dir/token.log")"; exit 2; }

cat > "$dir/load.lua" <<'LUA'
-- Runs in each wrk thread: `init` receives the request count, threads, people and a directory.
local ua = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 " ..
  "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"
local paths = { "/demo", "/demo/iphone-authenticator/1", "/demo/iphone-authenticator/2",
  "/demo/go?flow=iphone-authenticator&step=4" }
local threads, next_id = {}, 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local journeys, tail_request, tail_since = {}, nil, nil

-- wrk runs for its whole -d even when every thread has stopped: a stopped thread leaves a file
-- behind, and the script interrupts wrk once all have.
local function stop()
  local mark = io.open(marks .. "/stopped." .. id, "w")
  if mark then mark:close() end
  wrk.thread:stop()
end

function init(args)
  local total, nthreads, nobody = tonumber(args[1]), tonumber(args[2]), tonumber(args[3])
  marks = args[4]
  budget = math.floor(total / nthreads) + ((id < total % nthreads) and 1 or 0)
  issued, answered, tail = 0, 0, 0
  sent = { 0, 0, 0, 0 }            -- visits, step 1, step 2, hand-offs sent
  visits, steps, handoffs = 0, 0, 0 -- acknowledged
  refused, other, to_start, unknown = 0, 0, 0, 0
  -- This thread's people: id, id + nthreads, id + 2 * nthreads, ... (below `nobody`).
  local mine = 0
  for person = id, nobody - 1, nthreads do
    local headers = { ["User-Agent"] = ua .. " p" .. person, ["Accept-Language"] = "en" }
    local journey = {}
    for kind, path in ipairs(paths) do journey[kind] = wrk.format("GET", path, headers) end
    mine = mine + 1
    journeys[mine] = journey
  end
  tail_request = wrk.format("GET", "/robots.txt", { ["User-Agent"] = ua, ["Accept-Language"] = "en" })
end

function request()
  -- wrk calls request() once on the first thread to check the script, and sends nothing.
  if not checked then
    checked = true
    if id == 0 then return tail_request end
  end
  if issued < budget then
    local kind = issued % 4 + 1
    local journey = journeys[math.floor(issued / 4) % #journeys + 1]
    issued = issued + 1
    sent[kind] = sent[kind] + 1
    return journey[kind]
  end
  -- The share is sent; wait for its answers, for at most 30 s after the last one was sent.
  tail = tail + 1
  tail_since = tail_since or os.time()
  if answered == budget or os.time() - tail_since > 30 then stop() end
  return tail_request
end

function response(status, headers, body)
  if status == 200 then
    if body:find("User-agent", 1, true) == 1 then return end -- /robots.txt, no event
    if body:find("/iphone-authenticator/1/stuck", 1, true) or body:find("/iphone-authenticator/2/stuck", 1, true) then
      steps = steps + 1
    elseif body:find("<html", 1, true) then
      visits = visits + 1
    else
      unknown = unknown + 1
    end
  elseif status == 303 then
    local location = headers["location"] or headers["Location"] or ""
    -- The hand-off leaves for the tenant's hand-off page; a redirect to the start page of the
    -- guide (a flow the tenant's policy rules out) records nothing.
    if location:sub(1, 1) == "/" then to_start = to_start + 1 else handoffs = handoffs + 1 end
  elseif status == 503 then
    refused = refused + 1
  else
    other = other + 1
  end
  answered = answered + 1
  if issued == budget and answered == budget then stop() end
end

function done(summary, latency, requests)
  local keys = { "issued", "answered", "visits", "steps", "handoffs", "refused", "other", "to_start",
    "unknown", "tail" }
  local sum = {}
  for _, key in ipairs(keys) do sum[key] = 0 end
  local sent_by_kind = { 0, 0, 0, 0 }
  for _, thread in ipairs(threads) do
    for _, key in ipairs(keys) do sum[key] = sum[key] + thread:get(key) end
    local s = thread:get("sent")
    for kind = 1, 4 do sent_by_kind[kind] = sent_by_kind[kind] + s[kind] end
  end
  local e = summary.errors
  io.write(string.format("seconds %.3f\n", summary.duration / 1e6))
  io.write(string.format("sent %d visits %d steps %d handoffs %d\n", sum.issued, sent_by_kind[1],
    sent_by_kind[2] + sent_by_kind[3], sent_by_kind[4]))
  for _, key in ipairs(keys) do io.write(string.format("%s %d\n", key, sum[key])) end
  io.write(string.format("socket_errors %d\n", e.connect + e.read + e.write))
  io.write(string.format("timeouts %d\n", e.timeout))
  io.write(string.format("p50_ms %.2f\np99_ms %.2f\nmax_ms %.2f\n", latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
LUA

echo "$requests requests from $people people, wrk -t$threads -c$connections, server on 127.0.0.1:$port"
start=$(date +%s.%N)
# -d only bounds the run (a second per thousand requests, at least two minutes): each thread
# stops once its share is answered, and wrk, which would otherwise sleep through its -d, is
# interrupted (SIGINT: it prints its results) once every thread has stopped.
bound=$(( requests / 1000 > 120 ? requests / 1000 : 120 ))
wrk -t"$threads" -c"$connections" -d"${bound}s" --timeout 10s -s "$dir/load.lua" "http://127.0.0.1:$port" \
  -- "$requests" "$threads" "$people" "$dir" > "$dir/wrk.out" &
load=$!
while kill -0 $load 2>/dev/null && [ "$(find "$dir" -name 'stopped.*' | wc -l)" -lt "$threads" ]; do sleep 0.1; done
kill -INT $load 2>/dev/null || true
wait $load
wall=$(echo "$start $(date +%s.%N)" | awk '{ printf "%.1f", $2 - $1 }')
val() { awk -v k="$1" '$1 == k { print $2 }' "$dir/wrk.out"; }
sent=$(val sent); answered=$(val answered)
visits=$(val visits); steps=$(val steps); handoffs=$(val handoffs)
acked=$((visits + steps + handoffs))
echo "sent $sent in ${wall} s of wall time: $(awk -v n="$answered" -v s="$(val seconds)" 'BEGIN { printf "%.0f", n / s }') req/s;" \
  "latency p50 $(val p50_ms) ms, p99 $(val p99_ms) ms, max $(val max_ms) ms"
echo "answered $answered: acknowledged $acked ($visits visits, $steps steps, $handoffs hand-offs)," \
  "refused (503) $(val refused), other statuses $(val other), redirected to the start $(val to_start)," \
  "unrecognised pages $(val unknown); socket errors $(val socket_errors), timeouts $(val timeouts)"

curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/tenants/demo/funnel" > "$dir/funnel.json"
read -r c_visits c_steps c_handoffs c_done c_switches c_bots u_visits < <(python3 -c '
import json, sys
f = json.load(open(sys.argv[1]))
s = {x["stage"]: x for x in f["funnel"]}
print(s["visit"]["events"], s["step"]["events"], s["handoff"]["events"], s["done"]["events"],
      f["switches"]["events"], f["bots"], s["visit"]["visitors"])' "$dir/funnel.json")
counted=$((c_visits + c_steps + c_handoffs + c_done + c_switches + c_bots))
# The events table itself, read beside the server, as a second witness.
stored=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from events").fetchone()[0])' "$dir/bench.db")
echo "counted in the funnel (API): $counted ($c_visits visits by $u_visits visitors, $c_steps steps," \
  "$c_handoffs hand-offs, $c_done done, $c_switches switches, $c_bots bots); rows in the events table: $stored"

if [ "$answered" = "$sent" ] && [ "$visits" = "$c_visits" ] && [ "$steps" = "$c_steps" ] &&
  [ "$handoffs" = "$c_handoffs" ] && [ "$acked" = "$counted" ] && [ "$acked" = "$stored" ]; then
  echo "OK: acknowledged $acked = counted $counted"
else
  [ "$answered" = "$sent" ] || echo "$((sent - answered)) requests got no answer: their events may or may not be stored"
  echo "MISMATCH: acknowledged $acked, counted $counted, stored $stored"
  grep -iE 'warn|error' "$dir/server.log" | tail -n 5 || true
  exit 1
fi
