"""Offline geocoding: towns, ports, regions, seas and zones, disambiguated by nearby countries."""

from __future__ import annotations

import pytest

from corroborate.analyze.places import geocode, load_gazetteer, normalize_place
from corroborate.settings import DEFAULT_SETTINGS


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(DEFAULT_SETTINGS.analyze.gazetteer_min_population)


def _at(found, lat, lon, tolerance=1.0):
    assert found is not None
    assert abs(found.place.lat - lat) < tolerance and abs(found.place.lon - lon) < tolerance, found


def test_cities_ports_regions_and_seas(gazetteer):
    _at(geocode(["Moscow"], gazetteer), 55.75, 37.62)  # the city, not the region around it
    _at(geocode(["Makhachkala"], gazetteer), 42.98, 47.50)
    _at(geocode(["Primorsko-Akhtarsk"], gazetteer), 46.05, 38.18)
    _at(geocode(["Tatarstan"], gazetteer), 55.4, 50.5)
    _at(geocode(["Dagestan"], gazetteer), 43.0, 47.0)
    _at(geocode(["Caspian Sea"], gazetteer), 41.7, 50.6, tolerance=3)
    _at(geocode(["the Black Sea"], gazetteer), 43.4, 34.0, tolerance=3)
    assert geocode(["Caspian Sea"], gazetteer).place.kind == "water"


def test_generic_words_are_stripped_and_alternate_names_found(gazetteer):
    # the zone is named after the town: GeoNames lists "Alabuga" among Yelabuga's names
    zone = geocode(["Alabuga special economic zone"], gazetteer)
    _at(zone, 55.76, 52.04)
    assert zone.place.country == "RU"
    assert geocode(["Kiev"], gazetteer).place.id == geocode(["Kyiv"], gazetteer).place.id


def test_countries_by_short_names(gazetteer):
    for name in ("US", "U.S.", "United States"):
        found = geocode([name], gazetteer)
        assert found.place.country == "US" and found.place.kind == "country"
    assert geocode(["Britain"], gazetteer).place.country == "GB"


def test_nearby_countries_disambiguate(gazetteer):
    assert geocode(["Odessa"], gazetteer, {"UA": 1.0}).place.country == "UA"
    texas = geocode(["Odessa"], gazetteer, {"US": 1.0})
    assert texas.place.country == "US" and texas.place.lat == pytest.approx(31.8, abs=0.3)
    # context that agrees raises the confidence
    assert geocode(["Odessa"], gazetteer, {"UA": 1.0}).confidence > geocode(["Odessa"], gazetteer).confidence


def test_unknown_places_are_not_guessed(gazetteer):
    assert geocode(["Sescha"], gazetteer) is None  # a village below the population threshold
    assert geocode(["Islamic Republic"], gazetteer) is None


def test_normal_form():
    assert normalize_place("Primorsko-Akhtarsk") == "primorsko akhtarsk"
    assert normalize_place("Amīrābād") == "amirabad"


def test_a_currency_written_with_a_country_code_names_no_country(gazetteer):
    # invented: "US$" is a currency; "US officials" names the country
    from corroborate.analyze.places import places_named_in

    assert places_named_in("The charity lost US$40 million in the scheme.", gazetteer) == []
    found = places_named_in("The charity lost US$40 million, US officials said.", gazetteer)
    assert [(p.country, p.kind) for p in found] == [("US", "country")]


def test_a_name_beside_a_bay_or_a_lake_names_the_water_not_a_region_so_called(gazetteer):
    # invented: "Laguna" is a Philippine province; "Laguna Bay" in an Australian story is a bay, and
    # the province's country pulled the story's towns abroad
    from corroborate.analyze.places import places_named_in

    assert places_named_in("The cottage overlooks Laguna Bay.", gazetteer) == []
    assert [(p.name, p.country) for p in places_named_in("Floods hit Laguna overnight.", gazetteer)] == [("Laguna", "PH")]


def test_a_word_of_a_longer_place_name_and_a_currency_name_no_place(gazetteer):
    # invented: "North Macedonia" named a region "North" elsewhere too, and "the US dollar" the
    # United States, which pulled the story's small places abroad
    from corroborate.analyze.places import places_named_in

    found = places_named_in("SKOPJE - North Macedonia's denar held steady against the US dollar.", gazetteer)
    assert [(p.name, p.kind, p.country) for p in found] == [("North Macedonia", "country", "MK")]
