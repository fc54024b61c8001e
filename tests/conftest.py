"""Shared fixtures: the real corpora in ../shared (read-only) and the team's own examples."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
# The real corpora and the JSON contract live in the read-only shared/ folder beside the checkout
# (CI lays it there); CORROBORATE_SHARED points elsewhere. Tests that need it skip without it.
SHARED = Path(os.environ.get("CORROBORATE_SHARED", REPO.parent / "shared"))
DRONE_CORPUS = SHARED / "corpora" / "drone-factory-2023"
ECB_CORPUS = SHARED / "corpora" / "ecbplus-dev"
SCHEMA = SHARED / "schema" / "briefing.schema.json"
EXAMPLES = REPO / "examples" / "harbour-blackout"


@pytest.fixture(scope="session")
def drone_corpus() -> Path:
    if not DRONE_CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {DRONE_CORPUS}")
    return DRONE_CORPUS


def analyze_example(name: str, out: Path) -> dict:
    """One of the team's examples through the command line, as a user runs it: its JSON briefing."""
    import json
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "corroborate", "analyze", str(REPO / "examples" / name),
                             "--json", str(out)], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    briefing = json.loads(out.read_text(encoding="utf-8"))
    briefing["_summary"] = result.stdout.splitlines()[0]
    return briefing


def file_prefixes(briefing: dict, document_ids) -> list[str]:
    """Document ids as the answer keys name them: the first two letters of each file's name."""
    by_id = {d["id"]: Path(d["source"]).name[:2] for d in briefing["documents"]}
    return sorted(by_id[i] for i in document_ids)


def claim_speaker(story: dict, start: str) -> str | None:
    """Who the one claim whose text starts with ``start`` is attributed to, as an answer key names it."""
    (claim,) = [c for c in story["claims"] if c["text"].startswith(start)]
    return claim.get("attributed_to")


def origin_table(briefing: dict, story: dict) -> list[tuple[list[str], str | None]]:
    """A story's origins as the answer keys write them: the files of each, and its credit."""
    return sorted((file_prefixes(briefing, o["documents"]), o["credit"]) for o in story["origins"])


def discrepancy_table(briefing: dict, story: dict) -> list[tuple]:
    """A story's discrepancies as the answer keys write them: kind, each side's value and files,
    and whether a later report may be an update."""
    return sorted(
        (d["kind"], tuple((v["value"], tuple(file_prefixes(briefing, v["documents"]))) for v in d["variants"]), d["update"])
        for d in story["discrepancies"]
    )


def require_shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"shared folder not found at {path} (set CORROBORATE_SHARED)")
    return path


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def described_drone_story(drone_corpus):
    """The drone reports analysed and described as one story, once per test session."""
    from corroborate.analyze import analyze_documents, describe_story
    from corroborate.ingest import read_inputs
    from corroborate.model import Story
    from corroborate.settings import DEFAULT_SETTINGS

    documents, _ = read_inputs([str(drone_corpus)])
    analyzed = analyze_documents(documents, DEFAULT_SETTINGS)
    story = Story(id="s1", documents=[a.id for a in analyzed])
    describe_story(story, analyzed, DEFAULT_SETTINGS)
    return story, analyzed
