"""Event coding evaluation on PLOVER gold records, CAMEO manual examples and PETRARCH2 unit records.

- ``plover_gsr`` (322 records, older PLOVER names mapped: DEMAND→REQUEST, DISAPPROVE→ACCUSE, FIGHT→ASSAULT,
  INVESTIGATE→ACCUSE): event-type accuracy of the sentence's primary event (the shallowest counted one, else
  the shallowest flagged one), and
  source/target actor accuracy (the primary event's actor/recipient country is among the gold codes). The
  records are split in two halves by a hash of their id: ``dev`` is the half used while writing patterns, ``test``
  the held-out half; both are printed, with ``all``.
- ``cameo_manual_examples``: event-type accuracy against the CAMEO-to-PLOVER mapping (records with a mapping).
  It follows the same coding manual as plover_gsr (no sentence in common), so it is not an independent test of
  the conventions; its misses may be read while writing patterns.
- ``petrarch2_validation``: the share of expected (source, target, CAMEO event) triples reproduced, after
  mapping CAMEO to PLOVER and coding actors with the records' own fictional dictionaries.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}
OLD_CODES = {"JAP": "JPN", "ITL": "ITA", "UNO": "IGO", "EUR": "IGO"}


def split_of(record_id: str) -> str:
    return "dev" if int(hashlib.sha256(record_id.encode()).hexdigest(), 16) % 2 == 0 else "test"


def _actors(value: Any) -> list[dict[str, Any]]:
    if not value:
        return []
    if isinstance(value, dict):
        value = [value]
    return [a for a in value if isinstance(a, dict)]


def participant_code(p: Any) -> str | None:
    if p is None:
        return None
    if p.country:
        return OLD_CODES.get(p.country, p.country)
    if p.sector in ("IGO", "NGO"):
        return p.sector
    return None


def _coder() -> Any:
    from ..nlp import pipeline
    from ..nlp.events import code_text

    nlp = pipeline.load()
    return lambda text, date=None: code_text(text, date, nlp)


def evaluate_plover(root: Path, show_errors: bool = False) -> dict[str, float]:
    from ..nlp.events import primary

    records = json.loads((root / "plover_gsr" / "PLOVER_GSR_CAMEO.json").read_text("utf-8"))
    records = [r for r in records if r.get("event") != "DOCUMENT" and r.get("text")]
    code = _coder()
    tallies: dict[str, Counter[str]] = {s: Counter() for s in ("dev", "test", "all")}
    confusion: Counter[tuple[str, str]] = Counter()
    for r in records:
        gold = OLD_NAMES.get(r["event"], r["event"])
        events = code(r["text"])
        best = primary(events)
        got = best.type if best else "-"
        src = {OLD_CODES.get(a.get("code"), a.get("code")) for a in _actors(r.get("source"))} - {None, ""}
        tar = {OLD_CODES.get(a.get("code"), a.get("code")) for a in _actors(r.get("target"))} - {None, ""}
        for s in (split_of(r["id"]), "all"):
            t = tallies[s]
            t["n"] += 1
            t["type"] += got == gold
            t["any_type"] += any(e.type == gold for e in events)
            if src:
                t["n_src"] += 1
                t["src"] += participant_code(best.actor if best else None) in src
            if tar:
                t["n_tar"] += 1
                t["tar"] += participant_code(best.recipient if best else None) in tar
        if got != gold and split_of(r["id"]) == "dev":  # the held-out half is never read for tuning
            confusion[(gold, got)] += 1
        miss = got != gold or (src and participant_code(best.actor if best else None) not in src) \
            or (tar and participant_code(best.recipient if best else None) not in tar)
        if show_errors and split_of(r["id"]) == "dev" and miss:
            a = best.actor.text if best and best.actor else None
            print(f"  [dev] gold {gold} {sorted(src)}→{sorted(tar)} got {got} "
                  f"{participant_code(best.actor) if best else None}:{a}→"
                  f"{participant_code(best.recipient) if best else None} | {r['text'][:150]}")
    scores: dict[str, float] = {}
    print("plover_gsr (primary event per record; source/target = actor/recipient country among the gold codes)")
    print(f"  {'split':5} {'n':>4} {'type':>7} {'any':>7} {'source':>7} {'target':>7}")
    for s, t in tallies.items():
        row = {"type": t["type"] / max(t["n"], 1), "any_type": t["any_type"] / max(t["n"], 1),
               "source": t["src"] / max(t["n_src"], 1), "target": t["tar"] / max(t["n_tar"], 1)}
        print(f"  {s:5} {t['n']:>4} {row['type']:>7.3f} {row['any_type']:>7.3f} {row['source']:>7.3f} "
              f"{row['target']:>7.3f}")
        scores.update({f"plover_{s}_{k}": v for k, v in row.items()})
    print("  most frequent confusions on dev (gold → coded): " +
          ", ".join(f"{g}→{c} {n}" for (g, c), n in confusion.most_common(8)))
    return scores


def _cameo_table(root: Path) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in (root / "ontologies" / "CAMEO2PLOVER-2021.txt").read_text("utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if m:
            table[m.group(1)] = m.group(2)
    return table


def evaluate_cameo(root: Path, show_errors: bool = False) -> dict[str, float]:
    from ..nlp.events import primary

    code = _coder()
    n = ok = 0
    for line in (root / "cameo_manual_examples" / "cameo_manual_examples.jsonl").read_text("utf-8").splitlines():
        r = json.loads(line)
        if not r.get("plover"):
            continue
        gold = r["plover"]["plover_event"]
        best = primary(code(r["text"]))
        got = best.type if best else "-"
        n += 1
        ok += got == gold
        if show_errors and got != gold:
            print(f"  {r['cameo_code']} gold {gold} got {got} | {r['text'][:140]}")
    acc = ok / max(n, 1)
    print(f"cameo_manual_examples: {n} examples with a PLOVER mapping, event-type accuracy {acc:.3f} "
          "(same coding manual as plover_gsr: not an independent test)")
    return {"cameo_type": acc}


def evaluate_petrarch(root: Path, show_errors: bool = False) -> dict[str, float]:
    from .petrarch import reproduce

    return reproduce(root, _cameo_table(root), show_errors)


def evaluate_events(root: Path, show_errors: bool = False) -> dict[str, float]:
    scores = {}
    if (root / "plover_gsr").is_dir():
        scores.update(evaluate_plover(root, show_errors))
    if (root / "cameo_manual_examples").is_dir():
        scores.update(evaluate_cameo(root, show_errors))
    if (root / "petrarch2_validation").is_dir():
        scores.update(evaluate_petrarch(root, show_errors))
    seeds = root.parent / "seeds"
    if seeds.is_dir():
        from .seed_events import evaluate_seed_events

        scores.update(evaluate_seed_events(seeds))
    return scores
