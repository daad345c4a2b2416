"""Normalising what inputs state about themselves: dates and plain text from HTML fragments."""

from __future__ import annotations

import html
import os
import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


# a date written in a file's name, as scrapers and archives name what they save ("wash-post_2016-06-09_party.txt",
# "20220110-kyiv.html", "reuters_2016_09_25.txt"): year, month and day, one separator or none, no letter or digit
# around (a hash's digits are no date: "a20160925b")
_NAME_DATE = re.compile(r"(?<![0-9A-Za-z])((?:19|20)[0-9]{2})([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12][0-9]|3[01])"
                        r"(?![0-9A-Za-z])")


def date_in_name(path: str) -> str | None:
    """The ISO date a file's name states, or None (the name alone: a folder's digits may be anything)."""
    found = _NAME_DATE.search(os.path.basename(path))
    return f"{found[1]}-{found[3]}-{found[4]}" if found else None


def normalize_date(value: object) -> str | None:
    """An ISO date (YYYY-MM-DD) from an ISO string, an RFC 822 date, a struct_time or a datetime."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "tm_year"):
        return f"{value.tm_year:04d}-{value.tm_mon:02d}-{value.tm_mday:02d}"  # type: ignore[attr-defined]
    text = str(value).strip()
    m = _ISO.match(text)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def valid_date(text: str) -> str:
    """Check a ``--date`` value; raise ValueError with a readable message if it is not YYYY-MM-DD."""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValueError(f"{text!r} is not a date in the form YYYY-MM-DD") from None


_BLOCK = re.compile(r"(?i)<\s*(?:br\s*/?|/p|/div|/li|/h[1-6]|/blockquote|/tr|p|li)\b[^>]*>")
_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"[ \t\u00a0]+")


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed item's content): one paragraph per line."""
    if "<" not in fragment:
        text = html.unescape(fragment)
    else:
        text = html.unescape(_TAG.sub("", _BLOCK.sub("\n", fragment)))
    lines = [_SPACES.sub(" ", line).strip() for line in text.splitlines()]
    return "\n\n".join(line for line in lines if line)
