"""The rate-decision example, examples/rate-decision, through the command line against its answer
key (examples/rate-decision.answers.md): a probe of a story the engine was not built on (a central
bank's interest-rate cut), written before the engine ran on it. It pinned general defects, now
fixed: "25 basis points", "a quarter of a percentage point", "quarter-point" and "half a percentage
point" were no figures at all (so the size of the cut was never compared), the old forecast of a
"to 1.6 percent from 1.9 percent" was set against another report's forecast for another year, "the
board's next meeting is on January 14" was dated in the January before, "Yonhap reported" made the
agency a person, "the US dollar" and the "South" of "South Korea's" were countries named near the
story's places (which left a Seoul district geocoded in China), and "Bae Min-seok" was cut at the
hyphen of his given name, so the words after his "he said" had no speaker."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import analyze_example, claim_speaker, discrepancy_table, origin_table


@pytest.fixture(scope="module")
def briefing(tmp_path_factory) -> dict:
    briefing = analyze_example("rate-decision", tmp_path_factory.mktemp("rate") / "b.json")
    assert briefing["_summary"].startswith("1 story, 5 documents, ")
    return briefing


def test_three_independent_sources_the_wire_story_and_two_own_reports(briefing):
    (story,) = briefing["stories"]
    assert origin_table(briefing, story) == [(["01", "02", "03"], "Yonhap"), (["04"], None), (["05"], None)]


def test_the_disagreements_the_engine_finds_have_the_sides_of_the_answer_key(briefing):
    (story,) = briefing["stories"]
    table = discrepancy_table(briefing, story)
    assert [(kind, tuple(files for _, files in sides), update) for kind, sides, update in table] == [
        ("attribution", (("01", "02"), ("05",)), False),  # K6
        ("negation", (("01", "02", "03"), ("04",)), False),  # K7
        ("quantity", (("01", "02", "03"), ("04",)), True),  # K3
        ("quantity", (("01", "02", "03", "04"), ("05",)), False),  # K1
    ]
    assert [tuple(value for value, _ in sides) for kind, sides, _ in table if kind != "negation"] == [
        ("Han Seung-woo", "Park Ji-eun"), ("1.6 percent", "1.4%"), ("25 basis points", "half a percentage point"),
    ]
    (cut,) = [d for d in story["discrepancies"] if d["variants"][0]["value"] == "25 basis points"]
    assert [v["normalized"] for v in cut["variants"]] == [
        {"low": 0.25, "high": 0.25, "unit": "percentage point"}, {"low": 0.5, "high": 0.5, "unit": "percentage point"},
    ]


def test_what_only_looks_different_is_no_disagreement(briefing):
    """25 basis points, a quarter of a percentage point and a quarter-point; the rate before the cut;
    headline against core inflation; the old forecast against this year's; the won and the KOSPI;
    "yesterday" a day later."""
    (story,) = briefing["stories"]
    values = {v["value"] for d in story["discrepancies"] for v in d["variants"]}
    for agreeing in ("a quarter of a percentage point", "quarter-point", "2.25 percent", "2.25%", "2.50 percent", "2.5%",
                     "1.8 percent", "2.0 percent", "2.0%", "1.9 percent", "1.0 percent", "1.0%", "0.4 percent", "0.4%",
                     "1.1 percent", "1.1%", "Thursday", "yesterday", "today"):
        assert agreeing not in values


def test_the_next_meeting_is_in_the_coming_january(briefing):
    (story,) = briefing["stories"]
    dates = {t["event"]: t["date"] for t in story["timeline"]}
    assert dates["The board's next rate meeting is on January 14."] == "2027-01-14"
    assert dates["The next rate decision is due on January 21."] == "2027-01-21"


def test_claims_name_their_speakers(briefing):
    (story,) = briefing["stories"]
    speaker = partial(claim_speaker, story)
    assert speaker("\"Growth is weaker than we expected") == "Han Seung-woo"
    assert speaker("\"The door to further easing remains open") == "Han Seung-woo"
    assert speaker("\"The real question is how far they go in 2027,\" he said.") == "Choi Min-jae"
    assert speaker("\"Every cut helps") == "Jang Soo-bin"
    assert speaker("\"Now the phone is ringing again.\"") == "Bae Min-seok"
    assert speaker("\"I will believe it when my bank sends the letter") == "Jung Tae-ho"
    texts = [c["text"] for c in story["claims"]]
    assert not any(t.startswith(("Listen again", "SEOUL", "Share this", "Sign up")) for t in texts)


def test_the_agency_is_no_person_and_the_places_are_in_korea(briefing):
    (story,) = briefing["stories"]
    assert "PERSON" not in {e["type"] for e in story["entities"] if e["name"] == "Yonhap"}
    assert [e["type"] for e in story["entities"] if e["name"].startswith("Bae")] == ["PERSON"]
    places = {e["name"]: e.get("country") for e in story["entities"] if e["type"] == "PLACE"}
    assert "US" not in places
    assert {places["Seoul"], places["Busan"], places["South Korea"]} == {"KR"}
    assert places.get("Mapo district") in (None, "KR")
