"""group: analysed documents -> stories, and within each story the origins (copies of one source).

Documents enter an incremental ``StoryIndex`` one by one, in publication order (then id), so the
batch result does not depend on the order the inputs were given; a near-duplicate of a document
already indexed joins its story directly. Each story then gets its origins and shared passages.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from datasketch import MinHashLSH

from ..model import AnalyzedDocument, Story
from ..settings import Settings
from .features import document_features, embedding_text
from .index import StoryIndex
from .origins import find_origins
from .reuse import minhash

__all__ = ["group_stories", "StoryIndex"]


def group_stories(documents: Sequence[AnalyzedDocument], settings: Settings) -> list[Story]:
    if not documents:
        return []
    from ..embeddings import get_embedder

    embedder = get_embedder(settings.embedding)
    ordered = sorted(documents, key=lambda d: (d.document.published or date.max, d.id))
    vectors = embedder.encode([embedding_text(d) for d in ordered])
    index = StoryIndex(vectors.shape[1], settings.group, capacity=max(16, len(ordered)))
    lsh = MinHashLSH(threshold=settings.group.near_duplicate_jaccard, num_perm=settings.group.minhash_permutations)
    story_of: dict[str, int] = {}
    signatures = {}
    for analyzed, vector in zip(ordered, vectors, strict=True):
        features = document_features(analyzed, vector)
        signature = signatures[analyzed.id] = minhash(analyzed.text, settings.group)
        duplicates = lsh.query(signature)
        lsh.insert(analyzed.id, signature)
        if duplicates:
            story_of[analyzed.id] = index.add(features, join=story_of[duplicates[0]]).story
        else:
            story_of[analyzed.id] = index.add(features).story

    by_id = {d.id: d for d in documents}
    input_order = {d.id: n for n, d in enumerate(documents)}
    stories = []
    for members in index.members():
        members.sort(key=input_order.__getitem__)
        story = Story(id=f"s{len(stories) + 1}", documents=members)
        story.origins, story.shared_passages = find_origins(
            story.id, [by_id[d] for d in members], settings, encode=embedder.encode, signatures=signatures
        )
        stories.append(story)
    stories.sort(key=lambda s: input_order[s.documents[0]])
    for number, story in enumerate(stories, start=1):
        _renumber(story, f"s{number}")
    return stories


def _renumber(story: Story, story_id: str) -> None:
    """Story ids follow the order of the inputs, whatever order the index opened them in."""
    if story.id == story_id:
        return
    for origin in story.origins:
        origin.id = story_id + origin.id[len(story.id):]
    story.id = story_id
