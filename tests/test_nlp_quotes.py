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


def test_quotes_pronoun_after_a_quotation_is_the_subject_that_introduced_it(nlp) -> None:
    text = ("Mr. Trump has threatened the region with tariffs. Still, President Ana Ruiz of Panama was blunt about "
            "her motives: “We are doing a favour for our big neighbour,” she told a crowd last week.")
    assert _one(nlp, text, "We are doing a favour")[2] == "Ana Ruiz"
    # a name inside a fronted clause still does not count
    text = ("President Donald Trump spoke on Friday. After hearing that Mr. Putin wanted peace, he said “We will "
            "see.”")
    assert _one(nlp, text, "We will see")[2] == "Donald Trump"


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


def test_quotes_a_title_in_marks_is_not_speech_even_after_a_speech_verb(nlp) -> None:
    quotes = _quotes(nlp, "She told the network's “Morning Review” that the vote would be close.")
    assert not [q for q in quotes if "Morning Review" in q[1]]
    assert [q for q in quotes if q[0] == "indirect" and "vote would be close" in q[1]]


def _parsed(nlp, words: list[str], heads: list[int], deps: list[str], pos: list[str], persons: list[tuple[int, int]]):
    """A sentence with a given (mis)parse, as spaCy's small model produces it on real news."""
    from spacy.tokens import Doc, Span

    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, sent_starts=[True] + [False] * (len(words) - 1))
    doc.ents = [Span(doc, s, e, label="PERSON") for s, e in persons]
    return doc


def test_quotes_speaker_between_quotation_and_a_cue_without_subject(nlp) -> None:
    from newsgraph.nlp.quotes import _between, _subject, quotation_spans

    # “We were wrong,” Berg, 58, told AFP.   parsed as: Berg/npadvmod → were, told/conj → were
    words = ["“", "We", "were", "wrong", ",", "”", "Berg", ",", "58", ",", "told", "AFP", "."]
    heads = [2, 2, 2, 2, 2, 2, 2, 6, 6, 6, 2, 10, 2]
    deps = ["punct", "nsubj", "ROOT", "acomp", "punct", "punct", "npadvmod", "punct", "appos", "punct", "conj",
            "dobj", "punct"]
    pos = ["PUNCT", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT", "PROPN", "PUNCT", "NUM", "PUNCT", "VERB", "PROPN",
           "PUNCT"]
    doc = _parsed(nlp, words, heads, deps, pos, [(6, 7)])
    spans = quotation_spans(doc.text)
    s, e = spans[0]
    cue = doc[10]
    assert _subject(cue, spans) is None  # what the parse gives
    assert _between(doc, cue, s, e).text == "Berg"


def test_quotes_speaker_read_as_an_appositive_before_said(nlp) -> None:
    from newsgraph.nlp.quotes import _appositive_before, _subject, quotation_spans

    # In a statement, her adviser, Jake Sullivan, said: “...”   Sullivan/appos → adviser/appos → statement
    words = ["In", "a", "statement", ",", "her", "adviser", ",", "Jake", "Sullivan", ",", "said", ":", "“", "Yes",
             ".", "”"]
    heads = [10, 2, 0, 2, 5, 2, 5, 8, 5, 10, 10, 10, 10, 10, 10, 10]
    deps = ["prep", "det", "pobj", "punct", "poss", "appos", "punct", "compound", "appos", "punct", "ROOT", "punct",
            "punct", "intj", "punct", "punct"]
    pos = ["ADP", "DET", "NOUN", "PUNCT", "PRON", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT",
           "PUNCT", "INTJ", "PUNCT", "PUNCT"]
    doc = _parsed(nlp, words, heads, deps, pos, [(7, 9)])
    spans = quotation_spans(doc.text)
    cue = doc[10]
    assert _subject(cue, spans) is None
    assert _appositive_before(cue, spans).text == "Sullivan"


@pytest.mark.parametrize("text,pieces", [
    ("Omar said,“We leave tonight.”", ["said", ",", "“", "We"]),
    ("a hard winter,”Omar said.", ["winter", ",", "”", "Omar"]),
    ('The U.S. "plan" held.', ["U.S.", '"', "plan", '"']),  # abbreviations keep their periods
])
def test_quotes_tokenizer_splits_marks_glued_to_words(nlp, text: str, pieces: list[str]) -> None:
    words = [t.text for t in nlp.make_doc(text)]
    assert any(words[i:i + len(pieces)] == pieces for i in range(len(words)))


def test_quotes_cue_right_after_a_comma_quotation_beats_an_earlier_sentence(nlp) -> None:
    text = ("But aides said the envoy had simply aired differences. ''That was never our policy,'' Mr. Okafor said. "
            "''Our policy was to keep talking.''")
    assert _one(nlp, text, "never our policy")[2] == "Okafor"
    assert _one(nlp, text, "keep talking")[2] == "Okafor"


def test_quotes_cue_in_an_earlier_paragraph_does_not_attribute_a_colon_quotation(nlp) -> None:
    text = ("Asked about the vote, 60 percent of members said yes.\n\n"
            "The result did not surprise the analyst Maria Ortega: “Late deciders usually break for the "
            "incumbent in these contests.”")
    assert _one(nlp, text, "Late deciders")[2] == "Maria Ortega"


def test_quotes_colon_at_the_end_of_a_paragraph_introduces_the_next(nlp) -> None:
    text = "Senator Dana Whitfield told the crowd:\n\n“We will not back down from this fight.”"
    assert _one(nlp, text, "not back down")[2] == "Dana Whitfield"


def test_quotes_answer_belongs_to_the_verb_before_it_not_the_question(nlp) -> None:
    text = ("Ibrahim Sule was asked, “Would you run again if the party asked you?” He answered, “I have no "
            "plans for that.”")
    assert _one(nlp, text, "Would you run")[4] == "asked"
    assert _one(nlp, text, "no plans")[4] == "answered"


def test_quotes_inverted_cue_with_the_name_parsed_elsewhere(nlp) -> None:
    text = "The plant closed in May.\n\n“I miss the work more than the money,” said Darnell Hayes, half smiling."
    assert _one(nlp, text, "miss the work")[2] == "Darnell Hayes"


def test_quotes_any_verb_closing_the_clause_after_a_comma_quotation(nlp) -> None:
    text = "“Our country will always stand,” an angry Pierre Lemaire retaliated. He left the hall."
    got = _one(nlp, text, "always stand")
    assert got[2] == "Pierre Lemaire" and got[4] == "retaliated"


def test_quotes_paragraph_of_quotation_after_a_mixed_quotation_continues_its_speaker(nlp) -> None:
    text = ("Her neighbours call the mayor “a stubborn mule,” Grace Abena said as she locked the gate.\n\n"
            "“But she is our stubborn mule, and we like her!”")
    assert _one(nlp, text, "our stubborn mule")[2] == "Grace Abena"


@pytest.mark.parametrize("text,needle,speaker", [
    ("And Governor Alan Pryce gloated: “I told you she would not be ready.”", "told you", "Alan Pryce"),
    ("As Professor Lena Marsh put it: “Cities absorb newcomers faster than nations do.”", "Cities absorb",
     "Lena Marsh"),
])
def test_quotes_clause_ending_in_a_colon_introduces_the_quotation(nlp, text: str, needle: str, speaker: str) -> None:
    assert _one(nlp, text, needle)[2] == speaker


def test_quotes_phrasal_verb_after_a_comma_quotation(nlp) -> None:
    text = "“You are not the boss tonight,” Viktor Halloran shot back. “Let me finish.”"
    assert _one(nlp, text, "not the boss")[2] == "Viktor Halloran"
    assert _one(nlp, text, "Let me finish")[2] == "Viktor Halloran"


def test_quotes_subordinate_clause_after_a_quotation_is_not_its_attribution(nlp) -> None:
    text = "Senator Ruth Adeyemi had said, “We'll see,” when asked whether she would campaign for others."
    got = _one(nlp, text, "We'll see")
    assert got[2] == "Ruth Adeyemi" and got[4] == "said"


@pytest.mark.parametrize("text,needle,speaker", [
    ("The claim was false.\n\n“I will not call it a mistake, so drop it,” said retired surgeon Amos Ndiaye, "
     "asked about the story.", "call it a mistake", "Amos Ndiaye"),
    ("Then came the loudest cheer: “It is about time a woman ran this city,” exhorted the singer Carla Benn.",
     "about time", "Carla Benn"),
    ("We checked three claims from the debate.\n\n“Almost all new income goes to the top 1 percent.”\n\n"
     "- Ruth Okonkwo.\n\nThe senator is right about the trend.", "new income", "Ruth Okonkwo"),
])
def test_quotes_inverted_and_dash_attributions(nlp, text: str, needle: str, speaker: str) -> None:
    assert _one(nlp, text, needle)[2] == speaker


@pytest.mark.parametrize("text,needle,kind", [
    # a quotation opening in lower case that completes the writer's sentence is partial (mixed)
    ("If the governor is elected, Jon Weller said, “she might spend her term in court.”", "might spend", "mixed"),
    ("Teodor Marin said that whatever voters decide, “they should not decide on fear.”", "should not decide",
     "mixed"),
    # ...but not after a bare attribution, nor as the second half of a quotation split by its attribution
    ("Mira Osei said, “our town is in deep trouble and nobody is listening.”", "deep trouble", "direct"),
    ("“We are here,” Mira Osei said, “to stay until the road is rebuilt.”", "to stay", "direct"),
])
def test_quotes_lower_case_quotation_completing_a_sentence_is_partial(nlp, text: str, needle: str,
                                                                      kind: str) -> None:
    assert _one(nlp, text, needle)[0] == kind


def test_quotes_a_role_noun_speaker_is_the_holder_of_its_abbreviated_title_named_last(nlp) -> None:
    text = ("Sen. Marco Rubio of Florida and Gov. John Kasich of Ohio spoke on Monday. Rubio attacked Trump.\n\n"
            "\"It puts two rights in conflict,\" the Florida senator said.\n\n\"We will win Ohio,\" the governor said.\n")
    a = analyse_text(nlp, text, "2016-02-01")
    speakers = {q.text.rstrip(","): a.persons[q.speaker_person].name for q in a.quotes if q.speaker_person is not None}
    assert speakers == {"It puts two rights in conflict": "Marco Rubio", "We will win Ohio": "John Kasich"}, speakers


def test_quotes_a_role_noun_speaker_with_no_title_in_the_article_is_the_figure_serving_so_that_day(nlp) -> None:
    text = ("Jeb Bush criticized Marco Rubio for opposing legal abortion.\n\"I am pro-life, but I believe there should "
            "be exceptions,\" Bush said.\nRubio said he does support an exception.\n\"It is a difficult issue,\" said "
            "the Florida senator.\n")
    a = analyse_text(nlp, text, "2016-02-07")
    (q,) = [q for q in a.quotes if q.text.startswith("It is a difficult")]
    assert q.speaker_person is not None and a.persons[q.speaker_person].name == "Marco Rubio"


def test_quotes_a_bodys_unnamed_spokesperson_speaks_for_the_body_and_an_indefinite_one_is_no_one_named(nlp) -> None:
    text = ("\"We will keep working with the courts,\" a DHS spokesperson said.\n\n\"The strikes were precise,\" said "
            "a spokesman for the Israeli military.\n\n\"We reject this,\" Hamas spokesman Hazem Qassem said.\n")
    a = analyse_text(nlp, text, "2025-03-13")
    by_text = {q.text.rstrip(","): q for q in a.quotes}
    dhs = by_text["We will keep working with the courts"]
    assert dhs.speaker_person is None and a.mentions[dhs.speaker_mention].text == "DHS"
    assert by_text["The strikes were precise"].speaker_person is None  # (not Hazem Qassem, named after)
