"""Quotations: each mark style and quote form on sentences written here, negatives included."""

from __future__ import annotations

import pytest

from conftest import analyse_text
from newsgraph.nlp.quotes import quotation_spans


@pytest.mark.parametrize("text,quoted", [
    ("“We will stay,” she said.", ["“We will stay,”"]),
    ('"We will stay," she said.', ['"We will stay,"']),
    ("''We will stay,'' she said.", ["''We will stay,''"]),
    ("``We will stay,'' she said.", ["``We will stay,''"]),
    ("he praised his ”character and persistence.\"", ["”character and persistence.\""]),  # wrong-way mark
    ("“First part.\n\n“Second part,” he said.", ["“First part.\n\n“Second part,”"]),  # over two paragraphs
    ("“Never closed.\n\nNext paragraph is plain text.", ["“Never closed."]),  # unbalanced: ends at paragraph
])
def test_quotes_quotation_spans(text: str, quoted: list[str]) -> None:
    assert [text[s:e] for s, e in quotation_spans(text)] == quoted


def _quotes(nlp, text: str):
    a = analyse_text(nlp, text, "2025-03-03")
    out = []
    for q in a.quotes:
        speaker = a.persons[q.speaker_person].name if q.speaker_person is not None else None
        out.append((q.kind, q.text, speaker, q.speaker_text, q.cue))
    return out


def _one(nlp, text: str, needle: str):
    found = [q for q in _quotes(nlp, text) if needle in q[1]]
    assert found, f"no quotation containing {needle!r} in {_quotes(nlp, text)}"
    return found[0]


@pytest.mark.parametrize("text,needle,kind,speaker", [
    ("“The talks were useful,” Sergey V. Lavrov, Russia's foreign minister, said on Tuesday.",
     "talks were useful", "direct", "Sergey V. Lavrov"),
    ("Anna Lindqvist, the mayor of the port town, met residents on Monday. “The water is safe to drink again,” "
     "the mayor said.", "water is safe", "direct", "Anna Lindqvist"),
    ("Marco Rubio met his Saudi counterpart in Riyadh. “We had a frank conversation,” he told reporters.",
     "frank conversation", "direct", "Marco Rubio"),
    ("Ms. Kovac spoke to reporters outside the court. She said: “I am not afraid of anyone.”",
     "not afraid", "direct", None),
    ("Officials said the convoy was delayed. Prime Minister Keir Starmer said the plan was “a serious offer” "
     "to Kyiv.", "serious offer", "mixed", "Keir Starmer"),
    ("Prime Minister Keir Starmer told lawmakers that Britain would send aircraft if a deal was reached.",
     "Britain would send aircraft", "indirect", "Keir Starmer"),
    ("The ceasefire is holding, according to Ali Hassan, a local official in the town.",
     "ceasefire is holding", "indirect", "Ali Hassan"),
])
def test_quotes_forms_and_speakers(nlp, text: str, needle: str, kind: str, speaker: str | None) -> None:
    got = _one(nlp, text, needle)
    assert got[0] == kind
    if speaker:
        assert got[2] == speaker


def test_quotes_pronoun_speaker_is_the_salient_person_not_a_name_in_a_fronted_clause(nlp) -> None:
    text = ("President Donald Trump spoke to reporters on Air Force One on Friday. He repeated that the talks "
            "would continue. After saying that Mr. Putin wanted peace, he added a warning. “We will know soon,” he "
            "told reporters.")
    assert _one(nlp, text, "We will know soon")[2] == "Donald Trump"


def test_quotes_paragraph_of_quotation_continues_the_previous_speaker(nlp) -> None:
    text = ("“We are ready to talk,” said Naim Qassem, the group's leader.\n\n"
            "“But nobody should mistake patience for weakness.”")
    assert _one(nlp, text, "mistake patience")[2] == "Naim Qassem"


@pytest.mark.parametrize("text", [
    "The army took five “strategic” vantage points along the ridge overnight.",
    "Speakers at the rally spoke of their hope for a “new Sudan” after the war.",
    "He is now the host of “The Evening Program” on a cable network.",
])
def test_quotes_scare_quotes_and_titles_are_not_attributed_speech(nlp, text: str) -> None:
    assert not [q for q in _quotes(nlp, text) if q[0] in ("direct", "mixed") and '“' not in q[1]]
