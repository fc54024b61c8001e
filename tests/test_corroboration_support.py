"""Support: independent sources are origins, not outlets; claims are ranked lead first; every
supporting sentence is an exact span of its document."""

from __future__ import annotations

from corroborate.corroboration import corroborate_story
from corroborate.settings import DEFAULT_SETTINGS
from tests.test_corroboration_builders import analysed, story_of

WIRE = "Police said there was no evidence of sabotage."
REWRITE = "The police told there is no evidence of a sabotage."
SHELTERS = "Hospitals in the region switched to backup generators, and the regional government opened three emergency shelters for residents without heating."


def test_three_reports_of_two_origins_are_two_independent_sources():
    docs = [analysed("h01", [WIRE]), analysed("h02", [WIRE]), analysed("h04", [REWRITE])]
    story = story_of(docs, [["h01", "h02"], ["h04"]])
    corroborate_story(story, docs, DEFAULT_SETTINGS)
    (claim,) = story.claims
    assert len(claim.support) == 3
    assert claim.independent_sources == 2
    assert claim.status == "corroborated"
    assert sorted(claim.origins) == ["s1-o1", "s1-o2"]


def test_copies_of_one_origin_are_a_single_source():
    docs = [analysed("h01", [WIRE]), analysed("h02", [WIRE])]
    story = story_of(docs, [["h01", "h02"]])
    corroborate_story(story, docs, DEFAULT_SETTINGS)
    (claim,) = story.claims
    assert (claim.independent_sources, claim.status) == (1, "single-source")


def test_lead_claims_come_first_and_support_spans_are_exact():
    docs = [analysed("h01", [SHELTERS, WIRE]), analysed("h04", [REWRITE])]
    story = story_of(docs)
    corroborate_story(story, docs, DEFAULT_SETTINGS)
    assert [c.independent_sources for c in story.claims] == [2, 1, 1]
    assert story.claims[0].text == WIRE
    assert [c.id for c in story.claims] == ["s1-c1", "s1-c2", "s1-c3"]
    texts = {d.id: d.text for d in docs}
    for claim in story.claims:
        for support in claim.support:
            assert texts[support.document][support.start:support.end] == support.sentence
    # a split sentence supports each of its clauses, cited whole
    assert story.claims[1].support[0].sentence == SHELTERS
    assert story.claims[1].text == "Hospitals in the region switched to backup generators"
