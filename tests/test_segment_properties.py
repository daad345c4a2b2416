"""Property tests: any text, the segmenter never crashes and every body is made of source slices."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.ingest.segment import Segmenter, iter_lines

LINES = st.sampled_from([
    "", " ", "The Ledger 2025-03-04 08:00", "You have been granted access to this story. Press any key to keep reading.",
    "Learn more", "Save on The Ledger with our best offer:", "Anna Vella contributed reporting.",
    "The post A Title Here appeared first on Ledger.", " date 2025-02-08 Officials said on Monday it rained.",
    "Ships Collide Near the Breakwater", "“We are ready,” she said.", "He added that talks would go on.",
    "Farmers in the valley planted rice late because of a wet April and cold nights.",
])
TEXT = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400),
    st.lists(LINES, max_size=40).map("\n".join),
    st.lists(LINES, max_size=40).map("\r\n".join),
)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.booleans())
def test_segment_properties_bodies_are_source_slices(text: str, dump: bool) -> None:
    for art in Segmenter("x", "text", dump=dump).run(iter_lines(text)):
        assert art.text
        assert art.text == "".join(text[o:o + n] for _, o, n in art.segments)
        assert 0 <= art.start <= art.end <= len(text)
        for a, o, n in art.segments:
            assert art.start <= o and o + n <= art.end
