"""Fatalities and injuries stated in a sentence ("killing at least four people and injuring more than 30").

Only stated numbers count: "dozens" or "many" give no figure. A lower bound ("at least", "more than") is
kept as the number written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

WORDS = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
         "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
         "hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12}

_NUM = r"(?P<n>\d[\d,]*|(?:a\s+)?(?:dozen|hundred)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|" \
       r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|" \
       r"seventy|eighty|ninety)"
_BOUND = r"(?:(?:at least|more than|over|about|around|nearly|almost|some|up to|roughly|an estimated)\s+)?"
_WHO = r"(?:(?:[\w-]+\s+){0,2}?(?:people|persons|civilians|soldiers|troops|children|women|men|residents|" \
       r"police(?:men)?|officers|fighters|militants|workers|passengers|others|members|villagers|students|" \
       r"protesters|demonstrators|worshippers|patients|staff|journalists|Palestinians|Israelis|Ukrainians|" \
       r"Russians|Syrians|Iraqis|Afghans|Sudanese|Lebanese))"

_KILL = r"(?:killing|killed|kills|kill|left|leaving|claimed|claiming)"
_HURT = r"(?:injuring|injured|injures|wounding|wounded|wounds|hurting|hurt)"

PATTERNS = {
    "fatalities": [
        re.compile(rf"(?i)\b{_KILL}\s+{_BOUND}{_NUM}\s+{_WHO}?(?:\s+dead)?"),
        re.compile(rf"(?i)\b{_BOUND}{_NUM}\s+{_WHO}?\s*(?:were|was|have been|had been|are|being)?\s*"
                   rf"(?:killed|dead|died|slain)\b"),
        re.compile(rf"(?i)\bdeath toll\s+(?:\w+\s+){{0,3}}?(?:to|at|of)\s+{_BOUND}{_NUM}"),
        re.compile(rf"(?i)\b{_KILL}\s+the lives of\s+{_BOUND}{_NUM}"),
    ],
    "injuries": [
        re.compile(rf"(?i)\b{_HURT}\s+{_BOUND}{_NUM}(?:\s+{_WHO})?"),
        re.compile(rf"(?i)\b{_BOUND}{_NUM}\s+{_WHO}?\s*(?:were|was|have been|had been|are)?\s*"
                   rf"(?:injured|wounded|hurt)\b"),
    ],
}


@dataclass(frozen=True)
class Toll:
    fatalities: int | None
    injuries: int | None
    spans: tuple[tuple[int, int], ...]  # offsets of the phrases read, relative to the text given


def number(word: str) -> int | None:
    w = " ".join(word.lower().split()).replace(",", "")
    if w.isdigit():
        return int(w)
    return WORDS.get(w)


def read(text: str) -> Toll:
    found: dict[str, int | None] = {"fatalities": None, "injuries": None}
    spans = []
    for kind, rxs in PATTERNS.items():
        for rx in rxs:
            m = rx.search(text)
            if m:
                n = number(m.group("n"))
                if n is not None and n < 1_000_000:
                    found[kind] = n
                    spans.append((m.start(), m.end()))
                    break
    return Toll(found["fatalities"], found["injuries"], tuple(spans))
