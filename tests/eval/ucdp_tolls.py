#!/usr/bin/env python3
"""Hand-run evaluation of salvo's death tolls on UCDP GED rows (not a CTest).

Reads the UCDP GED CSV files under ../shared/data/ucdp/ (next to the
repository; skipped, exit 0, when absent), keeps the rows coded from one source
whose headline states a count of people (a numeral or a number word), runs
`salvo extract` on each headline (published on the source's date) and reports
how often the first event's killed.min equals UCDP's best and its low.

    python3 tests/eval/ucdp_tolls.py [build/salvo] [--show N]

A headline is a small text, and UCDP codes deaths from the whole report: the
figure measures the toll grammar on real headline language, not the recall
of events. The count filter below is the evaluation's own, not a rule.
"""
import csv
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
UCDP = os.path.join(ROOT, "..", "shared", "data", "ucdp")

NUMBER = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozens?)\b",
    re.I)
DEATH = re.compile(r"\b(?:kill\w*|dead|die[sd]?|death\w*|toll|slain)\b", re.I)


def rows():
    for path in sorted(glob.glob(os.path.join(UCDP, "*.csv"))):
        with open(path, newline="", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                if r.get("id", "").startswith("#") or not r.get("best", "").isdigit():
                    continue  # the HXL tag row
                yield r


def main():
    args = sys.argv[1:]
    show = 0
    if "--show" in args:
        i = args.index("--show")
        show = int(args[i + 1])
        del args[i:i + 2]
    salvo = args[0] if args else os.path.join(ROOT, "build", "salvo")
    if not os.path.isdir(UCDP) or not glob.glob(os.path.join(UCDP, "*.csv")):
        print("ucdp_tolls: no UCDP data at %s; skipped" % UCDP)
        return 0
    cases = {}
    for r in rows():
        if r.get("number_of_sources") != "1":
            continue
        head = r.get("source_headline", "").strip()
        if not head or not NUMBER.search(head) or not DEATH.search(head):
            continue
        date = r.get("source_date", "")[:10] or r.get("date_start", "")[:10]
        cases["ucdp-" + r["id"]] = (head, date, int(r["best"]), int(r["low"]))
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "in.jsonl")
        out = os.path.join(tmp, "out.jsonl")
        with open(src, "w", encoding="utf-8") as f:
            for k, (head, date, _, _) in cases.items():
                f.write(json.dumps({"id": k, "date": date, "text": head}) + "\n")
        subprocess.run([salvo, "extract", "-q", src, "-o", out], check=True)
        first = {}
        with open(out, encoding="utf-8") as f:
            for line in f:
                e = json.loads(line)
                first.setdefault(e["doc_id"], e)
    n = len(cases)
    with_event = [k for k in cases if k in first]
    with_killed = [k for k in with_event if first[k].get("killed")]
    eq_best = [k for k in with_killed if first[k]["killed"]["min"] == cases[k][2]]
    eq_low = [k for k in with_killed if first[k]["killed"]["min"] == cases[k][3]]
    eq_any = [k for k in with_killed if first[k]["killed"]["min"] in (cases[k][2], cases[k][3])]
    print("UCDP GED one-source rows whose headline states a death count: %d" % n)
    print("  salvo gives an event: %d; with killed: %d" % (len(with_event), len(with_killed)))
    if with_killed:
        pct = lambda xs: 100.0 * len(xs) / len(with_killed)
        print("  killed.min == best: %d (%.1f%%); == low: %d (%.1f%%); == best or low: %d (%.1f%%)"
              % (len(eq_best), pct(eq_best), len(eq_low), pct(eq_low), len(eq_any), pct(eq_any)))
    for k in [k for k in with_killed if k not in eq_any][:show]:
        head, _, best, low = cases[k]
        print("  %s best=%d low=%d killed=%s: %s" % (k, best, low, json.dumps(first[k]["killed"]), head))
    return 0


if __name__ == "__main__":
    sys.exit(main())
