"""Where one story ends and the next begins when a dump marks nothing.

Scrapes that glue stories together with no separator (and headlines on some stories only) are split where the
vocabulary changes (a TextTiling-style cohesion dip between windows of paragraphs) *and* the next paragraph
reads like the opening of a story, or where a headline-shaped line is followed by a change of subject. A line
shaped like a headline that continues the same subject is a sub-heading and splits nothing.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

WINDOW = 4  # paragraphs each side of a gap
LEDE_MAX_COSINE = 0.08  # a story opening with no headline: vocabulary almost disjoint from what came before
HEADLINE_MAX_COSINE = 0.12  # a headline-shaped line: below this it opens a new story, above it is a sub-heading
MIN_PARAGRAPHS = 3  # a story split off this way has at least this many paragraphs on each side
# ... and shares little with all of the story before it: a new story, not a turn of the same one to another
# subject (measured on PolNeAR's 840 single-article files, where cuts below these were three in four of the false
# ones, and on the seed dumps, whose four unmarked boundaries share no name and stay under 0.07)
STORY_MAX_COSINE = 0.10

_STOP = frozenset(
    """a an the and or but if of in on at to for from by with as is was were be been being are it its this that
    these those he she they them his her their our we you i not no so than then there here what which who whom
    whose when where why how all any both each few more most other some such only own same too very can will
    just should would could may might must said says say told also after before over under about into through
    during while against between up down out off again further once mr ms mrs dr has have had does did do
    according because while since until within without last next first year years week weeks month months
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_HONORIFIC_NAME = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Gen|Sen|Rep|Gov|Prof|Professor|President|Prime Minister)\.?\s+"
                             r"((?:al-|el-|de |van |von )?[A-Z][\w’'-]+)")
_SMALL = frozenset(
    "a an the and or nor but of in on at to for from by with as vs via per up off into over onto upon out than "
    "so yet is be are was its".split()
)
_ANAPHORIC_START = frozenset(
    "he she they it his her their its but and or so yet still that this these those then also meanwhile however "
    "instead nor there here such both".split()
)
_END_PUNCT = tuple(".,;:!…\"”’'")
_OPEN_MARKS = tuple("\"“‘'«—–-•*·")


def terms(paragraph: str) -> Counter[str]:
    """Content-word profile of a paragraph (lower-cased, stop words out, crude 6-letter stems)."""
    out: Counter[str] = Counter()
    for word in _WORD.findall(paragraph):
        w = word.lower().removesuffix("’s").removesuffix("'s")
        if len(w) < 4 or w in _STOP:
            continue
        out[w[:6]] += 1
    return out


def cosine(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b[k] for k, v in a.items() if k in b)
    return dot / math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))


def title_like(line: str) -> bool:
    """A headline or sub-heading: short, no closing punctuation, mostly capitalised words."""
    s = line.strip()
    if not 8 <= len(s) <= 160 or s.startswith(_OPEN_MARKS) or s.endswith(_END_PUNCT):
        return False
    words = [w for w in re.findall(r"[\w’'.-]+", s) if any(c.isalpha() for c in w)]
    if not 2 <= len(words) <= 24 or not words[0][0].isupper():
        return False
    content = [w for w in words[1:] if w.lower() not in _SMALL]
    if not content:
        return True
    capitalised = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
    return capitalised / len(content) >= 0.75


def lede_like(paragraph: str, before: Sequence[str]) -> bool:
    """Could this paragraph open a story? Not if it leans on what came before (pronouns, "Mr. X" already seen)."""
    s = paragraph.strip()
    if not s or s.startswith(_OPEN_MARKS) or not s[0].isupper():
        return False
    first = re.split(r"[\s,]", s, maxsplit=1)[0].lower()
    if first in _ANAPHORIC_START:
        return False
    seen = " ".join(before)
    for name in _HONORIFIC_NAME.findall(s[:400]):
        if re.search(r"\b" + re.escape(name) + r"\b", seen):
            return False
    return True


# a capitalised word that the text never writes in lower case (a name, not a sentence's first word), without days,
# months and the names of states
_CAPITALISED = re.compile(r"\b[A-Z][a-z][\w'-]+")
_LOWER = re.compile(r"\b[a-z][\w'-]+")
_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec""".split())


def _names(paragraphs: Sequence[str], common: set[str]) -> set[str]:
    from ..ontology.countries import index as country_index

    found = {w.removesuffix("'s") for p in paragraphs for w in _CAPITALISED.findall(p.replace("’", "'"))}
    return {n for n in found if n.lower() not in common and n.lower() not in _CALENDAR and
            not country_index().code(n)}


def _same_story(paragraphs: Sequence[str], profiles: Sequence[Counter[str]], common: set[str], start: int, g: int,
                skip: int = 0) -> bool:
    """Whether the paragraphs from ``g`` (after a headline: ``skip`` 1) go on the story begun at ``start``: they
    share a name with it ("Mr. McDonough" of a factory story, written about its parent company's plans), or much of
    its vocabulary."""
    before: Counter[str] = Counter()
    after: Counter[str] = Counter()
    for t in profiles[start:g]:
        before.update(t)
    for t in profiles[g + skip:g + skip + WINDOW]:
        after.update(t)
    return cosine(before, after) >= STORY_MAX_COSINE or \
        bool(_names(paragraphs[start:g], common) & _names(paragraphs[g + skip:g + skip + WINDOW], common))


def boundaries(paragraphs: Sequence[str]) -> list[tuple[int, bool]]:
    """Indexes where a new story starts, each with True when that paragraph is its headline."""
    n = len(paragraphs)
    if n < 2 * MIN_PARAGRAPHS:
        return []
    profiles = [terms(p) for p in paragraphs]
    common = {w for p in paragraphs for w in _LOWER.findall(p.replace("’", "'"))}

    def gap_cosine(g: int, skip: int = 0) -> float:
        before: Counter[str] = Counter()
        after: Counter[str] = Counter()
        for t in profiles[max(0, g - WINDOW):g]:
            before.update(t)
        for t in profiles[g + skip:g + skip + WINDOW]:
            after.update(t)
        return cosine(before, after)

    scores = {g: gap_cosine(g) for g in range(1, n)}
    found: list[tuple[int, bool]] = []
    last = 0
    for g in range(MIN_PARAGRAPHS, n - MIN_PARAGRAPHS + 1):
        if g - last < MIN_PARAGRAPHS:
            continue
        line = paragraphs[g]
        if title_like(line):
            if gap_cosine(g, skip=1) < HEADLINE_MAX_COSINE and \
                    not _same_story(paragraphs, profiles, common, last, g, skip=1):
                found.append((g, True))
                last = g
            continue
        s = scores[g]
        neighbours = [scores[h] for h in range(g - 2, g + 3) if h != g and h in scores]
        if (
            s < LEDE_MAX_COSINE
            and all(s <= v for v in neighbours)
            and not paragraphs[g - 1].rstrip().endswith(":")
            and not title_like(paragraphs[g - 1])
            and lede_like(line, paragraphs[max(0, g - WINDOW * 2):g])
            and not _same_story(paragraphs, profiles, common, last, g)
        ):
            found.append((g, False))
            last = g
    return found
