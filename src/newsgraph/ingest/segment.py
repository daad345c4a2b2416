"""Documents → articles, keeping character offsets into the document.

A dump is read line by line (so a 1 GB file never sits in memory twice) through a small state machine:

- a header line ("<Outlet> <YYYY-MM-DD hh:mm:ss>") sets outlet and date for the stories after it;
- a paywall gate line opens a story; the headline-shaped line just before it is its title;
- a sales block, a credit line ("X contributed reporting") or an RSS footer closes a story;
- a wire date prefix (" date 2025-02-08 ...") opens a story dated by it;
- after a closed story, text lines open the next one, a leading headline-shaped line being its title (a repeated
  headline marks the line after it as the standfirst);
- a story that no gate opened is split further where the subject changes (:mod:`.cohesion`).

An article's body is the concatenation of its kept lines, each a slice of the document, so ``segments`` maps
every body character back to the document.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ..records import Article, DocMeta, Document, Segment
from . import cohesion
from .boilerplate import AGENCIES, BYLINE, DATELINE, FOOTER, HEADER, WIRE_PREFIX, Line, classify
from .meta import date_in_name

MAX_STORY_LINES = 20_000  # a story longer than this is cut, so memory stays bounded on unmarked dumps


@dataclass
class _Line:
    start: int  # offset of the first kept character
    end: int  # offset after the last character, line ending excluded
    text: str  # the kept characters (source[start:end])
    eol: str  # the line ending (source[end:end + len(eol)])
    gap: tuple[int, str] | None = None  # the first blank line before this one: (offset, raw text)


@dataclass
class _Story:
    body: list[_Line] = field(default_factory=list)
    title: _Line | None = None
    dek: _Line | None = None
    credits: list[_Line] = field(default_factory=list)
    marked: bool = False
    closed: bool = False
    wire_date: str | None = None
    footer: tuple[str, str] | None = None  # (title, outlet)
    first: _Line | None = None  # first line that belongs to the story (title, dek or body)
    last: _Line | None = None

    def touch(self, line: _Line) -> None:
        if self.first is None or line.start < self.first.start:
            self.first = line
        if self.last is None or line.end > self.last.end:
            self.last = line


@dataclass(frozen=True)
class Defaults:
    """What the user said (``--outlet``, ``--date``): used only where the input states nothing."""

    outlet: str | None = None
    date: str | None = None


def iter_lines(text: str) -> Iterator[str]:
    """Lines with their endings, split exactly as ``open(..., newline="")`` splits a file."""
    return iter(io.StringIO(text, newline=""))


class Segmenter:
    """Turns the lines of one document into articles."""

    def __init__(self, source: str, fmt: str, meta: DocMeta = DocMeta(), defaults: Defaults = Defaults(),
                 dump: bool = True) -> None:
        self.source = source
        self.format = fmt
        self.meta = meta
        self.defaults = defaults
        self.dump = dump  # False: the document is one article (a feed item, a JSON line, an HTML page)
        self.header_outlet: str | None = None
        self.header_date: str | None = None
        self.name_date = date_in_name(source)  # ("wash-post_2016-06-09_party.txt": the day the name states)
        self.story: _Story | None = None
        self.pending: list[_Line] = []
        self.bylines: list[_Line] = []  # "By Jane Roe" under a headline, before the story it signs has begun
        self.offset = 0
        self.gap: tuple[int, str] | None = None

    # -- driving ---------------------------------------------------------------------------------------
    def run(self, lines: Iterable[str]) -> Iterator[Article]:
        for raw in lines:
            yield from self.feed(raw)
        yield from self.finish()

    def feed(self, raw: str) -> Iterator[Article]:
        start = self.offset
        self.offset += len(raw)
        body = raw.rstrip("\r\n")
        eol = raw[len(body):]
        if start == 0 and body.startswith("\ufeff"):  # a byte-order mark is not text
            body, start = body[1:], 1
        kind = classify(body)
        if kind is Line.BLANK:
            if self.gap is None:
                self.gap = (start, body + eol)
            return
        line = _Line(start, start + len(body), body, eol, self.gap)
        self.gap = None
        if not self.dump:
            yield from self._single(line, kind)
            return
        byline = kind is Line.CREDIT and BYLINE.match(body.strip()) is not None
        if kind is Line.HEADER and self._is_header(body):
            yield from self._close_all()
            m = HEADER.match(body.strip())
            assert m
            self.header_outlet, self.header_date = m["outlet"].strip(), m["date"]
        elif kind is Line.START:
            title = self._take_title()
            yield from self._close_all()
            self.story = self._signed(_Story(marked=True))
            if title is not None:
                self.story.title = title
                self.story.touch(title)
        elif kind is Line.CLOSE:
            if self.story is not None:
                self.story.closed = True
        elif byline and (self.story is None or self.story.closed) and \
                all(cohesion.title_like(p.text) for p in self.pending):
            self.bylines.append(line)  # a byline heads the story that follows, it does not end the one before
        elif byline and self.story is not None and not self.story.closed and len(self.story.body) > 1 and \
                cohesion.title_like(self.story.body[-1].text):
            # "...the third week.\n\nWheat Prices Climb\n\nBy Bob Doe": a glued story's headline and byline
            title = self.story.body.pop()
            self.story.last = self.story.body[-1]
            yield from self._emit_current()
            self.pending = [title]
            self.bylines.append(line)
        elif kind is Line.CREDIT:
            story = self._open_story_for_tail()
            if story is not None:
                story.credits.append(line)
                story.touch(line)
                story.closed = True
        elif kind is Line.FOOTER:
            story = self._open_story_for_tail()
            if story is not None:
                m = FOOTER.match(body.strip())
                assert m
                story.footer = (m["title"].strip(), m["outlet"].strip())
                story.touch(line)
                yield from self._close_all()
        elif kind is Line.TEXT or kind is Line.HEADER:
            yield from self._text(line)
        if self.story is not None and len(self.story.body) >= MAX_STORY_LINES:
            yield from self._close_all()

    def finish(self) -> Iterator[Article]:
        yield from self._close_all()

    # -- states ----------------------------------------------------------------------------------------
    def _is_header(self, body: str) -> bool:
        # A header heads a dump or sits between stories, never inside an open story's text.
        return self.story is None or self.story.closed or not self.story.body

    def _single(self, line: _Line, kind: Line) -> Iterator[Article]:
        if self.story is None:
            self.story = _Story()
        story = self.story
        if kind is Line.CREDIT:
            story.credits.append(line)
            story.touch(line)
        elif kind is Line.FOOTER:
            m = FOOTER.match(line.text.strip())
            assert m
            story.footer = (m["title"].strip(), m["outlet"].strip())
            story.touch(line)
        elif kind is Line.TEXT or kind is Line.HEADER:
            title = self.meta.title
            if not story.body and story.title is None and title and _same(line.text, title):
                story.title = line  # the page repeats its headline above the text
                story.touch(line)
            else:
                self._add_body(story, line)
        return iter(())

    def _text(self, line: _Line) -> Iterator[Article]:
        m = WIRE_PREFIX.match(line.text)
        if m:
            yield from self._close_all()
            cut = m.end()
            line = _Line(line.start + cut, line.end, line.text[cut:], line.eol, line.gap)
            self.story = self._signed(_Story(wire_date=m["date"]))
            self._add_body(self.story, line)
            return
        if self.story is not None and not self.story.closed:
            self._add_body(self.story, line)
            return
        self.pending.append(line)
        if not cohesion.title_like(line.text):
            yield from self._emit_current()  # the closed story; pending lines open the next one
            self._story_from_pending()

    def _take_title(self) -> _Line | None:
        """The headline just before a paywall gate, if the line there is shaped like one."""
        if self.pending:
            if cohesion.title_like(self.pending[-1].text):
                return self.pending.pop()
            return None
        story = self.story
        if story is not None and story.body and not story.closed:
            last = story.body[-1]
            if cohesion.title_like(last.text) and len(story.body) > 1:
                story.body.pop()
                story.last = story.body[-1]
                return last
        return None

    def _open_story_for_tail(self) -> _Story | None:
        """The story a credit or footer line belongs to (pending lines form one if no story is open)."""
        if self.story is not None and not self.story.closed:
            return self.story
        if self.pending:
            self._story_from_pending()
            return self.story
        return self.story

    def _story_from_pending(self) -> None:
        lines, self.pending = self.pending, []
        story = self._signed(_Story())
        i = 0
        if len(lines) > 1 and cohesion.title_like(lines[0].text):
            story.title = lines[0]
            story.touch(lines[0])
            i = 1
            while i < len(lines) and lines[i].text.strip() == lines[0].text.strip():
                story.touch(lines[i])
                i += 1  # a repeated headline
            if i > 1 and i < len(lines):
                story.dek = lines[i]
                story.touch(lines[i])
                i += 1
        for line in lines[i:]:
            self._add_body(story, line)
        self.story = story

    def _signed(self, story: _Story) -> _Story:
        """A new story with the bylines written above it."""
        for line in self.bylines:
            story.credits.append(line)
            story.touch(line)
        self.bylines = []
        return story

    def _add_body(self, story: _Story, line: _Line) -> None:
        story.body.append(line)
        story.touch(line)

    def _emit_current(self) -> Iterator[Article]:
        story, self.story = self.story, None
        if story is not None:
            yield from self._emit(story)

    def _close_all(self) -> Iterator[Article]:
        yield from self._emit_current()
        if any(not cohesion.title_like(p.text) for p in self.pending):
            self._story_from_pending()
            yield from self._emit_current()
        self.pending = []  # only headline-shaped lines with no story after them: nothing to keep
        self.bylines = []

    # -- output ----------------------------------------------------------------------------------------
    def _emit(self, story: _Story) -> Iterator[Article]:
        if not story.body:
            return
        if self.dump and not story.marked:
            parts = self._soft_split(story)
        else:
            parts = [story]
        for part in parts:
            yield self._article(part)

    def _soft_split(self, story: _Story) -> list[_Story]:
        cuts = cohesion.boundaries([line.text for line in story.body])
        if not cuts:
            return [story]
        parts: list[_Story] = []
        bounds = [0] + [g for g, _ in cuts] + [len(story.body)]
        headline = {g for g, is_title in cuts if is_title}
        for k in range(len(bounds) - 1):
            lo, hi = bounds[k], bounds[k + 1]
            part = _Story(marked=False, closed=True)
            if k == 0:
                part.title, part.dek, part.wire_date = story.title, story.dek, story.wire_date
                for line in (story.title, story.dek):
                    if line is not None:
                        part.touch(line)
            if lo in headline:
                part.title = story.body[lo]
                part.touch(story.body[lo])
                lo += 1
            for line in story.body[lo:hi]:
                self._add_body(part, line)
            if k == len(bounds) - 2:
                part.credits, part.footer = story.credits, story.footer
                for line in story.credits:
                    part.touch(line)
                if story.last is not None:
                    part.touch(story.last)
            parts.append(part)
        return [p for p in parts if p.body]

    def _article(self, story: _Story) -> Article:
        text, segments = _assemble(story.body)
        assert story.first is not None and story.last is not None
        meta = self.meta
        title = story.title.text.strip() if story.title else None
        outlet = self.header_outlet
        if story.footer:
            title = title or story.footer[0]
            outlet = outlet or story.footer[1]
        dateline = DATELINE.match(story.body[0].text)
        if dateline and not outlet:
            outlet = AGENCIES[dateline["agency"]]
        date, date_source = None, None
        for value, origin in ((story.wire_date, "wire"), (self.header_date, "header"),
                              (meta.date, meta.date_source), (self.name_date, "filename"),
                              (self.defaults.date, "cli")):
            if value:
                date, date_source = value, origin
                break
        return Article(
            source=self.source,
            start=story.first.start,
            end=story.last.end,
            text=text,
            segments=segments,
            format=self.format,
            title=title or meta.title,
            dek=(story.dek.text.strip() if story.dek else None) or meta.dek,
            outlet=outlet or meta.outlet or self.defaults.outlet,
            date=date,
            date_source=date_source,
            credits=[c.text.strip() for c in story.credits] + list(meta.credits),
            url=meta.url,
            external_id=meta.external_id,
        )


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _assemble(lines: list[_Line]) -> tuple[str, list[Segment]]:
    """Body text from kept lines: each line, its ending, and one blank line where the source had some."""
    pieces: list[tuple[int, str]] = []  # (source offset, text)
    for i, line in enumerate(lines):
        if i > 0:
            prev = lines[i - 1]
            pieces.append((prev.end, prev.eol))
            if line.gap is not None and line.gap[0] >= prev.end + len(prev.eol):
                pieces.append(line.gap)
        pieces.append((line.start, line.text))
    segments: list[Segment] = []
    parts: list[str] = []
    length = 0
    for offset, piece in pieces:
        if not piece:
            continue
        if segments and segments[-1][1] + segments[-1][2] == offset:
            a, o, n = segments[-1]
            segments[-1] = (a, o, n + len(piece))
        else:
            segments.append((length, offset, len(piece)))
        parts.append(piece)
        length += len(piece)
    return "".join(parts), segments


def segment_document(doc: Document, defaults: Defaults = Defaults()) -> list[Article]:
    """All articles of an in-memory document."""
    seg = Segmenter(doc.source, doc.format, doc.meta, defaults, dump=doc.segmentable)
    return list(seg.run(iter_lines(doc.text)))
