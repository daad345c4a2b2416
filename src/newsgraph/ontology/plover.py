"""PLOVER: the 16 event types, their modes, quad classes, auxiliary modes and -10..+10 scores.

The ontology is data (``lexicons/plover.toml``, versioned); this module only loads and queries it, so every
event row can record the ontology version it was coded against.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

QUADS = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
AUX = ("negated", "future", "hypothetical", "historical", "habitual", "unattributed", "private")


@dataclass(frozen=True)
class EventType:
    name: str
    quad: str
    score: float
    definition: str
    modes: dict[str, float]


@dataclass(frozen=True)
class Ontology:
    version: str
    types: dict[str, EventType]
    contexts: tuple[str, ...]
    aux: dict[str, str]

    def score(self, event_type: str, mode: str | None = None) -> float:
        t = self.types[event_type]
        return t.modes.get(mode, t.score) if mode else t.score

    def quad(self, event_type: str) -> str:
        return self.types[event_type].quad

    def valid(self, event_type: str, mode: str | None = None) -> bool:
        t = self.types.get(event_type)
        return t is not None and (mode is None or mode in t.modes)


@lru_cache(maxsize=1)
def ontology() -> Ontology:
    data = tomllib.loads(resources.files(__package__).joinpath("lexicons/plover.toml").read_text("utf-8"))
    types = {
        name: EventType(name, spec["quad"], float(spec["score"]), spec["definition"],
                        {k: float(v) for k, v in spec.get("modes", {}).items()})
        for name, spec in data["types"].items()
    }
    return Ontology(data["version"], types, tuple(data["contexts"]["names"]), dict(data["aux"]))
