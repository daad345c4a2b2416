"""Where an event happened: the place a sentence names for it, resolved to a gazetteer town, a listed region or
a country (placed at its capital), with the offsets of the words that name it; and the one country a sentence
names, which stands for the unnamed side of a local event."""

from __future__ import annotations

from typing import Any, Callable

from ..ontology import actors, places
from .mentions import town as town_of
from .participants import Resolver, subject_of

PHYSICAL = {"ASSAULT", "CONSULT", "PROTEST", "COERCE", "MOBILIZE"}  # acts done at a place
PLACE_PREPS = {"in", "at", "near", "outside", "across", "around", "inside"}
STRIKE_PREPS = {"on", "into", "over", "against"}  # "a strike on Kyiv" places an assault
# Nouns for places: "a Ukrainian village" is in Ukraine, "Tibetan monks" are somewhere not said.
PLACE_NOUNS = {"village", "town", "city", "capital", "region", "province", "district", "territory", "area", "zone",
               "border", "frontier", "coast", "port", "island", "countryside", "enclave", "state", "county",
               "neighborhood", "neighbourhood", "suburb", "settlement", "camp", "valley", "desert", "mountains",
               "highlands", "soil", "side", "waters", "airspace", "oblast", "governorate", "municipality"}


def town(tok: Any) -> bool:
    """A city or town named before a nominal event is its place ("the Chelsea explosion", "the Kyiv strike", "the
    Riyadh talks"); a country or a body is an actor ("a Russia strike", "U.S. strikes", "Hamas attacks")."""
    # (the parser tags some towns as organisations: "the Benghazi attack")
    if tok.dep_ not in ("compound", "amod") or tok.ent_type_ not in ("GPE", "LOC", "FAC", "ORG") and \
            not (tok.pos_ == "PROPN" and not tok.ent_type_):
        return False
    span = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    name = span.text if span is not None else tok.text
    code = actors.code(name)
    return code.rule in ("city", "capital-metonym")


def _under(tok: Any, preps: set[str]) -> list[Any]:
    """The objects of the prepositions in ``preps`` that hang on ``tok`` ("in Kyiv", "of talks")."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]


def place_for(e: Any, t: Any, resolver: Resolver, countries: tuple[str, ...],
              event_noun: Callable[[Any], bool]) -> dict[str, Any] | None:
    """Where event ``e`` (from trigger ``t``) happened: a place governed by in/at/near on the trigger, its light
    verb or its object ("held talks in Riyadh"), the struck place of a physical act, the place of an event noun
    that is the sentence's subject ("a Russian strike on Sumy killed four", ``event_noun`` says which nouns are
    events), or a town written before the event noun ("the Riyadh talks")."""
    hosts = [t.tok] + ([t.light] if t.light is not None else []) + ([t.obj] if t.obj is not None else [])
    # the object a rule matched holds the place too ("put under investigation in Italy"), and so does the
    # participle telling how its thing came about ("prevented the demonstration staged ... in Sivas")
    hosts += [c for c in (t.obj.children if t.obj is not None else []) if c.dep_ == "acl" and c.tag_ == "VBN"]
    # and what a container object holds ("ended a second round of talks in Istanbul")
    hosts += _under(t.obj, {"of"}) if t.obj is not None else []
    if t.light is None and t.obj is None and t.tok.pos_ == "VERB" and e.type in PHYSICAL:
        # "convene a meeting in Beijing" (but "condemned the killing of aid workers in Gaza" was not done there)
        hosts += [c for c in t.tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    preps = PLACE_PREPS | STRIKE_PREPS if e.type == "ASSAULT" else PLACE_PREPS
    cands = [g for host in hosts for g in _under(host, preps)]
    # "killed a commander in a strike on the town of Nabatieh": where the strike it happened in hit
    cands += [g for c in list(cands) if c.pos_ == "NOUN" and event_noun(c) for g in _under(c, preps)]
    if e.recipient is not None and e.recipient.head >= 0 and (
            e.type in ("ASSAULT", "COERCE", "MOBILIZE") or (e.type == "CONSULT" and e.mode == "visit")):
        cands.append(resolver.doc[e.recipient.head])  # (talks "with Washington" are not thereby held there)
    if e.recipient is not None and e.recipient.head >= 0 and e.type == "CONSULT":
        # but "meet Erdogan in Turkey", "hosted Zelensky at Downing Street": the place the parser hung on the one met
        cands.extend(_under(resolver.doc[e.recipient.head], PLACE_PREPS))
    subj = subject_of(t.light if t.light is not None else t.tok)[0]
    if subj is not None and subj.pos_ == "NOUN" and event_noun(subj):
        # "a Russian strike on Sumy killed four": where the strike hit
        cands.extend(_under(subj, preps))
    # "the Riyadh talks", "the Kyiv strike killed four", "a Phnom Penh court ruled": the town written before
    # an event or a body that sits there (not "the Vermont senator", "a New York businessman")
    seated = subj is not None and subj.pos_ == "NOUN" and (event_noun(subj) or subj.lemma_.lower() in SEATED)
    for noun in (t.tok, subj if seated else None):
        if noun is not None and noun.pos_ in ("NOUN", "PROPN"):
            for c in noun.children:
                if noun.ent_iob_ == "I" and c.ent_type_ == noun.ent_type_ and c.i < noun.i:
                    continue  # "New" of "New Delhi": part of the noun's own name
                found = town_place(c, resolver, countries) if town(c) else None
                if found:
                    return found
    if t.tok.dep_ == "nsubj" and t.light is None:  # "the meeting happened at an air base in Anchorage"
        cands.extend(_under(t.tok.head, PLACE_PREPS))
    for tok in cands:
        found = place_from(tok, resolver, countries)
        if found:
            return found
    return None


SEATED = {"court", "tribunal", "judge", "police", "council", "government", "authorities", "administration",
          "municipality", "prosecutor", "prosecutors", "mayor", "city"}


def town_place(tok: Any, resolver: Resolver, countries: tuple[str, ...]) -> dict[str, Any] | None:
    """The place of a town written before an event ("the Dayton Accords"), with or without an NER mention."""
    found = place_from(tok, resolver, countries)
    if found is None:
        city = places.city(tok.text, countries)
        found = point(city) | {"start": tok.idx, "end": tok.idx + len(tok)} if city is not None else None
    return found


def point(place: Any) -> dict[str, Any]:
    """An event's place from a gazetteer city or a listed region."""
    return {"name": place.name, "country": place.country, "lat": place.lat, "lon": place.lon, "id": place.id,
            "precision": place.kind}


def place_from(tok: Any, resolver: Resolver, countries: tuple[str, ...]) -> dict[str, Any] | None:
    """The place a phrase names: a gazetteer city, or a country (placed at its capital, precision "country")."""
    from ..ontology.countries import index

    # "the northern city of Kirkuk": the name hangs on "of".
    heads = [tok] + [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "in") for g in c.children
                     if g.dep_ == "pobj"]
    for h in heads:
        right = h.right_edge if h.right_edge.i - h.i <= 3 else h
        i = resolver.mention_in(h.left_edge.idx, right.idx + len(right), h.idx)
        seat = _seat(resolver.a.mentions[i], h) if i is not None else None
        if seat is not None:  # "met Putin in the Kremlin", "visit Capitol Hill": the city the body sits in
            return seat
        if i is None or resolver.a.mentions[i].type not in ("GPE", "LOC", "FAC"):
            continue
        m = resolver.a.mentions[i]
        if any(c.dep_ == "nummod" for c in h.children):
            continue  # "deported 40 Uyghurs": people counted, not a place (whatever the tagger thought)
        if h.pos_ == "NOUN" and m.end <= h.idx and h.lemma_.lower() not in PLACE_NOUNS:
            continue  # "Tibetan monks", "the Greek embassy": a modifier names whose, not where
        span = {"start": m.start, "end": m.end}
        country = None if m.extra.get("us_state") else index().code(m.name)
        last = resolver.last_token(m)
        nxt = last.i + 1 if last is not None else len(resolver.doc)
        word = resolver.doc[nxt].lower_ if nxt < len(resolver.doc) else ""
        area = places.region(f"{m.name} {word}", countries) if word in places.AREA_WORDS else None
        if area is not None:  # "the Donetsk region" is the region, not a town called Donetsk
            return point(area) | span
        if country is None:
            city = town_of(m, countries)
            if city is not None:
                return point(city) | span
        country = country or (m.country if m.country and m.country.isupper() and len(m.country) == 3 else None)
        if actors.national(country):
            cap = places.capital_point(country)
            return {"name": m.name, "country": country, "lat": cap.lat if cap else None,
                    "lon": cap.lon if cap else None, "id": "c" + country, "precision": "country"} | span
        return {"name": m.name, "country": None, "lat": None, "lon": None, "id": None, "precision": None} | span
    return None


def _seat(m: Any, head: Any) -> dict[str, Any] | None:
    """The city of a body named for its building or sitting in one city (the lexicon's ``seat``), when the
    mention is the phrase's head ("at the White House"; not "at a NATO summit" nor "the Kremlin's envoy")."""
    if not m.start <= head.idx < m.end or m.type not in ("ORG", "FAC", "GPE", "LOC"):
        return None
    found = actors.find_org(m.text)
    if found is None or found[0].seat is None or found[2] - found[1] < len(m.text.strip()) - 4:
        return None
    org = found[0]
    city = places.city(org.seat, (org.country,) if actors.national(org.country) else ())
    return point(city) | {"start": m.start, "end": m.end} if city is not None else None


def home_country(sent: Any, resolver: Resolver) -> tuple[str | None, int]:
    """The one country a sentence names (countries, demonyms, capitals, towns) and a mention of it, or None
    for none or several."""
    found: dict[str, int] = {}
    for i in resolver.mentions:
        m = resolver.a.mentions[i]
        if m.start < sent.start_char or m.end > sent.end_char or m.type not in ("GPE", "NORP", "LOC") or \
                resolver.stance(i):
            continue
        code = m.country if actors.national(m.country) else resolver.place_country(m)
        if actors.national(code):
            found.setdefault(code, i)  # type: ignore[arg-type]
    return next(iter(found.items())) if len(found) == 1 else (None, -1)
