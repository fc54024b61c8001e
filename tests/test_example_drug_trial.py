"""The drug-trial example, examples/drug-trial, through the command line against its answer key
(examples/drug-trial.answers.md): a probe of a story the engine was not built on (the late-stage
trial of a heart failure pill, told by a Press Trust of India story), written before the engine ran
on it. It pinned general defects, now fixed: a quotation followed by "..., chief executive X said"
was given to a noun inside the quotation ("effect"), when the parser hung the credit on the
quotation's verb with two subjects; the place in an "according to" source ("according to results
presented ... at a congress in X") was dropped with the frame, and a place under a verb's object
("presented at the congress in X") did not fill the slot of the same verb's own place ("presented
in Y"); "Dr. X, a specialist at a hospital in Bengaluru, said ... "..."" gave the partial quotation to
the town; and a trial's "Phase 3" was read as a count of the next noun (or not at all), so "Phase
2" could not disagree with it."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import analyze_example, claim_speaker, discrepancy_table, origin_table


@pytest.fixture(scope="module")
def briefing(tmp_path_factory) -> dict:
    briefing = analyze_example("drug-trial", tmp_path_factory.mktemp("trial") / "b.json")
    assert briefing["_summary"].startswith("1 story, 5 documents, ")
    return briefing


def test_three_independent_sources_the_wire_story_and_two_own_reports(briefing):
    (story,) = briefing["stories"]
    assert origin_table(briefing, story) == [(["01", "02", "03"], "Press Trust of India"), (["04"], None), (["05"], None)]


def test_the_disagreements_the_engine_finds_have_the_sides_of_the_answer_key(briefing):
    (story,) = briefing["stories"]
    assert discrepancy_table(briefing, story) == [
        ("attribution", (("Meera Raghunathan", ("01", "02")), ("Arvind Kulkarni", ("04",))), False),  # X6
        ("place", (("New Orleans", ("01", "02")), ("Chicago", ("05",))), False),  # X5
        ("quantity", (("4.4 percentage points", ("01", "02")), ("24 percentage points", ("05",))), False),  # X2
        ("quantity", (("6,240 patients", ("01", "02")), ("7,100 patients", ("04",))), True),  # X1
        ("quantity", (("Phase 2", ("05",)), ("Phase 3", ("01", "02"))), False),  # X3, the trial's phase
        ("status", (("The company will apply for approval to the US Food and Drug Administration and to India's Central "
                     "Drugs Standard Control Organisation early next year", ("01", "02")),
                    ("The company has already applied for approval to the US Food and Drug Administration, and plans to "
                     "file in India next", ("05",))), False),  # X7
    ]


def test_what_only_looks_different_is_no_disagreement(briefing):
    """A relative and an absolute reduction, 26 months and "more than two years", 8.2 percent and
    "one in 12" and "About 8 percent", the diabetic subgroup, 18 months and a year and a half, two
    arms of the trial, rounded counts of patients, the shares, the people with heart failure."""
    (story,) = briefing["stories"]
    values = {v["value"] for d in story["discrepancies"] for v in d["variants"]}
    for agreeing in ("24 percent", "24%", "nearly a quarter", "about a quarter", "26 months", "more than two years",
                     "8.2 percent", "one in 12", "About 8 percent", "5.9 percent", "2,150", "31 percent",
                     "about 18 months", "a year and a half", "14.1 percent", "18.5 percent", "more than 6,200",
                     "more than 6,000", "11 percent", "About 6.4 million", "Sunday", "Saturday", "tomorrow", "yesterday"):
        assert agreeing not in values
    assert {d["kind"] for d in story["discrepancies"]} == {"attribution", "place", "quantity", "status"}


def test_claims_name_their_speakers(briefing):
    (story,) = briefing["stories"]
    speaker = partial(claim_speaker, story)
    assert speaker("\"This is the first pill of its kind") == "Meera Raghunathan"
    assert speaker("\"We built this company") == "Kulkarni"
    assert speaker("He said the drug could reach patients in about 18 months.") == "Arvind Kulkarni"
    assert speaker("the results were \"genuinely good news") == "Farhan Qureshi"
    assert speaker("\"The question for India is whether") == "Farhan Qureshi"
    assert speaker("\"Heart failure patients in India") == "Sunita Pillai"
    assert speaker("He said most of his patients currently receive only water pills") == "Anil Menon"
    assert speaker("Lead investigator Meera Raghunathan") == "Meera Raghunathan"


def test_the_quotations_have_their_speakers_and_no_town_speaks(briefing):
    """04 gives the investigator's words to the chief executive (X6): the quotation there is his,
    not the "effect" inside it; the cardiologist "at a hospital in Bengaluru" says "genuinely good
    news", not Bengaluru."""
    (story,) = briefing["stories"]
    quotes = [(q["speaker"], q["text"][:30]) for q in story["quotes"]]
    assert ("Arvind Kulkarni", "This is the first pill of its ") in quotes
    assert ("Meera Raghunathan", "This is the first pill of its ") in quotes
    assert ("Farhan Qureshi", "genuinely good news") in quotes
    assert not any(speaker in ("Bengaluru", "effect") for speaker, _ in quotes)
