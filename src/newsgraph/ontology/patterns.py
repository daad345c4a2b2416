"""The event coder's patterns, loaded from ``lexicons/events.toml`` (plus ``$NEWSGRAPH_EVENTS`` files).

A :class:`Rule` maps a verb or noun lemma, with optional object, preposition and particle constraints, to a
PLOVER type and mode. Rules are indexed by lemma; :meth:`Patterns.verb_rules` and :meth:`Patterns.noun_rules`
return the candidates, most specific first, and the coder keeps the first whose constraints hold.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .plover import ontology


@dataclass(frozen=True)
class Rule:
    id: str
    type: str
    mode: str | None
    verbs: frozenset[str]
    nouns: frozenset[str]
    objects: frozenset[str]
    preps: frozenset[str]
    particle: frozenset[str]
    recipient: tuple[str, ...]
    reciprocal: bool
    contexts: tuple[str, ...]
    confidence: float
    light_only: bool = False  # a noun that is an event only as the object of a light verb ("held talks")
    needs_recipient: bool = False  # a verb too vague to code without someone at the receiving end
    needs_pair: bool = False  # only with two or more actors ("the two leaders spoke")
    bare_object: bool = False  # not when the object has a complement ("called Putin 'smart'")

    @property
    def specificity(self) -> int:
        return 4 * bool(self.objects) + 2 * bool(self.particle) + bool(self.preps)


@dataclass(frozen=True)
class Patterns:
    version: str
    rules: tuple[Rule, ...]
    by_verb: dict[str, tuple[Rule, ...]]
    by_noun: dict[str, tuple[Rule, ...]]
    governors: dict[str, str]  # lemma → intent | refuse | future | hypothetical | negated
    instruments: tuple[tuple[str, str], ...]  # (phrase, ASSAULT mode), longest phrase first
    light: frozenset[str]

    def verb_rules(self, lemma: str) -> tuple[Rule, ...]:
        return self.by_verb.get(lemma, ())

    def noun_rules(self, lemma: str) -> tuple[Rule, ...]:
        return self.by_noun.get(lemma, ())


def _files() -> list[tuple[str, dict]]:
    docs = [("events.toml", tomllib.loads(
        resources.files(__package__).joinpath("lexicons/events.toml").read_text("utf-8")))]
    for path in filter(None, os.environ.get("NEWSGRAPH_EVENTS", "").split(":")):
        docs.append((path, tomllib.loads(Path(path).read_text("utf-8"))))
    return docs


def _rule(spec: dict, where: str) -> Rule:
    onto = ontology()
    mode = spec.get("mode") or None
    if spec["type"] != "NONE" and not onto.valid(spec["type"], mode):
        raise ValueError(f"{where}: rule {spec.get('id')!r} names {spec['type']}/{mode}, not in {onto.version}")
    return Rule(spec["id"], spec["type"], mode, frozenset(spec.get("verbs", ())), frozenset(spec.get("nouns", ())),
                frozenset(spec.get("objects", ())), frozenset(spec.get("preps", ())),
                frozenset(spec.get("particle", ())), tuple(spec.get("recipient", ("dobj",))),
                bool(spec.get("reciprocal", False)), tuple(spec.get("contexts", ())),
                float(spec.get("confidence", 0.9)), bool(spec.get("light_only", False)),
                bool(spec.get("needs_recipient", False)), bool(spec.get("needs_pair", False)),
                bool(spec.get("bare_object", False)))


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    rules: list[Rule] = []
    governors: dict[str, str] = {}
    instruments: dict[str, str] = {}
    light: set[str] = set()
    versions = []
    for where, doc in _files():
        versions.append(doc.get("version", Path(where).stem))
        rules.extend(_rule(spec, where) for spec in doc.get("rule", []))
        for kind, words in doc.get("governors", {}).items():
            governors.update({w: kind for w in words})
        for mode, words in doc.get("instruments", {}).items():
            instruments.update({w: mode for w in words})
        light.update(doc.get("light", {}).get("verbs", []))
    by_verb: dict[str, list[Rule]] = {}
    by_noun: dict[str, list[Rule]] = {}
    for r in rules:
        for v in r.verbs:
            by_verb.setdefault(v, []).append(r)
        for n in r.nouns:
            by_noun.setdefault(n, []).append(r)
    order = lambda rs: tuple(sorted(rs, key=lambda r: -r.specificity))  # noqa: E731  (stable: file order on ties)
    return Patterns("+".join(versions), tuple(rules), {k: order(v) for k, v in by_verb.items()},
                    {k: order(v) for k, v in by_noun.items()}, governors,
                    tuple(sorted(instruments.items(), key=lambda kv: -len(kv[0]))), frozenset(light))
