"""Event counts and PLOVER-score series per actor or dyad, by day, week or month.

Each point carries the count of counted events, the sum and mean of their -10..+10 scores, the count per quad
class, and the ids of the events under it, so a chart point leads back to the sentences.
"""

from __future__ import annotations

from typing import Any

from ..ontology.plover import QUADS
from ..store.store import Store
from .common import DAY, EVENT_FROM, LIGHT_FROM, event_filters, needs_entities, period_end, period_of

FREQS = ("day", "week", "month")


def series(store: Store, actor: str | None = None, recipient: str | None = None, freq: str = "week",
           event_type: str | None = None, since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
    if freq not in FREQS:
        raise ValueError(f"freq must be one of {', '.join(FREQS)}")
    params: list[Any] = []
    where = event_filters(params, actor, recipient, event_type, since, until)
    source = EVENT_FROM if needs_entities(actor, recipient) else LIGHT_FROM
    rows = store.db.query(f"SELECT v.id, v.quad, v.score, {DAY} AS day {source} WHERE 1 = 1{where}", params)
    points: dict[str, dict[str, Any]] = {}
    for r in rows:
        period = period_of(r["day"], freq)
        if period is None:
            continue
        p = points.setdefault(period, {"period": period, "end": period_end(period, freq), "events": 0,
                                       "score_sum": 0.0, **{q: 0 for q in QUADS}, "event_ids": []})
        p["events"] += 1
        p["score_sum"] += float(r["score"] or 0)
        if r["quad"] in QUADS:
            p[r["quad"]] += 1
        p["event_ids"].append(r["id"])
    out = _filled(points, freq)
    for p in out:
        p["score_mean"] = round(p["score_sum"] / p["events"], 3) if p["events"] else None
        p["score_sum"] = round(p["score_sum"], 2)
    return out


def _filled(points: dict[str, dict[str, Any]], freq: str) -> list[dict[str, Any]]:
    """Every period from the first to the last, empty ones included (a quiet week is a zero, not a gap)."""
    if not points:
        return []
    periods = sorted(points)
    cur, last = periods[0], periods[-1]
    out = []
    while cur <= last:
        out.append(points.get(cur) or {"period": cur, "end": period_end(cur, freq), "events": 0, "score_sum": 0.0,
                                       **{q: 0 for q in QUADS}, "event_ids": []})
        nxt = period_of(_next_day(period_end(cur, freq)), freq)
        if nxt is None or nxt <= cur:
            break
        cur = nxt
    return out


def _next_day(day: str) -> str:
    from datetime import date, timedelta

    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()


def dyad(store: Store, a: str, b: str, freq: str = "week", event_type: str | None = None,
         since: str | None = None, until: str | None = None) -> dict[str, Any]:
    """A→B, B→A and both directions together, on the same periods."""
    ab = series(store, a, b, freq, event_type, since, until)
    ba = series(store, b, a, freq, event_type, since, until)
    both: dict[str, dict[str, Any]] = {}
    for p in ab + ba:
        q = both.setdefault(p["period"], {"period": p["period"], "end": p["end"], "events": 0, "score_sum": 0.0,
                                          **{k: 0 for k in QUADS}, "event_ids": []})
        q["events"] += p["events"]
        q["score_sum"] += p["score_sum"]
        for k in QUADS:
            q[k] += p[k]
        q["event_ids"] += p["event_ids"]
    merged = _filled(both, freq)
    for p in merged:
        p["score_mean"] = round(p["score_sum"] / p["events"], 3) if p["events"] else None
        p["score_sum"] = round(p["score_sum"], 2)
    return {"a": a, "b": b, "freq": freq, "a_to_b": ab, "b_to_a": ba, "both": merged}
