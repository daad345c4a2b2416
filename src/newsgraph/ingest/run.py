"""Ingest inputs into a store: one transaction per input, every input logged, nothing aborts the batch."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO, NamedTuple

from ..errors import InputError, Problem, message
from ..records import Article
from ..store.store import LogEntry, Store, log_id
from .readers import Item, read
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
    def known(source: str, sniffed: Sniffed) -> bool:  # already logged or same bytes as an ingested input
        return store.log_entry(log_id(source, sniffed.content_hash)) is not None or \
            store.ingested_twin(sniffed.content_hash) is not None
    return admit(store, *read_input(path, defaults, skip=known))


class Failure(NamedTuple):
    """Why an input could not be read at all; the content hash when its bytes could be read."""

    code: str
    reason: str
    content_hash: str | None = None


def read_input(path: str, defaults: Defaults = Defaults(),
               skip: Callable[[str, Sniffed], bool] | None = None) -> tuple[str, Sniffed | None, Iterator[Item],
                                                                          Failure | None]:
    """One input without a store: (source, sniffed, its articles and problems as a stream, failure).

    ``failure`` says why the input cannot be read at all (then ``sniffed`` is None). Articles get their ids here (from the
    content hash), so a worker on another machine produces the same ids. With ``skip(source, sniffed)`` true,
    the stream is empty and the bytes are not parsed (the input is already known)."""
    source = STDIN if path == "-" else path
    try:
        raw = _open(path)
    except InputError as exc:
        return source, None, iter(()), Failure(exc.code, str(exc))
    try:
        sniffed = scan(source, raw)
    except InputError as exc:
        raw.close()
        return source, None, iter(()), Failure(exc.code, str(exc), getattr(exc, "content_hash", None))
    if skip is not None and skip(source, sniffed):
        raw.close()
        return source, sniffed, iter(()), None
    return source, sniffed, _items(source, raw, sniffed, defaults), None


def _items(source: str, raw: BinaryIO, sniffed: Sniffed, defaults: Defaults) -> Iterator[Item]:
    with raw:
        for item in read(source, raw, sniffed, defaults):
            if isinstance(item, Article):
                item.assign_id(sniffed.content_hash)
            yield item


def admit(store: Store, source: str, sniffed: Sniffed | None, items: Iterable[Item],
          failure: Failure | None) -> InputResult:
    """Record one input in the store: its log entry and its articles (deduplicated), in one transaction."""
    if failure is not None:
        content_hash = sniffed.content_hash if sniffed is not None else failure.content_hash
        return _record_failure(store, source, content_hash, sniffed, failure.code, failure.reason)
    assert sniffed is not None
    entry_id = log_id(source, sniffed.content_hash)
    existing = store.log_entry(entry_id)
    if existing is not None:
        return _unchanged(existing)
    twin = store.ingested_twin(sniffed.content_hash)
    if twin is not None:
        entry = LogEntry(entry_id, source, sniffed.content_hash, sniffed.format, sniffed.encoding, sniffed.size,
                         "skipped", None, f"same content as {twin['source']}, already ingested")
        with store.db.transaction():
            store.write_log(entry)
        return InputResult(source, "skipped", None, entry.reason)
    try:
        return _write(store, source, items, sniffed, entry_id)
    except InputError as exc:
        return _record_failure(store, source, sniffed.content_hash, sniffed, exc.code, str(exc))
    except Exception as exc:  # a bug must not cost the rest of the batch; it is logged, not hidden
        detail = f"internal error while reading: {type(exc).__name__}: {exc}"
        return _record_failure(store, source, sniffed.content_hash, sniffed, "NG014",
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


def _write(store: Store, source: str, items: Iterable[Item], sniffed: Sniffed, entry_id: str) -> InputResult:
    n_articles = n_duplicates = 0
    problems: list[Problem] = []
    with store.db.transaction():
        placeholder = LogEntry(entry_id, source, sniffed.content_hash, sniffed.format, sniffed.encoding,
                               sniffed.size, "ok", None, None)
        store.write_log(placeholder)
        for item in items:
            if isinstance(item, Problem):
                problems.append(item)
                continue
            assert isinstance(item, Article)
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
