"""analyze: per-document NLP (sentences, entities, quotes, quantities, times) and the story-level
resolution of what those documents mention (entities, places, quotes, timeline).

PROVISIONAL minimal version so the pipeline runs end to end; the analysis work replaces it.
"""

from __future__ import annotations

from collections.abc import Sequence

import spacy

from ..model import AnalyzedDocument, Document, Entity, Mention, Sentence, Story
from ..settings import Settings

_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "FACILITY", "NORP": "NORP"}


def analyze_documents(documents: Sequence[Document], settings: Settings) -> list[AnalyzedDocument]:
    nlp = spacy.load(settings.analyze.spacy_model)
    out = []
    for document, doc in zip(documents, nlp.pipe(d.text for d in documents), strict=True):
        sentences = [Sentence(i, s.start_char, s.end_char, s.text) for i, s in enumerate(doc.sents)]
        mentions = []
        for ent in doc.ents:
            if ent.label_ in _LABELS:
                index = next(i for i, s in enumerate(sentences) if s.start <= ent.start_char < s.end)
                mentions.append(Mention(ent.text, _LABELS[ent.label_], ent.start_char, ent.end_char, index))
        out.append(AnalyzedDocument(document=document, sentences=sentences, mentions=mentions))
    return out


def describe_story(story: Story, documents: Sequence[AnalyzedDocument], settings: Settings) -> None:
    """Fill the story's entities, quotes and timeline from its documents."""
    by_name: dict[tuple[str, str], Entity] = {}
    for analyzed in documents:
        for mention in analyzed.mentions:
            key = (mention.text, mention.type)
            entity = by_name.setdefault(key, Entity(id=f"{story.id}-e{len(by_name)}", name=mention.text, type=mention.type))
            if analyzed.id not in entity.documents:
                entity.documents.append(analyzed.id)
            entity.mentions += 1
    story.entities = list(by_name.values())
