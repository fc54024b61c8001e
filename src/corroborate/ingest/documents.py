"""Raw report -> ``Document``: extract (HTML), clean, hash; and merge the same report read twice.

Metadata precedence: what the user gave (manifest, JSONL record, feed item) beats what the page
says about itself (HTML metadata), which beats what the text suggests (a headline line), which
beats the run-wide ``published`` default.
"""

from __future__ import annotations

from datetime import date

from ..errors import InputError
from ..model import Document, content_id
from ..settings import IngestSettings
from .cleaning import clean_text
from .html import extract_html
from .sources import RawReport


def build_document(raw: RawReport, settings: IngestSettings, *, default_published: date | None = None) -> Document:
    try:
        return _build(raw, settings, default_published)
    except InputError:
        if raw.fallback is None:
            raise
        return _build(raw.fallback, settings, default_published)


def _build(raw: RawReport, settings: IngestSettings, default_published: date | None) -> Document:
    text, title, outlet, published, url = raw.content, raw.title, raw.outlet, raw.published, raw.url
    author: str | None = None
    captions: list[str] = []
    removed_from_page: list[str] = []
    if raw.format == "html":
        page = extract_html(raw.content, raw.source, settings, url=raw.url)
        text = page.text
        title = title or page.title
        # a site name that is only the host name is weaker than a feed's title
        site = page.outlet if page.outlet and not _is_host_name(page.outlet) else None
        outlet = outlet or site or raw.outlet_hint or page.outlet
        url = url or page.url
        author = page.author
        captions = page.captions
        removed_from_page = page.removed
        if published is None and page.published:
            published = _page_date(page.published)
    if title and outlet and raw.title is None:
        title = _without_site_name(title, outlet)
    cleaned = clean_text(text, settings, title=title, markdown=raw.format == "markdown", captions=captions)
    if not cleaned.text.strip():
        raise InputError(
            raw.source, f"no article text left after removing {len(cleaned.removed)} boilerplate line(s)"
        )
    return Document(
        id=content_id(cleaned.text),
        text=cleaned.text,
        sources=[raw.source],
        title=cleaned.title,
        outlet=outlet or raw.outlet_hint,
        published=published or cleaned.stamped or default_published,
        url=url,
        byline=cleaned.byline or author,
        dateline=cleaned.dateline,
        captions=cleaned.captions,
        credits=cleaned.credits,
        boilerplate_removed=removed_from_page + [line for line in cleaned.removed if line not in removed_from_page],
    )


def _without_site_name(title: str, outlet: str) -> str:
    """ "Blackout halts port | Coastal Courier" -> "Blackout halts port": the <title> often carries the site."""
    for separator in (" | ", " - ", " – ", " — ", " :: ", " · "):
        head, found, tail = title.rpartition(separator)
        if found and head and tail.strip().casefold() == outlet.strip().casefold():
            return head.strip()
    return title


def _is_host_name(name: str) -> bool:
    return " " not in name and ("." in name or ":" in name)


def _page_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def merge_into(existing: Document, duplicate: Document) -> None:
    """The same cleaned text from another source: one document, every source recorded."""
    for source in duplicate.sources:
        if source not in existing.sources:
            existing.sources.append(source)
    for name in ("title", "outlet", "published", "url", "byline", "dateline"):
        if getattr(existing, name) is None and getattr(duplicate, name) is not None:
            setattr(existing, name, getattr(duplicate, name))
    for name in ("captions", "credits", "boilerplate_removed"):
        values = getattr(existing, name)
        values.extend(v for v in getattr(duplicate, name) if v not in values)
