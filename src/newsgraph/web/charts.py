"""Charts drawn as SVG on the server: no script library, nothing fetched at run time.

- :func:`line_chart`: a score series with one circle per period; each circle links to the events under it.
- :func:`world_map`: country outlines (Natural Earth 1:110m via world-atlas, shipped in ``static/``) in an
  equirectangular projection, with a marker per located happening.
- :func:`network_svg`: actors on a circle, edges thick by events and coloured by mean score.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from html import escape
from importlib import resources
from typing import Any


def _score_colour(score: float) -> str:
    """Red for conflict, blue for cooperation, grey near zero."""
    s = max(-10.0, min(10.0, score)) / 10
    if s < 0:
        return f"rgb({200},{int(200 * (1 + s))},{int(200 * (1 + s))})"
    return f"rgb({int(200 * (1 - s))},{int(200 * (1 - s))},{200})"


def line_chart(series: dict[str, list[dict[str, Any]]], link: Any, width: int = 760, height: int = 260,
               value: str = "score_sum") -> str:
    """Several named series of points {period, <value>, events}; ``link(name, point)`` gives each point's URL."""
    pts = [p for ps in series.values() for p in ps]
    if not pts:
        return '<p class="empty">No events in this period.</p>'
    periods = sorted({p["period"] for p in pts})
    lo = min(0.0, min(float(p[value]) for p in pts))
    hi = max(0.0, max(float(p[value]) for p in pts))
    if hi == lo:
        hi, lo = hi + 1, lo - 1
    pad = 40
    x_of = {per: pad + (width - 2 * pad) * (i / max(len(periods) - 1, 1)) for i, per in enumerate(periods)}

    def y(v: float) -> float:
        return pad / 2 + (height - pad) * (hi - v) / (hi - lo)

    out = [f'<svg class="chart" viewBox="0 0 {width} {height}" width="100%" role="img" '
           f'aria-label="score series">',
           f'<line x1="{pad}" x2="{width - pad}" y1="{y(0):.1f}" y2="{y(0):.1f}" class="axis"/>',
           f'<text x="4" y="{y(hi) + 4:.1f}" class="tick">{hi:g}</text>',
           f'<text x="4" y="{y(lo) + 4:.1f}" class="tick">{lo:g}</text>']
    for k, per in enumerate(periods):
        if len(periods) <= 12 or k % max(1, len(periods) // 12) == 0:
            out.append(f'<text x="{x_of[per]:.1f}" y="{height - 4}" class="tick" text-anchor="middle">'
                       f'{escape(per)}</text>')
    for n, (name, ps) in enumerate(series.items()):
        ps = sorted(ps, key=lambda p: p["period"])
        cls = f"s{n}"
        if len(ps) > 1:
            d = " ".join(f"{'M' if i == 0 else 'L'}{x_of[p['period']]:.1f},{y(float(p[value])):.1f}"
                         for i, p in enumerate(ps))
            out.append(f'<path d="{d}" class="line {cls}"/>')
        for p in ps:
            out.append(f'<a href="{escape(link(name, p))}" class="point"><circle cx="{x_of[p["period"]]:.1f}" '
                       f'cy="{y(float(p[value])):.1f}" r="{3 + min(6, math.sqrt(p["events"]))}" class="{cls}">'
                       f'<title>{escape(name)} {escape(p["period"])}: {p["events"]} events, score '
                       f'{float(p[value]):g}</title></circle></a>')
    legend = "".join(f'<tspan class="s{n}" dx="12">● {escape(name)}</tspan>' for n, name in enumerate(series))
    out.append(f'<text x="{pad}" y="12" class="legend">{legend}</text></svg>')
    return "".join(out)


@lru_cache(maxsize=1)
def _world() -> dict[str, Any]:
    return json.loads(resources.files("newsgraph.web").joinpath("static/world-110m.json").read_text("utf-8"))


def world_map(points: list[dict[str, Any]], link: Any) -> str:
    """Markers at lat/lon over the country outlines; ``link(point)`` gives each marker's URL."""
    world = _world()
    out = ['<svg class="map" viewBox="0 0 360 180" width="100%" role="img" aria-label="map of events">',
           '<rect width="360" height="180" class="sea"/>']
    for cid, c in world["countries"].items():
        out.append(f'<path d="{c["d"]}" class="land"><title>{escape(c["name"])}</title></path>')
    for p in points:
        x, y = float(p["lon"]) + 180, 90 - float(p["lat"])
        r = 0.8 + min(3.0, math.sqrt(p.get("events", 1)) * 0.6)
        out.append(f'<a href="{escape(link(p))}" class="marker"><circle cx="{x:.2f}" cy="{y:.2f}" r="{r:.2f}" '
                   f'fill="{_score_colour(float(p.get("score") or 0))}"><title>{escape(p.get("label", ""))}'
                   f'</title></circle></a>')
    out.append("</svg>")
    return "".join(out)


def network_svg(net: dict[str, Any], link: Any, size: int = 640) -> str:
    nodes = net["nodes"][:40]
    if not nodes:
        return '<p class="empty">No events between coded actors in this period.</p>'
    keep = {n["id"] for n in nodes}
    c, r = size / 2, size / 2 - 70
    pos = {n["id"]: (c + r * math.cos(2 * math.pi * i / len(nodes)), c + r * math.sin(2 * math.pi * i / len(nodes)))
           for i, n in enumerate(nodes)}
    most = max((e["weight"] for e in net["edges"]), default=1)
    out = [f'<svg class="network" viewBox="0 0 {size} {size}" width="100%" role="img" aria-label="actor network">',
           '<defs><marker id="arrow" viewBox="0 0 10 10" refX="18" refY="5" markerWidth="6" markerHeight="6" '
           'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" class="arrowhead"/></marker></defs>']
    for e in net["edges"]:
        if e["source"] not in keep or e["target"] not in keep:
            continue
        (x1, y1), (x2, y2) = pos[e["source"]], pos[e["target"]]
        w = 0.8 + 5 * e["weight"] / most
        out.append(f'<a href="{escape(link(e))}"><line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                   f'stroke="{_score_colour(e["score"])}" stroke-width="{w:.1f}" marker-end="url(#arrow)" '
                   f'class="edge"><title>{escape(e["source"])} → {escape(e["target"])}: {e["weight"]} events, mean '
                   f'score {e["score"]}</title></line></a>')
    for n in nodes:
        x, y = pos[n["id"]]
        out.append(f'<g class="node"><circle cx="{x:.1f}" cy="{y:.1f}" r="{4 + min(10, math.sqrt(n["events"]))}"/>'
                   f'<text x="{x:.1f}" y="{y - 12:.1f}" text-anchor="middle">{escape(n["name"])}</text></g>')
    out.append("</svg>")
    return "".join(out)
