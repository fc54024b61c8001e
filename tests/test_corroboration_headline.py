"""Headline: the title most reports would recognise, or the lead claim when there are no titles."""

from __future__ import annotations

from corroborate.corroboration import corroborate_story
from corroborate.settings import DEFAULT_SETTINGS
from tests.test_corroboration_builders import analysed, story_of

LEDE = "Iran is providing Russia with materials to build a drone manufacturing plant east of Moscow."


def test_the_title_closest_to_the_others_and_to_the_lead_claim():
    docs = [
        analysed("d1", [LEDE], title="White House Says Iran Helping Russia Build Drone Factory East of Moscow"),
        analysed("d2", [LEDE], title="White House accuses Iran of helping Russia build drone factory near Moscow"),
        analysed("d3", [LEDE], title="US says Iran is helping Russia build drone manufacturing facility"),
        analysed("d4", [LEDE], title="Israel National News: North American desk"),
    ]
    story = story_of(docs)
    corroborate_story(story, docs, DEFAULT_SETTINGS)
    assert story.headline == "White House Says Iran Helping Russia Build Drone Factory East of Moscow"


def test_without_titles_the_lead_claim_is_the_headline():
    docs = [analysed("d1", [LEDE]), analysed("d2", [LEDE]), analysed("d3", ["The weather was mild in Moscow on Friday."])]
    story = story_of(docs)
    corroborate_story(story, docs, DEFAULT_SETTINGS)
    assert story.headline == LEDE
