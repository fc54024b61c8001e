"""The Python API a notebook user calls: the same pipeline as the CLI, returning typed objects."""

from __future__ import annotations

import json

import pytest
from jsonschema import Draft202012Validator

import corroborate
from corroborate.errors import MissingPathError, NothingToAnalyzeError
from corroborate.report import briefing_to_dict
from tests.conftest import EXAMPLES, SCHEMA, require_shared


@pytest.fixture(scope="module")
def example_briefing() -> corroborate.Briefing:
    return corroborate.analyze(str(EXAMPLES))


def test_analyze_returns_a_schema_valid_briefing(example_briefing):
    assert len(example_briefing.documents) == 4
    assert [len(story.documents) for story in example_briefing.stories] == [4]
    data = briefing_to_dict(example_briefing)
    schema = json.loads(require_shared(SCHEMA).read_text())
    assert not list(Draft202012Validator(schema).iter_errors(data))


def test_every_offset_points_into_the_cleaned_text(example_briefing):
    for analyzed in example_briefing.documents:
        text = analyzed.text
        for sentence in analyzed.sentences:
            assert text[sentence.start:sentence.end] == sentence.text
        for mention in analyzed.mentions:
            assert text[mention.start:mention.end] == mention.text


def test_skipped_inputs_are_reported_and_returned(tmp_path):
    empty = tmp_path / "empty.md"
    empty.write_text("")
    seen = []
    briefing = corroborate.analyze([str(EXAMPLES / "01-meridian-wire.txt"), str(empty)], on_skip=seen.append)
    assert [s.source for s in seen] == [str(empty)]
    assert briefing.skipped == seen
    assert len(briefing.documents) == 1


def test_missing_path_and_nothing_to_analyse_raise(tmp_path):
    with pytest.raises(MissingPathError, match="no such file or folder"):
        corroborate.analyze(str(tmp_path / "missing.txt"))
    (tmp_path / "blank.txt").write_text("\n\n")
    with pytest.raises(NothingToAnalyzeError):
        corroborate.analyze(str(tmp_path / "blank.txt"))
