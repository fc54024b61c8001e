"""Moving a document whose first placement another story now beats (``StoryIndex.reassign``), on
the invented reports of two title fights of one boxer from ``test_group_split``."""

from dataclasses import replace
from datetime import date

import pytest

from corroborate.group.features import DocumentFeatures
from corroborate.group.index import StoryIndex
from tests.test_group_split import SETTINGS, _vector, assert_same_stories, two_fights

FIRST = ["r0", "r1", "r2", "r3"]
SECOND = ["r4", "r5", "r6", "r7", "r8"]


def _placed(reports: list[DocumentFeatures], story_of: dict[str, int]) -> StoryIndex:
    """An index whose stories are the given ones, as if each report had been placed there on arrival."""
    index = StoryIndex(8, SETTINGS)
    for report in reports:
        index.add(report, join=story_of[report.id])
    return index


def test_the_first_report_of_an_event_that_joined_its_neighbour_moves_to_its_own_event():
    """The second fight's first report scored just above the threshold against the first fight's
    story; its fight's later reports formed their own story. It belongs there."""
    reports = two_fights()
    index = _placed(reports, {**dict.fromkeys(FIRST + ["r4"], 0), **dict.fromkeys(SECOND[1:], 1)})

    assert index.reassign(reports) == 1
    assert index.members() == [FIRST, SECOND]

    fresh = _placed(reports, {**dict.fromkeys(FIRST, 0), **dict.fromkeys(SECOND, 1)})
    assert_same_stories(index, fresh, stories=2)


def test_the_stories_dates_follow_the_moved_report():
    """Leave-one-out sees the story's dates without the report, and the move updates both ranges."""
    reports = [replace(report, published=date(2008, 5, 10 + n) if n < 4 else date(2012, 3, n))
               for n, report in enumerate(two_fights())]
    index = _placed(reports, {**dict.fromkeys(FIRST + ["r4"], 0), **dict.fromkeys(SECOND[1:], 1)})
    assert (index.view(0).first_published, index.view(0).last_published) == (date(2008, 5, 10), date(2012, 3, 4))

    assert index.reassign(reports) == 1
    assert (index.view(0).first_published, index.view(0).last_published) == (date(2008, 5, 10), date(2008, 5, 13))
    assert (index.view(1).first_published, index.view(1).last_published) == (date(2012, 3, 4), date(2012, 3, 8))


def test_a_report_that_opened_a_story_before_its_event_had_one_joins_the_event():
    """A story emptied by the move is no longer listed."""
    reports = two_fights()
    index = _placed(reports, {**dict.fromkeys(FIRST, 0), "r4": 1, **dict.fromkeys(SECOND[1:], 2)})

    assert index.reassign(reports) == 1
    assert index.members() == [FIRST, SECOND]
    assert index.story_of(4) == 2


def test_stories_that_are_right_are_left_as_they_are():
    reports = two_fights()
    index = _placed(reports, {**dict.fromkeys(FIRST, 0), **dict.fromkeys(SECOND, 1)})

    assert index.reassign(reports) == 0
    assert index.members() == [FIRST, SECOND]


def test_a_report_of_a_third_event_fits_neither_story_and_stays_alone():
    reports = two_fights()
    other = DocumentFeatures(id="x", vector=_vector(2, 0), names=frozenset({"city council", "budget"}),
                             lede_names=frozenset({"city council"}), years=(2015,),
                             terms=frozenset({"budget", "council", "vote"}))
    everything = [*reports, other]
    index = _placed(everything, {**dict.fromkeys(FIRST, 0), **dict.fromkeys(SECOND, 1), "x": 2})

    assert index.reassign(everything) == 0
    assert index.members() == [FIRST, SECOND, ["x"]]


def test_reassign_needs_every_documents_features():
    reports = two_fights()
    index = _placed(reports, dict.fromkeys(FIRST + SECOND, 0))
    with pytest.raises(ValueError, match="features of all 9 documents, got 3"):
        index.reassign(reports[:3])
