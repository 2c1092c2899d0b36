-- wrk script: plain GETs, with an Authorization header when $LOAD_AUTH is set. $LOAD_LUA is this folder.
local auth = os.getenv("LOAD_AUTH")
if auth and auth ~= "" then wrk.headers["Authorization"] = auth end
dofile(os.getenv("LOAD_LUA") .. "/report.lua")
