"""The mine-rescue example, examples/mine-rescue, through the command line against its answer key
(examples/mine-rescue.answers.md): a probe of a story the engine was not built on (a gold-mine
rockfall and rescue), written before the engine ran on it. It pinned general defects, now fixed: a
rescue "continuing" in one report and "suspended" in another was no disagreement, the radio's "Catch
up on ... on the ... app" stayed as a claim, a three-word sentence that counts a fate ("Four were
killed.") was dropped, a headline's "three miners still underground" was a third toll of the dead
beside "Four miners" and "Five miners" (a report that states the three as "three trapped" or "three
more are still trapped" still disputed it), and "she said" after "whose brother Thabo" gave a
sister's words to her brother."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import analyze_example, claim_speaker, discrepancy_table, origin_table


@pytest.fixture(scope="module")
def briefing(tmp_path_factory) -> dict:
    briefing = analyze_example("mine-rescue", tmp_path_factory.mktemp("mine") / "b.json")
    assert briefing["_summary"].startswith("1 story, 5 documents, ")
    return briefing


def test_three_independent_sources_the_wire_story_and_two_own_reports(briefing):
    (story,) = briefing["stories"]
    assert origin_table(briefing, story) == [
        (["01", "02", "03"], "South African Press Association"), (["04"], None), (["05"], None)]


def test_the_disagreements_the_engine_finds_have_the_sides_of_the_answer_key(briefing):
    (story,) = briefing["stories"]
    assert discrepancy_table(briefing, story) == [
        ("attribution", (("Johan Steenkamp", ("01", "02", "03")), ("Lerato Mahlangu", ("04",))), False),  # X5
        ("negation", (("The Department of Mineral Resources fined Mabaleng Gold 2.3 million rand in 2024 for safety breaches"
                       " at Kloofspruit, department records show", ("01", "02", "03")),
                      ("Mabaleng Gold has never been fined for safety breaches at Kloofspruit", ("04",))), False),  # X7
        ("place", (("Carletonville", ("01", "02", "03")), ("Westonaria", ("05",))), False),  # X4
        ("quantity", (("Four miners", ("01", "02")), ("Five miners", ("05",))), False),  # X1
        ("quantity", (("more than two kilometres", ("01", "02", "05")), ("1,800 metres", ("04",))), True),  # X2
        ("status", (("Rescue operations were continuing on Monday afternoon, with teams clearing fallen rock to reach the"
                     " three trapped men, who are believed to be in a refuge chamber with fresh air and water", ("01", "02")),
                    ("Rescue operations have been suspended because of the risk of further rockfalls", ("05",))), False),  # X6
    ]


def test_what_only_looks_different_is_no_disagreement(briefing):
    """A depth in metres, feet and kilometres, the 34 and their parts, a rescued count that rose,
    the workforce, the shift and the section, the hours trapped, production suspended, and the
    trapped three against the toll of the dead."""
    (story,) = briefing["stories"]
    values = {v["value"] for d in story["discrepancies"] for v in d["variants"]}
    for agreeing in ("about 2,400 metres", "roughly 7,900 feet", "three miners", "three", "27", "Twenty-seven", "30", "34",
                     "Thirty-four", "Eleven", "about 5,200", "Some 400", "some 22 hours", "tomorrow", "Monday"):
        assert agreeing not in values
    assert [d["kind"] for d in story["discrepancies"]].count("status") == 1
    assert not any("Production" in v["value"] for d in story["discrepancies"] for v in d["variants"])


def test_claims_name_their_speakers_and_leave_out_the_prompt(briefing):
    (story,) = briefing["stories"]
    speaker = partial(claim_speaker, story)
    assert speaker("\"We will not stop until every one of our people") == "Johan Steenkamp"
    assert speaker("\"Our thoughts are with the families") == "Johan Steenkamp"
    assert speaker("\"This mine has a history of seismic events") == "Tshepo Molefe"
    assert speaker("\"The inspectors will establish what happened") == "Lerato Mahlangu"
    assert speaker("\"When I saw him walk out") == "Dineo Sithole"
    assert speaker("She said the company would cooperate fully") == "Annelie Botha"
    assert speaker("\"We cannot send our teams in") == "Sizwe Khumalo"
    assert speaker("\"We have buried too many of our members") == "Tshepo Molefe"
    texts = [c["text"] for c in story["claims"]]
    assert not any(t.startswith(("Catch up", "CARLETONVILLE", "Share this", "Get the")) for t in texts)


def test_a_short_sentence_that_counts_the_dead_joins_the_claim_of_the_toll(briefing):
    """04's "Four were killed." (three words) is a statement, in the claim of the wire's "Four
    miners were killed"."""
    (story,) = briefing["stories"]
    (claim,) = [c for c in story["claims"] if c["text"].startswith("Four miners were killed")]
    documents = {d["id"]: d["source"].rsplit("/", 1)[-1][:2] for d in briefing["documents"]}
    assert "04" in {documents[e["document"]] for e in claim["support"]}


def test_the_sisters_words_are_not_her_brothers(briefing):
    (story,) = briefing["stories"]
    (quote,) = [q for q in story["quotes"] if q["text"].startswith("When I saw him walk out")]
    assert quote["speaker"] is None  # "she" cannot be Thabo, the nearest name: left open
