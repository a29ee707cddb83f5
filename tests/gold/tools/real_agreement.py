#!/usr/bin/env python3
"""The human line: how far the two annotators of the real-news gold agree (not used by tests).

usage: real_agreement.py SALVO NEWS_JSONL GOLD_DIR [--sure]

Scores annotator B's events as if they were predictions against annotator A's
(tests/gold/real/annotator_{a,b}.jsonl) with `salvo eval`, so the agreement is
measured by the very matching that scores salvo. Event F1 is symmetric under
one-to-one matching; precision is B's share of events A also marked, recall
A's share that B also marked. --sure keeps only the events each marked sure.
"""
import json
import os
import subprocess
import sys
import tempfile


def main():
    salvo, news, gdir = sys.argv[1:4]
    sure_only = '--sure' in sys.argv
    tmp = tempfile.mkdtemp()
    gold_a = os.path.join(tmp, 'a.jsonl')
    pred_b = os.path.join(tmp, 'b.jsonl')
    with open(os.path.join(gdir, 'annotator_a.jsonl'), encoding='utf-8') as f, open(gold_a, 'w') as out:
        for line in f:
            d = json.loads(line)
            if sure_only:
                d['events'] = [e for e in d['events'] if e.get('sure', True)]
            for e in d['events']:
                e.pop('sure', None)
            out.write(json.dumps(d) + '\n')
    with open(os.path.join(gdir, 'annotator_b.jsonl'), encoding='utf-8') as f, open(pred_b, 'w') as out:
        for line in f:
            d = json.loads(line)
            for e in d['events']:
                if sure_only and not e.get('sure', True):
                    continue
                out.write(json.dumps({
                    'doc_id': d['id'], 'event_type': e['event_type'], 'weapon': e['weapon'],
                    'actor': e['actor'], 'target': {'text': '', 'type': e['target_type'] or ''},
                    'location': e['location'], 'date': {'value': e['date'] or '', 'precision': e['date_precision']},
                    'killed': e['killed'], 'injured': e['injured'], 'outcome': e['outcome']}) + '\n')
    r = subprocess.run([salvo, 'eval', '--gold', gold_a, '--texts', news, '--pred', pred_b, '--json', '-'],
                       capture_output=True, text=True)
    if r.returncode not in (0, 3):
        sys.exit(r.stderr)
    j = json.loads(r.stdout)
    print(r.stderr)
    for split in ('dev', 'test', 'all'):
        s = j['splits'][split]
        print(f"{split}: A {s['gold_events']} events, B {s['predicted_events']}, both {s['tp']}: "
              f"P {s['event_precision']:.3f} R {s['event_recall']:.3f} F1 {s['event_f1']:.3f}; "
              f"docs with no event in A that B left empty {s['negative_docs']['correct']}/{s['negative_docs']['total']}")


if __name__ == '__main__':
    main()
