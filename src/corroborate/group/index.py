"""An incremental story index: each new document joins the best story or opens a new one.

Nothing is re-clustered when a document arrives, so the cost of one arrival does not grow with the
archive: candidates come from an HNSW graph (hnswlib) over document vectors, which answers a
nearest-neighbour query in logarithmic time, and only the stories of those neighbours are scored
(``scoring.score_story``). A story keeps running aggregates (vector sum, name and year counts, date
range) in preallocated arrays, so memory grows linearly with the archive. ``split_merged``
re-examines stories afterwards from their own documents (``split``), ``reassign`` moves a
document whose first placement another story now beats, and ``join_fragments`` joins two stories
that are one event cut in two at arrival (``fragments``); none re-reads the archive.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

import hnswlib
import numpy as np

from ..settings import GroupSettings
from .features import DocumentFeatures
from .fragments import pieces_of_one_event
from .scoring import Score, StoryView, idf, score_story
from .split import split_story


@dataclass(frozen=True, slots=True)
class Assignment:
    story: int  # index of the story in the StoryIndex
    opened: bool  # True: no story scored above the threshold, a new one was opened
    score: Score | None  # the winning (or best rejected) score; None when there was no candidate


class _Weights(Mapping):
    """IDF weights computed on access from the index's live document frequencies."""

    def __init__(self, frequencies: dict[str, int], documents: int):
        self._frequencies = frequencies
        self._documents = documents
        self._memo: dict[str, float] = {}

    def __getitem__(self, name: str) -> float:
        value = self._memo.get(name)
        if value is None:
            value = idf(self._frequencies.get(name, 0), self._documents)
            self._memo[name] = value
        return value

    def get(self, name, default=None):  # noqa: ARG002 - every name has a weight
        return self[name]

    def __iter__(self):
        return iter(self._frequencies)

    def __len__(self):
        return len(self._frequencies)


class StoryIndex:
    """Stories over a growing archive. ``add`` returns the story index a document joined."""

    def __init__(self, dimension: int, settings: GroupSettings | None = None, capacity: int = 1024):
        self.settings = settings or GroupSettings()
        self.dimension = dimension
        self._graph = hnswlib.Index(space="ip", dim=dimension)
        self._graph.init_index(
            max_elements=capacity, ef_construction=self.settings.hnsw_ef_construction, M=self.settings.hnsw_m
        )
        self._graph.set_ef(self.settings.hnsw_ef_search)
        self._capacity = capacity
        self.documents: list[str] = []
        self._story_of_document = np.zeros(capacity, dtype=np.int32)
        self._sums = np.zeros((capacity, dimension), dtype=np.float32)
        self._sizes = np.zeros(capacity, dtype=np.int32)
        self._first = np.zeros(capacity, dtype=np.int32)  # date ordinals, 0 when unknown
        self._last = np.zeros(capacity, dtype=np.int32)
        self._names: list[dict[str, int] | None] = []
        self._years: list[dict[int, int] | None] = []
        self._frequencies: dict[str, int] = {}
        self._terms: list[dict[str, int] | None] = []
        self._weekdays: list[dict[int, int] | None] = []
        self._term_frequencies: dict[str, int] = {}

    # -- reading ---------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.documents)

    @property
    def story_count(self) -> int:
        return len(self._names)

    def story_of(self, position: int) -> int:
        return int(self._story_of_document[position])

    def members(self) -> list[list[str]]:
        """Document ids per story, in the order stories were opened (a story that ``reassign``
        emptied is left out)."""
        groups: list[list[str]] = [[] for _ in range(self.story_count)]
        for position, document in enumerate(self.documents):
            groups[self._story_of_document[position]].append(document)
        return [group for group in groups if group]

    def view(self, story: int) -> StoryView:
        total = self._sums[story]
        norm = float(np.linalg.norm(total)) or 1.0
        first, last = int(self._first[story]), int(self._last[story])
        return StoryView(
            centroid=total / norm,
            size=int(self._sizes[story]),
            name_counts=self._names[story] or {},
            year_counts=self._years[story] or {},
            first_published=date.fromordinal(first) if first else None,
            last_published=date.fromordinal(last) if last else None,
            term_counts=self._terms[story] or {},
            weekday_counts=self._weekdays[story] or {},
        )

    def weights(self) -> Mapping[str, float]:
        documents = max(len(self.documents), self.settings.min_entity_df_documents)
        return _Weights(self._frequencies, documents)

    def term_weights(self) -> Mapping[str, float]:
        documents = max(len(self.documents), self.settings.min_entity_df_documents)
        return _Weights(self._term_frequencies, documents)

    def candidates(self, vector: np.ndarray) -> list[int]:
        """Stories of the nearest documents, nearest first (sublinear: an HNSW query)."""
        if not self.documents:
            return []
        k = min(self.settings.candidate_documents, len(self.documents))
        labels, _ = self._graph.knn_query(vector.reshape(1, -1), k=k)
        seen: dict[int, None] = {}
        for label in labels[0]:
            seen.setdefault(int(self._story_of_document[label]), None)
        return list(seen)

    def assign(self, features: DocumentFeatures) -> Assignment:
        """The story a document would join, without adding it."""
        weights = self.weights()
        term_weights = self.term_weights() if self.settings.term_weight else None
        best: tuple[int, Score] | None = None
        for story in self.candidates(features.vector):
            score = score_story(features, self.view(story), weights, self.settings, term_weights)
            if best is None or score.total > best[1].total:
                best = (story, score)
        if best is not None and best[1].total >= self.settings.join_threshold:
            return Assignment(story=best[0], opened=False, score=best[1])
        return Assignment(story=self.story_count, opened=True, score=best[1] if best else None)

    # -- writing ---------------------------------------------------------------------------------

    def add(self, features: DocumentFeatures, join: int | None = None) -> Assignment:
        """Join the best-scoring story (or the story ``join`` when the caller already knows it, e.g.
        for a near-duplicate) or open a new one; never revisits earlier decisions."""
        assignment = self.assign(features) if join is None else Assignment(story=join, opened=False, score=None)
        self._insert(features, assignment.story)
        return assignment

    def add_many(self, features: Iterable[DocumentFeatures]) -> list[Assignment]:
        return [self.add(item) for item in features]

    def split_merged(self, features: list[DocumentFeatures]) -> int:
        """Re-examine each story from its own documents (``features[position]`` for every indexed
        document) and split those that merged two events (``split.split_story``); later arrivals
        see the halves. Returns how many stories were split off."""
        if len(features) != len(self.documents):
            raise ValueError(f"split_merged needs the features of all {len(self.documents)} documents, "
                             f"got {len(features)}")
        weights, term_weights = self.weights(), self.term_weights()
        opened = 0
        for story, positions in enumerate(self._positions_by_story()):
            members = [features[p] for p in positions]
            groups = split_story(members, weights, term_weights, self.settings)
            if len(groups) == 1:
                continue
            self._clear(story)
            for number, group in enumerate(groups):
                target = story if number == 0 else self._open_story()
                opened += number > 0
                for i in group:
                    self._story_of_document[positions[i]] = target
                    self._add_to_story(members[i], target)
        return opened

    def reassign(self, features: list[DocumentFeatures]) -> int:
        """Move each document to the story it now fits best; returns how many moves were made.

        Why: a document is placed once, against the stories that existed when it arrived. An early
        report may have opened a story that its event's later reports formed elsewhere, or joined a
        neighbour event's story that a split has since cut in two. Each round scores every document
        against its own story without it (leave-one-out, so a report does not vote for itself) and
        against the stories of its nearest documents; it moves when another story scores above the
        join threshold and beats its own by ``reassign_margin``; rounds repeat until nothing moves
        (at most ``reassign_rounds``). Only the indexed documents' features are read, never the
        archive again.
        """
        if len(features) != len(self.documents):
            raise ValueError(f"reassign needs the features of all {len(self.documents)} documents, "
                             f"got {len(features)}")
        weights, term_weights = self.weights(), self.term_weights()
        moved = 0
        for _ in range(self.settings.reassign_rounds):
            positions = self._positions_by_story()
            moves = 0
            for position, item in enumerate(features):
                own = self.story_of(position)
                floor = self.settings.join_threshold
                if len(positions[own]) > 1:
                    without = self._view_without(own, position, positions[own], features)
                    alone = score_story(item, without, weights, self.settings, term_weights).total
                    floor = max(floor, alone + self.settings.reassign_margin)
                best = None
                for story in self.candidates(item.vector):
                    if story == own:
                        continue
                    total = score_story(item, self.view(story), weights, self.settings, term_weights).total
                    if total >= floor:
                        best, floor = story, total
                if best is None:
                    continue
                # the move takes effect at once, so the next document sees the stories as they now are
                positions[own].remove(position)
                positions[best].append(position)
                self._story_of_document[position] = best
                self._clear(own)
                for other in positions[own]:
                    self._add_to_story(features[other], own)
                self._add_to_story(item, best)
                moves += 1
            moved += moves
            if not moves:
                break
        return moved

    def join_fragments(self, features: list[DocumentFeatures]) -> int:
        """Join stories that are one event cut in two at arrival (``fragments``); returns how many
        joins were made.

        Why: after the split and the moves, the first reports of an event may still form a story of
        their own beside the later ones. Each story is compared with the stories of the documents
        nearest its centroid; pairs that look like one event are joined, the best-scoring first,
        each story at most once (a chain of joins would rest on evidence no pair showed).
        """
        if len(features) != len(self.documents):
            raise ValueError(f"join_fragments needs the features of all {len(self.documents)} documents, "
                             f"got {len(features)}")
        weights, term_weights = self.weights(), self.term_weights()
        positions = self._positions_by_story()

        def score(item: DocumentFeatures, view: StoryView) -> float:
            return score_story(item, view, weights, self.settings, term_weights).total

        members_of = [[features[p] for p in members] for members in positions]
        pairs: list[tuple[float, int, int]] = []
        seen: set[tuple[int, int]] = set()
        for story, members in enumerate(members_of):
            if not members:
                continue
            for other in self.candidates(self.view(story).centroid):
                pair = (min(story, other), max(story, other))
                if other == story or pair in seen:
                    continue
                seen.add(pair)
                first, second = pair
                across = pieces_of_one_event(members_of[first], self.view(first), members_of[second],
                                             self.view(second), score, self.settings)
                if across is not None:
                    pairs.append((across, *pair))
        joined: set[int] = set()
        for _, kept, other in sorted(pairs, reverse=True):
            if kept in joined or other in joined:
                continue
            joined.update((kept, other))
            for position in positions[other]:
                self._story_of_document[position] = kept
                self._add_to_story(features[position], kept)
            self._clear(other)
        return len(joined) // 2

    def _view_without(
        self, story: int, position: int, members: list[int], features: list[DocumentFeatures]
    ) -> StoryView:
        """The story as it would be without one of its documents."""
        item = features[position]
        total = self._sums[story] - item.vector
        view = self.view(story)
        first, last = view.first_published, view.last_published
        if item.published and item.published in (first, last):
            others = [features[p].published for p in members if p != position and features[p].published]
            first, last = (min(others), max(others)) if others else (None, None)
        return StoryView(
            centroid=total / (float(np.linalg.norm(total)) or 1.0),
            size=view.size - 1,
            name_counts=_uncounted(view.name_counts, item.names),
            year_counts=_uncounted(view.year_counts, item.years[:1]),
            first_published=first,
            last_published=last,
            term_counts=_uncounted(view.term_counts, item.terms),
            weekday_counts=_uncounted(view.weekday_counts, item.weekdays),
        )

    def _positions_by_story(self) -> list[list[int]]:
        groups: list[list[int]] = [[] for _ in range(self.story_count)]
        for position in range(len(self.documents)):
            groups[self._story_of_document[position]].append(position)
        return groups

    def _open_story(self) -> int:
        story = self.story_count
        self._reserve(len(self.documents), stories=story + 1)
        self._names.append(None)
        self._years.append(None)
        self._terms.append(None)
        self._weekdays.append(None)
        return story

    def _clear(self, story: int) -> None:
        self._sums[story] = 0.0
        self._sizes[story] = 0
        self._first[story] = self._last[story] = 0
        self._names[story] = self._years[story] = self._terms[story] = self._weekdays[story] = None

    def bulk_load(
        self,
        vectors: np.ndarray,
        stories: np.ndarray,
        ids: list[str] | None = None,
        names: list[frozenset[str]] | None = None,
        years: list[int | None] | None = None,
        terms: list[frozenset[str]] | None = None,
    ) -> None:
        """Load an archive whose story assignments are already known (from a store or a benchmark),
        inserting the vectors into the graph in parallel batches."""
        count = len(vectors)
        if not count:
            return
        start = len(self.documents)
        self._reserve(start + count, stories=int(stories.max()) + 1)
        vectors = np.asarray(vectors, dtype=np.float32)
        self._graph.add_items(vectors, np.arange(start, start + count))
        self._story_of_document[start : start + count] = stories
        np.add.at(self._sums, stories, vectors)
        np.add.at(self._sizes, stories, 1)
        while len(self._names) <= int(stories.max()):
            self._open_story()
        for position, story in enumerate(stories.tolist()):
            if names is not None and names[position]:
                self._names[story] = _counted(self._names[story], names[position])
                _counted(self._frequencies, names[position])
            if years is not None and years[position] is not None:
                self._count_year(story, years[position])
            if terms is not None and terms[position]:
                self._terms[story] = _counted(self._terms[story], terms[position])
                _counted(self._term_frequencies, terms[position])
        self.documents.extend(ids if ids is not None else (f"d{start + i}" for i in range(count)))

    def _insert(self, features: DocumentFeatures, story: int) -> None:
        position = len(self.documents)
        self._reserve(position + 1, stories=story + 1)
        self._graph.add_items(features.vector.reshape(1, -1), np.array([position]))
        self.documents.append(features.id)
        self._story_of_document[position] = story
        if story == len(self._names):
            self._open_story()
        _counted(self._frequencies, features.names)
        _counted(self._term_frequencies, features.terms)
        self._add_to_story(features, story)

    def _add_to_story(self, features: DocumentFeatures, story: int) -> None:
        """A document's share of its story's running figures (the archive's frequencies apart)."""
        self._sums[story] += features.vector
        self._sizes[story] += 1
        if features.names:
            self._names[story] = _counted(self._names[story], features.names)
        if features.years:
            self._count_year(story, features.years[0])
        if features.terms:
            self._terms[story] = _counted(self._terms[story], features.terms)
        if features.weekdays:
            self._weekdays[story] = _counted(self._weekdays[story], features.weekdays)
        if features.published:
            day = features.published.toordinal()
            if not self._first[story] or day < self._first[story]:
                self._first[story] = day
            if day > self._last[story]:
                self._last[story] = day

    def _count_year(self, story: int, year: int) -> None:
        counts = self._years[story]
        if counts is None:
            counts = self._years[story] = {}
        counts[year] = counts.get(year, 0) + 1

    def _reserve(self, documents: int, stories: int) -> None:
        """Grow every preallocated array (and the graph) by doubling, so growth stays amortised."""
        if documents <= self._capacity and stories <= len(self._sizes):
            return
        capacity = self._capacity
        while capacity < max(documents, stories):
            capacity *= 2
        if capacity > self._capacity:
            self._graph.resize_index(capacity)
        self._story_of_document = _grow(self._story_of_document, capacity)
        self._sums = _grow(self._sums, capacity)
        self._sizes = _grow(self._sizes, capacity)
        self._first = _grow(self._first, capacity)
        self._last = _grow(self._last, capacity)
        self._capacity = capacity


def _counted(counts: dict | None, keys) -> dict:
    counts = {} if counts is None else counts
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    return counts


def _uncounted(counts: Mapping, keys) -> dict:
    """A copy of ``counts`` with one of each key taken away (keys at zero dropped)."""
    left = dict(counts)
    for key in keys:
        if left.get(key, 0) > 1:
            left[key] -= 1
        else:
            left.pop(key, None)
    return left


def _grow(array: np.ndarray, capacity: int) -> np.ndarray:
    if len(array) >= capacity:
        return array
    grown = np.zeros((capacity, *array.shape[1:]), dtype=array.dtype)
    grown[: len(array)] = array
    return grown
