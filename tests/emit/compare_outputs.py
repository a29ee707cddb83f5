#!/usr/bin/python3
"""Checks that salvo's CSV, TSV and XLSX outputs say exactly what its JSON Lines output says.

Usage: compare_outputs.py --jsonl EVENTS.jsonl [--csv F [--bom]] [--tsv F [--bom]] [--xlsx F]
                          [--summary-events]

Every JSONL record is mapped to the flat row that docs/OUTPUT.md documents (this script is an
independent reading of that document, not a port of the C++ code), then compared with EVERY
cell of the matching CSV/TSV/XLSX row. Run with /usr/bin/python3 (it needs openpyxl).
Exit status 0 = identical, 1 = a difference (each one printed), 2 = usage/IO problem.
"""

import argparse
import csv
import datetime
import json
import re
import sys
import urllib.parse

COLUMNS = [
    "event_id", "doc_id", "event_date", "date_precision", "event_type", "acled_sub_event_type",
    "weapon", "outcome", "actor", "target", "target_type", "location", "admin1", "admin2",
    "country", "latitude", "longitude", "geo_precision", "geonames_id", "killed_min", "killed_max",
    "injured_min", "injured_max", "confidence", "source_url", "title", "evidence", "rules",
    "cluster_id", "source_count",
]
INTEGER = {"geo_precision", "geonames_id", "killed_min", "killed_max", "injured_min", "injured_max", "source_count"}
REAL = {"latitude", "longitude", "confidence"}
NUMERIC = INTEGER | REAL
ACLED = {
    "air_drone_strike": "Air/drone strike",
    "shelling_artillery_missile": "Shelling/artillery/missile attack",
    "remote_explosive": "Remote explosive/landmine/IED",
    "suicide_bomb": "Suicide bomb",
    "grenade": "Grenade",
}
GEO_PRECISION = {"exact": 1, "near": 2, "admin1": 3, "country": 3}
XLSX_MAX_UNITS = 32767
XLSX_MAX_URL = 2079
ESCAPE = re.compile(r"_x[0-9A-Fa-f]{4}_")


class Differences:
    def __init__(self):
        self.count = 0

    def add(self, where, msg):
        self.count += 1
        if self.count <= 50:
            print(f"{where}: {msg}", file=sys.stderr)


def text(v):
    return "" if v is None else v


def flat_row(rec):
    """The documented JSON -> flat row mapping. Text columns give str ('' = unknown),
    numeric columns give int/float or None."""
    loc = rec.get("location") or {}
    tgt = rec.get("target")
    killed = rec.get("killed")
    injured = rec.get("injured")
    date = rec["date"]

    def number(v):
        return v if isinstance(v, (int, float)) and not isinstance(v, bool) else None

    row = {
        "event_id": rec["event_id"],
        "doc_id": rec["doc_id"],
        "event_date": text(date["value"]),  # null (no date at all) is an empty cell
        "date_precision": date["precision"],
        "event_type": rec["event_type"],
        "acled_sub_event_type": ACLED.get(rec["event_type"], ""),
        "weapon": rec["weapon"],
        "outcome": rec["outcome"],
        "actor": text(rec.get("actor")),
        "target": text(tgt["text"]) if tgt else "",
        "target_type": tgt["type"] if tgt else "",
        "location": text(loc.get("name")),
        "admin1": text(loc.get("admin1")),
        "admin2": text(loc.get("admin2")),
        "country": text(loc.get("country")),
        "latitude": number(loc.get("latitude")),
        "longitude": number(loc.get("longitude")),
        "geo_precision": GEO_PRECISION.get(loc.get("precision")),
        "geonames_id": number(loc.get("geonames_id")),
        "killed_min": killed["min"] if killed else None,
        "killed_max": killed["max"] if killed else None,
        "injured_min": injured["min"] if injured else None,
        "injured_max": injured["max"] if injured else None,
        "confidence": number(rec.get("confidence")),
        "source_url": text(rec.get("source_url")),
        "title": text(rec.get("title")),
        "evidence": " | ".join(x["text"] for x in rec.get("evidence", [])),
        "rules": ";".join(rec.get("rules", [])),
        "cluster_id": text(rec.get("cluster_id")),
        "source_count": len(rec["sources"]) if rec.get("sources") else 1,
    }
    assert list(row) == COLUMNS
    return row


def neutralise(s):
    return "'" + s if s[:1] in ("=", "+", "-", "@", "\t", "\r") else s


def check_number_text(diff, where, col, cell, want):
    if want is None:
        if cell != "":
            diff.add(where, f"{col}: expected an empty cell, got {cell!r}")
        return
    pattern = r"-?[0-9]+" if col in INTEGER else r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?"
    if not re.fullmatch(pattern, cell):
        diff.add(where, f"{col}: {cell!r} is not a plain number")
        return
    if float(cell) != float(want):
        diff.add(where, f"{col}: expected {want!r}, got {cell!r}")


def read_records(path):
    records = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.endswith("\n"):
                raise ValueError(f"{path}:{n}: last line has no newline")
            records.append(json.loads(line))
    return records


def check_bom(diff, path, want_bom):
    with open(path, "rb") as f:
        head = f.read(3)
    if (head == b"\xef\xbb\xbf") != want_bom:
        diff.add(path, "byte-order mark " + ("missing" if want_bom else "unexpected"))


def compare_csv(diff, path, records, bom):
    check_bom(diff, path, bom)
    with open(path, "rb") as f:
        raw = f.read()
    if not raw.endswith(b"\r\n"):
        diff.add(path, "does not end with CRLF")
    with open(path, encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        rows = list(csv.reader(f, strict=True))
    if not rows or rows[0] != COLUMNS:
        diff.add(path, f"header is {rows[0] if rows else None}")
        return
    if len(rows) - 1 != len(records):
        diff.add(path, f"{len(rows) - 1} rows for {len(records)} JSONL records")
    for i, (rec, cells) in enumerate(zip(records, rows[1:]), 2):
        where = f"{path} row {i}"
        if len(cells) != len(COLUMNS):
            diff.add(where, f"{len(cells)} cells")
            continue
        want = flat_row(rec)
        for col, cell in zip(COLUMNS, cells):
            if col in NUMERIC:
                check_number_text(diff, where, col, cell, want[col])
            elif cell != neutralise(want[col]):
                diff.add(where, f"{col}: expected {neutralise(want[col])!r}, got {cell!r}")


def compare_tsv(diff, path, records, bom):
    check_bom(diff, path, bom)
    with open(path, encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        data = f.read()
    if not data.endswith("\n") or "\r" in data:
        diff.add(path, "lines must end with LF and hold no CR")
    lines = data.split("\n")[:-1]
    if not lines or lines[0].split("\t") != COLUMNS:
        diff.add(path, "bad header")
        return
    if len(lines) - 1 != len(records):
        diff.add(path, f"{len(lines) - 1} rows for {len(records)} JSONL records")
    for i, (rec, line) in enumerate(zip(records, lines[1:]), 2):
        where = f"{path} line {i}"
        cells = line.split("\t")
        if len(cells) != len(COLUMNS):
            diff.add(where, f"{len(cells)} cells")
            continue
        want = flat_row(rec)
        for col, cell in zip(COLUMNS, cells):
            if col in NUMERIC:
                check_number_text(diff, where, col, cell, want[col])
            else:
                expect = re.sub(r"[\t\r\n]", " ", neutralise(want[col]))
                if cell != expect:
                    diff.add(where, f"{col}: expected {expect!r}, got {cell!r}")


def xlsx_unescape(s):
    """What Excel shows for a stored string: _xHHHH_ decodes to that UTF-16 unit."""
    units = ESCAPE.sub(lambda m: chr(int(m.group(0)[2:6], 16)), s)
    # Escaped surrogate pairs (not produced by salvo) would need joining; none expected.
    return units


def xlsx_expected_text(s):
    """Excel keeps at most 32,767 UTF-16 units per cell; longer text is cut and ends in '…'.
    An underscore that starts a literal _xHHHH_ costs 7 (it is stored as _x005F_)."""
    def cost(i, ch):
        return (2 if ord(ch) > 0xFFFF else 1) + (6 if ESCAPE.match(s, i) else 0)

    total = sum(cost(i, ch) for i, ch in enumerate(s))
    if total <= XLSX_MAX_UNITS:
        return s
    used, out = 0, []
    for i, ch in enumerate(s):
        c = cost(i, ch)
        if used + c > XLSX_MAX_UNITS - 1:
            break
        used += c
        out.append(ch)
    return "".join(out) + "\u2026"


def linkable(url):
    if not re.match(r"(?i)(https?://|ftp://|mailto:)", url):
        return False
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in url):
        return False
    # The length Excel sees: each non-ASCII byte and each character that needs escaping is %XX.
    length = 0
    for c in url:
        b = c.encode("utf-8")
        length += 3 * len(b) if len(b) > 1 or c in ' "<>\\[]^`{|}' else 1
    return length <= XLSX_MAX_URL


def compare_xlsx(diff, path, records, summary_events):
    import openpyxl  # only /usr/bin/python3 has it

    wb = openpyxl.load_workbook(path)
    if wb.sheetnames != ["events", "summary"]:
        diff.add(path, f"sheets are {wb.sheetnames}")
        return
    ws = wb["events"]
    header = [c.value for c in ws[1]]
    if header != COLUMNS:
        diff.add(path, f"header is {header}")
        return
    if not all(c.font.b for c in ws[1]):
        diff.add(path, "header is not bold")
    if ws.freeze_panes != "A2":
        diff.add(path, f"freeze panes at {ws.freeze_panes}, expected A2")
    last_col = openpyxl.utils.get_column_letter(len(COLUMNS))
    if ws.auto_filter.ref != f"A1:{last_col}{len(records) + 1}":
        diff.add(path, f"autofilter {ws.auto_filter.ref}")
    if ws.max_row - 1 != len(records):
        diff.add(path, f"{ws.max_row - 1} rows for {len(records)} JSONL records")
    links = 0
    for i, (rec, cells) in enumerate(zip(records, ws.iter_rows(min_row=2)), 2):
        where = f"{path} row {i}"
        want = flat_row(rec)
        if len(cells) != len(COLUMNS):
            diff.add(where, f"{len(cells)} cells")
            continue
        for col, cell in zip(COLUMNS, cells):
            got = cell.value
            exp = want[col]
            if col in NUMERIC:
                if exp is None:
                    if got is not None:
                        diff.add(where, f"{col}: expected an empty cell, got {got!r}")
                elif isinstance(got, bool) or not isinstance(got, (int, float)) or float(got) != float(exp):
                    diff.add(where, f"{col}: expected the number {exp!r}, got {got!r}")
                continue
            if col == "event_date" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", exp) and exp >= "1900":
                if not isinstance(got, datetime.datetime) or got.strftime("%Y-%m-%d") != exp:
                    diff.add(where, f"{col}: expected the date {exp}, got {got!r}")
                elif "yy" not in cell.number_format:
                    diff.add(where, f"{col}: date cell has number format {cell.number_format!r}")
                continue
            if exp == "":
                if got is not None:
                    diff.add(where, f"{col}: expected an empty cell, got {got!r}")
                continue
            shown = xlsx_unescape(got) if isinstance(got, str) else got
            if shown != xlsx_expected_text(exp):
                diff.add(where, f"{col}: expected {xlsx_expected_text(exp)[:80]!r}, got {str(shown)[:80]!r}")
            if col == "source_url":
                is_link = cell.hyperlink is not None
                should = linkable(exp) and links < 65530
                links += is_link
                if is_link != should:
                    diff.add(where, f"source_url: hyperlink {'present' if is_link else 'missing'} for {exp[:60]!r}")
                elif is_link and urllib.parse.unquote(cell.hyperlink.target) != urllib.parse.unquote(exp):
                    diff.add(where, f"source_url: link target {cell.hyperlink.target[:80]!r}")
    compare_summary(diff, path, wb["summary"], records, summary_events)


def compare_summary(diff, path, ws, records, summary_events):
    values = {}
    section = None
    by = {"events by type": {}, "events by country": {}}
    for key, value in ws.iter_rows(min_col=1, max_col=2, values_only=True):
        if key is None:
            section = None
            continue
        if key in by:
            section = key
            continue
        if section:
            by[section][key] = value
        else:
            values.setdefault(key, value)
    for key in ("salvo version", "rules version", "input file", "articles", "rejected records", "events", "seconds"):
        if key not in values:
            diff.add(f"{path} summary", f"no {key!r} row")
    if summary_events and values.get("events") != len(records):
        diff.add(f"{path} summary", f"events = {values.get('events')!r}, the sheet has {len(records)}")
    if summary_events:
        types, countries = {}, {}
        for r in records:
            types[r["event_type"]] = types.get(r["event_type"], 0) + 1
            c = (r.get("location") or {}).get("country") or "(unknown)"
            countries[c] = countries.get(c, 0) + 1
        if by["events by type"] != types:
            diff.add(f"{path} summary", f"by type {by['events by type']} != {types}")
        if by["events by country"] != countries:
            diff.add(f"{path} summary", f"by country {by['events by country']} != {countries}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jsonl", required=True)
    ap.add_argument("--csv", action="append", default=[], help="CSV file (repeatable)")
    ap.add_argument("--csv-bom", action="append", default=[], help="CSV file that starts with a BOM")
    ap.add_argument("--tsv", action="append", default=[])
    ap.add_argument("--tsv-bom", action="append", default=[])
    ap.add_argument("--xlsx", action="append", default=[])
    ap.add_argument("--summary-events", action="store_true",
                    help="the XLSX summary's counts must match the records")
    ap.add_argument("--min-records", type=int, default=0)
    a = ap.parse_args()
    try:
        records = read_records(a.jsonl)
    except (OSError, ValueError) as e:
        print(f"compare_outputs: {e}", file=sys.stderr)
        return 2
    if len(records) < a.min_records:
        print(f"compare_outputs: {a.jsonl} has {len(records)} records, expected at least {a.min_records}",
              file=sys.stderr)
        return 1
    diff = Differences()
    for p in a.csv:
        compare_csv(diff, p, records, False)
    for p in a.csv_bom:
        compare_csv(diff, p, records, True)
    for p in a.tsv:
        compare_tsv(diff, p, records, False)
    for p in a.tsv_bom:
        compare_tsv(diff, p, records, True)
    for p in a.xlsx:
        compare_xlsx(diff, p, records, a.summary_events)
    if diff.count:
        print(f"compare_outputs: {diff.count} difference(s)", file=sys.stderr)
        return 1
    print(f"compare_outputs: {len(records)} records agree across "
          f"{len(a.csv) + len(a.csv_bom) + len(a.tsv) + len(a.tsv_bom) + len(a.xlsx)} file(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
