"""The job-cuts example, examples/job-cuts, through the command line against its answer key
(examples/job-cuts.answers.md): a probe of a story the engine was not built on (a car-parts
supplier cutting jobs and closing a plant, credited to Bloomberg), written before the engine ran on
it. It pinned general defects, now fixed: a wire's "--With assistance from" and "To contact the
reporter/editors on this story: ..." desk lines were claims (and their names entities); "the union
plans a rally ... on Thursday" was dated the Thursday before, which set it against another report's
"tomorrow" (the same Thursday); a date on another verb than the sentence's main one ("called the cuts
'a betrayal' and said it would hold a rally on Thursday") was kept from a report whose main verb took
another thing ("has called a protest rally ... on Friday"), so the wire was off the rally's side; a
person set off at the end of a role's phrase that ends in a thing ("The owner of a bakery opposite
the plant, NAME, said") left the role as the speaker; and what a credit set after its content goes on
to tell ("..., the maker announced this morning, in a restructuring that will cut 18 percent of its
workforce of 40,000 by the end of 2027") was dropped as frame, figures and year included."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import analyze_example, claim_speaker, discrepancy_table, file_prefixes, origin_table


@pytest.fixture(scope="module")
def briefing(tmp_path_factory) -> dict:
    briefing = analyze_example("job-cuts", tmp_path_factory.mktemp("cuts") / "b.json")
    assert briefing["_summary"].startswith("1 story, 5 documents, ")
    return briefing


def test_three_independent_sources_the_wire_story_and_two_own_reports(briefing):
    (story,) = briefing["stories"]
    assert origin_table(briefing, story) == [(["01", "02", "03"], "Bloomberg"), (["04"], None), (["05"], None)]


def test_the_disagreements_the_engine_finds_have_the_sides_of_the_answer_key(briefing):
    (story,) = briefing["stories"]
    assert discrepancy_table(briefing, story) == [
        ("attribution", (("Martina Hollenbeck", ("01", "02", "04")), ("Jens Aldinger", ("05",))), False),  # X6
        ("date", (("Thursday", ("01", "02", "03", "04")), ("Friday", ("05",))), False),  # X7
        ("negation", (("it had consulted the union before announcing the plan", ("02", "03")),
                      ("the union had not been consulted before the announcement", ("04",))), False),  # X5, short of 01
        ("place", (("Chemnitz", ("01", "02")), ("Zwickau", ("05",))), False),  # X3, short of 03
    ]


def test_what_only_looks_different_is_no_disagreement(briefing):
    """A share of the workforce that agrees with the count, the charge in dollars, the parts of the
    cuts, the earlier round, the intraday fall against the close, rounding, the savings, "tomorrow"
    a day later, other spans and counts."""
    (story,) = briefing["stories"]
    values = {v["value"] for d in story["discrepancies"] for v in d["variants"]}
    for agreeing in ("about 12 percent", "4,800", "roughly 40,000", "about $1.3 billion", "1.1 billion euros",
                     "About 1,900", "Some 1,900", "600", "2,000", "6.1%", "3.8 percent", "nearly 5,000",
                     "600 million euros", "€600 million", "tomorrow", "yesterday", "September 2027", "three years",
                     "22 years", "several thousand"):
        assert agreeing not in values
    assert [d["kind"] for d in story["discrepancies"] if d["kind"] == "quantity"] == []


def test_the_rally_planned_on_thursday_is_the_coming_thursday(briefing):
    """03's "The United Metalworkers' Union plans a rally at the Kassel gates on Thursday" (published
    on a Tuesday) is two days on, the day of the wire's rally, not the Thursday before."""
    (story,) = briefing["stories"]
    (entry,) = [t for t in story["timeline"] if t["expression"] == "Thursday"]
    assert (entry["date"], file_prefixes(briefing, entry["documents"])) == ("2026-09-17", ["01", "02", "03", "04"])
    assert not any(t["date"] == "2026-09-10" for t in story["timeline"])


def test_claims_name_their_speakers_and_leave_out_the_desk_lines(briefing):
    (story,) = briefing["stories"]
    speaker = partial(claim_speaker, story)
    assert speaker("\"This is a painful but necessary step") == "Martina Hollenbeck"
    assert speaker("\"We will fight for every single job in Kassel,\"") == "Sabine Kroll"
    assert speaker("\"Investors have been waiting for Rheinfeld") == "Felix Brandauer"
    assert speaker("Kassel's deputy mayor, Thomas Riegel, said") == "Thomas Riegel"
    assert speaker("The owner of a bakery opposite the plant, Gerda Hahn, said") == "Gerda Hahn"
    assert speaker("\"If the plant goes, I don't know if we can stay,\" she said.") == "Gerda Hahn"
    assert speaker("Mehmet Yilmaz, who has worked on the injection-pump line") == "Mehmet Yilmaz"
    texts = [c["text"] for c in story["claims"]]
    assert not any(t.startswith(("--With assistance", "To contact", "STUTTGART", "Share this", "Get the Auto",
                                 "Catch up")) for t in texts)
    names = {e["name"] for e in story["entities"]}
    assert not names & {"Lukas Ortner", "Anna Keller", "Jonas Weir"}


def test_the_radios_share_of_the_workforce_stays_in_its_statement(briefing):
    """05's lede sets its credit in the middle ("..., the car-parts maker announced this morning, in
    a restructuring that will cut 18 percent of its workforce of 40,000 by the end of 2027"): the
    year after the credit dates the lede's claim."""
    (story,) = briefing["stories"]
    (entry,) = [t for t in story["timeline"] if t["event"].startswith("Rheinfeld Automotive will close its Kassel plant")]
    assert (entry["expression"], entry["date"]) == ("2027", "2027")
