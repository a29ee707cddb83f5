#!/usr/bin/env python3
"""check.py BATCH OUT: every batch article has one line in OUT, fields in the closed lists."""
import json, re, sys
T={'air_drone_strike','shelling_artillery_missile','remote_explosive','suicide_bomb','grenade'}
W={'aircraft','drone','missile','rocket','artillery','mortar','ied','grenade','suicide_vest','unknown'}
TT={'civilians','residential','infrastructure','military','government','unknown',None}
O={'hit','intercepted','unknown'}; DP={'day','week','month','unknown'}; LP={'exact','near','admin1','country'}
batch=[json.loads(l)['id'] for l in open(sys.argv[1])]
out=[json.loads(l) for l in open(sys.argv[2]) if l.strip()]
errs=[]
ids=[o.get('id') for o in out]
for b in batch:
    if ids.count(b)!=1: errs.append(f'{b}: {ids.count(b)} lines (want 1)')
for o in out:
    if o.get('id') not in batch: errs.append(f"{o.get('id')}: not in batch")
    for i,e in enumerate(o.get('events',[])):
        p=f"{o['id']} event {i}"
        if e.get('event_type') not in T: errs.append(f'{p}: event_type')
        if e.get('weapon') not in W: errs.append(f'{p}: weapon')
        if e.get('target_type') not in TT: errs.append(f'{p}: target_type')
        if e.get('outcome') not in O: errs.append(f'{p}: outcome')
        if e.get('date_precision') not in DP: errs.append(f'{p}: date_precision')
        if e.get('date') is not None and not re.fullmatch(r'\d{4}-\d\d-\d\d',str(e['date'])): errs.append(f'{p}: date')
        if not isinstance(e.get('sure'),bool): errs.append(f'{p}: sure must be true/false')
        loc=e.get('location') or {}
        if not loc.get('name'): errs.append(f'{p}: location.name')
        if loc.get('precision') not in LP: errs.append(f'{p}: location.precision')
        for k in ('killed','injured'):
            v=e.get(k)
            if v is None: continue
            if not isinstance(v,dict) or not isinstance(v.get('min'),int) or (v.get('max') is not None and (not isinstance(v['max'],int) or v['max']<v['min'])):
                errs.append(f'{p}: {k} must be null or {{"min":int,"max":int|null}} with max>=min')
print('\n'.join(errs) if errs else f'ok: {len(out)} articles, {sum(len(o.get("events",[])) for o in out)} events')
sys.exit(1 if errs else 0)
