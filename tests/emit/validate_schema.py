#!/usr/bin/python3
"""Validates every line of JSON Lines files against schemas/event.schema.json.

Usage: validate_schema.py SCHEMA FILE.jsonl... [--min-records N]
Exit 0 = every record valid, 1 = an invalid record (each problem printed), 2 = usage/IO problem.
Besides the schema, checks what JSON Schema cannot say: count min <= max, evidence start <= end,
actor_text null exactly when actor is null, rules sorted, source_count == len(sources).
"""

import argparse
import json
import sys

from jsonschema import Draft202012Validator


def extra_checks(rec):
    problems = []
    for k in ("killed", "injured"):
        c = rec.get(k)
        if isinstance(c, dict) and c.get("max") is not None and c["min"] > c["max"]:
            problems.append(f"{k}: min {c['min']} > max {c['max']}")
    for x in rec.get("evidence", []):
        if isinstance(x, dict) and isinstance(x.get("start"), int) and isinstance(x.get("end"), int) \
                and x["start"] > x["end"]:
            problems.append(f"evidence span {x['start']}..{x['end']} ends before it starts")
    if (rec.get("actor") is None) != (rec.get("actor_text") is None):
        problems.append("actor and actor_text must both be null or both be set")
    rules = rec.get("rules", [])
    if isinstance(rules, list) and rules != sorted(rules):
        problems.append("rules are not sorted")
    if "sources" in rec and rec.get("source_count") != len(rec["sources"]):
        problems.append("source_count differs from the number of sources")
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("schema")
    ap.add_argument("files", nargs="+")
    ap.add_argument("--min-records", type=int, default=0)
    a = ap.parse_args()
    try:
        with open(a.schema, encoding="utf-8") as f:
            schema = json.load(f)
        Draft202012Validator.check_schema(schema)
    except (OSError, ValueError) as e:
        print(f"validate_schema: {a.schema}: {e}", file=sys.stderr)
        return 2
    validator = Draft202012Validator(schema)
    bad = records = 0
    for path in a.files:
        try:
            f = open(path, encoding="utf-8")
        except OSError as e:
            print(f"validate_schema: {e}", file=sys.stderr)
            return 2
        with f:
            for n, line in enumerate(f, 1):
                records += 1
                try:
                    rec = json.loads(line)
                except ValueError as e:
                    print(f"{path}:{n}: not JSON: {e}", file=sys.stderr)
                    bad += 1
                    continue
                problems = [f"{'/'.join(map(str, e.absolute_path)) or '(record)'}: {e.message}"
                            for e in validator.iter_errors(rec)]
                if isinstance(rec, dict):
                    problems += extra_checks(rec)
                for p in problems:
                    print(f"{path}:{n}: {p}", file=sys.stderr)
                bad += bool(problems)
    if records < a.min_records:
        print(f"validate_schema: {records} records, expected at least {a.min_records}", file=sys.stderr)
        return 1
    if bad:
        print(f"validate_schema: {bad} of {records} records invalid", file=sys.stderr)
        return 1
    print(f"validate_schema: {records} records valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
