#!/usr/bin/env python3
"""`make load-check`: `briefing serve` under load, side by side with `python3 -m http.server` serving
the same files, in one run on one machine. Both listen on 127.0.0.1 only; wrk (Debian's package)
holds 64 connections open for 10 seconds against each, cycling through pages and assets, and every
answer that is not 2xx and every socket error (connect, read, write, timeout) is counted.

    python3 Benchmarks/serve-load.py [--binary .build/release/briefing] [--seconds 10] [--connections 64]

It fails (exit 1) when `briefing serve` gives any error or does not stop cleanly on SIGINT; the
figures themselves are never judged. Python's errors are reported, not judged.
"""
import argparse
import json
import pathlib
import re
import signal
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parent.parent

# Pages and assets of the sample site, as a reader's browser asks for them.
PATHS = ["/index.html", "/timeline.html", "/background.html", "/people.html", "/glossary.html",
         "/sources/", "/assets/style.css", "/assets/search.js", "/timeline.svg", "/data/briefing.json"]

# wrk's Lua hooks: each thread cycles through the paths and counts answers that are not 2xx; the
# totals are printed as one JSON line at the end.
WRK_SCRIPT = """
local paths = {%s}
local threads = {}
local next_path = 0
non2xx = 0 -- global: done() reads each thread's count with thread:get

function setup(thread)
  table.insert(threads, thread)
end

function request()
  next_path = next_path %% #paths + 1
  return wrk.format("GET", paths[next_path])
end

function response(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
end

function done(summary, latency, requests)
  local counted = 0
  for _, thread in ipairs(threads) do counted = counted + thread:get("non2xx") end
  io.write(string.format('LOAD {"requests": %%d, "seconds": %%.3f, "bytes": %%d, "non2xx": %%d, ' ..
    '"connect": %%d, "read": %%d, "write": %%d, "timeout": %%d, "p50_ms": %%.2f, "p99_ms": %%.2f, "max_ms": %%.2f}\\n',
    summary.requests, summary.duration / 1e6, summary.bytes, counted,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
""" % ", ".join('"%s"' % p for p in PATHS)


def read_line(process, pattern, what):
    """The first line of the process's standard output matching the pattern."""
    for line in process.stdout:
        match = re.search(pattern, line)
        if match:
            return match
    sys.exit(f"{what} ended before it said where it listens")


def load(url, seconds, connections, script):
    run = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "-s", script, url],
                         capture_output=True, text=True, timeout=seconds + 60)
    for line in run.stdout.splitlines():
        if line.startswith("LOAD "):
            return json.loads(line[5:])
    sys.exit(f"wrk gave no figures for {url}:\n{run.stdout}\n{run.stderr}")


def check_same_files(briefing, python):
    """Every path answers 200 on both servers; assets are byte for byte the same (pages differ only
    by the live-reload tag `serve` adds)."""
    for path in PATHS:
        bodies = []
        for base in (briefing, python):
            with urllib.request.urlopen(base.rstrip("/") + path, timeout=30) as answer:
                if answer.status != 200:
                    sys.exit(f"{base}{path}: status {answer.status}")
                bodies.append(answer.read())
        if not path.endswith((".html", "/")) and bodies[0] != bodies[1]:
            sys.exit(f"{path}: the two servers sent different bytes")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=str(ROOT / ".build/release/briefing"))
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=64)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="serve-load-") as work:
        work = pathlib.Path(work)
        site = work / "site"
        script = work / "load.lua"
        script.write_text(WRK_SCRIPT)
        serve = subprocess.Popen([args.binary, "serve", "--corpus", str(ROOT / "seeds"), "--output", str(site),
                                  "--templates", str(ROOT / "templates"), "--host", "127.0.0.1", "--port", "0"],
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        python = None
        try:
            briefing_url = read_line(serve, r"at (http://127\.0\.0\.1:\d+/)", "briefing serve").group(1)
            python = subprocess.Popen([sys.executable, "-u", "-m", "http.server", "0", "--bind", "127.0.0.1",
                                       "--directory", str(site)],
                                      stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
            port = read_line(python, r"port (\d+)", "python3 -m http.server").group(1)
            python_url = f"http://127.0.0.1:{port}/"
            check_same_files(briefing_url, python_url)

            results = {}
            for name, url in (("briefing serve", briefing_url), ("python3 -m http.server", python_url)):
                print(f"{name}: {args.connections} connections for {args.seconds} s on {url}", flush=True)
                results[name] = load(url, args.seconds, args.connections, str(script))
        finally:
            if python:
                python.terminate()
                python.wait(timeout=30)
            serve.send_signal(signal.SIGINT)
            try:
                stopped = serve.wait(timeout=30)
            except subprocess.TimeoutExpired:
                serve.kill()
                stopped = None

    print()
    print("| server | requests/s | MB/s | p50 ms | p99 ms | max ms | requests | non-2xx | connect | read | write | timeout |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, r in results.items():
        print(f"| {name} | {r['requests'] / r['seconds']:,.0f} | {r['bytes'] / r['seconds'] / 1e6:.1f} | {r['p50_ms']:.2f} | "
              f"{r['p99_ms']:.2f} | {r['max_ms']:.1f} | {r['requests']:,} | {r['non2xx']} | {r['connect']} | {r['read']} | "
              f"{r['write']} | {r['timeout']} |")

    ours = results["briefing serve"]
    errors = sum(ours[key] for key in ("non2xx", "connect", "read", "write", "timeout"))
    if errors or stopped != 0:
        sys.exit(f"briefing serve: {errors} errors under load; exit status on SIGINT {stopped}")
    print(f"\nbriefing serve answered {ours['requests']:,} requests on {args.connections} connections with no error, "
          "and stopped cleanly on SIGINT.")


if __name__ == "__main__":
    main()
