"""Line classes for scraped news text: what is a story line and what is page furniture.

Patterns are written against the *shape* of paywall, subscription, newsletter, player and footer lines seen in
news scrapes, not against one article. Each class has a role in segmentation:

- ``START``: a paywall gate that opens a new story ("You have been granted access ...");
- ``CLOSE``: a sales or comment block that only appears after a story has ended;
- ``NOISE``: promos and player lines that can sit inside a story; removed, but they split nothing;
- ``CREDIT``: "X contributed reporting" and similar lines that close a story and go to its credits;
- ``FOOTER``: an RSS item footer "The post <title> appeared first on <outlet>." that closes a story.
"""

from __future__ import annotations

import re
from enum import Enum


class Line(Enum):
    BLANK = "blank"
    TEXT = "text"
    START = "start"
    CLOSE = "close"
    NOISE = "noise"
    CREDIT = "credit"
    FOOTER = "footer"
    HEADER = "header"


_I = re.IGNORECASE

START = [
    re.compile(r"^you have been granted access\b", _I),
]

CLOSE = [
    re.compile(r"^save (?:big )?on the \w+ with our best offer", _I),
    re.compile(r"^enjoy unlimited access to all of\b", _I),
    re.compile(r"^our sale is on\b", _I),
    re.compile(r"^leave a (?:reply|comment)\s*$", _I),
    re.compile(r"^your email address will not be published\b", _I),
]

NOISE = [
    re.compile(r"^want to stay updated on what[’']s happening\b", _I),
    re.compile(r"^sign up for\b.{0,120}$", _I),
    re.compile(r"^\$\d+(?:\.\d+)?\s*/\s*(?:week|month|year)\b", _I),
    re.compile(r"^billed as \$\d", _I),
    re.compile(r"^learn more\s*$", _I),
    re.compile(r"^\d+-(?:month|week|year) (?:welcome )?offer\s*$", _I),
    re.compile(r"^original price:", _I),
    re.compile(r"^listen to this article\b", _I),
    re.compile(r"^got a confidential news tip\?", _I),
    re.compile(r"^see how to send a secure message\b", _I),
    re.compile(r"^thank you for your patience while we verify access\b", _I),
    re.compile(r"^already a subscriber\?", _I),
    re.compile(r"^want all of the \w+\?", _I),
    re.compile(r"^(?:subscribe|log in|sign in|advertisement|supported by|share full article|share this article"
               r"|skip advertisement|continue reading(?: the main story)?|read more|related:?|more from .{0,40})\s*$", _I),
    re.compile(r"^(?:click|tap) here to\b", _I),
    re.compile(r"^follow (?:us|\w+) on (?:twitter|x|facebook|instagram)\b", _I),
    re.compile(r"^(?:©|copyright\s+(?:©\s*)?\d{4})", _I),
    re.compile(r"^all rights reserved\.?\s*$", _I),
    re.compile(r"^this (?:article|story) (?:was|is) (?:originally )?(?:published|produced)\b.{0,80}$", _I),
]

# A name in a credit line: capitalised words and the lower-case particles of names ("de", "al", "van").
_NAME = r"(?:[A-Z][\w.’'-]*|(?:de|van|von|der|den|al|el|da|di|du|la|le|bin|ibn|ben)\b)"

CREDIT = [
    re.compile(r"^(?:" + _NAME + r"(?:,?\s+(?:and\s+)?|\s*,\s*))+contributed "
               r"(?:reporting|research|writing|to this (?:report|article|story))\b"),
    re.compile(r"^(?:additional )?reporting by [A-Z]", _I),
    BYLINE := re.compile(r"^By " + _NAME + r"(?:(?:\s+|,\s*|\s+and\s+)" + _NAME + r"){0,8}\s*$"),
    re.compile(r"^(?:editing|edited|written|compiled) by [A-Z]", _I),
    re.compile(r"^[A-Z][\w.’' -]{2,80} (?:reported|wrote this article) from [A-Z][\w ,.-]{2,80}\.?$", 0),
]

FOOTER = re.compile(r"^The post (?P<title>.+) appeared first on (?P<outlet>[^\n]+?)\.?\s*$")

# "The New York Times 2025-02-25 12:11:38": an outlet name and a timestamp heading a daily dump.
HEADER = re.compile(
    r"^(?P<outlet>[A-Z][\w&.,'’ -]{1,60}?)\s+(?P<date>\d{4}-\d{2}-\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
)

# "KYIV, Ukraine (AP) — ...": a wire dateline naming the agency.
DATELINE = re.compile(r"^[A-Z][A-Z .'-]{1,40}(?:, [A-Z][\w .'-]{1,40})? \((?P<agency>AP|Reuters|AFP|UPI)\) [—–-]")
AGENCIES = {"AP": "Associated Press", "Reuters": "Reuters", "AFP": "Agence France-Presse",
            "UPI": "United Press International"}

# " date 2025-02-08 Nearly three years after ...": a wire-story date prefix on the first line.
WIRE_PREFIX = re.compile(r"^[ \t]*date[ \t]+(?P<date>\d{4}-\d{2}-\d{2})[ \t]+")


def classify(line: str) -> Line:
    """Class of one line (without its line ending)."""
    s = line.strip()
    if not s:
        return Line.BLANK
    if len(s) < 400:
        if HEADER.match(s):
            return Line.HEADER
        if any(p.search(s) for p in START):
            return Line.START
        if any(p.search(s) for p in CLOSE):
            return Line.CLOSE
        if any(p.search(s) for p in NOISE):
            return Line.NOISE
        if FOOTER.match(s):
            return Line.FOOTER
        if any(p.search(s) for p in CREDIT):
            return Line.CREDIT
    return Line.TEXT


REMOVED = {Line.START, Line.CLOSE, Line.NOISE, Line.HEADER}


def is_furniture(line: str) -> bool:
    """True for a line that never belongs in an article body."""
    return classify(line) in REMOVED
