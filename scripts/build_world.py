"""Build src/newsgraph/web/static/world-110m.json (country outlines as SVG paths) from world-atlas.

Run once at build time, not at run time:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/build_world.py package/countries-110m.json

world-atlas (ISC licence, Mike Bostock) packages Natural Earth 1:110m countries (public domain). The output is
an equirectangular projection on a 360 x 180 box (x = longitude + 180, y = 90 - latitude), rounded to 0.1.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "web" / "static" / "world-110m.json"


def decode(topo: dict) -> list[list[tuple[float, float]]]:
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def ring(arcs: list, indexes: list[int]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for i in indexes:
        pts = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        out.extend(pts if not out else pts[1:])
    return out


def path(rings: list[list[tuple[float, float]]]) -> str:
    parts = []
    for r in rings:
        coords = [(round(lon + 180, 1), round(90 - lat, 1)) for lon, lat in r]
        if len(coords) < 3:
            continue
        # A ring crossing the antimeridian (Fiji, Russia's far east, Antarctica) would draw a line across the
        # map: start a new subpath where longitude jumps.
        d = f"M{coords[0][0]:g},{coords[0][1]:g}"
        for (px, _), (x, y) in zip(coords, coords[1:]):
            d += f"{'M' if abs(x - px) > 180 else 'L'}{x:g},{y:g}"
        parts.append(d + "Z")
    return "".join(parts)


def main(src: str) -> None:
    topo = json.loads(Path(src).read_text())
    arcs = decode(topo)
    out = {}
    for geo in topo["objects"]["countries"]["geometries"]:
        polys = geo.get("arcs", [])
        if geo["type"] == "Polygon":
            polys = [polys]
        rings = [ring(arcs, r) for poly in polys for r in poly]
        out[geo.get("id") or geo["properties"]["name"]] = {"name": geo["properties"]["name"], "d": path(rings)}
    OUT.write_text(json.dumps({"source": "world-atlas 2.0.2 countries-110m (ISC), Natural Earth (public domain)",
                               "box": [360, 180], "countries": out}, separators=(",", ":")))
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes, {len(out)} countries)")


if __name__ == "__main__":
    main(sys.argv[1])
