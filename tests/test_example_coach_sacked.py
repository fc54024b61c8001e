"""The coach-sacked example, examples/coach-sacked, through the command line against its answer key
(examples/coach-sacked.answers.md): a probe of a story the engine was not built on (a football club
sacking its coach, sports-business news), written before the engine ran on it. The first run found
three of seven planted disagreements and no false one. It pinned general defects, now fixed: an
own radio bulletin that quotes the chairman "told Sport Radio Gulf" joined the wire's origin by the
order of its facts alone (words told to a report's own outlet or reporter are own reporting); the
paraphrase's lede "X have dismissed their coach Y, the agency reported on Monday, after ..." made
the club the speaker and "Y" the whole content ("dismissed" read as a denial of whatever the
parser hung on its object, and the credit read as an apposition of the name); the bulletin's
"That's the sport. Stay with ... for full commentary of Friday's match." was a claim; "Pro League
club Dammam Falcons" was a person (a name right after a noun of an organisation's kind is one)."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import analyze_example, claim_speaker, discrepancy_table, origin_table


@pytest.fixture(scope="module")
def briefing(tmp_path_factory) -> dict:
    briefing = analyze_example("coach-sacked", tmp_path_factory.mktemp("coach") / "b.json")
    assert briefing["_summary"].startswith("1 story, 5 documents, ")
    return briefing


def test_three_independent_sources_the_wire_story_and_two_own_reports(briefing):
    (story,) = briefing["stories"]
    assert origin_table(briefing, story) == [(["01", "02", "03"], "Saudi Press Agency"), (["04"], None), (["05"], None)]
    # the bulletin tells the facts in the wire's order, but its reporter and its own interview say it is no rewrite
    (radio,) = [o for o in story["origins"] if o["documents"] == [d["id"] for d in briefing["documents"]
                                                                   if d["outlet"] == "Sport Radio Gulf"]]
    assert [line.split(": ", 1)[1] for line in radio["evidence"] if "follows the order" in line] == [
        "it tells what was said to its own outlet or reporter (“Our reporter”)"] * 2


def test_the_disagreements_the_engine_finds_have_the_sides_of_the_answer_key(briefing):
    (story,) = briefing["stories"]
    assert discrepancy_table(briefing, story) == [
        ("attribution", (("Khalid Al-Mutairi", ("01", "02")), ("Walid Al-Dossary", ("04",))), False),  # X5
        ("quantity", (("about two million dollars", ("05",)), ("12 million riyals", ("01", "02", "03"))), False),  # X2
        ("quantity", (("seven matches", ("01", "02")), ("nine matches", ("04",))), True),  # X1, short of 03 and 05
    ]


def test_what_only_looks_different_is_no_disagreement(briefing):
    """A conversion, the run's parts, wins and points, the table, the age, one match, one week."""
    (story,) = briefing["stories"]
    values = {v["value"] for d in story["discrepancies"] for v in d["variants"]}
    for agreeing in ("about $3.2 million", "five", "two", "eight", "12", "16th", "52", "The 52-year-old", "3-1",
                     "Wednesday", "later this week", "fourth", "six", "15 years", "four"):
        assert agreeing not in values
    assert not any(d["kind"] in ("quote", "status", "negation", "date") for d in story["discrepancies"])


def test_claims_name_their_speakers_and_the_bulletin_sign_off_is_no_claim(briefing):
    (story,) = briefing["stories"]
    speaker = partial(claim_speaker, story)
    assert speaker("\"We thank Rui for his work") == "Khalid Al-Mutairi"
    assert speaker("\"I leave with my head high.") == "Rui Tavares"
    assert speaker("\"He never had the players he needed,\"") == "Ahmed Al-Shammari"
    assert speaker("Club chairman Khalid Al-Mutairi told Sport Radio Gulf") == "Khalid Al-Mutairi"
    assert speaker("No decision has yet been made on who will succeed Tavares") == "Saudi Press Agency"
    texts = [c["text"] for c in story["claims"]]
    assert not any(t.startswith(("Stay with", "That's the sport", "Share this", "Get Pitchside", "DAMMAM")) for t in texts)
    # the paraphrase's lede, credited mid-sentence, tells the sacking with the wire and the others
    (lead,) = [c for c in story["claims"] if c["text"].startswith("Saudi Pro League club Dammam Falcons have sacked")]
    assert lead["independent_sources"] == 3


def test_the_club_named_after_club_is_an_organisation(briefing):
    (story,) = briefing["stories"]
    types = {e["name"]: e["type"] for e in story["entities"]}
    assert [types[name] for name in ("Dammam Falcons", "Rui Tavares", "Khalid Al-Mutairi", "DAMMAM")] == [
        "ORG", "PERSON", "PERSON", "PLACE"]
