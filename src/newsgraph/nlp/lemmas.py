"""Verb lemmas that spaCy's rule lemmatizer gets wrong, corrected against the verbs newsgraph's rules know.

The English rule lemmatizer strips an ending and keeps the first result its word list knows: "staged" becomes
"stag", "waged" "wag", "fined" "fin", "hoped" "hop", and some -ing forms stay as written ("deploring"). Each of
those hid a rule ("staged a protest", "waged war", "fined the company", "he hoped to"). A verb whose lemma is not
a verb of the event patterns or of the quote cues, but one of whose regular stems is, takes that stem. Lemmas
that are already known verbs are never touched, so "used" stays "use" and "left" stays "leave".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

_DOUBLED = re.compile(r"([bdfgklmnprtvz])\1$")
# Irregular forms the lemmatizer leaves as written (prefixed forms of irregular verbs, mostly).
IRREGULAR = {"retook": "retake", "retaken": "retake", "forgave": "forgive", "forgiven": "forgive",
             "rebuilt": "rebuild", "strove": "strive", "overtook": "overtake", "overtaken": "overtake",
             "foresaw": "foresee", "mistook": "mistake", "rewrote": "rewrite", "outfought": "outfight",
             "overran": "overrun", "withdrew": "withdraw", "withdrawn": "withdraw", "undertook": "undertake"}


def stems(word: str) -> Iterator[str]:
    """Regular stems of an inflected verb form, most likely first ("staged" → "stage", "staged", "stag")."""
    w = word.lower()
    if w in IRREGULAR:
        yield IRREGULAR[w]
    for ending in ("ing", "ed"):
        if w.endswith(ending) and len(w) > len(ending) + 2:
            stem = w[:-len(ending)]
            yield stem + "e"
            yield stem
            if _DOUBLED.search(stem):
                yield stem[:-1]  # "jogged" → "jog"
    if w.endswith("ied") or w.endswith("ies"):
        yield w[:-3] + "y"
    if w.endswith("es"):
        yield w[:-1]
        yield w[:-2]
    elif w.endswith("s"):
        yield w[:-1]


@lru_cache(maxsize=1)
def known_verbs() -> frozenset[str]:
    from ..ontology.patterns import patterns
    from .quotes import SPEECH, STANCE

    pats = patterns()
    return frozenset(pats.by_verb) | pats.light | frozenset(pats.governors) | SPEECH | STANCE


def fix_verb_lemmas(doc: Any, verbs: frozenset[str] | None = None) -> Any:
    verbs = known_verbs() if verbs is None else verbs
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() in verbs:
            continue
        for stem in stems(tok.text):
            if len(stem) > 2 and stem in verbs:
                tok.lemma_ = stem
                break
    return doc


@lru_cache(maxsize=1)
def _word_lists() -> tuple[frozenset[str], dict[str, str]]:
    """The base forms of English verbs, adjectives and adverbs in the spaCy model's lemmatizer tables, and its
    irregular verb forms ("won" → "win"); empty where the configured model ships no such tables."""
    import spacy.util
    from spacy.lookups import Lookups

    from .pipeline import model_name

    name = model_name()
    try:
        root = Path(name) if Path(name).exists() else spacy.util.get_package_path(name)
    except Exception:  # noqa: BLE001 - a model that is no package: the rule that needs the lists is off
        return frozenset(), {}
    found = sorted(root.glob("**/lemmatizer/lookups"))
    if not found:
        return frozenset(), {}
    tables = Lookups().from_disk(found[0])
    if not (tables.has_table("lemma_index") and tables.has_table("lemma_exc")):
        return frozenset(), {}
    index, exc = tables.get_table("lemma_index"), tables.get_table("lemma_exc")
    words = frozenset(w for pos in ("verb", "adj", "adv") if pos in index for w in index[pos])
    irregular = {form: lemmas[0] for pos in ("verb", "adj") if pos in exc for form, lemmas in exc[pos].items()
                 if lemmas}
    return words, irregular


def english_word(word: str) -> bool:
    """Whether ``word`` is an English verb, adjective or adverb, inflected or not ("Endorsed", "Bashing", "Won",
    "Longtime"), by the model's lemmatizer word lists."""
    words, irregular = _word_lists()
    w = word.casefold()
    return w in words or irregular.get(w, "") in words or any(s in words for s in stems(w) if len(s) > 2)
