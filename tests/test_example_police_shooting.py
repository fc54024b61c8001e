"""The police-shooting example, examples/police-shooting, through the command line against its answer
key (examples/police-shooting.answers.md): a probe of a story the engine was not built on (a police
officer shoots a driver at a traffic stop in a US city; body-camera footage, the family's lawyer, a
state investigation), written before the engine ran on it. The first run found one of seven planted
disagreements, short (the day the footage would be released). It pinned general defects, now fixed:
"the department said in a statement on Sunday" dated the stop, not the statement, and set Sunday
against another report's Saturday (a date that reaches the reporting verb through the document it
names dates the telling); "Whitfield, 31," in a long sentence of its own never met "Jerome
Whitfield, 34," (one named person's ages are compared across claims); "Whitfield was unarmed" was
backed by a report that says he "had a knife in his hand", and "has been fired" and "placed on paid
administrative leave" sat unread in one claim (a named person in two exclusive states of
data/analyze/person_states.txt disagrees, and a claim holding both sides counts only its own); a
radio's "You're listening to ...", "Coming up after the news: ...", its player and podcast prompts,
its hand-over to the correspondent and his sign-off, a page's "Read our database | Donate | Follow
us" row and the radio's own heading were claims; "Pastor Elijah Moton" was an organisation."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import analyze_example, claim_speaker, discrepancy_table, origin_table


@pytest.fixture(scope="module")
def briefing(tmp_path_factory) -> dict:
    briefing = analyze_example("police-shooting", tmp_path_factory.mktemp("shooting") / "b.json")
    assert briefing["_summary"].startswith("1 story, 5 documents, ")
    return briefing


def test_three_independent_sources_the_wire_story_and_two_own_reports(briefing):
    (story,) = briefing["stories"]
    assert origin_table(briefing, story) == [(["01", "02", "03"], "CNN Wire"), (["04"], None), (["05"], None)]


def test_the_disagreements_the_engine_finds_have_the_sides_of_the_answer_key(briefing):
    (story,) = briefing["stories"]
    assert discrepancy_table(briefing, story) == [
        # not planted: 04's "last night, two days after" counts back from Sunday night, to Friday
        ("date", (("Saturday", ("01", "02")), ("two days after", ("04",))), False),
        ("date", (("Wednesday", ("03",)), ("Thursday", ("04",))), False),  # X6, short of 01 and 02
        ("quantity", (("34", ("01", "02", "05")), ("31", ("04",))), False),  # X4, short of 03 (no name)
        ("status", (("Mr Whitfield had a knife in his hand when he got out of the car", ("05",)),
                    ("Whitfield was unarmed", ("01", "02", "03"))), False),  # X2
        ("status", (("The officer, Travis Kohler, has been fired", ("05",)),
                    ("Kohler has been placed on paid administrative leave, which is standard practice after a police shooting",
                     ("01", "02", "03"))), False),  # X3, short of 04 ("He is on administrative leave")
    ]


def test_what_only_looks_different_is_no_disagreement(briefing):
    """11:12 p.m. and just after 11 p.m., 10 feet and three metres, a seven-year veteran who joined in
    2019, three hits of five shots, 150 at a vigil and 400 at a march a day later, and the day of the
    chief's statement (Sunday) against the day of the shooting (Saturday)."""
    (story,) = briefing["stories"]
    values = {v["value"] for d in story["discrepancies"] for v in d["variants"]}
    for agreeing in ("11:12 p.m.", "just after 11 p.m.", "about 10 feet", "roughly three metres", "seven-year", "2019",
                     "three", "three times", "five", "About 150", "More than 400", "Sunday", "yesterday", "third", "41st"):
        assert agreeing not in values
    assert not any(d["kind"] in ("quote", "attribution") for d in story["discrepancies"])


def test_claims_name_their_speakers_and_station_furniture_is_no_claim(briefing):
    (story,) = briefing["stories"]
    speaker = partial(claim_speaker, story)
    assert speaker("Whitfield was unarmed") == "Denise Albrecht"
    assert speaker("\"He was stopped for a broken tail light") == "Briggs"
    assert speaker("The city should show it today.") == "Lamont Briggs"  # the quotation's second sentence
    assert speaker("\"Nothing in that video justifies what happened.\"") == "Lamont Briggs"
    assert speaker("\"I watched him grow up.\"") == "Doris Pennington"
    assert speaker("\"Des Moines will not look away from this,\" she said.") == "Ruth Castellanos"
    assert speaker("\"Families should not have to wait") == "Alicia Brandvold"
    assert speaker("the officer feared for his life") == "police officers' union"
    texts = [c["text"] for c in story["claims"]]
    assert not any(t.startswith(("You're listening", "Coming up", "Listen again", "Read our database", "Transatlantic Radio -",
                                 "Simon Achterberg in", "Our North America correspondent", "DES MOINES",
                                 "Heartland Justice Watch tracks")) for t in texts)


def test_the_claim_a_report_contradicts_counts_only_its_own_side(briefing):
    (story,) = briefing["stories"]
    (unarmed,) = [c for c in story["claims"] if c["text"] == "Whitfield was unarmed"]
    assert unarmed["status"] == "disputed" and unarmed["independent_sources"] == 1


def test_the_pastor_is_a_person_and_the_streets_places(briefing):
    (story,) = briefing["stories"]
    types = {e["name"]: e["type"] for e in story["entities"]}
    assert [types[name] for name in ("Elijah Moton", "Jerome Whitfield", "Travis Kohler", "Euclid Avenue", "University Avenue",
                                     "Iowa Division of Criminal Investigation", "Professional Standards Unit")] == [
        "PERSON", "PERSON", "PERSON", "PLACE", "PLACE", "ORG", "ORG"]
    assert "Pastor Elijah Moton" not in types
