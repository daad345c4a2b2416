"""The actor network: who acts on whom, edges weighted by counted events, filtered by type and period.

Nodes are countries (or IGO/UNO/EUR) by default; with ``level="entity"`` they are canonical entities (people,
organisations), which shows who in a government does what.
"""

from __future__ import annotations

from typing import Any

from ..store.store import Store
from .common import EVENT_FROM, LIGHT_FROM, cached, event_filters


def network(store: Store, event_type: str | None = None, since: str | None = None, until: str | None = None,
            level: str = "country", min_weight: int = 1, limit: int = 200) -> dict[str, Any]:
    key = ("network", event_type, since, until, level, min_weight, limit)
    return cached(store, key, lambda: _network(store, event_type, since, until, level, min_weight, limit))


def _network(store: Store, event_type: str | None, since: str | None, until: str | None, level: str,
             min_weight: int, limit: int) -> dict[str, Any]:
    params: list[Any] = []
    where = event_filters(params, None, None, event_type, since, until)
    if level == "entity":
        a, b = "v.actor_id", "v.recipient_id"
        names = "ae.name AS a_name, re.name AS b_name"
    else:
        a, b = "v.actor_country", "v.recipient_country"
        names = "NULL AS a_name, NULL AS b_name"
    source = EVENT_FROM if level == "entity" else LIGHT_FROM
    rows = store.db.query(
        f"SELECT {a} AS a, {b} AS b, {names}, count(*) AS weight, avg(v.score) AS score {source} "
        f"WHERE {a} IS NOT NULL AND {b} IS NOT NULL AND {a} <> {b}{where} GROUP BY {a}, {b}"
        + (", ae.name, re.name" if level == "entity" else "")
        + f" HAVING count(*) >= {int(min_weight)} ORDER BY count(*) DESC LIMIT {int(limit)}", params)
    nodes: dict[str, dict[str, Any]] = {}
    edges = []
    for r in rows:
        for key, name in ((r["a"], r["a_name"]), (r["b"], r["b_name"])):
            node = nodes.setdefault(key, {"id": key, "name": name or key, "events": 0})
            node["events"] += int(r["weight"])
        edges.append({"source": r["a"], "target": r["b"], "weight": int(r["weight"]),
                      "score": round(float(r["score"] or 0), 2)})
    return {"nodes": sorted(nodes.values(), key=lambda n: -n["events"]), "edges": edges}
