"""A longer fuzz run than the property tests: random and mutated inputs through ingest and the NLP stages.

    .venv/bin/python scripts/fuzz.py --files 300 --texts 1000 --seed 1

Inputs: random bytes, random text, and mutations of the project's own samples (bytes flipped, cut, duplicated,
spliced, HTML and feed markup broken). Each file goes through `ingest_one` into one store (any exception is a
failure; a clear NGxxx status is not), then `newsgraph check` must find nothing wrong. Each text goes through
the full NLP pipeline with its offset checks. Prints examples tried and failures found.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def mutate(data: bytes, rnd: random.Random) -> bytes:
    b = bytearray(data)
    for _ in range(rnd.randint(1, 8)):
        op = rnd.random()
        if not b:
            b = bytearray(rnd.randbytes(rnd.randint(1, 200)))
        elif op < .25:
            i = rnd.randrange(len(b))
            b[i] = rnd.randrange(256)
        elif op < .45:
            i = rnd.randrange(len(b))
            del b[i:i + rnd.randint(1, 400)]
        elif op < .65:
            i, j = sorted(rnd.randrange(len(b)) for _ in range(2))
            b[i:i] = b[i:j]
        elif op < .8:
            i = rnd.randrange(len(b))
            b[i:i] = rnd.choice([b"<", b"</div>", b"<![CDATA[", b"\x00", b"\xff\xfe", b"\n\n\n", b"\xe2\x80\x9c",
                                 b"<item><title>", b"WARC/1.0\r\n", b"{\"text\": ", b"\x1f\x8b"])
        else:
            b = b[: rnd.randrange(len(b) + 1)]
    return bytes(b)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=200)
    ap.add_argument("--texts", type=int, default=500)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rnd = random.Random(args.seed)

    from newsgraph.ingest.run import ingest_one
    from newsgraph.nlp.pipeline import Analysis, load, run
    from newsgraph.nlp.run import STAGES, analyse
    from newsgraph.store import open_store
    from newsgraph.store.check import check

    samples = [p.read_bytes() for p in sorted((ROOT / "samples").iterdir()) if p.is_file()]
    failures = 0
    started = time.perf_counter()
    statuses: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        with open_store(str(Path(tmp) / "fuzz.db")) as store:
            for k in range(args.files):
                kind = rnd.random()
                if kind < .2:
                    data = rnd.randbytes(rnd.randint(0, 3000))
                elif kind < .35:
                    data = "".join(chr(rnd.randrange(32, 0x3000)) for _ in range(rnd.randint(0, 2000))).encode(
                        "utf-8", "replace")
                else:
                    data = mutate(rnd.choice(samples), rnd)
                path = Path(tmp) / f"f{k}{rnd.choice(['.txt', '.html', '.xml', '.jsonl', '.warc', '.gz', ''])}"
                path.write_bytes(data)
                try:
                    result = ingest_one(store, str(path))
                    statuses[result.status] = statuses.get(result.status, 0) + 1
                except Exception:  # noqa: BLE001 - a crash is exactly what this script looks for
                    failures += 1
                    print(f"FAIL ingest {path.name}:\n{traceback.format_exc()}")
            try:
                analyse(store)
            except Exception:  # noqa: BLE001
                failures += 1
                print(f"FAIL analyse:\n{traceback.format_exc()}")
            problems = list(check(store))
            for p in problems:
                failures += 1
                print(f"FAIL check: {p}")
            counts = store.counts()
    nlp = load()
    words = ["Russia", "said", "struck", "“", "”", "\n\n", "will", "not", "Kyiv", "on", "Tuesday", "killing", "four",
             "people", "he", "met", "talks", "agreed", "to", "'", "``", "''", ":", "ago", "three", "years"]
    for k in range(args.texts):
        text = (" ".join(rnd.choice(words) for _ in range(rnd.randint(0, 80))) if rnd.random() < .6 else
                "".join(chr(rnd.randrange(9, 0x2500)) for _ in range(rnd.randint(0, 400))))
        try:
            a = run(Analysis("f", text, "2025-03-07", nlp(text)), STAGES)
            for q in a.quotes:
                assert 0 <= q.start <= q.end <= len(text) and text[q.start:q.end] == q.text
            for e in a.events:
                assert 0 <= e.sent_start <= e.start < e.end <= e.sent_end <= len(text)
        except Exception:  # noqa: BLE001
            failures += 1
            print(f"FAIL text {text[:80]!r}:\n{traceback.format_exc()}")
    print(f"fuzz: {args.files} files (statuses {statuses}; store then held {counts['articles']} articles, "
          f"{counts['events']} events; check: {len(problems)} problems) and {args.texts} texts in "
          f"{time.perf_counter() - started:.0f}s; failures {failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
