"""Exact, faster stand-ins for spaCy's rule components (the neural ones are untouched).

Profiling ``en_core_web_sm`` on news (bench/pipeline_speed.py) shows that its two rule components cost almost
as much as the parser: the attribute ruler runs 179 token patterns through the Matcher on every token, and the
rule lemmatizer makes Python token objects one at a time. The output here is the same, array for array (checked
by tests/test_nlp_speedups.py on real text):

- the attribute ruler's leading block of single-tag patterns (the tag map: TAG → POS and MORPH) is a table
  applied to the whole document at once; the remaining patterns run through the Matcher as before, after it,
  in their original order, so later patterns still take precedence;
- the remaining patterns (plain equality, IN, NOT_IN and REGEX tests on LOWER, TAG, DEP, IS_SPACE, no
  operators; anything else is refused at load) are compiled to tests on the document's hash arrays, tried
  only at the tokens whose word can start them (the few patterns without a first word at every token), and
  applied in pattern order exactly as the ruler applies its matches;
- lemmas are computed once per distinct (word, POS, morphology) in the document by spaCy's own lemmatizer
  function and written back as one array.
"""

from __future__ import annotations

from typing import Any

import re

import numpy as np

_NEWLINE = re.compile("\n")


def _tag_block(patterns: list[dict]) -> int:
    """How many patterns at the start are plain ``[[{"TAG": "X"}]]`` rules with index 0."""
    k = 0
    for p in patterns:
        pats = p["patterns"]
        if len(pats) != 1 or len(pats[0]) != 1 or set(pats[0][0]) != {"TAG"} or \
                not isinstance(pats[0][0]["TAG"], str) or p.get("index", 0) != 0 or \
                not set(p["attrs"]) <= {"POS", "MORPH"}:
            break
        k += 1
    return k


class FastRules:
    """Replaces ``attribute_ruler`` followed by ``lemmatizer`` (rule mode) with the same results."""

    def __init__(self, nlp: Any) -> None:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS, TAG
        from spacy.pipeline import AttributeRuler

        ruler = nlp.get_pipe("attribute_ruler")
        self.lemmatizer = nlp.get_pipe("lemmatizer")
        self.vocab = nlp.vocab
        self._attrs = (TAG, POS, MORPH, ORTH, LEMMA)
        patterns = ruler.patterns
        k = _tag_block(patterns)
        self.table: dict[int, tuple[int | None, int | None]] = {}
        for p in patterns[:k]:
            tag = self.vocab.strings.add(p["patterns"][0][0]["TAG"])
            old_pos, old_morph = self.table.get(tag, (None, None))
            pos = p["attrs"].get("POS")
            morph = p["attrs"].get("MORPH")
            self.table[tag] = (self.vocab.strings.add(pos) if pos is not None else old_pos,
                               self.vocab.morphology.add(morph) if morph is not None else old_morph)
        self.rest = AttributeRuler(nlp.vocab, name="ng_attribute_rest", validate=False)
        self.rest.add_patterns(patterns[k:])
        self._split(patterns[k:])
        self.overwrite = self.lemmatizer.overwrite
        if self.lemmatizer.mode != "rule":
            raise ValueError("FastRules handles the rule lemmatizer only")

    def __call__(self, doc: Any) -> Any:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS, TAG

        if not len(doc):
            return doc
        arr = doc.to_array([TAG, POS, MORPH]).astype(np.uint64)
        tags = arr[:, 0]
        for tag in np.unique(tags):
            pos, morph = self.table.get(int(tag), (None, None))
            where = tags == tag
            if pos is not None:
                arr[where, 1] = pos
            if morph is not None:
                arr[where, 2] = morph
        doc.from_array([POS, MORPH], arr[:, 1:3])
        if self.rest.patterns:
            self.rest.set_annotations(doc, self._match(doc))
        self._lemmas(doc, ORTH, POS, MORPH, LEMMA)
        return doc

    def _split(self, patterns: list[dict]) -> None:
        """Compile the remaining patterns to hash predicates, indexed by the first word where they name one."""
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        self._cols = (LOWER, TAG, DEP, IS_SPACE)
        self.by_word: dict[int, list[tuple[int, list]]] = {}
        self.regex_first: list[tuple[re.Pattern[str], int, list]] = []
        self.floating: list[tuple[int, list]] = []
        for k, p in enumerate(patterns):
            for pat in p["patterns"]:
                if any(set(tok) - {"LOWER", "TAG", "DEP", "IS_SPACE"} for tok in pat):
                    raise ValueError(f"attribute ruler pattern {pat} uses keys FastRules does not handle")
                tests = [self._compile(tok) for tok in pat]
                low = pat[0].get("LOWER")
                if isinstance(low, str):
                    self.by_word.setdefault(self._hash(low), []).append((k, tests))
                elif isinstance(low, dict) and set(low) == {"IN"}:
                    for word in low["IN"]:
                        self.by_word.setdefault(self._hash(word), []).append((k, tests))
                elif isinstance(low, dict) and set(low) == {"REGEX"}:
                    self.regex_first.append((re.compile(low["REGEX"]), k, tests))
                else:
                    self.floating.append((k, tests))
        self._regex_hits: dict[int, list[tuple[int, list]]] = {}

    def _hash(self, value: str) -> int:
        return self.vocab.strings.add(value) if value else 0

    def _compile(self, spec: dict) -> list[tuple[int, str, Any]]:
        """A token spec as (column, operator, operand) tests on the document's hash arrays."""
        tests = []
        for col, key in enumerate(("LOWER", "TAG", "DEP", "IS_SPACE")):
            if key not in spec:
                continue
            value = spec[key]
            if key == "IS_SPACE":
                tests.append((col, "eq", int(bool(value))))
            elif isinstance(value, str):
                tests.append((col, "eq", self._hash(value)))
            elif set(value) == {"IN"}:
                tests.append((col, "in", frozenset(self._hash(v) for v in value["IN"])))
            elif set(value) == {"NOT_IN"}:
                tests.append((col, "not_in", frozenset(self._hash(v) for v in value["NOT_IN"])))
            elif set(value) == {"REGEX"}:
                tests.append((col, "regex", re.compile(value["REGEX"])))
            else:
                raise ValueError(f"attribute ruler predicate {value} is not handled by FastRules")
        return tests

    def _holds(self, rows: list[list[int]], i: int, tests: list) -> bool:
        row = rows[i]
        for col, op, arg in tests:
            v = row[col]
            if op == "eq":
                if v != arg:
                    return False
            elif op == "in":
                if v not in arg:
                    return False
            elif op == "not_in":
                if v in arg:
                    return False
            elif not arg.search(self.vocab.strings[v] if v else ""):
                return False
        return True

    def _mask(self, arr: Any, tests: list) -> Any:
        """Tokens passing one token's tests, over the whole document at once (regex tests are left to _holds)."""
        ok = np.ones(len(arr), dtype=bool)
        for col, op, operand in tests:
            if op == "eq":
                ok &= arr[:, col] == operand
            elif op in ("in", "not_in"):
                hit = np.isin(arr[:, col], np.fromiter(operand, dtype=arr.dtype, count=len(operand)))
                ok &= hit if op == "in" else ~hit
        return ok

    def _at(self, rows: list[list[int]], i: int, tests: list) -> bool:
        n = len(rows)
        return i + len(tests) <= n and all(self._holds(rows, i + j, t) for j, t in enumerate(tests))

    def _match(self, doc: Any) -> list[tuple[int, int, int, int]]:
        """What ``AttributeRuler.match`` returns: (pattern number, key, start, end) in pattern order."""
        arr = doc.to_array(list(self._cols))
        rows = arr.tolist()
        found: set[tuple[int, int, int]] = set()
        words = arr[:, 0]
        for w in np.unique(words):
            w = int(w)
            cands = self.by_word.get(w, [])
            if self.regex_first:
                if w not in self._regex_hits:
                    text = self.vocab.strings[w] if w else ""
                    self._regex_hits[w] = [(k, t) for r, k, t in self.regex_first if r.search(text)]
                cands = cands + self._regex_hits[w]
            if not cands:
                continue
            for i in np.flatnonzero(words == w).tolist():
                for k, tests in cands:
                    if self._at(rows, i, tests):
                        found.add((k, i, i + len(tests)))
        for k, tests in self.floating:
            for i in np.flatnonzero(self._mask(arr, tests[0])).tolist():
                if self._at(rows, i, tests):
                    found.add((k, i, i + len(tests)))
        strings = self.vocab.strings
        return [(k, strings.add(str(k)), s, e) for k, s, e in sorted(found)]

    def _lemmas(self, doc: Any, ORTH: int, POS: int, MORPH: int, LEMMA: int) -> None:
        arr = doc.to_array([ORTH, POS, MORPH, LEMMA]).astype(np.uint64)
        todo = np.ones(len(doc), dtype=bool) if self.overwrite else arr[:, 3] == 0
        if not todo.any():
            return
        keys = arr[todo, :3]
        uniq, first, inverse = np.unique(keys, axis=0, return_index=True, return_inverse=True)
        positions = np.flatnonzero(todo)
        strings = self.vocab.strings
        lemma_of = np.empty(len(uniq), dtype=np.uint64)
        for j, i in enumerate(first):
            lemma_of[j] = strings.add(self.lemmatizer.lemmatize(doc[int(positions[i])])[0])
        arr[positions, 3] = lemma_of[inverse.reshape(-1)]
        doc.from_array([LEMMA], arr[:, 3:4])


# "KYIV, Ukraine (AP) — Russia launched ...", "MOSCOW — The Kremlin said ...": a wire dateline at the start of
# a paragraph is its own sentence, or the parser makes the city the subject of the first clause.
# A city in title case counts only before an agency's name: "New York (AFP) – Vice President Joe Biden ...".
_DATELINE = re.compile(r"(?m)^[ \t]*(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})?"
                       r"(?: \((?:AP|Reuters|AFP|UPI|dpa|Xinhua|VOA)\))?"
                       r"|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?:, [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})?"
                       r" \((?:AP|Reuters|AFP|UPI|dpa|Xinhua|VOA)\)) (?:—|–|--|-) ")


# Titles and ranks news abbreviates before a name that spaCy's English tokenizer does not know ("Gen.", "Sen.",
# "Rev." it does): it splits off their period, which then ends a sentence ("Staff Sgt." | "Robert Bales was
# charged") and hides the title from the rules ("Lt. Col. Alexander Vindman", "Capt. Khan"). The pipeline keeps
# them whole (``pipeline.load``).
TITLE_ABBREVIATIONS = ("Capt", "Cpt", "Sgt", "Lt", "Col", "Maj", "Cpl", "Pvt", "Pfc", "Spc", "Pte", "Ens", "Cmdr",
                       "Comdr", "Cdr", "Cmdt", "Brig", "Det", "Insp", "Supt", "Amb", "Atty", "Asst", "Sec", "Pres",
                       "Hon", "Msgr", "Fr", "Sr", "Ald", "Gens", "Cols", "Sgts", "Lts")
# an abbreviated title or rank before a capitalised word: its period ends no sentence ("Capt. Khan was 27"; a
# suffix may end one: "... Donald Trump Sr. He ...")
_TITLE_BEFORE_NAME = re.compile(r"(?<![\w.])(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Adm|Rev|Prof|"
                                + "|".join(w for w in TITLE_ABBREVIATIONS if w != "Sr") + r")\.[ \t]+(?=[A-Z])")


def title_sentence_continues(doc: Any) -> None:
    """Mark the word after an abbreviated title as no sentence start (the parser may take the title's period for
    a sentence's end: "Capt." | "Khan was 27 when ...")."""
    text = doc.text
    for m in _TITLE_BEFORE_NAME.finditer(text):
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0 and doc[span.start].is_sent_start is not True:
            doc[span.start].is_sent_start = False


def dateline_sentence_starts(doc: Any) -> None:
    """Mark the first token after a paragraph's dateline as a sentence start."""
    text = doc.text
    for m in _DATELINE.finditer(text):
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True


def paragraph_sentence_starts(doc: Any) -> None:
    """Mark the first token after every line break as a sentence start (without visiting each token)."""
    from spacy.attrs import IDX

    if len(doc) < 2:
        return
    text = doc.text
    if "\n" not in text:
        return
    breaks = np.fromiter((m.start() for m in _NEWLINE.finditer(text)), dtype=np.int64)
    starts = doc.to_array([IDX]).astype(np.int64).reshape(-1)
    before = np.searchsorted(breaks, starts)  # line breaks before each token's first character
    for i in np.flatnonzero(before[1:] > before[:-1]) + 1:
        doc[int(i)].is_sent_start = True
