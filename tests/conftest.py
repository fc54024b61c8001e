"""Shared fixtures: the real corpora in ../shared (read-only) and the team's own examples."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
DRONE_CORPUS = SHARED / "corpora" / "drone-factory-2023"
ECB_CORPUS = SHARED / "corpora" / "ecbplus-dev"
SCHEMA = SHARED / "schema" / "briefing.schema.json"
EXAMPLES = REPO / "examples" / "harbour-blackout"


@pytest.fixture(scope="session")
def drone_corpus() -> Path:
    if not DRONE_CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {DRONE_CORPUS}")
    return DRONE_CORPUS


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES
