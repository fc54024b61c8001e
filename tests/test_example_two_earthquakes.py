"""The fourth team example, examples/two-earthquakes, through the command line against its answer
key: two events of one kind in one folder are two stories, each corroborated on its own. It pinned
two general defects, now fixed: "magnitude 6.1" was read as a count of the next noun, and two
officials giving two figures were reported as one statement attributed to two people."""

from __future__ import annotations

import pytest

from tests.conftest import analyze_example, file_prefixes


@pytest.fixture(scope="module")
def briefing(tmp_path_factory) -> dict:
    briefing = analyze_example("two-earthquakes", tmp_path_factory.mktemp("quakes") / "b.json")
    assert briefing["_summary"].startswith("2 stories, 5 documents, ")
    return briefing


files = file_prefixes


def test_two_quakes_are_two_stories_each_with_its_origins(briefing):
    found = sorted(
        (files(briefing, s["documents"]), sorted((files(briefing, o["documents"]), o["credit"] or "") for o in s["origins"]))
        for s in briefing["stories"]
    )
    assert found == [
        (["a1", "a2", "a3"], [(["a1", "a2"], "The Associated Press"), (["a3"], "")]),
        (["b1", "b2"], [(["b1"], "Reuters"), (["b2"], "")]),
    ]


def test_the_magnitude_and_the_building_count_disagree_and_nothing_else(briefing):
    found = sorted(
        (d["kind"], tuple((v["value"], tuple(files(briefing, v["documents"]))) for v in d["variants"]), d["update"])
        for s in briefing["stories"]
        for d in s["discrepancies"]
    )
    assert found == [
        ("quantity", (("38 buildings", ("a1", "a2")), ("41 buildings", ("a3",))), True),
        ("quantity", (("6.1", ("a1", "a2")), ("6.3", ("a3",))), True),
    ]
