"""The self-contained HTML briefing. PROVISIONAL: the briefing-page work replaces it."""

from __future__ import annotations

import html
from pathlib import Path

from ..model import Briefing


def render_html(briefing: Briefing) -> str:
    parts = ["<!doctype html><html lang='en'><meta charset='utf-8'><title>Briefing</title><body>"]
    for story in briefing.stories:
        parts.append(f"<h1>{html.escape(story.headline)}</h1><ul>")
        for claim in story.claims:
            parts.append(f"<li>{html.escape(claim.text)} ({claim.independent_sources})</li>")
        parts.append("</ul>")
    return "".join(parts) + "</body></html>"


def write_html(briefing: Briefing, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(briefing), encoding="utf-8")
    return path
