"""Canonical entities across articles and outlets.

- A person with a full name gets the id of its folded key (given name + surname: "Vladimir V. Putin",
  "Vladimir Putin" → ``vladimir putin``; "Zelensky", "Zelenskyy" fold alike), so the same person from any
  article lands on one entity, and two people who share only a surname stay two. A figure the people lexicons
  know under another romanisation ("Ibrahim Raisi", "Bashar Assad") takes the key of the lexicon's name.
- A person named only by surname in an article ("Mr. Trump") is linked to the one known person with that
  surname and a compatible gender; with none known it becomes a partial entity, which :func:`consolidate`
  merges into the full-name entity once exactly one such entity exists. With several, it stays apart.
- Organisations resolve through the actor lexicon (aliases such as "U.N." → United Nations) or their folded
  name; countries to one entity per ISO code; other places by folded name.

Every mention records the rule that linked it, so a merge can always be explained.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..ontology import places
from ..ontology.actors import (COMMON_SURNAMES, INTERNATIONAL, OFFICES, STATE_BODIES, code, figure_by_surname,
                               find_person, national, of_gender, sole_bearer, surname_office_holder)
from ..ontology.countries import index as country_index
from ..ontology.names import FEMALE_GIVEN, MALE_GIVEN, given_names
from .mentions import Mention
from .mentions import town as town_of
from .persons import Person, fold, given_gender, given_key, initials, name_tokens, other_person


@dataclass(frozen=True)
class EntityRef:
    id: str
    type: str
    name: str
    key: str
    surname: str | None = None
    gender: str | None = None
    partial: bool = False
    country: str | None = None
    sector: str | None = None
    lat: float | None = None
    lon: float | None = None
    rule: str = ""


def entity_id(prefix: str, key: str) -> str:
    return prefix + hashlib.sha256(key.encode()).hexdigest()[:15]


def person_key(person: Person) -> str:
    tokens = given_key(person.tokens)  # ("Ben Rhodes" in one article, "Benjamin J. Rhodes" in another)
    return f"{tokens[0]} {tokens[-1]}"


def person_ref(person: Person, date: str | None = None, written: Iterable[str] = (),
               countries: Iterable[str] = ()) -> EntityRef:
    """The entity of a person with a full name, or a provisional partial one (see :func:`link_partial`). A
    well-known figure is coded as of the article's ``date`` (Angela Merkel in 2025 is a former official); one
    known by one name is also looked up as ``written`` with its title ("Pope Francis"), for the coding only, and
    by its surname among the figures of the article's ``countries`` ("Bashir" in a story on Sudan)."""
    named = find_person(person.name)
    known = named or (None if person.full else next(filter(None, map(find_person, written)), None))
    if known is None and not person.full and len(person.name.split()) == 1 and len(person.mentions) >= 2:
        # (a surname written twice or more, with no initial: a story about the figure, not a name in a list)
        named = known = figure_by_surname(person.name, countries)
    if not person.full:  # ("Ms. Epstein" is no Jeffrey Epstein, "Mrs. Clinton" Hillary)
        named, known = of_gender(named, person.gender), of_gender(known, person.gender)
    coded = code(known.name, date=date) if known else None
    country, sector = (coded.country, coded.sector) if coded else (None, None)
    if person.full:
        key = person_key(person)
        canonical = name_tokens(known.name) if known else []
        if len(canonical) >= 2 and f"{canonical[0]} {canonical[-1]}" in _shared_keys() and initials(known.name):
            # two listed figures of one given name and surname (George H. W. Bush and George W. Bush, Donald Trump
            # and Donald Trump Jr.): the initials keep them apart
            key = f"{canonical[0]} {initials(known.name).lower()} {canonical[-1]}"
            return EntityRef(entity_id("p", key), "PERSON", person.name, key, person.tokens[-1], person.gender,
                             country=country, sector=sector,
                             rule=f"full name key '{key}' (the known figure {known.name}, by its initials)")
        if len(canonical) >= 2 and f"{canonical[0]} {canonical[-1]}" != key:
            # a known figure under another romanisation ("Ibrahim Raisi", "Bashar Assad"): the lexicon's name
            # keys the entity, so every spelling of the figure lands on one
            key = f"{canonical[0]} {canonical[-1]}"
            return EntityRef(entity_id("p", key), "PERSON", person.name, key, person.tokens[-1], person.gender,
                             country=country, sector=sector,
                             rule=f"full name key '{key}' (the known figure {known.name})")
        return EntityRef(entity_id("p", key), "PERSON", person.name, key, person.tokens[-1], person.gender,
                         country=country, sector=sector, rule=f"full name key '{key}'")
    titles = [r.role for r in getattr(person, "roles", []) if r.source == "title"]
    holder = surname_office_holder(named, titles, date) if named is not None and not sole_bearer(named) else None
    if holder is not None and len(name_tokens(holder.name)) >= 2:
        # a surname with the title of the office one listed figure of it holds ("President Biden", "Mr. Biden"
        # after it, in 2024): that figure's entity, though others bear the surname (Hunter and Jill Biden)
        canonical = name_tokens(holder.name)
        key = f"{canonical[0]} {canonical[-1]}"
        coded = code(holder.name, date=date)
        return EntityRef(entity_id("p", key), "PERSON", holder.name, key, canonical[-1], person.gender,
                         country=coded.country, sector=coded.sector,
                         rule=f"surname '{person.name}' with the title of the office the known figure "
                              f"{holder.name} holds")
    canonical = name_tokens(named.name) if named else []
    if len(canonical) >= 2 and sole_bearer(named) and f"{canonical[0]} {canonical[-1]}" not in _shared_keys():
        # a surname alone that only one listed figure bears ("Sharpton"): the figure's own entity, whichever of
        # the articles that name the figure in full and by surname the store reads first
        key = f"{canonical[0]} {canonical[-1]}"
        return EntityRef(entity_id("p", key), "PERSON", named.name, key, canonical[-1], person.gender,
                         country=country, sector=sector,
                         rule=f"surname '{person.name}' → the one listed figure of it ({named.name})")
    surname = person.tokens[-1]
    if len(canonical) >= 2 and canonical[-1] != surname:
        surname = canonical[-1]  # "Ms. Scheinbaum": the known figure's surname as the lexicon spells it
    key = f"~{surname}|{person.gender or ''}"
    return EntityRef(entity_id("p", key), "PERSON", person.name, key, surname, person.gender, partial=True,
                     country=country, sector=sector, rule=f"surname only, key '{key}'" +
                     (f" (the known figure {named.name})" if surname != person.tokens[-1] and named else ""))


@lru_cache(maxsize=1)
def _shared_keys() -> frozenset[str]:
    """Given name and surname keys that two listed figures share."""
    from ..ontology.actors import lexicon

    seen: dict[str, set[str]] = {}
    for figure in {id(p): p for p in lexicon().people.values()}.values():
        tokens = name_tokens(figure.name)
        if len(tokens) >= 2:
            seen.setdefault(f"{tokens[0]} {tokens[-1]}", set()).add(figure.name)
    # ("Antony J. Blinken" and "Antony Blinken" are one man listed twice)
    return frozenset(k for k, names in seen.items() if any(other_person(a, b) for a in names for b in names))


_FOLD_ORG = re.compile(r"[^\w]+")


def other_ref(m: Mention, countries: tuple[str, ...] = (), home: str | None = None) -> EntityRef | None:
    """The entity of an organisation or place mention; ``countries`` are the article's, to pick a town, and
    ``home`` the one it is about, whose state a body named only by its kind belongs to ("the Senate", "the Supreme
    Court", "the House" in a story about the US are the US's, one entity apart from other states' senates)."""
    whole = m.type == "LOC" and m.country is not None and country_index().code(m.name) == m.country and \
        places.region(re.sub(r"^the\s+", "", m.name, flags=re.IGNORECASE)) is None  # (not "the Niger Delta")
    if (m.type in ("GPE", "NORP") or whole) and m.country and len(m.country) == 3 and m.country.isupper():
        # (a country's name NER read as a location is the country: "Ivory Coast", "the Central African Republic")
        if m.country in INTERNATIONAL:
            return None
        name = _country_name(m.country)
        rule = "capital as government" if m.extra.get("capital") else f"country '{m.country}'"
        point = places.capital_point(m.country)
        return EntityRef("c" + m.country, "GPE", name, f"country:{m.country}", country=m.country,
                         lat=point.lat if point else None, lon=point.lon if point else None, rule=rule)
    if m.type in ("ORG", "FAC") or m.org:
        name = m.org or re.sub(r"^the\s+", "", m.name, flags=re.IGNORECASE)
        key = "org:" + _FOLD_ORG.sub(" ", fold(name.replace(".", ""))).strip()
        rule = f"lexicon body '{m.org}'" if m.org else f"organisation key '{key}'"
        if m.extra.get("near_spelling"):
            rule += f" ('{m.name}' spelt a little apart from it)"  # ("Huthi" for the Houthis)
        country, sector = m.country, m.sector
        # (the state the text names with the body, "Afghanistan's Ministry of Foreign Affairs", else the story's)
        state = (country if national(country) else None) or (home if not country else None)
        state_body = _state_body(name, state) if not m.org and state else None
        if state_body is not None:
            country, sector = state, sector or state_body
            key = f"{key} {state.lower()}"  # type: ignore[union-attr]
            rule = f"organisation key '{key}' (a state body named by its kind, " + \
                (f"of {state})" if state == m.country else f"in a story about {state})")
        if m.type == "FAC" and not m.org:
            # a building, a vessel, a bridge or a base no list knows ("the cargo ship Jairan", "Qahira Hotel"): a
            # thing, kept apart from the bodies that act
            key = "fac:" + key[len("org:"):]
            return EntityRef(entity_id("f", key), "FAC", name, key, country=country, sector=sector,
                             rule=f"facility key '{key}'")
        return EntityRef(entity_id("o", key), "ORG", name, key, country=country, sector=sector, rule=rule)
    if m.type in ("GPE", "LOC"):
        place = town_of(m, countries)
        if place is not None:
            return EntityRef(place.id, "GPE", place.name, f"geonames:{place.id}", country=place.country,
                             lat=place.lat, lon=place.lon,
                             rule=f"gazetteer city '{place.name}' ({place.country}, pop. {place.population:,})"
                             if place.kind == "city" else f"region '{place.name}' ({place.country}, regions.tsv)"
                             if places.region(place.name) is not None else
                             f"region '{place.name}' ({place.country}, placed at its chief town)")
        name = re.sub(r"^the\s+", "", m.name, flags=re.IGNORECASE)  # ("the South China Sea" is "South China Sea")
        key = "place:" + _FOLD_ORG.sub(" ", fold(name)).strip()
        within = m.extra.get("within")
        if within:  # "Clarkston, Ga.": a town the gazetteer lacks, in the country the text puts it in
            key = f"{key} {within.lower()}"
            return EntityRef(entity_id("l", key), m.type, name, key, country=within,
                             rule=f"place key '{key}' (not in the gazetteer; put in {within} by the text)")
        return EntityRef(entity_id("l", key), m.type, name, key, rule=f"place key '{key}' (not in the gazetteer)")
    return None


_STATE_SECTORS = STATE_BODIES + ("PTY",)  # (and a party: "the Communist Party")


def _state_body(name: str, home: str) -> str | None:
    """The sector of a state body named only by its kind ("Senate", "Supreme Court", "Interior Ministry", "Ministry
    of Foreign Affairs", "Communist Party"), None for any other name."""
    if name == "House" and home == "USA":
        return "LEG"  # the House of Representatives
    if len(name.split()) > 5 or re.search(r"\b(?:Pacific|Atlantic|Indo-Pacific|Arctic)\b", name):
        return None  # ("Pacific Air Forces" is a command of its own, no air force of the story's state)
    coded = code(name)
    role = (coded.rule[len("role:"):] if coded.rule.startswith("role:") else "").casefold()
    low = name.casefold()
    head = role and (low == role or low.endswith(f" {role}") or low.startswith(f"{role} of "))
    if coded.country or coded.sector not in _STATE_SECTORS or not head:
        return None  # (a body of a kind the name does not end with: "Cato Institute", "Muslim Brothers")
    return coded.sector


def _country_name(code: str) -> str:
    from rigour.territories import lookup_territory

    territory = lookup_territory(code.lower()) if code else None
    return territory.name if territory is not None else code


@lru_cache(maxsize=1)
def _common_keys() -> frozenset[str]:
    return frozenset(fold(w) for w in COMMON_SURNAMES)


_TITLED = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mme|Dr|Prof|Sen|Rep|Gov|Gen|Col|Capt|Sgt|Lt|Adm|Sheikh|President|"
                     r"Judge|Justice|Mayor|Minister|Senator|General)\.?\s")


def _says_little(ref: EntityRef, titled: bool) -> bool:
    """A surname too common to name one person by itself ("Cohen", "Williams", "Khan"), or a bare given name no
    honorific or title (``titled``: among the forms it was written in) makes a surname ("Jane", "Felix": more
    likely someone's first name than the surname of the one "Mary Jane" the store knows)."""
    words = ref.name.split()
    key = fold(words[-1]) if words else ""
    given = len(words) == 1 and words[0].casefold() in MALE_GIVEN | FEMALE_GIVEN | given_names() and not titled
    return key in _common_keys() or given


def _plain_last(name: str) -> str:
    words = name.split()
    return unicodedata.normalize("NFKD", words[-1]).encode("ascii", "ignore").decode().casefold() if words else ""


def link_partial(ref: EntityRef, candidates: list[dict], roles: Iterable[dict] = (),
                 aliases: Iterable[str] = ()) -> EntityRef:
    """Link a surname-only person to a known full-name person with that surname, when exactly one fits, or, of
    several, the one figure the people lexicons know by that surname alone (also where another man of the name
    is known, when the article's title before the surname is the office the figure held that day: "President
    Biden" in 2024 is Joe Biden, whoever else of the name a store holds; ``roles`` are the article's). A common
    surname or a bare given name alone is linked only to a listed figure (``aliases``: the forms it was written in)."""
    if re.search(r"\s[A-Z]\Z", ref.name.strip()):
        return ref  # "Jay Z", "Malcolm X": a name ending in a letter is a name of its own, no one's surname
    def gender(c: dict) -> str | None:  # a known person's, or the guess its given name allows
        return c["gender"] or given_gender(c["name"])

    # ("Mr. Phillips" is no Samantha Phillips)
    fits = [c for c in candidates if not c["partial"] and (not ref.gender or not gender(c) or gender(c) == ref.gender)]
    written = re.match(r"((?:[A-Z]\.){1,3})\s*[A-Z]", ref.name.strip())
    if written:  # "J.J. Abrams" is no Stacey Abrams: a given name's initials keep those of other initials apart
        fits = [c for c in fits if c["name"][:1].upper() == written.group(1)[0]]
    one = fits[0] if len(fits) == 1 and find_person(fits[0]["name"]) is None else None  # (no listed figure)
    titled = any(_TITLED.match(a) for a in aliases)
    if one is not None and not titled and _plain_last(ref.name) != _plain_last(one["name"]):
        # a bare surname spelt otherwise than the one known bearer's ("Barron" is no Martin Baron): a listed
        # figure's spellings are known, anyone else's are another name
        return EntityRef(ref.id, ref.type, ref.name, ref.key, ref.surname, ref.gender, True,
                         rule=f"'{ref.name}' is spelt otherwise than its one known bearer ('{one['name']}'); "
                              f"kept apart")
    if one is not None and _says_little(ref, titled):
        # a common surname ("Cohen", "Martinez", "Khan") alone says too little: the one of the name a store
        # happens to know is as likely another person of it as the same (a listed figure is the exception)
        return EntityRef(ref.id, ref.type, ref.name, ref.key, ref.surname, ref.gender, True,
                         rule=f"'{ref.name}' is a common name; its one known bearer ('{one['name']}') "
                              f"is not assumed")
    if len(fits) == 1:
        c = fits[0]
        return EntityRef(c["id"], "PERSON", c["name"], c["key"], c["surname"], c["gender"],
                         rule=f"surname '{ref.surname}' → the only known person with it ('{c['name']}')")
    figure = find_person(ref.name) if len(fits) > 1 else None
    exact = [c for c in fits if ref.gender and c["gender"] == ref.gender]
    office = figure is not None and ref.sector in OFFICES and \
        any(r.get("source") == "title" and r.get("sector") == ref.sector for r in roles)
    same = [c for c in fits if figure is not None and find_person(c["name"]) is figure and
            (not ref.gender or c["gender"] == ref.gender or (not c["gender"] and (not exact or office)))]
    if len(same) == 1:
        # "Obama" where Barack and Michelle Obama are both known: the lexicon gives the bare surname to the figure
        # ("Mr. Obama" too, unless another of the name is known to be a man; "Mrs. Obama" stays apart when a woman
        # of the name is known)
        c = same[0]
        return EntityRef(c["id"], "PERSON", c["name"], c["key"], c["surname"], c["gender"],
                         rule=f"surname '{ref.surname}' → the known figure {figure.name} ('{c['name']}')")
    if fits:
        return EntityRef(ref.id, ref.type, ref.name, ref.key, ref.surname, ref.gender, True,
                         rule=f"surname '{ref.surname}' is ambiguous ({len(fits)} known people); kept apart")
    return ref
