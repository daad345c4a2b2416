"""One regular expression for a large set of words, factored by shared prefixes.

Python's ``re`` tries every branch of an alternation at every position, so a pattern of a few thousand names
("Vladimir Putin|Vladimir Zelensky|...") costs time in proportion to their number. Factored as a trie
("vladimir (?:putin|zelensky)"), each position costs about the length of the longest match instead. The longest
word still wins where several match (a word's end is an optional, greedy group).
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_regex(words: Iterable[str], lower: bool = True) -> str:
    """A pattern matching exactly ``words`` (lower-cased when ``lower``: for patterns compiled with IGNORECASE)."""
    root: dict = {}
    for word in words:
        if not word:
            continue
        node = root
        for ch in (word.lower() if lower else word):
            node = node.setdefault(ch, {})
        node[""] = True
    return _emit(root) if root else "(?!)"


def _emit(node: dict) -> str:
    end = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        child = node[ch]
        branches.append(re.escape(ch) + _emit(child))  # a leaf emits ""
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        return f"{body}?" if len(body) == 1 else f"(?:{body})?"
    return body
