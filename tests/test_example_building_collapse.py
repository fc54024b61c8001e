"""The building-collapse example, examples/building-collapse, through the command line against its
answer key (examples/building-collapse.answers.md): a probe of a story the engine was not built on
(the upper floors of a condominium block under construction fall in), written before the engine ran
on it. It pinned general defects, now fixed: two own reports that both wrote a contractor's long
company name and the block's description were one origin (names shared are the story's, not
evidence of copying); "Two workers were killed and 11 were trapped" left the 11 without a noun, so it
met no count of workers and took a later death toll instead; "Seven workers and two passers-by were
injured" was a rival of "Nine people were injured"; "..., the director, X, told reporters at the
site" after a quotation gave its last sentence no speaker (the object of "told" was read as what it
reports); a town the tagger swept into a company's name ("..., X Sdn Bhd, in Seremban") filled no
place slot; and "Shah Alam", read as a person by the tagger, was a person, off the map."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import analyze_example, claim_speaker, discrepancy_table, origin_table


@pytest.fixture(scope="module")
def briefing(tmp_path_factory) -> dict:
    briefing = analyze_example("building-collapse", tmp_path_factory.mktemp("collapse") / "b.json")
    assert briefing["_summary"].startswith("1 story, 5 documents, ")
    return briefing


def test_three_independent_sources_the_wire_story_and_two_own_reports(briefing):
    """05 shares two runs of words with the wire, mostly the contractor's name and the block's
    description: no copying."""
    (story,) = briefing["stories"]
    assert origin_table(briefing, story) == [(["01", "02", "03"], "Bernama"), (["04"], None), (["05"], None)]


def test_the_disagreements_the_engine_finds_have_the_sides_of_the_answer_key(briefing):
    (story,) = briefing["stories"]
    assert discrepancy_table(briefing, story) == [
        ("attribution", (("Kamarul Ariffin Yusof", ("01", "02", "04")), ("Rizal Hamdan", ("05",))), False),  # X7
        ("date", (("3 September", ("01", "02", "03")), ("20 August", ("04",))), False),  # X4
        ("negation", (("The developer obtained a building permit for the block from the Shah Alam City Council in "
                       "March 2024", ("01", "02")),
                      ("Seri Mutiara Development Sdn Bhd never obtained a building permit for the block", ("04",))),
         False),  # X6, short of 03's "which received its building permit"
        ("quantity", (("11", ("01", "02")), ("15 workers", ("05",))), False),  # X1, short of 03 and 04
    ]


def test_what_only_looks_different_is_no_disagreement(briefing):
    """Floors against storeys, 2.20pm and 14:20, the dead a day later, the injured in parts, the
    trapped a day later, RM180 million and 180 million ringgit, 30 days and a month, Thursday and
    "tomorrow"."""
    (story,) = briefing["stories"]
    values = {v["value"] for d in story["discrepancies"] for v in d["variants"]}
    for agreeing in ("14-storey", "four", "Four", "2.20pm", "14:20", "three", "Two", "two", "Nine people", "Seven workers",
                     "eight", "RM180 million", "180 million ringgit", "30 days", "a month", "Thursday", "tomorrow",
                     "More than 120", "312", "62"):
        assert agreeing not in values
    assert [d["kind"] for d in story["discrepancies"] if d["kind"] == "quantity"] == ["quantity"]


def test_claims_name_their_speakers_and_leave_out_the_prompt(briefing):
    (story,) = briefing["stories"]
    speaker = partial(claim_speaker, story)
    assert speaker("\"Our priority now is to reach the workers") == "Kamarul Ariffin Yusof"
    assert speaker("We are using sniffer dogs and thermal cameras") == "Kamarul Ariffin Yusof"
    assert speaker("More than 120 firefighters") == "Kamarul Ariffin Yusof"
    assert speaker("Police detained a director of the main contractor") == "Rizal Hamdan"
    assert speaker("He said the case was being investigated") == "Rizal Hamdan"
    assert speaker("He said work on the 180 million ringgit project") == "Zulkifli Osman"
    assert speaker("\"Then the whole top of the building folded down") == "Lim Kok Wah"
    assert speaker("\"The workers ate at my stall every day.\"") == "Lim Kok Wah"
    assert speaker("\"When wet concrete is poured") == "Farah Nadia Ismail"
    assert speaker("\"We were afraid our building would be next") == "Siti Aminah Hassan"
    texts = [c["text"] for c in story["claims"]]
    assert not any(t.startswith(("Follow Selangor Today", "SHAH ALAM", "Share this", "Sign up", "(Updated")) for t in texts)


def test_the_city_is_a_place_on_the_map(briefing):
    """The tagger read "Shah Alam" as a person in most of its mentions ("Shah Alam district police
    chief"); no one in the story is called Alam."""
    (story,) = briefing["stories"]
    shah_alam = [e for e in story["entities"] if e["name"] == "Shah Alam"]
    assert [(e["type"], e["lat"] is not None) for e in shah_alam] == [("PLACE", True)]
    seremban = [e for e in story["entities"] if e["name"] == "Seremban"]
    assert [e["type"] for e in seremban] == ["PLACE"]
