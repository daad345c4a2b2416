"""Actor profiles, top speakers and quotation search (full text: FTS5 on SQLite, text search on PostgreSQL)."""

from __future__ import annotations

import json
import re
from typing import Any

from ..store.store import Store
from .common import EVENT_COLUMNS, EVENT_FROM, shape_event


def actor_profile(store: Store, entity_id: str, limit: int = 50) -> dict[str, Any] | None:
    """An entity with its roles over time, quotations, events as actor and as recipient, and counterparts."""
    rows = store.db.query("SELECT * FROM entities WHERE id = ?", (entity_id,))
    if not rows:
        return None
    e = rows[0]
    for key in ("aliases", "roles"):
        e[key] = json.loads(e[key]) if isinstance(e[key], str) else e[key]
    e["roles"] = sorted(e["roles"], key=lambda r: r.get("date") or "")
    quotes = store.db.query(
        "SELECT q.id, q.article_id, q.source, q.start_char, q.end_char, q.text, q.kind, q.cue, a.title, a.date, "
        "a.outlet FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_id = ? "
        f"ORDER BY a.date DESC, q.start_char LIMIT {int(limit)}", (entity_id,))
    out: dict[str, Any] = {"entity": e, "quotes": quotes}
    for side in ("actor", "recipient"):
        out[f"as_{side}"] = [shape_event(r) for r in store.db.query(
            f"SELECT {EVENT_COLUMNS} {EVENT_FROM} WHERE v.{side}_id = ? AND v.counted = 1 "
            f"ORDER BY v.day DESC, v.article_id, v.start_char LIMIT {int(limit)}", (entity_id,))]
    counterparts: dict[str, dict[str, Any]] = {}
    for ev in out["as_actor"] + out["as_recipient"]:
        other = ev["recipient"] if ev["actor_id"] == entity_id else ev["actor"]
        code = ev["recipient_country"] if ev["actor_id"] == entity_id else ev["actor_country"]
        if not other:
            continue
        c = counterparts.setdefault(other, {"name": other, "country": code, "events": 0})
        c["events"] += 1
    out["counterparts"] = sorted(counterparts.values(), key=lambda c: -c["events"])[:20]
    return out


def top_speakers(store: Store, query: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
    """Who is quoted most, overall or on a topic (quotations matching ``query``)."""
    params: list[Any] = []
    where = _text_filter(store, query, params)
    return store.db.query(
        "SELECT e.id, e.name, e.country, e.sector, c.quotes FROM (SELECT q.speaker_id, count(*) AS quotes "
        f"FROM quotes q WHERE q.speaker_id IS NOT NULL{where} GROUP BY q.speaker_id ORDER BY count(*) DESC "
        f"LIMIT {int(limit)}) c JOIN entities e ON e.id = c.speaker_id ORDER BY c.quotes DESC, e.name", params)


def _text_filter(store: Store, query: str | None, params: list[Any]) -> str:
    if not query or not _fts_query(query):
        return ""
    if store.db.dialect == "sqlite":
        params.append(_fts_query(query))
        return " AND q.id IN (SELECT quote_id FROM quotes_fts WHERE quotes_fts MATCH ?)"
    params.append(query)
    return " AND to_tsvector('english', q.text) @@ plainto_tsquery('english', ?)"


def _fts_query(text: str) -> str:
    words = re.findall(r"\w+", text)
    return " ".join(f'"{w}"' for w in words)


def search_quotes(store: Store, query: str | None = None, speaker: str | None = None, kind: str | None = None,
                  limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """Quotations matching all words of ``query`` (full text), by a speaker (name or alias), newest first."""
    db = store.db
    params: list[Any] = []
    where = _text_filter(store, query, params)
    if speaker:
        where += " AND (lower(e.name) LIKE ? OR lower(e.aliases) LIKE ? OR lower(q.speaker_text) LIKE ?)"
        params += [f"%{speaker.lower()}%"] * 3
    if kind:
        where += " AND q.kind = ?"
        params.append(kind)
    base = "FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker_id"
    count_from = base if speaker else "FROM quotes q"
    total = int(db.scalar(f"SELECT count(*) {count_from} WHERE 1 = 1{where}", params))
    rows = db.query(
        f"SELECT q.id, q.article_id, q.source, q.start_char, q.end_char, q.text, q.kind, q.cue, q.speaker_id, "
        f"COALESCE(e.name, q.speaker_text) AS speaker, a.title, a.date, a.outlet {base} WHERE 1 = 1{where} "
        f"ORDER BY a.date DESC, q.article_id, q.start_char LIMIT {int(limit)} OFFSET {int(offset)}", params)
    return {"total": total, "limit": limit, "offset": offset, "rows": rows}
