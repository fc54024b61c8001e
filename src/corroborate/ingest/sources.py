"""Inputs -> raw reports: files, folders (with ``meta.jsonl`` manifests), JSONL records, URLs, feeds.

Why two steps (plan, then read): every named path is checked before any work starts, so a
mistyped path fails the run at once, and the plan's length drives the progress bar. Everything
else that cannot be read becomes a ``SkippedInput`` and the run goes on.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Literal

from ..errors import InputError, MissingPathError
from ..model import SkippedInput
from ..settings import IngestSettings
from .decoding import check_size, declared_html_charset, decode_bytes
from .html import looks_like_html
from .web import feed_items, fetch, is_feed, is_url

MANIFEST = "meta.jsonl"
TEXT_SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
                 ".html": "html", ".htm": "html", ".xhtml": "html"}
RECORD_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = ", ".join(sorted({".txt", ".md", ".html", ".htm", ".jsonl"}))

Format = Literal["text", "markdown", "html"]


@dataclass(slots=True)
class RawReport:
    """One report's content before cleaning, with whatever metadata came with it."""

    source: str
    content: str
    format: Format
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    outlet_hint: str | None = None  # weaker than the page's own site name (a feed's title)
    fallback: RawReport | None = None  # read instead when this one yields no text (a feed item's content)


@dataclass(slots=True)
class Unit:
    """One thing to read: a file (with its manifest entry) or a URL."""

    source: str
    path: Path | None = None
    meta: dict | None = None


def parse_published(value: object, where: str) -> date | None:
    """An ISO date or date-time ("2023-06-09", "2023-06-09T14:00:00Z"); anything else is an error."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        text = value.strip()
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            pass
    raise InputError(
        where, f"published date {value!r} is not a valid date (use YYYY-MM-DD); the report was skipped"
    )


def plan(inputs: Sequence[str]) -> tuple[list[Unit], list[SkippedInput]]:
    """Expand inputs into units; raise ``MissingPathError`` for a named path that does not exist."""
    for raw in inputs:
        if not is_url(raw) and "://" not in raw and not Path(raw).exists():
            raise MissingPathError(raw, "no such file or folder")
    units: list[Unit] = []
    skipped: list[SkippedInput] = []
    for raw in inputs:
        if is_url(raw):
            units.append(Unit(source=raw))
        elif "://" in raw:
            skipped.append(SkippedInput(raw, "unsupported URL scheme: only http:// and https:// are fetched"))
        elif Path(raw).is_dir():
            _plan_folder(Path(raw), raw, units, skipped)
        else:
            path = Path(raw)
            manifest, problems = _read_manifest(path.parent, required=False)
            skipped.extend(problems)
            units.append(Unit(source=raw, path=path, meta=manifest.get(path.name)))
    return units, skipped


def _plan_folder(folder: Path, raw: str, units: list[Unit], skipped: list[SkippedInput]) -> None:
    found = 0
    manifests: dict[Path, dict[str, dict]] = {}
    for directory, subdirs, files in os.walk(folder):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        here = Path(directory)
        visible = sorted(f for f in files if not f.startswith(".") and not f.endswith("~"))
        manifest, problems = _read_manifest(here, required=MANIFEST in visible)
        manifests[here] = manifest
        skipped.extend(problems)
        for name in manifest:
            if name not in visible and not (here / name).is_file():
                skipped.append(SkippedInput(str(here / MANIFEST), f"names {name!r}, which is not in the folder"))
        for name in visible:
            if name == MANIFEST:
                continue
            path = here / name
            found += 1
            suffix = path.suffix.lower()
            if suffix not in TEXT_SUFFIXES and suffix not in RECORD_SUFFIXES:
                skipped.append(SkippedInput(str(path), f"unsupported file type (reads {SUPPORTED})"))
                continue
            units.append(Unit(source=str(path), path=path, meta=_entry_for(path, folder, manifests)))
    if found == 0:
        skipped.append(SkippedInput(raw, f"empty folder: no report files in it ({SUPPORTED})"))


def _entry_for(path: Path, root: Path, manifests: dict[Path, dict[str, dict]]) -> dict | None:
    """The manifest line naming this file: its own folder's, else one above naming "sub/file"."""
    folder = path.parent
    while True:
        entry = manifests.get(folder, {}).get(str(path.relative_to(folder)))
        if entry is not None or folder == root or folder == folder.parent:
            return entry
        folder = folder.parent


def _read_manifest(folder: Path, *, required: bool) -> tuple[dict[str, dict], list[SkippedInput]]:
    """``meta.jsonl``: one JSON object a line naming a ``file`` of this folder and its metadata."""
    path = folder / MANIFEST
    if not required and not path.is_file():
        return {}, []
    entries: dict[str, dict] = {}
    problems: list[SkippedInput] = []
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        return {}, [SkippedInput(str(path), f"manifest not readable: {error}")]
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(SkippedInput(f"{path} line {number}", f"not valid JSON ({error.msg})"))
            continue
        if not isinstance(record, dict) or not isinstance(record.get("file"), str):
            problems.append(SkippedInput(f"{path} line {number}", "a manifest line needs a \"file\" name"))
            continue
        entries[str(Path(record["file"]))] = record
    return entries, problems


# ---------------------------------------------------------------------------------------------
# reading


def read_unit(unit: Unit, settings: IngestSettings) -> Iterator[RawReport | SkippedInput]:
    """The raw reports of one unit; a problem with the whole unit raises ``InputError``."""
    if unit.path is None:
        yield from _read_url(unit.source, settings)
        return
    suffix = unit.path.suffix.lower()
    if suffix in RECORD_SUFFIXES:
        yield from _read_records(unit.source, unit.path, settings)
        return
    try:
        check_size(unit.source, unit.path.stat().st_size, settings)
        data = unit.path.read_bytes()
    except OSError as error:
        raise InputError(unit.source, f"cannot be read: {error.strerror or error}") from None
    meta = unit.meta or {}
    published = parse_published(meta.get("published"), unit.source)
    fmt: Format = TEXT_SUFFIXES.get(suffix, "text")  # a named file of another type is read as text
    text = decode_bytes(data, unit.source, settings, declared=declared_html_charset(data) if fmt == "html" else None)
    if fmt != "html" and looks_like_html(text):
        fmt = "html"
    yield RawReport(
        source=unit.source,
        content=text,
        format=fmt,
        url=_str(meta.get("url")),
        title=_str(meta.get("title")),
        outlet=_str(meta.get("outlet")),
        published=published,
    )


def _str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _jsonl_lines(path: str, file: Path, settings: IngestSettings) -> Iterator[tuple[int, str | SkippedInput]]:
    """Lines streamed from disk: an archive of any size is read, the size limit holds per record."""
    try:
        handle = file.open("rb")
    except OSError as error:
        raise InputError(path, f"cannot be read: {error.strerror or error}") from None
    with handle:
        for number, data in enumerate(handle, start=1):
            if number == 1 and data.startswith(b"\xef\xbb\xbf"):
                data = data[3:]
            if not data.strip():
                continue
            if len(data) > settings.max_bytes:
                yield number, SkippedInput(f"{path} line {number}", "record too large (settings.ingest.max_bytes)")
                continue
            if b"\x00" in data:
                raise InputError(path, "binary file (contains NUL bytes), not text")
            try:
                yield number, data.decode("utf-8")
            except UnicodeDecodeError:
                try:
                    yield number, decode_bytes(data, f"{path} line {number}", settings)
                except InputError as error:
                    yield number, SkippedInput(error.source, error.problem)


def _read_records(path: str, file: Path, settings: IngestSettings) -> Iterator[RawReport | SkippedInput]:
    """JSONL: one report a line, ``id`` and ``text`` or ``html``; its source is ``<path>#<id>``."""
    seen_any = False
    for number, line in _jsonl_lines(path, file, settings):
        seen_any = True
        if isinstance(line, SkippedInput):
            yield line
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield SkippedInput(f"{path} line {number}", f"not valid JSON ({error.msg})")
            continue
        if not isinstance(record, dict):
            yield SkippedInput(f"{path} line {number}", "a record must be a JSON object")
            continue
        identifier = record.get("id")
        source = f"{path}#{identifier}" if identifier not in (None, "") else f"{path}#line-{number}"
        body, fmt = record.get("text"), "text"
        if not (isinstance(body, str) and body.strip()) and isinstance(record.get("html"), str):
            body, fmt = record["html"], "html"
        if not isinstance(body, str) or not body.strip():
            yield SkippedInput(source, "record has no \"text\" or \"html\"")
            continue
        try:
            published = parse_published(record.get("published"), source)
        except InputError as error:
            yield SkippedInput(error.source, error.problem)
            continue
        yield RawReport(
            source=source,
            content=body,
            format=fmt,
            url=_str(record.get("url")),
            title=_str(record.get("title")),
            outlet=_str(record.get("outlet")),
            published=published,
        )
    if not seen_any:
        raise InputError(path, "empty file" if file.stat().st_size == 0 else "empty: contains only whitespace")


def _read_url(url: str, settings: IngestSettings) -> Iterator[RawReport | SkippedInput]:
    fetched = fetch(url, settings)
    if is_feed(fetched):
        yield from _read_feed_items(fetched, settings)
        return
    text = fetched.text(settings)
    content_type = fetched.content_type.split(";")[0].strip().lower()
    fmt: Format = "text" if content_type == "text/plain" and not looks_like_html(text) else "html"
    if content_type == "text/markdown":
        fmt = "markdown"
    yield RawReport(source=url, content=text, format=fmt, url=fetched.url)


def _read_feed_items(fetched, settings: IngestSettings) -> Iterator[RawReport | SkippedInput]:
    """Each item: its page when it can be fetched (the full report), else the item's own content."""
    for item in feed_items(fetched, settings):
        own_content = None
        if item.content_html and item.content_html.strip():
            own_content = RawReport(
                source=item.source, content=item.content_html, format="html", url=item.link,
                title=item.title, outlet_hint=item.outlet, published=item.published,
            )
        page_problem: str | None = None
        if item.link and settings.fetch_feed_pages:
            try:
                page = fetch(item.link, settings)
                yield RawReport(
                    source=item.source, content=page.text(settings), format="html", url=page.url,
                    title=item.title, outlet_hint=item.outlet, published=item.published, fallback=own_content,
                )
                continue
            except InputError as error:
                page_problem = error.problem
        if own_content is not None:
            yield own_content
        else:
            reason = page_problem or "feed item has no link and no content"
            yield SkippedInput(item.source, reason if page_problem is None else f"{reason}; the item has no content of its own")
