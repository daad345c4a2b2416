"""PETRARCH2 unit records: the coder's mechanics (compounds, passives, agents) on fictional actors.

The records come with their own actor dictionary (``PETR.Validate.actors.txt``: "NAME [CODE]" lines, "+ALIAS"
lines for synonyms). It is turned into a temporary newsgraph lexicon file and loaded through
``$NEWSGRAPH_LEXICON``, the same way a user adds actors. A triple counts as reproduced when some coded event
(flagged ones included: PETRARCH codes them too) has the expected PLOVER type (CAMEO mapped with the
CAMEO-to-PLOVER table) and the expected source and target primary codes (the first three letters).
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections import Counter
from pathlib import Path


def _lexicon(actors_file: Path) -> str:
    entries: list[tuple[list[str], str]] = []
    for raw in actors_file.read_text("utf-8", errors="replace").splitlines():
        line = raw.split("#")[0].strip()
        if not line or line.startswith("<!--") or line.startswith("-->"):
            continue
        if line.startswith("+") and entries:
            entries[-1][0].append(line[1:].strip().replace("_", " "))
            continue
        m = re.match(r"^([^\[\]]+?)\s*\[([A-Za-z~-]+)", line)
        if m and m.group(2)[:3].isalpha():
            entries.append(([m.group(1).strip().replace("_", " ").strip()], m.group(2)[:3].upper()))
    out = []
    for names, code in entries:
        names = [n for n in names if len(n) >= 3 and re.search(r"[A-Za-z]", n)]
        if names:
            out.append("[[org]]\nnames = " + json.dumps([n.title() for n in names]) +
                       f'\ncountry = "{code}"\nsector = ""\n')
    return "\n".join(out)


def reproduce(root: Path, cameo: dict[str, str], show_errors: bool = False) -> dict[str, float]:
    from ..nlp import pipeline
    from ..nlp.events import code_text
    from ..ontology import actors

    folder = root / "petrarch2_validation"
    records = [json.loads(line) for line in (folder / "petr_unittest_records.jsonl").read_text("utf-8").splitlines()]
    with tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False) as f:
        f.write(_lexicon(folder / "PETR.Validate.actors.txt"))
        lex = f.name
    old = os.environ.get("NEWSGRAPH_LEXICON")
    os.environ["NEWSGRAPH_LEXICON"] = ":".join(filter(None, [old, lex]))
    actors.reset_lexicon()
    try:
        nlp = pipeline.load()
        n = ok = typed = paired = 0
        by_cat: Counter[str] = Counter()
        by_cat_ok: Counter[str] = Counter()
        for r in records:
            expected = [t for t in r.get("expected", []) if t.get("eventcode") and t.get("sourcecode")
                        and t.get("targetcode") and cameo.get(_cameo_key(t["eventcode"], cameo))]
            if not expected:
                continue
            events = code_text(r["text"], None, nlp)
            got = {(e.type, _code(e.actor), _code(e.recipient)) for e in events}
            types = {e.type for e in events}
            pairs = {(a, r) for _, a, r in got}
            for t in expected:
                want = (cameo[_cameo_key(t["eventcode"], cameo)], t["sourcecode"][:3].upper(),
                        t["targetcode"][:3].upper())
                n += 1
                by_cat[r["category"]] += 1
                hit = want in got
                ok += hit
                typed += want[0] in types
                paired += want[1:] in pairs
                by_cat_ok[r["category"]] += hit
                if show_errors and not hit:
                    print(f"  {r['id']} want {want} got {sorted(got, key=str)[:3]} | {r['text'][:120]}")
    finally:
        if old is None:
            os.environ.pop("NEWSGRAPH_LEXICON", None)
        else:
            os.environ["NEWSGRAPH_LEXICON"] = old
        actors.reset_lexicon()
        os.unlink(lex)
    share, type_share, pair_share = ok / max(n, 1), typed / max(n, 1), paired / max(n, 1)
    print(f"petrarch2_validation: {n} expected triples with a PLOVER mapping; reproduced {ok} ({share:.3f}); "
          f"source-target pair coded by some event {paired} ({pair_share:.3f}); event type present {typed} "
          f"({type_share:.3f})")
    print("  by category: " + ", ".join(f"{c} {by_cat_ok[c]}/{k}" for c, k in by_cat.most_common()))
    return {"petrarch_triples": share, "petrarch_pairs": pair_share, "petrarch_type": type_share}


def _cameo_key(code: str, table: dict[str, str]) -> str:
    """The most specific CAMEO code the table maps ("0311" → "0311", else "031", else "03")."""
    for k in (code, code[:3], code[:2]):
        if k in table:
            return k
    return code


def _code(p: object) -> str | None:
    return (getattr(p, "country", None) or "").upper() or None if p is not None else None
