"""One reader per input format: bytes in, articles (and problems) out.

Every reader yields :class:`~newsgraph.records.Article` records with offsets into the text it read, and
:class:`~newsgraph.errors.Problem` records for parts it had to skip; a reader raises
:class:`~newsgraph.errors.InputError` only when nothing of the input can be used.
"""

from __future__ import annotations

import gzip
import io
import json
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import BinaryIO

from ..errors import InputError, Problem, message
from ..records import Article, DocMeta, Document
from .meta import fragment_text, normalize_date
from .segment import Defaults, Segmenter, segment_document
from .sniff import Sniffed

Item = Article | Problem
MAX_DOCUMENT_BYTES = 64 << 20
MIN_WORDS = 8  # extracted HTML text shorter than this is page furniture  # an HTML page or feed larger than this is refused, not loaded


def read(path: str, raw: BinaryIO, sniffed: Sniffed, defaults: Defaults) -> Iterator[Item]:
    """Articles and problems of one input; ``raw`` is the input's bytes, positioned anywhere."""
    reader: Callable[[str, BinaryIO, Sniffed, Defaults], Iterator[Item]] = READERS[sniffed.format]
    raw.seek(0)
    return reader(path, raw, sniffed, defaults)


@contextmanager
def _text_stream(raw: BinaryIO, sniffed: Sniffed) -> Iterator[io.TextIOWrapper]:
    """The input as text, split into lines as ``open(..., newline="")`` would; the caller closes ``raw``."""
    binary: BinaryIO = gzip.GzipFile(fileobj=raw) if sniffed.gzipped else raw  # type: ignore[assignment]
    stream = io.TextIOWrapper(binary, encoding=sniffed.encoding or "utf-8", newline="")
    try:
        yield stream
    finally:
        stream.detach()


def _small(path: str, raw: BinaryIO, sniffed: Sniffed) -> str:
    data = (gzip.GzipFile(fileobj=raw) if sniffed.gzipped else raw).read(MAX_DOCUMENT_BYTES + 1)
    if len(data) > MAX_DOCUMENT_BYTES:
        raise InputError("NG014", name=path, detail=f"larger than {MAX_DOCUMENT_BYTES >> 20} MB for its format "
                                                    f"({sniffed.format}); split it or save it as text")
    return data.decode(sniffed.encoding or "utf-8", errors="replace")


def read_text(path: str, raw: BinaryIO, sniffed: Sniffed, defaults: Defaults) -> Iterator[Item]:
    """A plain-text dump, streamed line by line through the segmenter."""
    segmenter = Segmenter(path, "text", DocMeta(), defaults, dump=True)
    with _text_stream(raw, sniffed) as lines:
        yield from segmenter.run(lines)


def html_document(source: str, page: str, fmt: str = "html", url: str | None = None) -> Document | None:
    """The main text of an HTML page (trafilatura, precision-oriented) with the page's own metadata."""
    import trafilatura

    out = trafilatura.extract(page, output_format="json", with_metadata=True, favor_precision=True,
                              include_comments=False, url=url)
    if not out:
        return None
    data = json.loads(out)
    text = data.get("text") or ""
    if len(text.split()) < MIN_WORDS:
        return None  # a menu or a cookie notice, not an article
    meta = DocMeta(
        title=data.get("title") or None,
        dek=data.get("excerpt") or None,
        date=normalize_date(data.get("date")),
        date_source="html" if data.get("date") else None,
        outlet=data.get("source-hostname") or data.get("sitename") or data.get("hostname") or None,
        url=url or data.get("source") or None,
        credits=tuple(a.strip() for a in (data.get("author") or "").split(";") if a.strip()),
    )
    return Document(source=source, text=text, format=fmt, meta=meta)


def read_html(path: str, raw: BinaryIO, sniffed: Sniffed, defaults: Defaults) -> Iterator[Item]:
    doc = html_document(path, _small(path, raw, sniffed))
    if doc is None:
        raise InputError("NG009", name=path, detail="the page has no main text")
    yield from segment_document(doc, defaults)


def read_feed(path: str, raw: BinaryIO, sniffed: Sniffed, defaults: Defaults) -> Iterator[Item]:
    """RSS/Atom: one article per item (content, else summary)."""
    import feedparser

    data = (gzip.GzipFile(fileobj=raw) if sniffed.gzipped else raw).read(MAX_DOCUMENT_BYTES + 1)
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if parsed.get("bozo") and not entries:
        detail = str(parsed.get("bozo_exception") or "no items")
        raise InputError("NG005", name=path, detail=detail)
    if not entries:
        raise InputError("NG005", name=path, detail="the feed has no items")
    outlet = (parsed.get("feed") or {}).get("title") or None
    if parsed.get("bozo") and not any(_entry_html(e).strip() for e in entries):
        raise InputError("NG005", name=path, detail=str(parsed.get("bozo_exception") or "no readable items"))
    for n, entry in enumerate(entries, 1):
        source = f"{path}#item={n}"
        text = fragment_text(_entry_html(entry))
        if not text.strip():
            yield Problem("NG008", message("NG008", name=source), source)
            continue
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        meta = DocMeta(
            title=(entry.get("title") or "").strip() or None,
            date=normalize_date(when),
            date_source="feed" if when else None,
            outlet=outlet,
            url=entry.get("link") or None,
            credits=tuple(filter(None, [entry.get("author")])),
            external_id=entry.get("id") or None,
        )
        yield from segment_document(Document(source, text, "feed", sniffed.encoding, meta), defaults)
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        yield Problem("NG005", message("NG005", name=path, detail=f"kept {len(entries)} items; {exc}"), path)


def _entry_html(entry: dict) -> str:
    for content in entry.get("content") or []:
        if (content.get("value") or "").strip():
            return str(content["value"])
    return str(entry.get("summary") or "")


def read_jsonl(path: str, raw: BinaryIO, sniffed: Sniffed, defaults: Defaults) -> Iterator[Item]:
    """JSON lines: ``text`` required; ``title``, ``date``, ``url``, ``outlet``, ``id`` optional."""
    with _text_stream(raw, sniffed) as lines:
        yield from _jsonl_lines(path, lines, sniffed, defaults)


def _jsonl_lines(path: str, lines: Iterator[str], sniffed: Sniffed, defaults: Defaults) -> Iterator[Item]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        source = f"{path}#L{n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Problem("NG007", message("NG007", name=path, line=n, detail=exc.msg), source)
            continue
        text = record.get("text") if isinstance(record, dict) else None
        if not isinstance(text, str) or not text.strip():
            yield Problem("NG007", message("NG007", name=path, line=n, detail="no text"), source)
            continue
        meta = DocMeta(
            title=_str(record.get("title")),
            dek=_str(record.get("dek") or record.get("description")),
            date=normalize_date(record.get("date") or record.get("published")),
            date_source="jsonl" if (record.get("date") or record.get("published")) else None,
            outlet=_str(record.get("outlet") or record.get("source")),
            url=_str(record.get("url")),
            credits=tuple(_credits(record.get("author") or record.get("credits"))),
            external_id=_str(record.get("id")),
        )
        yield from segment_document(Document(source, text, "jsonl", sniffed.encoding, meta), defaults)


def read_warc(path: str, raw: BinaryIO, sniffed: Sniffed, defaults: Defaults) -> Iterator[Item]:
    """WARC / WARC.gz: each HTML response (or resource) record goes through the HTML reader."""
    from warcio.archiveiterator import ArchiveIterator

    seen = 0
    try:
        for n, record in enumerate(ArchiveIterator(raw), 1):
            if record.rec_type not in ("response", "resource"):
                continue
            ctype = (record.http_headers.get_header("Content-Type") if record.http_headers
                     else record.rec_headers.get_header("Content-Type")) or ""
            if "html" not in ctype.lower():
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            body = record.content_stream().read(MAX_DOCUMENT_BYTES)
            if getattr(record.raw_stream, "limit", 0) > 0:  # fewer bytes than the record declares
                raise EOFError(f"record {n} ({url}) is cut short")
            seen += 1
            page = _decode_page(body, ctype)
            doc = html_document(f"{path}#record={n}", page, "warc", url)
            if doc is None:
                yield Problem("NG009", message("NG009", name=f"{path}#record={n}", detail=url or "no URL"),
                              f"{path}#record={n}")
                continue
            yield from segment_document(doc, defaults)
    except Exception as exc:  # warcio raises many kinds on a truncated or corrupt archive
        detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        if seen == 0:
            raise InputError("NG006", name=path, detail=detail + "; no record could be read") from exc
        yield Problem("NG006", message("NG006", name=path, detail=detail), path)
        return
    damage = _gzip_damage(raw) if sniffed.gzipped else None
    if damage and seen == 0:
        raise InputError("NG006", name=path, detail=damage + "; no record could be read")
    if damage:
        yield Problem("NG006", message("NG006", name=path, detail=damage), path)


def _gzip_damage(raw: BinaryIO) -> str | None:
    """Why a gzip stream is damaged (warcio reads a truncated one without complaint), or None."""
    raw.seek(0)
    try:
        with gzip.GzipFile(fileobj=raw) as stream:
            while stream.read(1 << 20):
                pass
    except (EOFError, OSError, zlib.error) as exc:
        return f"the compressed archive is cut short or corrupt ({exc})"
    return None


def _decode_page(body: bytes, ctype: str) -> str:
    charset = None
    for part in ctype.split(";"):
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip("\"' ")
    for enc in filter(None, [charset, "utf-8"]):
        try:
            return body.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("cp1252", errors="replace")


def _str(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _credits(value: object) -> list[str]:
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    text = _str(value)
    return [text] if text else []


READERS: dict[str, Callable[[str, BinaryIO, Sniffed, Defaults], Iterator[Item]]] = {
    "text": read_text,
    "html": read_html,
    "feed": read_feed,
    "jsonl": read_jsonl,
    "warc": read_warc,
}
