"""Numbered, actionable errors.

Every problem newsgraph reports has a code, a message naming the cause and, where there is one, the fix.
Readers raise :class:`InputError` for a whole input that cannot be read and yield :class:`Problem` records for
a part of an input that was skipped while the rest was kept.
"""

from __future__ import annotations

from dataclasses import dataclass

SUPPORTED = "text, html, rss/atom, jsonl, warc"

MESSAGES = {
    "NG001": "{name} is empty; there is nothing to ingest",
    "NG002": "{name} is a binary file{kind}, not a supported input ({supported}); convert it to text first",
    "NG003": "{name} could not be decoded as text ({detail})",
    "NG004": "{name} could not be read ({detail})",
    "NG005": "{name} is not a well-formed feed ({detail}); fix the XML or save the items as JSON lines",
    "NG006": "{name} is a damaged WARC archive ({detail}); records before the damage were kept",
    "NG007": "{name}: line {line} is not a JSON object with a 'text' field ({detail}); the line was skipped",
    "NG008": "{name} holds no article text (only boilerplate or blank lines)",
    "NG009": "{name}: no article text could be extracted from the HTML ({detail})",
    "NG010": "{name} does not exist",
    "NG011": "unknown store URL {name!r}; use a file path (SQLite) or postgresql://user@host/db",
    "NG012": "{name} needs the PostgreSQL driver; install it with: pip install 'newsgraph[postgres]'",
    "NG013": "{name} is not a newsgraph store or was written by a newer version (schema {detail})",
    "NG014": "{name}: {detail}",
}


def message(code: str, **fields: object) -> str:
    fields.setdefault("supported", SUPPORTED)
    fields.setdefault("kind", "")
    fields.setdefault("detail", "")
    return f"[{code}] " + MESSAGES[code].format(**fields)


class NewsgraphError(Exception):
    """An error the CLI turns into a message and a non-zero exit code."""

    def __init__(self, code: str, **fields: object) -> None:
        self.code = code
        super().__init__(message(code, **fields))


class InputError(NewsgraphError):
    """A whole input could not be read; the batch goes on without it."""


class StoreError(NewsgraphError):
    """The store could not be opened or is not a newsgraph store."""


@dataclass(frozen=True)
class Problem:
    """A part of an input that was skipped (a broken JSON line, a truncated archive tail)."""

    code: str
    text: str
    locator: str = ""
