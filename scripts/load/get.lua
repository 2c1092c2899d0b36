-- wrk script: plain GETs. $LOAD_LUA is this folder.
dofile(os.getenv("LOAD_LUA") .. "/report.lua")
