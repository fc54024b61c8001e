"""Whether two stories are one event that the index cut in two when its reports arrived.

A report is placed once, against the stories that exist when it arrives. The first reports of an
event (before the suspect was named, before the score was final) may open a story of their own
that the later reports, which name more, never join; after the split and the moves both pieces
still fit their own reports better than each other's. Scores alone cannot mend this: the pieces of
one event score no higher against each other than two events of one kind do (docs/quality.md,
"Pieces of one event").

What the pieces share and two events of one kind rarely do is the day: reports of one event name
the weekday it happened on. So two stories are one event when most of the ledes of each that name
a weekday name one same weekday (at least ``fragment_weekday_reports`` of them), their reports score
at least ``fragment_join_threshold`` against each other (median), and nothing says they are apart
in time: no publication dates further apart than the time window, and no years that each story's
reports hold (``fragment_year_reports`` of them) without the other's.

Nor are two stories joined when one has dated reports (``fragment_dated_reports`` or more) and the
other none. Whether a report carries a date depends on where it came from — a feed that stamps it,
a site that prints the day above its text — and the pieces of one event cut at arrival come from
one mix of sources, so both hold some dated reports or neither does. A dated story beside an
undated one is more likely two collections, which for two events of one kind on one weekday means
two times. Where every report is dated, as in a feed, this never applies.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np

from ..settings import GroupSettings
from .features import DocumentFeatures
from .scoring import StoryView, days_apart


def lede_weekdays(members: Sequence[DocumentFeatures], min_reports: int) -> set[int]:
    """The weekdays (0 Monday) that more than half of the story's weekday-naming ledes name, and at
    least ``min_reports`` of them: usually one, the event's; two when ledes name both the day of
    the event and the day it was told ("arrested on Tuesday, police said on Wednesday")."""
    counts = Counter(day for member in members for day in member.weekdays)
    naming = sum(1 for member in members if member.weekdays)
    return {day for day, count in counts.items() if count >= min_reports and count * 2 > naming}


def held_years(members: Sequence[DocumentFeatures], min_reports: int) -> set[int]:
    """The years that at least ``min_reports`` of the story's reports state most."""
    counts = Counter(member.years[0] for member in members if member.years)
    return {year for year, count in counts.items() if count >= min_reports}


def apart_in_time(
    first: Sequence[DocumentFeatures], first_view: StoryView,
    second: Sequence[DocumentFeatures], second_view: StoryView,
    settings: GroupSettings,
) -> bool:
    """Whether the two stories' dates, years or dated reports say they are different times."""
    if first_view.first_published and second_view.first_published:
        gap = days_apart(first_view.first_published, first_view.last_published,
                         second_view.first_published, second_view.last_published)
        if gap > settings.time_window_days:
            return True
    first_dated = sum(1 for member in first if member.published)
    second_dated = sum(1 for member in second if member.published)
    if min(first_dated, second_dated) == 0 and max(first_dated, second_dated) >= settings.fragment_dated_reports:
        return True
    first_years = held_years(first, settings.fragment_year_reports)
    second_years = held_years(second, settings.fragment_year_reports)
    return bool(first_years and second_years and not first_years & second_years)


def pieces_of_one_event(
    first: Sequence[DocumentFeatures], first_view: StoryView,
    second: Sequence[DocumentFeatures], second_view: StoryView,
    score: Callable[[DocumentFeatures, StoryView], float],
    settings: GroupSettings,
) -> float | None:
    """The median score across two stories when they look like one event cut in two, else None."""
    if not lede_weekdays(first, settings.fragment_weekday_reports) & lede_weekdays(second, settings.fragment_weekday_reports):
        return None
    if apart_in_time(first, first_view, second, second_view, settings):
        return None
    across = float(np.median([score(member, second_view) for member in first]
                             + [score(member, first_view) for member in second]))
    return across if across >= settings.fragment_join_threshold else None
