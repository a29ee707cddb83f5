#!/usr/bin/env bash
# Measures cross-article deduplication end to end on tests/dedupe/articles.jsonl
# (one article per news headline of UCDP GED events that several outlets
# reported; see make_articles.py): salvo extract, then salvo dedupe, then a
# report of what merged, checked against the UCDP event id each article carries.
#
# Usage: tests/dedupe/measure.sh [SALVO_BINARY] [OUT_DIR]
#   SALVO_BINARY defaults to build/salvo; OUT_DIR to a temporary directory
#   (events.jsonl, merged.jsonl and report.txt are left there).
# A merge is counted "wrong by UCDP" when its sources come from articles about
# different UCDP events. Read the listed merges too: UCDP's grouping is the
# truth for the event, but the extractor can still misread a headline.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
salvo="${1:-$here/../../build/salvo}"
out="${2:-$(mktemp -d)}"
mkdir -p "$out"
"$salvo" extract -q "$here/articles.jsonl" -o "$out/events.jsonl"
"$salvo" dedupe "$out/events.jsonl" -o "$out/merged.jsonl" 2> "$out/dedupe.log"
python3 - "$here/articles.jsonl" "$out/events.jsonl" "$out/merged.jsonl" > "$out/report.txt" <<'PY'
import collections, itertools, json, sys
arts = {a["id"]: a for a in map(json.loads, open(sys.argv[1], encoding="utf-8"))}
events = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8") if l.strip()]
merged = [json.loads(l) for l in open(sys.argv[3], encoding="utf-8") if l.strip()]
ucdp = lambda doc: arts[doc]["ucdp_id"]
multi = [m for m in merged if m.get("source_count", 1) > 1]
wrong = [m for m in multi if len({ucdp(s["doc_id"]) for s in m["sources"]}) > 1]
print(f"articles: {len(arts)} (UCDP events: {len({a['ucdp_id'] for a in arts.values()})})")
print(f"events extracted: {len(events)}")
print(f"records after dedupe: {len(merged)}")
print(f"merged records (2+ sources): {len(multi)}, absorbing {sum(m['source_count'] for m in multi) - len(multi)} events")
print(f"merged records whose sources are different UCDP events: {len(wrong)}")
# Pairs of events from different articles: merged together vs same UCDP event.
cluster = {}
for m in merged:
    for s in m.get("sources", []):
        cluster[s["event_id"]] = m["event_id"]
pairs = [(a, b) for a, b in itertools.combinations(events, 2) if a["doc_id"] != b["doc_id"]]
same_pred = [(a, b) for a, b in pairs if cluster[a["event_id"]] == cluster[b["event_id"]]]
same_true = [(a, b) for a, b in pairs if ucdp(a["doc_id"]) == ucdp(b["doc_id"])]
both = [p for p in same_pred if ucdp(p[0]["doc_id"]) == ucdp(p[1]["doc_id"])]
print(f"event pairs from different articles merged: {len(same_pred)}, of which same UCDP event: {len(both)}")
print(f"event pairs from different articles about the same UCDP event: {len(same_true)} "
      f"(includes the extractor's extra events, e.g. a second place named in a headline)")
print()
for m in multi:
    loc = (m.get("location") or {}).get("name")
    print(f"MERGED {m['event_id']} {m['event_type']}/{m['weapon']} {m['date']['value']} ({m['date']['precision']}) "
          f"{loc} actor={m['actor']} killed={m['killed']}")
    for s in m["sources"]:
        a = arts[s["doc_id"]]
        print(f"    ucdp {a['ucdp_id']} {a['date']} {a['title']}")
print()
left = collections.defaultdict(set)
for e in events:
    left[ucdp(e["doc_id"])].add(cluster[e["event_id"]])
for u, cs in sorted(left.items()):
    docs = {e["doc_id"] for e in events if ucdp(e["doc_id"]) == u}
    if len(docs) > 1 and len(cs) > 1:
        print(f"APART ucdp {u}: events of {len(docs)} articles in {len(cs)} records")
        for e in events:
            if ucdp(e["doc_id"]) == u:
                l = e.get("location") or {}
                print(f"    {e['doc_id']} {e['event_type']}/{e['weapon']} {e['date']['value']} ({e['date']['precision']}) "
                      f"{l.get('name')} [{l.get('precision')}] actor={e['actor']}")
PY
cat "$out/report.txt"
echo "(files in $out)"
