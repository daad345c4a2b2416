"""Names spelt a little apart from a listed figure's or body's: the romanisations news agencies do not share
("Denis Shmygal" for Denys Shmyhal, "Kassym-Zhomart Tokayev", "Qais Saied", "Gurbanguly Berdymukhamedov", "Isaias
Afewerki", "Haibatullah Akhunzada", "Aung San Suukyi"; "Huthis", "Taleban", "Boko Haraam", "Hay'at Tahrir
al-Sham").

A name's words are first folded to a loose key (``loose``: kh/h, gh/q/k, w/v, zh/j, ou/u, y/i and doubled
letters read alike), then compared word by word with the listed names of as many words: a word may differ from
the listed one by one letter (left out, added, changed, or two swapped) only where one of the two has at
least ``LONG`` letters and the word is not a common surname, at most two words may differ that way, and the rest must
be equal. A name whose words the listed one runs together ("Suukyi") is compared with its spaces removed. A
spelling two listed figures are equally near is no match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from .countries import deletions, one_edit

T = TypeVar("T")
LONG = 7  # letters a word needs before one letter's slip is read as a spelling of it, not another name

# (applied in order to a transliteration key's word: "zhomart" → "jomart", "berdymukhamedov" → "berdimuhamedov")
_FOLDS = ((r"kh", "h"), (r"gh", "k"), (r"q", "k"), (r"ck", "k"), (r"zh", "j"), (r"dh", "d"), (r"ph", "f"),
          (r"w", "v"), (r"ou", "u"), (r"ee", "i"), (r"oo", "u"), (r"y", "i"))


def loose(word: str) -> str:
    """A transliteration key's word with the letters romanisations swap for one another read alike."""
    for pattern, repl in _FOLDS:
        word = re.sub(pattern, repl, word)
    return re.sub(r"(\w)\1+", r"\1", word)


@dataclass
class NearIndex(Generic[T]):
    """Listed names (as transliteration keys) by their loose words, for finding the one a spelling is near."""
    common: frozenset[str] = frozenset()  # surnames too many people share to be matched on a slip
    min_words: int = 2  # (a person's name has two words at least; a body's may have one: "Hezbollah")
    _by_last: dict[tuple[int, str], list[tuple[tuple[str, ...], T]]] = field(default_factory=dict)
    _joined: dict[str, dict[int, T]] = field(default_factory=dict)  # words run together → {id: value}

    def __post_init__(self) -> None:
        self.common = frozenset(loose(w) for w in self.common)  # (compared with loose words: "mitchel")

    def add_all(self, names: Iterable[tuple[str, T]]) -> NearIndex[T]:
        for key, value in names:
            words = tuple(loose(w) for w in key.split())
            if len(words) < self.min_words:
                continue
            for v in _variants(words[-1]):
                self._by_last.setdefault((len(words), v), []).append((words, value))
            self._joined.setdefault("".join(words), {})[id(value)] = value
        return self

    def find(self, key: str) -> T | None:
        """The one listed figure whose name ``key`` (a transliteration key) is near, or None."""
        words = tuple(loose(w) for w in key.split())
        if len(words) < self.min_words:
            return None
        found: dict[int, T] = {}
        for v in _variants(words[-1]):
            for listed, value in self._by_last.get((len(words), v), ()):
                if self._near(words, listed):
                    found[id(value)] = value
        if not found:
            found = self._joined.get("".join(words), {})
        return next(iter(found.values())) if len(found) == 1 else None

    def _near(self, words: tuple[str, ...], listed: tuple[str, ...]) -> bool:
        slips = 0
        for a, b in zip(words, listed):
            if a == b:
                continue
            if max(len(a), len(b)) < LONG or a in self.common or b in self.common or not one_edit(a, b):
                return False
            slips += 1
        return slips <= 2


def _variants(word: str) -> set[str]:
    """A word and, where it is long enough to be matched on a slip (``LONG`` letters, or one fewer against a
    longer one), its one-letter deletions: the keys of a symmetric-delete index."""
    return deletions(word) | {word} if len(word) >= LONG - 1 else {word}
