"""Events on the seed dumps against the project's own gold (tests/gold/seed_events.json: offsets and codes).

Recall: required gold events (not optional, not flagged) with a counted coded event of the same type in the same
sentence. Flagged: flagged gold events (negated, future, ...) that no counted event reproduces. Precision:
counted events in the gold articles that match some gold event (required or optional) by sentence and type.
Actor/recipient accuracy: over found gold events that name a country. Density: counted events per 1,000 words
over all seed articles.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

GOLD = Path(__file__).resolve().parents[3] / "tests" / "gold" / "seed_events.json"


def _rows(store: Any) -> list[dict[str, Any]]:
    return store.db.query(
        "SELECT v.source, v.start_char, v.end_char, v.event_type, v.counted, v.aux, v.date, v.fatalities, "
        "v.injuries, COALESCE(v.actor_country, a.country) AS actor_country, "
        "COALESCE(v.recipient_country, r.country) AS recipient_country FROM events v "
        "LEFT JOIN entities a ON a.id = v.actor_id LEFT JOIN entities r ON r.id = v.recipient_id")


def score(store: Any, gold_path: Path = GOLD) -> dict[str, float]:
    gold = json.loads(gold_path.read_text("utf-8"))
    rows = _rows(store)
    for r in rows:
        r["file"] = Path(r["source"]).name

    def matching(g: dict[str, Any]) -> list[dict[str, Any]]:
        return [r for r in rows if r["file"] == g["source"] and r["start_char"] <= g["at"] < r["end_char"]
                and r["event_type"] == g["type"]]

    required = [g for g in gold["events"] if not g.get("optional") and not g.get("flagged")]
    flagged = [g for g in gold["events"] if g.get("flagged") and not g.get("optional")]
    found = [g for g in required if any(r["counted"] for r in matching(g))]
    tallies = {"actor": [0, 0], "recipient": [0, 0], "date": [0, 0], "toll": [0, 0]}
    for g in found:
        ms = [r for r in matching(g) if r["counted"]]
        for side in ("actor", "recipient"):
            if g.get(side):
                tallies[side][1] += 1
                tallies[side][0] += any(r[f"{side}_country"] == g[side] for r in ms)
        if g.get("date"):
            tallies["date"][1] += 1
            tallies["date"][0] += any(r["date"] == g["date"] for r in ms)
        if g.get("fatalities") is not None:
            tallies["toll"][1] += 1
            tallies["toll"][0] += any(r["fatalities"] == g["fatalities"] and
                                      r["injuries"] == g.get("injuries") for r in ms)
    flagged_ok = [g for g in flagged if not any(r["counted"] for r in matching(g))]
    in_gold = [r for r in rows if r["counted"] and any(
        r["file"] == f and lo <= r["start_char"] < hi for f, lo, hi in gold["articles"])]
    matched = [r for r in in_gold if any(
        g["source"] == r["file"] and r["start_char"] <= g["at"] < r["end_char"] and g["type"] == r["event_type"]
        and not g.get("flagged") for g in gold["events"])]
    words = int(store.db.scalar("SELECT COALESCE(sum(n_words), 0) FROM articles WHERE duplicate_of IS NULL"))
    counted = int(store.db.scalar("SELECT count(*) FROM events WHERE counted = 1"))
    out = {
        "seed_recall": len(found) / max(len(required), 1),
        "seed_precision": len(matched) / max(len(in_gold), 1),
        "seed_flagged": len(flagged_ok) / max(len(flagged), 1),
        "seed_events_per_1000_words": 1000 * counted / max(words, 1),
    }
    for k, (ok, n) in tallies.items():
        out[f"seed_{k}"] = ok / max(n, 1)
    print(f"seeds: {len(required)} gold events a reader would list in {len(gold['articles'])} articles; found "
          f"{len(found)} (recall {out['seed_recall']:.3f}); precision {out['seed_precision']:.3f} "
          f"({len(matched)} of {len(in_gold)} counted events in those articles); flagged gold not counted "
          f"{len(flagged_ok)}/{len(flagged)}")
    print("  on found events: " + ", ".join(f"{k} {ok}/{n}" for k, (ok, n) in tallies.items()) +
          f"; counted events per 1,000 words over all seeds {out['seed_events_per_1000_words']:.1f} "
          f"({counted} events, {words} words)")
    return out


def evaluate_seed_events(seeds: Path) -> dict[str, float]:
    import tempfile

    from ..ingest.run import ingest
    from ..nlp.run import analyse
    from ..store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        with open_store(str(Path(tmp) / "seeds.db")) as store:
            ingest(store, [str(seeds)])
            analyse(store)
            return score(store)
