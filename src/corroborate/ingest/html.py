"""HTML -> main text and metadata (trafilatura, htmldate), with the page's leftovers recorded.

Why keep the leftovers: the briefing promises that nothing is dropped silently, so the blocks the
extractor left out (navigation, "Most read" boxes, footers, cookie banners) are listed as removed,
and figure captions, which extractors drop, are kept as captions.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from ..errors import InputError
from ..settings import IngestSettings
from .cleaning import comparable, normalize_spaces

_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
    "pre", "section", "table", "td", "th", "tr", "ul", "title",
}
_INVISIBLE_TAGS = ("script", "style", "noscript", "template", "svg", "head", "iframe", "object")
_CAPTION_XPATH = (
    "//figcaption | //*[contains(concat(' ', normalize-space(@class), ' '), ' caption ')]"
    " | //*[contains(@class, 'wp-caption-text')]"
)

# trafilatura and htmldate log every page they find hard; the skip message says it once instead
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


@dataclass(slots=True)
class ExtractedPage:
    text: str
    title: str | None = None
    published: str | None = None  # ISO date as the page states it
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    captions: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # page blocks that are not in the main text


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and head[:1] == "<")


def extract_html(html: str, source: str, settings: IngestSettings, *, url: str | None = None) -> ExtractedPage:
    """Main text with trafilatura (recall-leaning: a missed paragraph is worse than a kept box)."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            favor_recall=True,
            include_comments=False,
            include_tables=True,
        )
    except Exception as error:  # the extractor's parser failing on a broken page is a user input problem
        raise InputError(source, f"malformed HTML: the extractor failed ({type(error).__name__})") from None
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if not _has_words(text):
        text = _baseline_text(html)
    if not _has_words(text):
        text = _block_text(html)  # fragments (a feed item's content) are too short for the extractors
    if not _has_words(text):
        raise InputError(source, "malformed or empty HTML: no article text found in the page")

    page = ExtractedPage(text=text)
    if result is not None:
        page.title = _clean(getattr(result, "title", None))
        page.published = getattr(result, "date", None)
        page.outlet = _clean(getattr(result, "sitename", None))
        page.author = _clean(getattr(result, "author", None))
        page.url = getattr(result, "url", None)
    if not page.published:
        page.published = _find_date(html)
    tree = _parse(html)
    if tree is not None:
        page.captions = _captions(tree)
        page.removed = _leftover_blocks(tree, page, settings)
    return page


def _has_words(text: str) -> bool:
    return sum(1 for c in text if c.isalpha()) >= 3


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    value = normalize_spaces(value)
    return value or None


def _baseline_text(html: str) -> str:
    import trafilatura

    try:
        _, text, _ = trafilatura.baseline(html)
    except Exception:
        return ""
    return (text or "").strip()


def _block_text(html: str) -> str:
    """Visible text, one line per block element, without page furniture elements."""
    tree = _parse(html)
    if tree is None:
        return ""
    for element in tree.xpath("|".join(f"//{tag}" for tag in (*_INVISIBLE_TAGS, "nav", "header", "footer", "aside"))):
        element.drop_tree()
    return "\n".join(line for line in _block_lines(tree) if line)


def _block_lines(tree) -> list[str]:
    for element in tree.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
    return [normalize_spaces(line) for line in tree.text_content().split("\n")]


def _find_date(html: str) -> str | None:
    """The page's own publication date; ``original_date`` prefers it over a later update."""
    from htmldate import find_date

    try:
        return find_date(html, original_date=True, extensive_search=False)
    except Exception:
        return None


def _parse(html: str):
    import lxml.html

    try:
        return lxml.html.fromstring(html)
    except Exception:
        return None


def _captions(tree) -> list[str]:
    captions: list[str] = []
    for element in tree.xpath(_CAPTION_XPATH):
        text = normalize_spaces(" ".join(element.itertext()))
        if text and text not in captions:
            captions.append(text)
    return captions


def _leftover_blocks(tree, page: ExtractedPage, settings: IngestSettings) -> list[str]:
    """Each visible text block of the page that the main text does not contain."""
    for element in tree.xpath("|".join(f"//{tag}" for tag in _INVISIBLE_TAGS)):
        element.drop_tree()
    kept = comparable(page.text)
    seen = {comparable(c) for c in page.captions} | {comparable(page.title or "")}
    removed: list[str] = []
    for line in _block_lines(tree):
        key = comparable(line)
        if not key or key in seen or key in kept:
            continue
        seen.add(key)
        removed.append(line)
        if len(removed) >= settings.removed_blocks_max:
            break
    return removed


_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w\-:.]+)", re.IGNORECASE)


def charset_from_content_type(content_type: str | None) -> str | None:
    match = _CHARSET.search(content_type or "")
    return match.group(1) if match else None
