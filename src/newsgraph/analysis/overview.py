"""What the corpus holds: articles, outlets, dates, top actors, the event mix, recent events; the events table."""

from __future__ import annotations

from typing import Any

from ..store.store import Store
from .common import cached, EVENT_COLUMNS, EVENT_FROM, LIGHT_FROM, event_filters, needs_entities, shape_event


def overview(store: Store, top: int = 10) -> dict[str, Any]:
    """Cached per store state: the aggregates are recomputed only after the store changes."""
    return cached(store, ("overview", top), lambda: _overview(store, top))


def _overview(store: Store, top: int) -> dict[str, Any]:
    db = store.db
    corpus = db.query("SELECT count(*) AS articles, min(date) AS first, max(date) AS last, "
                      "count(DISTINCT outlet) AS outlets FROM articles WHERE duplicate_of IS NULL")[0]
    corpus["duplicates"] = int(db.scalar("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"))
    corpus["words"] = int(db.scalar("SELECT COALESCE(sum(n_words), 0) FROM articles WHERE duplicate_of IS NULL"))
    for table in ("entities", "quotes"):
        corpus[table] = int(db.scalar(f"SELECT count(*) FROM {table}"))
    corpus["events"] = int(db.scalar("SELECT count(*) FROM events WHERE counted = 1"))
    corpus["flagged_events"] = int(db.scalar("SELECT count(*) FROM events WHERE counted = 0"))
    corpus["happenings"] = int(db.scalar("SELECT count(*) FROM (SELECT DISTINCT happening_id FROM events "
                                         "WHERE counted = 1) h"))
    outlets = db.query("SELECT outlet, count(*) AS articles FROM articles WHERE duplicate_of IS NULL "
                       f"GROUP BY outlet ORDER BY count(*) DESC, outlet LIMIT {int(top)}")
    actors = db.query(
        "SELECT actor_country AS country, count(*) AS events, "
        "sum(CASE WHEN quad LIKE '%cooperation' THEN 1 ELSE 0 END) AS cooperation, "
        "sum(CASE WHEN quad LIKE '%conflict' THEN 1 ELSE 0 END) AS conflict "
        "FROM events WHERE counted = 1 AND actor_country IS NOT NULL GROUP BY actor_country "
        f"ORDER BY count(*) DESC LIMIT {int(top)}")
    people = db.query(
        "SELECT e.id, e.name, e.country, e.sector, c.events FROM (SELECT actor_id, count(*) AS events FROM events "
        "WHERE counted = 1 AND actor_id LIKE 'p%' GROUP BY actor_id ORDER BY count(*) DESC "
        f"LIMIT {int(top)}) c JOIN entities e ON e.id = c.actor_id ORDER BY c.events DESC, e.name")
    mix = db.query("SELECT event_type, quad, count(*) AS events, avg(score) AS mean_score FROM events "
                   "WHERE counted = 1 GROUP BY event_type, quad ORDER BY count(*) DESC")
    recent = events_table(store, limit=top)["rows"]
    return {"corpus": corpus, "outlets": outlets, "top_actors": actors, "top_people": people,
            "event_mix": mix, "recent_events": recent}


def events_table(store: Store, actor: str | None = None, recipient: str | None = None,
                 event_type: str | None = None, since: str | None = None, until: str | None = None,
                 everything: bool = False, quad: str | None = None, limit: int = 50,
                 offset: int = 0) -> dict[str, Any]:
    """One page of event mentions, newest first, with the total for pagination."""
    params: list[Any] = []
    where = event_filters(params, actor, recipient, event_type, since, until, everything, quad)
    source = EVENT_FROM if needs_entities(actor, recipient) else LIGHT_FROM
    total = int(store.db.scalar(f"SELECT count(*) {source} WHERE 1 = 1{where}", params))
    # The page of ids first, from the events table and its (counted, day) index; then their columns.
    ids = [r["id"] for r in store.db.query(
        f"SELECT v.id {source} WHERE 1 = 1{where} ORDER BY v.day DESC, v.article_id, v.start_char "
        f"LIMIT {int(limit)} OFFSET {int(offset)}", params)]
    if not ids:
        return {"total": total, "limit": limit, "offset": offset, "rows": []}
    rows = store.db.query(
        f"SELECT {EVENT_COLUMNS} {EVENT_FROM} WHERE v.id IN ({', '.join('?' for _ in ids)}) "
        "ORDER BY v.day DESC, v.article_id, v.start_char", ids)
    return {"total": total, "limit": limit, "offset": offset, "rows": [shape_event(r) for r in rows]}
