"""Happenings: event mentions grouped by ``happening_id`` (see ``store/events.py``), newest first, each with the
sentences that report it. Used by ``newsgraph events``."""

from __future__ import annotations

import json
from typing import Any

from ..store.store import Store
from .common import EVENT_FROM, event_filters


def find_events(store: Store, actor: str | None = None, recipient: str | None = None,
                event_type: str | None = None, since: str | None = None, until: str | None = None,
                everything: bool = False, limit: int = 50) -> list[dict[str, Any]]:
    """Happenings (newest first) with their mentions, filtered by actor/recipient (name, alias or country code),
    PLOVER type and date; flagged events (negated, future, ...) only with ``everything``."""
    params: list[Any] = []
    code = lambda v: v.upper() if v and len(v) == 3 and v.isalpha() else v  # noqa: E731  ("rus" is RUS)
    where = event_filters(params, code(actor), code(recipient), event_type, since, until, everything)
    rows = store.db.query(
        "SELECT v.*, ae.name AS actor_name, re.name AS recipient_name, a.title, a.outlet, a.date AS article_date "
        f"{EVENT_FROM} WHERE 1 = 1{where} ORDER BY v.day DESC, v.happening_id, a.date, v.start_char", params)
    happenings: dict[str, dict[str, Any]] = {}
    for row in rows:
        h = happenings.get(row["happening_id"])
        if h is None:
            if len(happenings) >= limit:
                continue
            h = happenings[row["happening_id"]] = {
                "happening_id": row["happening_id"], "event_type": row["event_type"], "mode": row["mode"],
                "actor": row["actor_name"] or row["actor_text"], "actor_country": row["actor_country"],
                "recipient": row["recipient_name"] or row["recipient_text"],
                "recipient_country": row["recipient_country"], "date": row["date"] or row["article_date"],
                "date_text": row["date_text"], "date_precision": row["date_precision"] or
                ("reported" if row["article_date"] else None), "place": row["location_name"],
                "fatalities": row["fatalities"], "injuries": row["injuries"], "aux": json.loads(row["aux"]),
                "score": row["score"], "mentions": []}
        for key in ("fatalities", "injuries"):
            if row[key] is not None and (h[key] is None or row[key] > h[key]):
                h[key] = row[key]  # the highest stated toll among the reports
        h["place"] = h["place"] or row["location_name"]
        h["mentions"].append({"id": row["id"], "article_id": row["article_id"], "source": row["source"],
                              "start": row["start_char"], "end": row["end_char"], "sentence": row["sentence"],
                              "outlet": row["outlet"], "title": row["title"], "rule": row["rule"],
                              "claimed_by": row["claimed_by_text"]})
    return list(happenings.values())
