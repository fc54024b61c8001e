"""The heatwave example, examples/heatwave, through the command line against its answer key
(examples/heatwave.answers.md): a probe of a story the engine was not built on (a record heatwave
in Sicily), written before the engine ran on it. It pinned general defects, now fixed: a
temperature had no unit, so "49.1 degrees Celsius" and "115 degrees Fahrenheit" met as two counts of
"degree" (found by luck: 120.4F would have disagreed too) and "49.1C" was no figure at all;
Fahrenheit is now Celsius with an offset, compared within degrees, not a share of the figure. "The
ministry added three cities ..., bringing the total to 19" held the step against the wire's 16
cities. "kept a red alert on Wednesday" was held against "the alert runs until Friday" (a date
after "until" bounds a span; it is the day of no happening in it), and that "until Friday" was
dated the Friday before. "the office's head of forecasting, Marta Scibetta, told" was spoken by
"office's head" when the tagger did not call Marta Scibetta a person."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import analyze_example, claim_speaker, discrepancy_table, file_prefixes, origin_table


@pytest.fixture(scope="module")
def briefing(tmp_path_factory) -> dict:
    briefing = analyze_example("heatwave", tmp_path_factory.mktemp("heat") / "b.json")
    assert briefing["_summary"].startswith("1 story, 5 documents, ")
    return briefing


def test_three_independent_sources_the_wire_story_and_two_own_reports(briefing):
    (story,) = briefing["stories"]
    assert origin_table(briefing, story) == [(["01", "02", "03"], "ANSA"), (["04"], None), (["05"], None)]


def test_the_disagreements_the_engine_finds_have_the_sides_of_the_answer_key(briefing):
    (story,) = briefing["stories"]
    assert discrepancy_table(briefing, story) == [
        ("attribution", (("Elena Carbonaro", ("01", "02", "04")), ("Brancato", ("05",))), False),  # X7
        ("quantity", (("115 degrees Fahrenheit", ("05",)), ("49.1C", ("01", "02", "03"))), False),  # X1
    ]


def test_what_only_looks_different_is_no_disagreement(briefing):
    """Gigawatts and megawatts, the dead and the treated, one hospital's admissions, the alert's
    cities a day later and the cities added, other days' heat and a forecast, the old record, and
    the alert's last day against the day it was kept."""
    (story,) = briefing["stories"]
    values = {v["value"] for d in story["discrepancies"] for v in d["variants"]}
    for agreeing in ("58.9 gigawatts", "58,900 megawatts", "16", "three", "19", "41", "More than 300", "close to 45C",
                     "nearly 50 degrees", "48.8 degrees Celsius", "48.8C", "eight degrees", "Wednesday", "Friday",
                     "yesterday", "tomorrow"):
        assert agreeing not in values
    assert not any(d["kind"] == "date" for d in story["discrepancies"])


def test_the_last_day_of_the_alert_is_the_coming_friday(briefing):
    """03's "the alert for Palermo runs until Friday" (published on a Wednesday) is two days on."""
    (story,) = briefing["stories"]
    fridays = [(t["date"], file_prefixes(briefing, t["documents"])) for t in story["timeline"] if t["expression"] == "Friday"]
    assert fridays == [("2026-07-17", ["01", "02", "03", "04"])]


def test_claims_name_their_speakers(briefing):
    (story,) = briefing["stories"]
    speaker = partial(claim_speaker, story)
    assert speaker("\"We have checked the instruments twice") == "Marta Scibetta"
    assert speaker("\"Stay indoors between 11 a.m. and 6 p.m.") == "Elena Carbonaro"
    assert speaker("\"Most of them are over 75") == "Nunzio Calafiore"
    assert speaker("the wards were full last night") == "Nunzio Calafiore"
    assert speaker("\"We are pumping from wells") == "Giuseppe Tirrito"
    assert speaker("\"Nobody walks past between noon and six") == "Carmela Puglisi"
    assert speaker("\"Palermo can breathe a little") == "Francesca Alaimo"
    assert speaker("\"We have lost a third of the blood oranges") == "Vito Capodicasa"
    assert speaker("the grid had held up well") == "Davide Russello"
