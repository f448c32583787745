-- The door under load: every request scans a ticket of BENCH_TICKETS ("bookingId secret" lines,
-- written by eventbook-bench-checkin --prepare) at one of eight desks, entry and exit in turn per
-- ticket, so nearly every scan changes a ticket. Each thread walks its own slice of the tickets;
-- every scan has its own nonce. wrk's summary counts any non-2xx answer as an error.
local tickets = {}
for line in io.lines(os.getenv("BENCH_TICKETS")) do
    local secret = line:match("^%d+ (%S+)$")
    if secret then tickets[#tickets + 1] = secret end
end
local token = os.getenv("BENCH_ADMIN_TOKEN")
local event = os.getenv("BENCH_EVENT")
local threads = 0
function setup(thread)
    threads = threads + 1
    thread:set("index", threads - 1)
end
function init(args)
    local count = tonumber(os.getenv("BENCH_THREADS") or "2")
    local per = math.floor(#tickets / count)
    first = index * per + 1
    last = first + per - 1
    nextTicket = first
    visits = {}
    counter = 0
    run = tostring(os.time()) .. "-" .. index
    headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
end
function request()
    local t = nextTicket
    nextTicket = nextTicket + 1
    if nextTicket > last then nextTicket = first end
    visits[t] = (visits[t] or 0) + 1
    counter = counter + 1
    local direction = (visits[t] % 2 == 0) and "exit" or "entry"
    local body = string.format(
        '{"secret":"%s","nonce":"bench-%s-%d","deviceId":"bench-desk-%d","eventId":%s,"direction":"%s"}',
        tickets[t], run, counter, counter % 8, event, direction)
    return wrk.format("POST", "/api/checkin/redeem", headers, body)
end
