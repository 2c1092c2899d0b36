-- wrk script: POSTs the JSON body in $LOAD_BODY to every request. $LOAD_LUA is this folder.
wrk.method = "POST"
wrk.body = os.getenv("LOAD_BODY")
wrk.headers["Content-Type"] = "application/json"
dofile(os.getenv("LOAD_LUA") .. "/report.lua")
