"""The faster rule components give spaCy's own output, array for array, on the sample corpus and on sentences
written to hit the attribute ruler's word patterns ("ain't", "gonna", "let's", "'s", auxiliaries, "that")."""

from __future__ import annotations

import numpy as np
import pytest

from conftest import ROOT

SENTENCES = [
    "I ain't gonna say it, and we're not gonna wait: let's go.",
    "That's the plan that he'd said he's going to keep, isn't it?",
    "There is a bridge, there are two ferries and there was a tunnel.",
    "Y'all nothin' but trouble, she said, 'cause they've got ta leave.",
    "He has had it; she does do it; they did not; you'd better, wouldn't you?",
    "Which ones? These, those and that one were all sold, and this is what's left.",
    "  Spaces   and\n\nnew lines\tmatter too.  ",
]


def corpus() -> list[str]:
    texts = list(SENTENCES)
    for path in sorted((ROOT / "samples").iterdir()):
        texts.append(path.read_text("utf-8", errors="replace"))
    return texts


@pytest.fixture(scope="module")
def pipelines():
    import spacy

    from newsgraph.nlp import pipeline

    ours = pipeline.load()
    if "ng_rules" not in ours.pipe_names:
        pytest.skip("the model has no rule lemmatizer and attribute ruler to replace")
    theirs = spacy.load(pipeline.model_name())
    return ours, theirs


def test_speedups_replace_attribute_ruler_and_lemmatizer(pipelines) -> None:
    ours, _ = pipelines
    assert "attribute_ruler" not in ours.pipe_names and "lemmatizer" not in ours.pipe_names
    assert ours.pipe_names.index("ng_rules") > ours.pipe_names.index("parser")


def test_speedups_same_arrays_as_spacy(pipelines) -> None:
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

    ours, theirs = pipelines
    cols = [TAG, POS, MORPH, LEMMA, HEAD, DEP]
    before = ours.pipe_names[:ours.pipe_names.index("ng_rules")]  # tok2vec, tagger, paragraphs, parser
    n = 0
    with ours.select_pipes(enable=before):
        parsed = list(ours.pipe(corpus()))
    for doc in parsed:
        mine, spacys = doc.copy(), doc.copy()
        ours.get_pipe("ng_rules")(mine)
        theirs.get_pipe("lemmatizer")(theirs.get_pipe("attribute_ruler")(spacys))
        if not np.array_equal(mine.to_array(cols), spacys.to_array(cols)):
            diff = [(t.text, t.pos_, t.lemma_, str(t.morph), w.pos_, w.lemma_, str(w.morph))
                    for t, w in zip(mine, spacys)
                    if (t.pos_, t.lemma_, str(t.morph), t.dep_) != (w.pos_, w.lemma_, str(w.morph), w.dep_)]
            pytest.fail(f"differs from spaCy's rule components: {diff[:5]}")
        n += len(doc)
    assert n > 2000
