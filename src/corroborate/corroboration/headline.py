"""Headline: one line that names the story, from what the reports agree on.

Outlets title one event differently; the title closest in meaning to the other titles (the most
common title, in meaning), with the lead claim (the best-supported one) as a tie-breaker, is the
one most reports would recognise. Without titles, the
lead claim itself is the headline.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..embeddings import get_embedder
from ..model import AnalyzedDocument, Claim
from ..settings import Settings

LEAD_WEIGHT = 0.25  # the lead claim breaks near-ties between titles; the titles decide


def choose_headline(documents: Sequence[AnalyzedDocument], claims: Sequence[Claim], settings: Settings) -> str:
    titles = list(dict.fromkeys(d.document.title.strip() for d in documents if d.document.title and d.document.title.strip()))
    lead = claims[0].text if claims else ""
    if not titles:
        return lead
    if len(titles) == 1:
        return titles[0]
    vectors = get_embedder(settings.embedding).encode(titles + ([lead] if lead else []))
    title_vectors = vectors[: len(titles)]
    similarity = title_vectors @ title_vectors.T
    others = ~np.eye(len(titles), dtype=bool)
    # the median, so that one odd title (a desk note, a section name) does not pull the choice
    score = np.array([np.median(similarity[k, others[k]]) for k in range(len(titles))])
    if lead:
        score = score + LEAD_WEIGHT * (title_vectors @ vectors[-1])
    return titles[int(np.argmax(score))]
