"""Splitting a story that grew over two events of one kind.

An incremental index decides once, when a document arrives, and never looks back: when the first
report of a second boxing match, heist or rehab stay scores just above the join threshold against
the first one's story, the story then carries both events' names and words and the second event's
other reports follow it in. The mistake is visible only later, inside the story: its reports fall
into two groups that agree among themselves and not with each other.

So a story is re-examined from its own documents (never the archive): its reports are bisected by
average linkage over the same evidence the index scores (meaning, IDF-weighted names, the lede's
specific words), and the two halves are kept apart when the index's own scorer says that neither
half's reports would join the other half as a story (the median score across the halves below
``split_threshold``). Outliers that the bisection would cut off alone are set aside while it looks
for the real fault line, then go to the half they score best against. Each half is examined again.

Two events of one kind can share more than their kind: the team whose two players were arrested
weeks apart, the player two clubs bid for. Their halves score high against each other on meaning,
names and words, yet each half's ledes name someone the other half's do not (the player arrested,
the club bidding). So halves are also kept apart when each has such a name of its own — in at least
``distinct_lede_share`` of its ledes and at most ``distinct_lede_elsewhere`` of the other's — as long
as the median score across stays below ``split_distinct_threshold``, and unless both halves have
dated reports published within the same time window: then it is one event with two people in it.

A second event may also have only a few reports in a large story, fewer than a half must hold. The
bisection cuts such a group off as outliers; when it has at least ``split_min_minority`` reports and
the median score across it and the rest is below ``split_threshold``, it is split off on its own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse import csr_matrix

from ..settings import GroupSettings
from .features import DocumentFeatures
from .scoring import StoryView, days_apart, score_story


def story_view(members: Sequence[DocumentFeatures]) -> StoryView:
    """A story's view built from its documents (the index keeps the same figures as running sums)."""
    total = np.sum([m.vector for m in members], axis=0)
    names: Counter[str] = Counter()
    terms: Counter[str] = Counter()
    weekdays: Counter[int] = Counter()
    years: Counter[int] = Counter()
    for member in members:
        names.update(member.names)
        terms.update(member.terms)
        weekdays.update(member.weekdays)
        if member.years:
            years[member.years[0]] += 1
    published = [m.published for m in members if m.published]
    return StoryView(
        centroid=total / (float(np.linalg.norm(total)) or 1.0),
        size=len(members),
        name_counts=names,
        year_counts=years,
        first_published=min(published) if published else None,
        last_published=max(published) if published else None,
        term_counts=terms,
        weekday_counts=weekdays,
    )


def split_story(
    members: Sequence[DocumentFeatures],
    name_weights: Mapping[str, float],
    term_weights: Mapping[str, float],
    settings: GroupSettings,
) -> list[list[int]]:
    """The story's documents (positions in ``members``) as one group, or as the events it merged."""
    every = list(range(len(members)))
    if len(members) < settings.split_min_documents or len(members) > settings.split_max_documents:
        return [every]
    affinity = _affinity(members, name_weights, term_weights, settings)
    return _split(every, members, affinity, name_weights, term_weights, settings)


def _split(
    group: list[int],
    members: Sequence[DocumentFeatures],
    affinity: np.ndarray,
    name_weights: Mapping[str, float],
    term_weights: Mapping[str, float],
    settings: GroupSettings,
) -> list[list[int]]:
    if len(group) < settings.split_min_documents:
        return [group]
    smallest = max(2, int(np.ceil(settings.split_min_share * len(group))))
    halves, set_aside = _bisect(group, affinity, smallest)

    def score(position: int, view: StoryView) -> float:
        return score_story(members[position], view, name_weights, settings, term_weights).total

    def recurse(part: list[int]) -> list[list[int]]:
        return _split(part, members, affinity, name_weights, term_weights, settings)

    if halves is not None:
        first, second = halves
        first_members, second_members = [members[i] for i in first], [members[i] for i in second]
        first_view, second_view = story_view(first_members), story_view(second_members)
        across = _median_across(first, first_view, second, second_view, score)
        apart = across < settings.split_threshold or (
            across < settings.split_distinct_threshold
            and _own_lede_names(first_members, second_members, settings)
            and not _published_together(first_members, second_members, settings)
        )
        if apart:
            placed = set(first) | set(second)
            for position in group:  # the outliers set aside: each to the half it fits best
                if position not in placed:
                    (first if score(position, first_view) >= score(position, second_view) else second).append(position)
            return recurse(sorted(first)) + recurse(sorted(second))
    # a few reports of another event: the first group large enough that a cut separated, the most
    # apart from the rest (the later cuts of the remainder are mostly noise, and each test costs a
    # score per document)
    minority = next((part for part in set_aside if len(part) >= settings.split_min_minority), None)
    if minority is not None:
        rest = [position for position in group if position not in set(minority)]
        minority_view = story_view([members[i] for i in minority])
        rest_view = story_view([members[i] for i in rest])
        if _median_across(minority, minority_view, rest, rest_view, score) < settings.split_threshold:
            return recurse(sorted(minority)) + recurse(rest)
    return [group]


def _median_across(first: list[int], first_view: StoryView, second: list[int], second_view: StoryView,
                   score: Callable[[int, StoryView], float]) -> float:
    """The median score of each part's documents against the other part."""
    return float(np.median([score(i, second_view) for i in first] + [score(i, first_view) for i in second]))


def _own_lede_names(
    first: Sequence[DocumentFeatures], second: Sequence[DocumentFeatures], settings: GroupSettings
) -> bool:
    """Whether each half's ledes have a name of their own: common in its ledes, rare in the other's."""
    first_share, second_share = _lede_shares(first), _lede_shares(second)

    def has_own(mine: dict[str, float], theirs: dict[str, float]) -> bool:
        return any(share >= settings.distinct_lede_share and theirs.get(name, 0.0) <= settings.distinct_lede_elsewhere
                   for name, share in mine.items())

    return has_own(first_share, second_share) and has_own(second_share, first_share)


def _published_together(
    first: Sequence[DocumentFeatures], second: Sequence[DocumentFeatures], settings: GroupSettings
) -> bool:
    """Whether both halves have dated reports (``distinct_dated_reports`` each) published within the
    time window of each other: one event with two people in it (two climbers who fell the same
    weekend), which names alone should not cut in two."""
    first_dates = [m.published for m in first if m.published]
    second_dates = [m.published for m in second if m.published]
    if min(len(first_dates), len(second_dates)) < settings.distinct_dated_reports:
        return False
    gap = days_apart(min(first_dates), max(first_dates), min(second_dates), max(second_dates))
    return gap <= settings.time_window_days


def _lede_shares(members: Sequence[DocumentFeatures]) -> dict[str, float]:
    counts: Counter[str] = Counter()
    for member in members:
        counts.update(member.lede_names)
    return {name: count / len(members) for name, count in counts.items()}


def _bisect(
    group: list[int], affinity: np.ndarray, smallest: int
) -> tuple[tuple[list[int], list[int]] | None, list[list[int]]]:
    """Two halves of at least ``smallest`` documents each by average linkage (None when there are
    none), and the smaller groups set aside on the way: a lone outlier (or a few) that a cut would
    separate is set aside and the rest bisected again."""
    remaining = list(group)
    set_aside: list[list[int]] = []
    while len(remaining) >= 2 * smallest:
        block = affinity[np.ix_(remaining, remaining)]
        distance = block.max() - block
        condensed = distance[np.triu_indices(len(remaining), 1)]
        labels = fcluster(linkage(condensed, method="average"), 2, criterion="maxclust")
        first = [p for p, label in zip(remaining, labels, strict=True) if label == labels[0]]
        second = [p for p, label in zip(remaining, labels, strict=True) if label != labels[0]]
        if not second:
            return None, set_aside
        if min(len(first), len(second)) >= smallest:
            return (first, second), set_aside
        outliers = first if len(first) < len(second) else second
        set_aside.append(outliers)
        remaining = [p for p in remaining if p not in set(outliers)]
    return None, set_aside


def _affinity(
    members: Sequence[DocumentFeatures],
    name_weights: Mapping[str, float],
    term_weights: Mapping[str, float],
    settings: GroupSettings,
) -> np.ndarray:
    """Document-to-document affinity on the scorer's scale: meaning plus weighted cosines of names
    and of the lede's words."""
    vectors = np.stack([m.vector for m in members])
    affinity = settings.semantic_weight * (vectors @ vectors.T)
    affinity += settings.entity_weight * _set_cosines([m.names for m in members], name_weights)
    affinity += settings.term_weight * _set_cosines([m.terms for m in members], term_weights)
    return affinity


def _set_cosines(sets: Sequence[frozenset[str]], weights: Mapping[str, float]) -> np.ndarray:
    """Cosines between IDF-weighted sets, all pairs at once."""
    column: dict[str, int] = {}
    rows, columns, values = [], [], []
    for row, items in enumerate(sets):
        for item in items:
            rows.append(row)
            columns.append(column.setdefault(item, len(column)))
            values.append(weights.get(item, 1.0))
    if not column:
        return np.zeros((len(sets), len(sets)))
    matrix = csr_matrix((values, (rows, columns)), shape=(len(sets), len(column)))
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    matrix = csr_matrix(matrix.multiply(1.0 / norms[:, None]))
    return (matrix @ matrix.T).toarray()
