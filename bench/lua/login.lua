-- Logins with real Argon2id hashes: BENCH_LOGINS names a file of "email password" lines (accounts
-- the harness registered through the API); each request signs one of them in.
local accounts = {}
for line in io.lines(os.getenv("BENCH_LOGINS")) do
    local email, password = line:match("^(%S+) (%S+)$")
    accounts[#accounts + 1] = '{"email":"' .. email .. '","password":"' .. password .. '"}'
end
local i = 0
function request()
    i = i % #accounts + 1
    return wrk.format("POST", "/api/auth/login", { ["Content-Type"] = "application/json" }, accounts[i])
end
