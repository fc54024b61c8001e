"""http(s) inputs: fetch a page or a feed with a timeout and a size cap; RSS/Atom items become reports.

Why the standard library: one GET with a timeout and a byte cap needs no HTTP client dependency,
and every failure (refused connection, HTTP error, timeout, oversize body) becomes one clear
``InputError`` naming the URL.
"""

from __future__ import annotations

import http.client
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import date

from ..errors import InputError
from ..settings import IngestSettings
from .decoding import check_size, declared_html_charset, decode_bytes, describe_size
from .html import charset_from_content_type

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml")
_XML_TYPES = ("application/xml", "text/xml")


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


@dataclass(slots=True)
class Fetched:
    url: str  # after redirects
    content_type: str
    data: bytes

    def text(self, settings: IngestSettings) -> str:
        declared = charset_from_content_type(self.content_type) or declared_html_charset(self.data)
        return decode_bytes(self.data, self.url, settings, declared=declared)


@dataclass(slots=True)
class FeedItem:
    source: str  # the item's link, or feed URL#id when it has none
    link: str | None
    title: str | None
    published: date | None
    outlet: str | None
    content_html: str | None  # the item's own content or summary


def fetch(url: str, settings: IngestSettings) -> Fetched:
    request = urllib.request.Request(url, headers={"User-Agent": settings.user_agent, "Accept": "*/*"})
    timeout = settings.fetch_timeout_s
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit():
                check_size(url, int(length), settings)
            data = response.read(settings.max_bytes + 1)
            if len(data) > settings.max_bytes:
                raise InputError(url, f"too large (over {describe_size(settings.max_bytes)}, settings.ingest.max_bytes)")
            return Fetched(response.geturl(), response.headers.get("Content-Type", "") or "", data)
    except urllib.error.HTTPError as error:
        raise InputError(url, f"HTTP error {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, TimeoutError):
            raise InputError(url, f"timed out after {timeout:g} s") from None
        raise InputError(url, f"unreachable: {_reason_text(reason)}") from None
    except TimeoutError:
        raise InputError(url, f"timed out after {timeout:g} s") from None
    except (http.client.HTTPException, ConnectionError, OSError) as error:
        raise InputError(url, f"unreachable: {_reason_text(error)}") from None


def _reason_text(reason: object) -> str:
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason) or type(reason).__name__


def is_feed(fetched: Fetched) -> bool:
    content_type = fetched.content_type.split(";")[0].strip().lower()
    if content_type in _FEED_TYPES:
        return True
    head = fetched.data[:4096].lstrip().lower()
    if content_type in _XML_TYPES or head.startswith((b"<?xml", b"<rss", b"<feed")):
        return any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))
    return False


def feed_items(fetched: Fetched, settings: IngestSettings) -> list[FeedItem]:
    """The items of an RSS/Atom feed, newest as the feed orders them, at most ``max_feed_items``."""
    import feedparser

    parsed = feedparser.parse(fetched.data)
    if not parsed.entries:
        problem = "feed has no items"
        if parsed.get("bozo") and parsed.get("bozo_exception") is not None:
            problem = f"not a readable RSS/Atom feed ({type(parsed.bozo_exception).__name__})"
        raise InputError(fetched.url, problem)
    outlet = (parsed.feed.get("title") or "").strip() or None
    items: list[FeedItem] = []
    for index, entry in enumerate(parsed.entries[: settings.max_feed_items]):
        link = entry.get("link") or None
        identifier = entry.get("id") or entry.get("guid") or str(index + 1)
        content = None
        if entry.get("content"):
            content = entry.content[0].get("value")
        content = content or entry.get("summary")
        items.append(
            FeedItem(
                source=link if link else f"{fetched.url}#{identifier}",
                link=link if link and is_url(link) else None,
                title=(entry.get("title") or "").strip() or None,
                published=_entry_date(entry),
                outlet=outlet,
                content_html=content,
            )
        )
    return items


def _entry_date(entry) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return date(value.tm_year, value.tm_mon, value.tm_mday)
    return None
