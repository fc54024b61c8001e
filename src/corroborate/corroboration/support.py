"""Support: who backs each claim, counted by independent origin, not by outlet.

Five outlets that rewrite one wire story are one source. ``independent_sources`` is therefore the
number of distinct origins (Story.origins, from the grouping stage) among a claim's supporting
documents; a document the grouping stage left without an origin counts as its own. A report may
back a claim with its headline and a body sentence: both are listed (body sentence first), the
report is counted once, and the body sentence, which says the fact in full, is the claim's text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from ..model import Claim, ClaimSupport, Story
from .claims import Statement


def origin_of(story: Story, document: str) -> str:
    return story.origin_of(document) or document


def representative(group: Sequence[int], scores: np.ndarray, statements: Sequence[Statement]) -> int:
    """Position in ``group`` of the statement closest to all others in its claim, a body sentence
    rather than a headline where the claim has one (headlines drop articles, tense and detail);
    ties go to the first document."""
    if len(group) == 1:
        return 0
    block = scores[np.ix_(group, group)]
    documents = np.array([statements[i].document for i in group])
    block = np.where(documents[:, None] == documents[None, :], 0.0, block)  # its own headline is no vote
    centrality = block.sum(axis=1)
    candidates = [k for k in range(len(group)) if not statements[group[k]].headline] or range(len(group))
    return max(candidates, key=lambda k: (round(float(centrality[k]), 4), -k))


def build_claims(
    story: Story, statements: Sequence[Statement], groups: Sequence[Sequence[int]], scores: np.ndarray
) -> list[tuple[Claim, list[int]]]:
    """One claim per group of aligned statements, lead claims (most independent support) first."""
    built: list[tuple[tuple, Claim, list[int]]] = []
    for group in groups:
        group = list(group)
        rep = statements[group[representative(group, scores, statements)]]
        support = []
        for index in sorted(group, key=lambda i: _publication_order(statements[i])):
            statement = statements[index]
            others = [j for j in group if statements[j].document != statement.document]
            score = float(scores[index, others].mean()) if others else 1.0
            support.append(
                ClaimSupport(
                    document=statement.document,
                    sentence=statement.sentence_text,
                    start=statement.sentence_start,
                    end=statement.sentence_end,
                    score=round(score, 3),
                    origin=origin_of(story, statement.document),
                )
            )
        origins = list(dict.fromkeys(s.origin for s in support if s.origin))
        attributions = Counter(statements[i].attribution for i in group if statements[i].attribution)
        # another report's source is the claim's only when most of its statements name it: one
        # sentence's "the regulator said" must not become the attribution of the whole claim
        common = attributions.most_common(1)[0] if attributions else None
        attributed = rep.attribution or (common[0] if common and common[1] * 2 > len(group) else None)
        claim = Claim(
            id="",
            text=rep.text.strip(),
            support=support,
            independent_sources=max(1, len(origins)),
            status="corroborated" if len(origins) >= 2 else "single-source",
            attributed_to=attributed,
            modality=rep.modality,
            origins=origins,
        )
        earliest = min(statements[i].position for i in group)
        rank = (-claim.independent_sources, -len({s.document for s in support}), earliest, min(group))
        built.append((rank, claim, group))
    built.sort(key=lambda item: item[0])
    out = []
    for number, (_, claim, group) in enumerate(built, start=1):
        claim.id = f"{story.id}-c{number}"
        out.append((claim, group))
    return out


def _publication_order(statement: Statement) -> tuple:
    """Earliest report first; undated reports last; a report's body sentence before its headline."""
    published = statement.published
    return (published is None, published.toordinal() if published else 0, statement.document, statement.headline)
