-- wrk: every request a new selection, so that nothing is kept for it at the current catalogue version.
-- The path's "{n}" becomes a word no partnership contains ("q=nurses OR zq{n}" selects what "q=nurses"
-- does; "q=-zq{n}" selects everything), unique to this request.
local counter = 0
math.randomseed(os.time())
local run = math.random(1, 1000000)
request = function()
  counter = counter + 1
  return wrk.format(nil, (wrk.path:gsub("{n}", run .. "x" .. counter)))
end
