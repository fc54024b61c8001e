"""The story score: meaning, IDF-weighted shared names and time, as a pure function."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from corroborate.group.features import (
    DocumentFeatures,
    lede_terms,
    lede_weekdays,
    name_keys,
    stated_years,
    url_date,
)
from corroborate.group.scoring import (
    StoryView,
    idf,
    name_similarity,
    score_story,
    term_similarity,
    time_agreement,
    weekday_agreement,
)
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


def test_lede_terms_keep_specific_words_and_numbers_and_drop_stop_words():
    lede = "Police said 3 people died when a 6.1-magnitude quake hit the town of Oakvale on Tuesday, 1,200 homes were damaged."
    assert lede_terms(lede) == frozenset({"police", "said", "people", "died", "6.1", "magnitude", "quake", "hit",
                                          "town", "oakvale", "tuesday", "1200", "homes", "damaged", "3"})


def test_lede_weekdays_name_the_day_of_the_event():
    assert lede_weekdays("The champion retained his title on Saturday; the rematch is set for next Monday.") == {5, 0}
    assert lede_weekdays("Sundays are quiet. The thursday market closed.") == {3}


def test_the_specific_words_of_the_lede_tell_two_events_of_one_kind_apart():
    weights = {"champion": 0.5, "title": 0.5, "defends": 0.5, "challenger": 0.5, "hernandez": 4.0, "bremen": 4.0,
               "nowak": 4.0, "lisbon": 4.0, "round": 1.0, "12": 2.0, "9": 2.0}
    first_fight = StoryView(unit(1, 0), 2, {}, {}, term_counts={"champion": 2, "title": 2, "hernandez": 2, "bremen": 2,
                                                                 "round": 1, "12": 2})
    same = frozenset({"champion", "title", "defends", "hernandez", "bremen", "12"})
    other = frozenset({"champion", "title", "defends", "challenger", "nowak", "lisbon", "round", "9"})
    assert term_similarity(same, first_fight, weights) > 0.9
    assert term_similarity(other, first_fight, weights) < 0.1
    assert term_similarity(frozenset(), first_fight, weights) == 0.0


def test_weekday_agreement_is_the_share_of_the_storys_day_and_minus_one_for_another_day():
    view = StoryView(unit(1, 0), 4, {}, {}, weekday_counts={2: 3, 4: 1})
    assert weekday_agreement(frozenset({2}), view) == 1.0
    assert weekday_agreement(frozenset({4}), view) == pytest.approx(1 / 3)
    assert weekday_agreement(frozenset({0}), view) == -1.0
    assert weekday_agreement(frozenset(), view) == 0.0
    assert weekday_agreement(frozenset({0}), StoryView(unit(1, 0), 1, {}, {})) == 0.0


def test_terms_and_weekdays_enter_the_score_with_their_weights():
    settings = GroupSettings(semantic_weight=1.0, entity_weight=0.0, time_weight=0.0, term_weight=1.5,
                             weekday_weight=0.2, weekday_conflict_weight=0.1)
    view = StoryView(unit(1, 0), 1, {}, {}, term_counts={"oakvale": 1}, weekday_counts={1: 1})
    weights = {"oakvale": 3.0}
    agreeing = DocumentFeatures("a", unit(1, 0), terms=frozenset({"oakvale"}), weekdays=frozenset({1}))
    conflicting = DocumentFeatures("b", unit(1, 0), weekdays=frozenset({3}))
    assert score_story(agreeing, view, {}, settings, weights).total == pytest.approx(1.0 + 1.5 + 0.2)
    assert score_story(conflicting, view, {}, settings, weights).total == pytest.approx(1.0 - 0.1)
    assert score_story(agreeing, view, {}, settings).terms == 0.0  # no term weights given: terms are off
