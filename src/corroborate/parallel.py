"""Worker processes for the stages that are independent per document or per story.

Why processes: the analysis (spaCy, then rule-based extractors) and the per-story work (entity
resolution, parsing, alignment) are CPU-bound Python; threads would share one interpreter lock.
Why a persistent pool, forked: workers inherit the models the parent already loaded (copy on
write) and keep what they load themselves, so a pool costs milliseconds after the first call, and
the service pays model loading once. Results are the same as in one process: every task is a pure
function of its documents and settings, and its results replace the objects that were sent.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace

from .model import AnalyzedDocument, Document, Story
from .settings import Settings

_POOLS: dict[int, ProcessPoolExecutor] = {}


def available_cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def worker_count(settings: Settings, documents: int) -> int:
    """How many processes to use for a run over ``documents`` documents (1: stay in this one)."""
    if documents < settings.parallel.min_documents:
        return 1
    return max(1, settings.parallel.workers or available_cores())


def _initialize_worker() -> None:
    # One process per core already: a library thread pool per process would oversubscribe it.
    os.environ["TOKENIZERS_PARALLELISM"] = "false"
    if "torch" in sys.modules:
        sys.modules["torch"].set_num_threads(1)
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)  # numpy's BLAS, which the spaCy pipelines multiply with
    from .embeddings import set_onnx_threads

    set_onnx_threads(1)  # ONNX Runtime's own pool, for sessions created in this worker


def _pool(workers: int) -> ProcessPoolExecutor:
    pool = _POOLS.get(workers)
    if pool is None:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_initialize_worker)
        _POOLS[workers] = pool
    return pool


def worker_pids() -> list[int]:
    """The live worker processes (the benchmark adds their memory to this process's)."""
    return [pid for pool in _POOLS.values() for pid in (getattr(pool, "_processes", None) or {})]


@atexit.register
def shutdown() -> None:
    while _POOLS:
        _POOLS.popitem()[1].shutdown(wait=False, cancel_futures=True)


def _drop(workers: int) -> None:
    pool = _POOLS.pop(workers, None)
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)


def _chunks(items: Sequence, count: int) -> Iterator[Sequence]:
    """``count`` contiguous slices of nearly equal length (order is kept)."""
    size, extra = divmod(len(items), count)
    start = 0
    for i in range(count):
        end = start + size + (1 if i < extra else 0)
        if end > start:
            yield items[start:end]
        start = end


def _analyze_chunk(documents: Sequence[Document], settings: Settings) -> list[AnalyzedDocument]:
    from .analyze import analyze_documents

    return analyze_documents(documents, settings)


def analyze_in_workers(documents: Sequence[Document], settings: Settings, workers: int) -> list[AnalyzedDocument]:
    """``analyze_documents`` over slices of the documents in ``workers`` processes, in input order."""
    from .analyze import analyze_documents

    # a few slices per worker, so a slow slice does not leave the other workers idle
    slices = list(_chunks(documents, workers * 4))
    settings = settings.with_changes(analyze=replace(settings.analyze, n_process=1))
    try:
        results = list(_pool(workers).map(_analyze_chunk, slices, [settings] * len(slices)))
    except BrokenProcessPool:  # a worker died (out of memory, killed): do it here instead
        _drop(workers)
        return analyze_documents(documents, settings)
    return [analyzed for chunk in results for analyzed in chunk]


def story_task(story: Story, documents: list[AnalyzedDocument], settings: Settings, signatures=None):
    """Everything done per story: origins, description, corroboration (in that order: the claims
    count origins). Returns what changed; describing a story also links its documents' mentions."""
    from .analyze import describe_story
    from .corroboration import corroborate_story
    from .group import add_origins

    add_origins(story, documents, settings, signatures)
    describe_story(story, documents, settings)
    corroborate_story(story, documents, settings)
    return story, documents


def stories_in_workers(
    stories: list[Story],
    by_id: dict[str, AnalyzedDocument],
    settings: Settings,
    workers: int,
    signatures: dict | None = None,
    on_done: Callable[[], None] | None = None,
) -> None:
    """``story_task`` for every story in ``workers`` processes, largest stories first.

    ``stories`` and ``by_id`` are updated with the objects the workers return.
    """
    order = sorted(range(len(stories)), key=lambda i: -sum(len(by_id[d].text) for d in stories[i].documents))
    signatures = signatures or {}

    def arguments(i: int):
        ids = stories[i].documents
        return stories[i], [by_id[d] for d in ids], settings, {d: signatures[d] for d in ids if d in signatures}

    pool = _pool(workers)
    done: set[int] = set()
    try:
        futures = {pool.submit(story_task, *arguments(i)): i for i in order}
        for future in as_completed(futures):
            story, documents = future.result()
            stories[futures[future]] = story
            by_id.update((d.id, d) for d in documents)
            done.add(futures[future])
            if on_done:
                on_done()
    except BrokenProcessPool:
        _drop(workers)
        for i in order:
            if i not in done:
                story_task(*arguments(i))
                if on_done:
                    on_done()
