"""Builders for corroboration tests: analysed documents made from real sentences, with the
mentions, figures and dates an analysis would find, so that corroboration is tested on its own.

(No tests here: the builders are shared by the test_corroboration_* modules.)
"""

from __future__ import annotations

from datetime import date

from corroborate.model import (
    AnalyzedDocument,
    Document,
    Mention,
    Origin,
    Quantity,
    Sentence,
    Story,
    TimeExpression,
)


def analysed(
    doc_id: str,
    sentences: list[str],
    *,
    published: str | None = None,
    title: str | None = None,
    mentions: list[tuple[str, str]] = (),
    quantities: list[dict] = (),
    times: list[tuple[str, str, str]] = (),
) -> AnalyzedDocument:
    """One document whose sentences are ``sentences``, joined by a blank line.

    ``mentions`` are (text, type); ``quantities`` dicts with the Quantity fields and ``text``;
    ``times`` are (text, resolved date, precision). Each is found at its first occurrence.
    """
    text = "\n\n".join(sentences)
    spans, at = [], 0
    for index, sentence in enumerate(sentences):
        start = text.index(sentence, at)
        spans.append(Sentence(index, start, start + len(sentence), sentence))
        at = start + len(sentence)

    def locate(needle: str) -> tuple[int, int, int]:
        start = text.index(needle)
        sentence = next(s.index for s in spans if s.start <= start < s.end)
        return start, start + len(needle), sentence

    doc = Document(
        id=doc_id, text=text, sources=[f"{doc_id}.txt"], title=title,
        published=date.fromisoformat(published) if published else None,
    )
    out = AnalyzedDocument(document=doc, sentences=spans)
    for needle, kind in mentions:
        start, end, sentence = locate(needle)
        out.mentions.append(Mention(needle, kind, start, end, sentence))  # type: ignore[arg-type]
    for spec in quantities:
        spec = dict(spec)
        start, end, sentence = locate(spec["text"])
        spec.setdefault("value", None)
        spec.setdefault("low", spec["value"])
        spec.setdefault("high", spec["value"])
        out.quantities.append(Quantity(start=start, end=end, sentence=sentence, **spec))
    for needle, resolved, precision in times:
        start, end, sentence = locate(needle)
        out.times.append(TimeExpression(needle, start, end, sentence, resolved, precision, True))  # type: ignore[arg-type]
    return out


def story_of(documents: list[AnalyzedDocument], origins: list[list[str]] | None = None) -> Story:
    """A story over ``documents``; each document its own origin unless ``origins`` groups them."""
    ids = [d.id for d in documents]
    story = Story(id="s1", documents=ids)
    groups = origins or [[i] for i in ids]
    story.origins = [Origin(id=f"s1-o{k + 1}", documents=list(group)) for k, group in enumerate(groups)]
    return story
