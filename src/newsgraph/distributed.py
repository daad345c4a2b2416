"""The same pipeline on Dask: read and analyse inputs on a cluster, write partitioned Parquet, load it later.

Pass 1, ``run`` (parallel, on the engine): each input file is one task. A worker reads it with the ingest
readers (same segmentation, same article ids), runs the NLP stages (the model is loaded once per worker
process) and writes Parquet parts partitioned by article date::

    OUT/articles/day=2025-02-18/part-<input>-<chunk>.parquet   article, offsets, text, derived record (JSON)
    OUT/mentions/day=.../...   OUT/quotes/day=.../...   OUT/events/day=.../...   flat tables to query
    OUT/inputs.jsonl                                               one line per input, in input order

DuckDB, pandas or Spark read the flat tables directly (``read_parquet('OUT/events/*/*.parquet',
hive_partitioning=true)``). Their entity ids are per-article (a surname-only person is not yet linked) and
events have no final id yet: both need the whole corpus.

Pass 2, ``load`` (one process, the store): the steps that need every article, in the single-process order:
inputs are admitted in input order (near-duplicate detection against everything before), then each original
article's derived record is applied in the store's analysis order (surname-only persons linked to known
people, entities merged, event ids and happening ids computed), then partial persons are consolidated. The
store that results equals the one ``newsgraph ingest`` builds from the same inputs (tests/test_distributed.py).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError, NewsgraphError, Problem, message
from .ingest.run import Failure, IngestReport, InputResult, admit, expand, read_input
from .ingest.segment import Defaults
from .ingest.sniff import Sniffed
from .nlp import pipeline
from .records import Article
from .store.store import Store

ENGINES = ("dask",)
CHUNK = 256  # articles per Parquet part (a worker's memory holds one chunk)
TABLES = ("articles", "mentions", "quotes", "events")


def _schemas() -> dict[str, Any]:
    """Fixed column types, so every part of a table has the same schema (a column that is empty in one part
    must not become a null-typed column there)."""
    import pyarrow as pa

    S, I, F, B = pa.string(), pa.int64(), pa.float64(), pa.bool_()

    def schema(**cols: Any) -> Any:
        return pa.schema(list(cols.items()))

    return {
        "articles": schema(id=S, input=S, seq=I, source=S, start_char=I, end_char=I, segments=S, format=S,
                           outlet=S, title=S, dek=S, date=S, date_source=S, credits=S, url=S, external_id=S,
                           text=S, derived=S),
        "mentions": schema(id=S, article_id=S, source=S, start_char=I, end_char=I, text=S, type=S, entity_id=S,
                           entity_name=S, rule=S),
        "quotes": schema(id=S, article_id=S, source=S, start_char=I, end_char=I, text=S, kind=S, speaker_text=S,
                         cue=S, rule=S),
        "events": schema(article_id=S, source=S, start_char=I, end_char=I, sentence=S, event_type=S, mode=S,
                         quad=S, score=F, counted=B, actor_text=S, actor_country=S, actor_sector=S,
                         recipient_text=S, recipient_country=S, recipient_sector=S, claimed_by_text=S, date=S,
                         date_text=S, date_precision=S, location_name=S, location_country=S, lat=F, lon=F,
                         fatalities=I, injuries=I, confidence=F, rule=S, trigger_text=S, aux=S, spans=S),
    }


@dataclass
class RunReport:
    inputs: list[dict[str, Any]] = field(default_factory=list)
    workers: int = 0

    @property
    def articles(self) -> int:
        return sum(i["n_articles"] for i in self.inputs)


def run(paths: Iterable[str], out: str, engine: str = "dask", workers: int = 2, scheduler: str | None = None,
        model: str | None = None, defaults: Defaults = Defaults(), chunk: int = CHUNK) -> RunReport:
    """Pass 1 on a local Dask cluster of ``workers`` processes, or on the cluster at ``scheduler``."""
    if engine not in ENGINES:
        raise NewsgraphError("NG014", name=engine, detail=f"unknown engine; choose one of {', '.join(ENGINES)}")
    files = [p for p in expand(paths)]
    if "-" in files:
        raise NewsgraphError("NG014", name="-", detail="standard input cannot be split across workers; save it "
                                                       "to a file first")
    Path(out).mkdir(parents=True, exist_ok=True)
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        # (":0": a free port for Dask's dashboard; None still takes 8787, and two runs at once then clash)
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0")
        client = Client(cluster)
    try:
        report = RunReport(workers=len(client.scheduler_info()["workers"]))
        futures = client.map(process_input, files, out=str(Path(out).resolve()), model=model,
                             outlet=defaults.outlet, date=defaults.date, chunk=chunk, pure=False)
        report.inputs = client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    with open(Path(out) / "inputs.jsonl.tmp", "w", encoding="utf-8") as f:
        for item in report.inputs:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    os.replace(Path(out) / "inputs.jsonl.tmp", Path(out) / "inputs.jsonl")
    return report


def process_input(path: str, out: str, model: str | None = None, outlet: str | None = None,
                  date: str | None = None, chunk: int = CHUNK) -> dict[str, Any]:
    """One task: read one input and write its Parquet parts; returns the input's summary.

    On a Dask worker, each chunk of ``chunk`` articles is analysed as a task of its own, so one large input
    spreads over the cluster; at most two chunks per worker are in flight (memory stays bounded)."""
    source, sniffed, items, failure = read_input(path, Defaults(outlet, date))
    key = hashlib.sha256(f"{source}|{sniffed.content_hash if sniffed else ''}".encode()).hexdigest()[:16]
    summary: dict[str, Any] = {"source": source, "key": key, "sniffed": asdict(sniffed) if sniffed else None,
                               "failure": list(failure) if failure else None, "problems": [], "n_articles": 0,
                               "pipeline": pipeline.VERSION}
    if failure is not None:
        return summary
    try:
        with _chunk_runner() as submit:
            batch: list[Article] = []
            n_chunk = 0
            for item in items:
                if isinstance(item, Problem):
                    summary["problems"].append(asdict(item))
                    continue
                batch.append(item)
                if len(batch) >= chunk:
                    submit(out, key, n_chunk, summary["n_articles"], batch, model)
                    summary["n_articles"] += len(batch)
                    n_chunk += 1
                    batch = []
            if batch:
                submit(out, key, n_chunk, summary["n_articles"], batch, model)
                summary["n_articles"] += len(batch)
    except InputError as exc:  # the input fails as a whole, as it does in `newsgraph ingest`
        summary["failure"] = list(Failure(exc.code, str(exc), sniffed.content_hash if sniffed else None))
    except Exception as exc:  # a bug must not cost the rest of the run; it is reported, not hidden
        reason = message("NG014", name=source, detail=f"internal error: {type(exc).__name__}: {exc}")
        summary["failure"] = list(Failure("NG014", reason, sniffed.content_hash if sniffed else None))
    return summary


@contextmanager
def _chunk_runner() -> Iterator[Any]:
    """``submit(*args)`` for :func:`_write_chunk`: as Dask tasks from inside a worker, else here and now.
    Leaving the block waits for every chunk (and raises the first error)."""
    try:
        from distributed import get_worker, wait, worker_client

        get_worker()
    except (ImportError, ValueError):
        yield lambda *args: _write_chunk(*args)
        return
    with worker_client() as client:
        limit = 2 * max(1, len(client.scheduler_info()["workers"]))
        futures: list[Any] = []

        def submit(*args: Any) -> None:
            futures.append(client.submit(_write_chunk, *args, pure=False))
            while len(pending := [f for f in futures if not f.done()]) > limit:
                wait(pending, return_when="FIRST_COMPLETED")

        yield submit
        client.gather(futures)


def _write_chunk(out: str, key: str, n_chunk: int, first_seq: int, articles: list[Article],
                 model: str | None) -> None:
    from .nlp.run import derive_all

    rows = [{"id": a.id, "text": a.text, "date": a.date, "segments": a.segments} for a in articles]
    derived = [d for _, d in derive_all(rows, model, workers=1)]
    tables: dict[str, dict[str, list[dict[str, Any]]]] = {t: {} for t in TABLES}
    for k, (a, d) in enumerate(zip(articles, derived)):
        day = a.date or "unknown"
        row = {name: getattr(a, name) for name in ("id", "source", "format", "outlet", "title", "dek", "date",
                                                   "date_source", "url", "external_id", "text")}
        row |= {"input": key, "seq": first_seq + k, "start_char": a.start, "end_char": a.end,
                "segments": json.dumps(a.segments, separators=(",", ":")),
                "credits": json.dumps(a.credits, ensure_ascii=False), "derived": json.dumps(d, ensure_ascii=False)}
        tables["articles"].setdefault(day, []).append(row)
        for name, flat in _flat(a, d).items():
            tables[name].setdefault(day, []).extend(flat)
    import pyarrow as pa
    import pyarrow.parquet as pq

    schemas = _schemas()
    for name, by_day in tables.items():
        for day, items in by_day.items():
            if not items:
                continue
            folder = Path(out) / name / f"day={day}"
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / f"part-{key}-{n_chunk:05d}.parquet"
            tmp = target.with_suffix(".tmp")
            pq.write_table(pa.Table.from_pylist(items, schema=schemas[name]), tmp)
            os.replace(tmp, target)  # a part is either whole or absent


def _flat(a: Article, d: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Flat per-article rows for querying the Parquet directly (entity ids before cross-article linking)."""
    persons = [p["ref"] for p in d["persons"]]
    mentions = []
    for m in d["mentions"]:
        ref = persons[m["person"]] if "person" in m else m.get("ref")
        mentions.append({"id": m["id"], "article_id": a.id, "source": a.source, "start_char": m["start"],
                         "end_char": m["end"], "text": m["text"], "type": m["type"],
                         "entity_id": ref["id"] if ref else None, "entity_name": ref["name"] if ref else None,
                         "rule": m["rule"]})
    quotes = [{"id": q["id"], "article_id": a.id, "source": a.source, "start_char": q["start"], "end_char": q["end"],
               "text": q["text"], "kind": q["kind"], "speaker_text": q["speaker_text"], "cue": q["cue"],
               "rule": q["rule"]} for q in d["quotes"]]
    events = []
    for e in d["events"]:
        row = {k: e[k] for k in ("event_type", "mode", "date", "date_text", "date_precision", "location_name",
                                 "location_country", "lat", "lon", "fatalities", "injuries", "confidence", "rule",
                                 "trigger_text", "quad", "score", "counted", "start_char", "end_char", "sentence")}
        for party in ("actor", "recipient", "claimed_by"):
            p = e["parties"][party] or {}
            row[f"{party}_text"] = p.get("text")
            if party != "claimed_by":
                row[f"{party}_country"] = p.get("country")
                row[f"{party}_sector"] = p.get("sector")
        row |= {"article_id": a.id, "source": a.source, "aux": json.dumps(e["aux"]), "spans": json.dumps(e["spans"])}
        events.append(row)
    return {"mentions": mentions, "quotes": quotes, "events": events}


@dataclass
class LoadReport:
    ingest: IngestReport
    articles: int = 0
    mentions: int = 0
    merged: int = 0


def load(store: Store, out: str) -> LoadReport:
    """Pass 2: admit the inputs and apply the derived records, in the single-process order."""
    from .nlp.run import AnalyseReport, apply_chunk
    from .store import analysis as writes

    manifest = Path(out) / "inputs.jsonl"
    if not manifest.is_file():
        raise NewsgraphError("NG010", name=str(manifest))
    inputs = [json.loads(line) for line in manifest.read_text("utf-8").splitlines() if line.strip()]
    stale = {i["pipeline"] for i in inputs} - {pipeline.VERSION}
    if stale:
        raise NewsgraphError("NG014", name=out, detail=f"written by pipeline {', '.join(sorted(stale))}, this is "
                                                       f"{pipeline.VERSION}; run `newsgraph run` again")
    report = LoadReport(IngestReport())
    for item in inputs:
        sniffed = Sniffed(**item["sniffed"]) if item["sniffed"] else None
        failure = Failure(*item["failure"]) if item["failure"] else None
        result: InputResult = admit(store, item["source"], sniffed, _items(out, item), failure)
        report.ingest.results.append(result)
    ids = writes.pending_ids(store, pipeline.VERSION)
    by_day: dict[str, str] = {}
    day_of = {r["id"]: r["date"] for r in _articles_days(store, ids)}
    current: str | None = "\0"
    batch: list[tuple[dict[str, Any], dict[str, Any]]] = []
    applied = AnalyseReport()
    for lo in range(0, len(ids), 64):
        for article in writes.articles_by_id(store, ids[lo:lo + 64]):
            day = day_of[article["id"]] or "unknown"
            if day != current:
                by_day, current = _derived_for_day(out, day), day
            if article["id"] not in by_day:
                raise NewsgraphError("NG014", name=out, detail=f"no derived record for article {article['id']}; "
                                                               "is the run output complete?")
            batch.append((article, json.loads(by_day[article["id"]])))
        apply_chunk(store, batch, applied)
    report.articles, report.mentions = applied.articles, applied.mentions
    report.merged = writes.consolidate(store)
    return report


def _articles_days(store: Store, ids: list[str]) -> Iterator[dict[str, Any]]:
    for lo in range(0, len(ids), 500):
        chunk = ids[lo:lo + 500]
        yield from store.db.query(f"SELECT id, date FROM articles WHERE id IN ({', '.join('?' for _ in chunk)})",
                                  chunk)


def _parts(out: str, table: str, key: str | None = None) -> list[Path]:
    pattern = f"day=*/part-{key}-*.parquet" if key else "day=*/*.parquet"
    return sorted((Path(out) / table).glob(pattern))


def _items(out: str, item: dict[str, Any]) -> Iterator[Article | Problem]:
    """The input's problems, then its articles in their original order, rebuilt from the Parquet parts."""
    import pyarrow.parquet as pq

    for p in item["problems"]:
        yield Problem(**p)
    rows: list[dict[str, Any]] = []
    for part in _parts(out, "articles", item["key"]):
        rows.extend(pq.read_table(part, columns=[c for c in pq.read_schema(part).names if c != "derived"])
                    .to_pylist())
    if len(rows) != item["n_articles"]:
        raise NewsgraphError("NG014", name=item["source"], detail=f"{len(rows)} of {item['n_articles']} articles "
                                                                  "found in the run output; re-run it")
    for row in sorted(rows, key=lambda r: r["seq"]):
        article = Article(row["source"], row["start_char"], row["end_char"], row["text"],
                          json.loads(row["segments"]), row["format"], row["title"], row["dek"], row["outlet"],
                          row["date"], row["date_source"], json.loads(row["credits"]), row["url"],
                          row["external_id"])
        article.id = row["id"]
        yield article


def _derived_for_day(out: str, day: str) -> dict[str, str]:
    import pyarrow.parquet as pq

    found: dict[str, str] = {}
    for part in sorted((Path(out) / "articles" / f"day={day}").glob("*.parquet")):
        table = pq.read_table(part, columns=["id", "derived"])
        found.update(zip(table.column("id").to_pylist(), table.column("derived").to_pylist()))
    return found
