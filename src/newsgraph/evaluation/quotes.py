"""Quote extraction and attribution on PolNeAR (dev split for reporting; train for tuning).

A predicted attribution matches a gold one when their content spans overlap by at least half of the shorter
(``overlap``) or are equal once surrounding marks, spaces and punctuation are trimmed (``exact``); each gold and
each prediction is matched at most once. Direct attributions are those whose content opens with a quotation mark,
in the gold and in the predictions alike. Speaker accuracy is measured on matched pairs: the
predicted speaker span overlaps the gold source, or a mention of the person it resolves to does.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

_MARKS = "“”\"'`‘’«» \n\t.,;:!?"


def _gold(root: Path, split: str) -> dict[str, list[dict[str, Any]]]:
    """Gold attributions per article. A few articles were annotated by several annotators (an agreement
    study); one annotation per article is kept (the first annotator by id), so no quotation counts twice."""
    docs: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with open(root / "polnear" / "polnear_train_dev_records.jsonl", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["compartment"] == split and r["content_spans"]:
                r["direct"] = r["quote_text"].strip().startswith(("“", '"', "''", "``"))
                docs[r["doc"]].append(r)
    for doc, records in docs.items():
        first = min(r["annotator"] for r in records)
        docs[doc] = [r for r in records if r["annotator"] == first]
    return docs


def _trim(text: str, spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    out = []
    for s, e in spans:
        while s < e and text[s] in _MARKS:
            s += 1
        while e > s and text[e - 1] in _MARKS:
            e -= 1
        if e > s:
            out.append((s, e))
    return tuple(sorted(out))


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> float:
    inter = sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)
    la, lb = sum(e - s for s, e in a), sum(e - s for s, e in b)
    return inter / min(la, lb) if la and lb else 0.0


def _predictions(analysis: Any) -> list[dict[str, Any]]:
    """Quotes grouped into attributions: pieces of one quotation around its cue become one attribution."""
    groups: dict[Any, dict[str, Any]] = {}
    for k, q in enumerate(analysis.quotes):
        key = ("cue", q.cue_start) if q.cue_start is not None and q.marks else ("q", k)
        span = q.marks if q.marks else (q.start, q.end)
        # Direct, as in the gold: content that is a quotation (it opens with a mark).
        opens = analysis.text[span[0]:span[0] + 2].lstrip()[:1] in "“\"'`«"
        whole = q.kind == "direct" or (q.kind == "mixed" and "quoted" in q.extra and opens)
        g = groups.setdefault(key, {"spans": [], "direct": whole and q.marks is not None, "speaker": None,
                                    "person": None})
        g["spans"].append(span)
        if q.speaker_start is not None and g["speaker"] is None:
            g["speaker"] = (q.speaker_start, q.speaker_end)
        if q.speaker_person is not None:
            g["person"] = q.speaker_person
    return list(groups.values())


def _speaker_ok(pred: dict[str, Any], gold: dict[str, Any], analysis: Any) -> bool:
    sources = [tuple(s) for s in gold["source_spans"]]
    if not sources:
        return pred["speaker"] is None and pred["person"] is None
    if pred["speaker"] and _overlap([pred["speaker"]], sources) > 0:
        return True
    if pred["person"] is not None:
        for i in analysis.persons[pred["person"]].mentions:
            m = analysis.mentions[i]
            if _overlap([(m.start, m.end)], sources) > 0:
                return True
        # A gold source that is a pronoun ("he said"): the same entity if that pronoun resolves to our person.
        for q in analysis.quotes:
            if q.speaker_start is not None and q.speaker_person is not None and \
                    _overlap([(q.speaker_start, q.speaker_end)], sources) > 0:
                return q.speaker_person == pred["person"]
        start = sources[0][0]
        span = analysis.doc.char_span(start, sources[0][1], alignment_mode="expand")
        if span is not None and len(span) == 1 and span[0].pos_ == "PRON":
            from ..nlp.quotes import _Resolver, quotation_spans

            person, _, _ = _Resolver(analysis, quotation_spans(analysis.text)).resolve(span[0], start)
            return person == pred["person"]
    return False


def _match(preds: list[dict[str, Any]], golds: list[dict[str, Any]], text: str, analysis: Any,
           counts: dict[str, float], prefix: str) -> None:
    counts[f"{prefix}.pred"] += len(preds)
    counts[f"{prefix}.gold"] += len(golds)
    used: set[int] = set()
    used_exact: set[int] = set()
    for g in golds:
        gspans = [tuple(s) for s in g["content_spans"]]
        best, best_ov = None, 0.0
        for k, p in enumerate(preds):
            if k in used:
                continue
            ov = _overlap(p["spans"], gspans)
            if ov > best_ov:
                best, best_ov = k, ov
        if best is not None and best_ov >= 0.5:
            used.add(best)
            counts[f"{prefix}.tp"] += 1
            counts[f"{prefix}.speaker_ok"] += _speaker_ok(preds[best], g, analysis)
        gt = _trim(text, gspans)
        for k, p in enumerate(preds):
            if k not in used_exact and _trim(text, p["spans"]) == gt:
                used_exact.add(k)
                counts[f"{prefix}.tp_exact"] += 1
                break


def evaluate_quotes(root: Path, split: str = "dev", limit: int | None = None) -> dict[str, float]:
    from ..nlp.pipeline import Analysis, load, run
    from ..nlp.run import STAGES

    nlp = load()
    gold = _gold(root, split)
    counts: dict[str, float] = defaultdict(float)
    started = time.perf_counter()
    words = 0
    for doc_id, records in sorted(gold.items())[:limit]:
        path = root / "polnear" / split / "text" / f"{doc_id}.txt"
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        words += len(text.split())
        analysis = run(Analysis(doc_id, text, None, nlp(text)), STAGES)
        preds = _predictions(analysis)
        _match([p for p in preds if p["direct"]], [g for g in records if g["direct"]], text, analysis, counts,
               "direct")
        _match(preds, records, text, analysis, counts, "all")
    scores: dict[str, float] = {}
    print(f"PolNeAR {split}: {len(gold)} articles, {words:,} words, {time.perf_counter() - started:.0f}s")
    print(f"{'set':<7} {'gold':>5} {'pred':>5} {'P':>7} {'R':>7} {'F1':>7} {'exact F1':>9} {'speaker acc':>12}")
    for prefix in ("direct", "all"):
        tp, tpx = counts[f"{prefix}.tp"], counts[f"{prefix}.tp_exact"]
        npred, ngold = counts[f"{prefix}.pred"], counts[f"{prefix}.gold"]
        p = tp / npred if npred else 0.0
        r = tp / ngold if ngold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        px, rx = (tpx / npred if npred else 0.0), (tpx / ngold if ngold else 0.0)
        fx = 2 * px * rx / (px + rx) if px + rx else 0.0
        acc = counts[f"{prefix}.speaker_ok"] / tp if tp else 0.0
        print(f"{prefix:<7} {int(ngold):>5} {int(npred):>5} {p:>7.4f} {r:>7.4f} {f:>7.4f} {fx:>9.4f} {acc:>12.4f}")
        scores.update({f"{prefix}.precision": p, f"{prefix}.recall": r, f"{prefix}.f1": f,
                       f"{prefix}.exact_f1": fx, f"{prefix}.speaker_accuracy": acc})
    return scores
