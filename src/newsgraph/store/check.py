"""Verify a store: provenance (bodies are source slices, mention and quote offsets point at their words),
references between tables, and the database's own integrity check."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .store import Store


@dataclass(frozen=True)
class Finding:
    table: str
    id: str
    problem: str


REFERENCES = [
    ("articles", "log_id", "ingest_log"), ("articles", "duplicate_of", "articles"),
    ("mentions", "article_id", "articles"), ("mentions", "entity_id", "entities"),
    ("quotes", "article_id", "articles"), ("quotes", "speaker_id", "entities"),
    ("events", "article_id", "articles"), ("events", "actor_id", "entities"),
    ("events", "recipient_id", "entities"), ("events", "claimed_by_id", "entities"),
    ("article_bands", "article_id", "articles"),
]


def check(store: Store) -> Iterator[Finding]:
    db = store.db
    if db.dialect == "sqlite":
        result = db.scalar("PRAGMA integrity_check")
        if result != "ok":
            yield Finding("database", "-", f"integrity check: {result}")
    for table, column, target in REFERENCES:
        rows = db.query(f"SELECT t.{'id' if table != 'article_bands' else 'article_id'} AS id FROM {table} t "
                        f"LEFT JOIN {target} r ON r.id = t.{column} WHERE t.{column} IS NOT NULL AND r.id IS NULL")
        for row in rows:
            yield Finding(table, row["id"], f"{column} points at a missing {target} row")
    sources: dict[str, str | None] = {}
    for art in db.stream("SELECT a.id, a.source, a.start_char, a.end_char, a.segments, a.text, l.encoding, "
                         "l.format FROM articles a JOIN ingest_log l ON l.id = a.log_id"):
        yield from _article(store, art, sources)


def _source_text(art: dict[str, Any], cache: dict[str, str | None]) -> str | None:
    """The source text of a plain-text input, re-read from disk; None when it is derived or gone."""
    path = art["source"]
    if art["format"] != "text" or "#" in path or not os.path.isfile(path):
        return None
    if path not in cache:
        try:
            with open(path, encoding=art["encoding"] or "utf-8", newline="") as f:
                cache.clear()  # one source at a time: articles stream in source order
                cache[path] = f.read()
        except (OSError, UnicodeDecodeError):
            cache[path] = None
    return cache[path]


def _article(store: Store, art: dict[str, Any], cache: dict[str, str | None]) -> Iterator[Finding]:
    segments = json.loads(art["segments"])
    text = art["text"]
    if sum(n for _, _, n in segments) != len(text):
        yield Finding("articles", art["id"], "segments do not cover the body")
    for a_off, s_off, n in segments:
        if not (art["start_char"] <= s_off and s_off + n <= art["end_char"]):
            yield Finding("articles", art["id"], f"segment {s_off}+{n} outside the article's offsets")
    source = _source_text(art, cache)
    if source is not None and "".join(source[s:s + n] for _, s, n in segments) != text:
        yield Finding("articles", art["id"], "body differs from its source slices (source changed on disk?)")
    inverse = [(s, a, n) for a, s, n in segments]

    def to_text(offset: int) -> int | None:
        for s, a, n in inverse:
            if s <= offset <= s + n:
                return a + offset - s
        return None

    for table, column in (("mentions", "text"), ("quotes", "text")):
        for row in store.db.query(f"SELECT id, start_char, end_char, {column} AS words FROM {table} "
                                  "WHERE article_id = ?", (art["id"],)):
            s, e = to_text(row["start_char"]), to_text(row["end_char"])
            if s is None or e is None:
                yield Finding(table, row["id"], "offsets fall outside the article's text")
            elif text[s:e] != row["words"] and " ".join(text[s:e].split()) != " ".join(row["words"].split()):
                yield Finding(table, row["id"], f"offsets point at {text[s:e][:40]!r}, not the stored words")
    for row in store.db.query("SELECT id, start_char, end_char, sentence, trigger_text, spans FROM events "
                              "WHERE article_id = ?", (art["id"],)):
        s, e = to_text(row["start_char"]), to_text(row["end_char"])
        if s is None or e is None or " ".join(text[s:e].split()) != " ".join(row["sentence"].split()):
            yield Finding("events", row["id"], "sentence offsets do not point at the stored sentence")
            continue
        trig = json.loads(row["spans"] or "{}").get("trigger")
        if trig:
            ts, te = to_text(trig[0]), to_text(trig[1])
            if ts is None or te is None or " ".join(text[ts:te].split()) != " ".join((row["trigger_text"] or "").split()):
                yield Finding("events", row["id"], "trigger offsets do not point at the trigger words")
