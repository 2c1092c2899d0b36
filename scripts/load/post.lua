-- wrk script: POSTs the JSON body in $LOAD_BODY to every request (and $LOAD_AUTH as Authorization when set).
-- $LOAD_LUA is this folder.
wrk.method = "POST"
wrk.body = os.getenv("LOAD_BODY")
wrk.headers["Content-Type"] = "application/json"
local auth = os.getenv("LOAD_AUTH")
if auth and auth ~= "" then wrk.headers["Authorization"] = auth end
dofile(os.getenv("LOAD_LUA") .. "/report.lua")
