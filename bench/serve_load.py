"""The server under load while an ingest writes to the same store.

    .venv/bin/python bench/serve_load.py [--db URL] [--clients 50] [--requests 3000] [--seconds 120]

Starts `newsgraph serve` on a free loopback port, starts `newsgraph ingest` on a generated corpus (and the
samples) into the same store, and fires requests from --clients concurrent clients at the main pages and API
endpoints until --requests are done or --seconds pass. Prints requests/s, p50/p99 latency and the error count
(any status other than 200, any "database is locked"). Default store: a fresh SQLite file; pass a
postgresql:// URL to load PostgreSQL.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
PATHS = ["/", "/events", "/events?actor=RUS", "/api/events?limit=50", "/api/overview", "/dyad?a=USA&b=RUS",
         "/api/dyad?a=USA&b=RUS", "/map", "/network", "/quotes?q=talks", "/api/quotes?q=talks"]


def corpus(directory: Path, n: int) -> None:
    """n small dumps in the seed layout, written from templates (the project's own sentences)."""
    rnd = random.Random(3)
    places = ["Kharkiv", "Odesa", "Sumy", "Dnipro", "Zaporizhzhia"]
    for k in range(n):
        day = f"2025-03-{1 + k % 28:02d}"
        stories = []
        for j in range(5):
            city = rnd.choice(places)
            stories.append(
                f"Strike on {city} story {k}-{j}\n\nBy A Reporter\n\n"
                f"A Russian drone struck {city} late Tuesday, killing {rnd.randint(1, 9)} people, Ukrainian officials "
                f"said on Wednesday in report number {k * 10 + j}.\n\n"
                f"“We will rebuild every house in {city},” the mayor of {city} said after the talks with Kyiv.\n\n"
                f"The foreign minister met his Polish counterpart in Warsaw on Monday to discuss air defense, "
                f"according to a statement numbered {k}{j}.\n")
        (directory / f"dump_{k:04d}.txt").write_text(f"Harbour Ledger {day} 08:00\n\n" + "\n\n".join(stories))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="store URL (default: a fresh SQLite file)")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=3000)
    ap.add_argument("--seconds", type=float, default=120)
    ap.add_argument("--files", type=int, default=60, help="generated dumps the ingest writes during the load")
    args = ap.parse_args()
    import httpx

    tmp = Path(tempfile.mkdtemp())
    db = args.db or str(tmp / "load.db")
    subprocess.run([str(BIN / "newsgraph"), "ingest", "--db", db, "-q", str(ROOT / "samples")], check=False,
                   stdout=subprocess.DEVNULL)
    (tmp / "corpus").mkdir()
    corpus(tmp / "corpus", args.files)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([str(BIN / "newsgraph"), "serve", "--db", db, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            httpx.get(base + "/api/overview", timeout=2)
            break
        except httpx.HTTPError:
            time.sleep(0.2)
    writer = subprocess.Popen([str(BIN / "newsgraph"), "ingest", "--db", db, "-q", str(tmp / "corpus")],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.perf_counter() + args.seconds
    remaining = [args.requests]

    def client(seed: int) -> None:
        rnd = random.Random(seed)
        with httpx.Client(base_url=base, timeout=60) as c:
            while time.perf_counter() < deadline:
                with lock:
                    if remaining[0] <= 0:
                        return
                    remaining[0] -= 1
                path = rnd.choice(PATHS)
                t = time.perf_counter()
                try:
                    r = c.get(path)
                    ok = r.status_code == 200 and "database is locked" not in r.text
                    problem = None if ok else f"{path}: {r.status_code} {r.text[:120]}"
                except httpx.HTTPError as exc:
                    problem = f"{path}: {exc!r}"
                with lock:
                    latencies.append((time.perf_counter() - t) * 1000)
                    if problem:
                        errors.append(problem)

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(k,)) for k in range(args.clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    writing = writer.poll() is None
    out, err = writer.communicate()
    server.terminate()
    server.wait(timeout=10)
    latencies.sort()
    p = lambda q: latencies[min(len(latencies) - 1, int(q * (len(latencies) - 1)))] if latencies else 0.0  # noqa
    print(f"store {db.split('@')[-1]}: {len(latencies)} requests from {args.clients} clients in {elapsed:.1f}s = "
          f"{len(latencies) / elapsed:.1f} requests/s; p50 {statistics.median(latencies):.0f} ms, p99 {p(.99):.0f} "
          f"ms; errors {len(errors)}; ingest {'still writing when the load ended' if writing else 'finished'} "
          f"(exit {writer.returncode}): {(out.strip().splitlines() or [''])[-1]}")
    for e in errors[:10]:
        print("  error:", e)
    return 1 if errors or writer.returncode not in (0, None) else 0


if __name__ == "__main__":
    raise SystemExit(main())
