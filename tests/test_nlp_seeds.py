"""The canonical person table on the seed dumps against hand-made gold (tests/gold/seed_people.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.ingest.run import ingest
from newsgraph.nlp.run import analyse
from newsgraph.store import open_store

GOLD = json.loads((Path(__file__).parent / "gold" / "seed_people.json").read_text())


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory: pytest.TempPathFactory):
    from conftest import SHARED

    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared/seeds is absent")
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    with open_store(str(db)) as store:
        ingest(store, [str(SHARED / "seeds")])
        analyse(store)
        yield store


def _entities_for(store, alias: str) -> set[str]:
    rows = store.db.query("SELECT DISTINCT m.entity_id FROM mentions m WHERE m.type = 'PERSON' AND "
                          "(m.text = ? OR m.text IN (?, ?, ?))", (alias, f"Mr. {alias}", f"Ms. {alias}",
                                                                  f"Mrs. {alias}"))
    return {r["entity_id"] for r in rows}


@pytest.mark.parametrize("person", GOLD["people"], ids=[p["name"] for p in GOLD["people"]])
def test_nlp_seeds_person_variants_are_one_entity(seed_store, person: dict) -> None:
    ids = set()
    for alias in person["aliases"]:
        found = _entities_for(seed_store, alias)
        assert found, f"no mention {alias!r}"
        ids |= found
    assert len(ids) == 1, f"{person['name']}: variants spread over {len(ids)} entities"
    (row,) = seed_store.db.query("SELECT * FROM entities WHERE id = ?", (ids.pop(),))
    if "country" in person:
        assert row["country"] == person["country"]
    if "sector" in person:
        assert row["sector"] == person["sector"]
    if "role_contains" in person:
        assert any(person["role_contains"] in (r.get("role") or "") for r in json.loads(row["roles"]))


@pytest.mark.parametrize("a,b", GOLD["apart"], ids=["/".join(p) for p in GOLD["apart"]])
def test_nlp_seeds_relatives_and_namesakes_stay_apart(seed_store, a: str, b: str) -> None:
    ea, eb = _entities_for(seed_store, a), _entities_for(seed_store, b)
    assert ea and eb and ea.isdisjoint(eb)


QUOTES = json.loads((Path(__file__).parent / "gold" / "seed_quotes.json").read_text())["quotes"]


def test_nlp_seeds_direct_quotations_found_and_attributed(seed_store) -> None:
    rows = seed_store.db.query("SELECT q.source, q.start_char, q.kind, e.name FROM quotes q "
                               "LEFT JOIN entities e ON e.id = q.speaker_id")
    misses = []
    for name, offset, speaker in QUOTES:
        found = [r for r in rows if r["source"].endswith(name) and abs(r["start_char"] - offset) <= 2]
        if not found:
            misses.append((name, offset, speaker, "not found"))
        elif found[0]["name"] != speaker:
            misses.append((name, offset, speaker, found[0]["name"]))
    accuracy = 1 - len(misses) / len(QUOTES)
    assert accuracy >= 0.95, f"attribution accuracy {accuracy:.3f}; misses: {misses}"
