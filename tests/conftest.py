"""One conftest: store fixtures for both backends, paths to ../shared, small helpers."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgraph.store import Store, open_store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PG_URL = os.environ.get("NEWSGRAPH_TEST_PG_URL")


@pytest.fixture
def seeds_dir() -> Path:
    path = SHARED / "seeds"
    if not path.is_dir():
        pytest.skip(f"{path} is absent (seed dumps are read from ../shared at test time)")
    return path


@pytest.fixture
def eval_dir() -> Path:
    path = SHARED / "eval"
    if not path.is_dir():
        pytest.skip(f"{path} is absent")
    return path


def _pg_store() -> Iterator[Store]:
    if not PG_URL:
        pytest.skip("NEWSGRAPH_TEST_PG_URL is not set: PostgreSQL tests skipped (.ci/run sets it)")
    import psycopg

    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    store = open_store(PG_URL, schema_name=schema)
    try:
        yield store
    finally:
        store.close()
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        with open_store(str(tmp_path / "test.db")) as s:
            yield s
    else:
        yield from _pg_store()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return str(tmp_path / "cli.db")


def write(directory: Path, name: str, content: str | bytes) -> Path:
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def table_dump(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table except timestamps, to compare two stores or one store before and after."""
    out = {}
    for table, key in (("ingest_log", "id"), ("articles", "id"), ("article_bands", "article_id, band_key"),
                       ("entities", "id"), ("mentions", "id"), ("quotes", "id"), ("events", "id")):
        rows = store.db.query(f"SELECT * FROM {table} ORDER BY {key}")
        out[table] = [tuple(v if not isinstance(v, memoryview) else bytes(v) for k, v in r.items()
                            if k != "ingested_at") for r in rows]
    return out


@pytest.fixture(scope="session")
def nlp():
    from newsgraph.nlp.pipeline import load

    return load()


def analyse_text(nlp, text: str, date: str | None = None):
    """Run the entity stages on one text written in a test."""
    from newsgraph.nlp.pipeline import Analysis, run
    from newsgraph.nlp.run import STAGES

    return run(Analysis("t", text, date, nlp(text)), STAGES)
