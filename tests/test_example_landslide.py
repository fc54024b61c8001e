"""The landslide example, examples/landslide, through the command line against its answer key
(examples/landslide.answers.md): a probe of a story the engine was not built on (a monsoon
landslide that buries part of a mountain village and blocks a highway), written before the engine
ran on it. It pinned general defects, now fixed: "Fourteen people, eight of them children" made the
children a third toll of the dead ("eight of them" was no part of the count before it), a count of
another fate in a report's sentence ("more than 30 were injured" beside "Nine people died") met
"at least 14" killed as an open bound and took the wire's side off the toll, "police have asked
drivers ... to wait" was reported speech that put the road's closure in the mouth of "and police",
a radio's "Stay with ... for updates. You can listen live on the ... app." line was a claim, the
dateline's town ("DASU, Pakistan (APP)") was an organisation, and "Fourteen people" was no number at
all ("four" took the start of "fourteen", as "six", "seven", "eight" and "nine" took their teens)."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import analyze_example, claim_speaker, discrepancy_table, origin_table


@pytest.fixture(scope="module")
def briefing(tmp_path_factory) -> dict:
    briefing = analyze_example("landslide", tmp_path_factory.mktemp("landslide") / "b.json")
    assert briefing["_summary"].startswith("1 story, 5 documents, ")
    return briefing


def test_three_independent_sources_the_wire_story_and_two_own_reports(briefing):
    (story,) = briefing["stories"]
    assert origin_table(briefing, story) == [
        (["01", "02", "03"], "Associated Press of Pakistan"), (["04"], None), (["05"], None)]


def test_the_disagreements_the_engine_finds_have_the_sides_of_the_answer_key(briefing):
    (story,) = briefing["stories"]
    assert discrepancy_table(briefing, story) == [
        ("attribution", (("Saeed Anwar Khattak", ("01", "02", "03", "04")), ("Naveed Akhtar Jadoon", ("05",))), False),  # X6
        ("quantity", (("131mm", ("05",)), ("212 millimetres", ("01", "02"))), False),  # X3, short of 03
        ("quantity", (("300-metre", ("01", "02")), ("nearly two kilometres", ("04",))), True),  # X2, short of 03
        ("quantity", (("Nine people", ("05",)), ("At least 14 people", ("01", "02", "03", "04"))), False),  # X1
    ]


def test_what_only_looks_different_is_no_disagreement(briefing):
    """A conversion to feet, rain rounded, the injured rounded and a part of them, the children among
    the dead, houses destroyed and damaged, hours of digging a day apart, the missing, the reopening."""
    (story,) = briefing["stories"]
    values = {v["value"] for d in story["discrepancies"] for v in d["variants"]}
    for agreeing in ("About 1,000 feet", "More than 200 millimetres", "more than 30", "31 people", "eight", "Eight",
                     "11", "23 houses", "15 more", "more than 12 hours", "30 hours", "six", "Six people", "Friday",
                     "tomorrow", "Saturday"):
        assert agreeing not in values
    assert not any(d["kind"] in ("status", "negation", "date", "place") for d in story["discrepancies"])


def test_the_dateline_town_is_a_place(briefing):
    (story,) = briefing["stories"]
    assert [e["type"] for e in story["entities"] if e["name"] == "Dasu"] == ["PLACE"]


def test_claims_name_their_speakers_and_leave_out_the_prompts(briefing):
    (story,) = briefing["stories"]
    speaker = partial(claim_speaker, story)
    assert speaker("\"The mountain is still moving") == "Saeed Anwar Khattak"
    assert speaker("He said two excavators were waiting") == "Saeed Anwar Khattak"
    assert speaker("\"Every family below the slide") == "Naveed Akhtar Jadoon"
    assert speaker("\"I heard a sound like thunder") == "Gul Zaman"
    assert speaker("\"We have children and old people") == "Akbar Khan"
    # a request is no speech: the closure and the request are the radio's own
    assert speaker("Traffic on the Karakoram Highway has been stopped") is None
    assert speaker("police have asked drivers heading north") is None
    texts = [c["text"] for c in story["claims"]]
    assert not any(t.startswith(("Stay with", "You can listen", "DASU", "Share this", "Get Highway Watch")) for t in texts)
