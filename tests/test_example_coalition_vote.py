"""The coalition-vote example, examples/coalition-vote, through the command line against its answer
key (examples/coalition-vote.answers.md): a probe of a story the engine was not built on (a
parliament's confidence vote on a new coalition), written before the engine ran on it. It pinned
general defects, now fixed: a number hyphened to a noun ("a five-party coalition", "a 12-member
board") was no figure at all; a term in days and one in months were never compared ("277 days"
against "nearly eleven months"); "approved" and "backed" were two happenings, and the votes of one
tally told by two verbs ("approved by 81 votes", "gave its confidence by 79 votes") two counts;
"is to visit Paris on Monday" was no plan, so its Monday was the one before and set against the
swearing-in's Friday; and a last clause joined by "and" ("..., and the European Commission has asked
for a plan") was read as a credit, which gave the clauses before it to the Commission."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import analyze_example, claim_speaker, discrepancy_table, file_prefixes, origin_table


@pytest.fixture(scope="module")
def briefing(tmp_path_factory) -> dict:
    briefing = analyze_example("coalition-vote", tmp_path_factory.mktemp("coalition") / "b.json")
    assert briefing["_summary"].startswith("1 story, 5 documents, ")
    return briefing


def test_three_independent_sources_the_wire_story_and_two_own_reports(briefing):
    (story,) = briefing["stories"]
    assert origin_table(briefing, story) == [(["01", "02", "03"], "Belga"), (["04"], None), (["05"], None)]


def test_the_disagreements_the_engine_finds_have_the_sides_of_the_answer_key(briefing):
    (story,) = briefing["stories"]
    assert discrepancy_table(briefing, story) == [
        ("attribution", (("Marc Dewolf", ("01", "02", "03")), ("Ilse Verbruggen", ("04",))), False),  # X6
        ("date", (("Thursday", ("01", "02")), ("Wednesday", ("03",))), False),  # X7
        ("negation", (("The Green Union never left the coalition talks", ("05",)),
                      ("The Green Union left the coalition talks in January in a dispute over climate targets",
                       ("01", "02", "03"))), False),  # X3
        ("place", (("Paris", ("01", "02")), ("Berlin", ("05",))), False),  # X5
        ("quantity", (("79 votes", ("05",)), ("81 votes", ("01", "02"))), False),  # X1
        ("quantity", (("five-party", ("01", "02", "03")), ("four-party", ("04",))), True),  # X2
        ("quantity", (("nine months", ("01", "02", "05")), ("nearly eleven months", ("04",))), True),  # X4
    ]


def test_what_only_looks_different_is_no_disagreement(briefing):
    """277 days and nine months, the seats against the votes, the majority needed, the parties'
    seats, the deficit pledge, the swearing-in told a day later, the 541-day record, the cabinet."""
    (story,) = briefing["stories"]
    values = {v["value"] for d in story["discrepancies"] for v in d["variants"]}
    for agreeing in ("83", "83 seats", "76", "76 votes", "150", "27", "24", "nine", "5", "3 percent", "3%", "2029",
                     "25,000", "541 days", "15", "seven", "Friday", "Monday", "this morning", "yesterday",
                     "more than nine months", "62"):
        assert agreeing not in values
    assert not any(d["kind"] == "status" for d in story["discrepancies"])


def test_the_visit_that_is_to_come_is_the_coming_monday(briefing):
    """03's "The new prime minister is to visit Paris on Monday" (published on a Thursday) is the
    Monday after, as the wire's "will travel to Paris on Monday"."""
    (story,) = briefing["stories"]
    (entry,) = [t for t in story["timeline"] if t["expression"] == "Monday"]
    assert entry["date"] == "2026-03-16"
    assert file_prefixes(briefing, entry["documents"]) == ["01", "02", "03", "05"]


def test_claims_name_their_speakers_and_a_last_clause_credits_no_one(briefing):
    (story,) = briefing["stories"]
    speaker = partial(claim_speaker, story)
    assert speaker("\"Belgium has waited long enough.") == "Joris Vandermaelen"
    assert speaker("\"This coalition was built on fear") == "Marc Dewolf"
    assert speaker("\"We stayed at the table") == "Ilse Verbruggen"
    assert speaker("\"Every pledge in this agreement") == "Rachid Benali"
    assert speaker("\"It is not the programme") == "Laura Peeters"
    assert speaker("He said no one would have to work beyond 67.") == "Thomas Lambrecht"
    assert speaker("\"Eleven months is long") == "Griet Van Assche"
    # "..., and the European Commission has asked for a plan to reduce it" credits no clause before it
    assert speaker("The first budget is due before parliament") is None
    assert speaker("Vandermaelen's team has little room") is None
    texts = [c["text"] for c in story["claims"]]
    assert not any(t.startswith(("Listen to", "BRUSSELS", "Share on", "Get the EuroPolitics")) for t in texts)
