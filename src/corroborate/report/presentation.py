"""What the HTML page and the Markdown notes share: how reports are named, how claims are ranked,
how reports are grouped by origin, how dates read.

Both renderers call these so that the page and the notes never disagree about which claim leads
or which reports count as one source.
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from urllib.parse import urlparse

from ..model import AnalyzedDocument, Claim, Discrepancy, Origin, Story, Variant

STATUS_LABELS = {"corroborated": "corroborated", "single-source": "single source", "disputed": "disputed"}
_STATUS_RANK = {"corroborated": 0, "disputed": 1, "single-source": 2}


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url).hostname or ""
    return host.removeprefix("www.") or None


def _file_name(source: str) -> str:
    """The last path component of a file source or URL, without its extension; for a record of a
    JSONL file (``file.jsonl#id``) the record's id."""
    parsed = urlparse(source)
    if parsed.fragment:
        return parsed.fragment[:28]
    name = PurePath(parsed.path or source).name
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return stem[:28]


def _title_label(title: str | None, limit: int = 34) -> str | None:
    """A report without outlet or URL is named by its title, in quotes so it is not read as an outlet."""
    title = " ".join((title or "").split())
    if not title:
        return None
    if len(title) > limit:
        title = title[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return f"“{title}”"


def document_labels(documents: Iterable[AnalyzedDocument]) -> dict[str, str]:
    """Short names for reports, unique within the briefing: the outlet when known, else the host
    of its URL, else its title, else its file name. Two reports of one outlet get (1), (2)."""
    base: dict[str, str] = {}
    for analyzed in documents:
        doc = analyzed.document
        name = (doc.outlet or "").strip() or _host(doc.url) or _title_label(doc.title) or _file_name(doc.source) or doc.id[:8]
        base[doc.id] = " ".join(name.split())
    totals = Counter(base.values())
    seen: Counter[str] = Counter()
    labels = {}
    for doc_id, name in base.items():
        if totals[name] > 1:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        labels[doc_id] = name
    return labels


def claim_documents(claim: Claim) -> list[str]:
    """The reports that support a claim, each once, in the order of their support."""
    return list(dict.fromkeys(s.document for s in claim.support))


def ranked_claims(story: Story) -> list[Claim]:
    """Best-supported first: independent sources, then status, then how many reports carry it;
    ties keep the story's own order (which follows the reports)."""
    order = {id(c): i for i, c in enumerate(story.claims)}
    return sorted(
        story.claims,
        key=lambda c: (-c.independent_sources, _STATUS_RANK.get(c.status, 3), -len(claim_documents(c)), order[id(c)]),
    )


def lead_claims(story: Story, limit: int) -> list[Claim]:
    """The claims a reader should see first: those backed by two or more independent sources;
    when nothing is, the best-supported few, so the lead is never empty while claims exist."""
    ranked = ranked_claims(story)
    backed = [c for c in ranked if c.independent_sources >= 2]
    return (backed or ranked[:3])[:limit]


def _letters(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: short, stable names for sources."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


@dataclass(slots=True)
class SourceGroup:
    """One independent source: an origin and the reports that descend from it."""

    key: str  # "A", "B", ...
    origin: Origin | None
    documents: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"Source {self.key}"


def source_groups(story: Story, documents: Sequence[AnalyzedDocument]) -> list[SourceGroup]:
    """The story's reports grouped by origin, so that copies sit together and count once.

    Larger groups first (that is where copying happened), then by earliest publication. A report
    that no origin lists is its own source: nothing shows it depends on another.
    """
    by_id = {a.id: a for a in documents}
    position = {doc_id: i for i, doc_id in enumerate(story.documents) if doc_id in by_id}
    groups: list[tuple[Origin | None, list[str]]] = []
    placed: set[str] = set()
    for origin in story.origins:
        members = [d for d in origin.documents if d in position and d not in placed]
        if members:
            placed.update(members)
            groups.append((origin, members))
    groups.extend((None, [d]) for d in position if d not in placed)

    def published(doc_id: str) -> str:
        doc = by_id.get(doc_id)
        return doc.document.published.isoformat() if doc and doc.document.published else "9999"

    for _, members in groups:
        members.sort(key=lambda d: (published(d), position[d]))
    groups.sort(key=lambda g: (-len(g[1]), published(g[1][0]), position[g[1][0]]))
    return [SourceGroup(_letters(i), origin, members) for i, (origin, members) in enumerate(groups)]


def format_date(value: str | None) -> str:
    """'2023' -> '2023', '2023-06' -> 'June 2023', '2023-06-09' -> '9 June 2023'; other text as is."""
    if not value:
        return ""
    parts = value.split("-")
    try:
        if len(parts) == 1:
            return str(int(parts[0]))
        month = calendar.month_name[int(parts[1])]
        if len(parts) == 2:
            return f"{month} {int(parts[0])}"
        return f"{int(parts[2])} {month} {int(parts[0])}"
    except (ValueError, IndexError):
        return value


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    return f"{count} {singular if count == 1 else (plural_form or singular + 's')}"


def ordered_variants(discrepancy: Discrepancy, published: dict[str, str]) -> tuple[list[tuple[Variant, list[str]]], bool]:
    """The variants with the publication dates of their reports, and whether to present them as a
    possible update: only when the stage flagged one *and* the variants were in fact published at
    different times. Then they come in publication order, so the later reading is last."""
    dated = []
    for variant in discrepancy.variants:
        dates = sorted({published[d] for d in variant.documents if d in published})
        dated.append((variant, dates or ([variant.published] if variant.published else [])))
    update = discrepancy.update and len({dates[0] if dates else "" for _, dates in dated}) > 1
    if update:
        dated.sort(key=lambda item: item[1][0] if item[1] else "9999")
    return dated, update
