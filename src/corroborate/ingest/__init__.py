"""ingest: sources (files, folders, JSONL, URLs, feeds) -> cleaned ``Document``s.

PROVISIONAL minimal reader so the pipeline runs end to end; the ingest work replaces it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from ..errors import MissingPathError
from ..model import Document, SkippedInput, content_id
from ..settings import IngestSettings


def read_inputs(
    inputs: Sequence[str],
    *,
    published: date | None = None,
    settings: IngestSettings | None = None,
    on_skip: Callable[[SkippedInput], None] | None = None,
) -> tuple[list[Document], list[SkippedInput]]:
    documents: dict[str, Document] = {}
    skipped: list[SkippedInput] = []
    for raw in inputs:
        path = Path(raw)
        if not path.exists():
            raise MissingPathError(raw, "no such file or folder")
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        manifest = {}
        meta = path / "meta.jsonl" if path.is_dir() else None
        if meta and meta.exists():
            for line in meta.read_text().splitlines():
                if line.strip():
                    record = json.loads(line)
                    manifest[record["file"]] = record
        for file in files:
            if file.name == "meta.jsonl" or file.suffix not in {".txt", ".md"}:
                continue
            text = file.read_text(encoding="utf-8").strip()
            record = manifest.get(file.name, {})
            pub = record.get("published")
            doc = Document(
                id=content_id(text),
                text=text,
                sources=[str(file)],
                outlet=record.get("outlet"),
                title=record.get("title"),
                published=date.fromisoformat(pub) if pub else published,
            )
            if doc.id in documents:
                documents[doc.id].sources.append(str(file))
            else:
                documents[doc.id] = doc
    return list(documents.values()), skipped
