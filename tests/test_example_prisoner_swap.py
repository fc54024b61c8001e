"""The prisoner-swap example, examples/prisoner-swap, through the command line against its answer
key (examples/prisoner-swap.answers.md): a probe of a story the engine was not built on (a prisoner
exchange between two countries at an airport in a third), written before the engine ran on it. It
pinned general defects, now fixed: the date of an arrest in the sentence ("arrested in March 2023
and had been serving a 12-year sentence") dated the sentence served, so two reports' terms were
two events and never compared; a participle before or after a plural nationality ("seven freed
Lithuanians", "Six Lithuanians held in ...") was read as the counted noun, and "seven Lithuanian
citizens" and "Six Lithuanians" counted two things; "the agency said" in a rewrite that credits one
wire agency was attributed to "agency"; the clock's "GMT" was an organisation; and the radio's
"Hear the full interview ... on the ... app" stayed as a claim."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import analyze_example, claim_speaker, discrepancy_table, origin_table


@pytest.fixture(scope="module")
def briefing(tmp_path_factory) -> dict:
    briefing = analyze_example("prisoner-swap", tmp_path_factory.mktemp("swap") / "b.json")
    assert briefing["_summary"].startswith("1 story, 5 documents, ")
    return briefing


def test_three_independent_sources_the_wire_story_and_two_own_reports(briefing):
    (story,) = briefing["stories"]
    assert origin_table(briefing, story) == [(["01", "02", "03"], "Anadolu Agency"), (["04"], None), (["05"], None)]


def test_the_disagreements_the_engine_finds_have_the_sides_of_the_answer_key(briefing):
    (story,) = briefing["stories"]
    assert discrepancy_table(briefing, story) == [
        ("attribution", (("Rasa Mockute", ("01", "02")), ("Arvydas Zemaitis", ("05",))), False),  # X6
        ("date", (("March 2023", ("01", "02", "03")), ("November 2022", ("04",))), False),  # X3
        ("negation", (("Lithuania had not agreed to ease any sanctions on Belarus as part of the deal", ("01", "02", "03")),
                      ("Lithuania has agreed to ease sanctions on Belarusian potash as part of the deal", ("04",))), False),  # X7
        ("quantity", (("12-year", ("01", "02", "03")), ("10-year", ("04",))), True),  # X2
        ("quantity", (("Six Lithuanians", ("05",)), ("seven Lithuanian citizens", ("01", "02", "03"))), False),  # X1
    ]


def test_what_only_looks_different_is_no_disagreement(briefing):
    """The 11 prisoners as the sum of seven and four, "him and six other Lithuanians" (seven, not
    six), two and a half hours and 150 minutes, one landing time in local time and GMT, two
    prisoners' terms, the time served, two of the four, the months of talks, and Monday's briefing."""
    (story,) = briefing["stories"]
    values = {v["value"] for d in story["discrepancies"] for v in d["variants"]}
    for agreeing in ("11", "11 prisoners", "six", "six other Lithuanians", "about two and a half hours", "150-minute",
                     "7:30 p.m.", "1630 GMT", "more than three years", "Two", "four", "four Belarusians", "about eight months",
                     "Monday", "Thursday", "yesterday"):
        assert agreeing not in values
    assert not any(d["kind"] in ("status", "time", "place") for d in story["discrepancies"])


def test_claims_name_their_speakers_and_the_agency_a_rewrite_credits(briefing):
    (story,) = briefing["stories"]
    speaker = partial(claim_speaker, story)
    assert speaker("\"This is a day of relief for families") == "Rasa Mockute"
    assert speaker("She said Lithuania had not agreed to ease any sanctions") == "Rasa Mockute"
    assert speaker("\"The Belarusian side acted out of humanitarian considerations") == "Andrei Lukyanchyk"
    assert speaker("\"Türkiye will continue to offer its good offices") == "Selim Karaoglu"
    assert speaker("\"I did not believe it until I saw him walk down the steps,\"") == "Egle Grigaite"
    assert speaker("Vilnius will allow a limited number of potash trains") == "Pavel Zhuk"
    assert speaker("She said all of them would undergo medical checks tonight.") == "Jurgita Paulauskaite"
    # 03's "..., the agency said" and "according to the agency" after "Anadolu Agency reported"
    assert speaker("Lithuania in turn let go Viktor Sadouski") == "Anadolu Agency"
    assert speaker("Belarus described the release as a humanitarian gesture") == "Anadolu Agency"
    texts = [c["text"] for c in story["claims"]]
    assert not any(t.startswith(("Hear the full interview", "ANKARA", "Share this", "Get the", "(Reporting")) for t in texts)


def test_the_clocks_time_zone_is_no_organisation(briefing):
    (story,) = briefing["stories"]
    assert not [e for e in story["entities"] if e["name"] in ("GMT", "UTC")]
