"""Events in the store: one row per event mention, grouped into happenings; the ``newsgraph events`` query.

Identity: mentions of one happening share ``happening_id``, a hash of the event type, the actor, the recipient
(as a set for types coded both ways, such as meetings), the date, the town for physical events and the
auxiliary flags. The actor and recipient are their country code when known, else their canonical entity, else
their folded words. The
date is the event's own resolved date, else the article's date: two outlets reporting "a Russian missile struck
Sumy" on the same day give one happening with two mentions, each pointing at its own words. A flagged
mention (negated, future, ...) never joins a counted one.
"""

from __future__ import annotations

import hashlib
from typing import Any

from .store import Store

SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}

COLUMNS = ("id", "article_id", "source", "start_char", "end_char", "sentence", "event_type", "mode", "contexts",
           "actor_id", "actor_text", "recipient_id", "recipient_text", "date", "date_text", "date_precision",
           "location_name", "location_country", "lat", "lon", "aux", "fatalities", "injuries", "confidence",
           "rule", "coder_version", "happening_id", "actor_country", "actor_sector", "recipient_country",
           "recipient_sector", "trigger_text", "spans", "claimed_by_id", "claimed_by_text", "quad", "score",
           "counted", "place_id", "location_precision", "day")


def party_key(entity_id: str | None, country: str | None, text: str | None) -> str:
    """Who, for grouping: the country when known (outlets name the same side differently: "Russia", "a
    Russian missile", "Moscow"), else the canonical entity, else the folded words."""
    if country:
        return "c" + country
    if entity_id:
        return entity_id
    return "t:" + " ".join((text or "").casefold().split())


def happening_id(event_type: str, actor: str, recipient: str, date: str | None, aux: list[str],
                 place: str | None = None) -> str:
    a, r = (sorted((actor, recipient)) if event_type in SYMMETRIC else (actor, recipient))
    key = "|".join([event_type, a, r, date or "", ",".join(sorted(aux)), place or ""])
    return "h" + hashlib.sha256(key.encode()).hexdigest()[:15]


def write_events(store: Store, article: dict[str, Any], rows: list[dict[str, Any]]) -> None:
    store.db.execute("DELETE FROM events WHERE article_id = ?", (article["id"],))
    if not rows:
        return
    sql = f"INSERT INTO events ({', '.join(COLUMNS)}) VALUES ({', '.join('?' for _ in COLUMNS)})"
    store.db.executemany(sql, [tuple(row.get(c) for c in COLUMNS) for row in rows])
