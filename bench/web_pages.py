"""Dashboard and API response times on a large generated store.

Builds a SQLite store with --events generated events (and a tenth as many articles, a fifth as many quotations),
then requests each main page and API endpoint --repeat times in process (FastAPI's test client, so no network
noise) and prints p50/p95 in milliseconds. The same pages on a 1,000-event store, built and measured in the
same run, are the baseline: the ratio column says how much slower a page gets on the large store.

    .venv/bin/python bench/web_pages.py --events 100000
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from newsgraph.ontology.plover import ontology
from newsgraph.store import open_store

COUNTRIES = ["USA", "RUS", "UKR", "ISR", "PSE", "CHN", "IRN", "GBR", "FRA", "DEU", "TUR", "SYR", "LBN", "EGY",
             "QAT", "SAU", "SDN", "IND", "PAK", "POL", "HUN", "MEX", "CAN", "JPN", "KOR", "PRK", "VEN", "BRA",
             "ZAF", "NGA"]
WORDS = ("talks ceasefire missile strike sanctions tariffs aid peacekeepers border drone envoy minister "
         "president parliament protest agreement pipeline grain port refugees election").split()
PAGES = ["/", "/events", "/events?actor=RUS&type=ASSAULT", "/dyad?a=USA&b=RUS&freq=week", "/map", "/network",
         "/quotes?q=ceasefire", "/api/events?limit=50", "/api/dyad?a=USA&b=RUS", "/api/overview"]


def _id(prefix: str, *parts: object) -> str:
    return prefix + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:15]


def build(path: str, n_events: int, seed: int = 7) -> None:
    rnd = random.Random(seed)
    onto = ontology()
    types = sorted(onto.types)
    start = date(2024, 1, 1)
    with open_store(path) as store:
        db = store.db
        with db.transaction():
            db.execute("INSERT INTO ingest_log (id, source, content_hash, format, status, n_articles, ingested_at) "
                       "VALUES ('lbench', 'bench', 'x', 'text', 'ok', 0, '2026-01-01')")
            for c in COUNTRIES:
                db.execute("INSERT INTO entities (id, type, name, aliases, country, roles, n_mentions, key) "
                           "VALUES (?, 'GPE', ?, '[]', ?, '[]', 0, ?)", ("c" + c, c, c, "country:" + c))
            people = [(_id("p", k), f"Person {k}", rnd.choice(COUNTRIES)) for k in range(500)]
            db.executemany("INSERT INTO entities (id, type, name, aliases, country, sector, roles, n_mentions, key) "
                           "VALUES (?, 'PERSON', ?, '[]', ?, 'GOV', '[]', 0, ?)",
                           [(p, n, c, n.lower()) for p, n, c in people])
            n_articles = max(1, n_events // 10)
            arts = []
            for k in range(n_articles):
                day = (start + timedelta(days=rnd.randrange(700))).isoformat()
                text = " ".join(rnd.choice(WORDS) for _ in range(300))
                arts.append((_id("a", k), "lbench", k, f"bench/{k}.txt", 0, len(text),
                             json.dumps([[0, 0, len(text)]]), "text", rnd.choice(["Herald", "Ledger", "Daily"]),
                             f"Story {k}", day, text, _id("h", k), 300))
            db.executemany("INSERT INTO articles (id, log_id, seq, source, start_char, end_char, segments, format, "
                           "outlet, title, date, text, text_hash, n_words) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", arts)
            rows = []
            for k in range(n_events):
                art = arts[k % n_articles]
                t = rnd.choice(types)
                a, r = rnd.sample(COUNTRIES[:12] if rnd.random() < .8 else COUNTRIES, 2)
                located = rnd.random() < .4
                counted = rnd.random() < .85
                rows.append((_id("v", k), art[0], art[3], k % 250, k % 250 + 40, f"Sentence {k} about {t}.", t,
                             json.dumps([] if counted else ["future"]), int(counted), "c" + a, a, "c" + r, r, a, r,
                             art[10], art[10], onto.quad(t), onto.score(t),
                             "Somewhere" if located else None, rnd.uniform(-60, 70) if located else None,
                             rnd.uniform(-170, 170) if located else None, _id("h", k // 2), "bench", "bench"))
            db.executemany(
                "INSERT INTO events (id, article_id, source, start_char, end_char, sentence, event_type, aux, counted, "
                "actor_id, actor_text, recipient_id, recipient_text, actor_country, recipient_country, date, day, "
                "quad, score, location_name, lat, lon, happening_id, rule, coder_version) VALUES "
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            quotes = []
            for k in range(n_events // 5):
                art = arts[k % n_articles]
                text = " ".join(rnd.choice(WORDS) for _ in range(20))
                quotes.append((_id("q", k), art[0], art[3], 0, 10, text, "direct", rnd.choice(people)[0], "x", "said",
                               "bench", "bench"))
            db.executemany("INSERT INTO quotes (id, article_id, source, start_char, end_char, text, kind, speaker_id, "
                           "speaker_text, cue, rule, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", quotes)
            db.executemany("INSERT INTO quotes_fts (quote_id, article_id, text) VALUES (?, ?, ?)",
                           [(q[0], q[1], q[5]) for q in quotes])
        db.execute("ANALYZE")


def measure(path: str, repeat: int) -> dict[str, tuple[float, float, float]]:
    from fastapi.testclient import TestClient

    from newsgraph.web.app import create_app

    out = {}
    with TestClient(create_app(path)) as client:
        for page in PAGES:
            t = time.perf_counter()
            assert client.get(page).status_code == 200, page
            cold = (time.perf_counter() - t) * 1000  # first request: nothing cached for this page
            times = []
            for _ in range(repeat):
                t = time.perf_counter()
                client.get(page)
                times.append((time.perf_counter() - t) * 1000)
            times.sort()
            out[page] = (statistics.median(times), times[min(len(times) - 1, int(round(.95 * (len(times) - 1))))],
                          cold)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        small, large = str(Path(tmp) / "small.db"), str(Path(tmp) / "large.db")
        t = time.perf_counter()
        build(small, 1_000)
        build(large, args.events)
        print(f"built stores of 1,000 and {args.events:,} events in {time.perf_counter() - t:.1f}s")
        base, big = measure(small, args.repeat), measure(large, args.repeat)
    print(f"{'page':38} {'first ms':>9} {'p50 ms':>8} {'p95 ms':>8} {'base p50':>9} {'ratio':>6}")
    for page in PAGES:
        p50, p95, cold = big[page]
        b50 = base[page][0]
        print(f"{page:38} {cold:9.1f} {p50:8.1f} {p95:8.1f} {b50:9.1f} {p50 / b50:6.1f}")
    print("first: the first request after the store was built (aggregates not yet cached); p50/p95 over the "
          "repeats; base p50: the same page on a 1,000-event store; ratio = p50 / base p50")


if __name__ == "__main__":
    main()
