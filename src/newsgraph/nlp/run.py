"""Analyse stored articles: parse once with spaCy, run the stages, write mentions and entities.

Articles are taken in chunks; each chunk is written in one transaction and marks its articles as analysed
with the pipeline version, so a killed run resumes where it stopped and a re-run does nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..records import to_source
from ..store import analysis as writes
from ..store.store import Store
from . import pipeline
from .mentions import mentions_stage
from .persons import persons_stage
from .quotes import VERSION as QUOTES_VERSION
from .quotes import quotes_stage
from .resolve import EntityRef, other_ref, person_ref
from .roles import roles_stage

STAGES = [mentions_stage, persons_stage, roles_stage, quotes_stage]
CHUNK = 64


@dataclass
class AnalyseReport:
    articles: int = 0
    mentions: int = 0
    merged: int = 0


def analyse(store: Store, model: str | None = None, redo: bool = False,
            progress: Callable[[int], None] | None = None) -> AnalyseReport:
    pipeline.check_order(STAGES)
    report = AnalyseReport()
    todo = list(writes.pending(store, pipeline.VERSION, redo))
    if not todo:
        return report
    nlp = pipeline.load(model)
    for lo in range(0, len(todo), CHUNK):
        chunk = todo[lo:lo + CHUNK]
        docs = nlp.pipe([a["text"] for a in chunk], batch_size=16)
        results = []
        for article, doc in zip(chunk, docs):
            a = pipeline.run(pipeline.Analysis(article["id"], article["text"], article["date"], doc), STAGES)
            results.append((article, a))
        with store.db.transaction():
            for article, a in results:
                report.mentions += _write(store, article, a)
                store.db.execute("UPDATE articles SET analysed = ? WHERE id = ?", (pipeline.VERSION, article["id"]))
        report.articles += len(chunk)
        if progress:
            progress(report.articles)
    report.merged = writes.consolidate(store)
    return report


def _write(store: Store, article: dict[str, Any], a: pipeline.Analysis) -> int:
    segments = json.loads(article["segments"])
    person_refs: dict[int, EntityRef] = {}
    for k, person in enumerate(a.persons):
        ref = person_ref(person)
        if ref.partial:
            ref = writes.resolve_partial(store, ref)
        person_refs[k] = ref
        aliases = sorted({a.mentions[i].name for i in person.mentions})
        roles = [r.as_dict() | {"article_id": article["id"]} for r in getattr(person, "roles", [])]
        writes.upsert_entity(store, ref, aliases, roles)
    rows = []
    mention_entity: dict[int, str] = {}
    touched = set()
    countries = tuple(sorted({m.country for m in a.mentions if m.type in ("GPE", "NORP") and m.country}))
    for m in a.mentions:
        if m.type == "PERSON" and "person" in m.extra:
            ref = person_refs[m.extra["person"]]
            rule = f"{m.extra.get('person_rule', '')}; {ref.rule}".strip("; ")
            local = a.persons[m.extra["person"]].name
        else:
            ref = other_ref(m, countries)
            if ref is not None:
                writes.upsert_entity(store, ref, [m.name], [])
            rule, local = (ref.rule if ref else "no entity"), None
        start, end = to_source(segments, m.start), to_source(segments, m.end)
        mid = "m" + hashlib.sha256(f"{article['id']}|{m.start}|{m.end}".encode()).hexdigest()[:15]
        if ref is not None:
            mention_entity[len(rows)] = ref.id
        rows.append((mid, article["id"], ref.id if ref else None, article["source"], start, end, m.text, m.type,
                     f"{m.rule}: {rule}", local))
        if ref:
            touched.add(ref.id)
    writes.write_mentions(store, article, rows)
    writes.recount(store, touched)
    quote_rows = []
    for q in a.quotes:
        speaker = None
        if q.speaker_person is not None:
            speaker = person_refs[q.speaker_person].id
        elif q.speaker_mention is not None:
            speaker = mention_entity.get(q.speaker_mention)
        qid = "q" + hashlib.sha256(f"{article['id']}|{q.start}|{q.end}".encode()).hexdigest()[:15]
        sp_start = to_source(segments, q.speaker_start) if q.speaker_start is not None else None
        sp_end = to_source(segments, q.speaker_end) if q.speaker_end is not None else None
        quote_rows.append((qid, article["id"], article["source"], to_source(segments, q.start),
                           to_source(segments, q.end), q.text, q.kind, speaker, q.speaker_text, sp_start,
                           sp_end, q.cue, q.rule, QUOTES_VERSION))
    writes.write_quotes(store, article, quote_rows)
    return len(rows)
