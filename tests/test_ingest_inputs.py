"""Every input format and every kind of bad input, through the ingest runner into a store (both backends)."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from conftest import table_dump, write
from newsgraph import cli
from newsgraph.ingest.run import ingest, ingest_one
from newsgraph.store import Store

PARAS = [
    "The harbour authority in Valletta said on Monday that two cargo ships had collided near the breakwater.",
    "Port officials said no one was hurt and that the vessels were towed to a dry dock for inspection.",
    "The authority said it would review traffic rules for the approach channel before the summer season.",
]
PAGE = ("<html><head><title>Ships Collide in Valletta</title></head><body><nav>Home | World</nav><article>"
        "<h1>Ships Collide in Valletta</h1>" + "".join(f"<p>{p}</p>" for p in PARAS) +
        "</article><footer>All rights reserved</footer></body></html>")


def _warc(pages: list[str]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for n, page in enumerate(pages):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record(f"https://example.org/{n}", "response",
                                           payload=io.BytesIO(page.encode()), http_headers=headers)
        writer.write_record(record)
    return buf.getvalue()


GOOD = {
    "dump.txt": "\n\n".join(PARAS) + "\n",
    "page.html": PAGE,
    "feed.xml": ("<?xml version='1.0'?><rss version='2.0'><channel><title>Ledger</title><item><title>Ships"
                 "</title><link>https://example.org/a</link><pubDate>Tue, 18 Feb 2025 16:20:00 GMT</pubDate>"
                 "<description>" + " ".join(PARAS) + "</description></item></channel></rss>"),
    "atom.xml": ("<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Ledger"
                 "</title><entry><title>Ships</title><link href='https://example.org/b'/><id>urn:x:1</id>"
                 "<updated>2025-02-19T10:00:00Z</updated><content type='html'>&lt;p&gt;" + PARAS[0] +
                 "&lt;/p&gt;&lt;p&gt;" + PARAS[1] + "&lt;/p&gt;</content></entry></feed>"),
    "items.jsonl": json.dumps({"text": " ".join(PARAS[:2]), "title": "T", "date": "2025-02-01",
                               "outlet": "Ledger", "url": "https://example.org/j", "id": "j1"}) + "\n",
}


@pytest.mark.parametrize("name,fmt,date", [
    ("dump.txt", "text", None), ("page.html", "html", None), ("feed.xml", "feed", "2025-02-18"),
    ("atom.xml", "feed", "2025-02-19"),
    ("items.jsonl", "jsonl", "2025-02-01")])
def test_ingest_inputs_each_format(store: Store, tmp_path: Path, name: str, fmt: str, date: str | None) -> None:
    path = write(tmp_path, name, GOOD[name])
    result = ingest_one(store, str(path))
    assert (result.status, result.n_articles) == ("ok", 1)
    (row,) = store.db.query("SELECT * FROM articles")
    assert row["format"] == fmt and row["date"] == date
    assert "harbour authority" in row["text"] or "cargo ships" in row["text"]
    assert "Home | World" not in row["text"] and "rights reserved" not in row["text"]


def test_ingest_inputs_warc_and_truncated_warc(store: Store, tmp_path: Path) -> None:
    data = _warc([PAGE, PAGE.replace("Valletta", "Marsaxlokk")])
    good = ingest_one(store, str(write(tmp_path, "a.warc.gz", data)))
    assert (good.status, good.n_articles) == ("ok", 2)
    cut = write(tmp_path, "cut.warc.gz", data[: len(data) * 3 // 4])
    result = ingest_one(store, str(cut))
    assert result.status == "partial" and result.code == "NG006"
    assert result.n_articles == 1 and "damaged WARC" in (result.reason or "")


@pytest.mark.parametrize("name,content,code,words", [
    ("empty.txt", b"", "NG001", "empty"),
    ("blank.txt", b"  \n\n \t\n", "NG001", "empty"),
    ("noise.bin", bytes(range(256)) * 8, "NG002", "binary"),
    ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "NG002", "PDF"),
    ("broken.xml", b"<?xml version='1.0'?><rss><channel><item><<title>>", "NG005", "feed"),
    ("only-furniture.txt", b"Learn more\n\nAlready a subscriber? Sign in here.\n", "NG008", "no article text"),
    ("nothing.html", b"<html><body><nav>Home</nav></body></html>", "NG009", "HTML"),
])
def test_ingest_inputs_bad_input_is_logged_with_reason(store: Store, tmp_path: Path, name: str, content: bytes,
                                                        code: str, words: str) -> None:
    result = ingest_one(store, str(write(tmp_path, name, content)))
    assert (result.status, result.code) == ("failed", code)
    assert words in (result.reason or "")
    (row,) = store.log(("failed",))
    assert row["code"] == code and row["reason"] == result.reason
    assert store.counts()["articles"] == 0


def test_ingest_inputs_latin1_text_is_decoded_and_recorded(store: Store, tmp_path: Path) -> None:
    text = "Le café de la gare a rouvert à Besançon après trois mois de travaux, a annoncé la mairie lundi.\n"
    result = ingest_one(store, str(write(tmp_path, "latin.txt", text.encode("latin-1"))))
    assert result.status == "ok"
    (row,) = store.db.query("SELECT text, log_id FROM articles")
    assert "café" in row["text"] and "Besançon" in row["text"]
    assert store.log_entry(row["log_id"])["encoding"] not in ("utf-8", None)


def test_ingest_inputs_jsonl_broken_line_keeps_the_rest(store: Store, tmp_path: Path) -> None:
    lines = [json.dumps({"text": p, "id": str(i)}) for i, p in enumerate(PARAS)]
    lines.insert(1, '{"text": "unterminated')
    result = ingest_one(store, str(write(tmp_path, "x.jsonl", "\n".join(lines) + "\n")))
    assert (result.status, result.n_articles, result.code) == ("partial", 3, "NG007")
    assert "line 2" in (result.reason or "")


def test_ingest_inputs_missing_path(store: Store, tmp_path: Path) -> None:
    result = ingest_one(store, str(tmp_path / "nope.txt"))
    assert (result.status, result.code) == ("failed", "NG010")


def test_ingest_inputs_mixed_directory_exit_code_and_log(tmp_path: Path, sqlite_url: str,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "mixed"
    for name, content in GOOD.items():
        write(d, name, content)
    write(d, "sub/empty.txt", b"")
    write(d, "sub/noise.bin", bytes(range(256)) * 8)
    write(d, "sub/broken.xml", b"<?xml version='1.0'?><rss><<")
    write(d, "sub/cut.warc.gz", _warc([PAGE])[:60])
    assert cli.main(["ingest", str(d), "--db", sqlite_url]) == 1
    out = capsys.readouterr()
    assert "failed 4" in out.out
    assert cli.main(["status", "--db", sqlite_url]) == 0
    status = capsys.readouterr().out
    for code in ("NG001", "NG002", "NG005"):
        assert code in status
    from newsgraph.store import open_store

    with open_store(sqlite_url) as s:
        assert s.counts()["inputs_ok"] == len(GOOD) and s.counts()["articles"] == len(GOOD)


def test_ingest_inputs_rerun_changes_nothing(store: Store, tmp_path: Path) -> None:
    d = tmp_path / "in"
    for name, content in GOOD.items():
        write(d, name, content)
    write(d, "empty.txt", b"")
    first = ingest(store, [str(d)])
    before = table_dump(store)
    second = ingest(store, [str(d)])
    assert table_dump(store) == before
    assert all(not r.changed for r in second.results)
    assert [r.status for r in first.results] == [r.status for r in second.results]


def test_ingest_inputs_same_bytes_under_another_name_is_skipped(store: Store, tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", GOOD["dump.txt"])
    b = write(tmp_path, "copy/a.txt", GOOD["dump.txt"])
    ingest_one(store, str(a))
    result = ingest_one(store, str(b))
    assert result.status == "skipped" and str(a) in (result.reason or "")
    assert store.counts()["articles"] == 1


def test_ingest_inputs_near_duplicates_are_linked(store: Store, tmp_path: Path) -> None:
    story = " ".join(PARAS * 3)
    write(tmp_path, "one.jsonl", json.dumps({"text": story, "outlet": "A"}) + "\n")
    near = story.replace("Monday", "Tuesday", 1)
    write(tmp_path, "two.jsonl", json.dumps({"text": near, "outlet": "B"}) + "\n")
    write(tmp_path, "three.txt", "A different story entirely: " + " ".join(reversed(PARAS)) + " " +
          "Farmers in the Po valley began planting rice late because of a wet April.\n")
    ingest(store, [str(tmp_path)])
    rows = {r["outlet"] or r["source"]: r for r in store.db.query("SELECT * FROM articles")}
    assert rows["B"]["duplicate_of"] == rows["A"]["id"]
    assert rows["A"]["duplicate_of"] is None
    assert rows[str(tmp_path / "three.txt")]["duplicate_of"] is None


def test_ingest_inputs_gzipped_text(store: Store, tmp_path: Path) -> None:
    result = ingest_one(store, str(write(tmp_path, "d.txt.gz", gzip.compress(GOOD["dump.txt"].encode()))))
    assert (result.status, result.n_articles) == ("ok", 1)


def test_ingest_inputs_stdin(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GOOD["dump.txt"].encode())))
    result = ingest_one(store, "-")
    assert (result.source, result.status) == ("<stdin>", "ok")
