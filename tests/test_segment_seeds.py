"""Segmentation of the five seed dumps against hand-made gold (tests/gold/seed_articles.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.ingest.segment import Segmenter

GOLD = json.loads((Path(__file__).parent / "gold" / "seed_articles.json").read_text())
FILES = sorted(k for k in GOLD if not k.startswith("_"))

# Fragments of page furniture that must never reach a body (written here, not copied from the seeds).
FURNITURE = ["granted access", "Save on The Times", "/week", "Learn more", "Welcome Offer", "original price",
             "verify access", "Already a subscriber", "appeared first on", "Leave a Reply", "email address will not",
             "Listen to this article", "confidential news tip", "secure message", "send our latest coverage",
             "Sign up for", "Subscribe.", "Billed as", "Our sale is on", "contributed reporting",
             "contributed research", "New York Times 20"]


def _segment(path: Path):
    text = path.read_text(encoding="utf-8")
    with open(path, encoding="utf-8", newline="") as f:
        source = f.read()
    with open(path, encoding="utf-8", newline="") as f:
        arts = list(Segmenter(str(path), "text").run(f))
    return source, text, arts


def _line_of(source: str, offset: int) -> int:
    return source.count("\n", 0, offset) + 1


@pytest.mark.parametrize("name", FILES)
def test_segment_seeds_articles_match_gold(seeds_dir: Path, name: str) -> None:
    source, _, arts = _segment(seeds_dir / name)
    gold = GOLD[name]
    lines = source.split("\n")
    got = [(_line_of(source, a.segments[0][1]), _line_of(source, a.segments[-1][1] + a.segments[-1][2] - 1))
           for a in arts]
    want = [(g["first"], g["last"]) for g in gold["articles"]]
    assert got == want, "articles split or merged"
    for art, g in zip(arts, gold["articles"]):
        if g["title"] is None:
            assert art.title is None
        elif g["title"] == "footer":
            assert art.title and "appeared first" not in art.title
        else:
            assert art.title == lines[g["title"] - 1].strip()
        if "dek" in g:
            assert art.dek == lines[g["dek"] - 1].strip()
        assert len(art.credits) == g["credits"]
        assert art.date == gold["date"]
        assert art.outlet == gold["outlet"]


@pytest.mark.parametrize("name", FILES)
def test_segment_seeds_no_furniture_in_bodies(seeds_dir: Path, name: str) -> None:
    _, _, arts = _segment(seeds_dir / name)
    for art in arts:
        for fragment in FURNITURE:
            assert fragment not in art.text, f"{fragment!r} left in an article of {name}"


@pytest.mark.parametrize("name", FILES)
def test_segment_seeds_bodies_are_source_slices(seeds_dir: Path, name: str) -> None:
    source, _, arts = _segment(seeds_dir / name)
    for art in arts:
        assert art.text == "".join(source[o:o + n] for _, o, n in art.segments)
        assert art.start <= art.segments[0][1] and art.segments[-1][1] + art.segments[-1][2] <= art.end
        offsets = [o for _, o, _ in art.segments]
        assert offsets == sorted(offsets)
        # What was removed between the kept slices is whole lines (or a wire prefix), never part of a sentence.
        for (_, o1, n1), (_, o2, _) in zip(art.segments, art.segments[1:]):
            gap = source[o1 + n1:o2]
            assert gap.endswith("\n") or gap == "", repr(gap[-40:])
