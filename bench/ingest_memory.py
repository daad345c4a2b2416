"""Peak memory and speed of `newsgraph ingest` on a generated text dump of a given size, then of analysis.

Writes a dump in the seed layouts (daily header, paywall gates, headlines, credits, sales blocks) from the
project's own sentences, ingests it (read, segment, deduplicate, store; `--no-analyse`) in a child process into
a fresh SQLite store, and prints the child's peak RSS, wall time, MB/s and words/s, next to a baseline measured
in the same run: reading the same file line by line in a child process (the floor any streaming ingest pays).
Then it runs `newsgraph analyse` (both cores) on the whole store for --analyse-seconds and prints the peak RSS
of one process and of the process tree: analysing 160 million words would take days on two cores, and the
memory of analysis is bounded by its chunks, not by the store.

    .venv/bin/python bench/ingest_memory.py --mb 200
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time

SUBJECTS = ["Officials in {city}", "The foreign minister", "A spokesman for the {body}", "Residents of {city}",
            "The defense ministry", "Negotiators from {country}", "Aid agencies", "Analysts at the {body}",
            "The prime minister of {country}", "Lawmakers in {city}", "Rescue crews", "The central bank"]
VERBS = ["said on {day} that", "warned that", "told reporters in {city} that", "announced on {day} that",
         "denied reports that", "confirmed late {day} that", "insisted that", "wrote in a statement that"]
CLAUSES = ["talks on a cease-fire would resume in {city} within {n} days",
           "{n} people were wounded when a drone struck a {thing} near {city}",
           "tariffs of {n} percent on {goods} would take effect next month",
           "the delegation from {country} had met the {body} for {n} hours",
           "crossings into the region had been closed for {n} days",
           "a convoy carrying {goods} reached {city} after a delay of {n} hours",
           "the {body} would send {n} observers to monitor the border with {country}",
           "prices of {goods} had risen by {n} percent since the sanctions began",
           "an agreement on {goods} was close but not yet signed"]
WORDS = {
    "city": ["Kyiv", "Riyadh", "Geneva", "Cairo", "Ankara", "Warsaw", "Doha", "Kharkiv", "Odesa", "Brussels",
             "Tallinn", "Amman", "Beirut", "Nairobi", "Istanbul", "Vienna", "Oslo", "Dnipro", "Rafah", "Lviv"],
    "country": ["Ukraine", "Russia", "Turkey", "Qatar", "Egypt", "Poland", "Norway", "Kenya", "Jordan", "Sudan"],
    "body": ["United Nations", "European Commission", "Red Cross", "World Bank", "African Union", "OSCE",
             "International Atomic Energy Agency", "World Food Program"],
    "thing": ["warehouse", "power station", "rail depot", "school", "grain terminal", "hospital", "bridge"],
    "goods": ["steel", "grain", "fertilizer", "natural gas", "aluminum", "medicine", "diesel", "wheat"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
TITLES = ["Leaders Meet as Talks Resume on a Cease-Fire", "Drone Strike Hits Warehouse Near River Port",
          "Tariff Threat Rattles Steel Makers Across the Region", "Aid Groups Warn of Closed Crossings"]


def sentence(rng: random.Random) -> str:
    def fill(t: str) -> str:
        return t.format(n=rng.randint(2, 900), **{k: rng.choice(v) for k, v in WORDS.items()})
    return f"{fill(rng.choice(SUBJECTS))} {fill(rng.choice(VERBS))} {fill(rng.choice(CLAUSES))}."


def generate(path: str, megabytes: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    target = megabytes * 1_000_000
    written = 0
    words = 0
    with open(path, "w", encoding="utf-8") as f:
        day = 0
        while written < target:
            day += 1
            chunk = [f"The Harbour Ledger 2025-{1 + day % 12:02}-{1 + day % 28:02} 08:00:00\n\n\n"]
            for _ in range(20):
                paras = [" ".join(sentence(rng) for _ in range(rng.randint(2, 4)))
                         for _ in range(rng.randint(8, 16))]
                words += sum(len(p.split()) for p in paras)
                chunk.append(f"{rng.choice(TITLES)} {rng.randint(1, 10**6)}\n\n"
                             "You have been granted access to this story. Press any key to keep reading.\n\n"
                             + "\n\n".join(paras) + "\n\nA. Reporter contributed reporting.\n\n"
                             "Save on The Ledger with our best offer:\n\n$1.00/week for your first year.\n\n"
                             "Learn more\n\n")
            text = "".join(chunk)
            f.write(text)
            written += len(text.encode())
    return words


def child(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of a child process."""
    started = time.perf_counter()
    code = f"""
import resource, subprocess, sys
p = subprocess.run({cmd!r})
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(p.returncode)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return time.perf_counter() - started, int(out.stdout.strip().splitlines()[-1]) / 1024


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _tree(pid: int) -> list[int]:
    """The process and its descendants (Linux /proc)."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                parents.setdefault(ppid, []).append(int(entry))
            except (OSError, IndexError, ValueError):
                continue
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(parents.get(p, []))
    return out


def analyse_for(newsgraph: str, db: str, seconds: float) -> tuple[float, float, int]:
    """Run `newsgraph analyse` for at most ``seconds``, sampling the RSS of its process tree; return the peak
    of any one process, the peak of the tree's sum (shared pages counted in each process), and how many
    articles were analysed."""
    import signal
    import sqlite3

    proc = subprocess.Popen([newsgraph, "analyse", "--db", db], stdout=subprocess.DEVNULL)
    one = total = 0.0
    deadline = time.monotonic() + seconds
    while proc.poll() is None and time.monotonic() < deadline:
        sizes = [_rss_mb(p) for p in _tree(proc.pid)]
        one, total = max(one, max(sizes, default=0.0)), max(total, sum(sizes))
        time.sleep(0.5)
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        proc.wait()
    con = sqlite3.connect(db)
    done = con.execute("SELECT count(*) FROM articles WHERE analysed IS NOT NULL").fetchone()[0]
    con.close()
    return one, total, done


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=int, default=200, help="size of the generated dump in MB")
    ap.add_argument("--keep", help="directory to keep the dump and store in (default: a temporary one)")
    ap.add_argument("--analyse-seconds", type=float, default=300,
                    help="then run `newsgraph analyse` on the full store for this long, sampling memory")
    args = ap.parse_args()
    work = args.keep or tempfile.mkdtemp(prefix="ng-bench-")
    os.makedirs(work, exist_ok=True)
    dump, db = os.path.join(work, "dump.txt"), os.path.join(work, "bench.db")
    for p in (db, db + "-wal", db + "-shm"):
        if os.path.exists(p):
            os.remove(p)
    t = time.perf_counter()
    words = generate(dump, args.mb)
    size = os.path.getsize(dump) / 1e6
    print(f"generated {size:.0f} MB, {words:,} words in {time.perf_counter() - t:.1f}s: {dump}")
    base_s, base_rss = child([sys.executable, "-c",
                              f"n=0\nfor line in open({dump!r}, encoding='utf-8', newline=''): n += len(line)"])
    newsgraph = os.path.join(os.path.dirname(sys.executable), "newsgraph")
    ing_s, ing_rss = child([newsgraph, "ingest", "-q", "--no-analyse", dump, "--db", db])
    store_mb = sum(os.path.getsize(p) for p in (db, db + "-wal") if os.path.exists(p)) / 1e6
    print(f"{'run':<22} {'seconds':>8} {'MB/s':>7} {'words/s':>10} {'peak RSS MB':>12}")
    print(f"{'baseline: read lines':<22} {base_s:>8.1f} {size / base_s:>7.1f} {words / base_s:>10,.0f} "
          f"{base_rss:>12.0f}")
    print(f"{'newsgraph ingest':<22} {ing_s:>8.1f} {size / ing_s:>7.1f} {words / ing_s:>10,.0f} {ing_rss:>12.0f}")
    print(f"ingest/baseline time ratio {ing_s / base_s:.1f}x; peak RSS {ing_rss:.0f} MB "
          f"({'under' if ing_rss < 1536 else 'OVER'} 1.5 GB); store {store_mb:.0f} MB")
    if args.analyse_seconds > 0:
        one, total, done = analyse_for(newsgraph, db, args.analyse_seconds)
        print(f"newsgraph analyse on that store for {args.analyse_seconds:.0f} s: {done:,} articles analysed; peak "
              f"RSS of one process {one:.0f} MB, of the process tree {total:.0f} MB (shared pages counted in "
              f"each process); texts stream from the store, so this does not grow with the store")


if __name__ == "__main__":
    main()
