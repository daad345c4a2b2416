"""Ingesting a new day into an existing store costs in proportion to the new files, not to the store.

    .venv/bin/python bench/incremental.py [--sizes 1000 10000] [--day 40]

For each store size N it builds a store of N generated articles (stored and marked analysed, as a store that
has been running for a while would be; their minhash bands are indexed for duplicate search), then times
`newsgraph ingest` of the same new day of --day articles (read, segment, dedup against the whole store, parse,
stages, writes). Prints seconds per size and the ratio of the largest to the smallest; a ratio near 1 means
the cost does not grow with the store.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CITIES = ["Kharkiv", "Odesa", "Sumy", "Dnipro", "Lviv", "Warsaw", "Vienna", "Riga", "Tallinn", "Vilnius"]
PEOPLE = ["the foreign minister", "the mayor", "a spokesman for the army", "the prime minister", "officials"]


def story(rnd: random.Random, k: int) -> dict[str, str]:
    city, who = rnd.choice(CITIES), rnd.choice(PEOPLE)
    n = rnd.randint(2, 60)
    text = (f"A drone struck an apartment block in {city} early on Tuesday, killing {n % 9 + 1} people, "
            f"{who} said in statement {k}. Rescue crews worked through the night in district {n}.\n\n"
            f"“We will rebuild,” {who} told reporters after talks with envoys from {rnd.choice(CITIES)} on item {k}.\n\n"
            f"Negotiators met in {rnd.choice(CITIES)} on Monday to discuss prisoner exchange number {k * 7 + n}.")
    return {"id": f"s{k}", "title": f"Report {k} from {city}", "date": f"2025-03-{1 + k % 28:02d}", "text": text}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--day", type=int, default=40)
    args = ap.parse_args()
    exe = str(Path(sys.executable).parent / "newsgraph")
    from newsgraph.nlp.pipeline import VERSION

    rnd = random.Random(11)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        day = Path(tmp) / "day.jsonl"
        day.write_text("".join(json.dumps(story(rnd, 10_000_000 + k)) + "\n" for k in range(args.day)))
        for size in args.sizes:
            base = Path(tmp) / f"base{size}.jsonl"
            base.write_text("".join(json.dumps(story(rnd, k)) + "\n" for k in range(size)))
            db = str(Path(tmp) / f"s{size}.db")
            subprocess.run([exe, "ingest", "--db", db, "-q", "--no-analyse", str(base)], check=True,
                           stdout=subprocess.DEVNULL)
            import sqlite3

            with sqlite3.connect(db) as conn:  # a store that has been analysed all along
                conn.execute("UPDATE articles SET analysed = ?", (VERSION,))
            t = time.perf_counter()
            subprocess.run([exe, "ingest", "--db", db, "-q", "--workers", "1", str(day)], check=True,
                           stdout=subprocess.DEVNULL)
            results[size] = time.perf_counter() - t
    print(f"new day: {args.day} articles, ingested and analysed into stores of different sizes (one process)")
    for size, secs in results.items():
        print(f"  store of {size:>7,} articles: {secs:6.1f} s")
    small, large = results[min(results)], results[max(results)]
    print(f"ratio largest/smallest store: {large / small:.2f}")


if __name__ == "__main__":
    main()
