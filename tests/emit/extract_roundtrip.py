#!/usr/bin/python3
"""Runs a real `salvo extract samples/*.jsonl` in every output format and checks the results.

  extract_roundtrip.py --salvo BIN --source DIR --workdir DIR compare
      JSONL, CSV (with and without BOM), TSV and XLSX from the same run must agree cell by cell
      (compare_outputs.py); CSV on stdout must equal CSV in a file; -o's extension picks the format.
  extract_roundtrip.py --salvo BIN --source DIR --workdir DIR schema
      every JSONL line validates against schemas/event.schema.json (validate_schema.py).

Exit 0 = pass, 1 = fail, 77 = skipped (no samples/*.jsonl).
"""

import argparse
import glob
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PY = "/usr/bin/python3"


def extract(salvo, inputs, args, stdout=None):
    cmd = [salvo, "extract", "--quiet", *inputs, *args]
    r = subprocess.run(cmd, stdout=stdout if stdout else subprocess.DEVNULL, stderr=subprocess.PIPE)
    if r.returncode != 0:
        sys.stderr.write(r.stderr.decode("utf-8", "replace"))
        raise RuntimeError(f"{' '.join(cmd)} exited with {r.returncode}")
    return r


def read(path):
    with open(path, "rb") as f:
        return f.read()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--salvo", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--workdir", required=True)
    ap.add_argument("mode", choices=["compare", "schema"])
    a = ap.parse_args()

    inputs = sorted(glob.glob(os.path.join(a.source, "samples", "*.jsonl")))
    if not inputs:
        print("extract_roundtrip: no samples/*.jsonl; skipped")
        return 77
    shutil.rmtree(a.workdir, ignore_errors=True)
    os.makedirs(a.workdir)
    w = lambda name: os.path.join(a.workdir, name)  # noqa: E731

    try:
        extract(a.salvo, inputs, ["--format", "jsonl", "-o", w("events.jsonl")])
        with open(w("events.jsonl"), encoding="utf-8") as f:
            n = sum(1 for _ in f)
        print(f"extract_roundtrip: {len(inputs)} sample file(s), {n} event(s)")
        if a.mode == "schema":
            return subprocess.run([PY, os.path.join(HERE, "validate_schema.py"),
                                   os.path.join(a.source, "schemas", "event.schema.json"),
                                   w("events.jsonl")]).returncode

        extract(a.salvo, inputs, ["--format", "csv", "-o", w("events.csv")])
        extract(a.salvo, inputs, ["--format", "csv", "--bom", "-o", w("events-bom.csv")])
        extract(a.salvo, inputs, ["--format", "tsv", "-o", w("events.tsv")])
        extract(a.salvo, inputs, ["--format", "xlsx", "-o", w("events.xlsx")])
        extract(a.salvo, inputs, ["-o", w("by-extension.csv")])
        with open(w("stdout.csv"), "wb") as out:
            extract(a.salvo, inputs, ["--format", "csv"], stdout=out)
    except RuntimeError as e:
        print(f"extract_roundtrip: {e}", file=sys.stderr)
        return 1

    ok = True
    for other in ("by-extension.csv", "stdout.csv"):
        if read(w(other)) != read(w("events.csv")):
            print(f"extract_roundtrip: {other} differs from events.csv", file=sys.stderr)
            ok = False
    rc = subprocess.run([PY, os.path.join(HERE, "compare_outputs.py"), "--jsonl", w("events.jsonl"),
                         "--csv", w("events.csv"), "--csv-bom", w("events-bom.csv"), "--tsv", w("events.tsv"),
                         "--xlsx", w("events.xlsx"), "--summary-events"]).returncode
    return 0 if ok and rc == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
