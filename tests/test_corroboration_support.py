"""Support: independent sources are origins, not outlets; claims are ranked lead first; every
supporting sentence is an exact span of its document."""

from __future__ import annotations

import numpy as np

from corroborate.corroboration import corroborate_story
from corroborate.corroboration.claims import Statement
from corroborate.corroboration.support import build_claims
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


def _statement(document: str, text: str, attribution: str | None) -> Statement:
    return Statement(document=document, sentence=0, sentence_start=0, sentence_end=len(text), sentence_text=text,
                     start=0, end=len(text), text=text, content=text, position=0.0, attribution=attribution)


def test_a_claim_takes_another_reports_source_only_when_most_of_its_statements_name_it():
    headline = "Port without power after substation fire"
    lede = "Power was still out on Wednesday, the regional regulator said."
    story = story_of([analysed(d, ["x."]) for d in ("a", "b", "c")])
    scores = np.ones((3, 3))
    one_names_it = [_statement("a", headline, None), _statement("b", headline, None), _statement("c", lede, "regional regulator")]
    ((claim, _),) = build_claims(story, one_names_it, [[0, 1, 2]], scores)
    assert claim.text == headline
    assert claim.attributed_to is None
    most_name_it = [_statement("a", headline, None), _statement("b", lede, "the regulator"), _statement("c", lede, "the regulator")]
    ((claim, _),) = build_claims(story, most_name_it, [[0, 1, 2]], scores)
    assert claim.text == headline
    assert claim.attributed_to == "the regulator"
