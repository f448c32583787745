-- GET /api/events/:id over the 1,000 events of the data set, in a fixed pseudo-random order.
local n = tonumber(os.getenv("BENCH_EVENTS") or "1000")
local counter = 0
function setup(thread)
    counter = counter + 1
    thread:set("seed", counter)
end
function init()
    math.randomseed(seed * 7919)
end
function request()
    return wrk.format("GET", "/api/events/" .. math.random(1, n))
end
