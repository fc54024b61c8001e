"""The obituary example, examples/obituary, through the command line against its answer key
(examples/obituary.answers.md): a probe of a story the engine was not built on (the death of a
singer), written before the engine ran on it. It pinned general defects, now fixed: "two daughters
and a son" was a rival count of "three children" (a count joined to one more of another noun is a
part of a sum, as "seven workers and two passers-by" already was); a year of birth was compared
only with another report's year, never with a day of birth in another year nor with an age at
death ("Born ... in 1939" against "died ... at the age of 84" in 2026), and an age that agrees
with a birth date (84 on 9 March 2026 for a man born on 14 May 1941) must stay quiet; and a
hospital named after people ("outside the Hermanos Ameijeiras hospital") was a person, so the
daughter's "she said" went to the hospital; and a widow "survived by" in the wire story, dead since
2021 in a paper's own report, was no disagreement (a survivor in one report and the doer of "die"
in another now is, and a death dated before the other report is no update)."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import analyze_example, claim_speaker, discrepancy_table, origin_table


@pytest.fixture(scope="module")
def briefing(tmp_path_factory) -> dict:
    briefing = analyze_example("obituary", tmp_path_factory.mktemp("obituary") / "b.json")
    assert briefing["_summary"].startswith("1 story, 5 documents, ")
    return briefing


def test_three_independent_sources_the_wire_story_and_two_own_reports(briefing):
    (story,) = briefing["stories"]
    assert origin_table(briefing, story) == [(["01", "02", "03"], "Prensa Latina"), (["04"], None), (["05"], None)]


def test_the_disagreements_the_engine_finds_have_the_sides_of_the_answer_key(briefing):
    (story,) = briefing["stories"]
    assert discrepancy_table(briefing, story) == [
        ("attribution", (("Rosa Elena Quintana", ("01", "02")), ("Lugo", ("04",))), False),  # X6
        ("date", (("1941", ("01", "02", "03", "05")), ("1939", ("04",))), False),  # X1: births and ages at death
        ("date", (("Monday", ("01", "02", "04")), ("yesterday", ("05",))), False),  # X2, short of 03
        ("status", (("He is survived by his wife, the singer Mercedes Arango, and three children", ("01", "02", "03", "05")),
                    ("His wife of 48 years, the singer Mercedes Arango, died in 2021", ("04",))), False),  # X7
    ]


def test_what_only_looks_different_is_no_disagreement(briefing):
    """The age against the birth date it agrees with, three children told as two daughters and a
    son, one Latin Grammy of two, the career in decades and years, the burial, the concert's crowd,
    the songs against the albums, the widow's own death year and a listener's age."""
    (story,) = briefing["stories"]
    values = {v["value"] for d in story["discrepancies"] for v in d["variants"]}
    for agreeing in ("84", "85", "three children", "two daughters", "two Latin Grammy awards", "a Latin Grammy",
                     "more than six decades", "more than 60 years", "Thursday", "Tuesday", "today", "some 5,000",
                     "about 5,000", "more than 300 songs", "2021", "67", "1962", "14 May 1941"):
        assert agreeing not in values
    assert not any(d["kind"] == "quantity" for d in story["discrepancies"])


def test_the_ages_at_death_stand_with_the_birth_they_fit(briefing):
    """"at the age of 84" (01, 02), "The 84-year-old" (03) and the headlines' "dies at 84" fit a
    birth on 14 May 1941 (01, 02) and "Born in 1941" (05): they are evidence of the 1941 side."""
    (story,) = briefing["stories"]
    (births,) = [d for d in story["discrepancies"] if {v["value"] for v in d["variants"]} == {"1941", "1939"}]
    (born_1941,) = [v for v in births["variants"] if v["value"] == "1941"]
    evidence = " | ".join(born_1941["evidence"])
    for sentence in ("on 14 May 1941", "at the age of 84", "The 84-year-old died", "Born in 1941"):
        assert sentence in evidence


def test_claims_name_their_speakers_and_the_hospital_is_no_person(briefing):
    (story,) = briefing["stories"]
    speaker = partial(claim_speaker, story)
    assert speaker("\"He was singing until the last week") == "Yamila Benítez"
    assert speaker("\"He left us the way he lived") == "Yamila Benítez"
    assert speaker("\"His songs taught us to love our own streets,\" she said") == "Rosa Elena Quintana"
    assert speaker("\"Cuba has lost one of its truest voices.\"") == "Rosa Elena Quintana"
    assert speaker("\"He recorded his last album in two days") == "Osvaldo Reyes"
    quoted = {q["text"].strip("“”,. "): q["speaker"] for q in story["quotes"] if q["kind"] == "direct"}
    assert quoted["He left us the way he lived, surrounded by music"] == "Yamila Benítez"
    hospital = [e for e in story["entities"] if e["name"] == "Hermanos Ameijeiras"]
    assert [e["type"] for e in hospital] == ["ORG"]
    texts = [c["text"] for c in story["claims"]]
    assert not any(t.startswith(("Listen again", "HAVANA", "Share this", "Sign up")) for t in texts)
