-- wrk script for soak.sh: every request reads a page picked at random from the file named after "--"
-- (catalogue pages with filters, searches, detail and country pages), and done() prints one line of figures.
local paths = {}

function init(args)
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  math.randomseed(os.time() + tonumber(tostring(paths):match("0x(%x+)") or "0", 16))
end

function request()
  return wrk.format("GET", paths[math.random(#paths)], { ["Accept-Encoding"] = "gzip" })
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "wrk: requests=%d rps=%.0f non_2xx_3xx=%d socket_errors=%d (connect %d, read %d, write %d, timeout %d) p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms\n",
    summary.requests, summary.requests / (summary.duration / 1e6), e.status, e.connect + e.read + e.write + e.timeout,
    e.connect, e.read, e.write, e.timeout, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
