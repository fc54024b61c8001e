"""The team's criminal-court example, examples/court-sentencing, through the command line: what its
answer key (examples/court-sentencing.answers.md) says must be found is found, and what it says is
no disagreement is not reported. Written as a probe of a genre the engine was not built on; the
general defects it showed (a term of "six and a half years" read as 6, "three years and three
months" read as two terms, no A$ amount read at all, years never meeting months, "pleaded not
guilty" read as an assertion, "US$" read as a mention of the United States, a defendant's surname
geocoded as a Californian village) are pinned here end to end."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import analyze_example, claim_speaker, discrepancy_table, file_prefixes, origin_table


@pytest.fixture(scope="module")
def briefing(tmp_path_factory) -> dict:
    briefing = analyze_example("court-sentencing", tmp_path_factory.mktemp("court") / "b.json")
    assert briefing["_summary"].startswith("1 story, 5 documents, ")
    return briefing


files = file_prefixes


def test_three_independent_sources_the_wire_story_and_two_own_reports(briefing):
    (story,) = briefing["stories"]
    assert origin_table(briefing, story) == [
        (["01", "02", "03"], "Australian Associated Press"), (["04"], None), (["05"], None),
    ]
    ledger = next(o for o in story["origins"] if files(briefing, o["documents"]) == ["04"])
    # the judge's words, quoted in the wire story and in the courtroom report, are no copying
    assert sum("shares only quoted words" in line and "not copying" in line for line in ledger["evidence"]) == 3


def test_the_disagreements_of_the_answer_key_are_found_with_their_sides(briefing):
    (story,) = briefing["stories"]
    assert discrepancy_table(briefing, story) == [
        ("attribution", (("Helen Marchetti", ("01", "02", "03")), ("Daniel Okafor", ("04",))), False),
        ("date", (("Tuesday", ("03",)), ("Monday", ("05",))), False),
        ("negation", (("Warren Stubbs, 61, pleaded guilty to 12 counts of fraud in the District Court in Brisbane, "
                       "where he was sentenced on Tuesday", ("01", "02", "03")),
                      ("Stubbs, 61, had pleaded not guilty to 12 counts of fraud but was convicted by a jury in July "
                       "after a four-week trial", ("04",))), False),
        ("quantity", (("six and a half years", ("01", "02", "03")), ("eight years", ("05",))), False),
        ("quantity", (("two-year", ("01", "02", "03")), ("18-month", ("04",))), True),
    ]


def test_a_term_in_months_and_a_total_against_its_parts_are_no_disagreement(briefing):
    """78 months is six and a half years (03 is on the six-and-a-half side, with its headline); three
    years and three months before parole is 39 months and backs the same claim; A$2.9 million and
    A$500,000 are parts of A$3.4 million; "more than A$3 million" agrees with it."""
    (story,) = briefing["stories"]
    (term,) = [d for d in story["discrepancies"] if d["variants"][0]["value"] == "six and a half years"]
    assert "Ex-utility finance director gets 78 months for fraud" in term["variants"][0]["evidence"]
    (parole,) = [c for c in story["claims"] if c["text"].startswith("He will be eligible for parole")]
    assert sorted(files(briefing, [s["document"] for s in parole["support"]])) == ["01", "02", "04"]
    assert (parole["independent_sources"], parole["status"]) == (2, "corroborated")
    money = [v["value"] for d in story["discrepancies"] for v in d["variants"] if "A$" in v["value"] or "US$" in v["value"]]
    assert money == []


def test_claims_name_their_speakers_and_lose_the_dateline(briefing):
    (story,) = briefing["stories"]

    speaker = partial(claim_speaker, story)

    assert speaker("\"You betrayed the trust") == "Helen Marchetti"
    assert speaker("Judge Helen Marchetti described the fraud") == "Helen Marchetti"
    assert speaker("She called the scheme") == "Helen Marchetti"  # "called" it "a calculated ... deception"
    assert speaker("His barrister, Fiona Leckie, said outside court") == "Fiona Leckie"
    assert speaker("\"He accepts what he did") == "Fiona Leckie"
    assert speaker("The utility has so far recovered") == "Pauline Roe"
    assert speaker("\"Every dollar we get back") == "Gallagher"
    assert speaker("He said the utility had tightened") == "Gallagher"
    assert speaker("\"He seemed like a quiet retiree") == "one neighbour"
    assert not any(c["text"].startswith("BRISBANE") for c in story["claims"])


def test_the_defendant_is_a_person_and_the_places_are_in_australia(briefing):
    (story,) = briefing["stories"]
    entities = {e["name"]: e for e in story["entities"]}
    assert (entities["Warren Stubbs"]["type"], entities["Warren Stubbs"]["aliases"]) == ("PERSON", ["Stubbs"])
    assert "Stubbs" not in entities
    places = ("Brisbane", "Queensland", "Noosa", "Ipswich")
    assert [entities[name]["country"] for name in places] == ["AU", "AU", "AU", "AU"]
