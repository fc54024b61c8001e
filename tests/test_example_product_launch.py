"""The product-launch example, examples/product-launch, through the command line against its
answer key (examples/product-launch.answers.md): a probe of a story the engine was not built on (a
carmaker unveils an electric SUV), written before the engine ran on it. It pinned general defects,
now fixed: energy had no unit, so a battery's "75-kilowatt-hour" was no quantity and "82 kWh battery
pack" a count of packs, and the two capacities never met (X2); one quotation worded identically in
two reports but framed very differently ("told about 2,000 guests at the Expo Centre" / "said the
chief designer, as he walked reporters round the car") scored just below alignment, so the
quotation given to two people was two claims and its speaker never disputed (X6); and a wire
agency the tagger read as a place ("Xinhua") was put on the map."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import analyze_example, claim_speaker, discrepancy_table, origin_table


@pytest.fixture(scope="module")
def briefing(tmp_path_factory) -> dict:
    briefing = analyze_example("product-launch", tmp_path_factory.mktemp("launch") / "b.json")
    assert briefing["_summary"].startswith("1 story, 5 documents, ")
    return briefing


def test_three_independent_sources_the_wire_story_and_two_own_reports(briefing):
    (story,) = briefing["stories"]
    assert origin_table(briefing, story) == [(["01", "02", "03"], "Xinhua"), (["04"], None), (["05"], None)]


def test_the_disagreements_the_engine_finds_have_the_sides_of_the_answer_key(briefing):
    (story,) = briefing["stories"]
    assert discrepancy_table(briefing, story) == [
        ("attribution", (("Zhou Min", ("01", "02")), ("Karl Lindqvist", ("05",))), False),  # X6
        ("date", (("October 15", ("05",)), ("November 1", ("04",))), False),  # X4, short of 01, 02, 03
        ("place", (("Norway", ("01", "02")), ("Germany", ("04",))), False),  # X5, short of 03
        ("quantity", (("189,900 yuan", ("01", "02", "03", "05")), ("169,900 yuan", ("04",))), True),  # X1
        ("quantity", (("75-kilowatt-hour", ("01", "02", "03")), ("82 kWh", ("05",))), False),  # X2
        ("quantity", (("more than 600 kilometres", ("01", "02", "03")), ("about 350 miles", ("04",))), True),  # X3
        ("status", (("The first cars will be shipped to dealers in China next month", ("01", "02", "03")),
                    ("the first cars have already been shipped to dealers in China", ("05",))), False),  # X7 (03 too many)
    ]


def test_what_only_looks_different_is_no_disagreement(briefing):
    """Kilograms and pounds, yuan and dollars, the price less a subsidy, the pre-orders and their
    parts, the standard version's battery, the charging, the factory's capacity and output, the
    sales and the break-even, and the Oslo presentation."""
    (story,) = briefing["stories"]
    values = {v["value"] for d in story["discrepancies"] for v in d["variants"]}
    for agreeing in ("1,980 kilograms", "about 4,365 pounds", "about 26,400 dollars", "179,900 yuan", "10,000-yuan",
                     "more than 30,000", "about 12,000", "400", "60-kilowatt-hour", "80 percent", "18 minutes",
                     "up to 200,000", "8,000", "about 140,000", "at least 100,000", "Oslo", "tomorrow", "yesterday",
                     "Tuesday"):
        assert agreeing not in values
    assert [d["kind"] for d in story["discrepancies"]].count("quote") == 0


def test_claims_name_their_speakers(briefing):
    (story,) = briefing["stories"]
    speaker = partial(claim_speaker, story)
    assert speaker("\"We priced the Tern to compete with petrol cars") == "Zhou Min"
    assert speaker("\"This is the car that will take us to Europe,\" Lanyu Auto chief executive") == "Zhou Min"
    assert speaker("The first cars will be shipped to dealers in China next month") == "Zhou"
    assert speaker("Deliveries to customers will begin on November 1") == "Chen"
    assert speaker("\"The price is the story here,\"") == "Fiona Tang"
    assert speaker("\"We have never had this many calls") == "Wang Lei"
    assert speaker("He said his showroom alone had taken 400 pre-orders.") == "Wang Lei"
    texts = [c["text"] for c in story["claims"]]
    assert not any(t.startswith(("SHANGHAI", "Share this", "Get the Gadget Ledger")) for t in texts)


def test_the_quotation_in_two_mouths_is_one_claim_of_two_sources(briefing):
    (story,) = briefing["stories"]
    (claim,) = [c for c in story["claims"] if c["text"].startswith("\"This is the car that will take us to Europe")]
    assert (claim["status"], claim["independent_sources"]) == ("disputed", 2)


def test_the_wire_agency_is_no_place_on_the_map(briefing):
    (story,) = briefing["stories"]
    assert [e["type"] for e in story["entities"] if e["name"] == "Xinhua"] == ["ORG"]
