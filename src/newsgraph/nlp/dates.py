"""Dates written in news text, resolved against the article's date.

:func:`find` returns every date expression in a text with its offsets; :func:`resolve` turns one into an ISO
date and a precision (``day``, ``week``, ``month``, ``year``) given the article date. A week is given by its
Monday, a month as ``YYYY-MM``, a year as ``YYYY``. Without an article date, only absolute dates resolve;
the rest keep their text and stay unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}
MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
               "oct": 10, "nov": 11, "dec": 12})
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": None, "few": None}

_MONTH = r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|" \
         r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [(kind, re.compile(rx)) for kind, rx in [
    ("monthday", _MONTH + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + r")?(?!\d)"),
    ("daymonth", _DAY + r"\s+" + _MONTH + r"(?:,?\s+" + _YEAR + r")?"),
    ("weekday", r"(?i:(?P<rel>last|next|this|early|late|on|since)\s+)?" + _WEEKDAY + r"(?i:" + _PART + r")"),
    ("relday", r"(?i)\b(?P<rel>yesterday|today|tonight|last night|this morning|this afternoon|this evening|"
               r"the day before|overnight)\b"),
    ("relperiod", r"(?i)\b(?P<rel>(?:earlier|later|late|early) this|over the|last|this|next|past|previous)\s+"
                  r"(?P<unit>week|weekend|month|year)\b"),
    ("ago", r"(?i)\b(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)\s+"
            r"(?P<unit>day|week|month|year)s?\s+(?:ago|after)\b"),
    ("monthyear", r"(?i:in\s+|since\s+|early\s+|late\s+|mid-)?" + _MONTH + r"(?:\s+" + _YEAR + r"(?!\d)|(?!\w))"),
    ("year", r"(?i:(?:(?:in|since|during|by|until|before|at|through)\s+(?:the\s+(?:end|start|beginning|middle|"
             r"close|spring|summer|autumn|fall|winter|first\s+half|second\s+half)\s+of\s+)?)|(?:early|late|mid-)\s*)"
             + _YEAR + r"\b"),
    # (a year of the 18th or 19th century only after a preposition and before no plural noun or street: "in 1852
    # by nominating", not "in 1800 homes" or "in 1850 Main Street")
    ("year", r"(?i:(?:in|since|during|until|before|by)\s+)(?P<year>1[78]\d\d)\b(?![,.]?\d)(?!\s+[a-z]+s\b)"
             r"(?!(?:\s+[A-Z][\w.]*){1,3}\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Lane|Way)\b)"),
    ("year", r"(?i:(?:in|during|since|before|after|by)\s+the\s+)" + _YEAR +
             r"(?=\s+(?i:elections?|campaign|war|race|primary|primaries|convention|games|olympics|summit|crisis|"
             r"revolution|uprising|invasion|coup|referendum|debates?|season|vote|ceasefire|accords?|talks)\b)"),
    ("century", r"(?i)\b(?:in|during|since|by)\s+the\s+(?:(?:early|late|mid-?)\s*)?(?P<n>1\d|20|[2-9])(?:st|nd|rd|th)"
                r"(?:\s+and\s+(?:(?:early|late|mid-?)\s*)?(?:1\d|20|[2-9])(?:st|nd|rd|th))?\s+centur(?:y|ies)\b"),
]]


@dataclass(frozen=True)
class DateText:
    start: int
    end: int
    text: str
    kind: str
    parts: tuple[tuple[str, str], ...]

    def get(self, key: str) -> str | None:
        return dict(self.parts).get(key)


@dataclass(frozen=True)
class Resolved:
    date: str | None
    precision: str | None  # day | week | month | year
    text: str


def find(text: str) -> list[DateText]:
    """Date expressions in ``text``, longest first where they overlap, in text order."""
    found: list[DateText] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in PATTERNS:
        for m in rx.finditer(text):
            if m.group(0).strip() == "" or any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if kind == "monthyear" and m.group("month") == "May" and not m.group("year") and \
                    not re.match(r"(?i)in|since|early|late|mid", m.group(0)):
                continue  # the modal "may"
            if kind == "monthyear" and not m.group("year") and not re.match(r"(?i)in|since|early|late|mid",
                                                                             m.group(0)):
                continue  # a bare month name ("March") is too often something else
            parts = tuple((k, v) for k, v in m.groupdict().items() if v)
            found.append(DateText(m.start(), m.end(), m.group(0), kind, parts))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def resolve(found: DateText, article_date: str | None, future: bool = False) -> Resolved:
    """The date ``found`` stands for, written against ``article_date`` (ISO); ``future`` reads "Monday" ahead."""
    ref = _parse(article_date)
    kind, text = found.kind, found.text
    year = found.get("year")
    if kind in ("monthday", "daymonth"):
        month, day = _month(found.get("month") or ""), int(found.get("day") or 0)
        if year:
            return _day(int(year), month, day, text)
        if ref is None:
            return Resolved(None, None, text)
        guess = _day(ref.year, month, day, text)
        if guess.date and not future and guess.date > (ref + timedelta(days=7)).isoformat():
            return _day(ref.year - 1, month, day, text)  # "Dec. 30" in a January article
        return guess
    if kind == "monthyear":
        month = _month(found.get("month") or "")
        if year:
            return Resolved(f"{int(year):04d}-{month:02d}", "month", text)
        if ref is None:
            return Resolved(None, None, text)
        y = ref.year - 1 if month > ref.month and not future else ref.year
        return Resolved(f"{y:04d}-{month:02d}", "month", text)
    if kind == "year":
        return Resolved(year, "year", text)
    if kind == "century":
        return Resolved(None, None, text)  # too coarse for a date; long ago all the same
    if ref is None:
        return Resolved(None, None, text)
    if kind == "weekday":
        target = WEEKDAYS.index((found.get("weekday") or "").lower())
        rel = (found.get("rel") or "").lower()
        if rel == "next" or (future and rel != "last"):
            delta = (target - ref.weekday()) % 7 or (7 if rel == "next" else 0)
            return Resolved((ref + timedelta(days=delta)).isoformat(), "day", text)
        delta = (ref.weekday() - target) % 7
        if rel == "last" and delta == 0:
            delta = 7
        return Resolved((ref - timedelta(days=delta)).isoformat(), "day", text)
    if kind == "relday":
        rel = (found.get("rel") or "").lower()
        back = 1 if rel in ("yesterday", "last night", "the day before") else 0
        return Resolved((ref - timedelta(days=back)).isoformat(), "day", text)
    if kind == "relperiod":
        rel, unit = (found.get("rel") or "").lower(), (found.get("unit") or "").lower()
        step = -1 if rel in ("last", "past", "previous") else 1 if rel == "next" else 0
        if unit in ("week", "weekend"):
            monday = _monday(ref) + timedelta(weeks=step)
            if unit == "weekend":
                sat = monday + timedelta(days=5)
                if step == 0 and sat > ref and not future and (rel != "this" or (sat - ref).days >= 4):
                    # "over the weekend" read on a Monday: the one just past (but "will convene this weekend",
                    # and "this weekend" written on a Thursday or Friday, is the coming one)
                    sat -= timedelta(weeks=1)
                return Resolved(sat.isoformat(), "week", text)
            return Resolved(monday.isoformat(), "week", text)
        if unit == "month":
            y, m = ref.year, ref.month + step
            if m < 1:
                y, m = y - 1, 12
            elif m > 12:
                y, m = y + 1, 1
            return Resolved(f"{y:04d}-{m:02d}", "month", text)
        return Resolved(f"{ref.year + step:04d}", "year", text)
    if kind == "ago":
        n = found.get("n") or ""
        count = int(n) if n.isdigit() else NUMBERS.get(n.lower())
        unit = (found.get("unit") or "").lower()
        if count is None:
            return Resolved(None, None, text)
        if unit == "day":
            return Resolved((ref - timedelta(days=count)).isoformat(), "day", text)
        if unit == "week":
            return Resolved(_monday(ref - timedelta(weeks=count)).isoformat(), "week", text)
        if unit == "month":
            months = ref.year * 12 + ref.month - 1 - count
            return Resolved(f"{months // 12:04d}-{months % 12 + 1:02d}", "month", text)
        return Resolved(f"{ref.year - count:04d}", "year", text)
    return Resolved(None, None, text)


def long_ago(found: DateText) -> bool:
    """An expression that is more than a month before any reference date ("three years ago", "last year")."""
    unit = (found.get("unit") or "").lower()
    if found.kind == "ago" and found.text.lower().rstrip().endswith("ago"):
        n = found.get("n") or ""
        count = int(n) if n.isdigit() else (NUMBERS.get(n.lower()) or 2)
        return unit == "year" or (unit == "month" and count >= 2) or (unit == "week" and count >= 5)
    if found.kind == "century":  # "in the 19th century" (the current one is not long ago: "in the 21st century")
        return int(found.get("n") or 21) < 21
    if found.kind == "relperiod":
        rel = (found.get("rel") or "").lower()
        return unit == "year" and rel in ("last", "past", "previous")
    return False


def _parse(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _day(y: int, m: int, d: int, text: str) -> Resolved:
    try:
        return Resolved(date(y, m, d).isoformat(), "day", text)
    except ValueError:
        return Resolved(None, None, text)


def before(resolved: Resolved, article_date: str | None, days: int = 30) -> bool:
    """True when the resolved date ends more than ``days`` before the article date (a historical event)."""
    ref = _parse(article_date)
    if ref is None or not resolved.date:
        return False
    end = _end(resolved)
    return end is not None and end < ref - timedelta(days=days)


def _end(r: Resolved) -> date | None:
    v = r.date or ""
    try:
        if r.precision == "year":
            return date(int(v), 12, 31)
        if r.precision == "month":
            y, m = int(v[:4]), int(v[5:7])
            return date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)
        if r.precision == "week":
            return date.fromisoformat(v) + timedelta(days=6)
        return date.fromisoformat(v)
    except ValueError:
        return None


def after(resolved: Resolved, article_date: str | None) -> bool:
    """True when the resolved date starts after the article date (a scheduled event)."""
    ref = _parse(article_date)
    if ref is None or not resolved.date:
        return False
    v = resolved.date
    start = v if len(v) == 10 else (v + "-01" if len(v) == 7 else v + "-01-01")
    return start > ref.isoformat()
