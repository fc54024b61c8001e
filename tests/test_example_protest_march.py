"""The protest-march example, examples/protest-march, through the command line: what its answer key
(examples/protest-march.answers.md) says must be found is found, and what it says is no
disagreement is not reported. Written as a probe of a story the engine was not built on (a street
protest: crowd estimates by police and by organisers, arrests, injured officers, a minister's
reply, a strike called); the general defects it showed (a strike "for November 5" put in the past
year, a mid-sentence credit that kept two facts in one statement, an opening sentence that only
the headlines joined to the others, "tens of thousands" against "more than 100,000") are pinned
here end to end."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import analyze_example, claim_speaker, discrepancy_table, file_prefixes, origin_table


@pytest.fixture(scope="module")
def briefing(tmp_path_factory) -> dict:
    briefing = analyze_example("protest-march", tmp_path_factory.mktemp("protest") / "b.json")
    assert briefing["_summary"].startswith("1 story, 5 documents, ")
    return briefing


files = file_prefixes


def test_three_independent_sources_the_wire_story_and_two_own_reports(briefing):
    (story,) = briefing["stories"]
    assert origin_table(briefing, story) == [(["01", "02", "03"], "EFE"), (["04"], None), (["05"], None)]
    own = next(o for o in story["origins"] if files(briefing, o["documents"]) == ["04"])
    assert any("shares only quoted words" in line for line in own["evidence"])


def test_the_disagreements_of_the_answer_key_are_found_with_their_sides(briefing):
    (story,) = briefing["stories"]
    assert discrepancy_table(briefing, story) == [
        ("attribution", (("Lucía Ferrer", ("01", "02", "03")), ("Tomás Ibarra", ("04",))), False),  # P5
        ("date", (("November 5", ("01", "02", "03")), ("November 12", ("04",))), False),  # P7
        ("date", (("Saturday", ("01", "02", "04")), ("Friday", ("03",))), False),  # P2
        ("quantity", (("14 people", ("01", "02", "03")), ("23 people", ("05",))), False),  # P1
    ]
    (strike,) = [d for d in story["discrepancies"] if d["variants"][0]["value"] == "November 5"]
    assert [v["normalized"] for v in strike["variants"]] == ["2026-11-05", "2026-11-12"]  # both to come


def test_what_only_looks_different_is_no_disagreement(briefing):
    """Police and organisers' estimates, "tens of thousands" and "more than 100,000", nine arrests
    for one offence, 3 km and nearly two miles, noon and 1100 GMT, a chant paraphrased: none is
    reported."""
    (story,) = briefing["stories"]
    assert not [d for d in story["discrepancies"] if d["kind"] in ("quote", "place")]
    (arrests,) = [d for d in story["discrepancies"] if d["kind"] == "quantity"]
    assert [v["value"] for v in arrests["variants"]] == ["14 people", "23 people"]  # not the nine for one offence
    organisers = next(c for c in story["claims"] if c["text"].startswith("The organisers, the Madrid Tenants' Federation"))
    assert sorted({files(briefing, [s["document"]])[0] for s in organisers["support"]}) == ["01", "02", "05"]
    assert (organisers["independent_sources"], organisers["status"]) == (2, "corroborated")


def test_claims_name_their_speakers(briefing):
    (story,) = briefing["stories"]
    speaker = partial(claim_speaker, story)
    assert speaker('"The reform will go ahead') == "Álvaro Quintana"
    assert speaker('"We have listened') == "Álvaro Quintana"
    assert speaker('"A nurse or a teacher') == "Lucía Ferrer"
    assert speaker("Six police officers were slightly injured") == "Raúl Menéndez"
    assert speaker("Eleven officers were treated") == "Unified Police Union"
    assert speaker("Nine people were arrested") == "National Police spokesman"
    assert speaker('"We came because') == "Elena Prieto"
    assert speaker("The government has withdrawn the bill") == "housing ministry spokesman"
    assert not any(c["text"].startswith("MADRID") for c in story["claims"])
    # two headlines that share only the story's topic are no claim that two sources back
    (title,) = [c for c in story["claims"] if c["text"].startswith("Rent march fills Madrid")]
    assert (title["independent_sources"], len(title["support"])) == (1, 1)


def test_the_march_is_one_claim_of_four_reports_dated_by_three_sources(briefing):
    (story,) = briefing["stories"]
    march = story["claims"][0]
    assert march["text"].startswith("Tens of thousands of people marched through central Madrid on Saturday")
    assert sorted({files(briefing, [s["document"]])[0] for s in march["support"]}) == ["01", "02", "03", "04", "05"]
    assert (march["independent_sources"], march["status"]) == (3, "disputed")
