"""group: analysed documents -> stories, and within each story the origins (copies of one source).

Documents enter an incremental ``StoryIndex`` one by one, in publication order (then id), so the
batch result does not depend on the order the inputs were given; a near-duplicate of a document
already indexed joins its story directly. Then each story is re-examined from its own documents
and split when it took in two events of one kind (``split``), each document moves to the story it
now fits best when that beats its first placement (``StoryIndex.reassign``), and two stories that
are one event cut in two at arrival are joined (``fragments``). Each story then gets its origins and
shared passages.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from datasketch import MinHash

from ..model import AnalyzedDocument, Story
from ..settings import Settings
from .features import document_features, embedding_text
from .index import StoryIndex
from .origins import find_origins
from .reuse import lsh_index, minhash

__all__ = ["group_stories", "assign_stories", "add_origins", "StoryIndex"]


def group_stories(documents: Sequence[AnalyzedDocument], settings: Settings) -> list[Story]:
    """The whole stage: stories, then each story's origins and shared passages."""
    stories, signatures = assign_stories(documents, settings)
    by_id = {d.id: d for d in documents}
    for story in stories:
        add_origins(story, [by_id[d] for d in story.documents], settings, signatures)
    return stories


def assign_stories(
    documents: Sequence[AnalyzedDocument], settings: Settings
) -> tuple[list[Story], dict[str, MinHash]]:
    """Stories without their origins, and each document's MinHash signature.

    Why apart from the origins: assignment is sequential (each document joins what came before),
    while origins are independent per story, so the pipeline runs them in the per-story workers.
    """
    if not documents:
        return [], {}
    from ..embeddings import get_embedder

    embedder = get_embedder(settings.embedding)
    ordered = sorted(documents, key=lambda d: (d.document.published or date.max, d.id))
    vectors = embedder.encode([embedding_text(d) for d in ordered])
    index = StoryIndex(vectors.shape[1], settings.group, capacity=max(16, len(ordered)))
    lsh = lsh_index(settings.group)
    story_of: dict[str, int] = {}
    signatures = {}
    indexed = []
    for analyzed, vector in zip(ordered, vectors, strict=True):
        features = document_features(analyzed, vector)
        indexed.append(features)
        signature = signatures[analyzed.id] = minhash(analyzed.text, settings.group)
        duplicates = lsh.query(signature)
        lsh.insert(analyzed.id, signature)
        if duplicates:
            story_of[analyzed.id] = index.add(features, join=story_of[duplicates[0]]).story
        else:
            story_of[analyzed.id] = index.add(features).story
    index.split_merged(indexed)
    index.reassign(indexed)
    index.join_fragments(indexed)

    input_order = {d.id: n for n, d in enumerate(documents)}
    groups = [sorted(members, key=input_order.__getitem__) for members in index.members()]
    # story ids follow the order of the inputs, whatever order the index opened them in
    groups.sort(key=lambda members: input_order[members[0]])
    stories = [Story(id=f"s{number}", documents=members) for number, members in enumerate(groups, start=1)]
    return stories, signatures


def add_origins(
    story: Story,
    documents: Sequence[AnalyzedDocument],
    settings: Settings,
    signatures: Mapping[str, MinHash] | None = None,
) -> None:
    """Set a story's origins and shared passages (``signatures``: what assignment computed)."""
    from ..embeddings import get_embedder

    known = {d.id: signatures[d.id] for d in documents if d.id in signatures} if signatures else None
    story.origins, story.shared_passages = find_origins(
        story.id, documents, settings, encode=get_embedder(settings.embedding).encode, signatures=known
    )
