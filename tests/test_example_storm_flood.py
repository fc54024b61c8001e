"""The storm-flood example, examples/storm-flood, through the command line against its answer key
(examples/storm-flood.answers.md): a probe of a story the engine was not built on (a typhoon that
floods a river valley), written before the engine ran on it. It pinned general defects, now fixed:
millimetres were no unit (412 mm a count of "millimetre") and a conversion kept three decimals of
its base unit (12 inches of rain was 0.0 km); a quotation of two sentences had no quoted words in
either, so the same words given to two people were not seen; "13 people are dead or missing" was
set against "four people are missing"; "classes will remain suspended" was a plan against "classes
were suspended"; a denial with a concession ("has not opened the gates, though it may do so if
inflows keep rising") met no report that asserts it; a bound beside another figure of its sentence
("winds of 185 km/h and gusts of up to 230 km/h") was read as one figure that takes in "winds near
130 mph"; "made landfall" and "came ashore" were two happenings, so their days were not compared;
a forecast ("is forecast to move out by Tuesday evening") was dated the Tuesday before;
"The Office of Civil Defense said" was attributed to "Office"; and "Follow our storm tracker for hourly updates" stayed as a claim."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import analyze_example, claim_speaker, discrepancy_table, origin_table


@pytest.fixture(scope="module")
def briefing(tmp_path_factory) -> dict:
    briefing = analyze_example("storm-flood", tmp_path_factory.mktemp("storm") / "b.json")
    assert briefing["_summary"].startswith("1 story, 5 documents, ")
    return briefing


def test_three_independent_sources_the_wire_story_and_two_own_reports(briefing):
    (story,) = briefing["stories"]
    assert origin_table(briefing, story) == [(["01", "02", "03"], "Philippine News Agency"), (["04"], None), (["05"], None)]


def test_the_disagreements_the_engine_finds_have_the_sides_of_the_answer_key(briefing):
    (story,) = briefing["stories"]
    assert discrepancy_table(briefing, story) == [
        ("attribution", (("Ramon Dulnuan", ("01", "02", "04")), ("Liza Bangayan", ("05",))), False),  # X6
        ("date", (("Saturday", ("03",)), ("Sunday", ("01", "02", "05"))), False),  # X5, short of 04
        ("negation", (  # X7
            ("The National Irrigation Administration has not opened the spillway gates of the Magat Dam, a spokesman said, "
             "though it may do so if inflows keep rising", ("05",)),
            ("it had opened two spillway gates of the Magat Dam on Sunday evening to ease pressure on the reservoir, "
             "a move that could raise water levels downstream", ("01", "03")),
        ), False),
        ("quantity", (("185 km/h", ("01", "02")), ("130 mph", ("05",))), False),  # X1
        ("quantity", (("Nearly 12 inches", ("05",)), ("more than 400 millimetres", ("01", "03"))), False),  # X2
    ]


def test_what_only_looks_different_is_no_disagreement(briefing):
    """Gusts in km/h and in mph, the river's morning reading and its later crest, the dead or
    missing against the missing, families beside people, the critical level and the storm surge,
    and a state that will remain against the step that made it."""
    (story,) = briefing["stories"]
    values = {v["value"] for d in story["discrepancies"] for v in d["variants"]}
    for agreeing in ("up to 230 km/h", "143 mph", "12.6 metres", "13.1 metres", "At least 13 people", "Four other people",
                     "some 12,600", "about 48,000", "more than 48,000", "11 metres", "up to 10 feet", "Monday", "yesterday"):
        assert agreeing not in values
    assert not any(d["kind"] == "status" for d in story["discrepancies"])


def test_claims_name_their_speakers_and_leave_out_the_prompt(briefing):
    (story,) = briefing["stories"]
    speaker = partial(claim_speaker, story)
    assert speaker("\"The river will keep rising until this afternoon.") == "Ramon Dulnuan"
    assert speaker("People in low-lying barangays must not go home yet,\" said Ramon Dulnuan") == "Ramon Dulnuan"
    assert speaker("\"Almost half of the city is under water,\"") == "Tuguegarao Mayor Corazon Ponce"
    assert speaker("By midnight it was at the ceiling,\"") == "Teresita Malana"
    assert speaker("\"We heard the mountain crack like thunder") == "Alfredo Sagayo"
    assert speaker("\"Siling is the strongest typhoon") == "Bangayan"
    assert speaker("She added that the storm would weaken") == "Bangayan"
    assert speaker("The Office of Civil Defense said more than 48,000 people") == "Office of Civil Defense"
    texts = [c["text"] for c in story["claims"]]
    assert not any(t.startswith(("Follow our storm tracker", "Share on", "Get the Manila", "TUGUEGARAO")) for t in texts)


def test_the_forecast_is_dated_in_the_coming_days(briefing):
    """05's "is forecast to move out ... by Tuesday evening" (published on a Monday) is the next day."""
    (story,) = briefing["stories"]
    (entry,) = [t for t in story["timeline"] if t["event"].startswith("Siling is forecast to move out")]
    assert (entry["expression"], entry["date"]) == ("Tuesday", "2026-10-20")
