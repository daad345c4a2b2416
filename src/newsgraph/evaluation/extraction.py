"""HTML article-body extraction quality: 4-gram shingle precision/recall/F1 against gold bodies; and how often
the plain-text segmenter keeps a file holding one article whole (PolNeAR's text files, one article each).

The metric follows the scrapinghub article-extraction-benchmark: ``\\w+`` tokens, multiset 4-gram shingles,
true/false positives normalised per document, precision and recall averaged over documents, F1 of the means.
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
import time
from collections import Counter
from pathlib import Path

from ..ingest.readers import html_document
from ..ingest.segment import Segmenter, iter_lines

_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def match(gold: str, pred: str) -> tuple[float, float, float]:
    g, p = shingles(gold), shingles(pred)
    tp = fp = fn = 0
    for key in g.keys() | p.keys():
        a, b = g.get(key, 0), p.get(key, 0)
        tp += min(a, b)
        fp += max(0, b - a)
        fn += max(0, a - b)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def prf(counts: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    def precision(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))

    def recall(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))

    p = statistics.mean([precision(*c) for c in counts if c[0] + c[1] > 0] or [0.0])
    r = statistics.mean([recall(*c) for c in counts if c[0] + c[2] > 0] or [0.0])
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _extract(name: str, page: bytes) -> str:
    html = page.decode("utf-8", errors="replace")
    doc = html_document(name, html)
    return doc.text if doc else ""


def scrapinghub(root: Path) -> list[tuple[float, float, float]]:
    base = root / "scrapinghub-article-extraction-benchmark"
    gold = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
    return [match(item["articleBody"], _extract(key, gzip.open(base / "html" / f"{key}.html.gz").read()))
            for key, item in sorted(gold.items())]


def fundus(root: Path) -> list[tuple[float, float, float]]:
    base = root / "fundus-evaluation" / "dataset"
    gold = json.loads((base / "ground_truth.json").read_text(encoding="utf-8"))
    out = []
    for key, item in sorted(gold.items()):
        body = item["body"]
        text = "\n\n".join(body) if isinstance(body, list) else str(body)
        out.append(match(text, _extract(key, gzip.open(base / "html" / key).read())))
    return out


def evaluate_extraction(root: Path) -> dict[str, float]:
    scores: dict[str, float] = {}
    print(f"{'dataset':<14} {'docs':>5} {'precision':>9} {'recall':>7} {'F1':>7} {'seconds':>8}")
    for name, fn in (("scrapinghub", scrapinghub), ("fundus", fundus)):
        started = time.perf_counter()
        counts = fn(root)
        p, r, f = prf(counts)
        print(f"{name:<14} {len(counts):>5} {p:>9.4f} {r:>7.4f} {f:>7.4f} {time.perf_counter() - started:>8.1f}")
        scores.update({f"{name}.precision": p, f"{name}.recall": r, f"{name}.f1": f})
    if (root / "polnear").is_dir():
        scores |= single_articles(root / "polnear")
    return scores


def single_articles(base: Path) -> dict[str, float]:
    """Share of PolNeAR's text files (each one article, most with no headline line) that the dump segmenter keeps
    as one article: a split here is a story cut in two where its subject turns."""
    files = sorted(base.glob("*/text/*.txt"))
    started = time.perf_counter()
    pieces = []
    for path in files:
        with open(path, encoding="utf-8", newline="") as f:
            pieces.append(sum(1 for _ in Segmenter(str(path), "text").run(iter_lines(f.read()))))
    whole = sum(1 for n in pieces if n == 1) / max(1, len(files))
    print(f"segmenting PolNeAR's {len(files)} single-article text files: kept whole {whole:.4f}, "
          f"{sum(pieces)} articles made, most from one file {max(pieces, default=0)} "
          f"({time.perf_counter() - started:.1f}s)")
    return {"polnear.single_kept_whole": whole}
