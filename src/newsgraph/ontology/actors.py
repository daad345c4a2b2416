"""Actor coding: a country (ISO alpha-3, or one of PLOVER's international codes such as IGO/UNO/EUR/IMG) and a PLOVER sector for a name or description.

Knowledge comes from data files, never from code: ``lexicons/actors.toml`` (well-known bodies, role words,
country short forms) and ``lexicons/demonyms.tsv``, plus any files named in ``$NEWSGRAPH_LEXICON``
(``path[:path...]``, same shape; later files win).
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TypeVar
from importlib import resources
from pathlib import Path

from .countries import AMBIGUOUS_US_STATES, CountryMatch, us_state_context
from .countries import deletions as _deletions
from .near_names import NearIndex
from .countries import index as country_index
from .names import (FAMILY_NAME_FIRST, GIVEN_NAME_CALLED, GIVEN_NAME_FIRST, MALE_GIVEN, calling_name, chinese_name,
                    common_given_names, faker_given_names, given_names, mongolian_forms, surnames)
from .trie import trie_regex

T = TypeVar("T")
SECTORS = ("COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM",
           "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC", "NGO", "IGO")


@dataclass(frozen=True)
class Org:
    name: str
    country: str
    sector: str
    until: str | None = None  # people: when they left the office listed, "YYYY" or "YYYY-MM" ([left_office])
    after: str | None = None  # people: the sector they hold since ([after_office], "GOV" or "NOR/GOV"); else ELI
    since: str | None = None  # bodies: when ``sector`` began ("YYYY" or "YYYY-MM"), ``before`` applying earlier
    before: str | None = None  # (people: the sector held before taking office, [before_office]; ELI if not given)
    took: str | None = None  # people: when they took the listed office ([took_office])
    away: tuple[str, ...] = ()  # people: "YYYY-MM/YYYY-MM" spells out of that office between terms ([away])
    # people whose other office was another state's or body's ("Kaja Kallas" was Estonia's prime minister before
    # she was the EU's foreign policy chief): the country of [before_office] / [after_office] "EST/GOV"
    before_country: str | None = None
    after_country: str | None = None
    seat: str | None = None  # bodies named for a building or sitting in one city: the city ("the Kremlin": Moscow)
    # people: other offices held before the listed one or between its terms ([spells]), "YYYY-MM/YYYY-MM CCC/SEC"
    # from the first month to the month the office ended ("2014-12/2019-12 EUR/IGO": Donald Tusk at the European
    # Council between his terms as Poland's prime minister)
    spells: tuple[str, ...] = ()

    def sector_at(self, date: str | None) -> str:
        """The body's sector in a text of ``date``: the Taliban were rebels before August 2021. Undated texts
        take the current sector."""
        if self.since and self.before and date and date[:len(self.since)] < self.since:
            return self.before
        return self.sector

    def out_of_office(self, date: str | None) -> bool:
        """Whether a text of ``date`` (ISO) comes after this person left the listed office (a later year, or
        with a month given, a later month), before they took it, or in a spell between two terms. With no date
        the office is assumed held."""
        if not date:
            return False
        if self.not_yet(date):
            return True
        if any(_within(spell, date) for spell in self.away):
            return True
        return self.until is not None and date[:len(self.until)] > self.until

    def not_yet(self, date: str | None) -> bool:
        """Whether a text of ``date`` comes before this person took the listed office."""
        return bool(self.took and date and date[:len(self.took)] < self.took)

    def spell_at(self, date: str | None) -> tuple[str, str, str] | None:
        """The other office this person held at ``date`` by [spells]: (country, sector, period), or None."""
        for spell in self.spells if date else ():
            period, _, office = spell.partition(" ")
            if _within(period, date):  # type: ignore[arg-type]
                country, _, sector = office.rpartition("/")
                return country, sector, period
        return None


def _within(period: str, date: str) -> bool:
    """Whether ``date`` (ISO) falls in ``period``, "YYYY-MM/YYYY-MM" from its first month up to the month it ended
    (an open end: still going)."""
    start, _, end = period.partition("/")
    return date[:len(start)] >= start and (not end or date[:len(end)] < end)


@dataclass(frozen=True)
class ActorCode:
    country: str | None
    sector: str | None
    org: str | None = None  # canonical name of a lexicon body that matched
    rule: str = ""

    @property
    def known_sector(self) -> str | None:
        """The sector, or None when it is only "UNK" (a bare pronoun, "a man": who it is comes from the text
        around it) or "JNK" (the string names no actor: "yesterday")."""
        return None if self.sector in ("UNK", "JNK") else self.sector


@dataclass
class Lexicon:
    orgs: dict[str, Org]  # casefolded alias → org
    roles: dict[str, str]  # casefolded role phrase → sector
    org_pattern: re.Pattern[str]
    role_pattern: re.Pattern[str]
    people: dict[str, Org]  # casefolded name or distinctive alias → (full name, country, sector)
    people_pattern: re.Pattern[str]
    # abbreviations that name a body only where its country is named ("APC" in Nigeria and in Sierra Leone)
    local: dict[str, tuple[Org, ...]] = field(default_factory=dict)
    local_pattern: re.Pattern[str] | None = None
    # names that stand for a body only where the tagger read them as an organisation ("Apple", "Amazon", "Shell")
    as_org: dict[str, Org] = field(default_factory=dict)
    capitals: frozenset[str] = frozenset()  # people's aliases the lists write in capitals ("MBS", "AMLO")
    # bodies' names the lists write in lower case ("the bloc", "mujahedeen"): the only one-word ones running text
    # may name so ("more into amnesty" is no Amnesty International)
    lower: frozenset[str] = frozenset()


INTERNATIONAL = ("IGO", "UNO", "EUR", "NGO", "IMG", "ISM", "MNC")  # PLOVER's codes for international non-state actors


def national(code: str | None) -> bool:
    """Whether a code names one state (ISO alpha-3), not an international body or a sector."""
    return bool(code) and len(code) == 3 and code.isupper() and code not in INTERNATIONAL  # type: ignore[arg-type]


_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ı": "i", "ß": "ss",
                          "æ": "ae", "Æ": "AE", "þ": "th", "Þ": "Th", "ð": "d", "ʻ": "'", "’": "'"})


def plain(text: str) -> str:
    """The accent-free spelling news in English often uses: "Støre" → "Store", "Łukasz" → "Lukasz"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _load_files() -> list[dict]:
    texts = [resources.files(__package__).joinpath(f"lexicons/{name}").read_text("utf-8")
             for name in ("actors.toml", "bodies.toml", "agencies.toml", "companies.toml", "people.toml",
                          "leaders.toml", "officials.toml", "ministers.toml", "cabinets.toml", "officeholders.toml",
                          "history.toml", "notables.toml", "parties.toml")]
    user = filter(None, os.environ.get("NEWSGRAPH_LEXICON", "").split(":"))
    texts += [Path(path).read_text("utf-8") for path in user]
    return [tomllib.loads(text) for text in texts]


def lexicon_digest() -> str:
    """A short digest of every lexicon file in use (the built-in actor, people, event and ontology files and
    ``$NEWSGRAPH_LEXICON``): part of the pipeline version, so editing one makes ``analyse`` redo the articles
    coded with the old one."""
    digest = hashlib.sha256()
    folder = resources.files(__package__).joinpath("lexicons")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):  # event patterns, ontology, demonyms too
        if entry.name.endswith((".toml", ".tsv")):
            digest.update(entry.name.encode() + b"\0" + entry.read_bytes())
    for path in filter(None, os.environ.get("NEWSGRAPH_LEXICON", "").split(":")):
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()[:8]


def _dotless(name: str) -> list[str]:
    """"US Treasury" for "U.S. Treasury", "UN Security Council" for "U.N. Security Council": the initials
    without stops, as many outlets write them."""
    form = re.sub(r"\b(U)\.(S|K|N|A\.E)\.(?=\s)", lambda m: (m.group(1) + m.group(2)).replace(".", ""), name)
    return [form] if form != name else []


def _other_forms(name: str) -> list[str]:
    """The name's initials as outlets also write them: without stops (``_dotless``), or an acronym with a stop
    after each letter ("E.P.A.", "N.A.T.O.", "S.E.C.": The New York Times's style)."""
    dotted = ["".join(f"{c}." for c in name)] if re.fullmatch(r"[A-Z]{2,5}", name) else []
    return _dotless(name) + dotted


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    docs = _load_files()
    orgs: dict[str, Org] = {}
    roles: dict[str, str] = {}
    local: dict[str, tuple[Org, ...]] = {}
    as_org: dict[str, Org] = {}
    for doc in docs:
        for entry in doc.get("org", []):
            org = Org(entry["names"][0], entry.get("country", ""), entry.get("sector", ""),
                      since=str(entry["since"]) if "since" in entry else None, before=entry.get("before"),
                      seat=entry.get("seat"))
            for alias in entry.get("local", []):
                local[alias] = local.get(alias, ()) + (org,)
            for alias in entry.get("as_org", []):
                as_org[alias.casefold()] = org
            for alias in entry["names"]:
                for form in _other_forms(alias):
                    orgs.setdefault(form.casefold(), org)
                orgs[alias.casefold()] = org
                if alias.casefold().startswith("the "):
                    orgs[alias.casefold()[4:]] = org
        for sector, words in doc.get("roles", {}).items():
            for word in words:
                roles[word.casefold()] = sector
                for form in (_plural(word.casefold()), _singular(word.casefold())):
                    if form and form not in roles:
                        roles[form] = sector

    # Entries marked case_sensitive match their names only as written: "SWIFT" (also an English word) in
    # capitals, "The Economist" and "the Economist" but never "an economist".
    exact = {a for doc in docs for e in doc.get("org", []) if e.get("case_sensitive") for a in e["names"]}
    exact |= {"the " + a[4:] for a in exact if a.startswith("The ")}

    def alternation(words: list[str], case_sensitive_short: bool) -> str:
        # Short all-caps abbreviations (AP, UN, PAN) match only in capitals.
        short = {w for w in words if case_sensitive_short and ((w.isupper() and len(w) <= 4) or w in exact)}
        rest = [w for w in words if w not in short]
        parts = [trie_regex(rest)] + ([f"(?-i:{trie_regex(short, lower=False)})"] if short else [])
        return "|".join(parts)

    people: dict[str, Org] = {}
    left = {name: str(when) for doc in docs for name, when in doc.get("left_office", {}).items()}
    after = {name: sector for doc in docs for name, sector in doc.get("after_office", {}).items()}
    took = {name: str(when) for doc in docs for name, when in doc.get("took_office", {}).items()}
    away = {name: tuple(spells) for doc in docs for name, spells in doc.get("away", {}).items()}
    before = {name: sector for doc in docs for name, sector in doc.get("before_office", {}).items()}
    spells = {name: tuple(held) for doc in docs for name, held in doc.get("spells", {}).items()}
    for doc in docs:
        for country, entries in doc.get("people", {}).items():
            for entry in entries:
                names, _, sector = entry.partition("@")
                aliases = names.split("|")
                after_country, _, after_sector = (after.get(aliases[0]) or "").rpartition("/")
                before_country, _, before_sector = (before.get(aliases[0]) or "").rpartition("/")
                person = Org(aliases[0], country, sector or "GOV", left.get(aliases[0]), after_sector or None,
                             before=before_sector or None, took=took.get(aliases[0]),
                             away=away.get(aliases[0], ()), before_country=before_country or None,
                             after_country=after_country or None, spells=spells.get(aliases[0], ()))
                if country == "MNG":
                    aliases += mongolian_forms(aliases[0])
                for alias in aliases:
                    people[alias.casefold()] = person
                    people.setdefault(plain(alias).casefold(), person)
    _add_given_names(people, roles)
    org_names = [a for doc in docs for e in doc.get("org", []) for a in e["names"]]
    org_names += [f for a in org_names for f in _other_forms(a)]
    org_names += [a for a in exact if a not in org_names]
    # (no name before a currency's sign: "AU$5 million" is no African Union)
    org_pattern = re.compile(r"(?<![\w.])(?:" + alternation(org_names, True) + r")(?![\w$])", re.IGNORECASE)
    role_pattern = re.compile(r"(?<![\w.])(?:" + alternation(list(roles), False) + r")(?![\w])", re.IGNORECASE)
    # (a name goes on after a hyphen or an apostrophe that is no possessive's: "Xi'an" is a city, not Xi)
    people_pattern = re.compile(r"(?<![\w.-])(?:" + trie_regex(people) + r")(?![\w]|-\w|['’](?!s\b)\w)",
                                re.IGNORECASE)
    local_pattern = re.compile(r"(?<![\w.-])(?:" + trie_regex(list(local), lower=False) + r")(?![\w-])") \
        if local else None
    capitals = frozenset(a for doc in docs for entries in doc.get("people", {}).values() for entry in entries
                         for a in entry.partition("@")[0].split("|") if a.isupper())
    lower = frozenset(a for a in org_names if a == a.lower())
    return Lexicon(orgs, roles, org_pattern, role_pattern, people, people_pattern, local, local_pattern, as_org,
                   capitals, lower)


def _add_given_names(people: dict[str, Org], roles: dict[str, str]) -> None:
    """Make the given name alone name a listed person where news calls people so (``GIVEN_NAME_CALLED``: "Abiy",
    "Oyun-Erdene"): a word of five letters or more that names no one else listed, is no role word, no country
    and no given name common elsewhere ("Mustafa" of Mustafa Omer stays unread)."""
    by_name: dict[str, set[str]] = {}
    for person in {id(p): p for p in people.values()}.values():
        words = person.name.split()
        if person.country in GIVEN_NAME_CALLED and len(words) >= 2:
            key = calling_name(words, person.country).casefold()
            by_name.setdefault(key, set()).add(person.name)
    common = faker_given_names()
    for key, names in by_name.items():
        if len(names) == 1 and len(key) >= 5 and key not in people and key not in roles and \
                plain(key) not in common and not country_index().find(key.title()):
            people[key] = people[next(iter(names)).casefold()]
            people.setdefault(plain(key), people[key])


def local_org(text: str, states: set[str]) -> tuple[Org, int, int] | None:
    """A body named by an abbreviation its country's news uses ("the APC", "the DA", "PT"), when one of ``states``
    (the countries the text or the article names) is its country; None when no such state or several fit."""
    lex = lexicon()
    if lex.local_pattern is None:
        return None
    for m in lex.local_pattern.finditer(text):
        fits = [o for o in lex.local[m.group(0)] if o.country in states]
        if len(fits) == 1:
            return fits[0], m.start(), m.end()
    return None


def reset_lexicon() -> None:
    """Forget the loaded lexicons and every index built from them (after $NEWSGRAPH_LEXICON changed)."""
    for cached in (lexicon, _transliterations, _misspellings, _skeletons, _by_surname, _role_variants, _first_two,
                   find_person, _listed_initials, _by_own_surname, _by_title_key):
        cached.cache_clear()


# a cleric's rank written before the name of one who holds an office
_CLERICAL_RANKS = {"ayatollah", "grand ayatollah", "hojatoleslam", "hojjatoleslam", "mullah", "maulana", "mawlawi",
                   "maulvi"}
_ARABIC_ARTICLE = re.compile(r"(?<![\w-])(?:[Aa]l|[Ee]l)-(?=[A-Z])")
_WOMANS_HONORIFIC = re.compile(r"(?:Ms|Mrs|Miss|Mme|Madam|Madame)\.?\s+(?=[A-Z])")


def _a_man(person: Org) -> bool:
    """Whether a listed figure's given name is a man's."""
    return plain(person.name.split()[0]).casefold() in MALE_GIVEN


def _bearers(person: Org) -> tuple[Org, ...]:
    """The listed figures of ``person``'s surname (the figure among them)."""
    return _by_own_surname().get(_surname_key(person.name.split()[-1]), ())


_RUNS_ON = re.compile(r"(?:\s+[A-Z][\w'’-]+)*")


def _without_names(text: str) -> str:
    """``text`` with each listed name, and the capitalised words that run on from it, blanked out."""
    out = text
    for m in lexicon().people_pattern.finditer(text):
        end = _RUNS_ON.match(text, m.end()).end()  # type: ignore[union-attr]
        out = out[:m.start()] + " " * (end - m.start()) + out[end:]
    return out


def sole_bearer(person: Org) -> bool:
    """Whether ``person`` is the only listed figure of that surname (Al Sharpton; not Bill or Hillary Clinton)."""
    return _bearers(person) == (person,)


def surname_office_holder(person: Org, titles: Iterable[str], date: str | None) -> Org | None:
    """The one listed figure of ``person``'s surname who holds, at ``date``, a listed office of the sector one of
    ``titles`` names ("President Biden" in 2024 is Joe Biden, not Hunter or Jill), else None."""
    for title in titles:
        sector = role_sector(title)[0]
        if sector not in OFFICES:
            continue
        fits = {p.name: p for p in _bearers(person) if p.sector_at(date) == sector and not p.out_of_office(date)}
        if len(fits) == 1:
            return next(iter(fits.values()))
    return None


def of_gender(person: Org | None, gender: str | None) -> Org | None:
    """The listed figure of ``person``'s surname whom a woman's honorific can name: the figure, unless his
    given name is a man's ("Mrs. Clinton" is Hillary, not Bill; "Ms. Epstein" no listed figure)."""
    if person is None or gender != "f" or len(person.name.split()) < 2 or not _a_man(person):
        return person
    others = [p for p in _bearers(person) if not _a_man(p)]
    return others[0] if len(others) == 1 else None


def a_man_of_the_surname(person: Org) -> bool:
    """Whether the lists know a man (by his given name) of ``person``'s surname: Bill Clinton for Hillary."""
    return any(_a_man(p) for p in _bearers(person))


@lru_cache(maxsize=65536)
def find_person(text: str) -> Org | None:
    """A well-known figure named in ``text``, the one a woman's honorific before a surname can name."""
    found = _find_person(text)
    if found is None and _ARABIC_ARTICLE.search(text):
        # "al-Assad", "el-Sisi", "President al-Burhan": the surname a list gives without its article
        found = _find_person(_ARABIC_ARTICLE.sub("", text))
    honorific = _WOMANS_HONORIFIC.match(text.strip())
    return of_gender(found, "f") if honorific and found is not None and \
        len(text.strip()[honorific.end():].split()) == 1 else found


_WORD = re.compile(r"[\w'’.-]+")  # a name's words, initials and hyphenated parts whole


def _find_person(text: str) -> Org | None:
    """A well-known figure named in ``text`` (people.toml): full name, or an alias distinctive on its own; a
    long surname misspelt by one letter ("Bouteflicka") still matches. (Names recur: the answers are kept.)"""
    m = lexicon().people_pattern.search(text)
    namesake = False
    if m and _NAMED_AFTER.match(text, m.end()):
        return None  # "Ho Chi Minh City", "the Obama Foundation": a place or a body named after the figure
    if m and 2 < len(m.group(0)) <= 4 and m.group(0).isupper() and m.group(0) not in lexicon().capitals:
        # a short word in capitals is an acronym: "FICO" is the credit score, no Robert Fico ("MBS" is listed so;
        # a longer one is a name in a headline's capitals, "PUTIN")
        return None
    if m and m.group(0)[:1].isupper():
        alias = m.group(0)
        names = _given_names(text, m.start()) if " " not in alias.strip() else []
        if not names and " " not in alias.strip() and _name_goes_on(text, m.end()) and \
                not _own_given_name_after(text, m.end(), lexicon().people[alias.casefold()]):
            # "Sharif Sheikh Ahmed", "Abbas Ali Khan": the alias is another man's given name ("Ishiba Shigeru" is
            # the listed Shigeru Ishiba, surname first), unless the whole name is a listed one's other spelling
            # ("Isaias Afewerki" for Isaias Afwerki)
            return _listed_in(_WORD.findall(text), {})
        if not names and " " not in alias.strip() and _surname_after_alias(text, m.start(), m.end()) and \
                not _own_given_name_after(text, m.end(), lexicon().people[alias.casefold()]):
            # "Blair Effron" (a banker) is no Tony Blair: the alias is his given name
            return _listed_in(_WORD.findall(text), {})
        if not names:
            initials = _initials_before(text, m.start())
            if initials:
                return _by_initial(alias, initials[0], lexicon().people[alias.casefold()])
            return lexicon().people[alias.casefold()]
        # a one-word alias after a given name: that figure ("Dmitri Medvedev"), or a namesake ("Keron Blair",
        # "Chelsea Clinton"), unless the whole name is another known figure's
        found = _by_given_name(alias, names)
        if found is not None:
            return found
        namesake = True
    words = _WORD.findall(text)
    keys = _transliterations()
    # ... and without middle initials, which the lists mostly leave out ("John F. Kerry", "Jerome H. Powell")
    bare = [w for i, w in enumerate(words) if not (re.fullmatch(r"[A-Z]\.", w) and 0 < i < len(words) - 1)]
    for seq in [words, bare] if bare != words else [words]:
        listed = _listed_in(seq, keys)
        if listed is not None and seq is bare and _other_initials(words, listed):
            return None  # "William D. Burns" is not the listed William J. Burns
        if listed is not None:
            return listed
    if namesake:
        return None
    variants = _misspellings()
    for found in re.finditer(r"\b[A-Z][\w'-]{6,}\b", text):
        word = found.group(0)
        for v in _deletions(word.casefold()) | {word.casefold()}:
            if v in variants:
                given = _given_names(text, found.start())
                first = plain(variants[v].name.split()[0]).casefold()
                if given and first not in {plain(g).casefold() for g in given}:
                    break  # another given name: "Joe Manchin" is no misspelt Steven Mnuchin (accents aside:
                    # "Mevlut Cavusolgu" is Mevlüt Çavuşoğlu)
                if not given and len(word) < 8:
                    break  # a short surname alone is too often another's: "Clanton" (7) is no misspelt Clinton
                if _name_goes_on(text, found.end(), listed=False):
                    break  # a given name: "Mubarakh Muganga" is no misspelt Mubarak
                return variants[v]
    return None


# (three more capitalised words may come between: "the Clinton Global Initiative", "Trump SoHo New York Hotel")
_NAMED_AFTER = re.compile(r"(?:['’]s)?(?:\s+[A-Z][\w.-]*){0,3}?\s+(?:City|Square|Street|Avenue|Boulevard|"
                          r"[Aa]irport|International [Aa]irport|University|College|Foundation|Center|Centre|"
                          r"Institute|Library|Mausoleum|Trail|Bridge|"
                          r"Stadium|Museum|Memorial|Prize|Award|Highway|Park|Tower|Hall|School|Hospital|War Rooms|"
                          r"Initiative|Trust|"
                          # ... or a firm that bears the name ("Trump Organization", "Trump National Doral")
                          r"Organization|Hotels?|Golf|Resorts?|Casinos?|Winery|Enterprises|National (?:Doral|Golf)|"
                          r"International (?:Hotel|Golf|Realty)|Media & Technology)\b")


def _other_initials(words: list[str], person: Org) -> bool:
    """Whether a name's middle initials differ from those a listed figure's names give (none given: no test)."""
    written = {w[0] for w in words[1:-1] if re.fullmatch(r"[A-Z]\.", w)}
    listed = _listed_initials().get(person.name, set())
    return bool(written and listed and not written <= listed)


@lru_cache(maxsize=1)
def _listed_initials() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for alias, person in lexicon().people.items():
        for w in alias.split()[1:-1]:
            if re.fullmatch(r"[a-z]\.", w):
                out.setdefault(person.name, set()).add(w[0].upper())
    return out


def figure_by_surname(surname: str, states: Iterable[str]) -> Org | None:
    """The one listed figure of the article's ``states`` with that surname, its Arabic article aside ("Bashir" in
    a story on Sudan is Omar al-Bashir, in one on Syria Mohammed al-Bashir); None when none or several fit, for a
    surname many people share ("Baker", "Khan"), and where names put the family name first (China, Korea ...)."""
    key = _surname_key(surname)
    if key in COMMON_SURNAMES:
        return None
    fits = {p.name: p for p in _by_own_surname().get(key, ()) if p.country in set(states) and
            p.country not in FAMILY_NAME_FIRST | GIVEN_NAME_FIRST}
    return next(iter(fits.values())) if len(fits) == 1 else None


# a title before a surname alone: "President Moon", "Prime Minister Albanese", "Gov. DeSantis", "Chief Justice
# Roberts", "Ambassador Thomas-Greenfield", "Commissioner von der Leyen" (a country word may come first: "Japanese
# Prime Minister Abe"); a royal's title before the given name: "Emir Tamim", "Queen Elizabeth"
_TITLED_NAME = re.compile(
    r"(?:the\s+)?(?:(?:former|ex-|late)\s+)?(?P<title>(?:[A-Z][\w'’.-]*\s+){1,4}?)"
    r"(?P<name>(?:(?:von|van|de|der|del|da|di|bin|al|el)\s+){0,2}[A-Z][\w'’-]+)")
_HONORIFICS = {"mr.", "mr", "ms.", "ms", "mrs.", "mrs", "miss", "dr.", "dr", "madam", "sir", "dame", "lord", "lady"}
_ROYAL_TITLES = {"king", "queen", "emir", "amir", "sultan", "prince", "princess", "sheikh", "sheik", "sheikha",
                 "emperor", "empress", "crown prince"}
# a head's title any body gives, which says nothing of the office ("Chairman Xi", "Leader McConnell")
BARE_HEADS = {"chairman", "chairwoman", "chair", "leader", "head", "chief", "chief executive", "director"}
MONARCHIES = {"SAU", "ARE", "QAT", "KWT", "BHR", "OMN", "JOR", "MAR", "GBR", "ESP", "NLD", "BEL", "NOR", "SWE", "DNK",
              "JPN", "THA", "BRN", "MYS", "KHM", "BTN", "LSO", "SWZ", "TON", "LIE", "MCO", "LUX", "VAT"}
# a listed name a royal's: a title in it, a regnal number, a patronymic of the Gulf's ruling houses ("Queen Elizabeth
# II", "Felipe VI", "Tamim bin Hamad al-Thani"; not "Anne Keast-Butler" for "Princess Anne")
_ROYAL_NAME = re.compile(r"\b(?:King|Queen|Emir|Sultan|Prince|Princess|Sheikh|Emperor|Crown Prince|bin|bint|"
                         r"I{1,3}|IV|VI{0,3}|Al[- ][A-Z]\w+)\b")
_NO_OFFICE = {"BUS", "CVL", "JRN", "REL", "EDU", "NGO", "CRM", "MED", "LAB", "AGR", "REF", "UAF"}


@lru_cache(maxsize=2)
def _by_title_key(royal: bool) -> dict[str, tuple[Org, ...]]:
    """Listed figures by the name a title goes before: the surname (the family name, first where names put it
    first), or for a royal's title the given name of a royal ("Tamim" of Tamim bin Hamad al-Thani)."""
    out: dict[str, tuple[Org, ...]] = {}
    for p in {id(p): p for p in lexicon().people.values()}.values():
        words = [w for w in p.name.split() if w.casefold() not in _ROYAL_TITLES and
                 not re.fullmatch(r"(?:Jr\.?|Sr\.?|I{1,3}|IV|VI{0,3})", w)]
        if len(words) < (1 if royal else 2) or \
                royal and (p.country not in MONARCHIES or not _ROYAL_NAME.search(p.name)):
            continue
        own = _surname_key(words[0] if royal else calling_name(words, p.country))
        if p not in out.get(own, ()):
            out[own] = out.get(own, ()) + (p,)
    return out


def titled_figure(text: str, date: str | None = None) -> tuple[Org | None, str | None]:
    """The listed office holder a title and a surname name ("President Moon": Moon Jae-in, whose family name comes
    first; "Senator Graham": Lindsey Graham, the one listed Graham in a legislature), or, when several listed
    holders of one state fit, that state alone ("President Deby": Idriss or Mahamat Déby, Chad's either way).
    The title's sector must be one the holder held (no "Senator Kennedy" of the presidency); a title any body's
    head bears ("Chairman", "Director") fits any office holder; an honorific ("Mr. Schultz") names no office and
    none. A royal's title goes before the given name ("Emir Tamim"). Holders of several states fit, or none:
    (None, None) ("Vice President Harris" is Kamala Harris or Ireland's Simon Harris;
    a title says which only with its state: "U.S. Vice President Harris")."""
    m = _TITLED_NAME.fullmatch(text.strip())
    if m is None:
        return None, None
    title = m["title"].strip()
    found = country_index().find(title)
    states = {f.code for f in found}
    bare = title
    for f in reversed(found):
        bare = (bare[:f.start] + " " * (f.end - f.start) + bare[f.end:])
    bare = re.sub(r"\s+", " ", bare).strip()
    if not bare:
        return None, None  # ("Russian Putin"? a country word alone is no title)
    tail = bare.casefold()
    if tail in _HONORIFICS:
        return None, None  # ("Mr. Schultz": an honorific names no office, and lists only distinctive surnames)
    any_office = tail in BARE_HEADS  # ("Director Wray", "Chairman Powell": any listed office holder)
    sector, role = role_sector(bare)
    if not any_office and (role is None or not tail.endswith(role.casefold())):
        return None, None  # ("Deputy Prime Minister Yulia Svyrydenko" runs on; "Amnesty International"? no title)
    any_office = any_office or role.casefold() in BARE_HEADS
    return office_holder(m["name"].split()[-1], sector, date, states,
                         royal=role is not None and role.casefold() in _ROYAL_TITLES, any_office=any_office,
                         international=re.search(r"\bPresident\b", title) is not None)


def office_holder(name: str, sector: str | None, date: str | None, states: set[str] | frozenset[str] = frozenset(),
                  royal: bool = False, any_office: bool = False,
                  international: bool = False) -> tuple[Org | None, str | None]:
    """The listed figure a surname (a royal's given name) names as the holder of an office of ``sector`` (one
    held as listed; ``any_office``: any office), of one of ``states`` if given, and the one serving at ``date``
    among several; with ``international`` false the office is a state's (no UN rapporteur is "Prime Minister
    Albanese"). (figure, its country), (None, the state) when several of one state fit, else (None, None)."""
    key = _surname_key(name)
    if key in COMMON_SURNAMES and (any_office or sector not in OFFICES):
        return None, None  # ("Director Burns", "Coach Smith": a title that says no office leaves a common name open)
    fits = []
    for p in _by_title_key(royal).get(key, ()):
        if states and p.country not in states:
            continue
        held = {p.sector, p.before, p.after} - {None}
        if sector in held or sector == "GOV" and held & {"IGO", "OPP", "ELI"} or \
                any_office and p.sector not in _NO_OFFICE:
            fits.append(p)
    if len(fits) > 1 and not international:
        fits = [p for p in fits if p.country not in ("IGO", "UNO", "EUR")] or fits
    if len(fits) > 1 and date:
        # the one holding the listed office at the text's date ("Prime Minister Morrison" in 2021: Scott, not
        # the White House aide Timothy Morrison, who had left in 2019)
        serving = [p for p in fits if not p.out_of_office(date)]
        fits = serving if len(serving) == 1 else fits
    if len(fits) == 1:
        return fits[0], fits[0].country
    return None, (fits[0].country if fits and len({p.country for p in fits}) == 1 else None)


# the commonest surnames in English-language news (US, British, South Asian, Arab, Hispanic): never read as a
# listed figure by the surname alone
COMMON_SURNAMES = frozenset("""
smith johnson williams brown jones miller davis garcia rodriguez wilson martinez anderson taylor thomas hernandez
moore martin jackson thompson white lopez lee gonzalez harris clark lewis robinson walker perez hall young allen
sanchez wright king scott green baker adams nelson hill ramirez campbell mitchell roberts carter phillips evans
turner torres parker collins edwards stewart flores morris nguyen murphy rivera cook rogers morgan peterson cooper
reed bailey bell gomez kelly howard ward cox diaz richardson wood watson brooks bennett gray james reyes cruz hughes
price myers long foster sanders ross morales powell sullivan russell ortiz jenkins gutierrez perry butler barnes
fisher henderson coleman simmons patterson jordan reynolds hamilton graham kim gonzales alexander ramos wallace
griffin west cole hayes chavez gibson bryant ellis stevens murray ford marshall owens mcdonald harrison ruiz kennedy
wells alvarez woods mendoza castillo olson webb washington tucker freeman burns henry vasquez snyder simpson crawford
jimenez porter mason shaw gordon wagner hunter romero hicks dixon hunt palmer robertson black holmes stone meyer boyd
mills warren fox rose rice moreno schmidt patel ferguson nichols herrera medina ryan fernandez weaver daniels
stephens gardner payne kelley dunn pierce arnold tran spencer peters hawkins grant hansen castro hoffman hart elliott
cunningham knight bradley khan ali ahmed ahmad hassan hussein hussain mohammed muhammad singh kumar sharma shah
gupta das rahman islam abdullah ibrahim mahmoud omar yusuf musa bello okafor silva santos souza oliveira pereira
costa ferreira rodrigues martins mueller muller schneider fischer weber becker schulz rossi russo ferrari esposito
bianchi romano dubois durand lefebvre moreau ivanov petrov smirnov kuznetsov popov cohen levi mizrahi
""".split())


def _surname_key(word: str) -> str:
    return re.sub(r"^(?:al|el|ad|as|an|ar|at|az|ash)[-\s]", "", plain(word).casefold())


@lru_cache(maxsize=1)
def _by_own_surname() -> dict[str, tuple[Org, ...]]:
    out: dict[str, tuple[Org, ...]] = {}
    for person in {id(p): p for p in lexicon().people.values()}.values():
        words = person.name.split()
        if len(words) >= 2 and not re.fullmatch(r"(?:Jr\.?|Sr\.?|I{1,3}|IV)", words[-1]):
            key = _surname_key(words[-1])
            if person not in out.get(key, ()):
                out[key] = out.get(key, ()) + (person,)
    return out


def _listed_in(words: list[str], keys: dict[str, Org]) -> Org | None:
    """A listed figure whose full name runs of ``words`` spell in some transliteration, nickname or skeleton."""
    for size in (5, 4, 3, 2):  # "Boyko Borisov" for Borissov, "Mohammed Hussein Roble" for Mohamed
        for i in range(len(words) - size + 1):
            if words[i][:1].isupper() and _capitalised(words[i + size - 1]):
                key = translit_key(" ".join(words[i:i + size]))
                person = keys.get(key)
                for form in _NICKNAMES.get(words[i].casefold(), ()) if person is None else ():
                    # "Charles Grassley" is the listed "Chuck Grassley", "Joseph Biden" the listed "Joe Biden"
                    person = keys.get(translit_key(" ".join([form] + words[i + 1:i + size]))) or person
                if person is None:  # "Ibrahim Raisi", "Shahbaz Sharif", "Hossein Amirabdollahian"
                    person = _skeletons().get(f"{_skeleton_of_key(key)}|{_vowel_places(key)}")
                    if person is not None and _other_given_names(words[i], person.name.split()[0]):
                        person = None  # "Hassan Sheikh" is no Hussein al-Sheikh: two names, not two spellings
                if person is None:  # "Denis Shmygal", "Qais Saied", "Isaias Afewerki": a spelling a slip apart
                    person = _near_names().find(key)
                if person is None and size <= 3 and not (i + size < len(words) and _capitalised(words[i + size])):
                    person = _first_two().get(key)  # "Lt. Gen. Mohamed Hamdan, the group's leader"
                if person is None and size == 2 and not (i > 0 and _capitalised(words[i - 1])):
                    person = _last_two().get(key)  # "Quddus Bizenjo" of Mir Abdul Quddus Bizenjo
                if person is not None:
                    return person
    if len(words) == 4 and all(_capitalised(w) for w in words):
        # a Hispanic name in full, two given names and two family names, of a figure listed by the first given
        # name and the father's family name ("Gustavo Francisco Petro Urrego": Gustavo Petro)
        return keys.get(translit_key(f"{words[0]} {words[2]}"))
    return None


def _other_given_names(one: str, other: str) -> bool:
    """Whether two given names are two names the romanisation groups know apart ("Hassan", "Hussein")."""
    groups = _romanisations()
    heads = set(groups.values())

    def group(word: str) -> str | None:
        low = plain(word).casefold()
        return groups.get(low) or (low if low in heads else None)

    a, b = group(one), group(other)
    return a is not None and b is not None and a != b


def _name_goes_on(text: str, end: int, listed: bool = True) -> bool:
    """Whether the capitalised words after ``end`` go on with a person's name: they hold no role, and the last is
    a listed given name or surname ("Sheikh Ahmed" after "Sharif"; not "White House" after "Biden"), or any word
    when not ``listed``."""
    run = re.match(r"(?:\s+(?:bin|ibn|al-|el-)?[A-Z][\w'’-]*)+", text[end:])
    if run is None:
        return False
    words = []
    for word in run.group(0).casefold().split():
        if word in _STARTERS:  # "Bouteflicka Monday"
            break
        words.append(word)
    if not words or any(w in lexicon().roles and w not in _NAME_TITLES for w in words):
        return False
    last = words[-1]
    return not listed or last in given_names() or translit_key(last) in _by_surname()


def _surname_after_alias(text: str, start: int, end: int) -> bool:
    """A name of two words, a figure's alias and one more capitalised word that no list knows as a role, a place
    or a body, and nothing else: the alias is the given name ("Blair Effron"), the last word the surname."""
    rest = re.fullmatch(r"\s+(?:[A-Z]\.\s*)?([A-Z][a-z'’-]+)\s*", text[end:])  # (a middle initial: "Blair W. Effron")
    if text[:start].strip() or rest is None:
        return False
    word = rest.group(1)
    return word.casefold() not in lexicon().roles and word.casefold() not in _STARTERS and \
        not country_index().find(word) and find_org(word) is None and not _NAMED_AFTER.match(text, end)


def _own_given_name_after(text: str, end: int, person: Org) -> bool:
    following = re.match(r"\s+([A-Z][\w'’-]*)", text[end:])
    return following is not None and translit_key(following.group(1)) == translit_key(person.name.split()[0])


_NAME_TITLES = {"sheikh", "sheik", "shaikh"}  # part of many Arabic and Somali names


_STARTERS = {"the", "a", "an", "but", "and", "or", "so", "yet", "then", "now", "today", "yesterday", "tomorrow",
             "on", "in", "at", "for", "with", "after", "before", "when", "while", "if", "as", "since", "though",
             "although", "meanwhile", "however", "still", "also", "former", "late", "young", "old", "said", "says",
             "told", "asked", "that", "this", "these", "those", "both", "neither", "either", "by", "from", "to", "of",
             "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
             "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
             # honorifics of other languages ("Herr Scholz", "Monsieur Macron", "Señor Maduro")
             "herr", "frau", "monsieur", "madame", "mme", "señor", "senor", "señora", "senora", "signor", "signora",
             "shri", "sri", "smt", "datuk", "dato", "tun", "begum", "sardar", "hon", "hon.", "rt",
             # English honorifics written without a full stop, as British news writes them ("Mr Putin", "Ms Truss")
             "mr", "mrs", "ms", "miss", "dr", "prof", "mx", "pak", "bapak", "ibu"}


def _given_names(text: str, start: int) -> list[str]:
    """The capitalised words written just before a one-word alias, without titles, roles and sentence openers
    ("Hillary Rodham" before "Clinton"; nothing before "Putin" in "Secretary of State Rubio", "President Putin")."""
    window = lexicon().role_pattern.sub(" ", text[max(0, start - 60):start])
    # (any letters, even a name garbled by a wrong encoding: "JuliÃÂ¡n Castro" is no Fidel Castro)
    before = re.search(r"((?:[A-Z][^\s,;:()\"“”]*\s+){1,3})$", window)
    if before is None:
        return []
    words = [w.casefold() for w in before.group(1).split()]
    # (a possessor is no given name: "Venezuela's Maduro", "Russia's Putin")
    return [w for w in words if w not in _STARTERS and w not in lexicon().roles and not w.endswith(".") and
            not re.search(r"['’]s?$", w)]


def _initials_before(text: str, start: int) -> str:
    """The initials written just before a one-word alias: "MK" before "Stalin" in "M. K. Stalin" or "M.K. Stalin"."""
    m = re.search(r"(?<![\w.])((?:[A-Z]\.\s*){1,3})$", text[max(0, start - 12):start])
    if m is None:
        return ""
    dotted = re.sub(r"\s", "", m.group(1))
    if dotted.casefold() in lexicon().orgs or country_index().code(dotted):
        return ""  # "U.S. Biden", "U.N. Guterres": a state or a body before the name
    return dotted.replace(".", "")


# (the same given name begins with another letter in other romanisations: "Wladimir", "Jewgeni", "Constantin")
_SAME_INITIAL = [set("VW"), set("YJIE"), set("KC"), set("FP")]


def _by_initial(alias: str, initial: str, default: Org) -> Org | None:
    """The figure called ``alias`` whose given name begins with ``initial`` ("M. Obama" is Michelle Obama, "V. Putin"
    Vladimir Putin), or None when no listed bearer's does: "M. K. Stalin" is no Joseph Stalin. A figure listed
    without a given name is not tested."""
    letters = next((s for s in _SAME_INITIAL if initial in s), {initial})
    bearers: dict[str, tuple[Org, set[str]]] = {}
    for first, _keys, person in _by_surname().get(translit_key(alias), ()):
        # (any of the given names: "T. Erdogan" is Recep Tayyip Erdoğan)
        given = [w.casefold() for w in [first, *person.name.split()[:-1]] if w[:1].isalpha()]
        starts = {w[0] for w in given if w not in _PARTICLES} | \
            {n[0] for w in given for n in _NICKNAMES.get(w, ())}
        if starts:
            bearers.setdefault(person.name, (person, set()))[1].update(plain("".join(starts)).upper())
    if default.name not in bearers:
        return default
    fits = [person for person, starts in bearers.values() if starts & letters]
    if any(p.name == default.name for p in fits):
        return default
    return fits[0] if len(fits) == 1 else None


def _by_given_name(alias: str, names: list[str]) -> Org | None:
    """The known figure called ``alias`` whose first name is among ``names`` ("Hillary Rodham Clinton" is Hillary
    Clinton, "Bill Clinton" Bill), or None: "Keron Blair" and "Chelsea Clinton" are namesakes."""
    given = {skeleton(short_given(n)) for n in names}
    for first, first_keys, person in _by_surname().get(translit_key(alias), ()):
        if first in names or given & first_keys:
            # ("Dmitri Medvedev" is Dmitry Medvedev, "Joseph R. Biden Jr." Joe Biden, "Javad Zarif" the listed
            # Mohammad Javad Zarif: a middle name written as the first)
            return person
    return None


@lru_cache(maxsize=1)
def _by_surname() -> dict[str, list[tuple[str, frozenset[str], Org]]]:
    """Listed names of two words or more by the key of their last word: (first word, the keys of the given
    names before the last word, figure)."""
    out: dict[str, list[tuple[str, frozenset[str], Org]]] = {}
    for alias, person in lexicon().people.items():
        words = translit_key(alias).split()
        if len(words) >= 2:
            first = alias.split()[0]
            # (capitalised given names only, not "bin" or "de": "Khalid bin Salman" is not Mohammed bin Salman)
            keys = frozenset(skeleton(short_given(w)) for w in translit_key(
                " ".join(w for w in person.name.split()[:-1] if w[:1].isupper()
                         and w.casefold() not in _PARTICLES)).split() if len(w) > 2)
            out.setdefault(words[-1], []).append((first, keys | {skeleton(short_given(words[0]))},
                                                   person))
    return out


_PARTICLES = {"bin", "ibn", "bint", "abu", "abd", "abdul", "al", "el", "de", "da", "di", "del", "van", "von", "der",
              "la", "le", "dos", "das"}

# English given names and their short forms (the figure listed as "Joe Biden" is also "Joseph R. Biden Jr.")
HYPOCORISMS = {"joseph": "joe", "william": "bill", "robert": "bob", "james": "jim", "michael": "mike",
               "richard": "dick", "thomas": "tom", "charles": "chuck", "edward": "ted", "donald": "don",
               "anthony": "tony", "kenneth": "ken", "stephen": "steve", "steven": "steve", "nicholas": "nick",
               "alexander": "alex", "benjamin": "ben", "daniel": "dan", "david": "dave", "elizabeth": "liz",
               "katherine": "kate", "jennifer": "jen", "christopher": "chris", "jonathan": "jon", "timothy": "tim",
               "samuel": "sam", "andrew": "andy", "peter": "pete", "gregory": "greg", "mitchell": "mitch",
               "lawrence": "larry", "gerald": "jerry", "ronald": "ron", "theodore": "ted", "matthew": "matt",
               "jeffrey": "jeff", "frederick": "fred", "patrick": "pat", "joshua": "josh", "zachary": "zach",
               "jacob": "jake", "nathaniel": "nate", "philip": "phil", "phillip": "phil", "douglas": "doug",
               "raymond": "ray", "eugene": "gene", "walter": "walt", "vincent": "vince", "terrence": "terry",
               "terence": "terry", "rebecca": "becky", "deborah": "debbie", "susan": "sue", "margaret": "maggie",
               "cynthia": "cindy", "pamela": "pam", "kimberly": "kim", "abigail": "abby", "jacqueline": "jackie"}


# other short forms of a given name, each of one formal name only ("Ed Rendell" and "Edward G. Rendell", "Geoff
# Garin" and "Geoffrey Garin"; not "Sandy", "Alex", "Jack", "Harry" or "Al", which stand for several names or
# are names of their own)
DIMINUTIVES = {"ed": "edward", "eddie": "edward", "geoff": "geoffrey", "stan": "stanley", "bernie": "bernard",
               "rick": "richard", "ricky": "richard", "rich": "richard", "bobby": "robert", "rob": "robert",
               "robbie": "robert", "jimmy": "james", "johnny": "john", "billy": "william", "will": "william",
               "mick": "michael", "mickey": "michael", "tommy": "thomas", "danny": "daniel", "charlie": "charles",
               "hank": "henry", "kathy": "katherine", "katie": "katherine", "beth": "elizabeth",
               "betsy": "elizabeth", "betty": "elizabeth", "libby": "elizabeth", "peggy": "margaret",
               "meg": "margaret", "patty": "patricia", "tricia": "patricia", "trish": "patricia", "deb": "deborah",
               "jenny": "jennifer", "vicky": "victoria", "suzy": "susan", "gerry": "gerald", "lenny": "leonard",
               "len": "leonard", "manny": "manuel", "ronnie": "ronald", "sammy": "samuel", "timmy": "timothy",
               "zack": "zachary", "freddie": "frederick", "benny": "benjamin", "donnie": "donald",
               "ernie": "ernest", "hal": "harold", "joey": "joseph", "kenny": "kenneth", "marty": "martin",
               "russ": "russell", "stu": "stuart", "vic": "victor", "wes": "wesley", "teddy": "theodore",
               "ash": "ashton", "herb": "herbert", "gabe": "gabriel", "abe": "abraham", "wally": "walter"}


def short_given(word: str) -> str:
    """The short English form a given name's variants share ("Benjamin", "Benny", "Ben" → "ben"; "Geoff" and
    "Geoffrey" → "geoffrey"), lower case; other names as they are, lower case."""
    low = word.casefold()
    formal = DIMINUTIVES.get(low, low)
    return HYPOCORISMS.get(formal, formal)


_NICKNAMES: dict[str, tuple[str, ...]] = {}
for _formal, _short in HYPOCORISMS.items():  # both ways: the list may hold either form
    _NICKNAMES[_formal] = _NICKNAMES.get(_formal, ()) + (_short,)
    _NICKNAMES[_short] = _NICKNAMES.get(_short, ()) + (_formal,)
for _other, _formal in DIMINUTIVES.items():
    _NICKNAMES[_other] = _NICKNAMES.get(_other, ()) + (_formal,) + ((HYPOCORISMS[_formal],) if _formal in HYPOCORISMS
                                                                 else ())
    _NICKNAMES[_formal] = _NICKNAMES.get(_formal, ()) + (_other,)

_ARTICLE = re.compile(r"(?<=\s)(?:al|el|ul|ad|as|ash|at|az)(?=\s)")  # Arabic's article, however it is written
_MUHAMMAD = re.compile(r"\b(?:mu|mo|me)ha?m+[ae]d\b")


def translit_key(name: str) -> str:
    """A key that romanisations of one name share: accents dropped, given names read by their group in
    lexicons/romanisations.tsv ("Oleh"/"Oleg"), Muhammad's spellings and doubled letters merged, final -y/-iy/-ey
    as -i and -ah as -a ("Boyko Borisov" and "Boyko Borissov"; "Sergey" and "Sergei")."""
    key = plain(name).casefold().replace("-", " ").replace("'", "")  # plain() made ’ into '
    forms = _romanisations()
    key = " ".join(forms.get(word, word) for word in key.split())  # "Oleh" and "Oleg", "Ziad" and "Ziyad"
    key = _ARTICLE.sub(" ", f" {key} ").replace("dj", "d")  # "Bashar Assad", "Milo Djukanovic" (Đukanović)
    key = _MUHAMMAD.sub("mhmd", key)
    key = re.sub(r"(?:iy|yy|ey|y)\b", "i", key)
    key = re.sub(r"(\w)\1+", r"\1", key)
    key = re.sub(r"(?<=\w\w)ah\b", "a", key)  # a final -ah written or not: "al-Nakhalah" and "al-Nakhala"
    return " ".join(key.split())


@lru_cache(maxsize=1)
def _romanisations() -> dict[str, str]:
    """Given names by the key of their group (lexicons/romanisations.tsv): "oleh" → "oleg"."""
    out: dict[str, str] = {}
    text = resources.files(__package__).joinpath("lexicons/romanisations.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            key, _, variants = line.partition("\t")
            out.update({variant: key for variant in variants.split()})
    return out


@lru_cache(maxsize=1)
def _transliterations() -> dict[str, Org]:
    """Multi-word aliases by their transliteration key; a key two different people share is left out."""
    return _unambiguous((translit_key(alias), person) for alias, person in lexicon().people.items()
                        if " " in alias.strip())


@lru_cache(maxsize=1)
def _first_two() -> dict[str, Org]:
    """Names of three words or more by their leading part, when no other figure starts so, no figure is called so
    in full and the part does not end in a word that is a given name itself ("Juan Manuel", "Hassan Ali" name many
    people): the first two words, both capitalised or the second Arabic's article before a name ("Mohamed Hamdan"
    of Mohamed Hamdan Dagalo, "Recep Tayyip" of Erdogan, "Nawaf al-Ahmad" of Nawaf al-Ahmad al-Jaber al-Sabah), or
    a given name with the father's ("Tamim bin Hamad" of Tamim bin Hamad al-Thani)."""
    pairs = []
    for person in _figures():
        words = person.name.split()
        if len(words) >= 3 and all(_capitalised(w) and "." not in w for w in words[:2]) \
                and plain(words[1]).casefold() not in given_names():
            pairs.append((translit_key(" ".join(words[:2])), person))
        if len(words) >= 4 and words[1].casefold() in _PATRONYMIC and words[0][:1].isupper():
            pairs.append((translit_key(" ".join(words[:3])), person))
    return _part_index(pairs)


def _figures() -> list[Org]:
    """One figure per name however its lists spell it ("Al Thani", "al-Thani")."""
    return list({translit_key(p.name): p for p in reversed(list(lexicon().people.values()))}.values())


def _part_index(pairs: list[tuple[str, Org]]) -> dict[str, Org]:
    """Parts of names by key, without a part two figures share, a full name's key, a title or one word ("the
    Crown Prince" is no Crown Prince Hussein, "Sultan" no Sultan Al Jaber); the keys are case-folded."""
    full = _transliterations()
    return {key: person for key, person in _unambiguous(pairs).items()
            if key not in full and " " in key and key not in lexicon().roles}


_PATRONYMIC = {"bin", "bint", "ibn"}


@lru_cache(maxsize=1)
def _last_two() -> dict[str, Org]:
    """Names of three words or more by their last two, when the first of those is no given name (a full name
    of its own: not "Orlando Hernández" of Juan Orlando Hernández, nor "Christian Kaboré"), no particle or
    initial, where names put the family name last, and no other figure ends so: "Quddus Bizenjo" of Mir Abdul
    Quddus Bizenjo, "Hamdan Dagalo"."""
    pairs = []
    given = common_given_names()
    for person in _figures():
        words = person.name.split()
        if len(words) >= 3 and person.country not in FAMILY_NAME_FIRST | {"VNM"} and words[-2][:1].isupper() and \
                "." not in words[-2] and words[-1][:1].isupper() and plain(words[-2]).casefold() not in given and \
                words[-2].casefold() not in _PARTICLES and words[-1].rstrip(".") not in ("Jr", "Sr", "II", "III"):
            pairs.append((translit_key(" ".join(words[-2:])), person))
    return _part_index(pairs)


def _unambiguous(pairs: Iterable[tuple[str, T]]) -> dict[str, T]:
    """A key → value index without the keys that name two different values (figures, role words)."""
    out: dict[str, T] = {}
    clash: set[str] = set()
    for key, person in pairs:
        if key in out and out[key] != person:
            clash.add(key)
        out.setdefault(key, person)
    return {key: person for key, person in out.items() if key not in clash}


def _capitalised(word: str) -> bool:
    """A name's word: capitalised, or Arabic's article before one ("el-Sissi", "al-Sadr")."""
    return word[:1].isupper() or bool(re.match(r"(?:al|el|ul|ad|as|ash|at|az)-[A-Z]", word))


def skeleton(name: str) -> str:
    """A name's consonants after the transliteration key, words run together, with the initials of its first and
    last words: romanisations that differ only in vowels or in a hyphen share it ("Ebrahim Raisi" and "Ibrahim
    Raisi", "Amir-Abdollahian" and "Amirabdollahian")."""
    return _skeleton_of_key(translit_key(name))


def _skeleton_of_key(key: str) -> str:
    words = key.split() or [key]
    # the initials of the first and last words (any vowel alike) keep "Nada Bashir" from Andy Beshear
    ends = "".join("V" if w[:1] in set("aeiouy") else w[:1] for w in (words[0], words[-1]))
    return ends + ":" + (re.sub(r"[aeiouy ]", "", key) or key)


@lru_cache(maxsize=1)
def _skeletons() -> dict[str, Org]:
    """Names of two words or more by their skeleton, when the skeleton is long enough to be telling (six
    consonants) and no two people share it."""
    keys = ((skeleton(alias), _vowel_places(translit_key(alias)), person)
            for alias, person in lexicon().people.items() if " " in alias.strip())
    return _unambiguous((f"{key}|{places}", person) for key, places, person in keys
                        if len(key.partition(":")[2]) >= 6)


def _vowel_places(key: str) -> str:
    """Where a name's vowels fall among its consonants (any vowels, a final one aside): spellings that differ in
    which vowels share it ("Ebrahim Raisi", "Ibrahim Raisi"), other names with the same consonants do not
    ("Ahmad Sahaar" is not Ahmed al-Sharaa)."""
    return re.sub(r"[aeiouy]+", "V", key.replace(" ", ""))


@lru_cache(maxsize=1)
def _near_names() -> NearIndex[Org]:
    """Multi-word aliases, for the spellings a letter or two apart from them (near_names.py)."""
    return NearIndex[Org](common=COMMON_SURNAMES).add_all(
        (translit_key(alias), person) for alias, person in lexicon().people.items() if " " in alias.strip())


@lru_cache(maxsize=1)
def _near_bodies() -> NearIndex[Org]:
    """Listed bodies' names of five letters or more (no abbreviations), for spellings a letter apart."""
    return NearIndex[Org](min_words=1).add_all((_body_key(name), org) for name, org in lexicon().orgs.items()
                                               if " " in name or len(name) >= 5)


def near_body(name: str) -> Org | None:
    """The one listed body whose name ``name`` spells a little apart ("Huthi", "Taleban", "Hizbullah"), or None."""
    return _near_bodies().find(_body_key(name))


def _body_key(name: str) -> str:
    """A body's name for near matching: lower case, no apostrophes, hyphens or Arabic article ("Da'esh" and
    "Daesh", "al-Shabaab" and "Shabaab")."""
    words = re.sub(r"['’`]", "", plain(name).casefold()).replace("-", " ").split()
    return " ".join(w for w in words if w not in ("al", "el", "the"))


@lru_cache(maxsize=1)
def _misspellings() -> dict[str, Org]:
    """Single-word aliases of 7+ letters and their one-letter deletions (a symmetric-delete index)."""
    out: dict[str, Org] = {}
    for alias, person in lexicon().people.items():
        if " " in alias or len(alias) < 7:
            continue
        for v in _deletions(alias) | {alias}:
            out.setdefault(v, person)
    return out


# words in -ary that are no count nouns here ("the military", "the judiciary"; "secretaries" and "emissaries" are)
_NO_PLURAL_ARY = {"military", "judiciary", "parliamentary", "ordinary", "constabulary", "primary", "secondary",
                  "literary", "monetary", "unitary", "ary"}


def _plural(word: str) -> str | None:
    """"diplomat" → "diplomats", "authority" → "authorities"; None for words that are not count nouns here."""
    last = word.rsplit(" ", 1)[-1]
    if last.endswith("ss") and len(last) > 4:
        return word + "es"  # ("actress", "empress", "eyewitness")
    if not word[-1:].isalpha() or word.endswith(("s", "police", "staff", "media")) or last in _NO_PLURAL_ARY:
        return None
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("ch", "sh", "x")):
        return word + "es"
    if word.endswith("man"):
        return word[:-3] + "men"
    return word + "s"


def _singular(word: str) -> str | None:
    """"paramedics" → "paramedic", "authorities" → "authority", "policemen" → "policeman"; None for words that
    do not look like a regular plural."""
    last = word.rsplit(" ", 1)[-1]
    if word in ("forces",):  # "force" alone is a task force, the labour force, force majeure: not an actor
        return None
    if len(last) < 4 or not last.endswith("s") or last.endswith(("ss", "us", "is", "news")):
        return None if not last.endswith("men") or len(last) < 5 else word[:-3] + "man"
    if last.endswith("ies"):
        return word[:-3] + "y"
    if last.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return word[:-1]


# a capitalised word right before a party's name makes it a longer name ("Liberal" + "Democratic Party"), unless
# that word is an article, a country or demonym, a title or role word ("Former DNC chairman") or a possessor
_LONGER_NAME = re.compile(r"(?<![\w.'’])[A-Z][a-z]+\s+\Z")


_OWNER = re.compile(r"((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)['’]s?\s+\Z")  # a possessor just before: "Russia's "
# words of a body's name that other bodies' names share: such a name after another capitalised word is part of a
# longer name ("the National Security Council" is no UN Security Council)
GENERIC_BODY_WORDS = {"security", "council", "party", "democratic", "republican", "national", "committee", "court",
                      "supreme", "high", "front", "union", "congress", "assembly", "league", "movement", "alliance",
                      "guard", "forces", "army", "navy", "ministry", "department", "the"}


@lru_cache(maxsize=1)
def _us_state_names() -> frozenset[str]:
    from .places import US_STATES

    spelt = {re.sub(r"\s*\(US state\)|\s+State$", "", name) for name in US_STATES.values()}
    return frozenset(spelt | {"Texas", "Ohio", "Iowa", "Utah", "Maine", "Alaska", "Hawaii", "Idaho"})  # (never cut)


def _us_state_before(text: str) -> bool:
    """Whether the capitalised words ending ``text`` name a US state ("New Hampshire ", "Texas ")."""
    run = re.search(r"((?:[A-Z][a-z]+\s+){1,2})\Z", text)
    return run is not None and (run.group(1).strip() in _us_state_names() or
                                run.group(1).split()[-1] in _us_state_names())


def find_org(text: str) -> tuple[Org, int, int] | None:
    for m in lexicon().org_pattern.finditer(text):
        if m.group(0).casefold().startswith("the ") and \
                re.match(r"\s+(?:on|for|of|to|in)\s+(?:the\s+)?[A-Z]", text[m.end():]):
            return None  # "the Commission on Presidential Debates" is not "the commission" of the EU
        if re.search(r"[A-Z][\w.]*\s+$", text[max(0, m.start() - 40):m.start()]) and \
                any(c.start + len(c.text) - len(re.sub(r"^the\s+", "", c.text, flags=re.IGNORECASE)) < m.start() < c.end
                    for c in country_index().find(text)):  # (a leading "The" is no part of the demonym)
            continue  # "a South African union" is no African Union: the name starts inside a demonym
        org = lexicon().orgs[m.group(0).casefold()]
        longer = _LONGER_NAME.search(text[max(0, m.start() - 40):m.start()])
        generic = org.sector == "PTY" or set(m.group(0).casefold().split()) <= GENERIC_BODY_WORDS
        word = longer.group(0).strip().casefold() if longer else ""
        if generic and longer and not country_index().find(longer.group(0)) and word not in _STARTERS and \
                word not in lexicon().roles and not _us_state_before(text[max(0, m.start() - 40):m.start()]):
            # "the New Democratic Party" is not the Democrats, "National Security Council" not the UN's (but "the
            # New Hampshire GOP" is the party's state branch)
            continue
        owner = _OWNER.search(text[max(0, m.start() - 40):m.start()])
        if generic and org.country and owner and _owners_country(owner.group(1)) not in (None, org.country):
            continue  # "Russia's Security Council" is Russia's own, not the UN's (nor is Putin's)
        return org, m.start(), m.end()
    return None


def _owners_country(owner: str) -> str | None:
    """The state a possessor stands for: a country's name, or a listed figure's state."""
    state = country_index().code(owner)
    if state is None and (person := find_person(owner)) is not None and national(person.country):
        state = person.country
    return state


_NAME_ENDS = re.compile(r"(?:$|[,;:(]|\s(?!of\b|for\b|to\b)[a-z]|\s[\W\d])")  # (not "Emir of Qatar")


def _surname_after_given(text: str, start: int, end: int) -> bool:
    """A capitalised role word of one word right after a known given name, ending the name: a surname."""
    word = text[start:end]
    if not word[:1].isupper() or " " in word or not _NAME_ENDS.match(text[end:end + 4]) or \
            word.casefold() in _NO_SURNAME or len(word) > 1 and word.isupper():
        return False  # (an acronym is no surname: "Hillary PAC")
    before = re.search(r"(?:^|[\s(])([A-Z][a-z]+)\s\Z", text[:start])
    return before is not None and before.group(1).casefold() in common_given_names() and \
        before.group(1).casefold() not in lexicon().roles


# words for bodies, never a surname: "Victoria Police" is the state's police, not a Ms. Police
_NO_SURNAME = {"police", "army", "navy", "ministry", "court", "council", "government", "parliament", "patrol",
               "university", "college", "hospital", "party", "agency", "department", "authority", "commission",
               "committee", "military", "forces", "corps", "constabulary", "gendarmerie", "bank", "fund", "school",
               "institute", "foundation", "group", "company", "club", "union", "league", "association", "network",
               "clinic", "center", "centre", "mosque", "synagogue", "cathedral", "museum", "academy", "airlines",
               "airways", "corporation", "corp", "inc", "motors", "brothers", "partners", "holdings", "industries"}


_PAST_HOLDER = re.compile(r"\b(?:(?:former|ex-|disgraced|ousted|exiled|retired|the\s+late)\b|ret\.(?=\s))",
                          re.IGNORECASE)  # ("Ret. Gen. Stanley McChrystal")


# trades that are common surnames: written with a capital and no article, the word is a name ("Cook said")
SURNAME_TRADES = {"baker", "butcher", "carpenter", "cook", "farmer", "painter", "singer", "shepherd", "runner", "boxer",
                  "driver", "banker", "merchant", "trader", "miner", "dean", "deacon", "chaplain", "porter", "mason",
                  "hunter", "fisher", "weaver", "potter", "gardener", "butler"}
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|our|their|his|her|its)\s+(?:[\w-]+\s+)?\Z", re.IGNORECASE)
# titles of the head or voice of any body, a state's or not
OFFICE_TITLES = {"secretary general", "secretary-general", "director general", "director-general", "president",
                 "vice president", "vice-president", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman",
                 "spokesperson", "executive director", "director", "head", "chief", "commissioner", "envoy",
                 "special envoy", "high commissioner", "special representative", "special rapporteur", "leader"}
# analysts and fellows named alone are PLOVER's elites (commentators); at a body they are its staff
_RESEARCH_STAFF = {"analyst", "analysts", "fellow", "fellows", "senior fellow", "senior fellows", "research fellow",
                   "visiting fellow", "nonresident fellow", "non-resident fellow", "distinguished fellow"}


def any_bodys_title(person: Org, title: str, sector: str | None, date: str | None) -> bool:
    """Whether a title read as a government's says no more than the list does of a figure it places outside a
    state's government ("Secretary-General Antonio Guterres", "President Christine Lagarde", "Secretary General
    Christopher Lockyear" of MSF): a title any body's head may bear, of an office held at ``date``."""
    return title.casefold() in OFFICE_TITLES and sector == "GOV" and person.sector_at(date) not in ("GOV", "ELI") \
        and not person.out_of_office(date)


_FOLLOWING = re.compile(r"['’]?s?\s+(?:supporters?|followers?|sympathi[sz]ers|admirers)\b", re.IGNORECASE)
_ARMED_POLICE = re.compile(r"\b(?:police|policemen|security forces|security services|gendarmes|gendarmerie)\b",
                           re.IGNORECASE)


# what a department's or a firm's division does ("the Justice Department's civil rights division")
_CIVIL_DIVISION = re.compile(r"\b(?:civil rights|criminal|antitrust|tax|enforcement|national security|consumer|sales|"
                             r"research|investment|business|news|entertainment|retail|banking|financial|corporate|"
                             r"legal|investigations?|trading|securities|marketing|operations|services|software|cloud|"
                             r"energy|environmental|elections?|voting)\s+\Z", re.IGNORECASE)


_GENERAL_BODY = re.compile(r"\s+(?:[A-Z][\w'’-]*\s+){0,2}?(?:Office|Directorate|Administration|Assembly|Secretariat|"
                           r"Department|Bureau|Authority|Council|Motors|Electric|Dynamics|Atomics|Mills|Hospital|"
                           r"Prosecutor|Inspectorate|Statistics|Court|Conference|Confederation|Union|Federation|"
                           r"Dept)\b")


_FIRM_OR_STATE = {"president", "vice president", "chairman", "chairwoman", "chair", "director", "executive"}
_FIRMS_OFFICERS = {"ceo", "chief executive", "chief executive officer", "cfo", "chief financial officer", "coo",
                   "chief operating officer"}


# a government's portfolio named with no office word after it, as a context does ("Colombian defense")
_PORTFOLIO = re.compile(r"\b(defen[cs]e|interior|foreign(?:\s+affairs)?|finance|justice|health|education|"
                        r"energy|agriculture|trade|labou?r|transport|economy|home\s+affairs)\s*\Z", re.IGNORECASE)


# a quotation opened and not closed before a word ("the TV show \"Shark"): the word is inside a quoted title
_OPEN_QUOTE = re.compile(r"[\s(][\"“][^\"”]*\Z")


# a market as a place where civilians are: "a crowded market", "the central market" (or "a market in Kharkiv")
_MARKETPLACE = re.compile(r"\b(?:busy|crowded|packed|open-air|outdoor|covered|food|fish|fruit|vegetable|meat|"
                          r"livestock|cattle|street|central|main|local|village|town|city|night|weekly|Christmas|"
                          r"flea)\s+\Z", re.IGNORECASE)


def role_sector(text: str) -> tuple[str | None, str | None]:
    """The sector of the most specific role word in ``text`` (the longest; the last on a tie), and the word."""
    lex = lexicon()
    best: tuple[bool, int, int, str] | None = None
    weak_body: str | None = None
    kept: list[tuple[int, str]] = []
    for m in lex.role_pattern.finditer(text):
        word = m.group(0)
        if word.casefold() in WEAK_ROLES and word.casefold() not in AIRCRAFT:
            weak_body = weak_body or word
        if word.casefold() in KIN:
            if m.start() > 0 and word[:1].isupper():
                continue  # "Choe Son Hui": part of a name, no son
            if re.match(r"\s+of\b", text[m.end():]):
                # "the mother of the fallen soldier": a civilian; "the son of the president": PLOVER's ELI, the
                # family of (former) government officials
                whose = role_sector(text[m.end():])[0]
                return ("ELI" if whose in OFFICIALS else lex.roles[word.casefold()]), word
        if word[:1].isupper() and _OPEN_QUOTE.search(text[:m.start()]):
            continue  # 'the TV show "Shark Tank"', '"The Apprentice"': a word of a title in quotes, no role
        if word[:1].isupper() and word.casefold() in CIVIL_PLACES:
            continue  # "Park Jin", "Gorky Park", "Village People": part of a name, no place of civilians
        if _surname_after_given(text, m.start(), m.end()):
            continue  # "Stephen King", "Amy Pope", "John Bishop": a surname, no office
        if word[:1].isupper() and word[1:].islower() and word.casefold() in SURNAME_TRADES and \
                not _DETERMINER_BEFORE.search(text[:m.start()]) and not text[m.end():].startswith("-"):
            continue  # "Cook said", "Baker": a surname (but "the Baker", "Singer-songwriter" are the trade)
        if word[:1].isupper() and _HONORIFIC_BEFORE.search(text[:m.start()]) and \
                lex.roles[word.casefold()] not in ("GOV", "LEG", "JUD", "MIL", "COP"):
            continue  # "Mr. Farmer", "Sen. Baker": a surname (but "Mr. President", "Madam Speaker" address an office)
        if word[:1].isupper() and lex.roles[word.casefold()] == "CVL" and \
                re.match(r"\s+(?!Party\b)[A-Z][a-z]+\s+(?:Party|Union|Alliance|Front)\b|[\s-]+Democrat(?:ic|s)?\b",
                         text[m.end():]):
            continue  # "Christian Democratic Party", "the Christian Democrats": a party's name, no Christians
        if word[:1].isupper() and re.search(r"\w-(?:au|aux|de|du|des|la|le|les|sur|en|el|al)-\Z", text[:m.start()]):
            continue  # "Port-au-Prince", "Charleville-sur-Prince": the end of a place's name
        if word.casefold() == "agent" and re.search(r"\b(?:his|her|their|my|your)\s+\Z", text[:m.start()],
                                                   re.IGNORECASE):
            continue  # "his agent": who represents a writer or a player, no spy
        if word == "Premier" and re.match(r"\s+(?:League|Inn|Foods|Division|Cup|Oil|Bank)\b", text[m.end():]):
            continue  # "the Premier League": a football league, no head of government
        if word == "General" and _GENERAL_BODY.match(text[m.end():]):
            continue  # "the General Statistics Office", "General Motors": a word of a body's name, no general
        if word == "Queens" and not re.search(r"\b(?:the|two|three|four|five|drag|beauty)\s+\Z", text[:m.start()],
                                              re.IGNORECASE):
            continue  # "a Queens congressman": the borough of New York, no queens
        if word == "Union" and re.search(r"\bState\s+of\s+the\s+\Z", text[:m.start()]):
            continue  # "the State of the Union": an address, no trade union
        if word[:1].isupper() and _NAME_BEFORE.search(text[:m.start()]):
            continue  # "the Philly Coalition for Real Justice": a word of a group's cause, no court
        if word[:1].isupper() and _NAME_GOES_ON.match(text[m.end():]) and word.casefold() not in _SCHOOLS and \
                not (word.casefold() in _PORTFOLIO_OFFICES and re.match(r"\s+for\b", text[m.end():], re.IGNORECASE)):
            continue  # "Students for Fair Admissions", "Mothers Against Drunk Driving": a word of a group's name
            # (but "the Institute for Economics and Peace" is an institute: the word is the kind of body it is)
        if word.casefold() in ("market", "markets") and not _MARKETPLACE.search(text[:m.start()]) and \
                not re.match(r"\s+(?:in|near|outside)\s+[A-Z]", text[m.end():]):
            continue  # "the market", "market participants": trade, no place where civilians shop
        if word.casefold() == "deputy" and re.match(r"\s+[a-z]", text[m.end():]):
            continue  # "deputy project director": second in some office, no member of a legislature
        if word == "private" and re.match(r"\s+[a-z]", text[m.end():]):
            continue  # "private contractors", "a private security firm": an adjective, no soldier's rank
        if word.islower() and re.search(r"\b(?:on|about)\s+\Z", text[:m.start()]) and \
                re.match(r"\s+[a-z]{3,}(?:\s|$)", text[m.end():]):
            continue  # "a project on government secrecy", "a report on police violence": the topic, no actor
        if word.casefold() not in STUDENTS_OF and _STANCE_OF.search(text[:m.start()]):
            continue  # "an admirer of the Russian president": the office admired, not held
        if word.casefold() == "division" and (re.match(r"\s+of\s+[A-Z]", text[m.end():]) or
                                             _CIVIL_DIVISION.search(text[:m.start()])):
            continue  # "the Division of Gaming Enforcement", "the civil rights division": an office, no army's
        if word[:1].isupper() and re.match(r"-(?!Elect\b|Designate\b)[A-Z]", text[m.end():]):
            continue  # "The Spokesman-Review": a word of a name in two halves, no spokesman
        if word.islower() and re.match(r"-[a-z]", text[m.end():]) and lex.roles[word] in ("MIL", "COP"):
            continue  # "a general-election rival", "a major-league pitcher": half of a compound, no rank
        weak = word.casefold() in WEAK_ROLES
        if weak and word.casefold() in AIRCRAFT and (word[:1].isupper() or _CIVIL_CRAFT.search(text[:m.start()])):
            continue  # "a private jet", "a medical helicopter", "the Jets": no military aircraft
        kept.append((m.start(), word))
        cand = (not weak, len(word), m.start(), word)
        if best is None or cand[:3] > best[:3]:
            best = cand
    if best is None:
        return None, None
    word = best[3]
    if word.casefold() in _FIRM_OR_STATE and any(w.casefold() in _FIRMS_OFFICERS for _, w in kept):
        # "chairman, CEO and president": a firm's president, not a state's
        officer = next(w for _, w in kept if w.casefold() in _FIRMS_OFFICERS)
        return lex.roles[officer.casefold()], officer
    best = best[1:]
    served = list(re.finditer(r"\s+for\s+", text[:best[1]]))
    heads = [(at, w) for at, w in kept if served and at + len(w) <= served[-1].start() and
             w.casefold() not in GENERIC_HEADS | LEADING | WEAK_ROLES | KIN and
             lex.roles[w.casefold()] not in ("CVL", "UNK", "JNK")]
    if heads:
        # "a lawyer for the soldiers", "a candidate for governor": the one serving, not whom or what they serve
        best = (len(heads[-1][1]), heads[-1][0], heads[-1][1])
        word = heads[-1][1]
    if weak_body is not None and word.casefold() not in AIRCRAFT and \
            (word.casefold() in GENERIC_HEADS or word.casefold() in LEADING):
        # "ruling party officials", "the ruling party leader": the party in power speaks for the government
        return lex.roles[weak_body.casefold()], weak_body
    sector = lex.roles[word.casefold()]
    after = text[best[1] + len(word):]
    head = _HEAD_AFTER.match(after)
    if sector == "CVL" and head and lex.roles.get(head.group(1).casefold()) not in (None, "CVL", "UNK", "ELI"):
        # "a Catholic priest", "civilian police": a civilian word before another role only modifies it
        return lex.roles[head.group(1).casefold()], head.group(1)
    if head and word[:1].islower() and head.group(1)[:1].islower() and not re.match(r"\s*-", after) and \
            sector in ("LAB", "AGR", "EDU", "MED", "JRN", "COP", "MIL", "REL") and \
            lex.roles.get(head.group(1).casefold()) in ("LAB", "BUS", "NGO", "PTY", "EDU", "JRN") and \
            head.group(1).casefold() not in GENERIC_HEADS | LEADING | WEAK_ROLES | KIN:
        # "the state firefighters union" is a union, "a farmers cooperative" a business: the people a body is
        # of only name whose body it is (not a stance or a kind: "opposition parties", "a nonprofit company")
        return lex.roles[head.group(1).casefold()], head.group(1)
    before = _MODIFIER_BEFORE.search(text[:best[1]])  # in lower case: "European Union official" is no unionist
    pair = _PAIR_BEFORE.search(text[:best[1]])  # ("an air force spokesman": a body of two words)
    if pair and lex.roles.get(pair.group(1).casefold()) in BODY_SECTORS:
        before = pair
    if (word.casefold() in GENERIC_HEADS or (_singular(word.casefold()) or word.casefold()) in STAFF_TRADES) and \
            before and lex.roles.get(before.group(1).casefold()) in BODY_SECTORS:
        # "hospital officials", "university officials", "a party spokesman", "army officers", "a naval officer",
        # "an army cook": the body before a generic head or a trade says whose they are
        return lex.roles[before.group(1).casefold()], before.group(1)
    if word.casefold() in ("pilot", "pilots", "co-pilot") and \
            re.search(r"\b(?:flight|plane|airliner|airline|jetliner)['’]s?\s+(?:\w+\s+)?\Z", text[:best[1]],
                      re.IGNORECASE):
        return "CVL", word  # "the flight's pilot": an airline's, no air force's
    if word.casefold() == "employee" and re.search(r"\b(?:county|city|municipal|state|federal|public|civil)\s+\Z",
                                                   text[:best[1]], re.IGNORECASE):
        return "GOV", word  # "a county employee since the late 1980s": one of the state's own staff
    owner = re.search(r"\b([A-Za-z]+)['’]s?\s+(?:[a-z-]+\s+)?\Z", text[:best[1]])
    if word.casefold() in LEADING | GENERIC_HEADS and owner and \
            lex.roles.get(owner.group(1).casefold()) in _OWNING_SECTORS:
        # "the union's president", "the party's spokesman": the body's, not a state's (and "the villagers'
        # spokesman" civilians' own)
        return lex.roles[owner.group(1).casefold()], owner.group(1)
    whose = _WHOSE.match(after)
    if word.casefold() in GENERIC_HEADS and whose:
        # "a spokesman for the army", "a spokeswoman for the police", "a spokesman for the family": the body
        # after a generic head says whose they are
        rest = role_sector(after[whose.end():])
        if rest[0] is not None and rest[0] not in ("UNK", "JNK") and \
                (rest[0] != "CVL" or whose.group(1).casefold() == "for"):
            return rest
    party = _PARTY_FAMILY_BEFORE.search(text[:best[1]]) if word.casefold() in ("leader", "leaders") else None
    if party:
        # "the conservative leader", "the Tory leader", "Green leaders": a party's (in the US, "the Republican
        # leader" leads the party's members of a legislature)
        return ("LEG" if party.group(1).casefold() in ("republican", "democratic", "gop") else "PTY"), word
    if word.casefold() in LEADING and before and \
            lex.roles.get(before.group(1).casefold()) not in (None, "GOV", "CVL", "UNK", "ELI"):
        # "a cartel leader", "a gang leader", "a militia commander": the leader of that body
        return lex.roles[before.group(1).casefold()], before.group(1)
    if word.casefold() in KIN and sector == "CVL":
        owner = re.search(r"([\w.-]+(?:\s+[\w.-]+)?)['’]s?\s+\Z", text[:best[1]])
        if owner and role_sector(owner.group(1))[0] in OFFICIALS:
            return "ELI", word  # "the king's brother", "the prime minister's wife"
    if re.match(r"['’]s?\s", after):
        # "the president's troops", "the minister's aides": the possessor says whose, the head says who
        rest = role_sector(after)
        if rest[1] is not None and rest[1].casefold() in LEADING | GENERIC_HEADS and sector in _OWNING_SECTORS:
            # "the militia's leader", "the union's president": the body's head ("the protesters' leaders", "the
            # family's spokesman": civilians' own)
            return sector, word
        if rest[1] is not None and rest[1].casefold() in KIN and sector in OFFICIALS:
            return "ELI", rest[1]  # "the president's son", "the king's brother"
        if rest[0] is not None:
            return rest
    if sector == "OPP" and word.casefold() == "opposition":
        # "an opposition lawmaker" is a legislator (PLOVER: LEG); "the opposition leader" stays OPP
        rest = role_sector(text[:best[1]] + " " * len(word) + text[best[1] + len(word):])
        if rest[0] in ("LEG", "JUD"):
            return rest
    if sector == "UNK":  # "rebel groups", "a group of armed men": the other word says who they are
        rest = role_sector(text[:best[1]] + " " * len(word) + text[best[1] + len(word):])
        if rest[0] is not None:
            return rest
    leading = word.casefold() in LEADING or (word.casefold().startswith("former ") and word.casefold()[7:] in LEADING)
    if leading and re.search(r"\b(?:of|for)\b", text[best[1] + len(word):]):
        # "the leader of the Village de Dieu gang", "head of the militia": the body's sector, when it has one
        rest = role_sector(text[best[1] + len(word):])
        if rest[0] is not None and rest[0] not in ("GOV", "CVL", "UNK", "JNK"):
            if rest[0] in ("SPY", "MIL", "LEG") and _PAST_HOLDER.search(text[:best[1]]):
                return "ELI", word  # "former commander of NATO forces": who led them once
            return rest
    if word.casefold() in ("government", "governmental", "pro-government"):
        # "government troops" are the military, "pro-government militias" a militia: the word is a modifier; so
        # is a stance ("a pro-government newspaper" is a newspaper, "anti-government rebels" are rebels)
        rest = role_sector(text[:best[1]] + " " * len(word) + text[best[1] + len(word):])
        stance = re.search(r"\b(anti|pro)[-\s]?\Z", text[:best[1]], re.IGNORECASE)
        if word.casefold() == "pro-government" or (stance and stance.group(1).lower() == "pro"):
            if rest[0] is not None:
                return ("PRM" if rest[0] in ("REB", "UAF") else rest[0]), rest[1]
        elif stance and rest[0] is not None:
            return rest
        elif rest[0] in ("MIL", "COP", "SPY", "PRM", "UAF", "REB"):
            return (rest[0] if rest[0] not in ("REB", "UAF") else "PRM"), rest[1]
    if sector == "JRN" and _STATE_MEDIA.search(text):
        sector = "GOV"  # "the official National News Agency", "state-run television": the state speaking
    if sector in ("GOV", "SPY", "MIL", "LEG", "JUD", "COP") and _PAST_HOLDER.search(text) and \
            not re.search(r"\b(?:lawyers?|attorneys?|barristers?|solicitors?)\b", word, re.IGNORECASE):
        sector = "ELI"  # who held a state's office once (a judge, a police chief), not a lawyer in private practice
    return sector, word


OFFICIALS = {"GOV", "LEG", "ELI"}  # whose relatives PLOVER codes ELI
# sectors a listed person holds by office, with a start and an end ([took_office], [left_office]): an opposition
# leader's, a judge's and a police chief's post is one too ("Peter Dutton" led the opposition only from May 2022)
OFFICES = ("GOV", "MIL", "SPY", "COP", "IGO", "LEG", "JUD", "OPP")
STATE_BODIES = ("GOV", "MIL", "LEG", "JUD", "COP", "SPY")  # the sectors of a state's own bodies
KIN = {"mother", "father", "wife", "husband", "son", "daughter", "brother", "sister", "widow", "widows", "parents",
       "family", "families", "relative", "relatives", "cousin", "uncle", "aunt", "nephew", "niece", "grandmother",
       "grandfather", "children", "child", "orphan", "orphans", "descendant", "descendants"}
_KIN_WORDS = "|".join(sorted(KIN))
_SOMEONES_KIN = re.compile(rf"['’]s?\s+(?:\w+\s+)?(?:{_KIN_WORDS})\b|\b(?:{_KIN_WORDS})\s+of\b", re.IGNORECASE)
CIVIL_PLACES = {"village", "villages", "park", "amusement park", "playground",
                "wedding", "funeral", "cafe", "restaurant", "marketplace", "bakery", "market", "hotel", "stadium",
                "theater", "theatre", "cinema"}
LEADING = {"leader", "leaders", "head", "chief", "commander", "boss", "founder", "chairman", "chair", "president",
           "director", "executive director", "secretary-general", "secretary general", "chief of staff"}
GENERIC_HEADS = {"official", "officials", "spokesman", "spokeswoman", "spokesperson", "administration",
                 "authorities", "officer", "officers", "adviser", "advisers", "advisor", "advisors", "aide", "aides",
                 "representative", "representatives", "envoy", "envoys", "emissary", "emissaries"}
# bodies whose name before a generic head says whose the official is (a government word does not: "a government
# spokesman" stays the government's, and "civil rights officials" are no civilians)
# sectors of bodies outside a state, whose members' own role words do not make them a state's ("the commander" of
# Wagner is of a private army, "the spokesman" of the Houthis a rebel)
NON_STATE = {"REB", "PRM", "UAF", "CRM", "OPP", "PTY", "NGO", "BUS", "JRN", "EDU", "MED", "REL", "LAB", "IGO"}
BODY_SECTORS = ("MED", "EDU", "BUS", "REL", "LAB", "JUD", "COP", "NGO", "PTY", "MIL", "SPY", "REB", "OPP", "CRM",
                "PRM")
# ... and those whose possessive says whose a leader or a spokesman is: the bodies', and civilians' own ("the
# protesters' leaders", "the farmers' leader"), where a government word does not ("the president's spokesman")
_OWNING_SECTORS = BODY_SECTORS + ("CVL", "REF", "AGR")
# a group's name of the kind "Coalition for Real Justice", "Center for Media Justice": what follows its kind is
# its cause
_NAME_BEFORE = re.compile(r"\b(?:Coalition|Center|Centre|Institute|Foundation|Fund|Alliance|Association|Society|"
                          r"Network|Project|Campaign|League|Movement|Trust|Forum|Fellowship)\s+(?:for|of|on|against)\s+"
                          r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+)*\Z")
# a group named for its cause ("the Committee for Freedom in Hong Kong", "the Campaign Against Arms Trade"): a
# nongovernmental body (written with capitals: "a campaign for justice", "his campaign for president" are no body)
_ADVOCACY = re.compile(r"(?:[A-Z][\w'’-]*\s+)*?\b(Committee|Coalition|Campaign|Society)\s+(?:for|to|against|Against)\s+"
                       r"(?:the\s+)?[A-Z]")
# offices whose title names the portfolio after "for" ("Minister for Foreign Affairs", "Commissioner for Human
# Rights", "Secretary of State for Defence"): the office, not a group's name
_PORTFOLIO_OFFICES = {"minister", "ministers", "secretary", "secretary of state", "commissioner", "high commissioner",
                      "envoy", "special envoy", "representative", "special representative", "high representative",
                      "rapporteur", "special rapporteur", "coordinator", "under secretary", "undersecretary",
                      "under-secretary", "spokesperson", "spokesman", "spokeswoman", "minister of state",
                      "deputy minister", "state secretary", "czar", "tsar", "ambassador"}
_SCHOOLS = {"institute", "institution", "academy", "college", "university", "school"}
# a research body named for its field ("the Center for Naval Analyses", "Centre for Research on Energy and Clean Air")
_RESEARCH_BODY = re.compile(r"\b(?:Center|Centre|Council|Endowment|Foundation|Forum|Program|Programme)\s+"
                            r"(?:for|of|on)\s+(?:the\s+)?(?:[A-Z][\w'’-]*,?\s+(?:and\s+|&\s+)?)*?"
                            r"(?:[A-Z][\w'’-]*\s+)?(?:Stud(?:y|ies)|Research|Analys[ie]s|Policy|Policies|Economics|"
                            r"Affairs|Strateg(?:y|ies|ic))\b")
_NAME_GOES_ON = re.compile(r"\s+(?:[Ff]or|[Aa]gainst|[Ww]ithout)\s+(?:an?\s+|the\s+|[Aa]\s+|[Tt]he\s+)?[A-Z]")
_WHOSE = re.compile(r"\s+(for|of|at|from|with|to)\s+(?:the\s+)?", re.IGNORECASE)
# words that name an actor only when nothing else in the phrase does: aircraft ("a police helicopter" is the
# police's) and the party in power ("lawmakers from the ruling party" are lawmakers)
AIRCRAFT = {"jet", "jets", "helicopter", "helicopters"}
WEAK_ROLES = AIRCRAFT | {"ruling party", "ruling coalition", "governing party", "governing coalition"}
_CIVIL_CRAFT = re.compile(r"\b(?:private|passenger|commercial|civilian|civil|medical|rescue|news|cargo|charter|"
                          r"business|corporate|ambulance|tourist|airline|jumbo)\s+\Z", re.IGNORECASE)
_HEAD_AFTER = re.compile(r"[\s-]+([A-Za-z]+)\b")
# trades a body employs: "an army cook", "a police mechanic" are the body's (an "army veteran" is not)
STAFF_TRADES = {"cook", "chef", "mechanic", "driver", "carpenter", "painter", "cleaner", "janitor", "plumber",
                "electrician", "welder", "baker", "butcher", "waiter", "courier", "accountant", "clerk", "engineer"}
_MODIFIER_BEFORE = re.compile(r"\b([a-z]+)\s+\Z")
_PAIR_BEFORE = re.compile(r"\b([a-z]+\s+[a-z]+)\s+\Z")
# a party family or a party's nickname before "leader" ("the conservative leader", "Tory leader", "the Social
# Democratic leader"); not "communist" (the Communist leader of China or Vietnam heads the state)
_PARTY_FAMILY_BEFORE = re.compile(
    r"(?<![\w-])(conservative|liberal|socialist|(?:social|christian)[\s-]democratic|(?:social|christian|liberal)"
    r"[\s-]democrat|green|labour|labor|tory|republican|democratic|gop|centrist|cent(?:re|er)-(?:right|left)|"
    r"left-wing|right-wing|leftist)\s+(?:party\s+)?\Z", re.IGNORECASE)


def party_leader(role: str) -> bool:
    """"The conservative leader", "Tory leader": a party's leader, which says nothing of the office held."""
    head = re.search(r"\bleaders?\s*\Z", role, re.IGNORECASE)
    return head is not None and _PARTY_FAMILY_BEFORE.search(role[:head.start()]) is not None
_STATE_MEDIA = re.compile(r"\b(?:official|state|state-run|state-owned|state-controlled|government-run|"
                          r"government-controlled|government|governmental)\b", re.IGNORECASE)
# "Iran-backed militias" are not Iranian and "Russian-occupied Kherson" is not Russian: such a modifier does not
# give the phrase a country. "Run", "led", "controlled", "installed" do ("a Hamas-run health ministry").
BACKING = {"backed", "aligned", "allied", "linked", "affiliated", "funded", "supported", "sponsored", "inspired",
           "armed", "trained", "friendly", "leaning", "held", "occupied"}
# (the sponsor: capitalised words and a last word right before the hyphen, "Islamic State-linked", "al-Qaeda-linked",
# "the Saudi-led"; what comes before it is the phrase's own: "Russian experts at the Kremlin-backed Valdai Club")
_SPONSORED = re.compile(r"(?P<pre>(?:.*?\s)??)(?P<sponsor>(?:(?-i:[A-Z])[\w.'’-]*\s+)*[\w.'’]+(?:-[\w.'’]+)*?)"
                        r"-(?P<kind>backed|aligned|allied|linked|affiliated|funded|supported|sponsored|inspired|"
                        r"armed|trained|friendly|leaning|installed|appointed|run|led|controlled|governed|"
                        r"administered|dominated|held|occupied)\b(?P<rest>.*)", re.IGNORECASE)
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# a time named where an actor was asked for: "yesterday", "late Tuesday", "on Tuesday", "the next day", "in 2021",
# "March 3", "two days ago", "the 1990s"
_PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|few|some|many|\d+)"
_TIME = re.compile(r"(?:(?:on|in|at|by|since|until|during|over|from|for)\s+)?(?:(?:early|late|earlier|later)\s+)?"
                   rf"(?:(?:yesterday|today|tomorrow|tonight|overnight)(?:\s+{_PART_OF_DAY})?|"
                   r"(?:(?:last|this|next|the\s+(?:next|following|previous|same))\s+)?"
                   r"(?:week|month|year|night|weekend|morning|afternoon|evening|day)|(?:the\s+)?weekend|"
                   r"(?:earlier|later)\s+this\s+(?:week|month|year)|"
                   r"the\s+day\s+(?:before|after)|"
                   r"(?:the|this|that|last|next)\s+(?:past|last|next|coming|previous)?\s*(?:few\s+|several\s+|two\s+|three\s+)?"
                   r"(?:decades?|centur(?:y|ies)|years|months|weeks|days|hours)|"
                   rf"{_COUNT}\s+(?:days?|weeks?|months?|years?|decades?)\s+(?:ago|later|earlier|before|after)|"
                   rf"(?:(?:last|this|next)\s+)?{_WEEKDAY}(?:'s?|\s+{_PART_OF_DAY})?|"
                   rf"{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|(?:the\s+)?(?:19|20)\d0'?s|(?:19|20)\d\d|"
                   r"recently|now|lately|nowadays)", re.IGNORECASE)
# a month alone only after a preposition or before a year ("May", "April" and "June" are also names); those no one
# is named stand alone ("March", "October")
_TIME_AFTER_PREPOSITION = re.compile(rf"(?:(?:in|since|until|during|by)\s+(?:early\s+|late\s+)?{_MONTH}"
                                     rf"|(?:early\s+|late\s+)?{_MONTH}\s+(?:19|20)\d\d"
                                     r"|(?-i:January|February|March|September|October|November|December))"
                                     r"(?:\s+\d{4})?", re.IGNORECASE)
_PRONOUN = re.compile(r"(?:he|she|it|they|we|him|her|them|us|i|you)", re.IGNORECASE)

# titles only one state gives (one several states give takes the story's state: "Home Secretary" is also India's,
# "Chief Minister" Pakistan's, "Supreme Leader" North Korea's)
_ONE_STATE_TITLE = re.compile(
    r"\b(?:(?P<USA>Secretary of State(?!\s+for\b)|Director of National Intelligence|Speaker of the House(?!\s+of\b)|"
    r"House Speaker|(?:Senate|House) (?:Majority|Minority) (?:Leader|Whip)|Surgeon General|Treasury Secretary|"
    r"Secretary of the Treasury)|"
    r"(?P<GBR>Chancellor of the Exchequer|Lord Chancellor|Shadow Chancellor|Secretary of State for|"
    r"Shadow\s+(?:Home|Foreign|Defen[cs]e|Health|Justice|Business|Culture|Education|Environment)\s+Secretary)|"
    r"(?P<IRL>Taoiseach|T[aá]naiste)|"
    r"(?P<JPN>Chief Cabinet Secretary))\b", re.IGNORECASE)
# a leader's government: "the Trump administration", "the Morrison government", "Ortega's government"
_LEADERS_GOVERNMENT = re.compile(r"(?:the\s+)?((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*?)(?:['’]s?)?\s+"
                                 r"(?:government|administration|cabinet|regime)")
# "a Kremlin critic", "prominent Erdogan critics", "a longtime Putin opponent"
_CRITIC_OF = re.compile(r"(?:(?:an?|the|some|many|other)\s+)?(?:(?:longtime|long-time|prominent|vocal|fierce|outspoken|"
                        r"leading|staunch|harsh|fervent|well-known|jailed|exiled|imprisoned)\s+)*"
                        r"((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)\s+(?:critics?|opponents?|foes?|detractors?)")
_FORMER = re.compile(r"\b(?:former|ex-|late)\b", re.IGNORECASE)  # one who held what follows
# "the U.N. ambassador" is a state's, posted to the UN; "the EU ambassador to Ukraine" is the body's own
_AMBASSADOR_AFTER = re.compile(r"\s+(?:ambassadors?|permanent representatives?)\b(?!\s+(?:to|in)\b)", re.IGNORECASE)
_POSTED_TO = re.compile(r"\b(?:ambassadors?|envoys?|representatives?|delegates?|delegation|mission|"
                        r"permanent representative)(?:\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?"
                        r"\s+to\s+(?:the\s+)?$", re.IGNORECASE)  # ("permanent representative of France to the UN")
# a diplomat's post named by its town or state: "the consul general in Los Angeles", "ambassador in Washington"
_POSTED_IN = re.compile(r"\b(?:consul(?:ate)?s?(?:[\s-]+general)?|embass(?:y|ies)|ambassadors?|envoys?|"
                        r"charg[ée]s?\s+d['’]affaires)\s+(?:\w+\s+){0,2}?(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
# a body named as what a role works against or on, not for: "envoy to the coalition fighting the Islamic State",
# "an expert on the Taliban", "a researcher who studies al-Qaeda"
_TARGET_OF = re.compile(r"\b(?:against|fighting|combat(?:t?ing)?|countering|to\s+(?:defeat|counter|fight|combat)|"
                        r"on|about|stud(?:ies|ying)|covering|tracking|monitoring)\s+(?:the\s+)?$", re.IGNORECASE)
_SENT_TO = re.compile(r"\b(?:envoy|ambassador|representative|coordinator|adviser|advisor)\s+"
                               r"(?:\w+\s+){0,3}?(?:to|for)\s+(?:the\s+)?$", re.IGNORECASE)
_CAPITALISED = re.compile(r"\b[A-Z][\w'-]+(?:[ -][A-Z][\w'-]+)*")


_TOWN_OFFICE = re.compile(r"\s+(?:(?:acting|deputy|regional|city|local)\s+)?(?:governor|mayor|police|authorities|"
                          r"administration|council|city council|officials)\b", re.IGNORECASE)


# towns' names that are more often adjectives before a capitalised word ("Roman Catholic", no Roman in Romania)
_CITY_ADJECTIVES = {"Roman"}


@lru_cache(maxsize=4096)
def dwarfed_capital(name: str, state: str) -> bool:
    """A capital with a far larger namesake elsewhere ("San Jose" is California's city of a million before Costa
    Rica's capital): the name alone stands for no government."""
    from .places import capital_point, city

    largest, seat = city(name), capital_point(state)
    return largest is not None and seat is not None and largest.country != state and \
        largest.population >= 2 * seat.population


def _city_country(text: str) -> str | None:
    """The country of a large city named in a body's description (a city of ``places.MIN_POPULATION`` or
    more): "Minsk police station", "Oxford University". A candidate must stand alone in its run of capitalised
    words or next to role words only, so a person's name ("President Ibrahim Salem") is never read as a city."""
    from .places import city

    roles = lexicon().roles

    def plain(word: str) -> bool:
        return word.lower() in roles or word.lower() in STOP_CAPITALS

    for found in _CAPITALISED.finditer(text):
        run = found.group(0)
        owner = re.search(r"['’]s?$", run)  # "Beirut's suburbs": a possessor is a capital or a city of a million
        # ... or a town with a town's offices ("Belgorod's governor", "Kharkiv's mayor")
        seat = owner is not None and _TOWN_OFFICE.match(text[found.end():])
        words = re.sub(r"['’]s?$", "", run).replace("-", " ").split()  # (or "Moscow-based")
        for n in range(min(len(words), 3), 0, -1):
            for i in range(len(words) - n + 1):
                name = " ".join(words[i:i + n])
                if plain(name) or (i > 0 and not plain(words[i - 1])) or \
                        (i + n < len(words) and not plain(words[i + n])):
                    continue
                if i > 0 and i + n == len(words) and not owner and words[i - 1].lower() in roles and \
                        words[i - 1].lower() not in _NO_SURNAME:
                    continue  # a name after a person's title is a surname ("Mayor Adams", "Queen Elizabeth")
                place = city(name) if name not in _CITY_ADJECTIVES else None
                if place is not None and owner and not (seat or country_index().capital(name) or
                                                        place.population >= 1_000_000):
                    continue  # ("Zamora's legal team" is a person's)
                if place is not None:
                    return place.country
    return None


# people who know about a country rather than belong to it ("a Russia expert", "an expert on Iran"), or who
# think something of it ("a skeptic of NATO"; not critics and allies, most often of their own side)
STUDENTS_OF = {"expert", "experts", "analyst", "analysts", "specialist", "specialists", "watcher", "watchers",
               "scholar", "scholars", "historian", "historians", "observer", "observers", "sinologist",
               "kremlinologist", "hand", "hands", "skeptic", "skeptics", "sceptic", "sceptics", "admirer",
               "admirers", "fan", "fans", "supporter", "supporters", "proponent", "proponents", "champion",
               "friend", "friends", "confidant", "confidante"}


TEACHERS = {"professor", "teacher", "lecturer", "instructor", "tutor"}
LANGUAGES = {"English", "French", "Spanish", "German", "Arabic", "Chinese", "Russian", "Italian", "Japanese", "Hebrew",
             "Portuguese", "Korean", "Persian", "Greek", "Turkish", "Dutch", "Polish"}


_STANCE_WORDS = r"\b(?:skeptics?|sceptics?|admirers?|fans?|supporters?|proponents?|champions?|friends?|confidante?s?)"
_THINKS_OF = re.compile(_STANCE_WORDS + r"\s+of\s+(?:the\s+)?\Z", re.IGNORECASE)
# ... and anywhere before a role word or a figure's name: "a longtime admirer of the Russian president", "a close
# friend of Israeli Prime Minister Benjamin Netanyahu" hold neither office
_STANCE_OF = re.compile(_STANCE_WORDS + r"\s+of\b", re.IGNORECASE)


def _subject_of(text: str, found: CountryMatch) -> bool:
    """The country a student of it studies: a country's name written just before the word ("Russia expert",
    "China watchers"; not its possessive: "Russia's experts" are Russia's; a demonym there is a nationality:
    "British experts") or anything after "on"/"of" right after
    it ("expert on Western-Russian economic ties")."""
    words = re.finditer(r"[\w'’-]+", text)
    for w in words:
        if w.group(0).casefold() not in STUDENTS_OF and \
                not (w.group(0).casefold() in TEACHERS and found.text in LANGUAGES and found.kind == "demonym"):
            continue  # (a language's teacher at a workplace teaches it: "an English professor at Nova University")
        if found.end <= w.start() and not text[found.end:w.start()].strip(" -") and \
                not re.search(r"['’]s?\Z", text[found.start:found.end]) and \
                (found.kind == "name" or not w.group(0).endswith("s") and
                 re.match(r"\s+(?:at|with)\s+(?:the\s+)?[A-Z]", text[w.end():])):
            # (a demonym too when a workplace follows one: "a North Korean expert at the Middlebury Institute", but
            # "Russian experts at the Valdai Club" are Russians)
            return True
        after = re.match(r"\s+(?:on|of)\s+", text[w.end():])
        if after and found.start >= w.end() + after.end() and \
                not re.search(r"[,;]|\b(?:at|in|for|from|with)\b", text[w.end() + after.end():found.start]):
            return True
    return False


_PARENTS_BEFORE = re.compile(r"\b(?:sons?|daughters?|child|children|grand(?:son|daughter|child)s?|born to)\s+of\s+"
                             r"(?:\w+\s+)?\Z|\bborn to\s+(?:\w+\s+)?\Z", re.IGNORECASE)
_FAMILY_AFTER = re.compile(r"\s+(?:immigrants?|migrants?|refugees?|parents|father|mother|famil(?:y|ies))\b",
                           re.IGNORECASE)
_DESCENT_AFTER = re.compile(r"\s+(?:descent|origin|origins|heritage|ancestry|extraction|roots)\b", re.IGNORECASE)


# countries' names that are given names too, and words after such a name that keep it a place or a body's name
GIVEN_COUNTRY_NAMES = {"Jordan", "Chad", "Israel", "Georgia", "India", "Kenya", "Cuba", "America", "Ireland"}
_NOT_SURNAMES = {"valley", "river", "basin", "delta", "sea", "gulf", "airways", "air", "airlines", "times", "daily",
                 "post", "tech", "gate", "dome", "creek", "street", "road", "square", "hall", "center", "centre",
                 "house", "state", "university", "college", "group", "company", "corp", "motors", "telecom",
                 "national", "federal", "republic", "democratic", "football", "cricket", "rugby", "olympic", "cup",
                 "open", "development", "electric", "power", "oil", "gas", "railways", "herald", "tribune", "today",
                 "news", "broadcasting", "radio", "tv", "television", "press", "first", "inc", "ltd", "holdings",
                 "hayom", "dream"}
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Col|Capt|Sgt)\.?\s+\Z")


def _country_as_name(text: str, found: CountryMatch) -> bool:
    """A country's name that is a person's given name or surname: "Chad Wolf", "Jordan Peterson" (followed by a
    capitalised word no role, place or body word), "Mr. Jordan" (after an honorific)."""
    if found.kind == "demonym":
        # "Mark Cuban", "David French": a demonym right after a given name is the surname (not "Mark's Cuban
        # friends", nor a people's word before a role: "Anna French officials" is no name)
        given = re.search(r"(?:^|[\s(\"“])([A-Z][a-z]+)\s\Z", text[:found.start])
        after = re.match(r"\s+([\w-]+)", text[found.end:])
        return given is not None and given.group(1).casefold() in common_given_names() and \
            given.group(1).casefold() not in lexicon().roles and \
            (after is None or after.group(1).casefold() not in lexicon().roles and not after.group(1)[:1].islower())
    if found.kind != "name":
        return False
    if _HONORIFIC_BEFORE.search(text[:found.start]):
        return True
    if text[found.start:found.end] not in GIVEN_COUNTRY_NAMES:
        return False
    if _surname_after_given(text, found.start, found.end):
        return True  # "Shirin Jordan", "Ashley India": a surname after a given name
    after = re.match(r"\s+([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)\b(?![-'’])", text[found.end:])
    if after is None or after.group(1).casefold() in _NOT_SURNAMES or country_index().find(after.group(1)):
        return False
    role = lexicon().role_pattern.search(text, found.end + after.start(1))  # "Jordan Armed Forces"
    return not (role and role.start() == found.end + after.start(1)) and len(after.group(1)) > 2


def _ancestry(text: str, found: CountryMatch) -> bool:
    """Where a person's family comes from, not whose the person is: "the son of Dominican immigrants", "of
    Korean descent"."""
    return found.kind == "demonym" and (bool(_PARENTS_BEFORE.search(text[:found.start]) and
                                             _FAMILY_AFTER.match(text, found.end)) or
                                        bool(_DESCENT_AFTER.match(text, found.end)) or _native_american(text, found))


_NATIVE_AFTER = re.compile(r"\s+(?:Nations?|[Tt]ribes?|[Tt]ribal|[Rr]eservations?|Country|Affairs|Health Service|"
                           r"[Cc]asinos?|[Cc]ommunit(?:y|ies))\b")


def _native_american(text: str, found: CountryMatch) -> bool:
    """"The Oneida Indian Nation", "American Indian tribes": the peoples of North America, not India's."""
    if text[found.start:found.end].casefold() not in ("indian", "indians"):
        return False
    return bool(_NATIVE_AFTER.match(text, found.end)) or \
        bool(re.search(r"\b(?:American|Native|North American)\s+\Z", text[:found.start]))


def _region_before(text: str, role: str | None) -> str | None:
    """The country of a region named whole before the role word: "Deir ez-Zor tribes", "Zulia state police"
    (a name with a lower-case particle, which the runs of capitalised words in ``_city_country`` split)."""
    from .places import region

    at = text.casefold().rfind(role.casefold()) if role else -1
    head = re.sub(r"^(?:the|a|an)\s+", "", text[:at].strip(), flags=re.IGNORECASE) if at > 0 else ""
    area = region(head) if head[:1].isupper() else None
    owner = re.match(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s?\s", head + " ") if area is None else None
    if owner is not None:
        area = region(owner.group(1))  # "Ontario's premier", "California's elected insurance commissioner"
    return area.country if area is not None else None


STOP_CAPITALS = {"the", "a", "an", "based", "state", "stock", "university", "city", "national", "police", "army", "mayor",
                 "governor", "high", "supreme", "district", "regional", "provincial", "municipal", "central",
                 "metropolitan"}


# subjects of US congressional committees that name the committee alone before its chair's title
COMMITTEE_SUBJECTS = r"Oversight|Judiciary|Foreign Relations|Foreign Affairs|Armed Services|Intelligence|" \
    r"Appropriations|Ways and Means|Homeland Security|Energy and Commerce|Financial Services|Veterans Affairs|" \
    r"Natural Resources"
_COMMITTEE = re.compile(r"\b(?:House|Senate|Congressional|Parliamentary|Parliament's|Assembly|Duma|Knesset|"
                        r"Bundestag|Commons|Lords)\s+(?:[A-Z][\w.'&-]*\s+|and\s+|on\s+|of\s+){0,6}"
                        r"(?:Sub)?[Cc]ommittee\b|"
                        # a US congressional committee's chair by the committee's subject alone ("Oversight Chairman
                        # Jason Chaffetz", "Senate Foreign Relations Chairman", "Judiciary Chairman")
                        rf"\b(?:(?:House|Senate)\s+)?(?:{COMMITTEE_SUBJECTS})\s+"
                        r"(?:Chair(?:man|woman)?|Ranking Member|ranking member)\b|"
                        # (subjects other bodies' officers share only after the chamber: "RNC Finance Chairman")
                        r"\b(?:House|Senate)\s+(?:Finance|Budget|Rules|Banking|Agriculture|Commerce|Ethics)\s+"
                        r"(?:Chair(?:man|woman)?|Ranking Member|ranking member)\b")


_WAR_AFTER = re.compile(r"\s+(?:War|war|Wars)\b(?!\s+(?:Ministry|Office|Department|Cabinet|Council|Room)\b)",
                        re.IGNORECASE)


def _named_war(text: str, found: CountryMatch) -> bool:
    """A country that names a war, not the actor's side: "a Vietnam War veteran", "an Iraq war veteran", "a
    Mexican War hero" (but "a Ukrainian war veteran" is Ukrainian, and "Israel's war cabinet" Israel's)."""
    m = _WAR_AFTER.match(text, found.end)
    return m is not None and (found.kind == "name" or m.group(0).strip()[:1].isupper())


# a newspaper's name: words and a masthead's noun ("the Bangkok Post", "the Toronto Sun", "Chicago Sun-Times")
_MASTHEAD = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w'.]*\s+){1,3})(?:[A-Z][a-z]+-)?(?:Times|Post|Star|Herald|Tribune|"
                       r"Gazette|Inquirer|Chronicle|Telegraph|Journal|Observer|Courier|Dispatch|Examiner|Sun|Daily)")
_LANGUAGE_SERVICE = re.compile(
    r"(?:[Tt]he\s+)?(?:Somali|Urdu|Mandarin|Cantonese|Korean|Dari|Pashto|Persian|Farsi|Russian|Ukrainian|Bosnian|"
    r"Albanian|Turkish|Kurdish|Burmese|Khmer|Lao|Vietnamese|Hausa|Swahili|Amharic|Spanish|French|Tibetan|Uyghur|"
    r"Georgian|Armenian|Azerbaijani|Serbian|Macedonian|Indonesian|Bangla|Bengali|Hindi|Arabic|Chinese|Portuguese|"
    r"Tigrinya|Oromo|Kinyarwanda|Shona|Ndebele|Thai|Tatar|Belarusian|Romanian|Kazakh|Kyrgyz|Uzbek|Tajik|Turkmen)"
    r"(?:[- ]language)?\s+[Ss]ervice")
# the words that end a firm's name ("Kotak Securities", "Carlyle Holdings", "Acme Corp.")
# last words of a firm's name, never of a person's ("Kotak Securities", "Masten Space Systems")
FIRM_ENDINGS = ("Securities", "Holdings", "Capital", "Partners", "Investments", "Asset Management", "Advisors",
                "Ventures", "Inc.", "Inc", "Corp.", "Corp", "Ltd.", "Ltd", "LLC", "PLC", "plc", "GmbH", "AG", "Bancorp",
                "Brokerage", "Motors", "Airlines", "Pharmaceuticals", "Technologies", "Systems", "Industries",
                "Aerospace", "Robotics", "Laboratories", "Electronics", "Logistics", "Communications", "Enterprises",
                "Petroleum", "Mining", "Energy", "Steel", "Cement", "Chemicals", "Telecom", "Airways", "Shipping")
_FIRM_NAME = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w&'.-]*\s+){1,4}(?:"
                        + "|".join(re.escape(w) for w in sorted(FIRM_ENDINGS, key=len, reverse=True)) + ")")
_POSTS = {"Border", "Police", "Army", "Military", "Observation", "Command", "Trading", "Guard", "Check", "Frontier"}
_WATER_OF = re.compile(r"\b(?:Gulf|Sea|Bay|Strait|Straits|Ocean|Channel|Lake)\s+of\s+(?:the\s+)?\Z")
_PARTY_FOLK = re.compile(r"(?:(?:the|his|her|their|its|our|some|many|several|two|three|other|fellow|top|senior|"
                         r"leading|prominent|moderate|conservative|liberal|progressive|establishment)\s+)*"
                         r"(?:Democratic|Republican|GOP)\s+[a-z][\w-]*s")
# a party's own staff, whose generic titles say nothing of an office in the state
_PARTY_STAFF = {"official", "officials", "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "adviser",
                "advisers", "advisor", "advisors", "staffer", "staffers", "operative", "operatives", "leader",
                "leaders", "chairman", "chairwoman", "chair", "secretary", "secretary general", "secretary-general",
                "president", "vice president", "treasurer", "director", "executive"}
_US_PARTY_ROLE = re.compile(r"(?<!Christian )(?<!Social )(?<!Liberal )(?<!Free )(?<!New )"
                            r"\b(?:Democratic|Republican|GOP)\s+"
                            r"(?:(?:state|U\.S\.|freshman|former|top)\s+)?(?:senators?|congress(?:wo)?m[ae]n|"
                            r"representatives?|lawmakers?|legislators?|governors?|House|Senate|"
                            r"(?:National\s+)?[Cc]ommittee(?:wo)?m[ae]n)\b")
# (not "the panel's Republican chairman", "Democratic chairman of the Senate Judiciary Committee": a committee's)
_US_PARTY_CHAIR = re.compile(r"\b(?:Republican|Democratic|GOP)\s+(?:National|Party)\s+[Cc]hair(?:man|woman)?\b")
_STANCE = re.compile(r"\b(?:anti|pro)-\s?(?:[A-Z][\w'.]*(?:-[A-Z][\w'.]*)*)(?:\s+[A-Z][\w'.]*)*")


# A US broadcaster's call sign: four letters from K or W, or three with a band ("WGN-TV"); names in the lexicon
# (KFOR, WADA, WIPO) win, and a few common four-letter words of news are none.
_CALL_SIGN = re.compile(r"(?:the\s+)?[KW][A-Z]{3}(?:-(?:TV|FM|AM|DT))?|[KW][A-Z]{2}-(?:TV|FM|AM)")
NOT_STATIONS = {"WWII", "WMDS", "KPMG", "WASP", "WHAT", "WHEN", "WITH", "KNOW", "WILL", "WERE", "WANT", "WEST", "WAVE",
                "WORK", "WORD", "WEAK", "KILL", "KEEP", "KNEW", "KIND", "KING", "WAIT", "WALL", "WALK", "WEEK", "WELL",
                "WIDE", "WIFE", "WILD", "WIND", "WISH", "KIDS", "WARS", "WAYS", "WINS"}


PROTESTERS = {"protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators", "activist",
              "activists", "campaigner", "campaigners", "marchers", "supporter", "supporters"}
# a stance against the state or the war it wages, or for the change the state refuses
_OPPOSING = re.compile(r"\b(?:anti-?(?:government|war|regime|coup|junta|putin|kremlin|establishment)|"
                       r"pro-?(?:democracy|reform)|democracy|opposition|antigovernment|antiwar)\b", re.IGNORECASE)
def _home_of_a_people(found: list[CountryMatch], text: str) -> str | None:
    """The state where people the text names by their people live, when it says so: "an ethnic Uyghur living in
    Australia" (a state's name after), "Sikh Americans" (a state's adjective right after); None otherwise."""
    if not found or not country_index().people(found[0].text):
        return None
    state = next((f for f in found[1:] if f.kind == "name" or
                  f.kind == "demonym" and text[found[0].end:f.start].strip() == ""), None)
    return state.code if state is not None else None


def _misspelt_country(text: str) -> str | None:
    """The country a long capitalised word misspelt by one letter names, unless the word is a place or part of
    a known figure's name ("Indiana" is a state, no India)."""
    from .places import city, region

    for m in _CAPITALISED_WORD.finditer(text):
        word = m.group(0)
        if country_index().find(word):
            continue  # spelt right: the index left it out on purpose ("British Columbia", "Persian Gulf")
        key = word.casefold()
        if key in common_given_names() or key in surnames():
            continue  # a name's ("Frances" is no France, "Malik" no Mali, "Irani" a surname too)
        # (a short word only by one slip)
        found = country_index().exact_slip(key) if len(word) < 7 else country_index().misspelt(key)
        if found and region(word) is None and city(word) is None and find_person(text) is None:
            return found
    return None


_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]{4,}\b")


def _names_kin(text: str) -> bool:
    """Whether the kin word is part of how the figure is named ("Prince Harry, the king's son" no; "Kim Jong Un"
    no kin at all): the relative is the figure only when the text names no one else's relative."""
    return not _SOMEONES_KIN.search(text)


def _misspelt_role(text: str) -> tuple[str | None, str | None]:
    """The sector of a role word of nine letters or more misspelt by one letter ("millitants", "goverment"), when
    only one role word is that close and the first and last letters agree (shorter words are too often another
    word: "exports" is no misspelt "experts")."""
    index = _role_variants()
    for word in re.findall(r"[A-Za-z]{9,}", text):
        key = word.casefold()
        if key in lexicon().roles:
            continue  # spelt right: role_sector has read it and passed it over ("a medical helicopter")
        found = {index.get(v) for v in _deletions(key) | {key}} - {None}
        found = {r for r in found if (r[0], r[-1]) == (key[0], key[-1])}
        # (one word, or its singular and plural: "terorists" is one letter from "terrorists" and from "terrorist")
        if found and len({lexicon().roles[r] for r in found}) == 1 and \
                len({_singular(r) or r for r in found}) == 1:
            role = found.pop()
            return lexicon().roles[role], word
    return None, None


@lru_cache(maxsize=1)
def _role_variants() -> dict[str, str]:
    """Role words of eight letters or more and their one-letter deletions; a variant two words share is left out."""
    return _unambiguous((v, word) for word in lexicon().roles if len(word) >= 8 and word.isalpha()
                        for v in _deletions(word) | {word})


PLACE_RULES = ("country", "city", "capital-metonym", "region")  # rules of ``code`` that name a state or a place
# the offices of a body's head, one list for the ways a description names the body
HEAD_WORDS = "president|chairman|chairwoman|chair|director|head|founder|co-founder|chief executive|leader|" \
    "secretary-general|secretary general"
# "Planned Parenthood's president": the head of a body named before the office
_OWNED = re.compile(rf"(?P<body>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*?)['’]s?\s+(?:\w+\s+){{0,2}}?"
                    rf"(?i:{HEAD_WORDS})")
# (not "head of state", "head of government": offices, no bodies)
_HEADS = re.compile(rf"(?:\w+\s+){{0,3}}?(?:{HEAD_WORDS})\s+(?:of|at)\s+(?!(?:state|government)\b)(?P<body>[A-Z].*)",
                    re.IGNORECASE)


def body_led(role: str) -> ActorCode | None:
    """"president of Students For Life of America", "founder of Judicial Watch": the head of a body has the
    body's sector, and none when the body is unknown (not the government's that "president" alone suggests)."""
    m = _HEADS.fullmatch(role) or _OWNED.fullmatch(role)
    if m is None or re.search(r"\b(?:chief executive|ceo|managing director)\b", m.group(0)[:m.start("body")],
                              re.IGNORECASE):
        return None  # (a chief executive heads a firm, known or not; an executive director may head a charity)
    text = re.sub(r"^the\s+", "", m.group("body"))
    firm = lexicon().as_org.get(text.casefold())
    if firm is not None:
        return ActorCode(firm.country or None, firm.sector, firm.name, "head of a listed body")  # "... of Intel"
    body = code(text)
    if body.rule in PLACE_RULES or text in ("North", "South", "East", "West"):  # ("the North's leader")
        return None  # a state or a place: "president of Russia" is its head of state
    if body.country and body.sector is None and re.search(r"\bRepublic\b", text) and \
            re.match(r"(?:\w+\s+){0,3}?(?:head|leader)\b", m.group(0), re.IGNORECASE):
        # "Head of the Chechen Republic", "leader of the Republic of Dagestan": a republic within a state
        return ActorCode(body.country, "GOV", None, "head of a republic")
    named = all(w[:1].isupper() for w in text.split() if len(w) > 3)  # a body's own name: "Students For Life"
    # (people named in a body's name are no sector: "Students For Life of America", "Citizens United"; nor is a
    # role word inside the name that is not its own head: "the Congressional Leadership Fund" is no legislature)
    word = body.rule[len("role:"):]
    first = re.split(r"\s+(?:of|in|at|for|on)\s+", text)[0]
    inside = body.rule.startswith("role:") and (body.sector == "CVL" or not first.casefold().endswith(
        word.casefold()) and role_sector(first.split()[-1])[0] != body.sector) and \
        not re.search(rf"\b(?:of|at)\s+(?:\w+\s+)?{re.escape(word)}\b", text)
    # (the name's own head may be another word of the sector: "Marist College Institute for Public Opinion")
    # (a role word after "of" names the members, "Council of Churches"; after "at" the host, "the Center for
    # Environmental Politics at the University of Washington")
    if body.org is None and body.sector == "NGO" and _ADVOCACY.match(text):
        return ActorCode(body.country, "NGO", None, "head of a group named for its cause")
    if body.org or (body.sector and not (named and inside)):
        return None  # a known body, or a state's: the whole description codes as usual
    return ActorCode(body.country, None, None, "head of an unknown body")


# nouns for how one person stands to another named before ("Putin confidant Yevgeny Prigozhin")
RELATIONS = {"ally", "confidant", "confidante", "rival", "critic", "aide", "adviser", "advisor", "loyalist", "protege",
             "protégé", "friend", "associate", "crony", "opponent", "challenger", "successor", "predecessor", "pick",
             "nominee", "appointee", "envoy", "spokesman", "spokeswoman", "backer", "donor", "foe", "nemesis"}


def _figure_named_after_another(text: str) -> Org | None:
    """The listed figure named last, after another and a noun for how they stand to the first ("Trump ally Elon
    Musk"); None when the string is no such pair ("Putin and Xi")."""
    found = list(lexicon().people_pattern.finditer(text))
    if len(found) < 2 or text[found[-1].end():].strip(" ,.;"):
        return None
    between = re.fullmatch(r"(?:['’]s?)?\s+((?:[a-z][\w-]*\s+){1,3})", text[found[-2].end():found[-1].start()])
    if between is None or between.group(1).split()[-1] not in RELATIONS:
        return None
    return find_person(text[found[-1].start():])


def _detokenized(text: str) -> str:
    """An actor string as written from one a tokenizer split ("anti - government protesters", "Russia 's army",
    "U.N . peacekeepers", "the Sudanese Armed Forces ( SAF )"), as lists of extracted actors often hold them."""
    text = html.unescape(text)  # ("AT&amp;T": an entity a scraper left)
    # (a hyphen typeset as another character, or a dash between two words: "pro‑Russian", "Iran–backed")
    text = re.sub(r"(?<=\w)[\u2010\u2011\u2012\u2013\u2212](?=\w)", "-", text)
    text = re.sub(r"[\u00a0\u2009\u202f]", " ", text)  # (no-break and thin spaces)
    text = re.sub(r"\b([A-Z]{1,3}) & ([A-Z]{1,3})\b", r"\1&\2", text)  # ("AT & T", "M & S")
    # (not "Kyiv - the capital": a dash before an article is punctuation)
    text = re.sub(r"(?<=\w|\.) [-–] (?!(?:the|a|an|his|her|its|their|this|that)\b)(?=\w)", "-", text)
    text = re.sub(r"\s+(['’]s?)(?=\s|$)", r"\1", text)  # ("Russia 's army", "the protesters ' leaders")
    text = re.sub(r"(?<=\b[A-Z]\.[A-Z]) \.", ".", text)  # ("U.S .", "U.N .")
    return re.sub(r"\(\s+", "(", re.sub(r"\s+\)", ")", text))


def code_alone(text: str, context: str = "", date: str | None = None) -> ActorCode:
    """``code`` for an actor string read out of any text (a list of actors, NGEC's resolver cases): a firm's
    short name alone is the firm ("Apple"), a town named alone stands for its people ("Mongwalu": CVL), as NGEC
    codes it. Inside an article the clause decides instead (the tagger tells the firm from the fruit; a town that
    is attacked is its people, one that acts speaks through its authorities), so the pipeline calls ``code``.
    Likewise a name no list knows, romanised in mainland pinyin ("He Zhihua"), is a Chinese civilian's
    there, while in an article the text says who the person is."""
    from .places import largest_town

    text = _detokenized(text).strip()
    bare = re.sub(r"^the\s+", "", text)
    firm = lexicon().as_org.get(bare.casefold()) if bare[:1].isupper() else None
    if firm is not None:  # an actor named by a firm's short name alone is the firm ("Apple", "Meta": no town Amet)
        return ActorCode(firm.country or None, firm.sector, firm.name, "a firm's short name")
    got = code(text, context, date)
    if got.country is None and got.sector is None and \
            len(bodies := lexicon().local.get(bare, ())) > 1 and len({b.sector for b in bodies}) == 1 and \
            not bare.isupper():  # (not "the DPP": also a prosecutor)
        # "Labour", "Jamaat-e-Islami", "the Treasury" named alone: a name several states' bodies bear, all of one
        # sector; whose, only a country named with it says (in an article the clause and its country decide:
        # "Secretary of Labor" is no party)
        return ActorCode(None, bodies[0].sector, None, f"a name {len(bodies)} states' bodies bear")
    if text.islower() and got.country is None and got.org is None and not got.rule.startswith("person"):
        # "president putin", "vladimir putin": names written in lower case, read in capitals (only when that finds
        # a listed name or a state: "a source" stays a source)
        cased = code(" ".join(w if w in _STARTERS else w[:1].upper() + w[1:] for w in text.split()), context, date)
        if cased.country is not None and (cased.org is not None or cased.rule.startswith("person") or
                                          cased.rule == "country"):
            got = cased
    pair = re.split(r"\s+(?:and|&)\s+|\s*[,/]\s*", text, maxsplit=1)
    if len(pair) == 2 and got.rule != "country":
        first = code(pair[0], context, date)
        adjective = [f for f in country_index().find(pair[0]) if f.kind == "demonym"]
        joined = re.match(r"\s+(?:and|&)\s", text[len(pair[0]):]) is not None
        # (a capital joined to another actor is its government; "Kyiv, Ukraine" is a place)
        if (first.rule in ("country", "lexicon-org") or first.rule.startswith("person") or
                joined and first.rule == "capital-metonym") and \
                not (adjective and len(pair[0].split()) == 1):  # ("Ukrainian and Polish officials": one actor)
            # "Israel and Hamas", "Israel, Hamas", "the US and its allies": two actors joined, coded as the first
            # (not as whichever body the lists find first); "Ukrainian and Polish officials" are one actor, coded
            # whole, and so is a name with its description ("Ahmed Ali, spokesman for Hamas")
            got = first
    if got.sector is None and _town(text) and (got.rule == "city" or got.rule == "country-in-text" and
                                               re.fullmatch(r"(?:[A-Z][\w'’-]*\s*)+", text)):
        return replace(got, sector="CVL")  # (also "Gaza City", whose first word names a territory)
    adherents = _ADHERENTS.fullmatch(text)
    if adherents is not None and got.sector in (None, "CVL") and got.org is None:
        # "Rakhine Buddhists", "Sunni Muslims": a faith's adherents, coded by the CAMEO religion code NGEC uses
        # for them ("Buddhist monks" are clergy, REL; "Muslim protesters" protesters); the first faith word
        # decides ("Coptic Christians": CPT)
        words = [w.casefold().rstrip("s") for w in re.findall(r"[\w'’-]+", text)]
        faith = next(_RELIGION_CODES[w] for w in words if w in _RELIGION_CODES)
        return replace(got, sector=faith, rule=f"{got.rule}; adherents of a faith")
    if got.rule == "demonym" and not re.search(r"[A-Z][\w'’-]*\s+(?:\S+\s+)*[A-Z]", text):
        # "Syrian island", "Russian positions": a state's adjective before words that name no actor is an actor of
        # that state whose sector the words do not say, coded UNK as NGEC codes it ("Kazakhs" alone code no sector;
        # a name the lists lack, "Iranian Oil Terminals Company", stays uncoded)
        return replace(got, sector="UNK")
    if got.rule == "none" and (body := near_body(bare)) is not None:
        # "Huthis", "Taleban", "Hezbolla", "Hay'at Tahrir al-Sham": a listed body's name spelt a little apart
        near = code(body.name, context, date)
        return replace(near, rule=f"{near.rule}; near spelling of '{body.name}'")
    lead = _NAME_BEFORE_ROLE.fullmatch(bare) if got.org is None and got.country is None else None
    if lead is not None and (body := near_body(lead.group(1))) is not None and \
            body.sector != "PTY":
        # "Huthi rebels", "Taleban fighters": the body's members, its name spelt a little apart (not a party's
        # adjective, which the coder reads on purpose: "Republican voters" are voters)
        near = code(f"{body.name} {lead.group(2)}", context, date)
        if near.org == body.name:
            return replace(near, rule=f"{near.rule}; near spelling of '{body.name}'")
    if got.rule == "none" and chinese_name(text):
        return ActorCode("CHN", "CVL", None, "a name romanised in mainland pinyin")
    alone = _NAME_ALONE.fullmatch(text) and not acronym(text)
    if got.rule in ("none", "city", "country-in-text") and got.sector is None and alone:
        # a smaller town than code() takes without an article around it ("Sderot"), the town that gave a region
        # its name ("Kidal", "Natanz"), a town named for its country ("Port Sudan")
        # (not a given name alone: "Pedro" is someone, not the town in the Cayman Islands)
        town = largest_town(text) if text.casefold() not in given_names() else None
        if town is not None and got.country in (None, town.country):
            return ActorCode(town.country, "CVL", None, f"town '{town.name}'")
    placed = _IN_TOWN.search(text)
    if got.country is None and got.sector not in (None, "JNK", "UNK") and placed and not acronym(placed.group(1)) and \
            not _POSTED_IN.search(text[:placed.start(1)]):
        town = largest_town(placed.group(1))  # "residents of Sderot", "a school in Deir al-Balah"
        if town is not None:
            return replace(got, country=town.country, rule=f"{got.rule}; in town '{town.name}'")
    return got


# CAMEO's religion codes for a faith's adherents (code_alone only: PLOVER has no religion sector, so in an article
# they are civilians); the first faith word of the string decides, which in English is the more specific one
# ("Sunni Muslims", "Coptic Christians")
_RELIGION_CODES = {"coptic": "CPT", "copt": "CPT", "maronite": "MRN", "sunni": "SUN", "shia": "SHI", "shiite": "SHI",
                   "shi'ite": "SHI", "sufi": "SFI", "alawite": "ALE", "druze": "DRZ", "catholic": "CTH",
                   "protestant": "PRO", "evangelical": "PRO", "mormon": "LDS", "hasidic": "HSD", "jain": "JAN",
                   "sikh": "SIK", "baha'i": "BAH", "bahai": "BAH", "zoroastrian": "ZRO", "buddhist": "BUD",
                   "hindu": "HIN", "jew": "JEW", "jewish": "JEW", "christian": "CHR", "muslim": "MOS",
                   "moslem": "MOS"}
_ADHERENTS = re.compile(r"(?:(?:the|an?)\s+)?(?:(?:[A-Z][\w'’-]+\s+){0,2})?(?:" +
                        "|".join(sorted({re.escape(w.capitalize()) for w in _RELIGION_CODES if w != "jewish"},
                                        key=len, reverse=True)) +
                        r")s?", re.IGNORECASE)


_NAME = r"[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|(?:al|el|ad|as|ash|at|az|ar|ed|ez|es)-[A-Z][\w'’-]*)){0,2}"
_NAME_BEFORE_ROLE = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+([a-z][a-z -]+)")  # "Huthi rebels"
_NAME_ALONE = re.compile(_NAME)
_IN_TOWN = re.compile(rf"\b(?:in|of|from|near)\s+({_NAME})\Z")


# a works or site named for the town or area it stands in: "the Zaporizhzhia nuclear plant", "the Kakhovka dam",
# "Natanz enrichment facility", "Bagram air base"
_FACILITY = re.compile(r"((?:[A-Z][\w'’-]+\s+){1,3}?)"
                       r"(?:nuclear\s+(?:power\s+)?|hydroelectric\s+|power\s+|oil\s+|gas\s+|enrichment\s+|"
                       r"military\s+|naval\s+|air\s+|international\s+|railway\s+|train\s+|bus\s+)?"
                       r"(?:plant|station|facility|site|reactor|complex|dam|airport|air\s?base|base|port|seaport|"
                       r"refinery|field|terminal|pipeline|bridge|border\s+crossing|crossing|checkpoint|prison|jail|"
                       r"factory|mine|depot|warehouse)s?", re.IGNORECASE)


def _facility_country(name: str) -> str | None:
    """The country of the town or area a works or site is named for ("the Kakhovka dam": Ukraine), a town of any
    size, since plants, dams and bases are often named for small ones; None when the name is not a place."""
    from .places import city, largest_town, region

    found = _FACILITY.fullmatch(name)
    place = found.group(1).strip() if found else ""
    if not place[:1].isupper() or acronym(place) or place.casefold() in given_names():
        return None
    if any(w[:1].islower() for w in place.split()):
        return None
    area = region(place) or city(place)
    if area is None and not (" " not in place and place.casefold() in surnames()):
        area = largest_town(place)  # (a small town that is also a surname is a firm's: "the Walker plant")
    return area.country if area is not None else None


def _town(text: str) -> bool:
    from .places import city

    name = text.strip()
    found = city(name[4:] if name.lower().startswith("the ") else name)
    return found is not None and found.kind == "city"


def acronym(name: str) -> bool:
    """"ABC", "NISA": an organisation's initials, never the town of the same letters."""
    return name.isupper() and name.isalpha() and len(name) <= 6


def _namesake_in(context: str, person: Org) -> bool:
    """Whether a context describes someone of another state in a role ("Iraqi lawmaker" beside the name of a listed
    American boxer): then the name is a namesake's, not the listed figure's. Only a short description counts, not
    a sentence, which may speak of others ("Macron met the Ukrainian president")."""
    if len(context.split()) > 4:
        return False
    found = [f for f in country_index().find(context) if national(f.code)]
    return bool(found) and national(person.country) and \
        found[0].code not in {person.country, person.before_country, person.after_country} and \
        (role_sector(context)[0] not in (None, "UNK", "JNK") or  # (or the context is a nationality alone: "French")
         len(found) == 1 and found[0].kind == "demonym" and found[0].text == context.strip())


_LOYAL_TO = re.compile(r"\b(?:loyal|allied)\s+(?:to|with)\s+(?:the\s+)?\Z")


def code(text: str, context: str = "", date: str | None = None) -> ActorCode:
    """Country and sector of an actor string ("Mexican authorities", "the Kremlin", "Brazilians"). ``date``
    (ISO, the text's date) decides whether a well-known person still held the listed office; without a date
    the office is assumed held (the coding of an undated text never depends on the day it is run)."""
    s = " ".join(text.replace("’", "'").split())
    # a stance is no allegiance ("an anti-Syria journalist" is not Syrian), unless a body is named for it
    # ("anti-Balaka" militias)
    if _STANCE.search(s):
        named = find_org(s)
        s = " ".join(_STANCE.sub(lambda m: m.group(0) if named and named[1] <= m.start() < named[2] else " ",
                                 s).split())
    if re.fullmatch(r"(?:19|20)\d\d", s):
        return ActorCode(None, "JNK", rule="a time, not an actor")  # a year
    if not s or not any(c.isalpha() for c in s):
        return ActorCode(None, None, rule="empty")
    if (critic := _CRITIC_OF.fullmatch(s)) is not None:
        target = code(critic.group(1), "", date)
        if target.sector == "GOV" and target.country and len(target.country) == 3 and \
                target.country not in ("IGO", "UNO", "EUR"):
            # "a Kremlin critic", "Erdogan critics": the government's domestic opponents (its foreign critics are
            # named by their own office: "a senator critical of the Kremlin")
            return ActorCode(target.country, "OPP", None, f"critic of {critic.group(1)}")
    sponsored = _SPONSORED.match(s)
    org = find_org(s)
    if org is not None and any(m.start() <= org[1] and org[2] <= m.end() and m.end() - m.start() > org[2] - org[1]
                               for m in lexicon().people_pattern.finditer(s)):
        org = None  # a body's name inside a listed person's ("Duma Boko" is Botswana's president, not the Duma)
    if org is not None and org[0].sector != "PTY" and " " not in org[0].name.strip() and \
            _surname_after_given(s, org[1], org[2]):
        org = None  # a body's one-word name after a given name is a surname ("Ann Wagner", "Anthony Philips")
    if org is not None and (_THINKS_OF.search(s[:org[1]]) or
                            re.match(r"\s+(?:watchers?|scholars?|historians?|critics?|opponents?|foes?|detractors?|"
                                     r"skeptics?|sceptics?)\b", s[org[2]:])):
        # "a longtime skeptic of NATO" is no member of it (nor is "Hamas" then read as a town: Hamm), nor is "a
        # longtime Congress watcher" or a "Kremlin critic" (but "UN experts" and "UN observers" are the UN's own)
        s, org = s[:org[1]] + " " * (org[2] - org[1]) + s[org[2]:], None
    if sponsored and not (org and org[1] <= sponsored.start("kind") < org[2]) and \
            sponsored["rest"].strip():
        # "Iran-backed militias" are not Iranian; a "Hamas-run health ministry" is Hamas's
        inner = code((sponsored["pre"] + sponsored["rest"]).strip(), context, date)
        how = f"{sponsored['sponsor']}-{sponsored['kind'].lower()}"
        if sponsored["kind"].lower() in BACKING:
            return replace(inner, rule=f"{inner.rule}; {how}")
        sponsor = code(sponsored["sponsor"], "", date)
        # "state-run television", "Kremlin-controlled media": media run by a government speak for it, and the
        # "Houthi-run Saba news agency" for the Houthis
        state = (sponsor.sector == "GOV" or role_sector(s)[0] == "GOV") and inner.sector in ("JRN", None)
        armed = sponsor.sector in ("REB", "MIL", "PRM") and inner.sector in ("JRN", None)
        # a force "Kenyan-led" or a coalition "U.S.-led" is of the state leading it, wherever it is, and what a
        # group runs is where the group is ("Houthi-run": Yemen, whatever town the name recalls); an official a
        # state installed serves it ("the Russian-installed governor of Zaporizhzhia" is Russia's)
        ruling = sponsored["kind"].lower() in ("led", "run", "installed", "appointed")
        country = (sponsor.country or inner.country) if ruling else (inner.country or sponsor.country)
        sector = "GOV" if state else sponsor.sector if armed else inner.sector or sponsor.sector
        return ActorCode(country, sector, inner.org, f"{inner.rule}; {how}")
    if _TIME.fullmatch(s) or _TIME_AFTER_PREPOSITION.fullmatch(s):
        return ActorCode(None, "JNK", rule="a time, not an actor")  # NGEC's code for strings that name no one
    if re.fullmatch(r"(?:the\s+)?pope", s, re.IGNORECASE):
        return ActorCode("VAT", "REL", None, "the pope")  # the pope of the day speaks for the Holy See
    if _PRONOUN.fullmatch(s) and s != "US":  # ("US" in capitals is the country)
        return ActorCode(None, "UNK", rule="pronoun")  # who it is depends on the text around it
    if _CALL_SIGN.fullmatch(s) and not org and s.upper() not in NOT_STATIONS and \
            not country_index().capital(s.title()):  # ("KYIV" in capitals is the city)
        return ActorCode("USA", "JRN", None, "call sign")  # "WDBJ", "KQED-FM": a US broadcaster
    countries = country_index()
    sector, role = role_sector(s)
    committee = _COMMITTEE.search(s) if org is None else None
    if committee is not None:
        # "the House Judiciary Committee", "Senate Armed Services Committee Chairman": a legislature's committee,
        # whatever it oversees (and whatever town it looks into: "the House Select Committee on Benghazi")
        sector, role = "LEG", committee.group(0)
    if sector == "CVL" and role is not None and role.casefold() in PROTESTERS and _OPPOSING.search(text):
        sector = "OPP"  # "antiwar protesters", "pro-democracy activists", "anti-government demonstrators"
    found = [f for f in countries.find(s) if not _subject_of(s, f) and not _ancestry(s, f) and
             not _WATER_OF.search(s[:f.start]) and  # ("the Gulf of Oman", "the Sea of Japan": a sea, no state)
             not _named_war(s, f) and  # ("a Vietnam War veteran", "a Mexican War hero": where, not whose)
             not _country_as_name(s, f)]
    posted = [f for f in found if _POSTED_TO.search(s[:f.start]) or _SENT_TO.search(s[:f.start]) or
              _POSTED_IN.search(s[:f.start])]
    if posted and len(posted) == len(found):
        found = []  # "ambassador to Israel", "a special envoy to Ukraine": posted there, sent by a state unnamed
    country = found[0].code if found else None
    if country is None and committee is not None and re.match(r"House\s+(?!of\b)[A-Z]", committee.group(0)):
        country = "USA"  # "the House Natural Resources Committee": only the US House names its committees so
    if country is None and org is None and (one := _ONE_STATE_TITLE.search(s)):
        country = one.lastgroup  # "the Taoiseach", "Secretary of State": a title only one state gives
    if country is None and org is None and sector is not None and \
            (lead := re.match(r"(?:the\s+)?((?:[A-Z][a-z]+\s+){1,2})[A-Z]", s)) and _us_state_before(lead.group(1)):
        country = "USA"  # "Minnesota Public Radio", "the Ohio State Highway Patrol": a body a US state's name begins
    if country is None and us_state_context(s) and any(state in s for state in AMBIGUOUS_US_STATES):
        country = "USA"  # "Georgia Secretary of State Brad Raffensperger": the state's
    states = {f.code for f in found} | ({f.code for f in countries.find(context)} if context else set())
    if org is not None and lexicon().local_pattern is not None and lexicon().local_pattern.search(s) and \
            (named := find_person(s)) is not None and len(named.country) == 3:
        states.add(named.country)  # "Congress leader Rahul Gandhi": the party of the figure's state
    local = local_org(s, states) if states else None
    if local is not None and (org is None or org[0].country not in states):
        org = local  # "Nigeria's APC", "the NDP" with Egypt in the context
    if sector is None and org is None and (cause := _ADVOCACY.search(s)):
        sector, role = "NGO", cause.group(1)  # "the Committee for Freedom in Hong Kong", "Coalition to Stop ..."
    if sector is None and org is None and (field := _RESEARCH_BODY.search(s)):
        sector, role = "EDU", field.group(0)  # "the Center for Naval Analyses": scholars, as a listed think tank's
    if sector is None and org is None:
        sector, role = _misspelt_role(s)  # "millitants", "goverment"
    if country is None and org is None:
        country = _misspelt_country(s)  # "Ukranian soldiers", "Isreali troops"
    if role is not None and role.casefold() in AIRCRAFT and country is None and org is None:
        sector, role = None, None  # "the helicopter", "their jets": whose they are, the words do not say
    if role is not None and role.casefold() == "chief executive" and \
            (country in ("HKG", "MAC") or re.search(r"\b(?:Hong Kong|Macau|Macao)\b", s)):
        sector = "GOV"  # Hong Kong's and Macau's heads of government are titled chief executive
    if found and countries.people(found[0].text):
        state = _home_of_a_people(found, s)
        if state is not None:
            country = state
        elif sector == "MIL":
            sector = "REB"  # "Tigrayan forces", "Baloch fighters": a people's armed men are rebels, not a state's army
    if org is not None and (_POSTED_TO.search(s[:org[1]]) or
                            org[0].country in ("UNO", "IGO") and _AMBASSADOR_AFTER.match(s[org[2]:])):
        # "Canadian Ambassador to the United Nations", "the U.N. ambassador": the body is where the envoy is
        # posted, not who sent them (a "U.N. envoy" is the UN's own)
        before = countries.find(s[:org[1]])
        sector = "ELI" if _FORMER.search(s[:org[1]]) else "GOV"
        return ActorCode(before[0].code if before else None, sector, None, "envoy-to-body")
    if org is not None and (target := _TARGET_OF.search(s[:org[1]])) and \
            not (org[0].sector == "JRN" and target.group(0).split()[0].lower() in ("on", "about")) and \
            (held := role_sector(s[:org[1]]))[0] not in (None, "UNK", "JNK"):
        # (but "an analyst on Fox News" speaks on its air)
        before = [f.code for f in countries.find(s[:org[1]]) if national(f.code)]
        return ActorCode(before[0] if before else None, held[0], None, f"role:{held[1]}; the body is its target")
    if org is not None:
        # (a body listed with no country is of the one named outside its name: the "Carnegie Russia Eurasia
        # Center" is no Russian body)
        outside = [f.code for f in found if not org[1] <= f.start < org[2]]
        org_country = org[0].country or (country if country in outside or not found else
                                         outside[0] if outside else None)
        named = countries.find(s[:org[1]])
        if named and org[0].sector in ("GOV", "MIL", "SPY", "COP", "LEG", "JUD") and len(org_country) == 3 and \
                org_country not in ("IGO", "UNO", "EUR") and named[-1].code != org_country:
            org_country = named[-1].code  # "Chile's Justice Department": a state body's name other states use too
        org_sector = org[0].sector_at(date) or sector
        organ = role_sector(s[org[2]:])[0]
        if org[0].sector == "IGO" and organ in ("LEG", "MIL", "JUD", "COP", "SPY") and \
                not re.search(r"\b(?:investigators?|representatives?)\b", s[org[2]:], re.IGNORECASE):
            # (UN investigators are the UN's, and a UN representative is its envoy, no legislator)
            org_sector = organ  # an organ of an international body: "the EU legislature", "NATO troops"
        elif org[0].sector == "GOV" and org_sector == "GOV" and \
                (organ in ("MIL", "SPY") or organ == "COP" and _ARMED_POLICE.search(s[org[2]:])):
            # a government's armed organ: "Palestinian Authority security forces" (not "USDA investigators")
            org_sector = organ
        elif org[0].sector in ("GOV", "MIL") and org_sector in ("GOV", "MIL") and _LOYAL_TO.search(s[:org[1]]) \
                and (armed := role_sector(s[:org[1]])[0]) in ("MIL", "SPY", "COP", "REB", "PRM"):
            # "forces loyal to the GNA" are its army; "militias loyal to the government" irregulars on its side
            org_sector = "PRM" if armed in ("REB", "PRM") else armed
        # (the role a party's name is written with, the name blanked: "GOP Gov.", "Labour MPs")
        party_role = role_sector(s[:org[1]] + " " * (org[2] - org[1]) + s[org[2]:]) \
            if org[0].sector == "PTY" and org_sector == "PTY" else (None, None)
        if sector == "ELI" and role is not None and \
                (role.casefold() in _RESEARCH_STAFF or role.casefold().endswith(("analyst", "analysts"))) and \
                not _PAST_HOLDER.search(s[:org[2]]):
            pass  # "a senior fellow at the Hoover Institution", "a CIA analyst": the body's own staff, of its sector
        elif sector == "ELI" or (org_sector in ("GOV", "SPY", "MIL", "LEG") and _PAST_HOLDER.search(s[:org[2]])):
            org_sector = "ELI"  # "a former CIA official", "an ex-CIA officer": who served once
        elif org[0].sector == "PTY" and org_sector == "PTY" and \
                (party_role[0] == "LEG" or
                 re.search(r"\b(?:House|Senate)\s+\Z", s[:org[1]]) or re.match(r"(?:House|Senate)\s", s[org[1]:])):
            org_sector = "LEG"  # "House Republicans", "Senate Democrats", "Labour MPs": a party's legislators
        elif party_role[0] == "GOV" and party_role[1] is not None and \
                party_role[1].casefold() not in GENERIC_HEADS | _PARTY_STAFF:
            # "GOP Gov. Matt Bevin": a party's governor (not "a GOP official", its staff; and "court" after a
            # party's name is more often the verb: "help Barger court Democrats")
            org_sector = "GOV"
        elif org[0].sector == "PTY" and org_sector == "PTY" and re.search(r"\bopposition\s+\Z", s[:org[1]],
                                                                          re.IGNORECASE):
            org_sector = "OPP"  # "the opposition Labour Party", "India's opposition Congress party"
        elif org[0].sector == "BUS" and re.search(r"\b(?:at|of|for|from)\s+(?:an?\s+|the\s+)?\Z", s[:org[1]]) and \
                role_sector(s[:org[1]])[0] == "LAB":
            org_sector = "LAB"  # "workers at a Samsung plant", "employees of Amazon": labour, not the firm
        if _FOLLOWING.match(s[org[2]:]):
            # "Hamas supporters", "Labour supporters": a body's following are civilians, not its members
            return ActorCode(org_country or None, "CVL", org[0].name, "a body's following")
        if organ == "JRN" and org[0].sector != "JRN":
            # "a Russian military blogger", "a Pentagon reporter": who writes about the body, not of it
            return ActorCode(org_country or None, "JRN", None, "journalist of a body's beat")
        # A role inside the org name ("Defense Ministry") does not override the body's own sector.
        return ActorCode(org_country or None, org_sector, org[0].name, "lexicon-org")
    person = find_person(s)
    if person is None and org is None:
        titled, titled_country = titled_figure(s, date)
        person = titled
        country = country or titled_country  # ("President Deby": one of two Débys, both Chad's)
    governing = _LEADERS_GOVERNMENT.fullmatch(s)
    if governing is not None and org is None:
        # "the Trump administration", "the Morrison government", "Ortega's government": the government a leader
        # headed acts as the state's, in office or since (no former official's staff, ELI)
        leader = person or office_holder(governing.group(1).split()[-1], "GOV", date)[0]
        if leader is not None and national(leader.country):
            return ActorCode(leader.country, "GOV", None, f"government of '{leader.name}'")
    if person is not None and (second := _figure_named_after_another(s)) is not None:
        person = second  # "Putin confidant Yevgeny Prigozhin", "Trump ally Elon Musk": the one named last
    figure_at = lexicon().people_pattern.search(s) if person is not None else None
    if figure_at is not None and _STANCE_OF.search(s[:figure_at.start()]):
        person = None  # "a close friend of Prime Minister Netanyahu" is not Netanyahu
    if person is not None and context and _namesake_in(context, person):
        person = None  # "Mohammed Ali" as "the Iraqi lawmaker": a namesake of the listed boxer, coded by the context
    held: tuple[str, str, str] | None = None  # another office the person held at the date ([spells])
    if person is not None and role is not None:
        # a role word inside the figure's own name says nothing ("Sheikh Hasina", "Choe Son Hui"); one outside
        # it does ("President Putin")
        sector, role = role_sector(lexicon().people_pattern.sub(lambda m: " " * len(m.group(0)), s))
        if role is not None and role.casefold() in GENERIC_HEADS and \
                (re.search(rf"['’]s?\s+(?:\w+\s+)?{re.escape(role)}\b|\b{re.escape(role)}\s+(?:for|to|of)\s+", s,
                           re.IGNORECASE) or
                 figure_at is not None and re.match(rf"\s+(?:\w+\s+)?{re.escape(role)}\b", s[figure_at.end():])):
            # "Guterres' spokesman", "an aide to Putin", "a Trump adviser": the figure's own staff, of the figure's
            # sector (one who served once, or served a figure out of office, is of the elite: "a former adviser to
            # Bill Clinton"; one who serves a figure before the figure takes office serves what the figure is
            # then: "a spokeswoman for Trump" in 2016 is his campaign's)
            sector = "ELI" if _PAST_HOLDER.search(s) else \
                (person.before or "ELI") if person.not_yet(date) and person.sector in OFFICES else \
                "ELI" if person.out_of_office(date) and person.sector in OFFICES else person.sector_at(date) or sector
        elif role is not None and role.casefold() in BARE_HEADS | OFFICE_TITLES and person.sector in OFFICES and \
                person.out_of_office(date) and (held := person.spell_at(date)) is not None and \
                not _PAST_HOLDER.search(s):
            sector = held[1]  # "President Tusk" in 2016: the head of the body he led then ([spells])
        elif role is not None and any_bodys_title(person, role, sector, date):
            sector = person.sector_at(date)
        elif role is not None and role.casefold() in BARE_HEADS and person.sector in OFFICES and \
                not person.out_of_office(date) and not _PAST_HOLDER.search(s):
            sector = person.sector_at(date)  # "Chairman Xi", "Leader McConnell": the listed office's head
        elif role is not None and role.casefold() in _CLERICAL_RANKS and person.sector in OFFICES + ("REB",) and \
                not person.out_of_office(date):
            sector = person.sector_at(date)  # "Ayatollah Khamenei", "Mullah Baradar": a cleric's rank, no office
    if person is not None and country is not None:
        # a country word inside the name itself ("Volker Turk") says nothing about the person
        # (nor does a family name the list leaves out after it: "Nicolás Maduro Moros" is no Moro of the Philippines)
        blanked = _without_names(s)
        inside = countries.find(blanked)
        country = (_home_of_a_people(inside, blanked) or inside[0].code) if inside else None
    if person is not None:
        if role is not None and role.casefold() in KIN and not _names_kin(s):
            # "Putin's daughter", "Netanyahu's wife Sara": a relative, not the figure; PLOVER codes the family
            # of (former) government officials ELI, other relatives by their own role
            return ActorCode(country or person.country, "ELI" if person.sector in OFFICIALS else sector,
                             None, f"relative of person '{person.name}'")
        if sector == "ELI" or (sector is None and _FORMER.search(s)):
            return ActorCode(country or person.country, "ELI", None, f"person '{person.name}', former")
        if sector is None and person.sector in OFFICES and person.out_of_office(date) and \
                (spell := person.spell_at(date)) is not None:
            return ActorCode(country or spell[0], spell[1], None,
                             f"person '{person.name}', out of the listed office then ({spell[1]} of {spell[0]}, "
                             f"{spell[2]})")
        if sector is None and person.sector in OFFICES and person.not_yet(date):
            return ActorCode(country or person.before_country or person.country, person.before or "ELI", None,
                             f"person '{person.name}', in office only from {person.took}")
        if sector is None and person.sector in OFFICES and person.out_of_office(date):
            left = person.until is not None and date is not None and date[:len(person.until)] > person.until
            return ActorCode(country or (person.after_country if left else None) or person.country,
                             person.after or "ELI", None,
                             f"person '{person.name}', out of office since {person.until}" if left else
                             f"person '{person.name}', out of office at that date (between terms)")
        return ActorCode(country or (held[0] if held else person.country), sector or person.sector, None,
                         f"person '{person.name}'")
    if org is None and _LANGUAGE_SERVICE.fullmatch(s):
        # "the Somali Service", "VOA's" or the BBC's: a broadcaster's service in that language, of no Somali state
        return ActorCode(None, "JRN", None, "a broadcaster's language service")
    if sector is None and org is None and _FIRM_NAME.fullmatch(s):
        return ActorCode(country, "BUS", None, "a firm's name")  # "Kotak Securities", "Tocqueville Asset Management"
    if org is None and not found and re.fullmatch(r"(?:[Tt]he\s+)?(?!.*\b(?:Arab|African|Asian|European|Latin|Nordic|"
                                                 r"Western|Eastern|Islamic|Muslim|Christian)\b)"
                                                 r"(?:[A-Z][\w&'.-]*\s+){1,3}Group", s) and \
            role_sector(s[:s.rindex("Group")])[0] is None and not _town(s[:s.rindex("Group")].strip()):
        # "Dangote Group", "Zorbex Group": a name the lists lack and "Group" is a firm's (a group of states is named
        # for a place, "the Lima Group"; a group of armed men for its cause or kind, "Rebel Group")
        return ActorCode(None, "BUS", None, "a firm's name")
    masthead = _MASTHEAD.fullmatch(s) if sector is None and org is None else None
    if masthead is not None and masthead.group(1).split()[-1] not in _POSTS:
        # "the Jakarta Post", "Philippine Star", "The Sydney Morning Herald": a newspaper, of the state or city its
        # name carries
        from .places import city

        words = masthead.group(1).split()
        towns = (city(" ".join(words[:k])) for k in range(len(words), 0, -1)
                 if country is None and not acronym(" ".join(words[:k])))
        town = next((t for t in towns if t is not None), None)
        return ActorCode(country or (town.country if town else None), "JRN", None, "masthead")
    led = body_led(s.rsplit(", ", 1)[-1]) if sector is not None or re.match(r"(?:the\s+)?head\s+of\s", s, re.I) \
        else None
    if led is not None and (sector is not None or led.sector is not None):  # ("Head of the Chechen Republic")
        # "Mark Clifford, president of the Committee for Freedom in Hong Kong": no government's president
        return replace(led, country=led.country or country)
    if sector is None and country is None and _PARTY_FOLK.fullmatch(s):
        # "her Democratic allies", "his Republican rivals": members of a US party (a role word decides otherwise:
        # "Republican voters" are voters, "Democratic senators" legislators)
        return ActorCode("USA", "PTY", None, "US party members")
    if org is None and _US_PARTY_CHAIR.search(s):
        country, sector = country or "USA", "PTY"  # "Republican National Chairman", "the Democratic Party chair"
    if country is None and org is None and sector in ("LEG", "GOV", "PTY") and _US_PARTY_ROLE.search(s):
        country = "USA"  # "a Republican congressman", "Democratic senators" (not "Christian Democratic lawmakers")
    whole = countries.code(s)
    if whole:
        named = role is not None and role.casefold() in ("bank", "union")  # "the West Bank", "the Soviet Union"
        return ActorCode(whole, sector if sector and sector != "CVL" and not named else None, None, "country")
    if (seat_of := countries.capital(s)) and not dwarfed_capital(s, seat_of):
        return ActorCode(seat_of, "GOV", None, "capital-metonym")
    if country is not None and sector is None and org is None:
        from .places import region

        area = region(s[4:] if s.lower().startswith("the ") else s)
        if area is not None:  # "the Niger Delta" is in Nigeria, "Kurdistan Region" is not a country's name
            return ActorCode(area.country, None, None, "region")
    if country is None:
        from .places import city, fold_name

        name = s[4:] if s.lower().startswith("the ") else s
        # "media" is no Médéa: a role word alone names no town, and "NISA" is an agency, not Nisa
        # (and a word written in lower case is no town: "a ban" is not Van)
        bare = city(name) if not (role and role.casefold() == name.casefold()) and not acronym(name) and \
            name[:1].isupper() and not (context and name.casefold() in given_names() and
                                        role_sector(context)[0] is not None) else None
        # (a given name in a context that says who the person is names no town: "Ali", "a Taliban commander")
        if bare is not None and chinese_name(name) and fold_name(bare.name) != fold_name(name):
            bare = None  # a name in pinyin that a city lists among its other names is a person's ("Li Wei": Lévis)
        if bare is not None:  # "Mariupol": a large city stands for its country
            return ActorCode(bare.country, sector, None, "city")
        if (sector is not None or re.search(r"\b(?:in|of|near|from|outside)\s+[A-Z]", s)) and committee is None:
            # "Minsk police station", "the mayor of Kharkiv", "an amusement park in Kabul"; of "Moscow's envoy to
            # Kyiv" only what comes before the post (the city one is sent to is not one's own)
            sent = _SENT_TO.search(s[:s.rfind(" ") + 1])
            own = s[:sent.start()] if sent else s
            posted = [m for m in re.finditer(r"\b(?:in|at)\s+(?:the\s+)?(?=[A-Z])", own)
                      if _POSTED_IN.search(own[:m.end()])]
            own = own[:posted[0].start()] if posted else own  # ("the consul general in Los Angeles": posted there)
            country = _city_country(own) or _region_before(own, role)
        if country is None and committee is None:
            country = _facility_country(name)  # "the Zaporizhzhia nuclear plant", "Kakhovka dam"
    owner = re.search(rf"\b([A-Z][\w'’.-]+)\s+{re.escape(role)}\b", s) \
        if role is not None and role.casefold() in GENERIC_HEADS and country is None and org is None else None
    firm = lexicon().as_org.get(owner.group(1).casefold()) if owner is not None else None
    if firm is not None:
        # "an Intel spokesman": a firm the lists know by its short name speaks as the firm, no government (a word
        # no list knows says nothing: "Democratic officials", "Kurdish officials", "a Crowdpac spokesman")
        return ActorCode(firm.country or None, firm.sector, firm.name, f"{role} of a firm")
    generic = role is not None and role.casefold() in GENERIC_HEADS  # "the spokesman" of the Israeli military
    if context and (country is None or sector in (None, "UNK") or generic):
        ctx = countries.find(context)
        around = None
        if country is None:
            # (a context naming no state by name may still place the actor: "Kremlin", "Texas", "Kyiv")
            country = ctx[0].code if ctx else (around := code(context, "", date)).country
        body = around if around is not None else code(context, "", date)
        if body.org is not None and body.sector not in (None, "UNK", "JNK", "CVL") and \
                (sector in (None, "UNK") or generic or body.sector in NON_STATE) and \
                not (body.sector in ("GOV", "IGO") and sector in ("MIL", "JUD", "SPY", "COP", "LEG")):
            # a head, spokesman or name in a body's context is the body's ("the leader" of Hezbollah; "the
            # commander" of Wagner: a non-state body's commander is of that body, not a state's military; "Ahmed
            # Ali", "spokesman for the Houthis"), but a government's or an international body's judge or general
            # stays in that organ
            country, sector = country or body.country, body.sector
        elif generic and role_sector(context)[0] not in (None, "CVL", "UNK"):
            sector, role = role_sector(context)
        elif sector in (None, "UNK"):
            # "the group" in Hezbollah's context is Hezbollah's, "the agency" in the IAEA's the IAEA's
            context_sector, context_role = role_sector(context)
            if context_sector is None and ctx and (portfolio := _PORTFOLIO.search(context)):
                # "Colombian defense", "Venezuelan interior": the context names a state's portfolio, so its holder
                context_sector, context_role = "GOV", portfolio.group(1)
            if context_sector is not None:
                sector, role = context_sector, context_role
            else:
                sector = (around or code(context, "", date)).sector or sector
    if sector is None and found and found[0].kind == "demonym" and len(s.split()) > 1:
        return ActorCode(country, None, None, "demonym")
    return ActorCode(country, sector, None, f"role:{role}" if role else ("country-in-text" if country else "none"))
