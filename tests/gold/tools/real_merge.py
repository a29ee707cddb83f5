#!/usr/bin/env python3
"""Merge two annotators' blind annotations of the real-news sample (not used by tests).

usage: real_merge.py SAMPLE_TSV NEWS_JSONL A_DIR B_DIR OUT_DIR

A_DIR and B_DIR hold each annotator's batch*.jsonl ({"id", "events", "comment"};
events in the gold form plus "sure" and "evidence"). Writes to OUT_DIR:

  news.jsonl         the merged gold: one line per sampled article, without its
                     text ("text_chars" instead: salvo eval --texts reads it from
                     NEWS_JSONL); split and origin from the sample
  annotator_a.jsonl  each annotator's own annotations (evidence quotes dropped),
  annotator_b.jsonl  for re-merging and for measuring their agreement
  comments.jsonl     both annotators' comments per article (their hard calls)

Merge (tests/gold/real/README.md): A's and B's events of one article are
paired one-to-one with the matching salvo eval uses (same event_type, same
place by folded name, 10 km or same region, same day by the gold date's
precision; either annotator's date may decide). A pair both marked sure is a
required event (A's fields, with B's differing fields as "alt"); every other
event, paired or not, is optional (both versions kept).
"""
import json
import math
import os
import sys
import unicodedata

FIELDS = ('event_type', 'weapon', 'actor', 'target_type', 'location', 'date', 'date_precision',
          'killed', 'injured', 'outcome')


def fold(s):
    s = unicodedata.normalize('NFKD', s or '')
    s = ''.join(ch for ch in s if not unicodedata.combining(ch)).lower()
    for ch in "'`\u2019\u2018\u02bc\u02bb":
        s = s.replace(ch, '')
    for ch in '-_,.\t\u2010\u2011\u2013\u2014':
        s = s.replace(ch, ' ')
    return ' '.join(s.split())


def fold_admin1(s):
    f = fold(s)
    for suf in (' oblast', ' governorate', ' province', ' region', ' state', ' district', ' krai', ' republic'):
        if f.endswith(suf) and len(f) > len(suf):
            f = f[:-len(suf)]
            break
    if f.startswith('al ') and len(f) > 3:
        f = f[3:]
    return f


def km(a, b):
    r = math.pi / 180
    dlat, dlon = (b[0] - a[0]) * r, (b[1] - a[1]) * r
    h = math.sin(dlat / 2) ** 2 + math.cos(a[0] * r) * math.cos(b[0] * r) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def place_match(g, p):
    if fold(g.get('name')) and fold(g.get('name')) == fold(p.get('name')):
        return True
    if None not in (g.get('latitude'), g.get('longitude'), p.get('latitude'), p.get('longitude')):
        if km((g['latitude'], g['longitude']), (p['latitude'], p['longitude'])) <= 10:
            return True
    region = ('admin1', 'country')
    return (g.get('precision') in region and p.get('precision') in region and g.get('country')
            and g.get('country') == p.get('country')
            and fold_admin1(g.get('admin1') or '') == fold_admin1(p.get('admin1') or ''))


def day_match(g, p):
    from datetime import date
    if g['date_precision'] == 'unknown':
        return True
    if not g.get('date') or not p.get('date'):
        return False
    gd, pd = date.fromisoformat(g['date']), date.fromisoformat(p['date'])
    if g['date_precision'] == 'week':
        return 0 <= (pd - gd).days <= 6
    if g['date_precision'] == 'month':
        return (gd.year, gd.month) == (pd.year, pd.month)
    return gd == pd


def same(a, b):
    return (a['event_type'] == b['event_type'] and place_match(a['location'], b['location'])
            and (day_match(a, b) or day_match(b, a)))


def score(a, b):
    return sum(1 for f in FIELDS if a.get(f) == b.get(f))


def pair(ea, eb):
    cands = sorted(((-score(a, b), i, j) for i, a in enumerate(ea) for j, b in enumerate(eb) if same(a, b)))
    ua, ub, out = set(), set(), []
    for _, i, j in cands:
        if i in ua or j in ub:
            continue
        ua.add(i), ub.add(j)
        out.append((i, j))
    return sorted(out)


def gold_form(e):
    g = {f: e.get(f) for f in FIELDS}
    if g['date'] is None:
        g['date'] = ''
    loc = dict(g['location'])
    loc['country'] = loc.get('country') or ''
    loc['admin1'] = loc.get('admin1') or ''
    g['location'] = loc
    return g


def load(d):
    out = {}
    for name in sorted(os.listdir(d)):
        if name.startswith('batch') and name.endswith('.jsonl'):
            for line in open(os.path.join(d, name), encoding='utf-8'):
                o = json.loads(line)
                out[o['id']] = o
    return out


def main():
    sample_tsv, news, adir, bdir, out = sys.argv[1:6]
    sample = [line.rstrip('\n').split('\t') for line in open(sample_tsv, encoding='utf-8')]
    texts = {}
    for line in open(news, encoding='utf-8'):
        d = json.loads(line)
        texts[d['id']] = d
    A, B = load(adir), load(bdir)
    merged, own_a, own_b, comments = [], [], [], []
    stats = {'required': 0, 'optional': 0}
    for doc_id, split, stratum, source, _ in sample:
        ea = [gold_form(e) for e in A[doc_id]['events']]
        eb = [gold_form(e) for e in B[doc_id]['events']]
        sure_a = [e['sure'] for e in A[doc_id]['events']]
        sure_b = [e['sure'] for e in B[doc_id]['events']]
        events = []
        paired_a, paired_b = set(), set()
        for i, j in pair(ea, eb):
            paired_a.add(i), paired_b.add(j)
            if sure_a[i] and sure_b[j]:
                ev = dict(ea[i])
                alt = {f: eb[j][f] for f in FIELDS if eb[j][f] != ea[i][f]}
                if alt:
                    ev['alt'] = alt
                events.append(ev)
                stats['required'] += 1
            else:
                for e in (ea[i], eb[j]):
                    events.append(dict(e, optional=True))
                stats['optional'] += 1
        for i, e in enumerate(ea):
            if i not in paired_a:
                events.append(dict(e, optional=True))
                stats['optional'] += 1
        for j, e in enumerate(eb):
            if j not in paired_b:
                events.append(dict(e, optional=True))
                stats['optional'] += 1
        t = texts[doc_id]
        head = {'id': doc_id, 'split': split, 'origin': 'real:' + source, 'stratum': stratum,
                'text_chars': len(t['text'])}
        merged.append(dict(head, events=events))
        own_a.append(dict(head, events=[dict(e, sure=s) for e, s in zip(ea, sure_a)]))
        own_b.append(dict(head, events=[dict(e, sure=s) for e, s in zip(eb, sure_b)]))
        comments.append({'id': doc_id, 'a': A[doc_id].get('comment', ''), 'b': B[doc_id].get('comment', '')})
    os.makedirs(out, exist_ok=True)
    for name, rows in (('news.jsonl', merged), ('annotator_a.jsonl', own_a), ('annotator_b.jsonl', own_b),
                       ('comments.jsonl', comments)):
        with open(os.path.join(out, name), 'w', encoding='utf-8') as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + '\n')
    print(f"{len(merged)} articles; {stats['required']} required events, {stats['optional']} optional "
          f"(pairs counted once, unpaired events once each)", file=sys.stderr)


if __name__ == '__main__':
    main()
