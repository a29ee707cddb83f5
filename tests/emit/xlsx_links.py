#!/usr/bin/python3
"""A javascript: (or data:, or disguised) URL in an input record never becomes an XLSX hyperlink.

  xlsx_links.py --salvo BIN --workdir DIR

Feeds `salvo extract` articles whose "url" is hostile, plus one https URL, writes XLSX (salvo's
layout and ACLED's), and reads every hyperlink back with openpyxl: only the https one may be a
link; the hostile ones must be plain text cells holding the URL as written.
Exit 0 = pass, 1 = fail.
"""

import argparse
import json
import os
import subprocess
import sys

import openpyxl

TEXT = "Russian drones struck Odesa overnight, killing five people, the governor said."
URLS = [
    "javascript:alert(document.domain)",
    "JAVASCRIPT:alert(1)",
    "  javascript:alert(1)",
    "java\tscript:alert(1)",
    "jav&#x09;ascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "https://news.example.org/odesa",
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--salvo", required=True)
    ap.add_argument("--workdir", required=True)
    a = ap.parse_args()
    os.makedirs(a.workdir, exist_ok=True)
    src = os.path.join(a.workdir, "articles.jsonl")
    with open(src, "w", encoding="utf-8") as f:
        for n, url in enumerate(URLS):
            f.write(json.dumps({"id": f"a{n}", "date": "2024-03-02", "text": TEXT, "url": url}) + "\n")
    failures = []
    for layout in ("salvo", "acled"):
        out = os.path.join(a.workdir, f"{layout}.xlsx")
        args = ["-f", layout] if layout != "salvo" else []
        subprocess.run([a.salvo, "extract", "--quiet", src, *args, "-o", out], check=True)
        ws = openpyxl.load_workbook(out)["events"]
        header = [c.value for c in ws[1]]
        links = [c.hyperlink.target for row in ws.iter_rows(min_row=2) for c in row if c.hyperlink]
        want = ["https://news.example.org/odesa"] if "source_url" in header else []
        if links != want:
            failures.append(f"{layout}: hyperlinks {links}, expected {want}")
        if "source_url" in header:
            col = header.index("source_url")
            shown = sorted(row[col].value for row in ws.iter_rows(min_row=2))
            if shown != sorted(URLS):
                failures.append(f"{layout}: source_url cells {shown} are not the URLs as written")
        print(f"xlsx_links: {layout}: {ws.max_row - 1} rows, {len(links)} hyperlink(s)")
    for f in failures:
        print("xlsx_links: " + f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
