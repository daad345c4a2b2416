"""A thin connection layer over sqlite3 and psycopg: one SQL dialect with ``?`` placeholders for both.

SQLite runs in WAL mode with one writer: every write happens inside ``transaction()``, which takes the write
lock up front (``BEGIN IMMEDIATE``) so a reader such as the web server never sees "database is locked" midway.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from ..errors import StoreError

DEFAULT_URL = "newsgraph.db"


def resolve_url(url: str | None) -> str:
    """The store URL: the argument, else ``$NEWSGRAPH_DB``, else ``./newsgraph.db``."""
    return url or os.environ.get("NEWSGRAPH_DB") or DEFAULT_URL


class Database:
    """One connection, SQLite or PostgreSQL, with the differences kept in here."""

    def __init__(self, url: str, schema: str | None = None) -> None:
        self.url = url
        self.schema = schema
        if url.startswith(("postgresql://", "postgres://")):
            self.dialect = "postgresql"
            try:
                import psycopg
            except ImportError as exc:
                raise StoreError("NG012", name=url) from exc
            options = f"-c search_path={schema}" if schema else None
            self.conn: Any = psycopg.connect(url, autocommit=True, options=options) if options else \
                psycopg.connect(url, autocommit=True)
        elif "://" in url and not url.startswith("sqlite:///"):
            raise StoreError("NG011", name=url)
        else:
            self.dialect = "sqlite"
            path = url.removeprefix("sqlite:///")
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=60, check_same_thread=False)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA busy_timeout=60000")
        self._depth = 0

    # -- SQL -------------------------------------------------------------------------------------------
    def sql(self, text: str) -> str:
        """Our SQL (``?`` placeholders, portable types) in the connection's dialect."""
        if self.dialect == "postgresql":
            return re.sub(r"\?", "%s", text.replace("%", "%%"))
        return text

    def execute(self, text: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(self.sql(text), tuple(params))

    def executemany(self, text: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        if self.dialect == "postgresql":
            with self.conn.cursor() as cur:
                cur.executemany(self.sql(text), rows)
        else:
            self.conn.executemany(text, rows)

    def query(self, text: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.execute(text, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def stream(self, text: str, params: Sequence[Any] = (), size: int = 1000) -> Iterator[dict[str, Any]]:
        """Rows one batch at a time (a server-side cursor on PostgreSQL), for exports of any size."""
        if self.dialect == "postgresql":
            with self.conn.transaction(), self.conn.cursor(name="ng_stream") as cur:
                cur.execute(self.sql(text), tuple(params))
                names: list[str] | None = None
                while rows := cur.fetchmany(size):
                    names = names or [d[0] for d in cur.description]
                    for row in rows:
                        yield dict(zip(names, row))
            return
        cur = self.conn.execute(text, tuple(params))
        names = [d[0] for d in cur.description]
        while rows := cur.fetchmany(size):
            for row in rows:
                yield dict(zip(names, row))

    def scalar(self, text: str, params: Sequence[Any] = ()) -> Any:
        row = self.execute(text, params).fetchone()
        return row[0] if row else None

    # -- transactions ----------------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All-or-nothing: a killed or failing write leaves the store as it was before."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        if self.dialect == "postgresql":
            with self.conn.transaction():
                self._depth = 1
                try:
                    yield
                finally:
                    self._depth = 0
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._depth = 0

    def table_exists(self, name: str) -> bool:
        if self.dialect == "postgresql":
            return bool(self.scalar("SELECT to_regclass(?) IS NOT NULL", (name,)))
        return bool(self.scalar("SELECT count(*) FROM sqlite_master WHERE type='table' AND name=?", (name,)))

    def close(self) -> None:
        self.conn.close()
