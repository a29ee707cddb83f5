#!/usr/bin/env python3
"""Draw the real-news gold sample from ../shared/data/news/news_dev.jsonl (not used by tests).

usage: real_sample.py NEWS_JSONL N_STRIKE N_OTHER SEED [EXCLUDE_TSV...] > sample.tsv

Prints one line per drawn article: id, split, stratum ("strike" = the text uses
strike vocabulary, "other" = war news without it), source key, length.
The draw is stratified: within each stratum, articles are shuffled with SEED
and taken round-robin over the source keys (the id prefix), so every outlet is
represented in proportion up to its share. Articles longer than 12,000
characters (2% of the file, mostly live pages and long reads) are left out so
that an annotator can read each one whole. Within each stratum and source the
drawn articles alternate dev, test in draw order: the split is fixed here,
before any rule is written from the set.
Articles listed (first column) in an EXCLUDE_TSV, an earlier draw's sample.tsv,
are never drawn again: a later batch extends the set with other articles.
"""
import json
import random
import re
import sys
from collections import defaultdict

STRIKE = re.compile(r'\b(missiles?|drones?|shell(?:ing|ed|s)?|air ?strikes?|airstrikes?|rockets?|'
                    r'bomb(?:s|ing|ings|ed)?|artillery|mortars?|IEDs?|grenades?|explosions?)\b', re.I)
MAX_LEN = 12000


def main():
    path, n_strike, n_other, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    drawn = set()
    for tsv in sys.argv[5:]:
        drawn.update(line.split('\t', 1)[0] for line in open(tsv, encoding='utf-8') if line.strip())
    docs = [json.loads(line) for line in open(path, encoding='utf-8')]
    docs = [d for d in docs if d['id'] not in drawn]
    strata = {'strike': defaultdict(list), 'other': defaultdict(list)}
    for d in docs:
        if len(d['text']) > MAX_LEN:
            continue
        s = 'strike' if STRIKE.search(d['title'] + ' ' + d['text']) else 'other'
        strata[s][d['id'].rsplit('-', 1)[0]].append(d)
    rng = random.Random(seed)
    for name, want in (('strike', n_strike), ('other', n_other)):
        pools = strata[name]
        total = sum(len(v) for v in pools.values())
        for key in sorted(pools):
            rng.shuffle(pools[key])
        # proportional quota per source, at least one where the source has any
        quota = {k: max(1, round(want * len(v) / total)) for k, v in pools.items()}
        while sum(quota.values()) > want:
            k = max(quota, key=lambda k: (quota[k], k))
            quota[k] -= 1
        while sum(quota.values()) < want:
            k = max(pools, key=lambda k: (len(pools[k]) - quota[k], k))
            quota[k] += 1
        for key in sorted(pools):
            for i, d in enumerate(pools[key][:quota[key]]):
                split = 'dev' if i % 2 == 0 else 'test'
                print('\t'.join([d['id'], split, name, key, str(len(d['text']))]))


if __name__ == '__main__':
    main()
