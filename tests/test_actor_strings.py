"""The project's own actor strings (tests/gold/actor_strings.tsv, over 3,500 written for newsgraph in NGEC's style):
country and sector accuracy of ``code_alone`` stay at or above their floors. These cases were written to find
what the coder missed and the coder was then fixed on them, so they guard against regressions; the held-out
measure is the NGEC test half (`newsgraph eval actors`)."""

from __future__ import annotations

from pathlib import Path

from newsgraph.ontology.actors import code_alone

GOLD = Path(__file__).parent / "gold" / "actor_strings.tsv"


def test_own_actor_strings_stay_coded() -> None:
    rows = [line.rstrip("\n").split("|") for line in GOLD.read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    country_ok = sector_ok = sectors = 0
    misses = []
    for text, context, date, country, sector in rows:
        got = code_alone(text, context, date or None)
        country_ok += (got.country or "") == country
        if sector.strip():
            sectors += 1
            sector_ok += (got.sector or "") == sector.strip()
        if (got.country or "") != country or (sector.strip() and (got.sector or "") != sector.strip()):
            misses.append(f"{text!r}: {got.country}/{got.sector}, written {country}/{sector}")
    assert len(rows) > 1000
    assert country_ok / len(rows) >= 0.96, misses
    assert sector_ok / sectors >= 0.93, misses
