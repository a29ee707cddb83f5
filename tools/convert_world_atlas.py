#!/usr/bin/python3
"""Converts Natural Earth country outlines from the npm package world-atlas (TopoJSON) into the
compact file the HTML report inlines: data/report/world-50m.json. Run by hand when the outlines
are to change, not by the build or CI; the converted file is committed.

  mkdir /tmp/wa && cd /tmp/wa && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
  /usr/bin/python3 tools/convert_world_atlas.py /tmp/wa/package/countries-50m.json \
      -o data/report/world-50m.json

Output (JSON, one line): {"source": ..., "step": S, "arcs": [[x0, y0, dx1, dy1, ...], ...],
"land": [[arc, ...], ...]}. Every arc is a border or coastline drawn once; coordinates are
integers in units of S degrees (longitude = x * S - 180, latitude = y * S - 90), the first point
absolute and the rest as differences, consecutive repeats dropped. "land" lists the rings of the
land polygons as arc indices (~i = arc i reversed), for filling.
"""

import argparse
import json

STEP = 0.02  # degrees (about 2 km): about the accuracy of the 1:50m outlines


def decode_arc(arc, transform):
    """Absolute lon/lat points of one quantized, delta-encoded TopoJSON arc."""
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    x = y = 0
    out = []
    for dx, dy in arc:
        x += dx
        y += dy
        out.append((x * sx + tx, y * sy + ty))
    return out


def requantize(points):
    """The arc on the STEP grid, delta-encoded, repeats dropped (an arc keeps at least 2 points)."""
    grid = []
    for lon, lat in points:
        p = (round((lon + 180) / STEP), round((lat + 90) / STEP))
        if not grid or p != grid[-1]:
            grid.append(p)
    if len(grid) == 1:
        grid.append(grid[0])
    flat = [grid[0][0], grid[0][1]]
    for (x0, y0), (x1, y1) in zip(grid, grid[1:]):
        flat += [x1 - x0, y1 - y0]
    return flat


def land_rings(topology):
    rings = []
    for g in topology["objects"]["land"]["geometries"]:
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        for poly in polys:
            rings.extend(poly)
    return rings


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("topojson")
    ap.add_argument("-o", "--output", required=True)
    a = ap.parse_args()
    with open(a.topojson, encoding="utf-8") as f:
        topo = json.load(f)
    arcs = [requantize(decode_arc(arc, topo["transform"])) for arc in topo["arcs"]]
    out = {
        "source": "Natural Earth 1:50m Admin 0 countries (public domain), via world-atlas 2.0.2 (ISC)",
        "step": STEP,
        "arcs": arcs,
        "land": land_rings(topo),
    }
    with open(a.output, "w", encoding="utf-8") as f:
        json.dump(out, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
