"""The radiation-leak example, examples/radiation-leak, through the command line against its answer
key (examples/radiation-leak.answers.md): a probe of a story the engine was not built on (a coolant
leak at a research reactor), written before the engine ran on it. It pinned general defects, now
fixed: a part of a whole that a participle describes ("Two of the exposed workers" taken to a
clinic) was set against the whole's own count ("seven workers were exposed"), a rating written
after its scale's word ("level 2", "level 3" on the INES scale) was a bare number that nothing
could compare, an adjective before a lower-case place word ("the eastern Kazakh city of ...") was a
place of its own, put by the gazetteer in another town, and a lone "Centre" (of "Centre director
...") was a place, put in Haiti."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import analyze_example, claim_speaker, discrepancy_table, origin_table


@pytest.fixture(scope="module")
def briefing(tmp_path_factory) -> dict:
    briefing = analyze_example("radiation-leak", tmp_path_factory.mktemp("leak") / "b.json")
    assert briefing["_summary"].startswith("1 story, 5 documents, ")
    return briefing


def test_three_independent_sources_the_wire_story_and_two_own_reports(briefing):
    (story,) = briefing["stories"]
    assert origin_table(briefing, story) == [(["01", "02", "03"], "Interfax"), (["04"], None), (["05"], None)]


def test_the_disagreements_the_engine_finds_have_the_sides_of_the_answer_key(briefing):
    (story,) = briefing["stories"]
    assert discrepancy_table(briefing, story) == [
        ("attribution", (("Serik Baimukhanov", ("01", "02")), ("Aigerim Nurlanova", ("05",))), False),  # X6
        ("date", (("Sunday", ("01", "02", "04")), ("Saturday", ("03",))), False),  # X4, short of 05
        ("quantity", (("3.2 microsieverts", ("01", "02", "03")), ("5.8 microsieverts", ("05",))), False),  # X1
        ("quantity", (("about two miles", ("01", "02", "03")), ("5-mile", ("05",))), False),  # X3
        ("quantity", (("level 2", ("01", "02", "03")), ("level 3", ("05",))), False),  # X2 (a grade since this probe)
    ]


def test_what_only_looks_different_is_no_disagreement(briefing):
    """The multiple of the background, the fence against the hall, a dose against a dose rate and the
    annual limit, 3 km and two miles, the evacuated rounded, two of the seven workers, 11 p.m. and
    "shortly before midnight", the days of the telling, the reactor's power and years."""
    (story,) = briefing["stories"]
    values = {v["value"] for d in story["discrepancies"] for v in d["variants"]}
    for agreeing in ("about 25", "roughly 25", "about 45", "1.4 millisieverts", "4.1 millisieverts", "20 millisieverts",
                     "0.13 microsieverts", "3 kilometres", "about 1,200", "Around 1,200", "Some 1,240", "Two",
                     "Two of the exposed workers", "seven workers", "Seven workers", "Monday", "last night", "yesterday",
                     "tomorrow", "10-megawatt", "seven-level"):
        assert agreeing not in values
    assert not any(d["kind"] in ("status", "negation") for d in story["discrepancies"])  # X7 missed, see the key


def test_claims_name_their_speakers_and_leave_out_the_prompts(briefing):
    (story,) = briefing["stories"]
    speaker = partial(claim_speaker, story)
    assert speaker("\"The leak has been contained and the reactor") == "Marat Zhaksylykov"
    assert speaker("\"Our staff followed every procedure to the letter.\"") == "Marat Zhaksylykov"
    assert speaker("\"There is no danger to the people of Oskemen,\" he said") == "Serik Baimukhanov"
    assert speaker("The committee's chair, Aigerim Nurlanova, said") == "Aigerim Nurlanova"
    assert speaker("\"Readings outside the reactor building are falling") == "Yerlan Abenov"
    assert speaker("\"We took the children and the documents") == "Gulnara Sadykova"
    assert speaker("\"A fence reading tells you little") == "Askar Temirbekov"
    texts = [c["text"] for c in story["claims"]]
    assert not any(t.startswith(("OSKEMEN", "Share this", "Sign up", "Subscribe", "(Reporting")) for t in texts)


def test_a_described_city_and_a_lone_centre_are_not_on_the_map(briefing):
    (story,) = briefing["stories"]
    places = {e["name"] for e in story["entities"] if e["type"] == "PLACE"}
    assert {"Oskemen", "Kazakhstan", "Almaty"} <= places
    assert not places & {"Kazakh city", "Centre"}
