"""`newsgraph check` finds broken provenance and references, and is silent on a sound store."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import write
from newsgraph import cli
from newsgraph.ingest.run import ingest_one
from newsgraph.nlp.run import analyse
from newsgraph.store import Store
from newsgraph.store.check import check

TEXT = ("The Ledger 2025-03-04 08:00\n\nSergey V. Lavrov, Russia's foreign minister, met Marco Rubio in Riyadh on "
        "Tuesday.\n\n“The talks were useful,” Mr. Lavrov said after the meeting.\n")


@pytest.fixture
def analysed(store: Store, tmp_path: Path) -> tuple[Store, Path]:
    path = write(tmp_path, "a.txt", TEXT)
    ingest_one(store, str(path))
    analyse(store)
    return store, path


def test_store_check_sound_store_has_no_findings(analysed) -> None:
    store, _ = analysed
    assert store.counts()["mentions"] > 0 and store.counts()["quotes"] > 0
    assert list(check(store)) == []


def test_store_check_source_changed_on_disk(analysed) -> None:
    store, path = analysed
    path.write_text(TEXT.replace("Riyadh", "Geneva"), encoding="utf-8")
    assert any("source slices" in f.problem for f in check(store))


def test_store_check_mention_offsets_that_miss_their_words(analysed) -> None:
    store, _ = analysed
    with store.db.transaction():
        store.db.execute("UPDATE mentions SET start_char = start_char + 1, end_char = end_char + 1 "
                         "WHERE text = 'Marco Rubio'")
    assert any(f.table == "mentions" and "not the stored words" in f.problem for f in check(store))


def test_store_check_orphan_reference_on_sqlite(tmp_path: Path, sqlite_url: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "in/a.txt", TEXT)
    assert cli.main(["ingest", "-q", str(tmp_path / "in"), "--db", sqlite_url]) == 0
    assert cli.main(["check", "--db", sqlite_url]) == 0
    import sqlite3

    conn = sqlite3.connect(sqlite_url)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("UPDATE mentions SET entity_id = 'nope' WHERE rowid = (SELECT min(rowid) FROM mentions)")
    conn.commit()
    conn.close()
    assert cli.main(["check", "--db", sqlite_url]) == 1
    assert "missing entities row" in capsys.readouterr().out


def test_store_check_markup_left_in_a_scrape_is_no_words_and_keeps_provenance(store: Store, tmp_path: Path) -> None:
    text = ("The Ledger 2025-03-04 08:00\n\nSenator John Smith said: \"We will <a href=\"http://example.com/x\">never"
            "</a> accept this deal.\"\n\n<tweet id=\"1\" author=\"@smith\">Smith wrote that the deal was bad.</tweet>"
            "\n\nThe boxer <b>Mike Tyson</b> said he was \"happy with the deal,\" he told reporters.\n\nTHE POLLS\n"
            "-Donald Trump leads over Ted Cruz in Indiana.\n")
    path = write(tmp_path, "a.txt", text)
    ingest_one(store, str(path))
    analyse(store)
    assert list(check(store)) == []  # every stored quotation and mention is the source's words at its offsets
    quotes = [r["text"] for r in store.db.query("SELECT text FROM quotes")]
    mentions = [r["text"] for r in store.db.query("SELECT text FROM mentions")]
    # the tag's attribute values are no quotations, the tags no names ("tweet", "@smith", "href")
    assert any(q.startswith("We will <a href=") and q.endswith("accept this deal.") for q in quotes), quotes
    assert not any(q in ("http://example.com/x", "1", "@smith") or q.endswith("href=") for q in quotes), quotes
    assert "Mike Tyson" in mentions and not any("<" in m or ">" in m for m in mentions), mentions
    assert "Donald Trump" in mentions and "-Donald Trump" not in mentions, mentions  # (a list's dash, no name)
