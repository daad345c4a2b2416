"""Segmentation of each dump layout, on inputs written here."""

from __future__ import annotations

import pytest

from newsgraph.ingest.cohesion import title_like
from newsgraph.ingest.segment import Defaults, Segmenter, iter_lines


def seg(text: str, defaults: Defaults = Defaults()):
    return list(Segmenter("x.txt", "text", defaults=defaults).run(iter_lines(text)))


P = [
    "The harbour authority in Valletta said on Monday that two cargo ships had collided near the breakwater.",
    "Port officials said no one was hurt and that the vessels were towed to a dry dock for inspection.",
    "The authority said it would review traffic rules for the approach channel before the summer season.",
    "Fishermen who use the inner harbour said the channel had become crowded since the new terminal opened.",
]
Q = [
    "Farmers in the Po valley began planting rice two weeks late this spring because of a wet April.",
    "Agronomists at the regional extension office said yields could fall unless the summer stays dry.",
    "Cooperatives asked the agriculture ministry for emergency credit to cover the cost of extra seed.",
    "Rice prices on the Milan commodity exchange rose slightly after the ministry published the forecast.",
]


def test_segment_layouts_paywall_dump_with_titles_and_header() -> None:
    text = ("The Harbour Ledger 2025-03-04 07:45:10\n\n\nShips Collide Near the Breakwater in Valletta\n\n"
            "You have been granted access to this story. Press any key to keep reading.\n\n"
            + "\n\n".join(P) + "\n\nAnna Vella contributed reporting.\n\nLearn more\n\n"
            "You have been granted access to this story. Press any key to keep reading.\n\n" + "\n\n".join(Q) + "\n")
    arts = seg(text)
    assert [a.title for a in arts] == ["Ships Collide Near the Breakwater in Valletta", None]
    assert [a.date for a in arts] == ["2025-03-04", "2025-03-04"]
    assert [a.date_source for a in arts] == ["header", "header"]
    assert arts[0].outlet == "The Harbour Ledger"
    assert arts[0].credits == ["Anna Vella contributed reporting."]
    assert arts[0].text == "\n\n".join(P)
    assert arts[1].text == "\n\n".join(Q)


def test_segment_layouts_concatenation_repeated_headline_and_standfirst() -> None:
    text = ("Ships Collide Near the Breakwater\nShips Collide Near the Breakwater\n"
            "Two vessels were towed to dry dock.\n" + "\n".join(P) + "\nAnna Vella contributed reporting.\n"
            "Late Planting Worries Rice Growers in the Po Valley\n" + "\n".join(Q) + "\n")
    arts = seg(text)
    assert [a.title for a in arts] == ["Ships Collide Near the Breakwater",
                                       "Late Planting Worries Rice Growers in the Po Valley"]
    assert arts[0].dek == "Two vessels were towed to dry dock."
    assert arts[0].text == "\n".join(P)
    assert arts[1].text == "\n".join(Q)


def test_segment_layouts_no_separator_no_headline_splits_on_change_of_subject() -> None:
    arts = seg("\n".join(P + Q) + "\n")
    assert len(arts) == 2
    assert arts[1].text.startswith("Farmers in the Po valley")


@pytest.mark.parametrize("opening", [
    "But the authority said the collision showed that the channel rules were out of date.",
    "“We cannot keep adding ships to a channel this narrow,” said a port official.",
])
def test_segment_layouts_anaphoric_or_quoted_paragraph_does_not_open_a_story(opening: str) -> None:
    assert len(seg("\n".join(P + [opening] + P[:3]) + "\n")) == 1


def test_segment_layouts_subheading_is_not_a_new_story() -> None:
    text = " date 2025-02-08 " + "\n\n".join(P[:2]) + "\n\nChannel Rules Under Review\n\n" + "\n\n".join(P[2:] + P[:2])
    arts = seg(text)
    assert len(arts) == 1
    assert arts[0].date == "2025-02-08" and arts[0].date_source == "wire"
    assert "Channel Rules Under Review" in arts[0].text
    assert not arts[0].text.startswith("date")


def test_segment_layouts_rss_footer_gives_title_and_outlet() -> None:
    text = "\n".join(P) + ("\nThank you for your patience while we verify access to your account.\nAlready a subscriber? Sign in here.\n"
                           "The post Ships Collide in Valletta appeared first on Harbour Ledger.\n")
    (art,) = seg(text)
    assert art.title == "Ships Collide in Valletta"
    assert art.outlet == "Harbour Ledger"
    assert art.text == "\n".join(P)


def test_segment_layouts_cli_defaults_fill_only_what_is_missing() -> None:
    d = Defaults(outlet="Given Outlet", date="2025-01-01")
    (art,) = seg("\n".join(P) + "\n", d)
    assert (art.outlet, art.date, art.date_source) == ("Given Outlet", "2025-01-01", "cli")
    (art,) = seg("Ledger 2025-03-04 08:00\n\n" + "\n".join(P) + "\n", d)
    assert (art.outlet, art.date, art.date_source) == ("Ledger", "2025-03-04", "header")


def test_segment_layouts_a_date_in_the_files_name_comes_after_the_texts_own() -> None:
    def named(name: str, text: str, defaults: Defaults = Defaults()):
        return list(Segmenter(name, "text", defaults=defaults).run(iter_lines(text)))

    (art,) = named("dumps/wash-post_2016-06-09_party.txt", "\n".join(P) + "\n", Defaults(date="2025-01-01"))
    assert (art.date, art.date_source) == ("2016-06-09", "filename")
    (art,) = named("20220110-kyiv.txt", "Ledger 2025-03-04 08:00\n\n" + "\n".join(P) + "\n")
    assert (art.date, art.date_source) == ("2025-03-04", "header")
    (art,) = named("hash_a20160925b.txt", "\n".join(P) + "\n")
    assert (art.date, art.date_source) == (None, None)


def test_segment_layouts_crlf_and_bom_keep_offsets() -> None:
    text = "\ufeff" + "\r\n\r\n".join(P) + "\r\n"
    (art,) = seg(text)
    assert art.text == "".join(text[o:o + n] for _, o, n in art.segments)
    assert art.start == 1 and art.text.startswith("The harbour")


@pytest.mark.parametrize("line,expected", [
    ("Europe Races to Craft a Plan for Ukraine and Defense", True),
    ("Talks on Ukraine Without Ukraine", True),
    ("It may have already arrived.", False),
    ("“Nothing is agreed,” he said", False),
    ("  • Israel and Hamas are negotiating through mediators.", False),
    ("the harbour authority said", False),
])
def test_cohesion_title_like(line: str, expected: bool) -> None:
    assert title_like(line) is expected


def test_segment_layouts_a_byline_under_a_headline_signs_the_story_below_it() -> None:
    arts = seg("Ships Collide Near the Breakwater\n\nBy Anna Vella\n\n" + "\n\n".join(P) + "\n")
    assert len(arts) == 1
    assert arts[0].title == "Ships Collide Near the Breakwater"
    assert arts[0].credits == ["By Anna Vella"]
    assert arts[0].text == "\n\n".join(P)


def test_segment_layouts_glued_stories_each_with_headline_and_byline() -> None:
    text = ("Ships Collide Near the Breakwater\n\nBy Anna Vella\n\n" + "\n\n".join(P) +
            "\n\nLate Planting Worries Rice Growers\n\nBy Marco Rossi and Giulia Bianchi\n\n" + "\n\n".join(Q) + "\n")
    arts = seg(text)
    assert [a.title for a in arts] == ["Ships Collide Near the Breakwater", "Late Planting Worries Rice Growers"]
    assert [a.credits for a in arts] == [["By Anna Vella"], ["By Marco Rossi and Giulia Bianchi"]]
    assert [a.text for a in arts] == ["\n\n".join(P), "\n\n".join(Q)]


def test_segment_layouts_a_byline_after_a_story_with_no_headline_still_ends_it() -> None:
    arts = seg("\n\n".join(P) + "\n\nBy Anna Vella\n\n" + "\n\n".join(Q) + "\n")
    assert [a.text for a in arts] == ["\n\n".join(P), "\n\n".join(Q)]
    assert arts[0].credits == ["By Anna Vella"]


def test_segment_layouts_a_story_that_turns_to_another_subject_stays_one() -> None:
    # one article: the workers of a plant, then the parent company's plans; the vocabulary changes, but the later
    # paragraphs name a man the first ones introduced
    plant = [
        "Workers at the boiler plant in Kettering said they learned of the closure from a notice on the canteen wall.",
        "Lars Halvorsen, who runs the plant for its Norwegian owner, told them the line would stop in September.",
        "Several welders said they had worked there for more than twenty years and had never seen layoffs.",
        "The union branch asked for a meeting with management before any equipment leaves the building.",
    ]
    company = [
        "Shareholders of the group will vote in Oslo next month on a plan to move production eastward.",
        "Halvorsen defended that plan on a call with analysts, citing freight costs and cheaper electricity.",
        "Bond investors welcomed the forecast, and the group's shares closed higher on the Oslo exchange.",
        "Rating agencies said the restructuring could lift margins within two financial quarters.",
    ]
    arts = seg("\n\n".join(plant + company) + "\n")
    assert len(arts) == 1, [a.text[:40] for a in arts]
