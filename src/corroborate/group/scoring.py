"""How well a document fits a story: meaning, shared names and time, as one pure function.

Meaning alone cannot tell two earthquakes or two celebrities in rehab apart: their reports use
the same words. What differs is who and where (names), when (dates, the weekday a lede names) and
the particulars of the lede (the other participant, the toll, the sum). So the score adds an
IDF-weighted name cosine (a shared rare name counts, a shared "police" or "US" barely does), an
IDF-weighted cosine of the lede's specific words and numbers, and time terms that pull apart reports
anchored in different years, weeks or weekdays. The weights are a logistic regression's, so the
parts are on one calibrated scale.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from ..settings import GroupSettings
from .features import DocumentFeatures


@dataclass(frozen=True, slots=True)
class StoryView:
    """What a story shows a scorer: its centroid and what its documents share."""

    centroid: np.ndarray  # unit length
    size: int
    name_counts: Mapping[str, int]  # documents of the story that carry each name
    year_counts: Mapping[int, int]  # documents whose own (most stated) year is this one
    first_published: date | None = None
    last_published: date | None = None
    term_counts: Mapping[str, int] = field(default_factory=dict)  # documents carrying each term
    weekday_counts: Mapping[int, int] = field(default_factory=dict)  # documents whose lede names each weekday


@dataclass(frozen=True, slots=True)
class Score:
    total: float
    semantic: float
    entities: float
    time: float
    terms: float = 0.0
    weekday: float = 0.0


def idf(document_frequency: int, documents: int) -> float:
    """Smoothed inverse document frequency: never zero, so a shared name never subtracts."""
    return math.log(1.0 + (documents + 1) / (document_frequency + 1))


def name_similarity(
    names: frozenset[str],
    story: StoryView,
    weight_of: Mapping[str, float],
    lede_names: frozenset[str] = frozenset(),
    lede_boost: float = 0.0,
) -> float:
    """Cosine between the document's names (IDF weights, raised for names in its lede, who the
    event is about) and the story's names (IDF weight times the share of its documents that carry
    the name, so a name only one outlier had counts less)."""
    return _weighted_cosine(names, story.name_counts, story.size, weight_of, lede_names, lede_boost)


def term_similarity(terms: frozenset[str], story: StoryView, weight_of: Mapping[str, float]) -> float:
    """IDF-weighted cosine between the document's specific words and the story's (each weighted by
    the share of its documents that use it)."""
    return _weighted_cosine(terms, story.term_counts, story.size, weight_of)


def _weighted_cosine(
    items: frozenset[str],
    story_counts: Mapping[str, int],
    story_size: int,
    weight_of: Mapping[str, float],
    boosted: frozenset[str] = frozenset(),
    boost: float = 0.0,
) -> float:
    if not items or not story_counts:
        return 0.0
    dot = 0.0
    doc_norm = 0.0
    for item in items:
        w = weight_of.get(item, 1.0)
        own = w * (1.0 + boost) if item in boosted else w
        doc_norm += own * own
        count = story_counts.get(item)
        if count:
            dot += own * w * count / story_size
    if dot == 0.0:
        return 0.0
    story_norm = 0.0
    for item, count in story_counts.items():
        w = weight_of.get(item, 1.0) * count / story_size
        story_norm += w * w
    return dot / math.sqrt(doc_norm * story_norm)


def weekday_agreement(weekdays: frozenset[int], story: StoryView) -> float:
    """Share of the story's dated-by-weekday documents whose lede names one of the document's
    weekdays, as +share; -1 when the story's ledes name only other weekdays; 0 when either is silent."""
    if not weekdays or not story.weekday_counts:
        return 0.0
    shared = max((story.weekday_counts.get(day, 0) for day in weekdays), default=0)
    if shared:
        return shared / max(story.weekday_counts.values())
    return -1.0


def days_apart(first_start: date, first_end: date, second_start: date, second_end: date) -> int:
    """Days between two date ranges; 0 when they overlap."""
    return max((second_start - first_end).days, (first_start - second_end).days, 0)


def time_agreement(document: DocumentFeatures, story: StoryView, window_days: int) -> float:
    """+1 when the two are anchored in the same time, -1 when clearly in different times, 0 when
    either says nothing. Publication dates decide when both have them; else the stated years."""
    if document.published and story.first_published and story.last_published:
        gap = days_apart(document.published, document.published, story.first_published, story.last_published)
        if gap <= window_days:
            return 1.0
        return -min(1.0, gap / (4.0 * window_days))
    if not document.years or not story.year_counts:
        return 0.0
    own = document.years[0]
    share = story.year_counts.get(own, 0) / sum(story.year_counts.values())
    if share > 0:
        return share
    if any(year in story.year_counts for year in document.years[1:]):
        return 0.0  # the document mentions the story's year, just not most
    return -1.0


def score_story(
    document: DocumentFeatures,
    story: StoryView,
    weight_of: Mapping[str, float],
    settings: GroupSettings,
    term_weight_of: Mapping[str, float] | None = None,
) -> Score:
    semantic = float(np.dot(document.vector, story.centroid))
    entities = name_similarity(document.names, story, weight_of, document.lede_names, settings.lede_name_boost)
    time = time_agreement(document, story, settings.time_window_days)
    # agreeing times are strong evidence of one event; disagreeing ones are weaker evidence of two
    # (a report may be anchored in a background year), so each direction has its own weight
    time_term = settings.time_weight * time if time > 0 else settings.time_conflict_weight * time
    terms = 0.0
    if settings.term_weight and term_weight_of is not None:
        terms = term_similarity(document.terms, story, term_weight_of)
    weekday = weekday_agreement(document.weekdays, story)
    weekday_term = settings.weekday_weight * weekday if weekday > 0 else settings.weekday_conflict_weight * weekday
    total = (settings.semantic_weight * semantic + settings.entity_weight * entities + time_term
             + settings.term_weight * terms + weekday_term)
    return Score(total=total, semantic=semantic, entities=entities, time=time, terms=terms, weekday=weekday)
