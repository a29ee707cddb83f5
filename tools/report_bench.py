#!/usr/bin/python3
"""Times `salvo report` on N events made by repeating real salvo output (docs/REPORT.md).

  /usr/bin/python3 tools/report_bench.py EVENTS.jsonl [N] [--salvo build/salvo] [--chromium]

Repeats the records of EVENTS.jsonl (salvo's own output, e.g. of `salvo extract` over a news
dump) until there are N (default 100,000), giving each copy its own event_id, writes them to a
temporary file, and runs `salvo report` on them three times, printing the wall and CPU time of
each run and the page's size. With --chromium it also opens the page in headless Chromium and
prints what the page logs: how long its script took to read and draw everything, how many
markers it drew, and how long one map redraw (a pan or zoom step) takes.
"""

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time


def repeat(src, n, out):
    with open(src, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    if not records:
        sys.exit(f"{src} holds no records")
    written = 0
    copy = 0
    with open(out, "w", encoding="utf-8") as f:
        while written < n:
            for r in records:
                if written == n:
                    break
                if copy:
                    r = dict(r, event_id=f"{r['event_id']}-{copy}")
                f.write(json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n")
                written += 1
            copy += 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("events")
    ap.add_argument("n", nargs="?", type=int, default=100000)
    ap.add_argument("--salvo", default="build/salvo")
    ap.add_argument("--chromium", action="store_true")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="salvo-report-bench-") as tmp:
        events = os.path.join(tmp, "events.jsonl")
        page = os.path.join(tmp, "report.html")
        repeat(a.events, a.n, events)
        print(f"{a.n} events, {os.path.getsize(events) / 1e6:.0f} MB of JSON Lines")
        for _ in range(3):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.monotonic()
            subprocess.run([a.salvo, "report", "--quiet", events, "-o", page], check=True)
            wall = time.monotonic() - t0
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            print(f"salvo report: {wall:.2f} s wall, {cpu:.2f} s CPU, page {os.path.getsize(page) / 1e6:.0f} MB")
        if a.chromium:
            # The page logs its own timings to the console; headless Chromium prints them on stderr.
            t0 = time.monotonic()
            log = subprocess.run(
                ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--user-data-dir=" + os.path.join(tmp, "profile"), "--window-size=1280,1100",
                 "--enable-logging=stderr", "--v=0", "--screenshot=" + os.path.join(tmp, "page.png"),
                 "file://" + page], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True).stderr.decode()
            line = re.search(r'"(salvo report: [^"]*)"', log)
            print(f"chromium: {line.group(1) if line else 'no timing line from the page'}; "
                  f"{time.monotonic() - t0:.1f} s for the whole headless run (start, load, draw, screenshot)")

if __name__ == "__main__":
    main()
