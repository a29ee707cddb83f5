#!/usr/bin/env python3
"""Writes tests/gold/*.jsonl from the annotations below.

The annotations are the source of truth; this script only expands the short
forms (place keys, weekday arithmetic) into the gold JSON format and checks
it. Annotated from /work/shared/EVENTS.md; see tests/gold/README.md.
usage: build_gold.py OUT_DIR
"""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from places import P, R  # noqa: E402
from docs_ucdp import UCDP  # noqa: E402
from docs_team import TEAM, NEG, SEED  # noqa: E402

# Later batches, each in its own module with its own place table (PLACES,
# REGIONS merged into P and R) and its own origin: `docs_<name>.py` defines
# DOCS (documents with events and without, in file order) and writes
# tests/gold/<name>.jsonl.
BATCHES = []
for _name in ('notes', 'articles'):
    try:
        _mod = __import__('docs_' + _name)
    except ModuleNotFoundError:
        continue
    for _k, _v in getattr(_mod, 'PLACES', {}).items():
        assert _k not in P or P[_k] == _v, _k
        P[_k] = _v
    for _k, _v in getattr(_mod, 'REGIONS', {}).items():
        assert _k not in R or R[_k] == _v, _k
        R[_k] = _v
    BATCHES.append((_name, _mod.DOCS))

TYPES = {'air': 'air_drone_strike', 'shell': 'shelling_artillery_missile', 'rem': 'remote_explosive',
         'sui': 'suicide_bomb', 'gren': 'grenade'}
WEAPONS = {'aircraft', 'drone', 'missile', 'rocket', 'artillery', 'mortar', 'ied', 'grenade', 'suicide_vest',
           'unknown'}
TARGETS = {None, 'civilians', 'residential', 'infrastructure', 'military', 'government', 'unknown'}
OUTCOMES = {'hit', 'intercepted', 'unknown'}


def location(key, near=False):
    if key in P:
        name, cc, a1, gid, lat, lon = P[key]
        return {'name': name, 'country': cc, 'admin1': a1, 'latitude': lat, 'longitude': lon,
                'geonames_id': gid, 'precision': 'near' if near else 'exact'}
    name, cc, a1, prec = R[key]
    return {'name': name, 'country': cc, 'admin1': a1, 'latitude': None, 'longitude': None,
            'geonames_id': None, 'precision': prec}


def count(c):
    if c is None:
        return None
    lo, hi = c
    return {'min': lo, 'max': hi}


def expand_event(e, pub):
    t, w, actor, target, place = e['t'], e['w'], e.get('actor'), e.get('target'), e['place']
    assert t in TYPES and w in WEAPONS and target in TARGETS, e
    assert e.get('out', 'hit') in OUTCOMES, e
    date = e.get('date', pub)
    prec = e.get('prec', 'day' if 'date' in e else 'unknown')
    dt.date.fromisoformat(date)
    return {'event_type': TYPES[t], 'weapon': w, 'actor': actor, 'target_type': target,
            'location': location(place, e.get('near', False)), 'date': date, 'date_precision': prec,
            'killed': count(e.get('k')), 'injured': count(e.get('i')), 'outcome': e.get('out', 'hit')}


def doc(d, origin, split):
    out = {'id': d['id'], 'text': d['text'], 'date': d['pub'], 'split': split, 'origin': origin}
    if d.get('title'):
        out['title'] = d['title']
    if d.get('url'):
        out['url'] = d['url']
    out['events'] = [expand_event(e, d['pub']) for e in d.get('events', [])]
    return out


def alternate(items, start='dev'):
    other = 'test' if start == 'dev' else 'dev'
    return [(x, start if i % 2 == 0 else other) for i, x in enumerate(items)]


def main():
    out_dir = sys.argv[1]
    ids = set()
    files = {
        'ucdp.jsonl': [doc(d, 'ucdp:' + d['id'].split('-', 1)[1], s) for d, s in alternate(UCDP)],
        'team.jsonl': [doc(d, 'team', s) for d, s in alternate(TEAM)],
        'negatives.jsonl': [doc(d, 'team', s) for d, s in alternate(NEG, 'test')],
        'seed.jsonl': [doc(SEED, 'seed', 'dev')],
    }
    for name, docs in BATCHES:
        files[name + '.jsonl'] = [doc(d, name, s) for d, s in alternate(docs)]
    for name, docs in files.items():
        with open(os.path.join(out_dir, name), 'w', encoding='utf-8') as f:
            for d in docs:
                assert d['id'] not in ids, d['id']
                ids.add(d['id'])
                f.write(json.dumps(d, ensure_ascii=False) + '\n')
        ev = sum(len(d['events']) for d in docs)
        print(f'{name}: {len(docs)} docs, {ev} events, '
              f'dev {sum(d["split"] == "dev" for d in docs)}, test {sum(d["split"] == "test" for d in docs)}')


if __name__ == '__main__':
    main()
