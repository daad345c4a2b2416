"""The schema, as a list of small recorded migrations (applied in order, each once, each in a transaction).

Column types are written portably; ``{blob}`` and ``{float}`` become the dialect's own. Offsets are named
``start_char``/``end_char`` here (``end`` is a reserved word in SQL) and exported as ``start``/``end``.
JSON-valued columns (lists, segment maps) are stored as text.
"""

from __future__ import annotations

from typing import Any

from .db import Database

TYPES = {
    "sqlite": {"blob": "BLOB", "float": "REAL"},
    "postgresql": {"blob": "BYTEA", "float": "DOUBLE PRECISION"},
}

MIGRATIONS: list[tuple[int, str, list[Any]]] = [
    (1, "ingest log, articles, duplicates, entities, mentions, quotes, events", [
        """CREATE TABLE ingest_log (
            id TEXT PRIMARY KEY,            -- hash of (source, content hash)
            source TEXT NOT NULL,           -- the path as given
            content_hash TEXT,              -- sha256 of the bytes; NULL when the file could not be read
            format TEXT, encoding TEXT, size INTEGER,
            status TEXT NOT NULL CHECK (status IN ('ok', 'partial', 'skipped', 'failed')),
            code TEXT, reason TEXT,
            n_articles INTEGER NOT NULL DEFAULT 0,
            n_duplicates INTEGER NOT NULL DEFAULT 0,
            n_problems INTEGER NOT NULL DEFAULT 0,
            ingested_at TEXT NOT NULL)""",
        "CREATE INDEX ingest_log_hash ON ingest_log (content_hash)",
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            log_id TEXT NOT NULL REFERENCES ingest_log (id),
            seq INTEGER NOT NULL,           -- order within its input
            source TEXT NOT NULL,
            start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
            segments TEXT NOT NULL,         -- JSON [[article offset, source offset, length], ...]
            format TEXT NOT NULL,
            outlet TEXT, title TEXT, dek TEXT,
            date TEXT, date_source TEXT,
            credits TEXT NOT NULL DEFAULT '[]',
            url TEXT, external_id TEXT,
            text TEXT NOT NULL,
            text_hash TEXT NOT NULL,
            n_words INTEGER NOT NULL,
            minhash {blob},
            duplicate_of TEXT REFERENCES articles (id),
            similarity {float})""",
        "CREATE INDEX articles_text_hash ON articles (text_hash)",
        "CREATE INDEX articles_date ON articles (date)",
        "CREATE INDEX articles_log ON articles (log_id)",
        """CREATE TABLE article_bands (
            band_key BIGINT NOT NULL,
            article_id TEXT NOT NULL REFERENCES articles (id))""",
        "CREATE INDEX article_bands_key ON article_bands (band_key)",
        """CREATE TABLE entities (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL,             -- PERSON, ORG, GPE, LOC, NORP ...
            name TEXT NOT NULL,
            aliases TEXT NOT NULL DEFAULT '[]',
            country TEXT, sector TEXT,
            roles TEXT NOT NULL DEFAULT '[]',
            n_mentions INTEGER NOT NULL DEFAULT 0,
            lat {float}, lon {float})""",
        """CREATE TABLE mentions (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id),
            entity_id TEXT REFERENCES entities (id),
            source TEXT NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
            text TEXT NOT NULL, type TEXT, rule TEXT)""",
        "CREATE INDEX mentions_article ON mentions (article_id)",
        "CREATE INDEX mentions_entity ON mentions (entity_id)",
        """CREATE TABLE quotes (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id),
            source TEXT NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('direct', 'mixed', 'indirect')),
            speaker_id TEXT REFERENCES entities (id),
            speaker_text TEXT, speaker_start INTEGER, speaker_end INTEGER,
            cue TEXT, rule TEXT, version TEXT)""",
        "CREATE INDEX quotes_article ON quotes (article_id)",
            """CREATE TABLE events (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id),
            source TEXT NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
            sentence TEXT NOT NULL,
            event_type TEXT NOT NULL, mode TEXT, contexts TEXT NOT NULL DEFAULT '[]',
            actor_id TEXT REFERENCES entities (id), actor_text TEXT,
            recipient_id TEXT REFERENCES entities (id), recipient_text TEXT,
            date TEXT, date_text TEXT, date_precision TEXT,
            location_name TEXT, location_country TEXT, lat {float}, lon {float},
            aux TEXT NOT NULL DEFAULT '[]',
            fatalities INTEGER, injuries INTEGER,
            confidence {float}, rule TEXT, coder_version TEXT,
            happening_id TEXT)""",
        "CREATE INDEX events_article ON events (article_id)",
        "CREATE INDEX events_type_date ON events (event_type, date)",
        "CREATE INDEX events_actor ON events (actor_id)",
        "CREATE INDEX events_recipient ON events (recipient_id)",
    ]),
]

MIGRATIONS.append((2, "analysis state on articles; keys for canonical entities", [
    "ALTER TABLE articles ADD COLUMN analysed TEXT",
    "CREATE INDEX articles_analysed ON articles (analysed)",
    "ALTER TABLE entities ADD COLUMN key TEXT",
    "ALTER TABLE entities ADD COLUMN surname TEXT",
    "ALTER TABLE entities ADD COLUMN gender TEXT",
    "ALTER TABLE entities ADD COLUMN partial INTEGER NOT NULL DEFAULT 0",
    "CREATE INDEX entities_surname ON entities (type, surname)",
    "ALTER TABLE mentions ADD COLUMN local TEXT",
]))

MIGRATIONS.append((3, "event details: participants' codes and offsets, trigger, claims, score, counted", [
    "ALTER TABLE events ADD COLUMN actor_country TEXT",
    "ALTER TABLE events ADD COLUMN actor_sector TEXT",
    "ALTER TABLE events ADD COLUMN recipient_country TEXT",
    "ALTER TABLE events ADD COLUMN recipient_sector TEXT",
    "ALTER TABLE events ADD COLUMN trigger_text TEXT",
    "ALTER TABLE events ADD COLUMN spans TEXT NOT NULL DEFAULT '{{}}'",  # JSON {part: [start, end]} in the source
    "ALTER TABLE events ADD COLUMN claimed_by_id TEXT",
    "ALTER TABLE events ADD COLUMN claimed_by_text TEXT",
    "ALTER TABLE events ADD COLUMN quad TEXT",
    "ALTER TABLE events ADD COLUMN score {float}",
    "ALTER TABLE events ADD COLUMN counted INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE events ADD COLUMN place_id TEXT",
    "ALTER TABLE events ADD COLUMN location_precision TEXT",
    "CREATE INDEX events_happening ON events (happening_id)",
    "CREATE INDEX events_date ON events (date)",
]))

MIGRATIONS.append((4, "event day and indexes for dyads and the dashboard; full-text search on quotations", [
    # The day an event is counted on: its own date when that is a day, else its article's date.
    "ALTER TABLE events ADD COLUMN day TEXT",
    "UPDATE events SET day = CASE WHEN length(date) = 10 THEN date ELSE "
    "(SELECT a.date FROM articles a WHERE a.id = events.article_id) END",
    "CREATE INDEX events_counted_day ON events (counted, day)",
    "CREATE INDEX events_actor_country ON events (actor_country, recipient_country, day)",
    "CREATE INDEX events_recipient_country ON events (recipient_country, day)",
    "CREATE INDEX events_counted_actor ON events (counted, actor_country, quad)",  # covering: top actors
    "CREATE INDEX events_counted_type ON events (counted, event_type, quad, score)",  # covering: event mix
    "CREATE INDEX events_counted_happening ON events (counted, happening_id)",
    {"sqlite": "CREATE VIRTUAL TABLE quotes_fts USING fts5(quote_id UNINDEXED, article_id UNINDEXED, text)",
     "postgresql": "CREATE INDEX quotes_text_fts ON quotes USING GIN (to_tsvector('english', text))"},
    {"sqlite": "INSERT INTO quotes_fts (quote_id, article_id, text) SELECT id, article_id, text FROM quotes"},
]))

MIGRATIONS.append((5, "the language an article was judged to be written in", [
    "ALTER TABLE articles ADD COLUMN language TEXT",  # ISO 639-1 ("en", "de"), NULL when too short to tell
]))

MIGRATIONS.append((6, "the article date an entity's country and sector are coded as of", [
    # a dated article older than this one, added by a later run, only fills what the coding lacks
    "ALTER TABLE entities ADD COLUMN coded_at TEXT",
]))

LATEST = MIGRATIONS[-1][0]


def migrate(db: Database) -> list[int]:
    """Apply the migrations the store has not seen; return their numbers."""
    from datetime import datetime, timezone

    with db.transaction():
        db.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                   "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    applied = {row["version"] for row in db.query("SELECT version FROM schema_migrations")}
    done = []
    for version, name, statements in MIGRATIONS:
        if version in applied:
            continue
        with db.transaction():
            if db.scalar("SELECT count(*) FROM schema_migrations WHERE version = ?", (version,)):
                continue  # another process applied it while we waited for the lock
            for statement in statements:
                if isinstance(statement, dict):  # dialect-specific (full-text search)
                    statement = statement.get(db.dialect)
                    if statement is None:
                        continue
                db.execute(statement.format(**TYPES[db.dialect]))
            db.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                       (version, name, datetime.now(timezone.utc).isoformat(timespec="seconds")))
        done.append(version)
    return done


def version(db: Database) -> int:
    if not db.table_exists("schema_migrations"):
        return 0
    return int(db.scalar("SELECT max(version) FROM schema_migrations") or 0)
