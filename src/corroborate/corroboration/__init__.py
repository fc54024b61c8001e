"""corroboration: claims aligned across a story's documents, independent support, discrepancies.

PROVISIONAL minimal version so the pipeline runs end to end; the corroboration work replaces it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import AnalyzedDocument, Claim, ClaimSupport, Story
from ..settings import Settings


def corroborate_story(story: Story, documents: Sequence[AnalyzedDocument], settings: Settings) -> None:
    claims = []
    for analyzed in documents:
        for sentence in analyzed.sentences:
            support = ClaimSupport(analyzed.id, sentence.text, sentence.start, sentence.end, 1.0, story.origin_of(analyzed.id))
            claims.append(Claim(id=f"{story.id}-c{len(claims) + 1}", text=sentence.text, support=[support],
                                independent_sources=1, status="single-source"))
    story.claims = claims
    first = documents[0].document if documents else None
    story.headline = (first.title or (documents[0].sentences[0].text if documents[0].sentences else "")) if first else ""
