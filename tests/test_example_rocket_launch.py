"""The team example examples/rocket-launch, through the command line: what its answer key
(examples/rocket-launch.answers.md) says must be found is found, and what it says is no
disagreement is not reported. Written as a probe of a failed rocket launch the engine was not built
on; the general defects it showed (a rewrite crediting "Norway's NTB news agency reported" not
joined to the wire story, "Tuesday, June 16" in a March report dated last year, seconds never
compared with minutes, a headline's "two minutes after lift-off" set against another report's
"44-minute hold", a company the tagger took for a person keeping six and eight satellites apart, a
clause cut inside its bracket) are pinned here end to end."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import analyze_example, claim_speaker, discrepancy_table, file_prefixes, origin_table


@pytest.fixture(scope="module")
def briefing(tmp_path_factory) -> dict:
    briefing = analyze_example("rocket-launch", tmp_path_factory.mktemp("launch") / "b.json")
    assert briefing["_summary"].startswith("1 story, 5 documents, ")
    return briefing


files = file_prefixes


def test_three_independent_sources_the_wire_story_and_two_own_reports(briefing):
    (story,) = briefing["stories"]
    assert origin_table(briefing, story) == [(["01", "02", "03"], "NTB"), (["04"], None), (["05"], None)]
    wire = next(o for o in story["origins"] if files(briefing, o["documents"]) == ["01", "02", "03"])
    assert any("credits NTB (reported)" in line and "NTB news agency reported" in line for line in wire["evidence"])


def test_the_disagreements_of_the_answer_key_are_found_with_their_sides(briefing):
    (story,) = briefing["stories"]
    assert discrepancy_table(briefing, story) == [
        ("date", (("June 16", ("03",)), ("Tuesday, June 30", ("05",))), False),  # R7
        ("quantity", (("96 seconds", ("05",)), ("about 120 seconds", ("01", "02", "03", "04"))), False),  # R1
        ("quantity", (("about 9 million euros", ("01", "02")), ("12 million euros", ("04",))), True),  # R4
        ("quantity", (("six small satellites", ("01", "02")), ("eight small satellites", ("04",))), True),  # R3
    ]
    (seconds,) = [d for d in story["discrepancies"] if d["variants"][0]["value"] == "96 seconds"]
    quoted = " ".join(e for v in seconds["variants"] for e in v["evidence"])
    assert "two minutes into its flight" in quoted and "T+2 minutes" in quoted  # N3: one span three ways


def test_units_clocks_roundings_and_other_sums_are_no_disagreement(briefing):
    """48 km and 30 miles, 11:14 a.m. local time and 10:14 UTC, 14.5 and some 15 million euros, the
    44-minute hold against the two minutes of flight, 400 million kroner: none is reported."""
    (story,) = briefing["stories"]
    values = {v["value"] for d in story["discrepancies"] for v in d["variants"]}
    assert not values & {"about 48 km", "30 miles", "about 30 miles", "1014", "44 minutes", "44-minute", "two minutes",
                         "about 14.5 million euros", "some 15 million euros", "more than 400 million", "Wednesday"}
    altitude = next(c for c in story["claims"] if c["text"].startswith("The first stage's engines shut down early"))
    assert altitude["text"] == "The first stage's engines shut down early at an altitude of about 48 km (30 miles)"
    assert sorted(files(briefing, [s["document"] for s in altitude["support"]])) == ["01", "02", "03"]
    cost = next(c for c in story["claims"] if c["text"].startswith("The rocket itself cost"))
    assert sorted(files(briefing, [s["document"] for s in cost["support"]])) == ["01", "03"]


def test_the_rescheduled_launches_are_dated_this_june(briefing):
    (story,) = briefing["stories"]
    dated = {e["date"] for e in story["timeline"] if e["expression"] in ("Tuesday, June 16", "June 16", "Tuesday, June 30")}
    assert dated == {"2026-06-16", "2026-06-30"}


def test_claims_name_their_speakers(briefing):
    (story,) = briefing["stories"]
    speaker = partial(claim_speaker, story)
    assert speaker("The Norwegian Space Agency will lead the investigation") == "Marit Kvalheim"
    assert speaker("the agency would lead the investigation") == "Marit Kvalheim"
    assert speaker('"The flight termination system worked') == "Kvalheim"
    assert speaker('"We knew a first flight carries real risk') == "Henrik Aasland"
    assert speaker("The rocket itself cost about 14.5 million euros") == "Aasland"
    assert speaker('"There was a bang that rolled over the water') == "Torbjørn Eilertsen"
    assert speaker('"We will fly again, and we will fly from Andøya,"') == "Aasland"
    assert speaker("Chief executive Henrik Aasland said") == "Henrik Aasland"
    assert speaker('"First flights fail more often') == "Sofie Lindqvist"
    assert speaker('"An investigation like this usually takes') == "Lindqvist"
    assert speaker('"It is far too early to say why."') == "Rydland"
    assert speaker("no debris had been found on land") == "Rydland"
