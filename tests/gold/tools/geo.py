#!/usr/bin/env python3
"""Annotation helper: look up a place in GeoNames files (not used by tests).

usage: geo.py GEONAMES_DIR CC NAME [ADMIN1_CODE]
Prints candidates (id, name, admin1 code, lat, lon, population, feature code),
most populous first, matching NAME against name, asciiname and alternatenames.
"""
import os
import sys


def candidates(gdir, cc, name, a1=None):
    files = [os.path.join(gdir, 'by-country', cc + '.txt')]
    if not os.path.exists(files[0]):
        files = [os.path.join(gdir, 'cities500.txt')]
    key = name.lower()
    seen = set()
    out = []
    for f in files:
        with open(f, encoding='utf-8') as fh:
            for line in fh:
                c = line.rstrip('\n').split('\t')
                if len(c) < 15 or c[8] != cc:
                    continue
                names = [c[1].lower(), c[2].lower()] + [x.lower() for x in c[3].split(',') if x]
                if key not in names or c[0] in seen:
                    continue
                if a1 and c[10] != a1:
                    continue
                seen.add(c[0])
                out.append((int(c[14] or 0), c[0], c[1], c[10], float(c[4]), float(c[5]), c[7]))
    out.sort(key=lambda x: (-x[0], x[1]))
    return out


if __name__ == '__main__':
    for row in candidates(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else None)[:6]:
        print(row)
