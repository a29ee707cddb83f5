#!/usr/bin/python3
"""Every event salvo writes keeps schemas/event.schema.json (issue 18).

Runs `salvo extract` over
  * every article of the gold set (tests/gold/*.jsonl: each line has id, text, date),
  * samples/*.jsonl,
  * the same gold and sample texts with their publication date removed (a dateless input:
    events the text does not date either must still validate, with date.value null),
once per article and once with --dedupe (merged records with sources), and validates every
record with validate_schema.py (python3-jsonschema, Draft 2020-12, plus the checks a schema
cannot express). It also checks that the dateless run really produced undated events, and that
their CSV date cell is empty where JSON has null.

Usage: schema_every_event.py --salvo BIN --source DIR --workdir DIR
Exit 0 = every record valid, 1 = a record invalid or a run failed.
"""

import argparse
import csv
import glob
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PY = "/usr/bin/python3"


def extract(salvo, inputs, out, *extra):
    cmd = [salvo, "extract", "--quiet", "--threads", "2", *extra, "-o", out, *inputs]
    r = subprocess.run(cmd, stderr=subprocess.PIPE)
    if r.returncode != 0:
        sys.stderr.write(r.stderr.decode("utf-8", "replace"))
        raise RuntimeError(f"{' '.join(cmd)} exited with {r.returncode}")


def without_dates(inputs, path):
    """The records of `inputs` with no publication date (and a distinct id)."""
    n = 0
    with open(path, "w", encoding="utf-8") as out:
        for name in inputs:
            with open(name, encoding="utf-8") as f:
                for line in f:
                    if not line.strip():
                        continue
                    rec = json.loads(line)
                    rec.pop("date", None)
                    rec["id"] = "undated-" + str(rec.get("id", n))
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                    n += 1
    return n


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--salvo", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--workdir", required=True)
    a = ap.parse_args()
    shutil.rmtree(a.workdir, ignore_errors=True)
    os.makedirs(a.workdir)
    w = lambda name: os.path.join(a.workdir, name)  # noqa: E731

    gold = sorted(glob.glob(os.path.join(a.source, "tests", "gold", "*.jsonl")))
    samples = sorted(glob.glob(os.path.join(a.source, "samples", "*.jsonl")))
    if not gold:
        print("schema_every_event: no tests/gold/*.jsonl", file=sys.stderr)
        return 1
    dateless = w("input-dateless.jsonl")
    without_dates(gold + samples, dateless)

    runs = {"gold": gold, "samples": samples, "dateless": [dateless]}
    outputs = []
    try:
        for name, inputs in runs.items():
            if not inputs:
                continue
            for mode in ("", "dedupe"):
                out = w(f"{name}{'-' + mode if mode else ''}.jsonl")
                extract(a.salvo, inputs, out, *(["--dedupe"] if mode else []))
                outputs.append(out)
        extract(a.salvo, [dateless], w("dateless.csv"))
    except RuntimeError as e:
        print(f"schema_every_event: {e}", file=sys.stderr)
        return 1

    ok = True
    # Some of the dateless texts date their strike themselves; the others must give undated
    # events, or this test would not test what it is for.
    undated = [r for r in read_jsonl(w("dateless.jsonl")) if r["date"]["value"] is None]
    if not undated:
        print("schema_every_event: the dateless input gave no undated event", file=sys.stderr)
        ok = False
    with open(w("dateless.csv"), newline="", encoding="utf-8") as f:
        cells = {row["event_id"]: row["event_date"] for row in csv.DictReader(f)}
    for r in undated:
        if cells.get(r["event_id"]) != "":
            print(f"schema_every_event: {r['event_id']}: JSON date null, CSV event_date "
                  f"{cells.get(r['event_id'])!r}", file=sys.stderr)
            ok = False
    print(f"schema_every_event: {len(undated)} undated events from the dateless input")

    rc = subprocess.run([PY, os.path.join(HERE, "validate_schema.py"),
                         os.path.join(a.source, "schemas", "event.schema.json"), *outputs,
                         "--min-records", "100"]).returncode
    return 0 if ok and rc == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
