"""Joining two stories that are one event cut in two at arrival (``group/fragments.py``,
``StoryIndex.join_fragments``), on invented reports of an office-party shooting: the first reports
name the company and the Friday, the later ones the man charged and the Friday too."""

from dataclasses import replace
from datetime import date

import pytest

from corroborate.group.features import DocumentFeatures
from corroborate.group.fragments import held_years, lede_weekdays, pieces_of_one_event
from corroborate.group.index import StoryIndex
from corroborate.group.scoring import score_story
from corroborate.group.split import story_view
from tests.test_group_split import SETTINGS, _vector, assert_same_stories

FRIDAY, SATURDAY, SUNDAY = 4, 5, 6
EARLY = ["e0", "e1", "e2", "e3"]
LATER = ["l0", "l1", "l2", "l3", "l4"]


def _report(name: str, angle: int, names: set[str], terms: set[str], weekdays: set[int],
            year: int | None = None, body: frozenset[str] = frozenset()) -> DocumentFeatures:
    return DocumentFeatures(
        id=name, vector=_vector(angle, int(name[1:]), own=0.8, wobble_size=0.1), names=frozenset(names | body | {"harbour city"}),
        lede_names=frozenset(names), years=(year,) if year else (), terms=frozenset(terms | {"shooting", "party"}),
        weekdays=frozenset(weekdays),
    )


def shooting() -> tuple[list[DocumentFeatures], list[DocumentFeatures]]:
    """The first reports (the company, a gunman, Friday) and the later ones (the man charged, named,
    the Friday of the shooting and the Saturday of the charge in some ledes, the company further
    down)."""
    early = [_report(name, 0, {"brightwell supplies"}, {"gunman", "office", "killed", "friday"}, {FRIDAY})
             for name in EARLY]
    later = [_report(name, 1, {"len marsh", "marsh"}, {"charged", "murder", "marsh", "court"},
                     {FRIDAY, SATURDAY} if n % 2 else {FRIDAY}, body=frozenset({"brightwell supplies"}))
             for n, name in enumerate(LATER)]
    return early, later


def _placed(reports: list[DocumentFeatures], story_of: dict[str, int]) -> StoryIndex:
    index = StoryIndex(8, SETTINGS)
    for report in reports:
        index.add(report, join=story_of[report.id])
    return index


def _pieces(first: list[DocumentFeatures], second: list[DocumentFeatures], settings=SETTINGS) -> float | None:
    """``pieces_of_one_event`` with the IDF weights of an index holding both stories."""
    index = _placed(first + second, {**dict.fromkeys((r.id for r in first), 0), **dict.fromkeys((r.id for r in second), 1)})
    weights, term_weights = index.weights(), index.term_weights()

    def score(member: DocumentFeatures, view) -> float:
        return score_story(member, view, weights, settings, term_weights).total

    return pieces_of_one_event(first, story_view(first), second, story_view(second), score, settings)


def test_a_storys_weekday_is_the_one_most_of_its_weekday_naming_ledes_name():
    early, later = shooting()
    assert lede_weekdays(early, 2) == {FRIDAY}
    assert lede_weekdays(later, 2) == {FRIDAY}  # Saturday: two of five ledes
    # ledes that name the day of the event and the day it was told give both
    told = [replace(report, weekdays=frozenset({FRIDAY, SATURDAY})) for report in early]
    assert lede_weekdays(told, 2) == {FRIDAY, SATURDAY}
    # half and half is no weekday; one lede is too few
    split = [replace(report, weekdays=frozenset({FRIDAY if n < 2 else SUNDAY})) for n, report in enumerate(early)]
    assert lede_weekdays(split, 2) == set()
    assert lede_weekdays(early[:1], 2) == set()
    assert lede_weekdays([replace(report, weekdays=frozenset()) for report in early], 2) == set()


def test_a_storys_years_are_those_two_of_its_reports_state_most():
    early, _ = shooting()
    years = [replace(report, years=year) for report, year in zip(early, [(2009,), (2009, 2001), (2001,), ()], strict=True)]
    assert held_years(years, 2) == {2009}
    assert held_years(years, 1) == {2009, 2001}


def test_the_pieces_of_one_event_on_one_weekday_are_one_event():
    early, later = shooting()
    across = _pieces(early, later)
    assert across is not None and SETTINGS.fragment_join_threshold <= across < SETTINGS.split_threshold
    assert _pieces(early, later, replace(SETTINGS, fragment_join_threshold=across + 0.01)) is None


def test_two_events_told_on_other_weekdays_or_in_other_times_are_not():
    early, later = shooting()
    on_sunday = [replace(report, weekdays=frozenset({SUNDAY})) for report in later]
    assert _pieces(early, on_sunday) is None

    # years that two reports of each state, and none of the other's
    in_2009 = [replace(report, years=(2009,)) for report in early]
    in_2012 = [replace(report, years=(2012,)) for report in later]
    assert _pieces(in_2009, in_2012) is None
    assert _pieces(in_2009, [replace(report, years=(2009,)) for report in later]) is not None
    # one stray background year is no time of its own
    assert _pieces(early, [replace(later[0], years=(1998,)), *later[1:]]) is not None

    # publication dates further apart than the time window
    dated_early = [replace(report, published=date(2011, 3, 4)) for report in early]
    assert _pieces(dated_early, [replace(report, published=date(2011, 3, 7)) for report in later]) is not None
    assert _pieces(dated_early, [replace(report, published=date(2011, 5, 7)) for report in later]) is None


def test_a_dated_story_beside_one_with_no_dated_report_is_another_time():
    early, later = shooting()
    dated = [replace(report, published=date(2011, 3, 4)) for report in later]
    # three dated reports against none: two collections, not the pieces of one event
    assert _pieces(early, dated[:3] + later[3:]) is None
    assert _pieces(dated[:3] + later[3:], early) is None
    # two dated reports are too few to say so
    assert _pieces(early, dated[:2] + later[2:]) is not None
    # one dated report in the other piece: both come from a mix of dated and undated sources
    assert _pieces([replace(early[0], published=date(2011, 3, 5)), *early[1:]], dated) is not None
    assert _pieces(early, dated, replace(SETTINGS, fragment_dated_reports=6)) is not None


def test_the_index_joins_the_pieces_and_its_figures_match_an_index_built_whole():
    early, later = shooting()
    other = [_report(name, 2, {"dunmore hall"}, {"stabbing", "concert", "sunday"}, {SUNDAY}, 2014)
             for name in ["o0", "o1", "o2"]]
    reports = early + later + other
    index = _placed(reports, {**dict.fromkeys(EARLY, 0), **dict.fromkeys(LATER, 1), "o0": 2, "o1": 2, "o2": 2})

    assert index.join_fragments(reports) == 1
    assert index.members() == [EARLY + LATER, ["o0", "o1", "o2"]]
    whole = _placed(reports, {**dict.fromkeys(EARLY + LATER, 0), "o0": 1, "o1": 1, "o2": 1})
    assert_same_stories(index, whole, stories=1)

    # joined once, nothing is left to join
    assert index.join_fragments(reports) == 0


def test_join_fragments_needs_every_documents_features():
    early, later = shooting()
    index = _placed(early + later, dict.fromkeys(EARLY + LATER, 0))
    with pytest.raises(ValueError, match="features of all 9 documents, got 4"):
        index.join_fragments(early)
