"""The bus-crash example, examples/bus-crash, through the command line against its answer key
(examples/bus-crash.answers.md): a probe of a story the engine was not built on (a long-distance bus
leaves a highway in Bangladesh and plunges into a river), written before the engine ran on it. It
pinned general defects, now fixed: in "said Shibchar fire station officer Monirul Haque" the town
before the title was taken for the speaker, so the radio's own report quoted nobody the wire never
names and was joined to the wire's origin by its structure alone; "Jan Doe, who owns X, said ..." was
no reported speech, and the "he said" after it went to the company in the relative clause; a "he
said" after a sentence a shopkeeper said (his name untagged) went to the fire officer quoted before;
a day-later "toll rises to 23" stood as a third side of the same-day 19 / twelve dispute; the day a
bus set out (a relative clause) was set against the day it left the road (a "when" clause) in one
claim about its passengers; the radio's "Hear our next news bulletin ... FM" stayed as a claim;
"told the Chronicle" in The Southern Chronicle made "Chronicle" a person; and "Madaripur
Superintendent" (a place and a title before "of Police" and a name) was a person too."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import analyze_example, claim_speaker, discrepancy_table, origin_table


@pytest.fixture(scope="module")
def briefing(tmp_path_factory) -> dict:
    briefing = analyze_example("bus-crash", tmp_path_factory.mktemp("bus") / "b.json")
    assert briefing["_summary"].startswith("1 story, 5 documents, ")
    return briefing


def test_three_independent_sources_the_wire_story_and_two_own_reports(briefing):
    """05 repeats the police chief's quotation (giving it to a fire officer) and tells the crash in
    the usual order, but quotes a fire officer and a shopkeeper the wire never names: its own report."""
    (story,) = briefing["stories"]
    assert origin_table(briefing, story) == [
        (["01", "02", "03"], "Bangladesh Sangbad Sangstha"), (["04"], None), (["05"], None)]


def test_the_disagreements_the_engine_finds_have_the_sides_of_the_answer_key(briefing):
    (story,) = briefing["stories"]
    assert discrepancy_table(briefing, story) == [
        ("attribution", (("Rezaul Karim Talukder", ("01", "02", "03", "04")), ("Monirul Haque", ("05",))), False),  # X5
        ("date", (("Sunday", ("01", "02")), ("Saturday", ("04",))), False),  # X3, short of 03
        ("negation", (("the driver had fallen asleep at the wheel", ("01", "02", "03")),
                      ("the driver had not fallen asleep at the wheel", ("04",))), False),  # X6
        ("quantity", (("about 45 passengers", ("01", "02", "03")), ("More than 60 passengers", ("04",))), True),  # X2
        ("quantity", (("twelve dead", ("05",)), ("at least 19", ("01", "02", "03"))), False),  # X1
    ]


def test_what_only_looks_different_is_no_disagreement(briefing):
    """The toll risen to 23 a day later, kilometres and miles an hour, the children and the critically
    injured as parts, two sums in taka, last year's national toll, one time in three spellings, the
    driver arrested and under police guard, "tomorrow", and the day the bus set out against the day it
    crashed."""
    (story,) = briefing["stories"]
    values = {v["value"] for d in story["discrepancies"] for v in d["variants"]}
    for agreeing in ("23", "rises to 23", "about 90 kilometres per hour", "some 55 miles an hour", "Seven", "Eleven",
                     "eleven", "20,000 taka", "5,000 taka", "More than 5,000 people", "5:30 a.m.", "5.30", "yesterday",
                     "tomorrow", "Monday"):
        assert agreeing not in values
    assert not any(d["kind"] in ("status", "place", "quote") for d in story["discrepancies"])


def test_claims_name_their_speakers_and_leave_out_the_prompt(briefing):
    (story,) = briefing["stories"]
    speaker = partial(claim_speaker, story)
    assert speaker("\"Most of the passengers were asleep when the bus went into the water,\" Madaripur") == \
        "Rezaul Karim Talukder"
    assert speaker("the driver had fallen asleep at the wheel") == "Rezaul Karim Talukder"
    assert speaker("A five-member committee has been formed") == "Farhana Yasmin"
    assert speaker("Shahidul Islam Mridha, who owns Padma Link Paribahan, said") == "Shahidul Islam Mridha"
    # the owner, not his company; the tagger cut his given name from the name it tagged
    assert speaker("\"Our buses are checked every month.") == "Islam Mridha"
    assert speaker("\"We went into the water with ropes.") == "Shopkeeper Jamal Uddin"
    assert speaker("We saved eight people before the divers came") == "Shopkeeper Jamal Uddin"
    assert speaker("\"We came at seven in the morning") == "Abdur Rahim"
    texts = [c["text"] for c in story["claims"]]
    assert not any(t.startswith(("Hear our next", "MADARIPUR", "Share this", "Get the")) for t in texts)


def test_the_quotation_list_gives_the_fire_officer_not_his_town(briefing):
    (story,) = briefing["stories"]
    said = {(q["speaker"], q["text"][:30]) for q in story["quotes"]}
    assert ("Monirul Haque", "Most of the passengers were as") in said
    assert ("Rezaul Karim Talukder", "Most of the passengers were as") in said
    assert not any(q["speaker"] in ("Shibchar", "Link Paribahan") for q in story["quotes"])


def test_the_papers_own_name_and_a_role_are_no_persons(briefing):
    (story,) = briefing["stories"]
    assert [e["type"] for e in story["entities"] if e["name"] == "Chronicle"] == ["ORG"]
    assert not any(e["name"] == "Madaripur Superintendent" for e in story["entities"])
