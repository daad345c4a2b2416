"""The store API: what the pipeline writes and what exports, status and (later) the web read."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import numpy as np

from ..errors import StoreError
from ..ingest import dedup
from ..records import Article
from . import schema
from .db import Database, resolve_url


@dataclass(frozen=True)
class LogEntry:
    id: str
    source: str
    content_hash: str | None
    format: str | None
    encoding: str | None
    size: int | None
    status: str
    code: str | None
    reason: str | None
    n_articles: int = 0
    n_duplicates: int = 0
    n_problems: int = 0


def log_id(source: str, content_hash: str | None) -> str:
    return "f" + hashlib.sha256(f"{source}|{content_hash or ''}".encode()).hexdigest()[:15]


def open_store(url: str | None = None, schema_name: str | None = None) -> Store:
    """Open (and create or migrate) the store at ``url``, ``$NEWSGRAPH_DB`` or ``./newsgraph.db``."""
    db = Database(resolve_url(url), schema=schema_name)
    current = schema.version(db)
    if current > schema.LATEST:
        raise StoreError("NG013", name=db.url, detail=f"{current} > {schema.LATEST}")
    schema.migrate(db)
    return Store(db)


class Store:
    def __init__(self, db: Database) -> None:
        self.db = db

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- ingest log -----------------------------------------------------------------------------------
    def log_entry(self, entry_id: str) -> dict[str, Any] | None:
        rows = self.db.query("SELECT * FROM ingest_log WHERE id = ?", (entry_id,))
        return rows[0] if rows else None

    def ingested_twin(self, content_hash: str) -> dict[str, Any] | None:
        """An input with the same bytes already stored (under another name)."""
        rows = self.db.query("SELECT * FROM ingest_log WHERE content_hash = ? AND status IN ('ok', 'partial') "
                             "ORDER BY ingested_at, id LIMIT 1", (content_hash,))
        return rows[0] if rows else None

    def write_log(self, entry: LogEntry) -> None:
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        self.db.execute(
            "INSERT INTO ingest_log (id, source, content_hash, format, encoding, size, status, code, reason, "
            "n_articles, n_duplicates, n_problems, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET status = excluded.status, code = excluded.code, "
            "reason = excluded.reason, format = excluded.format, encoding = excluded.encoding, "
            "n_articles = excluded.n_articles, n_duplicates = excluded.n_duplicates, "
            "n_problems = excluded.n_problems",
            (entry.id, entry.source, entry.content_hash, entry.format, entry.encoding, entry.size, entry.status,
             entry.code, entry.reason, entry.n_articles, entry.n_duplicates, entry.n_problems, now))

    # -- articles -------------------------------------------------------------------------------------
    def add_article(self, article: Article, log: str, seq: int) -> Article:
        """Store one article, linking it to an earlier copy when it is an exact or near duplicate."""
        thash = dedup.text_hash(article.text)
        sig = dedup.signature(article.text)
        original, sim = self._find_original(thash, sig)
        article.duplicate_of = original
        self.db.execute(
            "INSERT INTO articles (id, log_id, seq, source, start_char, end_char, segments, format, outlet, title, "
            "dek, date, date_source, credits, url, external_id, text, text_hash, n_words, minhash, duplicate_of, "
            "similarity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article.id, log, seq, article.source, article.start, article.end,
             json.dumps(article.segments, separators=(",", ":")), article.format, article.outlet, article.title,
             article.dek, article.date, article.date_source, json.dumps(article.credits, ensure_ascii=False),
             article.url, article.external_id, article.text, thash, len(dedup._WORD.findall(article.text)),
             None if original else sig.tobytes(), original, sim if original else None))
        if original is None:
            self.db.executemany("INSERT INTO article_bands (band_key, article_id) VALUES (?, ?)",
                                [(key, article.id) for key in dedup.band_keys(sig)])
        return article

    def _find_original(self, thash: str, sig: Any) -> tuple[str | None, float]:
        exact = self.db.scalar("SELECT id FROM articles WHERE text_hash = ? AND duplicate_of IS NULL LIMIT 1",
                               (thash,))
        if exact:
            return exact, 1.0
        keys = dedup.band_keys(sig)
        marks = ", ".join("?" * len(keys))
        # Originals sharing the most bands first; a true near-duplicate (Jaccard >= 0.8) shares about 13 of
        # 32, and fewer than MIN_SHARED_BANDS with odds below 1 in 3,000.
        rows = self.db.query(
            f"SELECT a.id, a.minhash FROM articles a JOIN (SELECT article_id, count(*) AS shared "
            f"FROM article_bands WHERE band_key IN ({marks}) GROUP BY article_id "
            f"HAVING count(*) >= {dedup.MIN_SHARED_BANDS}) c ON c.article_id = a.id "
            f"WHERE a.duplicate_of IS NULL ORDER BY c.shared DESC, a.id LIMIT {dedup.MAX_CANDIDATES}", keys)
        if not rows:
            return None, 0.0
        sims = dedup.similarities(sig, [row["minhash"] for row in rows])
        best = int(np.argmax(sims))  # the first of the most similar, in the query's stable order
        if sims[best] >= dedup.THRESHOLD:
            return rows[best]["id"], float(sims[best])
        return None, 0.0

    def article(self, article_id: str) -> dict[str, Any] | None:
        rows = self.db.query("SELECT * FROM articles WHERE id = ?", (article_id,))
        return rows[0] if rows else None

    # -- reading --------------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "entities", "mentions", "quotes", "events"):
            out[table] = int(self.db.scalar(f"SELECT count(*) FROM {table}"))
        out["duplicates"] = int(self.db.scalar("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"))
        for status in ("ok", "partial", "skipped", "failed"):
            out[f"inputs_{status}"] = int(self.db.scalar("SELECT count(*) FROM ingest_log WHERE status = ?",
                                                         (status,)))
        return out

    def log(self, statuses: tuple[str, ...] | None = None) -> list[dict[str, Any]]:
        sql = "SELECT * FROM ingest_log"
        params: tuple[str, ...] = ()
        if statuses:
            sql += f" WHERE status IN ({', '.join('?' * len(statuses))})"
            params = statuses
        return self.db.query(sql + " ORDER BY ingested_at, source", params)

    def rows(self, kind: str) -> Iterator[dict[str, Any]]:
        """Export rows of one kind, shaped as the export contract says (nested fields as Python objects)."""
        if kind not in EXPORTS:
            raise ValueError(f"unknown export {kind!r}; choose from {', '.join(EXPORTS)}")
        sql, shape = EXPORTS[kind]
        if kind == "entities":
            yield from self._entities_with_mentions(sql, shape)
            return
        for row in self.db.stream(sql):
            yield shape(row)

    def _entities_with_mentions(self, sql: str, shape: Any) -> Iterator[dict[str, Any]]:
        """Entities with their mentions, merged from two ordered scans (no per-entity query)."""
        mentions = iter(self.db.query(
            'SELECT entity_id, article_id, source, start_char AS start, end_char AS "end", text FROM mentions '
            "WHERE entity_id IS NOT NULL ORDER BY entity_id, article_id, start_char"))
        pending = next(mentions, None)
        for row in self.db.query(sql):
            found = []
            while pending is not None and pending["entity_id"] < row["id"]:
                pending = next(mentions, None)
            while pending is not None and pending["entity_id"] == row["id"]:
                found.append({k: pending[k] for k in ("article_id", "source", "start", "end", "text")})
                pending = next(mentions, None)
            row["mentions"] = found
            yield shape(row)


def _loads(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def _article(row: dict[str, Any]) -> dict[str, Any]:
    row["credits"] = _loads(row["credits"])
    return row


def role_at(roles: Any, article_id: str | None, date: str | None) -> dict[str, Any] | None:
    """The role a person held when an article was written: the one that article states, else the latest one
    dated on or before the article's date, else the earliest after it (None when no role is known)."""
    roles = _loads(roles) if isinstance(roles, str) else (roles or [])
    if not roles:
        return None
    own = [r for r in roles if r.get("article_id") == article_id]
    if own:
        return own[0]
    before = [r for r in roles if r.get("date") and date and r["date"] <= date]
    if before:
        return max(before, key=lambda r: r["date"])
    return min(roles, key=lambda r: r.get("date") or "")


def _quote(row: dict[str, Any]) -> dict[str, Any]:
    roles, date = row.pop("speaker_roles"), row.pop("article_date")
    role = role_at(roles, row["article_id"], date)
    row["speaker_role"] = None if role is None else {
        k: role.get(k) for k in ("role", "org", "country", "sector", "date")}
    return row


def _entity(row: dict[str, Any]) -> dict[str, Any]:
    row["aliases"] = _loads(row["aliases"])
    row["roles"] = _loads(row["roles"])
    return row


def _event(row: dict[str, Any]) -> dict[str, Any]:
    out = {k: row[k] for k in ("id", "article_id", "source", "start", "end", "sentence", "event_type", "mode")}
    out["contexts"] = _loads(row["contexts"])
    out["actor"] = None if row["actor_id"] is None and row["actor_text"] is None else {
        "id": row["actor_id"], "name": row["actor_name"], "country": row["actor_country"],
        "sector": row["actor_sector"], "text": row["actor_text"]}
    out["recipient"] = None if row["recipient_id"] is None and row["recipient_text"] is None else {
        "id": row["recipient_id"], "name": row["recipient_name"], "country": row["recipient_country"],
        "sector": row["recipient_sector"], "text": row["recipient_text"]}
    out["date"], out["date_text"] = row["date"], row["date_text"]
    out["location"] = None if row["location_name"] is None else {
        "name": row["location_name"], "country": row["location_country"], "lat": row["lat"], "lon": row["lon"],
        "id": row["place_id"], "precision": row["location_precision"]}
    out["aux"] = _loads(row["aux"])
    for key in ("fatalities", "confidence", "rule", "injuries", "date_precision", "quad", "score",
                "happening_id", "coder_version"):
        out[key] = row[key]
    out["counted"] = bool(row["counted"])
    out["claimed_by"] = None if row["claimed_by_text"] is None else {"id": row["claimed_by_id"],
                                                                      "text": row["claimed_by_text"]}
    out["trigger"] = row["trigger_text"]
    out["spans"] = _loads(row["spans"])
    return out


EXPORTS: dict[str, tuple[str, Any]] = {
    "articles": (
        'SELECT id, source, start_char AS start, end_char AS "end", outlet, title, dek, date, date_source, '
        "credits, text, duplicate_of, language FROM articles ORDER BY source, seq", _article),
    "quotes": (
        'SELECT q.id, q.article_id, q.source, q.start_char AS start, q.end_char AS "end", q.text, q.kind, '
        "e.name AS speaker, q.speaker_id, q.speaker_text, q.cue, e.roles AS speaker_roles, "
        "a.date AS article_date FROM quotes q JOIN articles a ON a.id = q.article_id "
        "LEFT JOIN entities e ON e.id = q.speaker_id ORDER BY q.article_id, q.start_char", _quote),
    "events": (
        'SELECT v.id, v.article_id, v.source, v.start_char AS start, v.end_char AS "end", v.sentence, '
        "v.event_type, v.mode, v.contexts, v.actor_id, v.actor_text, a.name AS actor_name, "
        "COALESCE(v.actor_country, a.country) AS actor_country, COALESCE(v.actor_sector, a.sector) AS actor_sector, "
        "v.recipient_id, v.recipient_text, r.name AS recipient_name, "
        "COALESCE(v.recipient_country, r.country) AS recipient_country, "
        "COALESCE(v.recipient_sector, r.sector) AS recipient_sector, v.date, v.date_text, v.date_precision, "
        "v.location_name, v.location_country, v.lat, v.lon, v.place_id, v.location_precision, v.aux, "
        "v.fatalities, v.injuries, v.confidence, v.rule, v.quad, v.score, v.counted, v.happening_id, "
        "v.claimed_by_id, v.claimed_by_text, v.trigger_text, v.spans, v.coder_version "
        "FROM events v LEFT JOIN entities a ON a.id = v.actor_id "
        "LEFT JOIN entities r ON r.id = v.recipient_id ORDER BY v.article_id, v.start_char", _event),
    "entities": (
        "SELECT id, type, name, aliases, country, sector, roles FROM entities ORDER BY id", _entity),
}
