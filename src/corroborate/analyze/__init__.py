"""analyze: per-document NLP (sentences, entities, quotes, quantities, times) and the story-level
resolution of what those documents mention (entities, places, quotes, timeline).

Per document, one spaCy pass (tokens, tags, names; no parser) feeds rule-based extractors that
know news text; each module owns one extractor. Per story, mentions become entities, places get
coordinates, quotations and dated events are merged across reports.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import AnalyzedDocument, Document, Story
from ..settings import Settings
from .entities import extract_mentions, outlet_named
from .nlp import load_pipeline
from .places import load_gazetteer
from .quantities import find_quantities
from .quotes import find_quotes
from .resolve import resolve_entities
from .sentences import in_other_news, other_news_spans, split_sentences
from .story import build_timeline, geocode_places, link_speakers, merge_quotes
from .timex import find_times

__all__ = ["analyze_document", "analyze_documents", "describe_story"]


def analyze_document(document: Document, doc) -> AnalyzedDocument:
    """Every extractor over one document and its spaCy ``doc``."""
    text = document.text
    sentences = split_sentences(text)
    mentions = outlet_named(extract_mentions(doc, text, sentences), document.outlet, text)
    times = find_times(text, sentences, document.published)
    quotes = find_quotes(text, sentences, mentions)
    quantities = find_quantities(text, sentences, doc, times)
    # a bulletin's other items ("Now the rest of today's news.") name no one and date nothing of
    # the story: their opera and mountain pass are neither its entities nor on its map
    spans = other_news_spans(text, sentences)
    other = {s.index for s in sentences if in_other_news(s, spans)}
    return AnalyzedDocument(
        document=document,
        sentences=sentences,
        mentions=[m for m in mentions if m.sentence not in other],
        quotes=[q for q in quotes if q.sentence not in other],
        quantities=[q for q in quantities if q.sentence not in other],
        times=[t for t in times if t.sentence not in other],
    )


def analyze_documents(documents: Sequence[Document], settings: Settings) -> list[AnalyzedDocument]:
    """Analyse documents in batches through one pipeline loaded once per process."""
    if not documents:
        return []
    nlp = load_pipeline(settings.analyze)
    docs = nlp.pipe(
        (d.text for d in documents),
        batch_size=settings.analyze.batch_size,
        n_process=settings.analyze.n_process,
    )
    return [analyze_document(document, doc) for document, doc in zip(documents, docs, strict=True)]


def describe_story(story: Story, documents: Sequence[AnalyzedDocument], settings: Settings) -> None:
    """Fill the story's entities (resolved, geocoded), quotes and timeline from its documents."""
    documents = list(documents)
    gazetteer = load_gazetteer(settings.analyze.gazetteer_min_population)
    story.entities = resolve_entities(story.id, documents, settings.analyze, gazetteer)
    geocode_places(story.entities, documents, gazetteer, settings.analyze.geo_context_sentences)
    link_speakers(documents, story.entities)
    story.quotes = merge_quotes(documents, story.entities, settings.analyze)
    story.timeline = build_timeline(documents, settings.analyze)
