"""The oil-spill example, examples/oil-spill, through the command line against its answer key
(examples/oil-spill.answers.md): a probe of a story the engine was not built on (a tanker holed off
Kuwait), written before the engine ran on it. It pinned general defects, now fixed: "the Kuwait
News Agency (KUNA) reported" credited no agency (the abbreviation in brackets before "reported"),
so a paraphrase of the wire story was an origin of its own; "late last night", "this morning" and
"tonight" dated nothing; a clause ended by a semicolon stayed inside the clause after it, and a
deed denied of a pronoun ("it did not run aground") could be paired with no assertion; a surname
written as one hyphened word ("Al-Fadhli") never joined its full name; a radio station ("Coast FM")
and a monitoring group ("Gulf Reef Watch") were places on the map; and the radio's "You can hear our
hourly news bulletins on Coast FM 97.4 and on the Coast FM app" was a claim. Making "this morning" a
day showed one more class in the data-breach example, also fixed: "fell a further 2.1 percent this
morning" tells another fall than "fell 6.3 percent on Tuesday"."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import analyze_example, claim_speaker, discrepancy_table, origin_table

LEDE = ("A Liberian-flagged oil tanker ran aground on a reef near Kubbar Island late on Sunday, spilling about 12,000 "
        "barrels of crude oil into the Gulf")


@pytest.fixture(scope="module")
def briefing(tmp_path_factory) -> dict:
    briefing = analyze_example("oil-spill", tmp_path_factory.mktemp("spill") / "b.json")
    assert briefing["_summary"].startswith("1 story, 5 documents, ")
    return briefing


def test_three_independent_sources_the_wire_story_and_two_own_reports(briefing):
    (story,) = briefing["stories"]
    assert origin_table(briefing, story) == [(["01", "02", "03"], "Kuwait News Agency"), (["04"], None), (["05"], None)]


def test_the_disagreements_the_engine_finds_have_the_sides_of_the_answer_key(briefing):
    (story,) = briefing["stories"]
    assert discrepancy_table(briefing, story) == [
        ("attribution", (("Al-Sabti", ("01", "02", "03")), ("Al-Fadhli", ("05",))), False),  # X7
        ("date", (("Sunday", ("01", "02", "05")), ("Saturday", ("03",))), False),  # X5, 05's "late last night"
        ("negation", ((LEDE, ("01", "02", "03")), ("it did not run aground", ("04",))), False),  # X4, short of 05
        ("negation", (("The leak has not been stopped", ("05",)), ("the leak has been stopped", ("01", "02"))), False),  # X3
        ("quantity", (("roughly 1.9 million litres", ("01", "02", "03")), ("some 3 million litres", ("04",))), True),  # X1
    ]


def test_what_only_looks_different_is_no_disagreement(briefing):
    """Barrels told as litres, kilometres as nautical miles, square kilometres as hectares, the
    cargo beside the spill, the boom, the fishing ban and the beach in kilometres, the vessels a
    day later, "yesterday" and "tomorrow", and the operator's quotation repeated word for word."""
    (story,) = briefing["stories"]
    values = {v["value"] for d in story["discrepancies"] for v in d["variants"]}
    for agreeing in ("about 12,000 barrels", "about 18 kilometres", "some 10 nautical miles", "some 40 square kilometres",
                     "about 4,000 hectares", "about 700,000 barrels", "some 700,000 barrels", "more than 4 kilometres",
                     "10 kilometres", "about 6 kilometres", "twelve", "More than a dozen", "yesterday", "tomorrow",
                     "Wednesday", "Monday", "last night"):
        assert agreeing not in values
    assert {d["kind"] for d in story["discrepancies"]} == {"attribution", "date", "negation", "quantity"}


def test_claims_name_their_speakers_and_leave_out_the_prompt(briefing):
    (story,) = briefing["stories"]
    speaker = partial(claim_speaker, story)
    assert speaker("\"Our first duty is to protect the desalination plants") == "Al-Sabti"
    assert speaker("Divers sealed the breach in the hull") == "Hamad Al-Sabti"
    assert speaker("the leak has been stopped") == "Hamad Al-Sabti"
    assert speaker("more than 4 kilometres of boom") == "Al-Sabti"
    assert speaker("\"We deeply regret this incident") == "Andreas Mavridis"
    assert speaker("\"The fish will not come back this season.") == "Ahmad Al-Ajmi"
    assert speaker("oil was seeping from the tanker") == "Nasser Al-Fadhli"
    assert speaker("She said turtles nesting on the island") == "Layla Al-Rashidi"
    assert speaker("it did not run aground") == "coast guard"
    texts = [c["text"] for c in story["claims"]]
    assert not any(t.startswith(("You can hear", "KUWAIT CITY", "Share this", "Sign up")) for t in texts)


def test_surnames_join_their_people_and_the_station_is_no_place(briefing):
    (story,) = briefing["stories"]
    people = {e["name"]: e.get("aliases", []) for e in story["entities"] if e["type"] == "PERSON"}
    assert people["Hamad Al-Sabti"] == ["Al-Sabti"] and people["Nasser Al-Fadhli"] == ["Al-Fadhli"]
    assert "Al-Sabti" not in people and "Al-Fadhli" not in people
    types = {e["name"]: e["type"] for e in story["entities"]}
    assert types["Coast FM"] == "ORG" and types["Gulf Reef Watch"] == "ORG"
