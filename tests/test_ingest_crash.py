"""A run killed with SIGKILL and started again leaves no duplicate or partial article."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import table_dump, write
from newsgraph.store import open_store

PARA = ("Officials in district {n} said on Monday that the new bridge over the river would open in {m} weeks, "
        "after engineers finished tests of the deck and the approach roads.")


def _corpus(d: Path, files: int = 30, stories: int = 40) -> None:
    for f in range(files):
        blocks = []
        for s in range(stories):
            blocks.append("You have been granted access to this story. Press any key to keep reading.\n\n" +
                          "\n\n".join(PARA.format(n=f * 1000 + s * 10 + k, m=k) for k in range(4)))
        write(d, f"dump{f:03}.txt", f"The Ledger 2025-03-{1 + f % 28:02} 08:00\n\n" + "\n\n".join(blocks) + "\n")


def _run(corpus: Path, db: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "newsgraph.cli", "ingest", "-q", "--no-analyse", str(corpus),
                             "--db", db],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@pytest.mark.parametrize("delays", [(0.6, 1.2, 1.8)])
def test_ingest_crash_sigkill_then_rerun_equals_clean_run(tmp_path: Path, delays: tuple[float, ...]) -> None:
    corpus = tmp_path / "corpus"
    _corpus(corpus)
    clean = str(tmp_path / "clean.db")
    assert _run(corpus, clean).wait() == 0
    killed = str(tmp_path / "killed.db")
    kills = 0
    for delay in delays:
        proc = _run(corpus, killed)
        time.sleep(delay)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait()
    assert _run(corpus, killed).wait() == 0
    with open_store(clean) as a, open_store(killed) as b:
        assert b.db.scalar("PRAGMA integrity_check") == "ok"
        assert table_dump(a) == table_dump(b)
        assert b.db.scalar("SELECT count(*) FROM (SELECT text_hash FROM articles GROUP BY log_id, seq "
                           "HAVING count(*) > 1)") == 0
    assert kills >= 1, "no run was killed mid-way; the corpus is too small for this machine"
