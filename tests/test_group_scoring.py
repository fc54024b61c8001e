"""The story score: meaning, IDF-weighted shared names and time, as a pure function."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from corroborate.group.features import DocumentFeatures, name_keys, stated_years, url_date
from corroborate.group.scoring import StoryView, idf, name_similarity, score_story, time_agreement
from corroborate.settings import GroupSettings


def unit(*values: float) -> np.ndarray:
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def story(centroid, size=2, names=None, years=None, first=None, last=None) -> StoryView:
    return StoryView(unit(*centroid), size, names or {}, years or {}, first, last)


def test_idf_weights_rare_names_more_and_never_zero():
    assert idf(1, 1000) > idf(100, 1000) > idf(1000, 1000) > 0


def test_name_similarity_is_one_for_the_same_names_and_zero_without_overlap():
    weights = {"tara reid": 3.0, "promises": 2.0, "lindsay lohan": 3.0}
    same = story((1, 0), size=1, names={"tara reid": 1, "promises": 1})
    assert name_similarity(frozenset({"tara reid", "promises"}), same, weights) == pytest.approx(1.0)
    assert name_similarity(frozenset({"lindsay lohan"}), same, weights) == 0.0


def test_a_shared_rare_name_outweighs_a_shared_common_one():
    weights = {"los angeles": 0.5, "tara reid": 4.0, "lindsay lohan": 4.0}
    rare = story((1, 0), size=1, names={"tara reid": 1, "los angeles": 1})
    common = story((1, 0), size=1, names={"lindsay lohan": 1, "los angeles": 1})
    names = frozenset({"tara reid", "los angeles"})
    assert name_similarity(names, rare, weights) > 0.99
    assert name_similarity(names, common, weights) < 0.02


def test_publication_dates_decide_time_when_both_are_known():
    document = DocumentFeatures("d", unit(1, 0), published=date(2013, 5, 3))
    near = story((1, 0), first=date(2013, 5, 1), last=date(2013, 5, 2))
    far = story((1, 0), first=date(2008, 12, 1), last=date(2008, 12, 3))
    assert time_agreement(document, near, 14) == 1.0
    assert time_agreement(document, far, 14) == -1.0


def test_stated_years_pull_apart_and_together():
    document = DocumentFeatures("d", unit(1, 0), years=(2013, 2010))
    assert time_agreement(document, story((1, 0), years={2013: 2}), 14) == 1.0
    assert time_agreement(document, story((1, 0), years={2010: 1}), 14) == 0.0  # mentioned, not its own
    assert time_agreement(document, story((1, 0), years={2008: 2}), 14) == -1.0
    assert time_agreement(DocumentFeatures("d", unit(1, 0)), story((1, 0), years={2008: 2}), 14) == 0.0


def test_score_combines_the_three_parts_with_the_settings_weights():
    settings = GroupSettings(semantic_weight=1.0, entity_weight=0.5, time_weight=0.25)
    document = DocumentFeatures("d", unit(1, 0), names=frozenset({"quake"}), years=(2009,))
    view = story((1, 1), size=1, names={"quake": 1}, years={2009: 1})
    score = score_story(document, view, {"quake": 2.0}, settings)
    assert score.semantic == pytest.approx(np.sqrt(0.5), abs=1e-6)
    assert score.entities == pytest.approx(1.0)
    assert score.time == 1.0
    assert score.total == pytest.approx(np.sqrt(0.5) + 0.5 + 0.25, abs=1e-6)


def test_name_keys_normalise_and_add_surnames_of_people():
    keys = name_keys([("Lindsay Lohan", "PERSON"), ("the Betty Ford Center", "ORG"), ("2013", "DATE"),
                      ("Lohan's", "PERSON")])
    assert keys == frozenset({"lindsay lohan", "lohan", "betty ford center"})


def test_stated_years_most_frequent_first_and_url_dates():
    text = "In 2013 she entered rehab; in 2013 again. She had been there in 2010. It cost $2000."
    assert stated_years(text) == (2013, 2010)
    assert stated_years("No year here.", "http://articles.latimes.com/2013/may/03/local/x") == (2013,)
    assert url_date("http://articles.latimes.com/2013/may/03/local/x") == date(2013, 5, 3)
    assert url_date("https://example.com/2019/11/28/story.html") == date(2019, 11, 28)
    assert url_date("https://example.com/news/story.html") is None


def test_names_in_the_lede_weigh_more():
    weights = {"klitschko": 3.0, "thompson": 3.0, "rahman": 3.0}
    rahman_fight = story((1, 0), size=2, names={"klitschko": 2, "rahman": 2})
    names = frozenset({"klitschko", "thompson", "rahman"})
    in_lede = frozenset({"klitschko", "thompson"})  # this report is about the Thompson fight
    plain = name_similarity(names, rahman_fight, weights)
    boosted = name_similarity(names, rahman_fight, weights, lede_names=in_lede, lede_boost=1.0)
    assert plain == pytest.approx(2 / np.sqrt(3) / np.sqrt(2))
    assert boosted == pytest.approx((2 + 1) / np.sqrt(4 + 4 + 1) / np.sqrt(2))
    assert boosted < plain


def test_agreeing_and_conflicting_times_have_their_own_weights():
    settings = GroupSettings(semantic_weight=1.0, entity_weight=0.0, time_weight=0.3, time_conflict_weight=0.1)
    view = story((1, 0), size=1, years={2008: 1})
    same = score_story(DocumentFeatures("a", unit(1, 0), years=(2008,)), view, {}, settings)
    other = score_story(DocumentFeatures("b", unit(1, 0), years=(2013,)), view, {}, settings)
    assert same.total == pytest.approx(1.3)
    assert other.total == pytest.approx(0.9)
