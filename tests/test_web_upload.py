"""Uploads through the server: off by default, token-guarded, size-limited, never a client-chosen path, and the
uploaded file is ingested and analysed like ``newsgraph ingest`` (both backends)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.store import Store
from newsgraph.web.upload import UploadSettings, safe_label

TOKEN = "t0ken-for-the-upload-tests-only"
STORY = ("Harbour Herald 2025-03-05 09:00\n\n"
         "A Russian missile struck the port of Odesa on Tuesday, killing three people, Ukrainian officials said.\n\n"
         "“We will not accept peacekeepers from NATO countries,” Sergey Lavrov said.\n")
AUTH = {"authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def upload_client(store: Store, tmp_path: Path):
    from fastapi.testclient import TestClient

    from newsgraph.web.app import create_app

    settings = UploadSettings(tmp_path / "uploads", token=TOKEN, max_bytes=4096)
    with TestClient(create_app(store.db.url, store.db.schema, upload=settings)) as c:
        yield c, store, settings


def test_web_upload_is_off_unless_enabled(store: Store) -> None:
    from fastapi.testclient import TestClient

    from newsgraph.web.app import create_app

    with TestClient(create_app(store.db.url, store.db.schema)) as c:
        r = c.post("/api/upload", content=STORY.encode(), headers=AUTH)
        assert r.status_code == 404  # no such endpoint
        assert "/api/upload" not in c.get("/api/openapi.json").json()["paths"]
    assert store.counts()["articles"] == 0


def test_web_upload_needs_the_token(upload_client) -> None:
    c, store, settings = upload_client
    for headers in ({}, {"authorization": "Bearer wrong-token-wrong-token"}, {"authorization": TOKEN},
                    {"authorization": f"Basic {TOKEN}"}):
        r = c.post("/api/upload", content=STORY.encode(), headers=headers)
        assert r.status_code == 401, headers
        assert r.json()["error"]["status"] == 401 and "token" in r.json()["error"]["message"]
    assert store.counts()["articles"] == 0
    assert not any(settings.directory.iterdir())


def test_web_upload_ingests_analyses_and_is_idempotent(upload_client) -> None:
    c, store, settings = upload_client
    r = c.post("/api/upload?name=odesa.txt", content=STORY.encode(), headers=AUTH)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["status"] == "ok" and body["articles"] == 1 and body["analysed"] == 1 and body["changed"]
    saved = Path(body["source"])
    assert saved.parent == settings.directory and saved.name.endswith("-odesa.txt")
    assert saved.read_text(encoding="utf-8") == STORY
    counts = store.counts()
    assert counts["events"] >= 1
    quotes = c.get("/api/quotes", params={"speaker": "Lavrov"}).json()["rows"]
    assert [q["text"] for q in quotes] == ["We will not accept peacekeepers from NATO countries,"], quotes
    # the dashboard sees it at once, with provenance into the saved file
    events = c.get("/api/events").json()["rows"]
    assert events and all(e["source"] == str(saved) for e in events)
    # the same bytes again change nothing
    r = c.post("/api/upload?name=odesa.txt", content=STORY.encode(), headers=AUTH)
    assert r.status_code == 200 and r.json()["changed"] is False
    assert store.counts() == counts


@pytest.mark.parametrize("name", ["../../etc/passwd", "/etc/passwd", "..\\..\\win.ini", ".hidden", "..", "",
                                  "a/b/../../../x.txt"])
def test_web_upload_name_is_a_label_never_a_path(upload_client, name: str) -> None:
    c, _, settings = upload_client
    r = c.post("/api/upload", params={"name": name}, content=STORY.encode(), headers=AUTH)
    assert r.status_code in (200, 201), r.text
    saved = Path(r.json()["source"])
    assert saved.parent == settings.directory
    assert not saved.name.split("-", 1)[1].startswith(".")
    assert not Path("/etc/passwd").read_text().startswith("Harbour")


def test_safe_label() -> None:
    assert safe_label("../../etc/passwd") == "passwd"
    assert safe_label("C:\\dumps\\feed.xml") == "feed.xml"
    assert safe_label("my dump (1).txt") == "my_dump_1_.txt"
    assert safe_label("...") == "upload" and safe_label(None) == "upload"


def test_web_upload_size_limits_and_bad_input(upload_client) -> None:
    c, store, settings = upload_client
    big = b"word " * 2000  # 10,000 bytes, over the 4,096 of this server
    r = c.post("/api/upload", content=big, headers=AUTH)
    assert r.status_code == 413 and "limit of 4096 bytes" in r.json()["error"]["message"]

    def chunks():  # no content-length: counted while streaming
        for _ in range(10):
            yield b"x" * 1000

    r = c.post("/api/upload", content=chunks(), headers=AUTH)
    assert r.status_code == 413
    r = c.post("/api/upload", content=b"", headers=AUTH)
    assert r.status_code == 400 and "empty upload" in r.json()["error"]["message"]
    assert not any(settings.directory.iterdir())

    r = c.post("/api/upload?name=blob.bin", content=bytes(range(256)) * 4, headers=AUTH)
    assert r.status_code == 422
    error = r.json()["error"]["message"]
    assert error.startswith("NG") and r.json()["result"]["status"] == "failed"
    assert store.counts()["articles"] == 0
    # other endpoints keep the small limit
    r = c.get("/api/events", headers={"content-length": str(100_000)})
    assert r.status_code == 413


def test_upload_token_must_be_long_enough(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="at least 16"):
        UploadSettings(tmp_path / "u", token="short")
    assert len(UploadSettings(tmp_path / "u").token) >= 16  # generated when none is given


def test_serve_cli_upload_options() -> None:
    from newsgraph.cli import build_parser

    args = build_parser().parse_args(["serve"])
    assert args.allow_upload is False and args.host == "127.0.0.1"
    args = build_parser().parse_args(["serve", "--allow-upload", "--max-upload-mb", "1"])
    assert args.allow_upload and args.max_upload_mb == 1.0
