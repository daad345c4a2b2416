"""One line per coded event for a corpus in ../shared/eval, to read by hand or to diff two versions of the coder.

    .venv/bin/python scripts/event_dump.py voa > after.txt
    PYTHONPATH=/path/to/old/checkout/src .venv/bin/python scripts/event_dump.py voa > before.txt
    diff before.txt after.txt

Corpora: ``voa`` (optionally a slice: ``voa 80 89``), ``pndev`` (PolNeAR dev), ``pntrain SEED N`` (N random
PolNeAR train articles, for fresh samples nobody tuned on), ``fundus`` (the fundus gold bodies), ``shub`` (the
bodies of the scrapinghub extraction benchmark: mixed news, dated from the address when it has one). ``--counted``
keeps counted events only. Each line: document, C for counted, type/mode, actor[country/sector] -> recipient,
flags, rule, trigger, place, date, then the sentence. Nothing is stored.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import random
import re
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def documents(corpus: str, args: list[str]):
    if corpus == "voa":
        rows = [json.loads(line) for line in open(EVAL / "voa" / "voa_stories.jsonl", encoding="utf-8")]
        lo, hi = (int(args[0]), int(args[1])) if args else (0, len(rows))
        for r in rows[lo:hi]:
            yield r["id"], r["published"][:10], r["text"]
    elif corpus in ("pndev", "pntrain"):
        files = sorted(glob.glob(str(EVAL / "polnear" / ("dev" if corpus == "pndev" else "train") / "text" / "*.txt")))
        if corpus == "pntrain":
            random.Random(int(args[0])).shuffle(files)
            files = files[:int(args[1])]
        for f in files:
            name = os.path.basename(f)
            m = re.search(r"_(\d{4}-\d{2}-\d{2})_", name)
            yield name[:40], m.group(1) if m else None, open(f, encoding="utf-8").read()
    elif corpus == "fundus":
        gold = json.loads((EVAL / "fundus-evaluation" / "dataset" / "ground_truth.json").read_text("utf-8"))
        for key, value in gold.items():
            yield key, (value.get("crawl_date") or "")[:10] or None, "\n\n".join(value["body"])
    elif corpus == "shub":
        gold = json.loads((EVAL / "scrapinghub-article-extraction-benchmark" / "ground-truth.json").read_text("utf-8"))
        for key, value in sorted(gold.items()):
            m = re.search(r"/(20\d\d)[/-](\d\d)[/-](\d\d)/", value.get("url") or "")
            yield key[:12], "-".join(m.groups()) if m else None, value["articleBody"]
    else:
        raise SystemExit(f"unknown corpus {corpus!r}: voa, pndev, pntrain SEED N, fundus, shub")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("args", nargs="*")
    parser.add_argument("--counted", action="store_true", help="counted events only")
    opts = parser.parse_args()
    from newsgraph.nlp import pipeline
    from newsgraph.nlp.events import code_text

    nlp = pipeline.load()
    for doc_id, date, text in documents(opts.corpus, opts.args):
        for e in code_text(text, date, nlp):
            if opts.counted and not e.counted:
                continue
            a, r = e.actor, e.recipient
            actor = f"{a.text}[{a.country}/{a.sector}]" if a else "-"
            recipient = f"{r.text}[{r.country}/{r.sector}]" if r else "-"
            sentence = text[e.sent_start:e.sent_end].replace("\n", " ")
            print(f"{doc_id} | {'C' if e.counted else ' '} {e.type}/{e.mode} {actor} -> {recipient} "
                  f"aux={','.join(e.aux)} rule={e.rule} trig={text[e.start:e.end]!r} "
                  f"place={(e.place or {}).get('name')} date={e.date} | {sentence[:300]}")


if __name__ == "__main__":
    main()
