"""The port-strike example, examples/port-strike, through the command line against its answer key
(examples/port-strike.answers.md): a probe of a story the engine was not built on (a dockworkers'
strike), written before the engine ran on it. It pinned general defects, now fixed: "91 percent"
agreed with "86 percent" (the tolerance for a unit's conversion was given to a percentage that was
not converted), the ballot's turnout in the wire's sentence put the wire on both sides and dropped
the finding, dockworkers who "walked out" and dockworkers who "stopped work" were two counts, a
minister who "urged both sides" was the plan "will meet both sides" done, "the news agency said" in
a rewrite was a rival speaker of the minister, the day a strike began was held against the day
it will end, the parser's "the employers in Rotterdam" left the meeting's place without a slot,
the tagger's "Rotterdam" was a person (and off the map), a headline's "to end on Thursday" was
dated the Thursday before, and the radio's "Listen again ... on the ... app" stayed as a claim.
Since the heatwave probe, a date after "until" dates an end, so 05's "will last until Friday" meets
04's "to end on Thursday" and S3 is found (short: 01, 02 and 03 give Friday in claims of their own)."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import analyze_example, claim_speaker, discrepancy_table, origin_table


@pytest.fixture(scope="module")
def briefing(tmp_path_factory) -> dict:
    briefing = analyze_example("port-strike", tmp_path_factory.mktemp("strike") / "b.json")
    assert briefing["_summary"].startswith("1 story, 5 documents, ")
    return briefing


def test_three_independent_sources_the_wire_story_and_two_own_reports(briefing):
    (story,) = briefing["stories"]
    assert origin_table(briefing, story) == [(["01", "02", "03"], "ANP"), (["04"], None), (["05"], None)]


def test_the_disagreements_the_engine_finds_have_the_sides_of_the_answer_key(briefing):
    (story,) = briefing["stories"]
    assert discrepancy_table(briefing, story) == [
        ("attribution", (("Hendrik Baalbergen", ("01", "02")), ("Pieter van Oosterwijk", ("05",))), False),  # S6
        ("date", (("Friday", ("05",)), ("Thursday", ("04",))), False),  # S3, short (the heatwave probe)
        ("date", (("Monday", ("01", "02", "05")), ("Sunday", ("03",))), False),  # S4
        ("place", (("Hague", ("03",)), ("Rotterdam", ("05",))), False),  # S5
        ("quantity", (("About 4,000 dockworkers", ("01", "02")), ("Nearly 6,000 dockworkers", ("05",))), False),  # S2
        ("quantity", (("Ninety-one percent", ("01", "02", "03")), ("86 percent", ("04",))), True),  # S1
    ]


def test_what_only_looks_different_is_no_disagreement(briefing):
    """Four days and 96 hours, a percent told as euros, a part of the strikers, the ships, the
    demand and the union's floor, the turnout, the pickets before the start, "tomorrow" a day later,
    and the start of the strike against its end."""
    (story,) = briefing["stories"]
    values = {v["value"] for d in story["discrepancies"] for v in d["variants"]}
    for agreeing in ("four days", "96-hour", "4.5 percent", "about 175 euros", "About 2,800", "More than 40", "At least 40",
                     "some 45", "8 percent", "6 percent", "78 percent", "5 a.m.", "6 a.m.", "tomorrow", "Wednesday",
                     "yesterday"):
        assert agreeing not in values
    # Thursday and Friday are S3's sides (since the heatwave probe), never the start of the strike's
    assert not any({"Monday", "Thursday"} <= {v["value"] for v in d["variants"]} for d in story["discrepancies"])
    assert not any(d["kind"] == "status" for d in story["discrepancies"])


def test_the_headlines_end_of_the_strike_is_the_coming_thursday(briefing):
    """04's headline "Rotterdam dock strike to end on Thursday" (published on a Tuesday) plans the end:
    two days on, not the Thursday before."""
    (story,) = briefing["stories"]
    (entry,) = [t for t in story["timeline"] if t["event"].startswith("Rotterdam dock strike to end")]
    assert (entry["expression"], entry["date"]) == ("Thursday", "2026-06-11")


def test_claims_name_their_speakers_and_leave_out_the_prompt(briefing):
    (story,) = briefing["stories"]
    speaker = partial(claim_speaker, story)
    assert speaker("\"The strike will continue until 6 a.m. on Friday") == "Ria Kampstra"
    assert speaker("\"Our members have had enough of empty promises.\"") == "Ria Kampstra"
    assert speaker("\"The offer on the table is fair") == "Pieter van Oosterwijk"
    assert speaker("He said the employers were ready to resume talks") == "Pieter van Oosterwijk"
    assert speaker("\"Both sides must return to the negotiating table") == "Hendrik Baalbergen"
    assert speaker("Union chair Ria Kampstra said the decision was") == "Ria Kampstra"
    assert speaker("\"Every day of the strike costs the port") == "Lotte Brinkhorst"
    assert speaker("He said the union would not accept an offer below 6 percent.") == "Dennis Hoogendoorn"
    texts = [c["text"] for c in story["claims"]]
    assert not any(t.startswith(("Listen again", "ROTTERDAM", "Share this", "Sign up")) for t in texts)


def test_the_port_is_a_place_on_the_map(briefing):
    (story,) = briefing["stories"]
    rotterdam = [e for e in story["entities"] if e["name"] == "Rotterdam"]
    assert [e["type"] for e in rotterdam] == ["PLACE"]
