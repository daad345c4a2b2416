"""Verb lemmas corrected against the verbs the rules know (nlp/lemmas.py)."""

from __future__ import annotations

import pytest

from newsgraph.nlp.lemmas import fix_verb_lemmas, stems


def test_stems_of_regular_forms() -> None:
    assert list(stems("staged"))[0] == "stage"
    assert "wage" in stems("waging")
    assert "jog" in stems("jogged")
    assert "resupply" in stems("resupplied")
    assert "fine" in stems("fines")
    assert list(stems("red")) == []  # too short to carry an ending


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.nlp import pipeline

    return pipeline.load()


@pytest.mark.parametrize("sentence, word, lemma", [
    ("Students staged demonstrations in the capital.", "staged", "stage"),
    ("The rebels are waging a long war.", "waging", "wage"),
    ("The regulator fined the bank heavily.", "fined", "fine"),
    ("She hoped to meet the envoy.", "hoped", "hope"),
])
def test_pipeline_corrects_known_verbs(nlp, sentence: str, word: str, lemma: str) -> None:
    tok = next(t for t in nlp(sentence) if t.text == word)
    assert tok.pos_ == "VERB" and tok.lemma_ == lemma


def test_known_lemmas_and_unknown_verbs_are_left_alone(nlp) -> None:
    doc = nlp("They used the road and left early, then hopped on a bus.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["used"] == "use" and lemmas["left"] == "leave" and lemmas["hopped"] == "hop"
    # a lemma not in the list stays as spaCy made it when no stem is a known verb
    doc = fix_verb_lemmas(nlp("The dog barked."), verbs=frozenset({"meet"}))
    assert doc[2].lemma_ == "bark"


def test_a_staged_protest_is_coded(nlp) -> None:
    from newsgraph.nlp.events import code_text

    events = code_text("Students staged demonstrations in Jakarta on Saturday.", None, nlp)
    assert [e.type for e in events] == ["PROTEST"]


def test_irregular_forms_left_as_written_are_corrected(nlp) -> None:
    doc = nlp("The army retook the town and the elders forgave the rebels.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["retook"] == "retake" and lemmas["forgave"] == "forgive"
