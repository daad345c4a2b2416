"""Exports: JSON lines, CSV and Parquet carry the same fields; nested values become JSON text in CSV/Parquet."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

# The export contract: field name → Arrow type name for Parquet ("json" = nested, written as JSON text).
FIELDS: dict[str, dict[str, str]] = {
    "articles": {"id": "string", "source": "string", "start": "int64", "end": "int64", "outlet": "string",
                 "title": "string", "dek": "string", "date": "string", "date_source": "string",
                 "credits": "json", "text": "string", "duplicate_of": "string",
                 "language": "string"},  # (beyond the contract: the language the article was judged to be in)
    "quotes": {"id": "string", "article_id": "string", "source": "string", "start": "int64", "end": "int64",
               "text": "string", "kind": "string", "speaker": "string", "speaker_id": "string",
               "speaker_text": "string", "cue": "string", "speaker_role": "json"},
    "events": {"id": "string", "article_id": "string", "source": "string", "start": "int64", "end": "int64",
               "sentence": "string", "event_type": "string", "mode": "string", "contexts": "json",
               "actor": "json", "recipient": "json", "date": "string", "date_text": "string",
               "location": "json", "aux": "json", "fatalities": "int64", "confidence": "float64",
               "rule": "string",
               # beyond the contract: what a reader needs to check and group events
               "injuries": "int64", "date_precision": "string", "quad": "string", "score": "float64",
               "counted": "bool", "happening_id": "string", "claimed_by": "json", "trigger": "string",
               "spans": "json", "coder_version": "string"},
    "entities": {"id": "string", "type": "string", "name": "string", "aliases": "json", "country": "string",
                 "sector": "string", "roles": "json", "mentions": "json"},
}
FORMATS = ("jsonl", "csv", "parquet")


def _flat(row: dict[str, Any], fields: dict[str, str]) -> dict[str, Any]:
    return {k: (json.dumps(row.get(k), ensure_ascii=False) if t == "json" else row.get(k))
            for k, t in fields.items()}


def write(kind: str, rows: Iterable[dict[str, Any]], fmt: str, out: IO[Any]) -> int:
    """Write rows of one kind to ``out`` (text stream for jsonl/csv, binary for parquet); return the count."""
    fields = FIELDS[kind]
    n = 0
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps({k: row.get(k) for k in fields}, ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(fields), lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow(_flat(row, fields))
            n += 1
    elif fmt == "parquet":
        n = _write_parquet(rows, fields, out)
    else:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    return n


def _write_parquet(rows: Iterable[dict[str, Any]], fields: dict[str, str], out: IO[bytes]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"string": pa.string(), "json": pa.string(), "int64": pa.int64(), "float64": pa.float64(),
             "bool": pa.bool_()}
    schema = pa.schema([(k, types[t]) for k, t in fields.items()])
    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(_flat(row, fields))
            n += 1
            if len(batch) >= 5000:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    return n
