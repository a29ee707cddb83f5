#!/usr/bin/env python3
"""Writes a synthetic, date-ordered stream of salvo event records for timing
`salvo dedupe` (docs/DEDUPE.md, "Timed run"): STRIKES strikes over DAYS days in
TOWNS towns, each reported by 1-4 articles with small variations (weapon or
actor left out, date as 'unknown' publication date, a point a few hundred
metres off). Deterministic (seeded). Usage: synth_events.py STRIKES DAYS TOWNS"""
import datetime
import json
import random
import sys

strikes, days, towns = (int(x) for x in sys.argv[1:4])
rng = random.Random(7)
places = [(f"Town{i}", 46 + rng.random() * 4, 30 + rng.random() * 8, 1000 + i) for i in range(towns)]
start = datetime.date(2022, 3, 1)
weapons = ["missile", "drone", "artillery", "rocket"]
recs = []
for s in range(strikes):
    day = start + datetime.timedelta(days=s * days // strikes)
    name, lat, lon, gid = places[rng.randrange(towns)]
    weapon = rng.choice(weapons)
    etype = "air_drone_strike" if weapon == "drone" else "shelling_artillery_missile"
    for k in range(rng.randint(1, 4)):
        doc = f"s{s}-a{k}"
        undated = rng.random() < 0.3
        date = day + datetime.timedelta(days=rng.randint(0, 1)) if undated else day
        recs.append((date.isoformat(), {
            "event_id": f"{doc}-e1", "doc_id": doc, "event_type": etype,
            "weapon": weapon if rng.random() < 0.8 else "unknown",
            "actor": "Russia" if rng.random() < 0.6 else None, "actor_text": None,
            "target": None,
            "location": {"name": name, "surface": name, "country": "UA", "admin1": "Region",
                         "latitude": lat + rng.uniform(-0.003, 0.003), "longitude": lon,
                         "geonames_id": gid if rng.random() < 0.7 else None, "precision": "exact",
                         "district": None},
            "date": {"value": date.isoformat(), "precision": "unknown" if undated else "day", "text": None},
            "killed": {"min": rng.randint(0, 5), "max": None}, "injured": None, "outcome": "hit",
            "evidence": [{"start": 0, "end": 80, "text": "x" * 80}], "rules": ["trig.strike"],
            "confidence": round(rng.random(), 2), "source_url": f"https://example.org/{doc}",
            "title": f"Strike on {name}", "cluster_id": None}))
recs.sort(key=lambda r: r[0])
for _, r in recs:
    print(json.dumps(r))
