"""The doping-ban example, examples/doping-ban, through the command line against its answer key
(examples/doping-ban.answers.md): a probe of a story the engine was not built on (a weightlifter
banned after a positive test, a Ukrinform wire story), written before the engine ran on it. It
pinned general defects, now fixed: a date of a happening the sentence denies ("did not compete at
the national championships ... this month") was set against the day another report gives it ("free
to compete again in April 2030"); a name set off after a
title and tagged an organisation ("said the gym's manager, Andriy Pavliuk") left the words to the
coach quoted before; two medals of one athlete at one event (silver, bronze) were no disagreement
(data/analyze/medals.txt); and a plan denied ("will not appeal the decision") was no rival of the
same plan told without its object ("would appeal to the Court of Arbitration for Sport") in a
sentence too far apart to share its claim; and the athlete's "I have never knowingly taken a banned
substance ..." (01, 02) was given to the federation's president, since the tagger missed the
"Lysenko" of "Lysenko denied any wrongdoing." before it (a surname of a person named in full is
that person where the tagger missed it, unless the report also writes it as a common word)."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import analyze_example, claim_speaker, discrepancy_table, origin_table


@pytest.fixture(scope="module")
def briefing(tmp_path_factory) -> dict:
    briefing = analyze_example("doping-ban", tmp_path_factory.mktemp("doping") / "b.json")
    assert briefing["_summary"].startswith("1 story, 5 documents, ")
    return briefing


def test_three_independent_sources_the_wire_story_and_two_own_reports(briefing):
    (story,) = briefing["stories"]
    assert origin_table(briefing, story) == [(["01", "02", "03"], "Ukrinform"), (["04"], None), (["05"], None)]


SILVER = ("he has been stripped of the silver medal he won at the European Championships in Chisinau on March 28, where "
          "he lifted a total of 382 kilograms")
BRONZE = "Lysenko, who lifted about 380 kilograms to win bronze at the European Championships in Chisinau, loses that medal"


def test_the_disagreements_the_engine_finds_have_the_sides_of_the_answer_key(briefing):
    (story,) = briefing["stories"]
    assert discrepancy_table(briefing, story) == [
        ("attribution", (("Viktor Hnatiuk", ("01", "02")), ("Iryna Savchuk", ("05",))), False),  # X6
        ("negation", (("Lysenko will not appeal the decision", ("05",)),
                      ("Lysenko would appeal to the Court of Arbitration for Sport in Lausanne", ("01", "02"))), False),  # X7, short
        ("place", (("Lviv", ("03",)), ("Uzhhorod", ("04",))), False),  # X5, short of 01 and 02
        ("quantity", (("24-month", ("05",)), ("four years", ("01", "02", "03", "04"))), False),  # X1
        ("status", ((SILVER, ("01", "02")), (BRONZE, ("05",))), False),  # X4, short of 03 and 04
    ]


def test_what_only_looks_different_is_no_disagreement(briefing):
    """Four years and 48 months, 382 and about 380 kilograms, euros and dollars, a teammate's ban,
    the dates of the test, the championships, the suspension and the return, the listing years of
    two drugs, the other counts, and the days of the telling."""
    (story,) = briefing["stories"]
    values = {v["value"] for d in story["discrepancies"] for v in d["variants"]}
    for agreeing in ("48-month", "382 kilograms", "about 380 kilograms", "12,000 euros", "about 13,000 dollars", "two-year",
                     "March 14", "March 28", "April 2", "April 2030", "this month", "early April", "mid-March", "2014",
                     "2016", "11 times", "more than 2,500", "21 days", "this morning", "Tuesday", "yesterday"):
        assert agreeing not in values
    assert not any(d["kind"] == "date" for d in story["discrepancies"])


def test_claims_name_their_speakers_and_leave_out_the_furniture(briefing):
    (story,) = briefing["stories"]
    speaker = partial(claim_speaker, story)
    assert speaker("\"The rules are the same for every athlete") == "Viktor Hnatiuk"
    assert speaker("\"We will not protect anyone who cheats.\"") == "Viktor Hnatiuk"
    assert speaker("His lawyer, Oleh Marchenko, said Lysenko would appeal") == "Oleh Marchenko"
    assert speaker("He said he had bought the supplement") == "Lysenko"
    assert speaker("Lysenko will not appeal the decision") == "Mykola Bondar"
    assert speaker("\"He is tired, and he wants to think") == "Bondar"
    assert speaker("\"We saw him here every day.") == "Andriy Pavliuk"
    assert speaker("\"I have never knowingly taken a banned substance") == "Lysenko"
    texts = [c["text"] for c in story["claims"]]
    assert not any(t.startswith(("Listen again", "KYIV", "Share this", "Sign up", "(Reporting")) for t in texts)
