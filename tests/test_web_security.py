"""The server against hostile input: injection strings in every filter, markup in stored text, path traversal,
oversized requests; and it is read-only (no endpoint writes)."""

from __future__ import annotations

import pytest

from conftest import write
from newsgraph.ingest.run import ingest_one
from newsgraph.nlp.run import analyse
from newsgraph.store import open_store

HOSTILE = ("Harbour Herald 2025-03-05 09:00\n\n"
           "<script>alert('x')</script> Russian forces shelled Kherson on Tuesday, Ukrainian officials said.\n\n"
           "“<img src=x onerror=alert(1)> is not a quotation we endorse,” the mayor of Kherson said.\n")
INJECTIONS = ["' OR '1'='1", "1; DROP TABLE events; --", "\" OR \"\"=\"", "RUS' --", "%' UNION SELECT * FROM articles --",
              "<script>alert(1)</script>", "../../etc/passwd", "\x00", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢"]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory):
    from fastapi.testclient import TestClient

    from newsgraph.web.app import create_app

    tmp = tmp_path_factory.mktemp("sec")
    db = str(tmp / "sec.db")
    with open_store(db) as store:
        ingest_one(store, str(write(tmp, "hostile.txt", HOSTILE)))
        analyse(store)
    with TestClient(create_app(db)) as c:
        yield c, db


@pytest.mark.parametrize("value", INJECTIONS)
@pytest.mark.parametrize("path,param", [("/api/events", "actor"), ("/api/events", "recipient"),
                                        ("/api/events", "type"), ("/api/events", "since"), ("/api/quotes", "q"),
                                        ("/api/quotes", "speaker"), ("/api/dyad", "a"), ("/api/series", "actor"),
                                        ("/api/network", "type"), ("/api/map", "type"), ("/events", "actor"),
                                        ("/quotes", "q"), ("/api/speakers", "q")])
def test_web_security_injection_strings_are_data(client, path: str, param: str, value: str) -> None:
    c, db = client
    r = c.get(path, params={param: value})
    assert r.status_code in (200, 400, 422), (path, param, value, r.status_code)
    if r.headers.get("content-type", "").startswith("application/json") and r.status_code == 200:
        body = r.json()
        assert "error" not in body
    with open_store(db) as store:  # nothing was dropped or changed
        assert store.counts()["events"] > 0 and store.counts()["articles"] == 1


def test_web_security_stored_markup_is_inert(client) -> None:
    c, _ = client
    event = c.get("/api/events?limit=1").json()["rows"][0]
    pages = ["/", "/events", f"/articles/{event['article_id']}?event={event['id']}", "/quotes?q=quotation",
             "/map", "/network", "/dyad?a=RUS&b=UKR"]
    pages += [f"/actors/{e}" for e in (event["actor_id"], event["recipient_id"]) if e]
    pages += [f"/actors/{s['id']}" for s in c.get("/api/speakers").json()["rows"]]
    for page in pages:
        html = c.get(page).text
        assert "<script>alert" not in html and "<img src=x" not in html, page
    article = c.get(f"/articles/{event['article_id']}").text
    assert "script&gt;alert" in article  # shown as text, escaped


@pytest.mark.parametrize("path", ["/static/../app.py", "/static/..%2fapp.py", "/static/%2e%2e/%2e%2e/cli.py",
                                  "/static//etc/passwd", "/articles/..%2f..%2fetc%2fpasswd",
                                  "/api/articles/../../etc/passwd"])
def test_web_security_no_path_traversal(client, path: str) -> None:
    c, _ = client
    r = c.get(path)
    assert r.status_code in (400, 404), (path, r.status_code)
    assert "import" not in r.text and "root:" not in r.text


def test_web_security_read_only_and_size_limit(client) -> None:
    c, _ = client
    for method in ("post", "put", "delete", "patch"):
        r = getattr(c, method)("/api/events")
        assert r.status_code == 405
    r = c.post("/api/events", content=b"x" * (2 * 1024 * 1024), headers={"content-type": "application/json"})
    assert r.status_code in (405, 413)
    r = c.get("/api/events", headers={"content-length": str(10 * 1024 * 1024)})
    assert r.status_code == 413 and r.json()["error"]["status"] == 413


def test_web_security_serve_binds_loopback_by_default() -> None:
    from newsgraph.cli import build_parser

    args = build_parser().parse_args(["serve"])
    assert args.host == "127.0.0.1"
