"""What an input is, decided by its bytes (the file name only breaks ties).

One streaming pass over the bytes gives the content hash, the size, whether the bytes are valid UTF-8 and
whether there is any non-blank byte, so a 1 GB dump is never held in memory to be identified.
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError

CHUNK = 1 << 20
HEAD = 1 << 16

_MAGIC = [
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"PAR1", "a Parquet file"),
]


@dataclass(frozen=True)
class Sniffed:
    content_hash: str
    size: int
    format: str  # text | html | feed | jsonl | warc
    encoding: str | None  # None for WARC (each record says its own)
    gzipped: bool


def scan(path: str, raw: BinaryIO) -> Sniffed:
    """Identify an input from its bytes; raise :class:`InputError` for empty, binary or undecodable ones."""
    digest = hashlib.sha256()
    size = 0
    head = b""
    for chunk in iter(lambda: raw.read(CHUNK), b""):
        if size < HEAD:
            head += chunk[: HEAD - size]
        digest.update(chunk)
        size += len(chunk)
    content_hash = digest.hexdigest()
    try:
        return _identify(path, raw, head, content_hash, size)
    except InputError as exc:
        exc.content_hash = content_hash  # type: ignore[attr-defined]
        raise


def _identify(path: str, raw: BinaryIO, head: bytes, content_hash: str, size: int) -> Sniffed:
    if size == 0:
        raise InputError("NG001", name=path)
    gzipped = head.startswith(b"\x1f\x8b")
    if gzipped:
        try:
            inner = zlib.decompressobj(wbits=31).decompress(head, HEAD)
        except zlib.error as exc:
            raise InputError("NG004", name=path, detail=f"gzip header is damaged: {exc}") from exc
        if inner.startswith(b"WARC/"):
            return Sniffed(content_hash, size, "warc", None, True)
        head = inner
    elif head.startswith(b"WARC/"):
        return Sniffed(content_hash, size, "warc", None, False)
    _refuse_binary(path, head)
    raw.seek(0)
    stream: BinaryIO = gzip.GzipFile(fileobj=raw) if gzipped else raw  # type: ignore[assignment]
    encoding, blank = _encoding(path, stream, head)
    if blank:
        raise InputError("NG001", name=path)
    text_head = head.decode(encoding, errors="replace")
    return Sniffed(content_hash, size, _format(path, text_head), encoding, gzipped)


def _refuse_binary(path: str, head: bytes) -> None:
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            raise InputError("NG002", name=path, kind=f" ({kind})")
    if b"\x00" in head[:8192]:
        raise InputError("NG002", name=path)
    sample = head[:8192]
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if sample and control / len(sample) > 0.05:
        raise InputError("NG002", name=path)


def _encoding(path: str, stream: BinaryIO, head: bytes) -> tuple[str, bool]:
    """UTF-8 when every byte decodes as UTF-8; otherwise the best guess of charset-normalizer."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    blank = True
    try:
        for chunk in iter(lambda: stream.read(CHUNK), b""):
            decoder.decode(chunk)
            if blank and chunk.strip():
                blank = False
        decoder.decode(b"", final=True)
        return "utf-8", blank
    except UnicodeDecodeError:
        pass
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError("NG004", name=path, detail=f"compressed stream is damaged: {exc}") from exc
    from charset_normalizer import from_bytes

    best = from_bytes(head).best()
    encoding = best.encoding if best is not None else "cp1252"
    if encoding in ("ascii", "utf_8"):
        encoding = "cp1252"  # the head was clean, the damage is later: the commonest 8-bit news encoding
    try:
        codecs.lookup(encoding)
    except LookupError as exc:  # pragma: no cover - charset-normalizer only names known codecs
        raise InputError("NG003", name=path, detail=str(exc)) from exc
    return encoding, False


_FEED = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>]", re.IGNORECASE)
_HTML = re.compile(r"<(?:!doctype html|html|head|body|article|p|div)[\s>]", re.IGNORECASE)


def _format(path: str, head: str) -> str:
    s = head.lstrip("\ufeff \t\r\n")
    low = s[:4096].lower()
    suffix = "".join(Path(path).suffixes[-2:]).lower().removesuffix(".gz")
    if s.startswith("<"):
        if _FEED.search(low) and not low.startswith(("<!doctype html", "<html")):
            return "feed"
        if _HTML.search(low) or suffix in (".html", ".htm", ".xhtml"):
            return "html"
        if low.startswith("<?xml"):
            return "feed"
    if s.startswith("{"):
        return "jsonl"
    return "text"
