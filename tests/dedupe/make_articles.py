#!/usr/bin/env python3
"""Builds tests/dedupe/articles.jsonl: one article per news headline of UCDP GED
events in Ukraine that several outlets reported (CC BY 4.0, cite UCDP: Sundberg &
Melander 2013). Headlines of one UCDP event describe the SAME event, so the
event's UCDP id (kept in each article as "ucdp_id") is the truth for measuring
deduplication: see measure.sh.

Usage: make_articles.py UCDP_GED.csv > articles.jsonl
Articles are in publication-date order (stable). Keeps events with at least two headlines that name a strike (shelling, rockets,
mortars, mines, air strikes...) and, of those, only such headlines.
"""
import csv
import json
import re
import sys

STRIKE = re.compile(r"shell|rocket|mortar|artillery|\bgrad\b|missile|drone|air ?strike|bomb|blast|explo|\bmine\b|landmine", re.I)


def entries(source_article):
    # '"Outlet,YYYY-MM-DD,Headline";"Outlet,..."' -> [(outlet, date, headline)]
    out = []
    for part in re.split(r'";"', source_article.strip().strip('"')):
        m = re.match(r"(.*?),(\d{4}-\d{2}-\d{2}),(.*)$", part.strip('"'), re.S)
        if m:
            out.append((m.group(1).strip(), m.group(2), m.group(3).strip()))
    return out


def main(path):
    rows = list(csv.DictReader(open(path, encoding="utf-8")))[1:]  # row 2 is the HXL tag row
    seen = set()
    out = []
    for row in rows:
        hs = [e for e in entries(row["source_article"]) if STRIKE.search(e[2])]
        if len(hs) < 2:
            continue
        for k, (outlet, date, headline) in enumerate(hs, 1):
            if (date, headline) in seen:  # the same wire headline twice
                continue
            seen.add((date, headline))
            out.append({
                "id": f"ucdp{row['id']}-{k}",
                "title": headline,
                "text": headline if headline.endswith((".", "!", "?")) else headline + ".",
                "date": date,
                "outlet": outlet,
                "ucdp_id": row["id"],
                "ucdp_date": row["date_start"][:10],
                "ucdp_where": row["where_description"],
            })
    # A news feed arrives in publication order; salvo dedupe expects roughly that.
    out.sort(key=lambda a: a["date"])
    for a in out:
        print(json.dumps(a, ensure_ascii=False))
    print(f"{len(out)} articles", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
