#!/usr/bin/python3
"""Reads back `salvo extract -f acled` and `-f ucdp` as an analyst's tools would.

  layouts_roundtrip.py --salvo BIN --source DIR --workdir DIR

Runs salvo over samples/*.jsonl and tests/gold/articles.jsonl in JSON Lines, then in the ACLED
and UCDP layouts as CSV and as XLSX, and checks: the header is exactly ACLED's / GED's columns
in their order; there is one row per JSONL record; every cell has its type (integers, numbers,
ISO dates; XLSX cells typed as such); CSV and XLSX hold the same values; and the columns taken
straight from the record (dates, coordinates, fatalities, best/low/high) equal it.
Exit 0 = pass, 1 = fail.
"""

import argparse
import csv
import datetime
import glob
import json
import os
import subprocess
import sys

import openpyxl

ACLED = ("event_id_cnty event_date year time_precision disorder_type event_type sub_event_type actor1 "
         "assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting iso region country "
         "admin1 admin2 admin3 location latitude longitude geo_precision source source_scale notes fatalities "
         "tags timestamp").split()
UCDP = ("id year type_of_violence side_a side_b source_article source_headline where_description where_prec "
        "adm_1 adm_2 latitude longitude country date_start date_end date_prec best low high").split()
INTS = {"year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision", "fatalities",
        "timestamp", "type_of_violence", "where_prec", "date_prec", "best", "low", "high"}
REALS = {"latitude", "longitude"}
DATES = {"event_date", "date_start", "date_end"}
EPOCH = "1700000000"

failures = []


def fail(msg):
    failures.append(msg)
    print("layouts_roundtrip: " + msg, file=sys.stderr)


def extract(salvo, inputs, args):
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
    subprocess.run([salvo, "extract", "--quiet", *inputs, *args], check=True, env=env)


def typed(name, text):
    """The CSV text as the value it stands for (None = empty)."""
    if text == "":
        return None
    if name in INTS:
        return int(text)
    if name in REALS:
        return float(text)
    if name in DATES:
        return datetime.date.fromisoformat(text)
    return text.lstrip("'") if text[:2] in ("'=", "'+", "'-", "'@") else text


def read_csv(path, header):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if rows[0] != header:
        fail(f"{path}: header {rows[0]} is not {header}")
        return []
    out = []
    for n, r in enumerate(rows[1:], 2):
        try:
            out.append({k: typed(k, v) for k, v in zip(header, r)})
        except ValueError as e:
            fail(f"{path}:{n}: {e}")
    return out


def read_xlsx(path, header):
    ws = openpyxl.load_workbook(path, read_only=True)["events"]
    rows = list(ws.iter_rows(values_only=True))
    if list(rows[0]) != header:
        fail(f"{path}: header {rows[0]} is not {header}")
        return []
    out = []
    for r in rows[1:]:
        row = {}
        for k, v in zip(header, r):
            if isinstance(v, datetime.datetime):
                v = v.date()
            elif k in INTS and v is not None:
                if not isinstance(v, (int, float)) or v != int(v):
                    fail(f"{path}: {k} {v!r} is not an integer cell")
                v = int(v)
            elif k in REALS and v is not None and not isinstance(v, (int, float)):
                fail(f"{path}: {k} {v!r} is not a number cell")
            elif k in DATES and v is not None:
                fail(f"{path}: {k} {v!r} is not a date cell")
            row[k] = v
        out.append(row)
    return out


def check_acled(rec, row):
    e = rec
    if not row["event_id_cnty"].endswith("salvo-" + e["event_id"]):
        fail(f"event_id_cnty {row['event_id_cnty']} does not carry {e['event_id']}")
    value = e["date"]["value"]  # null: nothing dates the strike, an empty cell
    if value is None:
        if row["event_date"] is not None or row["year"] is not None:
            fail(f"{e['event_id']}: no date, but event_date/year {row['event_date']} {row['year']}")
    elif row["event_date"] != datetime.date.fromisoformat(value) or row["year"] != row["event_date"].year:
        fail(f"{e['event_id']}: event_date/year {row['event_date']} {row['year']}")
    killed = e["killed"]["min"] if e["killed"] else 0
    if row["fatalities"] != killed:
        fail(f"{e['event_id']}: fatalities {row['fatalities']} != killed.min {killed}")
    if row["event_type"] != "Explosions/Remote violence" or row["disorder_type"] != "Political violence":
        fail(f"{e['event_id']}: event/disorder type {row['event_type']} / {row['disorder_type']}")
    if row["time_precision"] not in (1, 2, 3) or (row["geo_precision"] not in (1, 2, 3, None)):
        fail(f"{e['event_id']}: precision codes {row['time_precision']} {row['geo_precision']}")
    loc = e["location"] or {}
    if row["latitude"] != loc.get("latitude") or row["longitude"] != loc.get("longitude"):
        fail(f"{e['event_id']}: coordinates {row['latitude']},{row['longitude']}")
    if row["admin1"] != loc.get("admin1") or row["admin2"] != loc.get("admin2") or row["location"] != loc.get("name"):
        fail(f"{e['event_id']}: admin1/admin2/location {row['admin1']!r} {row['admin2']!r} {row['location']!r}")
    if loc.get("country") == "UA" and (row["iso"] != 804 or row["country"] != "Ukraine"):
        fail(f"{e['event_id']}: Ukraine is iso {row['iso']} {row['country']}")
    if row["timestamp"] != int(EPOCH):
        fail(f"{e['event_id']}: timestamp {row['timestamp']}")
    if not row["actor1"] or not row["notes"] or not row["tags"].startswith("killed="):
        fail(f"{e['event_id']}: actor1/notes/tags empty: {row['actor1']!r} {row['tags']!r}")


def check_ucdp(rec, row):
    e = rec
    if row["id"] != e["event_id"]:
        fail(f"id {row['id']} != {e['event_id']}")
    k = e["killed"]
    if row["low"] != (k["min"] if k else 0) or row["best"] != row["low"] or row["high"] != (k["max"] if k else None):
        fail(f"{e['event_id']}: best/low/high {row['best']}/{row['low']}/{row['high']} from {k}")
    if e["date"]["value"] is None:
        if row["date_start"] is not None or row["date_end"] is not None:
            fail(f"{e['event_id']}: no date, but dates {row['date_start']} {row['date_end']}")
    elif not (row["date_start"] <= row["date_end"]) or row["year"] != row["date_start"].year:
        fail(f"{e['event_id']}: dates {row['date_start']} {row['date_end']}")
    loc = e["location"] or {}
    if row["adm_1"] != loc.get("admin1") or row["adm_2"] != loc.get("admin2"):
        fail(f"{e['event_id']}: adm_1/adm_2 {row['adm_1']!r} {row['adm_2']!r}")
    if row["type_of_violence"] not in (1, 2, 3, None):
        fail(f"{e['event_id']}: type_of_violence {row['type_of_violence']}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--salvo", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--workdir", required=True)
    a = ap.parse_args()
    os.makedirs(a.workdir, exist_ok=True)
    w = lambda name: os.path.join(a.workdir, name)  # noqa: E731
    inputs = sorted(glob.glob(os.path.join(a.source, "samples", "*.jsonl")))
    inputs.append(os.path.join(a.source, "tests", "gold", "articles.jsonl"))

    extract(a.salvo, inputs, ["-o", w("events.jsonl")])
    with open(w("events.jsonl"), encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    for layout, header, check in (("acled", ACLED, check_acled), ("ucdp", UCDP, check_ucdp)):
        extract(a.salvo, inputs, ["-f", layout, "-o", w(layout + ".csv")])
        extract(a.salvo, inputs, ["-f", layout, "-o", w(layout + ".xlsx")])
        rows = read_csv(w(layout + ".csv"), header)
        xrows = read_xlsx(w(layout + ".xlsx"), header)
        if len(rows) != len(records) or len(xrows) != len(records):
            fail(f"{layout}: {len(rows)} CSV rows, {len(xrows)} XLSX rows, {len(records)} records")
            continue
        for n, (rec, row, xrow) in enumerate(zip(records, rows, xrows), 2):
            check(rec, row)
            for k in header:
                if row[k] != xrow[k]:
                    fail(f"{layout} row {n}: {k} CSV {row[k]!r} != XLSX {xrow[k]!r}")
        print(f"layouts_roundtrip: {layout}: {len(rows)} rows read back from CSV and XLSX")
    if not records:
        fail("no records to check")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
