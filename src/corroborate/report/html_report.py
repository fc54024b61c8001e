"""The self-contained HTML briefing: one file, styles, script and map inline, no request made.

Reports are untrusted input, so every text from them goes through Jinja's autoescaping, links are
kept only for http(s) URLs, and a Content-Security-Policy that allows no source at all (only the
page's own style and script, by hash) guards against anything that would slip through.

Evidence highlighting works on *keys*: every claim, entity, discrepancy, quote and timeline entry
of a story gets a short key (``c3``, ``e7``...), and each document's text is cut into segments that
carry the keys of every span covering them. Choosing an item highlights the segments with its key.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from urllib.parse import urlparse

from jinja2 import Environment, PackageLoader, select_autoescape

from ..model import AnalyzedDocument, Briefing, Discrepancy, Entity, Story
from ..settings import DEFAULT_SETTINGS, ReportSettings
from .basemap import MapPlace, map_views
from .presentation import (
    STATUS_LABELS,
    claim_documents,
    document_labels,
    format_date,
    lead_claims,
    ordered_variants,
    plural,
    ranked_claims,
    source_groups,
)

_PLACE_TYPES = ("PLACE", "FACILITY")


@dataclass(slots=True)
class Segment:
    text: str
    keys: str = ""  # space-separated keys of the items this text is evidence for
    anchor: str | None = None


@dataclass(slots=True)
class _Spans:
    """Key-carrying spans of one document, collected before the text is cut."""

    items: list[tuple[int, int, str]] = field(default_factory=list)

    def add(self, start: int, end: int, key: str) -> None:
        self.items.append((start, end, key))


def _safe_url(url: str | None) -> str | None:
    """Only web links become links: a ``javascript:`` URL in a report must stay text."""
    if url and urlparse(url).scheme in ("http", "https"):
        return url
    return None


def _sentence_span(analyzed: AnalyzedDocument, start: int, end: int, index: int | None = None) -> tuple[int, int]:
    sentences = analyzed.sentences
    if index is not None and 0 <= index < len(sentences) and sentences[index].start <= start < sentences[index].end:
        return sentences[index].start, sentences[index].end
    sentence = analyzed.sentence_at(start)
    return (sentence.start, sentence.end) if sentence else (start, end)


def _find(text: str, needle: str) -> tuple[int, int] | None:
    needle = needle.strip()
    if not needle:
        return None
    at = text.find(needle)
    return (at, at + len(needle)) if at >= 0 else None


def cut_segments(text: str, spans: Iterable[tuple[int, int, str]], anchor_prefix: str) -> list[Segment]:
    """Cut ``text`` at every span boundary; each piece carries the keys of the spans covering it."""
    valid = [(s, e, k) for s, e, k in spans if 0 <= s < e <= len(text)]
    cuts = sorted({0, len(text), *(s for s, _, _ in valid), *(e for _, e, _ in valid)})
    segments = []
    for number, (a, b) in enumerate(zip(cuts, cuts[1:], strict=False)):
        keys = sorted({k for s, e, k in valid if s <= a and b <= e}, key=_key_order)
        segments.append(Segment(text[a:b], " ".join(keys), f"{anchor_prefix}-g{number}" if keys else None))
    return segments


def _key_order(key: str) -> tuple[str, int]:
    return key[0], int(key[1:]) if key[1:].isdigit() else 0


def _collect_spans(story: Story, documents: dict[str, AnalyzedDocument]) -> dict[str, _Spans]:
    """Every span of every report that is evidence for a claim, entity, quote, date or discrepancy."""
    spans = {doc_id: _Spans() for doc_id in story.documents if doc_id in documents}

    for ci, claim in enumerate(story.claims):
        for support in claim.support:
            analyzed = documents.get(support.document)
            if analyzed is None or support.document not in spans:
                continue
            start, end = support.start, support.end
            if not (0 <= start < end <= len(analyzed.text)):
                found = _find(analyzed.text, support.sentence)
                if not found:
                    continue
                start, end = found
            spans[support.document].add(start, end, f"c{ci}")

    entity_keys = {e.id: f"e{i}" for i, e in enumerate(story.entities)}
    by_name: dict[tuple[str, str], str] = {}
    for i, entity in enumerate(story.entities):
        for name in [entity.name, *entity.aliases]:
            by_name.setdefault((name.casefold(), entity.type), f"e{i}")
    for doc_id, doc_spans in spans.items():
        analyzed = documents[doc_id]
        for mention in analyzed.mentions:
            key = entity_keys.get(mention.entity) if mention.entity else None
            key = key or by_name.get((mention.text.casefold(), mention.type))
            if key:
                doc_spans.add(*_sentence_span(analyzed, mention.start, mention.end, mention.sentence), key)

    for ti, entry in enumerate(story.timeline):
        for doc_id in entry.documents:
            if doc_id not in spans:
                continue
            analyzed = documents[doc_id]
            matches = [t for t in analyzed.times if t.text == entry.expression and (t.date == entry.date or not t.date)]
            if matches:
                for t in matches:
                    spans[doc_id].add(*_sentence_span(analyzed, t.start, t.end, t.sentence), f"t{ti}")
            elif found := _find(analyzed.text, entry.expression):
                spans[doc_id].add(*_sentence_span(analyzed, *found), f"t{ti}")

    for qi, quote in enumerate(story.quotes):
        for doc_id in quote.documents or story.documents:
            if doc_id in spans and (found := _find(documents[doc_id].text, quote.text)):
                spans[doc_id].add(*found, f"q{qi}")

    for si, passage in enumerate(story.shared_passages):
        for doc_id, start, end in ((passage.document_a, passage.start_a, passage.end_a),
                                   (passage.document_b, passage.start_b, passage.end_b)):
            if doc_id in spans:
                spans[doc_id].add(start, end, f"s{si}")

    for xi, discrepancy in enumerate(story.discrepancies):
        for variant in discrepancy.variants:
            for evidence in variant.evidence:
                for doc_id in variant.documents or story.documents:
                    if doc_id in spans and (found := _find(documents[doc_id].text, evidence)):
                        spans[doc_id].add(*found, f"x{xi}")
    return spans


def _entity_view(index: int, entity: Entity, labels: dict[str, str]) -> dict:
    aliases = [a for a in dict.fromkeys(entity.aliases) if a.casefold() != entity.name.casefold()]
    return {
        "key": f"e{index}",
        "name": entity.name,
        "type": entity.type,
        "aliases": aliases,
        "titles": list(dict.fromkeys(entity.titles)),
        "reports": len(entity.documents),
        "outlets": [labels[d] for d in entity.documents if d in labels],
        "mentions": entity.mentions,
        "lat": entity.lat,
        "lon": entity.lon,
        "country": entity.country,
    }


def _discrepancy_view(index: int, discrepancy: Discrepancy, story: Story, labels: dict[str, str],
                      published: dict[str, str]) -> dict:
    claim_text = next((c.text for c in story.claims if c.id == discrepancy.claim), None)
    dated, update = ordered_variants(discrepancy, published)
    variants = [{
        "value": variant.value,
        "outlets": [labels.get(d, d) for d in variant.documents],
        "published": ", ".join(format_date(d) for d in dates),
        "evidence": list(dict.fromkeys(variant.evidence)),
    } for variant, dates in dated]
    return {
        "key": f"x{index}",
        "kind": discrepancy.kind,
        "summary": discrepancy.summary,
        "maybe_update": update,
        "claim": claim_text,
        "variants": variants,
    }


def _speakers(story: Story, labels: dict[str, str]) -> list[dict]:
    """Quotes grouped by speaker, most quoted first: who said what, at a glance."""
    groups: dict[str, list[dict]] = {}
    for i, quote in enumerate(story.quotes):
        groups.setdefault(quote.speaker or "", []).append({
            "key": f"q{i}", "text": quote.text.strip(), "kind": quote.kind,
            "outlets": [labels.get(d, d) for d in quote.documents]})
    order = sorted(groups, key=lambda name: (not name, -len(groups[name])))
    return [{"name": name or "Unattributed", "quotes": groups[name]} for name in order]


def _shared_view(story: Story, labels: dict[str, str], group_key: dict[str, str]) -> list[dict]:
    """Text that pairs of reports share, pair by pair, longest first: why reports were grouped as
    copies, and which shared words are only a quotation both reproduce."""
    pairs: dict[tuple[str, str], list[dict]] = {}
    for i, passage in enumerate(story.shared_passages):
        a, b = passage.document_a, passage.document_b
        if a not in group_key or b not in group_key:
            continue
        pairs.setdefault((a, b), []).append({"key": f"s{i}", "text": passage.text, "quoted": passage.quoted})
    out = []
    for (a, b), passages in pairs.items():
        passages.sort(key=lambda p: (p["quoted"], -len(p["text"])))
        out.append({
            "a": labels.get(a, a), "b": labels.get(b, b),
            "same_source": group_key[a] == group_key[b],
            "sources": f"{group_key[a]}" if group_key[a] == group_key[b] else f"{group_key[a]} and {group_key[b]}",
            "characters": sum(len(p["text"]) for p in passages if not p["quoted"]),
            "passages": passages,
        })
    out.sort(key=lambda pair: (not pair["same_source"], -pair["characters"]))
    return out


def _story_view(index: int, story: Story, documents: dict[str, AnalyzedDocument], labels: dict[str, str],
                settings: ReportSettings) -> dict:
    dom = f"st{index + 1}"
    story_docs = [documents[d] for d in story.documents if d in documents]
    groups = source_groups(story, story_docs)
    group_of = {d: g for g in groups for d in g.documents}
    ordered_docs = [d for g in groups for d in g.documents]
    published = {a.id: a.document.published.isoformat() for a in story_docs if a.document.published}

    spans = _collect_spans(story, documents)
    segments = {d: cut_segments(documents[d].text, spans[d].items, f"{dom}-d{i}") for i, d in enumerate(ordered_docs)}

    claim_keys = {id(c): f"c{i}" for i, c in enumerate(story.claims)}
    disputes: dict[str, list[dict]] = {}
    for xi, discrepancy in enumerate(story.discrepancies):
        if discrepancy.claim:
            disputes.setdefault(discrepancy.claim, []).append(
                {"anchor": f"{dom}-x{xi}", "kind": discrepancy.kind,
                 "values": " vs ".join(dict.fromkeys(v.value for v in discrepancy.variants))})

    def first_anchor(doc_id: str, key: str) -> str | None:
        return next((s.anchor for s in segments.get(doc_id, []) if key in s.keys.split()), None)

    def claim_view(claim) -> dict:
        key = claim_keys[id(claim)]
        docs = claim_documents(claim)
        return {
            "key": key,
            "text": claim.text,
            "status": claim.status,
            "status_label": STATUS_LABELS.get(claim.status, claim.status),
            "independent": claim.independent_sources,
            "reports": len(docs),
            "outlets": [labels.get(d, d) for d in docs],
            "attributed_to": claim.attributed_to,
            "modality": claim.modality if claim.modality != "asserted" else None,
            "cells": {d: (first_anchor(d, key) or "") if d in docs else None for d in ordered_docs},
            "disputes": disputes.get(claim.id, []),
            "strip": [(g.key, sum(1 for d in g.documents if d in docs), len(g.documents)) for g in groups],
        }

    entities = [_entity_view(i, e, labels) for i, e in enumerate(story.entities)]
    places = sorted((e for e in entities if e["type"] in _PLACE_TYPES), key=lambda e: (-e["reports"], -e["mentions"]))
    mapped = [e for e in places if e["lat"] is not None and e["lon"] is not None]
    maps = map_views([MapPlace(e["key"], e["name"], float(e["lat"]), float(e["lon"]), e["reports"] + 1) for e in mapped],
                     settings)

    timeline = sorted(
        ({"key": f"t{i}", "date": t.date, "label": format_date(t.date), "expression": t.expression, "event": t.event,
          "outlets": [labels.get(d, d) for d in t.documents]} for i, t in enumerate(story.timeline)),
        key=lambda t: (t["date"] or "9999", t["key"]),
    )
    dates = sorted(published.values())
    date_range = ""
    if dates:
        date_range = format_date(dates[0]) if dates[0] == dates[-1] else f"{format_date(dates[0])} – {format_date(dates[-1])}"
    ranked = ranked_claims(story)

    docs_view = []
    for i, doc_id in enumerate(ordered_docs):
        doc = documents[doc_id].document
        group = group_of[doc_id]
        docs_view.append({
            "id": doc_id,
            "dom": f"{dom}-d{i}",
            "label": labels.get(doc_id, doc_id),
            "heading": labels.get(doc_id, doc_id) if doc.outlet or _safe_url(doc.url) or not doc.title else doc.title,
            "title": doc.title,
            "outlet": doc.outlet,
            "published": format_date(doc.published.isoformat()) if doc.published else "",
            "byline": doc.byline,
            "dateline": doc.dateline,
            "url": _safe_url(doc.url),
            "source": doc.url or doc.source,
            "group": group.label,
            "group_key": group.key,
            "group_size": len(group.documents),
            "segments": segments[doc_id],
            "boilerplate": doc.boilerplate_removed,
            "captions": doc.captions,
            "credits": doc.credits,
        })

    return {
        "dom": dom,
        "number": index + 1,
        "headline": story.headline or (ranked[0].text if ranked else f"Story {index + 1}"),
        "documents": len(ordered_docs),
        "date_range": date_range,
        "groups": [{
            "key": g.key, "label": g.label,
            "credit": g.origin.credit if g.origin else None,
            "evidence": list(g.origin.evidence) if g.origin else [],
            "docs": [{"label": labels.get(d, d), "dom": docs_view[ordered_docs.index(d)]["dom"],
                      "published": format_date(published.get(d))} for d in g.documents],
        } for g in groups],
        "shared": _shared_view(story, labels, {d: g.key for d, g in group_of.items()}),
        "lead": [claim_view(c) for c in lead_claims(story, settings.lead_limit)],
        "claims": [claim_view(c) for c in ranked],
        "claim_counts": {s: sum(1 for c in story.claims if c.status == s) for s in STATUS_LABELS},
        "columns": [{"id": d, "label": labels.get(d, d), "group": group_of[d].key} for d in ordered_docs],
        "discrepancies": [_discrepancy_view(i, d, story, labels, published) for i, d in enumerate(story.discrepancies)],
        "maps": maps,
        "mapped": mapped,
        "places": places,
        "unmapped": [e for e in places if e not in mapped],
        "timeline": timeline,
        "people": sorted((e for e in entities if e["type"] == "PERSON"), key=lambda e: (-e["reports"], -e["mentions"], e["name"])),
        "orgs": sorted((e for e in entities if e["type"] == "ORG"), key=lambda e: (-e["reports"], -e["mentions"], e["name"])),
        "others": sorted((e for e in entities if e["type"] not in ("PERSON", "ORG", *_PLACE_TYPES)),
                         key=lambda e: (-e["reports"], e["name"])),
        "speakers": _speakers(story, labels),
        "docs": docs_view,
    }


def _static(name: str) -> str:
    return resources.files("corroborate.report").joinpath("static", name).read_text(encoding="utf-8")


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


_environment: Environment | None = None


def _templates() -> Environment:
    global _environment
    if _environment is None:
        env = Environment(loader=PackageLoader("corroborate.report", "templates"),
                          autoescape=select_autoescape(default=True, default_for_string=True),
                          trim_blocks=True, lstrip_blocks=True)
        env.filters["plural"] = plural
        _environment = env
    return _environment


def build_page(briefing: Briefing, settings: ReportSettings = DEFAULT_SETTINGS.report) -> dict:
    """The page's view: everything the template shows, already ordered and labelled."""
    documents = {a.id: a for a in briefing.documents}
    labels = document_labels(briefing.documents)
    stories = [_story_view(i, s, documents, labels, settings) for i, s in enumerate(briefing.stories)]
    return {
        "stories": stories,
        "generated": briefing.generated_at,
        "documents": len(briefing.documents),
        "skipped": briefing.skipped,
        "format": briefing.format,
    }


def render_html(briefing: Briefing, settings: ReportSettings = DEFAULT_SETTINGS.report) -> str:
    page = build_page(briefing, settings)
    style, script = _static("briefing.css"), _static("briefing.js")
    csp = (f"default-src 'none'; style-src {_csp_hash(style)}; script-src {_csp_hash(script)}; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    return _templates().get_template("briefing.html.j2").render(page=page, style=style, script=script, csp=csp)


def write_html(briefing: Briefing, path: str | Path, settings: ReportSettings = DEFAULT_SETTINGS.report) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(briefing, settings), encoding="utf-8")
    return path

