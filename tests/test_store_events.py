"""Events through the store on both backends: offsets into the source, happenings across outlets, re-runs,
the events query and the export."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import table_dump, write
from newsgraph import cli
from newsgraph.ingest.run import ingest_one
from newsgraph.nlp.run import analyse
from newsgraph.store import Store
from newsgraph.store.check import check
from newsgraph.analysis.happenings import find_events

FIRST = ("Harbour Herald 2025-03-07 09:00\n\n"
         "A Russian missile struck the port of Odesa late Wednesday, killing three people and injuring 12, "
         "Ukrainian officials said.\n\n"
         "The Polish foreign minister met the Moldovan president in Chisinau on Thursday.\n\n"
         "Hungary will not send weapons to Ukraine, its foreign minister said.\n")
SECOND = ("Danube Daily 2025-03-07 11:30\n\n"
          "Three people died on Wednesday when a Russian missile struck the port of Odesa, the regional "
          "governor said.\n\nRescue teams searched the damaged grain terminal through the night.\n")


def _load(store: Store, tmp_path: Path) -> None:
    for name, text in (("herald.txt", FIRST), ("daily.txt", SECOND)):
        ingest_one(store, str(write(tmp_path, name, text)))
    analyse(store)


def test_store_events_point_at_their_words_and_group_into_happenings(store: Store, tmp_path: Path) -> None:
    _load(store, tmp_path)
    rows = store.db.query("SELECT * FROM events ORDER BY source, start_char")
    assert rows
    for row in rows:
        source = Path(row["source"]).read_text(encoding="utf-8")
        assert " ".join(source[row["start_char"]:row["end_char"]].split()) == " ".join(row["sentence"].split())
        lo, hi = json.loads(row["spans"])["trigger"]
        assert source[lo:hi] == row["trigger_text"]
    strikes = [h for h in find_events(store, event_type="ASSAULT") if h["actor_country"] == "RUS"]
    assert len(strikes) == 1, strikes  # one happening, reported by two outlets
    (strike,) = strikes
    assert strike["date"] == "2025-03-05" and strike["fatalities"] == 3 and strike["place"] == "Odesa"
    assert {m["outlet"] for m in strike["mentions"]} == {"Harbour Herald", "Danube Daily"}
    assert list(check(store)) == []


def test_store_events_flagged_only_on_request_and_filters(store: Store, tmp_path: Path) -> None:
    _load(store, tmp_path)
    default = find_events(store)
    assert all(not h["aux"] for h in default)
    flagged = [h for h in find_events(store, everything=True) if h["aux"]]
    assert any(h["event_type"] == "AID" and "negated" in h["aux"] for h in flagged)
    met = find_events(store, actor="POL", event_type="CONSULT")
    assert met and met[0]["recipient_country"] == "MDA" and met[0]["date"] == "2025-03-06"
    assert find_events(store, since="2025-03-06", event_type="ASSAULT") == []


def test_store_events_rerun_changes_nothing(store: Store, tmp_path: Path) -> None:
    _load(store, tmp_path)
    before = table_dump(store)
    analyse(store)
    assert table_dump(store) == before
    analyse(store, redo=True)
    assert table_dump(store)["events"] == before["events"]


def test_store_events_cli_lists_and_exports(tmp_path: Path, sqlite_url: str, capsys) -> None:
    for name, text in (("herald.txt", FIRST), ("daily.txt", SECOND)):
        write(tmp_path, name, text)
    assert cli.main(["ingest", "--db", sqlite_url, "-q", str(tmp_path / "herald.txt"),
                     str(tmp_path / "daily.txt")]) == 0
    capsys.readouterr()
    assert cli.main(["events", "--db", sqlite_url, "--actor", "RUS"]) == 0
    out = capsys.readouterr().out
    assert "ASSAULT" in out and "2025-03-05" in out and "3 killed" in out and "herald.txt" in out
    target = tmp_path / "events.jsonl"
    assert cli.main(["export", "events", "--db", sqlite_url, "-o", str(target)]) == 0
    rows = [json.loads(line) for line in target.read_text().splitlines()]
    assert any(r["event_type"] == "ASSAULT" and r["actor"]["country"] == "RUS" and r["location"]["name"] == "Odesa"
               for r in rows)
