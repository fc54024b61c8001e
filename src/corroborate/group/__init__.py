"""group: analysed documents -> stories, and within each story the origins (copies of one source).

PROVISIONAL minimal version so the pipeline runs end to end; the story-clustering work replaces it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import AnalyzedDocument, Origin, Story
from ..settings import Settings


def group_stories(documents: Sequence[AnalyzedDocument], settings: Settings) -> list[Story]:
    ids = [d.id for d in documents]
    story = Story(id="s1", documents=ids)
    story.origins = [Origin(id=f"s1-o{i + 1}", documents=[doc_id]) for i, doc_id in enumerate(ids)]
    return [story]
