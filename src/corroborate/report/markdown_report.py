"""The Markdown briefing. PROVISIONAL: the briefing-page work replaces it."""

from __future__ import annotations

from pathlib import Path

from ..model import Briefing


def render_markdown(briefing: Briefing) -> str:
    lines = []
    for story in briefing.stories:
        lines.append(f"# {story.headline}\n")
        for claim in story.claims:
            lines.append(f"- {claim.text} ({claim.independent_sources})")
    return "\n".join(lines) + "\n"


def write_markdown(briefing: Briefing, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_markdown(briefing), encoding="utf-8")
    return path
