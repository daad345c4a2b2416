"""Property tests: arbitrary text never crashes the quote and event extractors, and every offset they return
falls inside the text and points at the words it claims."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.nlp import dates as dating
from newsgraph.nlp import toll as tolls
from newsgraph.ontology.plover import AUX

WORDS = ["Russia", "Ukraine", "Mr.", "Lavrov", "said", "struck", "met", "will", "not", "the", "talks", "in", "Kyiv",
         "on", "Tuesday", "killing", "four", "people", "“", "”", '"', "'", "``", "''", ",", ".", ":", "—", "\n\n",
         "refused", "to", "sign", "agreed", "sanctions", "if", "could", "three", "years", "ago", "late", "Wednesday",
         "Feb.", "12", "officials", "he", "she", "it", "they", "attack", "by", "a", "drone", "€", "🙂", "\t", "(", ")"]

texts = st.one_of(
    st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join),
    st.text(max_size=300),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
def test_nlp_properties_extractors_never_crash_and_offsets_hold(nlp, text: str) -> None:
    from newsgraph.nlp.events import code_text
    from newsgraph.nlp.pipeline import Analysis, run
    from newsgraph.nlp.run import STAGES

    a = run(Analysis("p", text, "2025-03-07", nlp(text)), STAGES)
    n = len(text)
    for q in a.quotes:
        assert 0 <= q.start <= q.end <= n and text[q.start:q.end] == q.text
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start <= (q.speaker_end or q.speaker_start) <= n
    for e in a.events:
        assert 0 <= e.sent_start <= e.start < e.end <= e.sent_end <= n
        for p in (e.actor, e.recipient):
            if p is not None:
                assert 0 <= p.start <= p.end <= n
        if e.date_span:
            assert 0 <= e.date_span[0] < e.date_span[1] <= n
        if e.place:
            assert 0 <= e.place["start"] < e.place["end"] <= n
        assert all(f in AUX for f in e.aux)
    assert isinstance(code_text(text, None, nlp), list)


@settings(max_examples=300, deadline=None)
@given(text=texts, ref=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())))
def test_nlp_properties_dates_and_tolls_never_crash(text: str, ref: str | None) -> None:
    for found in dating.find(text):
        assert text[found.start:found.end] == found.text
        r = dating.resolve(found, ref)
        assert r.precision in (None, "day", "week", "month", "year")
        if r.date:
            assert r.date[:4].isdigit()
    t = tolls.read(text)
    assert t.fatalities is None or t.fatalities >= 0
    for lo, hi in t.spans:
        assert 0 <= lo < hi <= len(text)
