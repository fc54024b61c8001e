"""The Markdown briefing: the same judgements as the HTML page, as notes a reader can paste.

Text from reports is untrusted: characters that Markdown (or the HTML a Markdown viewer renders)
would treat as markup are backslash-escaped, and table cells never break a row.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..model import AnalyzedDocument, Briefing, Story
from ..settings import DEFAULT_SETTINGS, ReportSettings
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

_MARKUP = re.compile(r"([\\`*_\[\]<>|])")
_TYPE_NAMES = {"PERSON": "person", "ORG": "organisation"}


def md_escape(text: str | None) -> str:
    """One line of plain text, safe to put anywhere in Markdown (a table cell included)."""
    return _MARKUP.sub(r"\\\1", " ".join((text or "").split()))


def _outlets(document_ids: list[str], labels: dict[str, str]) -> str:
    return ", ".join(md_escape(labels.get(d, d)) for d in document_ids)


def _story_lines(number: int, story: Story, documents: dict[str, AnalyzedDocument], labels: dict[str, str],
                 settings: ReportSettings) -> list[str]:
    story_docs = [documents[d] for d in story.documents if d in documents]
    groups = source_groups(story, story_docs)
    published = {a.id: a.document.published.isoformat() for a in story_docs if a.document.published}
    dates = sorted(published.values())
    ranked = ranked_claims(story)
    headline = story.headline or (ranked[0].text if ranked else f"Story {number}")

    lines = [f"## {number}. {md_escape(headline)}", ""]
    summary = f"{plural(len(story_docs), 'report')} from {plural(len(groups), 'independent source')}"
    if dates:
        summary += " · " + (format_date(dates[0]) if dates[0] == dates[-1] else f"{format_date(dates[0])} – {format_date(dates[-1])}")
    lines += [summary, ""]

    lead = lead_claims(story, settings.lead_limit)
    if lead:
        lines += ["### Lead", ""]
        for claim in lead:
            docs = claim_documents(claim)
            lines.append(f"- **{md_escape(claim.text)}** — {plural(claim.independent_sources, 'independent source')} "
                         f"({plural(len(docs), 'report')}: {_outlets(docs, labels)})")
        lines.append("")

    lines += ["### Claims", ""]
    if ranked:
        lines += ["| # | Claim | Status | Independent sources | Outlets |", "|---|---|---|---|---|"]
        for i, claim in enumerate(ranked, 1):
            text = md_escape(claim.text)
            if claim.attributed_to:
                text += f" (according to {md_escape(claim.attributed_to)})"
            if claim.modality != "asserted":
                text += f" \\[{claim.modality}\\]"
            lines.append(f"| {i} | {text} | {STATUS_LABELS.get(claim.status, claim.status)} | "
                         f"{claim.independent_sources} | {_outlets(claim_documents(claim), labels)} |")
    else:
        lines.append("No claims.")
    lines.append("")

    lines += ["### Discrepancies", ""]
    if not story.discrepancies:
        lines += ["None found.", ""]
    for discrepancy in story.discrepancies:
        lines += [f"#### {discrepancy.kind.capitalize()}: {md_escape(discrepancy.summary)}", ""]
        dated, update = ordered_variants(discrepancy, published)
        if update:
            lines += ["Published at different times: possibly an update. Variants in publication order.", ""]
        for variant, dates in dated:
            when_text = f" ({', '.join(format_date(w) for w in dates)})" if dates else ""
            lines.append(f"- **{md_escape(variant.value)}**: {_outlets(variant.documents, labels)}{when_text}")
            lines += [f"  > {md_escape(e)}" for e in dict.fromkeys(variant.evidence)]
        lines.append("")

    lines += ["### Sources", ""]
    for group in groups:
        head = f"- **{group.label}**"
        notes = []
        if len(group.documents) > 1:
            notes.append(f"{len(group.documents)} reports, one origin")
        if group.origin and group.origin.credit:
            notes.append(f"credited to {md_escape(group.origin.credit)}")
        if notes:
            head += f" ({'; '.join(notes)})"
        members = ", ".join(
            md_escape(labels.get(d, d)) + (f" ({format_date(published[d])})" if d in published else "") for d in group.documents
        )
        lines.append(f"{head}: {members}")
        if group.origin:
            lines += [f"  - {md_escape(reason)}" for reason in group.origin.evidence]
    lines.append("")

    places = [e for e in story.entities if e.type in ("PLACE", "FACILITY")]
    if places:
        lines += ["### Places", ""]
        for place in places:
            where = f"{place.lat:.4f}, {place.lon:.4f}" if place.lat is not None and place.lon is not None else "not geocoded"
            lines.append(f"- {md_escape(place.name)} ({where}){_aliases(place.aliases, place.name)}")
        lines.append("")

    if story.timeline:
        lines += ["### Timeline", ""]
        for entry in sorted(story.timeline, key=lambda t: t.date or "9999"):
            event = md_escape(entry.event) if entry.event else "—"
            lines.append(f"- {format_date(entry.date) or 'undated'}: {event} (“{md_escape(entry.expression)}”; "
                         f"{_outlets(entry.documents, labels)})")
        lines.append("")

    named = sorted((e for e in story.entities if e.type in _TYPE_NAMES),
                   key=lambda e: (e.type != "PERSON", -len(e.documents), e.name))
    if named:
        lines += ["### People and organisations", ""]
        for entity in named:
            details = [_TYPE_NAMES[entity.type], *(md_escape(t) for t in dict.fromkeys(entity.titles))]
            lines.append(f"- {md_escape(entity.name)} ({'; '.join(details)}){_aliases(entity.aliases, entity.name)}: "
                         f"{plural(len(entity.documents), 'report')}")
        lines.append("")

    if story.quotes:
        lines += ["### Quotes", ""]
        for quote in story.quotes:
            lines.append(f"- {md_escape(quote.speaker) or 'Unattributed'} ({quote.kind}): “{md_escape(quote.text)}” "
                         f"({_outlets(quote.documents, labels)})")
        lines.append("")

    lines += ["### Reports", ""]
    for group in groups:
        for doc_id in group.documents:
            doc = documents[doc_id].document
            parts = [f"{group.label}"]
            if doc.title:
                parts.append(f"*{md_escape(doc.title)}*")
            if doc.published:
                parts.append(format_date(doc.published.isoformat()))
            parts.append(md_escape(doc.url or doc.source))
            lines.append(f"- {md_escape(labels[doc_id])}: {', '.join(parts)}")
    lines.append("")
    return lines


def _aliases(aliases: list[str], name: str) -> str:
    others = [a for a in dict.fromkeys(aliases) if a.casefold() != name.casefold()]
    return f", also {', '.join(md_escape(a) for a in others)}" if others else ""


def render_markdown(briefing: Briefing, settings: ReportSettings = DEFAULT_SETTINGS.report) -> str:
    documents = {a.id: a for a in briefing.documents}
    labels = document_labels(briefing.documents)
    header = f"{plural(len(briefing.stories), 'story', 'stories')} · {plural(len(briefing.documents), 'report')}"
    if briefing.generated_at:
        header += f" · generated {briefing.generated_at}"
    lines = ["# Briefing", "", header, ""]
    if briefing.skipped:
        lines += ["Skipped inputs:", ""]
        lines += [f"- {md_escape(s.source)}: {md_escape(s.reason)}" for s in briefing.skipped]
        lines.append("")
    for number, story in enumerate(briefing.stories, 1):
        lines += _story_lines(number, story, documents, labels, settings)
    return "\n".join(lines).rstrip("\n") + "\n"


def write_markdown(briefing: Briefing, path: str | Path, settings: ReportSettings = DEFAULT_SETTINGS.report) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_markdown(briefing, settings), encoding="utf-8")
    return path
