"""`newsgraph run` on a local Dask cluster of two workers, then `newsgraph load`: same store as `ingest`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import ROOT
from newsgraph.cli import main
from newsgraph.store import open_store

TABLES = {
    "articles": "id, log_id, seq, source, start_char, end_char, segments, title, outlet, date, text, duplicate_of, "
                "similarity, analysed",
    "ingest_log": "id, source, content_hash, format, encoding, size, status, code, reason, n_articles, "
                  "n_duplicates, n_problems",
    "entities": "*", "mentions": "*", "quotes": "*", "events": "*",
}


def snapshot(db: str) -> dict[str, list[tuple]]:
    with open_store(db) as store:
        return {t: sorted((tuple(r.values()) for r in store.db.query(f"SELECT {cols} FROM {t}")), key=repr)
                for t, cols in TABLES.items()}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus plus inputs that fail or partly fail, and a copy that is a duplicate input."""
    root = tmp_path_factory.mktemp("inputs")
    shutil.copytree(ROOT / "samples", root / "samples")
    bad = root / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "image.bin").write_bytes(bytes(range(256)) * 8)
    (bad / "broken.jsonl").write_text('{"text": "Officials met in Geneva on Tuesday to discuss the ceasefire '
                                      'plan, the ministry said."}\n{not json\n', encoding="utf-8")
    shutil.copy(root / "samples" / "wire.txt", bad / "wire-copy.txt")
    return root


@pytest.fixture(scope="module")
def run_out(inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("run") / "out"
    code = main(["run", "--engine", "dask", "--workers", "2", "--out", str(out), str(inputs)])
    assert code == 1  # the bad inputs fail, as they do in ingest; the rest goes on
    return out


def test_run_two_workers_then_load_equals_single_process_ingest(inputs: Path, run_out: Path,
                                                                 tmp_path: Path) -> None:
    single, loaded = str(tmp_path / "single.db"), str(tmp_path / "loaded.db")
    assert main(["ingest", "-q", "--workers", "1", "--db", single, str(inputs)]) == 1
    assert main(["load", str(run_out), "--db", loaded]) == 1
    a, b = snapshot(single), snapshot(loaded)
    for table in TABLES:
        assert a[table] == b[table], table
    assert len(a["events"]) > 20 and len(a["quotes"]) > 20
    statuses = {r[1].rsplit("/", 1)[-1]: r[6] for r in a["ingest_log"]}
    assert statuses["empty.txt"] == "failed" and statuses["image.bin"] == "failed"
    assert statuses["broken.jsonl"] == "partial"
    assert {statuses["wire-copy.txt"], statuses["wire.txt"]} == {"ok", "skipped"}  # the second copy is skipped


def test_small_chunks_spread_one_input_over_tasks_and_load_the_same(inputs: Path, run_out: Path,
                                                                    tmp_path: Path) -> None:
    from newsgraph.distributed import run

    out = tmp_path / "chunked"
    run([str(inputs)], str(out), workers=2, chunk=2)  # every input of more than 2 articles splits into tasks
    assert len(list((out / "articles").glob("day=*/part-*-00001.parquet"))) > 0
    a, b = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    main(["load", str(run_out), "--db", a])
    main(["load", str(out), "--db", b])
    assert snapshot(a) == snapshot(b)


def test_load_twice_changes_nothing(run_out: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "twice.db")
    main(["load", str(run_out), "--db", db])
    first = snapshot(db)
    main(["load", str(run_out), "--db", db])
    assert snapshot(db) == first


def test_parquet_is_partitioned_by_day_and_readable_directly(run_out: Path) -> None:
    import pyarrow.dataset as ds

    for table in ("articles", "mentions", "quotes", "events"):
        days = sorted(p.name for p in (run_out / table).iterdir())
        assert days and all(d.startswith("day=") for d in days)
    events = ds.dataset(run_out / "events", format="parquet", partitioning="hive").to_table().to_pylist()
    assert events and {"day", "event_type", "actor_text", "sentence", "start_char", "source"} <= set(events[0])
    assert all(e["event_type"] for e in events)
    plain = [e for e in events if e["source"].endswith(".txt")]
    assert plain
    for e in plain:  # offsets point into the source file
        text = Path(e["source"]).read_text("utf-8")
        assert text[e["start_char"]:e["end_char"]].split()[:3] == e["sentence"].split()[:3]
    manifest = [json.loads(x) for x in (run_out / "inputs.jsonl").read_text("utf-8").splitlines()]
    assert {m["pipeline"] for m in manifest} and any(m["failure"] for m in manifest)


def test_load_refuses_output_of_another_pipeline_version(run_out: Path, tmp_path: Path) -> None:
    out = tmp_path / "old"
    shutil.copytree(run_out, out)
    lines = (out / "inputs.jsonl").read_text("utf-8").splitlines()
    (out / "inputs.jsonl").write_text("\n".join(json.dumps(json.loads(x) | {"pipeline": "nlp.v0"})
                                                for x in lines) + "\n", encoding="utf-8")
    assert main(["load", str(out), "--db", str(tmp_path / "x.db")]) == 2
