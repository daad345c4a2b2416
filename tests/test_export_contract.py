"""Exports carry the contract fields in every format, empty kinds included."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from conftest import write
from newsgraph import cli
from newsgraph.export import FIELDS, write as export
from newsgraph.ingest.run import ingest_one
from newsgraph.store import Store

TEXT = ("Officials in Valletta said on Monday that two cargo ships had collided near the breakwater.\n\n"
        "Port officials said no one was hurt and that the vessels were towed to a dry dock.\n")


@pytest.mark.parametrize("kind", ["articles", "entities", "quotes", "events"])
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_contract_fields(store: Store, tmp_path: Path, kind: str, fmt: str) -> None:
    ingest_one(store, str(write(tmp_path, "a.txt", TEXT)))
    rows = list(store.rows(kind))
    if fmt == "parquet":
        import pyarrow.parquet as pq

        buf = io.BytesIO()
        n = export(kind, iter(rows), fmt, buf)
        buf.seek(0)
        table = pq.read_table(buf)
        assert table.column_names == list(FIELDS[kind]) and table.num_rows == n
    else:
        out = io.StringIO()
        n = export(kind, iter(rows), fmt, out)
        text = out.getvalue()
        if fmt == "jsonl":
            parsed = [json.loads(line) for line in text.splitlines()]
            assert all(list(r) == list(FIELDS[kind]) for r in parsed)
        else:
            reader = csv.DictReader(io.StringIO(text))
            assert reader.fieldnames == list(FIELDS[kind])
            parsed = list(reader)
        assert len(parsed) == n
    assert n == (1 if kind == "articles" else 0)


def test_export_contract_article_offsets_point_at_the_source(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "Ledger 2025-03-04 08:00\n\n" + TEXT)
    ingest_one(store, str(path))
    (row,) = store.rows("articles")
    source = path.read_text(encoding="utf-8")
    assert source[row["start"]:row["end"]].startswith("Officials in Valletta")
    assert row["text"] in source[row["start"]:row["end"]] or row["text"] == source[row["start"]:row["end"]]
    assert row["credits"] == [] and row["date"] == "2025-03-04" and row["date_source"] == "header"


def test_export_contract_cli_writes_file(tmp_path: Path, sqlite_url: str) -> None:
    write(tmp_path, "in/a.txt", TEXT)
    assert cli.main(["ingest", "-q", str(tmp_path / "in"), "--db", sqlite_url]) == 0
    out = tmp_path / "articles.csv"
    assert cli.main(["export", "articles", "--db", sqlite_url, "--format", "csv", "-o", str(out)]) == 0
    with out.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 1 and json.loads(rows[0]["credits"]) == []


def test_export_quote_speaker_role_is_the_one_held_at_the_article_date() -> None:
    from newsgraph.store.store import role_at

    roles = [{"role": "foreign minister", "country": "ESP", "date": "2019-06-01", "article_id": "a1"},
             {"role": "prime minister", "country": "ESP", "date": "2024-02-01", "article_id": "a2"}]
    assert role_at(roles, "a2", "2024-02-01")["role"] == "prime minister"  # the article's own statement
    assert role_at(roles, "a9", "2021-05-05")["role"] == "foreign minister"  # latest on or before the date
    assert role_at(roles, "a9", "2010-01-01")["role"] == "foreign minister"  # before any: the earliest
    assert role_at("[]", "a9", "2021-05-05") is None


def test_export_quotes_carry_the_speaker_role(store: Store, tmp_path: Path) -> None:
    from newsgraph.nlp.run import analyse

    text = ("Ledger 2025-03-04 08:00\n\nLucia Ferrante, Italy's foreign minister, spoke in Rome on Monday. "
            "“We will not accept this,” Ms. Ferrante said.\n")
    ingest_one(store, str(write(tmp_path, "a.txt", text)))
    analyse(store)
    (row,) = [q for q in store.rows("quotes") if "not accept" in q["text"]]
    assert row["speaker"] == "Lucia Ferrante"
    assert row["speaker_role"]["role"].endswith("foreign minister") and row["speaker_role"]["country"] == "ITA"
