"""Ingest inputs into a store: one transaction per input, every input logged, nothing aborts the batch."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from ..errors import InputError, Problem, message
from ..records import Article
from ..store.store import LogEntry, Store, log_id
from .readers import read
from .segment import Defaults
from .sniff import Sniffed, scan

STDIN = "<stdin>"


@dataclass(frozen=True)
class InputResult:
    source: str
    status: str  # ok | partial | skipped | failed
    code: str | None = None
    reason: str | None = None
    n_articles: int = 0
    n_duplicates: int = 0
    n_problems: int = 0
    changed: bool = True  # False: this input was already in the store and nothing was written


@dataclass
class IngestReport:
    results: list[InputResult] = field(default_factory=list)

    @property
    def failed(self) -> list[InputResult]:
        return [r for r in self.results if r.status in ("failed", "partial")]

    def total(self, attr: str) -> int:
        return sum(getattr(r, attr) for r in self.results if r.changed)

    def summary(self) -> dict[str, int]:
        by_status = {s: sum(1 for r in self.results if r.status == s) for s in ("ok", "partial", "skipped",
                                                                                  "failed")}
        return {
            "inputs": len(self.results),
            "unchanged": sum(1 for r in self.results if not r.changed),
            **by_status,
            "articles": self.total("n_articles"),
            "duplicates": self.total("n_duplicates"),
        }


def expand(paths: Iterable[str]) -> Iterator[str]:
    """Files named, files under directories named (recursively, sorted, hidden ones left out), ``-``."""
    for path in paths:
        if path == "-" or not os.path.isdir(path):
            yield path
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith("."):
                    yield os.path.join(root, name)


def ingest(store: Store, paths: Iterable[str], defaults: Defaults = Defaults(),
           on_result: Callable[[InputResult], None] | None = None) -> IngestReport:
    report = IngestReport()
    for path in expand(paths):
        result = ingest_one(store, path, defaults)
        report.results.append(result)
        if on_result is not None:
            on_result(result)
    return report


def ingest_one(store: Store, path: str, defaults: Defaults = Defaults()) -> InputResult:
    source = STDIN if path == "-" else path
    try:
        raw = _open(path)
    except InputError as exc:
        return _record_failure(store, source, None, None, exc.code, str(exc))
    with raw:
        content_hash = None
        try:
            sniffed = scan(source, raw)
            content_hash = sniffed.content_hash
        except InputError as exc:
            content_hash = getattr(exc, "content_hash", None)
            return _record_failure(store, source, content_hash, None, exc.code, str(exc))
        entry_id = log_id(source, content_hash)
        existing = store.log_entry(entry_id)
        if existing is not None:
            return _unchanged(existing)
        twin = store.ingested_twin(sniffed.content_hash)
        if twin is not None:
            entry = LogEntry(entry_id, source, content_hash, sniffed.format, sniffed.encoding, sniffed.size,
                             "skipped", None, f"same content as {twin['source']}, already ingested")
            with store.db.transaction():
                store.write_log(entry)
            return InputResult(source, "skipped", None, entry.reason)
        try:
            return _write(store, source, raw, sniffed, entry_id, defaults)
        except InputError as exc:
            return _record_failure(store, source, content_hash, sniffed, exc.code, str(exc))
        except Exception as exc:  # a bug must not cost the rest of the batch; it is logged, not hidden
            detail = f"internal error while reading: {type(exc).__name__}: {exc}"
            return _record_failure(store, source, content_hash, sniffed, "NG014",
                                   message("NG014", name=source, detail=detail))


def _open(path: str) -> BinaryIO:
    if path == "-":
        return io.BytesIO(sys.stdin.buffer.read())
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise InputError("NG010", name=path) from None
    except OSError as exc:
        raise InputError("NG004", name=path, detail=exc.strerror or str(exc)) from None


def _write(store: Store, source: str, raw: BinaryIO, sniffed: Sniffed, entry_id: str,
           defaults: Defaults) -> InputResult:
    n_articles = n_duplicates = 0
    problems: list[Problem] = []
    with store.db.transaction():
        placeholder = LogEntry(entry_id, source, sniffed.content_hash, sniffed.format, sniffed.encoding,
                               sniffed.size, "ok", None, None)
        store.write_log(placeholder)
        for item in read(source, raw, sniffed, defaults):
            if isinstance(item, Problem):
                problems.append(item)
                continue
            assert isinstance(item, Article)
            item.assign_id(sniffed.content_hash)
            store.add_article(item, entry_id, n_articles)
            n_articles += 1
            n_duplicates += item.duplicate_of is not None
        if n_articles == 0 and not problems:
            raise InputError("NG008", name=source)
        if n_articles == 0:
            status, code = "failed", problems[0].code
        elif problems:
            status, code = "partial", problems[0].code
        else:
            status, code = "ok", None
        reason = "; ".join(p.text for p in problems[:20]) or None
        if len(problems) > 20:
            reason = f"{reason}; and {len(problems) - 20} more"
        entry = LogEntry(entry_id, source, sniffed.content_hash, sniffed.format, sniffed.encoding, sniffed.size,
                         status, code, reason, n_articles, n_duplicates, len(problems))
        store.write_log(entry)
    return InputResult(source, status, code, reason, n_articles, n_duplicates, len(problems))


def _record_failure(store: Store, source: str, content_hash: str | None, sniffed: Sniffed | None, code: str,
                    reason: str) -> InputResult:
    entry_id = log_id(source, content_hash)
    previous = store.log_entry(entry_id)
    if previous is not None and previous["status"] == "failed" and previous["reason"] == reason:
        return _unchanged(previous)
    entry = LogEntry(entry_id, source, content_hash, sniffed.format if sniffed else None,
                     sniffed.encoding if sniffed else None, sniffed.size if sniffed else None, "failed", code,
                     reason)
    with store.db.transaction():
        store.write_log(entry)
    return InputResult(source, "failed", code, reason)


def _unchanged(row: dict | None) -> InputResult:
    assert row is not None
    return InputResult(row["source"], row["status"], row["code"], row["reason"], row["n_articles"],
                       row["n_duplicates"], row["n_problems"], changed=False)
