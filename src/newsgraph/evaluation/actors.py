"""Actor coding on ../shared/eval/ngec_actor_tests: accuracy of country and of PLOVER sector.

Each case is an actor string (sometimes with a context string and a date) and the country (ISO3, or '' for
none) and the primary sector code a resolver should return. A stated date ("2022-01-10", "10 May 2015") is the
date of the text the actor comes from, so "Angela Merkel" in 2022 is a former official; "today" and no date
are read as of ``WRITTEN``, about when NGEC's expectations were written against Wikipedia (they call Donald
Trump and Laurent Gbagbo former officials and Scott Morrison a serving one; the date was chosen on the dev half
only, and the coder itself still assumes the listed office is held when a text has no date). Cases that test
only Wikipedia titles are counted separately as not applicable: newsgraph has no offline Wikipedia index.

The file has no split, so the cases are split in two halves by a hash of the test name, as plover_gsr is:
``dev`` may be read while improving the coder (``--errors`` prints its misses only), ``test`` is held out.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from ..ingest.meta import normalize_date
from ..nlp import dates
from ..ontology.actors import code_alone
from .events import split_of

PATH = "ngec_actor_tests/ngec_actor_resolution_cases.jsonl"
WRITTEN = "2022-01-01"  # undated and "today" cases are read as of this date


CODERS = ("agent_to_code", "search_nat", "short_text_to_agent", "trf_agent_match")


def cases(root: Path) -> list[dict]:
    """One case per coding call of a test record. A record may first look a title up ("query_wiki", not
    applicable here) and then code the actor ("President Kassym-Jomart Tokayev"): its expectations name the
    method they check, so each coding call takes its own. A field expected "In" a list accepts any of them;
    a field expected Eq twice (two contradicting values, in a record pytest never collected) keeps the last."""
    out = []
    for line in (root / PATH).read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        calls = {call["method"]: call for call in record["calls"] if call["method"] in CODERS}
        for method, call in calls.items():
            args = call["args"]
            expect: dict[str, list[str]] = {}
            for e in record["expect"]:
                if e.get("method", method) == method and e["op"] in ("Eq", "In"):
                    values = e["value"] if e["op"] == "In" else [e["value"]]
                    expect["country" if e["field"] == "cc" else e["field"]] = values
            out.append({"test": record["test"], "text": args[0], "context": args[1] if len(args) > 1 else "",
                        "date": _date(args[2]) if len(args) > 2 else None,
                        "country": expect.get("country"), "sector": expect.get("code_1")})
    return out


def _date(value: str) -> str | None:
    """An ISO date from a case's date argument ("2022-01-10", "10 May 2015", "2015", "2015-05", "2019/3/3",
    "03/03/2019" month first), None for "today" or nothing."""
    iso = normalize_date(value)
    if iso:
        return iso
    text = value.strip()
    if m := re.fullmatch(r"((?:19|20)\d\d)(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?", text):
        return "-".join([m[1]] + [f"{int(g):02d}" for g in m.groups()[1:] if g])
    if m := re.fullmatch(r"((?:19|20)\d\d)(\d\d)(\d\d)", text):
        return f"{m[1]}-{m[2]}-{m[3]}"
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)", text):
        return f"{m[3]}-{int(m[1]):02d}-{int(m[2]):02d}"
    found = dates.find(text.title())
    return dates.resolve(found[0], None).date if found else None


def evaluate_actors(root: Path, show_errors: bool = False) -> dict[str, float]:
    counts: Counter[str] = Counter()
    errors = []
    for case in cases(root):
        got = code_alone(case["text"], case["context"], case["date"] or WRITTEN)
        half = split_of(case["test"])
        for field in ("country", "sector"):
            want = case[field]
            if want is None or not all(isinstance(w, str) for w in want):
                continue
            ok = (getattr(got, field) or "") in want
            for group in (half, "all"):
                counts[f"{group}.{field}_n"] += 1
                counts[f"{group}.{field}_ok"] += ok
            if not ok and half == "dev":
                errors.append((field, case["text"], case["context"], "/".join(want), getattr(got, field)))
    scores: dict[str, float] = {}
    print(f"{'split':<6} {'country cases':>14} {'accuracy':>9} {'sector cases':>13} {'accuracy':>9}")
    for group in ("dev", "test", "all"):
        row = []
        for field in ("country", "sector"):
            n, ok = counts[f"{group}.{field}_n"], counts[f"{group}.{field}_ok"]
            scores[f"{group}.{field}.accuracy" if group != "all" else f"{field}.accuracy"] = ok / max(1, n)
            row.append(f"{n:>{14 if field == 'country' else 13}} {ok / max(1, n):>9.4f}")
        print(f"{group:<6} " + " ".join(row))
    if show_errors:
        print("misses on the dev half (test is held out):")
        for err in errors:
            print("  miss", *err, sep=" | ")
    seeds = root.parent / "seeds"
    if seeds.is_dir():
        scores |= evaluate_seed_actors(seeds)
    return scores


SEED_GOLD = Path(__file__).resolve().parents[3] / "tests" / "gold" / "seed_actors.json"


def evaluate_seed_actors(seeds: Path, gold: Path = SEED_GOLD) -> dict[str, float]:
    """The same coding on the project's hand-written cases: actor phrases in the seed dumps (by offsets)."""
    records = json.loads(gold.read_text("utf-8"))["cases"]
    counts: Counter[str] = Counter()
    misses = []
    for r in records:
        with open(seeds / r["seed"], encoding="utf-8", newline="") as f:
            phrase = f.read()[r["start"]:r["end"]]
        got = code_alone(phrase)
        for field in ("country", "sector"):
            counts[f"{field}_n"] += 1
            ok = (getattr(got, field) or "") == r[field]
            counts[f"{field}_ok"] += ok
            if not ok:
                misses.append(f"{phrase!r} {field} {getattr(got, field)} (gold {r[field]})")
    country = counts["country_ok"] / max(1, counts["country_n"])
    sector = counts["sector_ok"] / max(1, counts["sector_n"])
    print(f"seeds (tests/gold/seed_actors.json): {len(records)} actor phrases; country {country:.4f}, "
          f"sector {sector:.4f}")
    for miss in misses:
        print(f"  miss {miss}")
    return {"seeds.country.accuracy": country, "seeds.sector.accuracy": sector}
