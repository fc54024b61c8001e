"""The JSON contract ``corroborate.briefing/1`` (shared/schema/briefing.schema.json).

Required fields are what outside tools read; extra fields (offsets of mentions, quantities, the
skipped inputs) are added freely, never renamed.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from ..model import AnalyzedDocument, Briefing, Story


def _document(analyzed: AnalyzedDocument) -> dict:
    doc = analyzed.document
    return {
        "id": doc.id,
        "source": doc.source,
        "sources": list(doc.sources),
        "outlet": doc.outlet,
        "title": doc.title,
        "published": doc.published.isoformat() if doc.published else None,
        "url": doc.url,
        "byline": doc.byline,
        "dateline": doc.dateline,
        "text": doc.text,
        "boilerplate_removed": list(doc.boilerplate_removed),
        "captions": list(doc.captions),
        "credits": list(doc.credits),
        "sentences": [{"start": s.start, "end": s.end} for s in analyzed.sentences],
        "mentions": [asdict(m) for m in analyzed.mentions],
        "quotes": [asdict(q) for q in analyzed.quotes],
        "quantities": [asdict(q) for q in analyzed.quantities],
        "times": [asdict(t) for t in analyzed.times],
    }


def _story(story: Story) -> dict:
    return {
        "id": story.id,
        "headline": story.headline,
        "documents": list(story.documents),
        "origins": [asdict(o) for o in story.origins],
        "claims": [asdict(c) for c in story.claims],
        "discrepancies": [_jsonable(asdict(d)) for d in story.discrepancies],
        "entities": [asdict(e) for e in story.entities],
        "quotes": [asdict(q) for q in story.quotes],
        "timeline": [asdict(t) for t in story.timeline],
        "shared_passages": [asdict(p) for p in story.shared_passages],
    }


def _jsonable(value):
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, float | int | str | bool) or value is None:
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def briefing_to_dict(briefing: Briefing) -> dict:
    return {
        "format": briefing.format,
        "generated_at": briefing.generated_at or datetime.now(UTC).isoformat(timespec="seconds"),
        "documents": [_document(d) for d in briefing.documents],
        "stories": [_story(s) for s in briefing.stories],
        "skipped": [asdict(s) for s in briefing.skipped],
    }


def write_json(briefing: Briefing, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(briefing_to_dict(briefing), ensure_ascii=False, indent=2), encoding="utf-8")
    return path
