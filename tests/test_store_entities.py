"""Canonical entities as the store writes them (store.analysis.upsert_entity)."""

from __future__ import annotations

import json
from pathlib import Path


def test_an_entitys_aliases_are_written_with_plain_spaces(tmp_path: Path) -> None:
    from newsgraph.nlp.resolve import EntityRef
    from newsgraph.store import open_store
    from newsgraph.store.analysis import upsert_entity

    ref = EntityRef("p1", "PERSON", "Donald Trump", "donald trump", surname="trump")
    with open_store(str(tmp_path / "a.db")) as store:
        upsert_entity(store, ref, ["Donald Trump", "Donald\xa0Trump"], [])
        upsert_entity(store, ref, ["Donald  Trump", "Trump"], [])
        aliases = store.db.query("SELECT aliases FROM entities WHERE id = 'p1'")[0]["aliases"]
    assert json.loads(aliases) == ["Donald Trump", "Trump"], aliases


def test_a_name_first_written_in_capitals_takes_its_written_case_when_the_text_gives_it(tmp_path: Path) -> None:
    from newsgraph.nlp.resolve import EntityRef
    from newsgraph.store import open_store
    from newsgraph.store.analysis import upsert_entity

    with open_store(str(tmp_path / "a.db")) as store:
        upsert_entity(store, EntityRef("p1", "PERSON", "ANAT SCHWARTZ", "anat schwartz", surname="schwartz"), [], [])
        upsert_entity(store, EntityRef("p1", "PERSON", "Anat Schwartz", "anat schwartz", surname="schwartz"), [], [])
        upsert_entity(store, EntityRef("p1", "PERSON", "ANAT SCHWARTZ", "anat schwartz", surname="schwartz"), [], [])
        name = store.db.query("SELECT name FROM entities WHERE id = 'p1'")[0]["name"]
    assert name == "Anat Schwartz"
