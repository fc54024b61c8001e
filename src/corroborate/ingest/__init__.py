"""ingest: sources (files, folders, JSONL, URLs, feeds) -> cleaned ``Document``s.

Modules, one concern each: ``sources`` (what to read: files, folders and their ``meta.jsonl``,
JSONL records, URLs, feeds), ``decoding`` (bytes -> text), ``web`` (fetching, RSS/Atom),
``html`` (main text and metadata), ``cleaning`` (plain-text boilerplate, captions, credits,
bylines, datelines, spacing) and ``documents`` (raw report -> ``Document``, duplicates merged).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from datetime import date

from ..errors import InputError
from ..model import Document, SkippedInput
from ..settings import IngestSettings
from .cleaning import CleanedText, clean_text
from .documents import build_document, merge_into
from .sources import plan, read_unit

__all__ = ["CleanedText", "clean_text", "read_inputs"]


def read_inputs(
    inputs: Sequence[str],
    *,
    published: date | None = None,
    settings: IngestSettings | None = None,
    on_skip: Callable[[SkippedInput], None] | None = None,
) -> tuple[list[Document], list[SkippedInput]]:
    """Read every input into cleaned documents, in input order; the same content twice is one document.

    A named path that does not exist raises ``MissingPathError`` before anything is read. Every
    other problem (empty, binary, undecodable, too large, no article text, unreachable URL, bad
    date, empty folder) becomes a ``SkippedInput`` — passed to ``on_skip`` as it happens and
    returned — and the run goes on. ``published`` is the date of documents that state none.
    """
    settings = settings or IngestSettings()
    skipped: list[SkippedInput] = []

    def skip(item: SkippedInput) -> None:
        item.reason = " ".join(item.reason.split())  # one line, whatever the cause said
        skipped.append(item)
        if on_skip is not None:
            on_skip(item)

    units, planning_problems = plan(inputs)
    for problem in planning_problems:
        skip(problem)

    documents: dict[str, Document] = {}
    bar = _progress_bar(len(units), settings)
    try:
        for unit in units:
            reports = 0
            try:
                for raw in read_unit(unit, settings):
                    reports += 1
                    if bar is not None and reports > 1:
                        bar.total += 1
                        bar.refresh()
                    if isinstance(raw, SkippedInput):
                        skip(raw)
                    else:
                        _add(raw, settings, published, documents, skip)
                    if bar is not None:
                        bar.update(1)
            except InputError as error:
                skip(SkippedInput(error.source, error.problem))
            if bar is not None and reports == 0:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
    return list(documents.values()), skipped


def _add(raw, settings, published, documents: dict[str, Document], skip) -> None:
    try:
        document = build_document(raw, settings, default_published=published)
    except InputError as error:
        skip(SkippedInput(error.source, error.problem))
        return
    if document.id in documents:
        merge_into(documents[document.id], document)
    else:
        documents[document.id] = document


def _progress_bar(total: int, settings: IngestSettings):
    """A bar on stderr only for long runs on a terminal: never in logs, pipes or tests."""
    if total < settings.progress_min_items or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc="reading", unit="report", file=sys.stderr, leave=False)
