"""The cup-final example, examples/cup-final, through the command line against its answer key
(examples/cup-final.answers.md): a probe of a story the engine was not built on (a sports match
report), written before the engine ran on it. It pinned general defects, now fixed: a countdown
("12 minutes from time") was compared with a time elapsed ("after 34 minutes"), a step done years
before ("last lifted a major trophy in 2015") was read as the plan still to come ("will parade the
trophy on Sunday"), two ordinal moments of one goal ("the 78th minute", "the 81st minute") were
never compared, a quotation going on in the next sentence did not show its speaker there (so one
quotation in two mouths went unseen), "will appeal" and "have lodged an appeal" were two steps,
"will be assessed on Monday, the club said" dated the club's saying, not the assessment, and a
byline with the ground ("By X at Hampden") and two of the outlets' prompts stayed as claims."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import analyze_example, claim_speaker, discrepancy_table, origin_table


@pytest.fixture(scope="module")
def briefing(tmp_path_factory) -> dict:
    briefing = analyze_example("cup-final", tmp_path_factory.mktemp("cup") / "b.json")
    assert briefing["_summary"].startswith("1 story, 5 documents, ")
    return briefing


def test_three_independent_sources_the_wire_report_and_two_own_reports(briefing):
    (story,) = briefing["stories"]
    assert origin_table(briefing, story) == [(["01", "02", "03"], "PA Media"), (["04"], None), (["05"], None)]


def test_the_disagreements_the_engine_finds_have_the_sides_of_the_answer_key(briefing):
    (story,) = briefing["stories"]
    assert discrepancy_table(briefing, story) == [
        ("attribution", (("Graham Lowrie", ("01",)), ("Euan Dalgleish", ("05",))), False),  # C6
        ("date", (("Tuesday", ("03",)), ("Monday", ("04",))), False),  # C4
        ("quantity", (("the 78th minute", ("01", "02", "03")), ("the 81st minute", ("04",))), False),  # C1
        ("status", (("Dunmorrow will appeal against the red card", ("03",)),
                    ("Dunmorrow have lodged an appeal against the red card", ("04",))), True),  # C7
    ]


def test_what_only_looks_different_is_no_disagreement(briefing):
    """The score in figures and in words, the half-time score, a scorer's goals in the match and in
    the season, a rounded attendance, a countdown and the minute it names, six weeks and a month and
    a half, "since 2015" and an 11-year wait, and a parade still to come beside a trophy won in 2015."""
    (story,) = briefing["stories"]
    values = {v["value"] for d in story["discrepancies"] for v in d["variants"]}
    for agreeing in ("2-1", "1-0", "two goals to one", "20", "20 goals", "second", "More than 47,000", "47,312",
                     "12 minutes", "34 minutes", "six weeks", "about a month and a half", "2015", "11 years",
                     "yesterday", "Saturday", "this afternoon", "Sunday"):
        assert agreeing not in values
    assert not any(d["kind"] == "status" and "parade" in d["variants"][0]["value"] for d in story["discrepancies"])


def test_claims_name_their_speakers_and_leave_out_the_byline_and_the_prompts(briefing):
    (story,) = briefing["stories"]
    speaker = partial(claim_speaker, story)
    assert speaker("\"I've waited 11 years for a day like this") == "Graham Lowrie"
    assert speaker("\"We showed the character of champions today.\"") == "Graham Lowrie"
    assert speaker("\"They have stood by us through the bad years,\" he said.") == "Graham Lowrie"
    assert speaker("A crowd of 47,312 watched the final") == "Scottish Football Association"
    assert speaker("Dunmorrow will appeal against the red card") == "Keddie"
    texts = [c["text"] for c in story["claims"]]
    assert not any(t.startswith(("By Fiona", "Follow Pitchside", "Listen to", "GLASGOW")) for t in texts)
