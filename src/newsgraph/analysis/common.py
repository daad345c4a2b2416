"""Shared pieces of the analysis queries: the event day, actor filters, periods."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

# An event's day: its own date when it is a full day, else the article's date.
DAY = "v.day"  # written with the event (store/events.py)

EVENT_COLUMNS = (
    "v.id, v.article_id, v.source, v.start_char, v.end_char, v.sentence, v.event_type, v.mode, v.quad, v.score, "
    "v.actor_id, v.actor_text, v.recipient_id, v.recipient_text, "
    "COALESCE(v.actor_country, ae.country) AS actor_country, COALESCE(v.recipient_country, re.country) AS "
    "recipient_country, ae.name AS actor_name, re.name AS recipient_name, v.date, v.date_text, v.date_precision, "
    "v.location_name, v.location_country, v.lat, v.lon, v.fatalities, v.injuries, v.aux, v.counted, "
    "v.happening_id, v.rule, v.confidence, v.claimed_by_text, v.trigger_text, a.title, a.outlet, "
    "a.date AS article_date, v.day")
EVENT_FROM = ("FROM events v JOIN articles a ON a.id = v.article_id LEFT JOIN entities ae ON ae.id = v.actor_id "
              "LEFT JOIN entities re ON re.id = v.recipient_id")


def party_filter(side: str, value: str | None, params: list[Any]) -> str:
    """SQL for "the actor (or recipient) is X": a country code, an entity id, or a name/alias fragment."""
    if not value:
        return ""
    e = "ae" if side == "actor" else "re"
    if is_code(value):
        params.append(value)
        return f" AND v.{side}_country = ?"  # written with the event, entity's country included
    if value[:1] in "pocg" and len(value) == 16 and value[1:].isalnum():
        params.append(value)
        return f" AND v.{side}_id = ?"
    params += [f"%{value.lower()}%"] * 3
    return f" AND (lower({e}.name) LIKE ? OR lower({e}.aliases) LIKE ? OR lower(v.{side}_text) LIKE ?)"


def is_code(value: str | None) -> bool:
    return bool(value) and len(value) == 3 and value.isalpha() and value.isupper()  # type: ignore[arg-type]


def needs_entities(*parties: str | None) -> bool:
    """Whether a filter names an actor by name or alias (so the entities table must be joined)."""
    return any(p and not is_code(p) and not (p[:1] in "pocg" and len(p) == 16) for p in parties)


LIGHT_FROM = "FROM events v"


def event_filters(params: list[Any], actor: str | None = None, recipient: str | None = None,
                  event_type: str | None = None, since: str | None = None, until: str | None = None,
                  everything: bool = False, quad: str | None = None) -> str:
    sql = "" if everything else " AND v.counted = 1"
    sql += party_filter("actor", actor, params) + party_filter("recipient", recipient, params)
    if event_type:
        sql += " AND v.event_type = ?"
        params.append(event_type.upper())
    if quad:
        sql += " AND v.quad = ?"
        params.append(quad)
    if since:
        sql += f" AND {DAY} >= ?"
        params.append(since)
    if until:
        sql += f" AND {DAY} <= ?"
        params.append(until)
    return sql


def period_of(day: str | None, freq: str) -> str | None:
    """The period a day falls in: the day itself, the Monday of its week, or its month (YYYY-MM)."""
    if not day or len(day) < 10:
        return None
    if freq == "day":
        return day[:10]
    if freq == "month":
        return day[:7]
    d = date.fromisoformat(day[:10])
    return (d - timedelta(days=d.weekday())).isoformat()


def period_end(period: str, freq: str) -> str:
    if freq == "day":
        return period
    if freq == "month":
        y, m = int(period[:4]), int(period[5:7])
        return (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)).isoformat()
    return (date.fromisoformat(period) + timedelta(days=6)).isoformat()


_CACHE: dict[tuple[Any, ...], tuple[tuple[Any, ...], Any]] = {}


def generation(store: Any) -> tuple[Any, ...]:
    """A cheap fingerprint of the store's content: changes whenever articles, quotes or events are written."""
    row = store.db.query("SELECT (SELECT count(*) FROM events) AS e, (SELECT max(day) FROM events) AS d, "
                         "(SELECT count(*) FROM articles) AS a, (SELECT count(*) FROM quotes) AS q, "
                         "(SELECT count(*) FROM entities) AS n")[0]
    return tuple(row.values())


def cached(store: Any, key: tuple[Any, ...], compute: Any) -> Any:
    """``compute()`` once per store state (keyed by the store URL and ``key``); a write invalidates it."""
    full = (store.db.url, getattr(store.db, "schema", None), *key)
    gen = generation(store)
    hit = _CACHE.get(full)
    if hit is not None and hit[0] == gen:
        return hit[1]
    value = compute()
    if len(_CACHE) > 256:
        _CACHE.clear()
    _CACHE[full] = (gen, value)
    return value


def shape_event(row: dict[str, Any]) -> dict[str, Any]:
    import json

    row = dict(row)
    row["aux"] = json.loads(row["aux"]) if isinstance(row.get("aux"), str) else row.get("aux")
    row["counted"] = bool(row.get("counted"))
    row["actor"] = row.pop("actor_name") or row["actor_text"]
    row["recipient"] = row.pop("recipient_name") or row["recipient_text"]
    return row
