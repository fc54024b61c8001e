"""The boat-capsize example, examples/boat-capsize, through the command line against its answer key
(examples/boat-capsize.answers.md): a probe of a story the engine was not built on (a migrant boat
capsizing at sea), written before the engine ran on it. The first run found one of seven planted
disagreements. It pinned general defects, now fixed: the tagger's "the Libyan port of Zuwara" and
"the island of Lampedusa" were people and "the port of Pozzallo" an organisation (a lower-case
"port of"/"island of" names a place, and "off X" / "south of X" votes place); "Hanna Berglund, the
Swedish captain of ...", read as a building, left her "she said" to the port named before (a title
in apposition makes a person); the first sentence of a quotation cut in two did not count its
speaker as named, so the same words in another report's captain's mouth went unseen; "No arrests
have been made" was no statement, and a light verb with the noun of an act never denied the act's
verb; "brought to Lampedusa" and
"taken to the port of Pozzallo" hung the town on "port" and sat in claims aligned at 0.18 (a town
after "the port of" fills the port's slot, and one act done to one thing compares its places across
claims however loosely they align); "Its spokesman in Rome, Davide
Ferlito, said" made "Its spokesman" the speaker (a name set off by commas after a title is the
title's holder); "By our correspondent, Lampedusa" was a claim."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import analyze_example, claim_speaker, discrepancy_table, origin_table


@pytest.fixture(scope="module")
def briefing(tmp_path_factory) -> dict:
    briefing = analyze_example("boat-capsize", tmp_path_factory.mktemp("boat") / "b.json")
    assert briefing["_summary"].startswith("1 story, 5 documents, ")
    return briefing


def test_three_independent_sources_the_wire_story_and_two_own_reports(briefing):
    (story,) = briefing["stories"]
    assert origin_table(briefing, story) == [(["01", "02", "03"], "Agenzia Nova"), (["04"], None), (["05"], None)]


def test_the_disagreements_the_engine_finds_have_the_sides_of_the_answer_key(briefing):
    (story,) = briefing["stories"]
    assert discrepancy_table(briefing, story) == [
        ("attribution", (("Rosario Lentini", ("01", "02", "03")), ("Hanna Berglund", ("04",))), False),  # X4
        ("date", (("Tuesday", ("01", "02", "04")), ("Monday", ("05",))), False),  # X3, short of 03
        ("negation", (("No arrests have been made", ("05",)),
                      ("Two suspected smugglers were arrested after they were identified by other survivors",
                       ("01", "02", "03"))), False),  # X6
        ("place", (("Lampedusa", ("01", "02", "03")), ("Pozzallo", ("05",))), False),  # X7
    ]


def test_what_only_looks_different_is_no_disagreement(briefing):
    """12 metres and 40 feet, three children among twelve dead, about 30 missing and 34 a day later,
    about 90 and 88 on board, several counts of people, and "yesterday" a day later."""
    (story,) = briefing["stories"]
    values = {v["value"] for d in story["discrepancies"] for v in d["variants"]}
    for agreeing in ("12-metre", "about 40 feet", "Three", "three", "12", "Twelve", "about 30", "around 30", "34",
                     "about 90", "some 90", "88", "400", "more than 1,100", "More than 1,700", "yesterday", "Wednesday",
                     "tomorrow"):
        assert agreeing not in values
    assert not any(d["kind"] in ("quote", "status") for d in story["discrepancies"])


def test_claims_name_their_speakers_and_bylines_are_no_claims(briefing):
    (story,) = briefing["stories"]
    speaker = partial(claim_speaker, story)
    assert speaker("\"We pulled children out of the water with our bare hands.") == "Rosario Lentini"
    assert speaker("\"Some of them had been in the sea for more than an hour.\"") == "Hanna Berglund"
    assert speaker("\"The passengers all moved to one side at once") == "Marta Giordano"
    assert speaker("No arrests have been made") == "Giordano"
    assert speaker("Its spokesman in Rome, Davide Ferlito, said") == "Davide Ferlito"
    texts = [c["text"] for c in story["claims"]]
    assert not any(t.startswith(("By our correspondent", "Share this", "Sign up", "LAMPEDUSA", "Radio Mediterranea",
                                 "And finally")) for t in texts)


def test_the_ports_and_the_island_are_places_and_the_captain_a_person(briefing):
    (story,) = briefing["stories"]
    types = {e["name"]: e["type"] for e in story["entities"]}
    assert [types[name] for name in ("Lampedusa", "Zuwara", "Pozzallo", "Sfax", "Hanna Berglund")] == [
        "PLACE", "PLACE", "PLACE", "PLACE", "PERSON"]
