-- Sustained booking and cancelling: each user books an event, then cancels it, then books the
-- next one, so every request is a real state change and none conflicts (no user has two
-- requests in flight: each thread walks its own slice of users round-robin). Tokens come from
-- the file seed.py wrote (BENCH_TOKENS); wrk's summary counts any non-2xx answer as an error.
local tokens = {}
for line in io.lines(os.getenv("BENCH_TOKENS")) do
    tokens[#tokens + 1] = line
end
local events = tonumber(os.getenv("BENCH_EVENTS") or "1000")
-- BENCH_EVENT_IDS="3,7,9": book these events instead of 1..BENCH_EVENTS (the demo data's upcoming ones).
local eventIds = {}
for id in string.gmatch(os.getenv("BENCH_EVENT_IDS") or "", "%d+") do
    eventIds[#eventIds + 1] = id
end
if #eventIds > 0 then events = #eventIds end
-- BENCH_BOOK_ONLY=1: book and never cancel, each user once (the hot-event run: its length keeps it
-- within the users there are; a user booked twice would show as an error).
local bookOnly = os.getenv("BENCH_BOOK_ONLY") == "1"
local threads = 0
function setup(thread)
    threads = threads + 1
    thread:set("index", threads - 1)
end
function init(args)
    local count = tonumber(os.getenv("BENCH_THREADS") or "2")
    local per = math.floor(#tokens / count)
    first = index * per + 1
    last = first + per - 1
    nextUser = first
    booked = {}
    step = {}
    primed = false
end
function request()
    -- wrk may build a thread's first request without sending it; that one changes nothing.
    if not primed then
        primed = true
        return wrk.format("GET", "/healthz")
    end
    local u = nextUser
    nextUser = nextUser + 1
    if nextUser > last then nextUser = first end
    local auth = { ["Authorization"] = "Bearer " .. tokens[u], ["Content-Type"] = "application/json" }
    if booked[u] and not bookOnly then
        local e = booked[u]
        booked[u] = nil
        return wrk.format("DELETE", "/api/events/" .. e .. "/book", auth)
    end
    step[u] = (step[u] or 0) + 1
    local e = (u * 7 + step[u]) % events + 1
    if #eventIds > 0 then e = eventIds[e] end
    booked[u] = e
    return wrk.format("POST", "/api/events/" .. e .. "/book", auth, "{}")
end
