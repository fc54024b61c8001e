"""Splitting a story that took in two events of one kind: invented reports of two title fights of
one boxer (same champion, other challenger, venue and year), of one fight told with variations, and
of two drink-driving arrests of one team's players told alike but for the player."""

from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from corroborate.group.features import DocumentFeatures
from corroborate.group.index import StoryIndex
from corroborate.group.split import split_story, story_view
from corroborate.settings import GroupSettings

SETTINGS = GroupSettings(min_entity_df_documents=1)
FIRST_FIGHT = {"oleksa baran", "baran", "tomas weller", "weller", "mannheim", "sap arena"}
SECOND_FIGHT = {"oleksa baran", "baran", "joe rindt", "rindt", "bern", "stade nord"}


def _vector(topic: int, wobble: int, own: float = 0.3, wobble_size: float = 0.05) -> np.ndarray:
    """Nearly the same meaning for every report (a title fight), a little of each fight's own."""
    vector = np.zeros(8, dtype=np.float32)
    vector[0] = 1.0
    vector[1 + topic] = own
    vector[4 + wobble % 4] = wobble_size
    return vector / np.linalg.norm(vector)


def _report(number: int, fight: int, names: set[str], terms: set[str], year: int) -> DocumentFeatures:
    return DocumentFeatures(
        id=f"r{number}", vector=_vector(fight, number), names=frozenset(names), lede_names=frozenset(names),
        years=(year,), terms=frozenset(terms),
    )


def assert_same_stories(index: StoryIndex, built: StoryIndex, stories: int) -> None:
    """The running figures of an index that changed its stories equal those of one built with them."""
    for story in range(stories):
        changed, fresh = index.view(story), built.view(story)
        assert changed.size == fresh.size
        assert changed.name_counts == fresh.name_counts
        assert changed.term_counts == fresh.term_counts
        assert changed.year_counts == fresh.year_counts
        np.testing.assert_allclose(changed.centroid, fresh.centroid, atol=1e-6)


def two_fights() -> list[DocumentFeatures]:
    first = [_report(n, 0, FIRST_FIGHT, {"baran", "weller", "mannheim", "knockout", "round", "11"}, 2008)
             for n in range(4)]
    second = [_report(n, 1, SECOND_FIGHT, {"baran", "rindt", "bern", "points", "decision", "12"}, 2012)
              for n in range(4, 9)]
    return first + second


def one_fight() -> list[DocumentFeatures]:
    """Eight reports of one fight; each names one person the others do not (a reporter, a trainer)."""
    reports = []
    for n in range(8):
        names = FIRST_FIGHT | {f"reporter {n}"}
        terms = {"baran", "weller", "mannheim", "knockout", "round", "11", f"word{n}"}
        reports.append(_report(n, 0, names, terms, 2008))
    return reports


def test_two_fights_of_one_boxer_are_split_into_their_events():
    assert split_story(two_fights(), {}, {}, SETTINGS) == [[0, 1, 2, 3], [4, 5, 6, 7, 8]]


def test_one_fight_told_with_variations_stays_one_story():
    assert split_story(one_fight(), {}, {}, SETTINGS) == [[0, 1, 2, 3, 4, 5, 6, 7]]


def test_a_lone_report_of_another_event_is_not_cut_off_as_a_story():
    """Each half must hold 30% of the story: one odd report is an outlier, not an event."""
    reports = one_fight()[:7] + [two_fights()[5]]
    assert split_story(reports, {}, {}, SETTINGS) == [list(range(8))]


def test_stories_below_the_minimum_size_are_left_as_they_are():
    reports = two_fights()
    small = reports[:3] + reports[4:6]
    assert split_story(small, {}, {}, SETTINGS) == [[0, 1, 2, 3, 4]]


def test_the_index_splits_a_merged_story_and_its_figures_match_a_fresh_index():
    reports = two_fights()
    merged = StoryIndex(8, SETTINGS)
    for report in reports:
        merged.add(report, join=0)  # as if each had scored just above the join threshold
    assert merged.story_count == 1

    assert merged.split_merged(reports) == 1
    assert merged.members() == [["r0", "r1", "r2", "r3"], ["r4", "r5", "r6", "r7", "r8"]]

    fresh = StoryIndex(8, SETTINGS)
    for report in reports:
        fresh.add(report, join=0 if report.id in {"r0", "r1", "r2", "r3"} else 1)
    assert_same_stories(merged, fresh, stories=2)

    # a later report of the second fight now joins the second fight's story
    later = _report(9, 1, SECOND_FIGHT, {"baran", "rindt", "bern", "points", "decision"}, 2012)
    assert merged.add(later).story == 1


def test_story_view_dates_span_its_reports():
    reports = [
        DocumentFeatures(id="a", vector=_vector(0, 0), published=date(2012, 7, 7)),
        DocumentFeatures(id="b", vector=_vector(0, 1), published=date(2012, 7, 9)),
        DocumentFeatures(id="c", vector=_vector(0, 2)),
    ]
    view = story_view(reports)
    assert (view.first_published, view.last_published, view.size) == (date(2012, 7, 7), date(2012, 7, 9), 3)


def test_split_merged_needs_every_documents_features():
    index = StoryIndex(8, SETTINGS)
    for report in two_fights():
        index.add(report)
    with pytest.raises(ValueError, match="features of all 9 documents, got 2"):
        index.split_merged(two_fights()[:2])


OKAFOR = {"dale okafor", "okafor"}


def _arrest(number: int, event: int, player: set[str], places: set[str], terms: set[str],
            recalled: set[str] = frozenset()) -> DocumentFeatures:
    lede = {"hawks"} | player | recalled
    return DocumentFeatures(
        id=f"r{number}", vector=_vector(event, number), names=frozenset(lede | places), lede_names=frozenset(lede),
        years=(2011,), terms=frozenset({"hawks", "arrested"} | terms),
    )


def two_arrests(recalling: int = 0) -> list[DocumentFeatures]:
    """Two drink-driving arrests of one team's players in one year: the team, the year and the kind
    shared; the first ``recalling`` reports of the second arrest also name the first player."""
    first = [_arrest(n, 0, OKAFOR, {"city police", "north bridge"},
                     {"okafor", "receiver", "tuesday", "bridge", "crash", "sedan"}) for n in range(4)]
    second = [_arrest(n, 1, {"ivo brandt", "brandt"}, {"highway patrol", "route 9"},
                      {"brandt", "linebacker", "saturday", "motorway", "checkpoint", "truck"},
                      OKAFOR if n < 4 + recalling else frozenset()) for n in range(4, 9)]
    return first + second


def test_two_events_of_one_team_are_split_by_the_name_each_halfs_ledes_have_of_their_own():
    """The halves score above the split threshold against each other (team, year, kind, meaning), so
    only the names of their ledes tell the two arrests apart."""
    reports = two_arrests()
    assert split_story(reports, {}, {}, replace(SETTINGS, split_distinct_threshold=0.0)) == [list(range(9))]
    assert split_story(reports, {}, {}, SETTINGS) == [[0, 1, 2, 3], [4, 5, 6, 7, 8]]


def test_a_name_the_other_halfs_ledes_also_carry_is_not_a_name_of_its_own():
    """One report of the second arrest in five recalls the first player in its lede (a fifth of the
    other half's ledes, above the tenth allowed): the halves are kept whole, even with the median
    score across allowed higher."""
    settings = replace(SETTINGS, split_distinct_threshold=3.0)
    assert split_story(two_arrests(recalling=0), {}, {}, settings) == [[0, 1, 2, 3], [4, 5, 6, 7, 8]]
    assert split_story(two_arrests(recalling=1), {}, {}, settings) == [list(range(9))]


def test_a_group_under_the_share_of_a_half_faces_the_split_threshold_not_the_own_names_one():
    """Four reports of the first arrest beside eleven of the second: 27% of the story, a half at a
    share of a quarter (split by the names its ledes have of their own) but a group set aside at
    30%, which is split off only when it scores below the split threshold against the rest, and
    these score above it."""
    first, second = two_arrests()[:4], two_arrests()[4:]
    more = [replace(report, id=f"r{9 + n}", vector=_vector(1, 9 + n)) for n, report in enumerate(second + second[:1])]
    reports = first + second + more
    assert SETTINGS.split_min_share == 0.3
    assert split_story(reports, {}, {}, SETTINGS) == [list(range(15))]
    assert split_story(reports, {}, {}, replace(SETTINGS, split_min_share=0.25)) == [[0, 1, 2, 3], list(range(4, 15))]
    assert split_story(reports, {}, {}, replace(SETTINGS, split_threshold=5.0)) == [[0, 1, 2, 3], list(range(4, 15))]


def test_halves_published_in_the_same_days_are_one_event_with_two_people_in_it():
    """Two climbers who fell on one mountain the same weekend: each half's ledes name their own
    climber, but both halves' dated reports came out within the time window of each other."""
    days = [date(2013, 9, 14), date(2013, 9, 15), date(2013, 9, 15), date(2013, 9, 16)] + [date(2013, 9, 16)] * 5
    reports = [replace(report, published=day) for report, day in zip(two_arrests(), days, strict=True)]
    assert split_story(reports, {}, {}, SETTINGS) == [list(range(9))]
    unguarded = replace(SETTINGS, distinct_dated_reports=len(reports))  # the dates' check never applies
    assert split_story(reports, {}, {}, unguarded) == [[0, 1, 2, 3], [4, 5, 6, 7, 8]]

    # a month apart, or with only one dated report on a side, the names still split them
    later = [replace(r, published=date(2013, 10, 20)) if n >= 4 else r for n, r in enumerate(reports)]
    assert split_story(later, {}, {}, SETTINGS) == [[0, 1, 2, 3], [4, 5, 6, 7, 8]]
    one_dated = [replace(r, published=None) if n in (1, 2, 3) else r for n, r in enumerate(reports)]
    assert split_story(one_dated, {}, {}, SETTINGS) == [[0, 1, 2, 3], [4, 5, 6, 7, 8]]


def a_few_of_another_fight(others: int) -> list[DocumentFeatures]:
    """Fourteen reports of the first fight and ``others`` of the second: too few for the 30% of
    the story, the share each half of a bisection must hold."""
    first = [_report(n, 0, FIRST_FIGHT, {"baran", "weller", "mannheim", "knockout", "round", "11"}, 2008)
             for n in range(14)]
    second = [_report(n, 1, SECOND_FIGHT, {"baran", "rindt", "bern", "points", "decision", "12"}, 2012)
              for n in range(14, 14 + others)]
    return first + second


def test_a_few_reports_of_another_event_in_a_large_story_are_split_off():
    reports = a_few_of_another_fight(4)
    assert split_story(reports, {}, {}, SETTINGS) == [[14, 15, 16, 17], list(range(14))]
    # below ``split_min_minority`` they stay: a few odd reports are outliers, not an event
    assert split_story(reports, {}, {}, replace(SETTINGS, split_min_minority=5)) == [list(range(18))]
    assert split_story(a_few_of_another_fight(3), {}, {}, SETTINGS) == [list(range(17))]


def test_a_few_reports_of_the_same_event_told_differently_stay():
    """Four reports of the first fight from one ringside reporter, who names himself and his own
    words: the bisection cuts them off together, but they score above the split threshold against
    the rest."""
    ringside = [_report(n, 0, FIRST_FIGHT | {"ade ringer", "ringer"},
                        {"baran", "weller", "mannheim", "knockout", "ringside", "corner"}, 2008) for n in range(14, 18)]
    reports = a_few_of_another_fight(0) + ringside
    assert split_story(reports, {}, {}, replace(SETTINGS, split_threshold=5.0)) == [[14, 15, 16, 17], list(range(14))]
    assert split_story(reports, {}, {}, SETTINGS) == [list(range(18))]
