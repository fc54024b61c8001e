"""Worker processes change how fast the pipeline runs, never what it finds."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from corroborate.api import analyze_corpus
from corroborate.ingest import read_inputs
from corroborate.parallel import _chunks, worker_count
from corroborate.report import briefing_to_dict
from corroborate.settings import DEFAULT_SETTINGS, ParallelSettings

STATIC = DEFAULT_SETTINGS.with_changes(embedding=replace(DEFAULT_SETTINGS.embedding, backend="static"))


def _briefing_json(documents, settings) -> str:
    briefing = briefing_to_dict(analyze_corpus(documents, settings=settings))
    briefing.pop("generated_at", None)
    return json.dumps(briefing, sort_keys=True, default=str)


def test_two_workers_give_the_same_briefing_as_one_process(drone_corpus):
    documents, _ = read_inputs([str(drone_corpus)])
    assert len(documents) == 5
    one = STATIC.with_changes(parallel=ParallelSettings(workers=1))
    two = STATIC.with_changes(parallel=ParallelSettings(workers=2, min_documents=2))
    assert worker_count(two, len(documents)) == 2
    assert _briefing_json(documents, two) == _briefing_json(documents, one)


def test_small_runs_stay_in_this_process():
    assert worker_count(DEFAULT_SETTINGS, DEFAULT_SETTINGS.parallel.min_documents - 1) == 1
    assert worker_count(STATIC.with_changes(parallel=ParallelSettings(workers=3, min_documents=10)), 10) == 3


@pytest.mark.parametrize(("items", "count", "sizes"), [(10, 4, [3, 3, 2, 2]), (3, 8, [1, 1, 1]), (0, 2, [])])
def test_chunks_keep_order_and_balance(items, count, sizes):
    chunks = list(_chunks(list(range(items)), count))
    assert [len(c) for c in chunks] == sizes
    assert [x for c in chunks for x in c] == list(range(items))

