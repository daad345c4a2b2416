"""The PLOVER ontology data: 16 types, quad classes, scores in range, modes consistent with their quad."""

from __future__ import annotations

import pytest

from newsgraph.ontology.plover import AUX, QUADS, ontology

TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]


def test_ontology_plover_has_the_sixteen_types() -> None:
    assert sorted(ontology().types) == sorted(TYPES)
    assert set(ontology().aux) == set(AUX)


@pytest.mark.parametrize("name", TYPES)
def test_ontology_plover_scores_agree_with_quad_class(name: str) -> None:
    t = ontology().types[name]
    assert t.quad in QUADS and -10 <= t.score <= 10
    for score in [t.score, *t.modes.values()]:
        if t.quad == "material conflict":
            assert score < 0
        if "cooperation" in t.quad:
            assert score > 0


@pytest.mark.parametrize("event,mode,score", [("ASSAULT", "drone", -9.5), ("CONSULT", "visit", 4), ("AID", None, 10),
                                              ("ACCUSE", None, -3), ("RETREAT", "ceasefire", 7.5)])
def test_ontology_plover_score_lookup(event: str, mode: str | None, score: float) -> None:
    assert ontology().score(event, mode) == score
    assert ontology().valid(event, mode)


def test_ontology_plover_rejects_unknown_names() -> None:
    assert not ontology().valid("BOMB") and not ontology().valid("ASSAULT", "teleport")
