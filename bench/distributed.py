"""Scaling of the distributed runner: `newsgraph run --engine dask` on 1 and on 2 local workers, then `load`.

    .venv/bin/python bench/distributed.py [--files 12]

The corpus is the seeds (../shared/seeds) plus ../shared/eval/voa written as --files JSON-lines files (one task
per file, so the tasks can spread over the workers). Prints wall time and words/s of pass 1 for each cluster
size, the speed-up of 2 workers over 1, pass 2 (`newsgraph load`) time, and checks that both runs load to the
same store as single-process `newsgraph ingest` (record counts).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BIN = Path(sys.executable).parent / "newsgraph"


def corpus(folder: Path, files: int) -> int:
    """Write the corpus; return its word count."""
    shutil.copytree(SHARED / "seeds", folder / "seeds")
    words = sum(len(p.read_text("utf-8", errors="replace").split()) for p in (folder / "seeds").iterdir())
    stories = [json.loads(x) for x in (SHARED / "eval" / "voa" / "voa_stories.jsonl").read_text("utf-8").splitlines()]
    (folder / "voa").mkdir()
    for k in range(files):
        with open(folder / "voa" / f"part{k:03d}.jsonl", "w", encoding="utf-8") as f:
            for j, story in enumerate(stories[k::files]):
                f.write(json.dumps({"id": f"v{k}-{j}", "title": f"Story {k}-{j}", "date": "2025-03-07",
                                    "text": story["text"]}) + "\n")
                words += len(story["text"].split())
    return words


def counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("articles", "entities", "mentions", "quotes", "events")}


def timed(cmd: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=12)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        words = corpus(root / "in", args.files)
        single = timed([str(BIN), "ingest", "-q", "--workers", "1", "--db", str(root / "single.db"),
                        str(root / "in")])
        reference = counts(root / "single.db")
        print(f"corpus: {words:,} words in {args.files} VOA files + the seed dumps; single-process ingest "
              f"{single:.1f} s ({words / single:,.0f} words/s)")
        print(f"{'workers':>7} {'pass 1 s':>9} {'words/s':>9} {'speed-up':>9} {'load s':>7}  same store as ingest")
        first = None
        for workers in (1, 2):
            out = root / f"out{workers}"
            run = timed([str(BIN), "run", "--engine", "dask", "--workers", str(workers), "--out", str(out),
                         str(root / "in")])
            first = first or run
            load = timed([str(BIN), "load", str(out), "--db", str(root / f"w{workers}.db")])
            same = counts(root / f"w{workers}.db") == reference
            print(f"{workers:>7} {run:9.1f} {words / run:9,.0f} {first / run:9.2f} {load:7.1f}  {same}")


if __name__ == "__main__":
    main()
