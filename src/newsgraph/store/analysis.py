"""Writing analyses to the store: mentions with source offsets, canonical entities with aliases and roles."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from collections.abc import Iterable
from typing import Any

from ..nlp.persons import name_tokens, surname
from ..nlp.resolve import EntityRef, entity_id, link_partial
from ..ontology.actors import INTERNATIONAL, OFFICES, code, find_person, party_leader
from .store import Store


def pending_ids(store: Store, version: str, redo: bool = False) -> list[str]:
    """Ids of the original articles not yet analysed with ``version``, in date order (small: ids only)."""
    sql = "SELECT id FROM articles WHERE duplicate_of IS NULL"
    params: tuple[str, ...] = ()
    if not redo:
        sql += " AND (analysed IS NULL OR analysed <> ?)"
        params = (version,)
    return [r["id"] for r in store.db.query(sql + " ORDER BY date, id", params)]


def articles_by_id(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    rows = store.db.query(f"SELECT id, source, text, date, segments FROM articles WHERE id IN "
                          f"({', '.join('?' for _ in ids)})", ids)
    order = {i: k for k, i in enumerate(ids)}
    return sorted(rows, key=lambda r: order[r["id"]])


def person_candidates(store: Store, surname: str) -> list[dict[str, Any]]:
    return store.db.query("SELECT id, name, key, surname, gender, partial FROM entities "
                          "WHERE type = 'PERSON' AND surname = ?", (surname,))


def resolve_partial(store: Store, ref: EntityRef, roles: Iterable[dict[str, Any]] = (),
                    aliases: Iterable[str] = ()) -> EntityRef:
    return link_partial(ref, person_candidates(store, ref.surname or ""), roles, aliases)


# roles that state a person's own country: a title or a description of the person (not a body they work at, a clause
# about them, or a past post: "former Vietnam prisoner of war")
_OWN_COUNTRY = ("title", "appositive", "as", "to", "of-country", "party-tag", "led")


def _countries_stated(roles: Iterable[dict[str, Any]]) -> set[str]:
    return {r["country"] for r in roles if r.get("country") and r["country"] not in INTERNATIONAL and
            r.get("source") in _OWN_COUNTRY and not _PAST.search(r.get("role") or "")}


def namesake(store: Store, ref: EntityRef, roles: list[dict[str, Any]]) -> EntityRef:
    """The entity of a full-named person whose name a stored person of another country already bears: "Ahmed
    Hassan, an Egyptian striker" is no "Iraqi lawmaker Ahmed Hassan" stored before, and becomes (or joins) the
    Egyptian Ahmed Hassan. Only the roles' stated countries decide, never their absence: an article that states none
    joins the first bearer of the name, and so does any listed figure (the lexicon knows them). The decision
    depends only on what is stored, so it is stable as more articles arrive."""
    if ref.type != "PERSON" or ref.partial or find_person(ref.name) is not None:
        return ref
    here = _countries_stated(roles)
    if len(here) != 1:
        return ref
    country = here.pop()
    key = f"{ref.key}|{country.lower()}"
    variant = entity_id("p", key)
    rule = f"{ref.rule}; a namesake of another country ({country} here): key '{key}'"
    if store.db.query("SELECT 1 FROM entities WHERE id = ?", (variant,)):
        return replace(ref, id=variant, key=key, rule=rule)
    rows = store.db.query("SELECT roles FROM entities WHERE id = ?", (ref.id,))
    stored = _countries_stated(json.loads(rows[0]["roles"] or "[]")) if rows else set()
    if not stored or country in stored:
        return ref
    return replace(ref, id=variant, key=key,
                   rule=f"{rule} (the stored '{ref.name}' is {'/'.join(sorted(stored))})")


def _merge_list(old: str | None, new: list[Any]) -> str:
    items = json.loads(old) if old else []
    for item in new:
        if item not in items:
            items.append(item)
    return json.dumps(items, ensure_ascii=False)


def upsert_entity(store: Store, ref: EntityRef, aliases: list[str], roles: list[dict[str, Any]],
                  date: str | None = None) -> None:
    """Insert or merge an entity. A well-known figure's coding from an article of ``date`` replaces the stored
    one when no later article coded it (``coded_at``), so "Merkel" in 2025 ends a former official whatever order
    the runs came in; an undated or older article's, which says less of today, only fills what is missing."""
    aliases = list(dict.fromkeys(" ".join(a.split()) for a in aliases))  # ("Donald\xa0Trump" is "Donald Trump")
    rows = store.db.query("SELECT * FROM entities WHERE id = ?", (ref.id,))
    coded_at = rows[0]["coded_at"] if rows else None
    dated = date is not None and (coded_at is None or date >= coded_at)
    older = date is not None and not dated  # (a later run added an article older than the one coded from)
    # a listed figure out of office at this article's date ("President George W. Bush" in 2016, "Secretary
    # Clinton" after 2013): a title is a courtesy or a memory, and the dated lexicon decides
    named = find_person(ref.name) if ref.type == "PERSON" else None
    past = dated and ref.sector == "ELI" and named is not None
    # a listed figure keeps the list's country whatever a title took from a story ("President Ursula von der
    # Leyen" in a story on Spain is no Spaniard), and the list's spelling of a name written otherwise in case
    listed = named if ref.country else None
    if rows:
        row = rows[0]
        figure = find_person(row["name"]) if ref.type == "PERSON" else None  # (the stored person, if listed)
        if dated and ref.type == "PERSON" and not past and ref.sector is None:
            # a surname linked to a listed figure ("Governor Bush" in 2016, once Jeb Bush is known): the same
            # test with the figure's own name, at the date of this article's roles
            when = max((r["date"] for r in roles if r.get("date")), default=None)
            past = figure is not None and when is not None and figure.sector in OFFICES and \
                figure.out_of_office(when) and not (figure.not_yet(when) and figure.before)
            # (before taking the office, one held another that the lexicon gives: "Sen. Rubio" in 2016 is a
            # senator, not an elite)
        name = row["name"]
        had = name_tokens(name)
        if ref.type == "PERSON" and not ref.partial and len(ref.name) > len(name) and \
                (not row["surname"] or surname(name_tokens(ref.name)) == row["surname"]) and \
                (len(had) < 2 or name_tokens(ref.name) == had):
            # the fullest written form ("Vladimir V. Putin" over "Vladimir Putin"), ending in the surname (not
            # "Trump Taj Mahal", a casino NER read as a person); a full name gives way only to the same name with
            # initials or a suffix, not to a longer run NER took in ("Cheeto Donald Trump", a taunt)
            name = ref.name
        elif name.isupper() and not ref.name.isupper() and ref.name.casefold() == name.casefold():
            name = ref.name  # "Anat Schwartz" over "ANAT SCHWARTZ", a byline or heading in capitals
        if listed is not None and listed.name.casefold() == name.casefold():
            name = listed.name  # ("Ursula von der Leyen", not "Ursula Von der Leyen")
        merged_roles = _merge_list(row["roles"], roles)
        known = (ref.country or row["country"], ref.sector or row["sector"]) if dated else \
            (row["country"] or ref.country, row["sector"] or ref.sector)
        if dated and figure is not None and date is not None:
            # a listed figure is coded as of this, the latest article: by the list at its date, and by what this
            # article says of them, not by an older article's title ("Former Vice President Joe Biden" in 2018 says
            # nothing of 2022)
            if ref.sector is None:
                at = code(figure.name, date=date)
                known = (ref.country or at.country or row["country"], at.sector or row["sector"])
            considered = [r for r in json.loads(merged_roles) if (r.get("date") or "") >= date]
        else:
            considered = json.loads(merged_roles)
        country, sector = _actor_from_roles(considered, *known)
        country = ref.country if listed is not None else country
        sector = "ELI" if past else sector
        if older or (date is None and row["coded_at"] and figure is not None):
            # (an undated article says nothing of when: a listed figure coded as of a dated one stays so, and
            # Hillary Clinton in 2024 is no "first woman nominated for president by a major party" of 2016)
            country, sector = row["country"] or country, row["sector"] or sector
        store.db.execute(
            "UPDATE entities SET name = ?, aliases = ?, roles = ?, country = ?, sector = ?, "
            "gender = COALESCE(gender, ?), coded_at = ? WHERE id = ?",
            (name, _merge_list(row["aliases"], aliases), merged_roles, country, sector, ref.gender,
             date if dated else coded_at, ref.id))
        return
    country, sector = _actor_from_roles(roles, ref.country, ref.sector)
    country = ref.country if listed is not None else country
    sector = "ELI" if past else sector
    name = listed.name if listed is not None and listed.name.casefold() == ref.name.casefold() else ref.name
    store.db.execute(
        "INSERT INTO entities (id, type, name, aliases, country, sector, roles, n_mentions, key, surname, gender, "
        "partial, lat, lon, coded_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)",
        (ref.id, ref.type, name, json.dumps(aliases, ensure_ascii=False), country, sector,
         json.dumps(roles, ensure_ascii=False), ref.key, ref.surname, ref.gender, int(ref.partial), ref.lat,
         ref.lon, date))


# a bare title that says little on its own: any office of the same day says more ("Sen." over "Chairman")
_GENERIC = {"chairman", "chairwoman", "chair", "leader", "secretary", "director", "head", "member", "official",
            "aide", "secretary-general", "secretary general", "director-general", "director general"}
# a description by family ("the Spanish-speaking son of Dominican immigrants") says less of the sector than any
# title: it ranks below a generic one and never overrides a sector already known
_FAMILY = re.compile(r"\b(?:sons?|daughters?|wife|husband|widow|widower|mother|father|brother|sister|child|"
                     r"grand(?:son|daughter|child))\b(?:\s+of\b|$)", re.IGNORECASE)
_HELD = OFFICES + ("PTY", "REB", "PRM")  # sectors of a post held, which a described trade does not undo
_PAST = re.compile(r"(?<![\w-])(?:former|ex-|then-|onetime|one-time|erstwhile|once)\b", re.IGNORECASE)


def _generic(role: str) -> bool:
    """"Chairman", "chairman of" (the body's name left out): a bare generic title; or a race run ("the
    unsuccessful Democratic contender", "front-runner for the nomination"), which is not the office a senator or
    governor holds meanwhile."""
    bare = re.sub(r"^(?:(?:top|senior|longtime|long-time|close|key|trusted|veteran)\s+)+", "",
                  re.sub(r"\s+(?:of|at|for|to)$", "", role.strip(" .,")), flags=re.IGNORECASE)
    return bare.casefold() in _GENERIC or \
        _CANDIDACY.search(role) is not None


_CANDIDACY = re.compile(r"\b(?:candidates?|contenders?|front-?runners?|nominees?|hopefuls?|challengers?)\b",
                        re.IGNORECASE)


_ABBREVIATED = {"gov.": "governor", "gov": "governor", "sen.": "senator", "rep.": "representative",
                "gen.": "general", "pres.": "president", "sec.": "secretary", "adm.": "admiral", "amb.": "ambassador"}


def _office(role: str) -> str:
    """The office a role names, without what comes before a "former" and with titles written out: "Gov." and
    "Florida's former governor" are one office."""
    found = _PAST.search(role)
    words = (role[found.end():] if found else role).casefold().split()
    return " ".join(_ABBREVIATED.get(w, w) for w in words)


def _actor_from_roles(roles: list[dict[str, Any]], country: str | None,
                      sector: str | None) -> tuple[str | None, str | None]:
    """A person's country and sector from the roles read about them.

    Country: the one most roles state (a national country over IGO/UNO/EUR and the other international codes, which
    are affiliations). Sector: the latest dated role that states one; of one date, a current role before a past one
    ("Prime Minister" over "former human rights lawyer") unless the same office is also called former that day
    ("President" beside "former President": the title read without its "former"), and a specific title before a bare
    generic one ("Sen." over "Chairman"), which never overrides a sector already known (a listed figure's) unless it
    is a race run by someone holding no office (a businessman running for president is a party's candidate that
    year), and any title before a description by family ("Secretary" over "son of Dominican immigrants"); then the
    same office with its body named before the bare title ("President of CNN" over "President"), and a title before
    any other appositive ("Rep." over "Jupiter Democrat, Florida Education Association"), unless the title is a
    civilian's and the appositive is not ("a Democratic congressman from Georgia" over "civil rights leader"); a
    description a clause gives ("Merz is a businessman") ranks below a title or an appositive of the day and never
    overrides a post already known, nor does a party's leadership ("the conservative leader"). A past role says
    nothing of the sector unless it was an office (ELI). Where the roles say nothing, what was known before stays.
    """
    from collections import Counter

    votes = Counter(r["country"] for r in roles if r.get("country"))
    national = Counter({c: n for c, n in votes.items() if c not in INTERNATIONAL})
    if national or votes:
        country = (national or votes).most_common(1)[0][0]
    past = {(r.get("date"), _office(r.get("role") or "")) for r in roles if _PAST.search(r.get("role") or "")}

    def says_sector(r: dict[str, Any]) -> bool:
        role = r.get("role") or ""
        running = _CANDIDACY.search(role) is not None and sector not in OFFICES
        if not r.get("sector") or (sector and ((_generic(role) and not running) or _FAMILY.search(role) or
                                               party_leader(role))):
            return False  # (a race run says what a businessman is that year, not what a senator is)
        if _PAST.search(role):
            return r["sector"] == "ELI"
        if r.get("source") == "clause" and sector in _HELD and r["sector"] not in _HELD:
            return False  # ("Merz is a businessman, a licensed pilot": a description, not the post he holds)
        # ("President" beside "former President", "Gov." beside "Florida's former governor")
        return (r.get("date"), _office(role)) not in past

    titles = {(r.get("date"), _office(r.get("role") or "")) for r in roles if r.get("source") == "title"}

    def names_the_body(r: dict[str, Any]) -> bool:
        """"President of CNN" beside the title "President": the same office, its body named."""
        office = _office(r.get("role") or "")
        return bool(r.get("org")) and any(d == r.get("date") and o and office.startswith(o) and office != o
                                          for d, o in titles)

    dated = sorted(filter(says_sector, roles),
                   key=lambda r: (r.get("date") or "", not _PAST.search(r.get("role") or ""),
                                  not _FAMILY.search(r.get("role") or ""),
                                  not _generic(r.get("role") or ""), r["sector"] != "CVL",
                                  r.get("source") != "clause", names_the_body(r), r.get("source") == "title"))
    if dated:
        sector = dated[-1]["sector"]
    return country, sector


def write_mentions(store: Store, article: dict[str, Any], rows: list[tuple[Any, ...]]) -> None:
    store.db.execute("DELETE FROM mentions WHERE article_id = ?", (article["id"],))
    store.db.executemany(
        "INSERT INTO mentions (id, article_id, entity_id, source, start_char, end_char, text, type, rule, local) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def write_quotes(store: Store, article: dict[str, Any], rows: list[tuple[Any, ...]]) -> None:
    store.db.execute("DELETE FROM quotes WHERE article_id = ?", (article["id"],))
    store.db.executemany(
        "INSERT INTO quotes (id, article_id, source, start_char, end_char, text, kind, speaker_id, speaker_text, "
        "speaker_start, speaker_end, cue, rule, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    if store.db.dialect == "sqlite":  # the full-text index (PostgreSQL indexes the column itself)
        store.db.execute("DELETE FROM quotes_fts WHERE article_id = ?", (article["id"],))
        store.db.executemany("INSERT INTO quotes_fts (quote_id, article_id, text) VALUES (?, ?, ?)",
                             [(r[0], r[1], r[5]) for r in rows])


def find_quotes(store: Store, speaker: str | None, query: str | None, limit: int) -> list[dict[str, Any]]:
    """Quotes, optionally by speaker (canonical name or alias, case-insensitive) and words in the text."""
    sql = ("SELECT q.*, e.name AS speaker, e.roles AS speaker_roles, a.title, a.date FROM quotes q "
           "LEFT JOIN entities e ON e.id = "
           "q.speaker_id JOIN articles a ON a.id = q.article_id WHERE 1 = 1")
    params: list[Any] = []
    if speaker:
        sql += " AND (lower(e.name) LIKE ? OR lower(e.aliases) LIKE ? OR lower(q.speaker_text) LIKE ?)"
        params += [f"%{speaker.lower()}%"] * 3
    if query:
        for word in query.split():
            sql += " AND lower(q.text) LIKE ?"
            params.append(f"%{word.lower()}%")
    return store.db.query(sql + f" ORDER BY a.date, q.article_id, q.start_char LIMIT {int(limit)}", params)


def recount(store: Store, entity_ids: set[str]) -> None:
    for eid in entity_ids:
        store.db.execute("UPDATE entities SET n_mentions = (SELECT count(*) FROM mentions WHERE entity_id = ?) "
                         "WHERE id = ?", (eid, eid))


def consolidate(store: Store) -> int:
    """Merge partial persons into the one full-name person with their surname, where exactly one fits."""
    merged = 0
    for row in store.db.query("SELECT * FROM entities WHERE type = 'PERSON' AND partial = 1"):
        ref = EntityRef(row["id"], "PERSON", row["name"], row["key"], row["surname"], row["gender"], True,
                        sector=row["sector"])
        target = resolve_partial(store, ref, json.loads(row["roles"] or "[]"), json.loads(row["aliases"] or "[]"))
        if target.id == row["id"]:
            continue
        with store.db.transaction():
            store.db.execute("UPDATE mentions SET entity_id = ?, rule = ? WHERE entity_id = ?",
                             (target.id, target.rule, row["id"]))
            for table, column in (("quotes", "speaker_id"), ("events", "actor_id"), ("events", "recipient_id"),
                                  ("events", "claimed_by_id")):
                store.db.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (target.id, row["id"]))
            trow = store.db.query("SELECT aliases, roles FROM entities WHERE id = ?", (target.id,))[0]
            store.db.execute("UPDATE entities SET aliases = ?, roles = ? WHERE id = ?",
                             (_merge_list(trow["aliases"], json.loads(row["aliases"])),
                              _merge_list(trow["roles"], json.loads(row["roles"])), target.id))
            store.db.execute("DELETE FROM entities WHERE id = ?", (row["id"],))
            recount(store, {target.id})
        merged += 1
    return merged


def top_entities(store: Store, etype: str | None, limit: int) -> list[dict[str, Any]]:
    sql = "SELECT * FROM entities"
    params: tuple[Any, ...] = ()
    if etype:
        sql += " WHERE type = ?"
        params = (etype,)
    rows = store.db.query(sql + f" ORDER BY n_mentions DESC, name LIMIT {int(limit)}", params)
    for row in rows:
        row["aliases"] = json.loads(row["aliases"])
        row["roles"] = json.loads(row["roles"])
    return rows
