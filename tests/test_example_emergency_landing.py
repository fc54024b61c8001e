"""The team example examples/emergency-landing, through the command line: what its answer key
(examples/emergency-landing.answers.md) says must be found is found, and what it says is no
disagreement is not reported. Written as a probe of an aviation incident the engine was not built
on; the general defects it showed (a landing time never compared, a later 'reached Madrid on Friday'
read as a tally, a sentence cut after 'a.m.' into two claims, 'he said' given to a speaker quoted
earlier instead of the person just named, 'the office said it had opened' not aligned with 'the
office has opened') are pinned here end to end."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import analyze_example, claim_speaker, discrepancy_table, file_prefixes, origin_table


@pytest.fixture(scope="module")
def briefing(tmp_path_factory) -> dict:
    briefing = analyze_example("emergency-landing", tmp_path_factory.mktemp("landing") / "b.json")
    assert briefing["_summary"].startswith("1 story, 5 documents, ")
    return briefing


files = file_prefixes


def test_three_independent_sources_the_wire_story_and_two_own_reports(briefing):
    (story,) = briefing["stories"]
    assert origin_table(briefing, story) == [(["01", "02", "03"], "The Associated Press"), (["04"], None), (["05"], None)]
    local = next(o for o in story["origins"] if files(briefing, o["documents"]) == ["04"])
    assert any("shares only quoted words" in line and "not copying" in line for line in local["evidence"])


def test_the_disagreements_of_the_answer_key_are_found_with_their_sides(briefing):
    (story,) = briefing["stories"]
    assert discrepancy_table(briefing, story) == [
        ("attribution", (("Katrin Hollerer", ("01", "02", "03")), ("Markus Edlinger", ("04",))), False),  # E6
        ("date", (("11:20 a.m.", ("01", "02")), ("11:55 a.m.", ("04",))), False),  # E4
        ("date", (("Thursday", ("01", "02", "03")), ("Friday", ("04",))), False),  # E7
        ("quantity", (("Three passengers", ("01", "02", "03", "04")), ("Six passengers", ("05",))), False),  # E1
    ]
    (time_of_day,) = [d for d in story["discrepancies"] if d["summary"].startswith("Reports differ on the time of day")]
    assert [v["normalized"] for v in time_of_day["variants"]] == ["11:20 local", "11:55 local"]


def test_units_clocks_roundings_and_parts_of_the_whole_are_no_disagreement(briefing):
    """37,000 feet and about 11,300 metres, 11:20 a.m. local time and 0920 GMT, about 180 and 182
    on board, 176 passengers and six crew in 182 people: none is reported."""
    (story,) = briefing["stories"]
    values = {v["value"] for d in story["discrepancies"] for v in d["variants"]}
    assert not values & {"37,000 feet", "about 11,300 metres", "0920 GMT", "about 180", "182", "176"}
    landing = next(c for c in story["claims"] if c["text"].startswith("Flight AJ582, an Airbus A320"))
    assert landing["text"].endswith("at 11:20 a.m. local time (0920 GMT), about 35 minutes after the pilots declared an emergency.")
    assert not any(c["text"].startswith("local time") for c in story["claims"])


def test_claims_name_their_speakers(briefing):
    (story,) = briefing["stories"]
    speaker = partial(claim_speaker, story)
    assert speaker("Three passengers were taken to hospital") == "Olivier Demange"
    assert speaker("She said the airline was working") == "Katrin Hollerer"
    assert speaker("The aircraft, operating flight AJ582") == "Thierry Vasseur"
    assert speaker("the aircraft had landed safely") == "Vienna-based airline"
    assert speaker('"We smelled burning plastic') == "Jonas Berglund"
    assert speaker('"This was a textbook handling') == "Florian Gruber"
    assert speaker('"The pilots turned for the nearest long runway') == "Florian Gruber"
    assert speaker('"Thirty-five minutes is a very long time') is None  # "he" after "For Berglund, ...": left open
    quoted = {q["text"].split(" is ")[0]: q["speaker"] for q in story["quotes"]}
    assert quoted["Thirty-five minutes"] == "Jonas Berglund"
    assert sorted(q["speaker"] for q in story["quotes"] if q["text"].startswith("The crew did exactly")) == [
        "Katrin Hollerer", "Markus Edlinger"]
    assert [q["speaker"] for q in story["quotes"] if q["text"].startswith("This was a textbook")] == ["Florian Gruber"]


def test_the_investigation_is_one_claim_of_three_reports_words(briefing):
    """'said it had opened an investigation' (01, 02) aligns with 'has opened an investigation'
    (03, 04); 05's 'no plans to open an investigation' does not (E5, missed)."""
    (story,) = briefing["stories"]
    (claim,) = [c for c in story["claims"] if c["text"].startswith("France's air accident investigation office said")]
    assert sorted(files(briefing, [s["document"]])[0] for s in claim["support"]) == ["01", "02", "03", "04"]
    assert (claim["independent_sources"], claim["status"]) == (2, "corroborated")
