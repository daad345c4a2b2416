"""Analyse stored articles: parse once with spaCy, run the stages, write mentions and entities.

Articles are taken in chunks; each chunk is written in one transaction and marks its articles as analysed
with the pipeline version, so a killed run resumes where it stopped and a re-run does nothing.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from ..ingest import language
from ..records import to_source
from ..ontology import actors, places
from ..ontology.patterns import patterns
from ..store import analysis as writes
from ..store import events as event_writes
from ..store.store import Store
from . import pipeline
from .events import VERSION as EVENTS_VERSION
from .event_places import PHYSICAL
from .events import events_stage
from .mentions import article_countries, home_country, mentions_stage
from .persons import persons_stage
from .quotes import VERSION as QUOTES_VERSION
from .quotes import quotes_stage
from .resolve import EntityRef, other_ref, person_ref
from .roles import roles_stage

STAGES = [mentions_stage, persons_stage, roles_stage, quotes_stage, events_stage]
CHUNK = 64  # articles per store transaction
BATCH = 4  # articles per worker task
PIPE_BATCH = 16  # articles per spaCy batch in one process (parsing 4 at a time is up to 15% slower)


@dataclass
class AnalyseReport:
    articles: int = 0
    mentions: int = 0
    merged: int = 0
    other_language: Counter[str] = field(default_factory=Counter)  # articles left unread, by language


def default_workers(n_articles: int) -> int:
    return int(os.environ.get("NEWSGRAPH_WORKERS") or (min(2, os.cpu_count() or 1) if n_articles >= 48 else 1))


def analyse(store: Store, model: str | None = None, redo: bool = False,
            progress: Callable[[int], None] | None = None, workers: int | None = None) -> AnalyseReport:
    """Parse and analyse pending articles. Texts stream from the store chunk by chunk (memory does not grow with
    the store); with ``workers`` > 1 (default: both cores when there are enough articles, or
    ``$NEWSGRAPH_WORKERS``) worker processes parse and run every stage, and this process only writes, in
    article order, one transaction per chunk."""
    pipeline.check_order(STAGES)
    report = AnalyseReport()
    ids = writes.pending_ids(store, pipeline.VERSION, redo)
    if not ids:
        return report
    if workers is None:
        workers = default_workers(len(ids))

    def articles() -> Iterator[dict[str, Any]]:
        for lo in range(0, len(ids), CHUNK):
            yield from writes.articles_by_id(store, ids[lo:lo + CHUNK])

    batch: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for article, derived in derive_all(articles(), model, workers):
        batch.append((article, derived))
        if len(batch) >= CHUNK:
            apply_chunk(store, batch, report, progress)
    apply_chunk(store, batch, report, progress)
    report.merged = writes.consolidate(store)
    return report


def apply_chunk(store: Store, batch: list[tuple[dict[str, Any], dict[str, Any]]], report: AnalyseReport,
                progress: Callable[[int], None] | None = None) -> None:
    """Apply derived records in one transaction, marking each article analysed by this pipeline version."""
    if not batch:
        return
    with store.db.transaction():
        for article, derived in batch:
            report.mentions += apply(store, article, derived)
            if derived.get("skipped"):
                report.other_language[derived.get("language") or "?"] += 1
            store.db.execute("UPDATE articles SET analysed = ? WHERE id = ?", (pipeline.VERSION, article["id"]))
    report.articles += len(batch)
    batch.clear()
    if progress:
        progress(report.articles)


def derive_all(articles: Iterable[dict[str, Any]], model: str | None = None,
               workers: int = 1) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(article, derived record) for each article, in input order; ``workers`` > 1 uses that many processes,
    each loading the model once, with at most four batches per worker in flight (memory stays bounded)."""
    if workers <= 1:
        yield from _derive_here(articles, model)
        return
    import multiprocessing

    if "fork" in multiprocessing.get_all_start_methods():
        _ready(model)  # here first: forked workers share the model and lexicons (copy-on-write), no reload
        ctx = multiprocessing.get_context("fork")
    else:
        ctx = multiprocessing.get_context("spawn")
    # The workers' garbage collector leaves alone what they inherit (the model, gazetteer and lexicons): its full
    # collections would walk those millions of objects again and again and copy their shared pages. Only the
    # workers keep that freeze; this process, perhaps a user's own program, gets its collector back as it was.
    frozen_before = gc.get_freeze_count()
    gc.freeze()
    try:
        pool = ctx.Pool(workers, initializer=_init_worker, initargs=(model,))
    finally:
        if not frozen_before:
            gc.unfreeze()
    with pool:
        pending: deque[tuple[list[dict[str, Any]], Any]] = deque()
        for chunk in _batches(articles, BATCH):
            pending.append((chunk, pool.apply_async(_derive_batch, ([_slim(a) for a in chunk],))))
            while len(pending) >= 4 * workers:
                done, result = pending.popleft()
                yield from zip(done, result.get())
        while pending:
            done, result = pending.popleft()
            yield from zip(done, result.get())


_READY: set[str | None] = set()  # models this process has readied
WARM_TEXT = ('Officials in Kyiv said President Volodymyr Zelensky met Mr. Rutte of NATO in Brussels on Monday. '
             '"We will not give up," he said.')


def _ready(model: str | None) -> Any:
    """Load the model, the gazetteer and every lexicon the stages use (by analysing one short text), so that
    forked workers share them instead of each loading its own."""
    nlp = pipeline.load(model)
    if model in _READY:
        return nlp
    _READY.add(model)
    places.warm()
    pipeline.run(pipeline.Analysis("warm", WARM_TEXT, "2025-03-07", nlp(WARM_TEXT)), STAGES)
    return nlp


def _derive_here(articles: Iterable[dict[str, Any]], model: str | None) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    pipeline.check_order(STAGES)
    nlp = _ready(model)
    metas: deque[dict[str, Any]] = deque()

    def texts() -> Iterator[str]:
        for article in articles:
            lang = language.guess(article["text"])
            metas.append((article, lang))
            yield article["text"] if lang.english else ""  # (another language is not parsed at all)

    for doc in nlp.pipe(texts(), batch_size=PIPE_BATCH):
        article, lang = metas.popleft()
        if not lang.english:
            yield article, unread(article, lang)
            continue
        a = pipeline.run(pipeline.Analysis(article["id"], article["text"], article["date"], doc), STAGES)
        yield article, derive(article, a) | {"language": lang.language}


def unread(article: dict[str, Any], lang: language.Guess) -> dict[str, Any]:
    """The derived record of an article the English stages do not read: its language and why, nothing found (what
    an English model finds in German or Indonesian text are names that are no names and events that never were)."""
    return {"article_id": article["id"], "persons": [], "mentions": [], "quotes": [], "events": [],
            "language": lang.language, "skipped": f"not English: {lang.reason}"}


def _batches(items: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _slim(article: dict[str, Any]) -> dict[str, Any]:
    return {k: article[k] for k in ("id", "text", "date", "segments")}


_WORKER_MODEL: list[str | None] = [None]


def _init_worker(model: str | None) -> None:
    pipeline.die_with_parent()
    _WORKER_MODEL[0] = model
    _ready(model)
    gc.freeze()  # a process of our own: what it loaded stays out of its collections (see derive_all)


def _derive_batch(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [d for _, d in _derive_here(articles, _WORKER_MODEL[0])]


def derive(article: dict[str, Any], a: pipeline.Analysis) -> dict[str, Any]:
    """What the stages found in one article, as plain JSON-able data with source offsets and no store lookups.

    Entities appear as references: a person by its slot in ``persons`` (its canonical entity is decided by
    :func:`apply`, which may link a surname to a person known from other articles), anything else by its own
    entity reference. This is the record the distributed runner writes and ``newsgraph load`` applies."""
    segments = json.loads(article["segments"]) if isinstance(article["segments"], str) else article["segments"]

    def src(off: int) -> int:
        return to_source(segments, off)

    countries = article_countries(a.mentions)
    home = home_country(a.mentions)
    # a listed figure's state in the sentence of a state body named by its kind ("Prime Minister Keir Starmer told
    # Parliament" in a story about Ukraine: the British one)
    figures: dict[int, set[str]] = {}
    for m in a.mentions:
        listed = actors.find_person(m.name) if m.type == "PERSON" else None
        if listed is not None and actors.national(listed.country):
            figures.setdefault(m.sent, set()).add(listed.country)
    persons = []
    for person in a.persons:
        # the name as written, and with a one-word title read before it ("Pope" + "Francis")
        written = sorted({a.mentions[i].text for i in person.mentions} |
                         {f"{r.role} {person.name}" for r in getattr(person, "roles", [])
                          if r.source == "title" and " " not in r.role})
        persons.append({"ref": asdict(person_ref(person, a.date, written, countries)),
                        "aliases": sorted({a.mentions[i].name for i in person.mentions}),
                        "roles": [r.as_dict() | {"article_id": article["id"]} for r in getattr(person, "roles", [])]})
    mentions = []
    for m in a.mentions:
        row: dict[str, Any] = {"id": "m" + hashlib.sha256(f"{article['id']}|{m.start}|{m.end}".encode()).hexdigest()[:15],
                               "start": src(m.start), "end": src(m.end), "text": article["text"][m.start:m.end],
                               "type": m.type,
                               "rule": m.rule, "name": m.name}
        if m.type == "PERSON" and "person" in m.extra:
            row["person"] = m.extra["person"]
            row["person_rule"] = m.extra.get("person_rule", "")
            row["local"] = a.persons[m.extra["person"]].name
        else:
            here = figures.get(m.sent, set())
            ref = other_ref(m, countries, next(iter(here)) if len(here) == 1 else home)
            row["ref"] = asdict(ref) if ref is not None else None
        mentions.append(row)
    quotes = []
    for q in a.quotes:
        quotes.append({
            "id": "q" + hashlib.sha256(f"{article['id']}|{q.start}|{q.end}".encode()).hexdigest()[:15],
            "start": src(q.start), "end": src(q.end), "text": article["text"][q.start:q.end], "kind": q.kind,
            "speaker_person": q.speaker_person, "speaker_mention": q.speaker_mention,
            "speaker_text": q.speaker_text,
            "speaker_start": src(q.speaker_start) if q.speaker_start is not None else None,
            "speaker_end": src(q.speaker_end) if q.speaker_end is not None else None,
            "cue": q.cue, "rule": q.rule})
    return {"article_id": article["id"], "persons": persons, "mentions": mentions, "quotes": quotes,
            "events": _event_facts(article, a, src)}


def _event_facts(article: dict[str, Any], a: pipeline.Analysis, src: Callable[[int], int]) -> list[dict[str, Any]]:
    out = []
    for e in a.events:
        spans: dict[str, list[int]] = {"trigger": [src(e.start), src(e.end)]}
        for name, p in (("actor", e.actor), ("recipient", e.recipient), ("claimed_by", e.claimed_by)):
            if p is not None and p.end > p.start:
                spans[name] = [src(p.start), src(p.end)]
        if e.date_span:
            spans["date"] = [src(e.date_span[0]), src(e.date_span[1])]
        if e.place:
            spans["place"] = [src(e.place["start"]), src(e.place["end"])]
        for k, (lo, hi) in enumerate(e.toll_spans):
            spans[f"toll{k}"] = [src(lo), src(hi)]
        place = e.place or {}
        parties = {}
        for name, p in (("actor", e.actor), ("recipient", e.recipient), ("claimed_by", e.claimed_by)):
            parties[name] = None if p is None else {"mention": p.mention, "text": p.text, "country": p.country,
                                                    "sector": p.sector}
        out.append({
            "offset": e.start, "start_char": src(e.sent_start), "end_char": src(e.sent_end),
            "sentence": article["text"][e.sent_start:e.sent_end], "event_type": e.type, "mode": e.mode,
            "contexts": list(e.contexts), "parties": parties, "date": e.date, "date_text": e.date_text,
            "date_precision": e.date_precision, "location_name": place.get("name"),
            "location_country": place.get("country"), "lat": place.get("lat"), "lon": place.get("lon"),
            "aux": list(e.aux), "fatalities": e.fatalities, "injuries": e.injuries, "confidence": e.confidence,
            "rule": e.rule, "trigger_text": article["text"][e.start:e.end], "spans": spans, "quad": e.quad,
            "score": e.score, "counted": bool(e.counted), "place_id": place.get("id"),
            "location_precision": place.get("precision"),
            "city_for_identity": place.get("id") if place.get("precision") == "city" and e.type in PHYSICAL
            else None})
    return out


def apply(store: Store, article: dict[str, Any], d: dict[str, Any]) -> int:
    """Write one article's derived record: resolve persons against the store, upsert entities, replace the
    article's mentions, quotes and events. Returns the number of mentions."""
    person_ids: dict[int, str] = {}
    person_rules: dict[int, str] = {}
    for k, p in enumerate(d["persons"]):
        ref = EntityRef(**p["ref"])
        if ref.partial:
            ref = writes.resolve_partial(store, ref, p["roles"], p["aliases"])
        else:
            ref = writes.namesake(store, ref, p["roles"])
        person_ids[k], person_rules[k] = ref.id, ref.rule
        writes.upsert_entity(store, ref, p["aliases"], p["roles"], date=article.get("date") or None)
    rows = []
    mention_entity: dict[int, str] = {}
    touched = set()
    for k, m in enumerate(d["mentions"]):
        if "person" in m:
            entity_id = person_ids[m["person"]]
            rule = f"{m['person_rule']}; {person_rules[m['person']]}".strip("; ")
            local = m["local"]
        else:
            ref = EntityRef(**m["ref"]) if m["ref"] else None
            if ref is not None:
                # a listed body whose sector changed on a date (the Taliban, rebels until August 2021) is coded as of
                # the latest article, as a person is; any other body keeps the coding it was first given
                listed = actors.lexicon().orgs.get(ref.name.casefold()) if ref.type == "ORG" else None
                writes.upsert_entity(store, ref, [m["name"]], [],
                                     date=article.get("date") or None if listed is not None and listed.since else None)
            entity_id = ref.id if ref else None
            rule, local = (ref.rule if ref else "no entity"), None
        if entity_id is not None:
            mention_entity[k] = entity_id
            touched.add(entity_id)
        rows.append((m["id"], article["id"], entity_id, article["source"], m["start"], m["end"], m["text"],
                     m["type"], f"{m['rule']}: {rule}", local))
    writes.write_mentions(store, article, rows)
    writes.recount(store, touched)
    quote_rows = []
    for q in d["quotes"]:
        speaker = None
        if q["speaker_person"] is not None:
            speaker = person_ids[q["speaker_person"]]
        elif q["speaker_mention"] is not None:
            speaker = mention_entity.get(q["speaker_mention"])
        quote_rows.append((q["id"], article["id"], article["source"], q["start"], q["end"], q["text"], q["kind"],
                           speaker, q["speaker_text"], q["speaker_start"], q["speaker_end"], q["cue"], q["rule"],
                           QUOTES_VERSION))
    writes.write_quotes(store, article, quote_rows)
    event_writes.write_events(store, article, _event_rows(store, article, d["events"], mention_entity))
    if "language" in d:
        store.db.execute("UPDATE articles SET language = ? WHERE id = ?", (d["language"], article["id"]))
    return len(rows)


def _event_rows(store: Store, article: dict[str, Any], facts: list[dict[str, Any]],
                mention_entity: dict[int, str]) -> list[dict[str, Any]]:
    cache: dict[str, dict[str, Any]] = {}

    def known(entity_id: str | None, field: str) -> Any:
        """The canonical entity's country or sector, for a participant the sentence did not code."""
        if entity_id is None:
            return None
        if entity_id not in cache:
            found = store.db.query("SELECT country, sector FROM entities WHERE id = ?", (entity_id,))
            cache[entity_id] = found[0] if found else {}
        value = cache[entity_id].get(field)
        return value if value not in ("", None) else None

    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for f in facts:
        ids, keys = {}, {}
        for name, p in f["parties"].items():
            ids[name] = mention_entity.get(p["mention"]) if p is not None and p["mention"] is not None else None
            keys[name] = event_writes.party_key(ids[name], p["country"] if p else None, p["text"] if p else None)
        actor, recipient = f["parties"]["actor"] or {}, f["parties"]["recipient"] or {}
        eid = "v" + hashlib.sha256(f"{article['id']}|{f['offset']}|{f['event_type']}|{keys['actor']}|"
                                   f"{keys['recipient']}|{f['rule']}".encode()).hexdigest()[:15]
        if eid in seen:
            continue  # two readings of one trigger with the same parties
        seen.add(eid)
        when = f["date"] or article["date"]
        rows.append({
            "id": eid, "article_id": article["id"], "source": article["source"], "start_char": f["start_char"],
            "end_char": f["end_char"], "sentence": f["sentence"], "event_type": f["event_type"], "mode": f["mode"],
            "contexts": json.dumps(f["contexts"]), "actor_id": ids["actor"], "actor_text": actor.get("text"),
            "recipient_id": ids["recipient"], "recipient_text": recipient.get("text"), "date": f["date"],
            "date_text": f["date_text"], "date_precision": f["date_precision"],
            "location_name": f["location_name"], "location_country": f["location_country"], "lat": f["lat"],
            "lon": f["lon"], "aux": json.dumps(f["aux"]), "fatalities": f["fatalities"],
            "injuries": f["injuries"], "confidence": f["confidence"], "rule": f["rule"],
            "coder_version": f"{EVENTS_VERSION}+{patterns().version}",
            "happening_id": event_writes.happening_id(f["event_type"], keys["actor"], keys["recipient"], when,
                                                      f["aux"], f["city_for_identity"]),
            "actor_country": actor.get("country") or known(ids["actor"], "country"),
            "actor_sector": actor.get("sector") or known(ids["actor"], "sector"),
            "recipient_country": recipient.get("country") or known(ids["recipient"], "country"),
            "recipient_sector": recipient.get("sector") or known(ids["recipient"], "sector"),
            "trigger_text": f["trigger_text"], "spans": json.dumps(f["spans"]),
            "claimed_by_id": ids["claimed_by"],
            "claimed_by_text": f["parties"]["claimed_by"]["text"] if f["parties"]["claimed_by"] else None,
            "quad": f["quad"], "score": f["score"], "counted": int(f["counted"]), "place_id": f["place_id"],
            "location_precision": f["location_precision"],
            "day": f["date"] if f["date"] and len(f["date"]) == 10 else article["date"],
        })
    return rows
