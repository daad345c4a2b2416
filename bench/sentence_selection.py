"""How much parsing could be skipped: the share of words in sentences that can carry a quote or an event.

    .venv/bin/python bench/sentence_selection.py

Over the seeds and ../shared/eval/voa, sentences are split by spaCy's fast sentence recogniser and counted as
candidates when they hold a quotation mark, a speech verb (any inflection of the quote stage's cues or
"according"), an event verb of the coder's patterns, or an event noun. The parse and NER of the other
sentences are all a selective pipeline could save; the figures bound the speed-up of "parse only what later
stages need" before any of it is built. Also prints the time of each spaCy component on the same texts.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pipeline_speed import texts  # noqa: E402

MARKS = re.compile(r"[\"“”«»]|''|``")


def inflections(nlp, lemmas: set[str]) -> set[str]:
    """Surface forms of the lemmas: regular English inflections plus the model's own irregular table."""
    irregular: dict[str, set[str]] = {}
    for table in nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc").values():
        for form, bases in table.items():
            for base in bases:
                irregular.setdefault(base, set()).add(form)
    out = set()
    for w in lemmas:
        out |= {w} | irregular.get(w, set())
        if w.endswith("e"):
            out |= {w + "s", w + "d", w[:-1] + "ing"}
        elif w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
            out |= {w[:-1] + "ies", w[:-1] + "ied", w + "ing"}
        elif re.search(r"(s|x|z|ch|sh)$", w):
            out |= {w + "es", w + "ed", w + "ing"}
        else:
            out |= {w + "s", w + "ed", w + "ing", w + w[-1] + "ed", w + w[-1] + "ing"}
    return out


def main() -> None:
    import spacy

    from newsgraph.nlp import pipeline, quotes
    from newsgraph.ontology.patterns import patterns

    docs = texts("both")
    nlp = spacy.load(pipeline.model_name())
    rules = [r for r in patterns().rules if r.type != "NONE"]
    verbs = inflections(nlp, {v for r in rules if not r.objects for v in r.verbs})
    nouns = inflections(nlp, {n for r in rules for n in r.nouns})
    speech = inflections(nlp, set(quotes.SPEECH) | {"according"})
    senter = spacy.load(pipeline.model_name())
    senter.enable_pipe("senter")
    for name in list(senter.pipe_names):
        if name != "senter":
            senter.remove_pipe(name)
    words = marks = speech_or_marks = with_verbs = with_all = sentences = 0
    for doc in senter.pipe(docs):
        for sent in doc.sents:
            n = len(sent)
            words += n
            sentences += 1
            lower = {t.lower_ for t in sent if t.is_lower or t.i == sent.start}
            q = bool(MARKS.search(sent.text))
            sp = q or bool(lower & speech)
            v = sp or bool(lower & verbs)
            marks += n * q
            speech_or_marks += n * sp
            with_verbs += n * v
            with_all += n * (v or bool(lower & nouns))
    print(f"{len(docs)} texts, {sentences:,} sentences, {words:,} tokens (seeds + VOA)")
    print("share of tokens in sentences that hold:")
    print(f"  a quotation mark                                 {marks / words:6.1%}")
    print(f"  a quotation mark or a speech verb                {speech_or_marks / words:6.1%}")
    print(f"  ... or an event verb                             {with_verbs / words:6.1%}")
    print(f"  ... or an event noun (every candidate)           {with_all / words:6.1%}")
    print(f"at most {1 - with_all / words:.1%} of the parse and NER could be skipped")
    print("spaCy components on the same texts (seconds):")
    ds = [nlp.make_doc(t) for t in docs]
    for name, proc in nlp.pipeline:
        t = time.perf_counter()
        ds = list(proc.pipe(ds, batch_size=16)) if hasattr(proc, "pipe") else [proc(d) for d in ds]
        print(f"  {name:16} {time.perf_counter() - t:6.2f}")


if __name__ == "__main__":
    main()
