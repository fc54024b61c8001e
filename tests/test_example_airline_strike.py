"""The airline-strike example, examples/airline-strike, through the command line against its answer
key (examples/airline-strike.answers.md): a probe of a story the engine was not built on (a strike
by an airline's pilots and cabin crew), written before the engine ran on it. It pinned general
defects, now fixed: a pay offer told as two steps ("6 percent this year and a further 4 percent in
2027") was set against its total over the term ("10 percent over two years"), a strike of "48
hours" was never compared with one of "three days" (hours and days were two measures), a hearing
the court "has called" both sides to "on Thursday" was dated the Thursday before and so set
against a later report's "tomorrow", a floor that an injunction sets ("at least 70 percent of
crews") was read as an estimate's open edge and met "90 percent", "Flight attendant Camila
Rezende" was an organisation (so her "she said" went to the union president), and of "Campinas
mayor Ana Lúcia Borges" only "Lúcia Borges" was tagged, as an organisation, so her words went to
"Campinas"."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import analyze_example, claim_speaker, discrepancy_table, origin_table


@pytest.fixture(scope="module")
def briefing(tmp_path_factory) -> dict:
    briefing = analyze_example("airline-strike", tmp_path_factory.mktemp("airline") / "b.json")
    assert briefing["_summary"].startswith("1 story, 5 documents, ")
    return briefing


def test_three_independent_sources_the_wire_story_and_two_own_reports(briefing):
    (story,) = briefing["stories"]
    assert origin_table(briefing, story) == [(["01", "02", "03"], "Agência Brasil"), (["04"], None), (["05"], None)]


def test_the_disagreements_the_engine_finds_have_the_sides_of_the_answer_key(briefing):
    (story,) = briefing["stories"]
    assert discrepancy_table(briefing, story) == [
        ("attribution", (("Marcos Tavares", ("01", "02", "03", "04")), ("Juliana Prado", ("05",))), False),  # X6
        ("date", (("Thursday", ("01", "02", "03", "04")), ("Friday", ("05",))), False),  # X5, 04's "tomorrow" on Thursday's side
        ("place", (("Brasília", ("01", "02", "03")), ("Campinas", ("05",))), False),  # X7
        ("quantity", (("48-hour", ("01", "02")), ("three-day", ("04",))), True),  # X2, short of 03's "two-day"
        ("quantity", (("at least 70 percent", ("01", "02", "03")), ("90 percent", ("04",))), True),  # X4
    ]


def test_what_only_looks_different_is_no_disagreement(briefing):
    """Two steps of the pay offer and its two-year total, half the demand, the offer in reais, 48
    hours and two days, the second day's cancellations, a part of the schedule, the crews summed,
    the fine in a word and a symbol, the passengers, the assembly's day and 04's "tomorrow"."""
    (story,) = briefing["stories"]
    values = {v["value"] for d in story["discrepancies"] for v in d["variants"]}
    for agreeing in ("6 percent", "4 percent", "10 percent", "12 percent", "about 1,100 reais", "18,000 reais", "two-day",
                     "240", "a further 240 flights", "62", "610", "About 1,900", "3,400", "about 5,300", "500,000 reais",
                     "R$500,000", "About 38,000", "tens of thousands of", "Sunday", "tomorrow", "Monday", "Tuesday"):
        assert agreeing not in values


def test_the_hearing_the_court_has_called_is_the_coming_thursday(briefing):
    """01's "The court has called the union and the airline to a mediation hearing on Thursday"
    (published on a Tuesday) is two days on, the day of 04's "tomorrow" (published on the
    Wednesday), not the Thursday before; X5 then has 04 on Thursday's side."""
    (story,) = briefing["stories"]
    (entry,) = [t for t in story["timeline"] if t["event"].startswith("The court has called the union")]
    assert (entry["expression"], entry["date"]) == ("Thursday", "2026-09-17")


def test_claims_name_their_speakers_and_leave_out_the_prompts(briefing):
    (story,) = briefing["stories"]
    speaker = partial(claim_speaker, story)
    assert speaker("\"Nobody takes this decision lightly") == "Marcos Tavares"
    assert speaker("\"The strike is illegal and irresponsible") == "Ricardo Albuquerque"
    assert speaker("Flight attendant Camila Rezende") == "Camila Rezende"
    assert speaker("\"We land at two in the morning") == "Camila Rezende"
    assert speaker("\"No one at the desk could tell us anything") == "Osvaldo Pinheiro"
    assert speaker("\"I have a job interview in Porto Alegre") == "Rafael Quintela"
    assert speaker("Campinas mayor Ana Lúcia Borges said") == "Ana Lúcia Borges"
    assert speaker("Ports and Airports Minister Sérgio Lacerda said") == "Sérgio Lacerda"
    assert speaker("Union president Marcos Tavares said the walkout") == "Marcos Tavares"
    texts = [c["text"] for c in story["claims"]]
    assert not any(t.startswith(("Listen again", "SÃO PAULO", "Share this", "Sign up", "Most read", "Dry season")) for t in texts)


def test_the_attendant_and_the_mayor_are_people(briefing):
    (story,) = briefing["stories"]
    types = {e["name"]: e["type"] for e in story["entities"]}
    assert types["Camila Rezende"] == "PERSON"
    assert types["Ana Lúcia Borges"] == "PERSON"
    assert types["Campinas"] == "PLACE"
