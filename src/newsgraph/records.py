"""The records that flow forward through the pipeline.

``Document`` (one unit of text as a reader yields it) → ``Article`` (one story, with offsets back into the
document). Later stages add mentions, quotes and events that point at an article and at source offsets.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field

# A segment maps a run of article text back to the source: (article_offset, source_offset, length).
Segment = tuple[int, int, int]


@dataclass(frozen=True)
class DocMeta:
    """What the input itself states about a document (feed fields, JSON keys, HTML metadata)."""

    title: str | None = None
    dek: str | None = None
    date: str | None = None
    date_source: str | None = None
    outlet: str | None = None
    url: str | None = None
    credits: tuple[str, ...] = ()
    external_id: str | None = None


@dataclass(frozen=True)
class Document:
    """One unit of source text.

    ``source`` is the path as given, with ``#locator`` for a record inside a container (a feed item, a JSON
    line, a WARC record). Offsets of every later record are character offsets into ``text``: for a text file
    that is the file as read by ``open(path, encoding=..., newline="")``; for HTML, feeds and WARC it is the
    main text the reader extracted; for JSON lines it is the decoded ``text`` value.
    """

    source: str
    text: str
    format: str
    encoding: str | None = None
    meta: DocMeta = field(default_factory=DocMeta)
    segmentable: bool = False  # True: a dump that may hold several articles


@dataclass
class Article:
    source: str
    start: int
    end: int
    text: str
    segments: list[Segment]
    format: str
    title: str | None = None
    dek: str | None = None
    outlet: str | None = None
    date: str | None = None
    date_source: str | None = None
    credits: list[str] = field(default_factory=list)
    url: str | None = None
    external_id: str | None = None
    duplicate_of: str | None = None
    id: str = ""

    def assign_id(self, content_hash: str) -> str:
        key = f"{content_hash}|{self.source}|{self.start}|{self.end}"
        self.id = "a" + hashlib.sha256(key.encode()).hexdigest()[:15]
        return self.id

    def source_offset(self, offset: int) -> int:
        """Map an offset in ``text`` to an offset in the source document."""
        return to_source(self.segments, offset)


def to_source(segments: Sequence[Sequence[int]], offset: int) -> int:
    """An offset in an article's text as an offset into its source document, through its segment map."""
    for art_off, src_off, length in segments:
        if art_off <= offset <= art_off + length:
            return src_off + offset - art_off
    raise ValueError(f"offset {offset} is outside the article")
