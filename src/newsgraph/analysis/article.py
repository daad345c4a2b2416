"""One article with everything found in it, as highlight spans over its text.

Stored offsets point into the source file; the article's segment map turns them back into offsets in the
article text. ``runs`` cuts the text at every span boundary, so a page can wrap each run in the classes of the
spans that cover it (entities, quotations, event sentences and triggers) without overlapping tags.
"""

from __future__ import annotations

import json
from typing import Any

from ..store.store import Store


def _to_text(segments: list[list[int]]) -> Any:
    inverse = sorted((s, a, n) for a, s, n in segments)

    def convert(offset: int | None) -> int | None:
        if offset is None:
            return None
        for s, a, n in inverse:
            if s <= offset <= s + n:
                return a + offset - s
        return None
    return convert


def article_view(store: Store, article_id: str) -> dict[str, Any] | None:
    rows = store.db.query("SELECT id, source, start_char, end_char, outlet, title, dek, date, credits, url, text, "
                          "segments, duplicate_of, n_words FROM articles WHERE id = ?", (article_id,))
    if not rows:
        return None
    art = rows[0]
    text = art.pop("text")
    convert = _to_text(json.loads(art.pop("segments")))
    art["credits"] = json.loads(art["credits"]) if isinstance(art["credits"], str) else art["credits"]
    spans: list[dict[str, Any]] = []

    def add(kind: str, sid: str, start: int | None, end: int | None, **extra: Any) -> None:
        s, e = convert(start), convert(end)
        if s is not None and e is not None and e > s:
            spans.append({"kind": kind, "id": sid, "start": s, "end": e, **extra})

    for m in store.db.query("SELECT m.id, m.start_char, m.end_char, m.type, m.entity_id, e.name FROM mentions m "
                            "LEFT JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ?", (article_id,)):
        add("mention", m["id"], m["start_char"], m["end_char"], type=m["type"], entity_id=m["entity_id"],
            label=m["name"])
    for q in store.db.query("SELECT q.id, q.start_char, q.end_char, q.kind, COALESCE(e.name, q.speaker_text) AS "
                            "speaker FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_id "
                            "WHERE q.article_id = ?", (article_id,)):
        add("quote", q["id"], q["start_char"], q["end_char"], label=f"{q['kind']} quotation: {q['speaker'] or '?'}")
    events = store.db.query("SELECT id, start_char, end_char, event_type, mode, actor_text, recipient_text, "
                            "date, aux, counted, spans, rule FROM events WHERE article_id = ? ORDER BY start_char",
                            (article_id,))
    for ev in events:
        label = (f"{ev['event_type']}{'/' + ev['mode'] if ev['mode'] else ''}: {ev['actor_text'] or '?'} → "
                 f"{ev['recipient_text'] or '-'}" + ("" if ev["counted"] else f" {ev['aux']}"))
        add("event", ev["id"], ev["start_char"], ev["end_char"], label=label, counted=bool(ev["counted"]))
        trig = json.loads(ev["spans"] or "{}").get("trigger")
        if trig:
            add("trigger", ev["id"], trig[0], trig[1], label=label)
        ev["aux"] = json.loads(ev["aux"])
        ev.pop("spans")
    return {"article": art, "text": text, "spans": spans, "events": events, "runs": runs(text, spans)}


def runs(text: str, spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The text cut at every span boundary; each run lists the spans covering it (by index into ``spans``)."""
    cuts = sorted({0, len(text), *(s["start"] for s in spans), *(s["end"] for s in spans)})
    out = []
    for lo, hi in zip(cuts, cuts[1:]):
        covering = [i for i, s in enumerate(spans) if s["start"] <= lo and hi <= s["end"]]
        out.append({"start": lo, "end": hi, "text": text[lo:hi], "spans": covering})
    return out
