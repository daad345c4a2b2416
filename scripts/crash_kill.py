"""Kill `newsgraph ingest` with SIGKILL at random moments, restart it, and check the store.

Builds a mixed corpus (text dumps in the seed layouts, HTML, a feed, JSON lines, a WARC.gz, and bad inputs),
runs one uninterrupted ingest as the reference, then ingests the same corpus into a second store while killing
the process at random moments (``--kills`` times, each kill after a random delay), restarts until a run ends on
its own, and compares: integrity check, no duplicate or partial article, ``newsgraph check`` clean, and every
table equal to the reference run's. Prints the figures; exits 1 on any difference.

    .venv/bin/python scripts/crash_kill.py --kills 20
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PARA = ("Officials in district {n} said on {day} that the bridge over the river would reopen within {m} weeks, "
        "after engineers finished testing the deck, the cables and the approach roads.")
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def corpus(root: Path, files: int, seed: int) -> None:
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    for f in range(files):
        stories = []
        for s in range(30):
            paras = [PARA.format(n=f * 10_000 + s * 10 + k, m=rng.randint(2, 30), day=rng.choice(DAYS))
                     for k in range(rng.randint(3, 6))]
            stories.append(f"Bridge Works Update Number {f}-{s}\n\n"
                           "You have been granted access to this story. Press any key to keep reading.\n\n"
                           + "\n\n".join(paras) + "\n\nA. Reporter contributed reporting.\n\nLearn more\n")
        (root / f"dump{f:03}.txt").write_text(f"The Ledger 2025-03-{1 + f % 28:02} 08:00\n\n" + "\n".join(stories),
                                             encoding="utf-8")
    (root / "page.html").write_text("<html><body><article>" + "".join(
        f"<p>{PARA.format(n=k, m=k, day='Monday')}</p>" for k in range(5)) + "</article></body></html>")
    (root / "items.jsonl").write_text("\n".join(json.dumps({"text": PARA.format(n=k, m=3, day="Friday"), "id": k})
                                                for k in range(50)) + "\n{broken\n")
    (root / "feed.xml").write_text("<?xml version='1.0'?><rss version='2.0'><channel><title>L</title>" + "".join(
        f"<item><title>T{k}</title><description>{PARA.format(n=k, m=2, day='Monday')}</description></item>"
        for k in range(20)) + "</channel></rss>")
    (root / "empty.txt").write_bytes(b"")
    (root / "noise.bin").write_bytes(bytes(range(256)) * 16)
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for k in range(5):
        page = (root / "page.html").read_text().replace("district", f"ward {k}")
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://example.org/{k}", "response",
                                                      payload=io.BytesIO(page.encode()), http_headers=headers))
    (root / "crawl.warc.gz").write_bytes(buf.getvalue())


def ingest(corpus_dir: Path, db: Path) -> subprocess.Popen[bytes]:
    exe = Path(sys.executable).with_name("newsgraph")
    return subprocess.Popen([str(exe), "ingest", "-q", str(corpus_dir), "--db", str(db)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def dump(db: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db)
    out = {}
    for table in ("ingest_log", "articles", "article_bands", "entities", "mentions", "quotes"):
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in ("ingested_at",)]
        out[table] = sorted(conn.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall(), key=repr)
    conn.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--files", type=int, default=12)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="ng-crash-"))
    corpus(work / "corpus", args.files, args.seed)
    started = time.perf_counter()
    ref = work / "reference.db"
    ingest(work / "corpus", ref).wait()
    clean_seconds = time.perf_counter() - started
    print(f"corpus: {sum(1 for _ in (work / 'corpus').iterdir())} inputs; uninterrupted run {clean_seconds:.1f}s")
    target = work / "killed.db"
    kills = runs = 0
    while True:
        runs += 1
        proc = ingest(work / "corpus", target)
        if kills < args.kills:
            # Short random delays, so every run is cut: during ingest, during analysis or at start-up.
            time.sleep(rng.uniform(0.05, min(3.0, clean_seconds / 4)))
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
                kills += 1
            proc.wait()
            continue
        proc.wait()
        break
    conn = sqlite3.connect(target)
    integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    dupes = conn.execute("SELECT count(*) FROM (SELECT log_id, seq FROM articles GROUP BY log_id, seq "
                         "HAVING count(*) > 1)").fetchone()[0]
    conn.close()
    exe = Path(sys.executable).with_name("newsgraph")
    checked = subprocess.run([str(exe), "check", "--db", str(target)], capture_output=True, text=True)
    same = dump(ref) == dump(target)
    print(f"runs {runs}, SIGKILLs {kills}; integrity {integrity}; duplicate articles {dupes}; "
          f"newsgraph check: {checked.stdout.strip().splitlines()[-1]}; equal to the uninterrupted run: {same}")
    return 0 if integrity == "ok" and dupes == 0 and checked.returncode == 0 and same else 1


if __name__ == "__main__":
    sys.exit(main())
