"""The library entry points. The CLI and the web service are thin shells over these."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from datetime import UTC, date, datetime

from threadpoolctl import threadpool_limits

from .analyze import analyze_documents
from .errors import NothingToAnalyzeError
from .group import assign_stories
from .ingest import read_inputs
from .model import Briefing, Document, SkippedInput
from .parallel import analyze_in_workers, stories_in_workers, story_task, worker_count
from .settings import DEFAULT_SETTINGS, Settings

# Called with a stage name ("analyze", "group", "per story") around that stage: the
# benchmark times stages through it without the pipeline knowing about clocks.
StageTimer = Callable[[str], AbstractContextManager]


def _untimed(stage: str) -> AbstractContextManager:
    return nullcontext()


def analyze(
    inputs: str | Sequence[str],
    *,
    published: date | None = None,
    settings: Settings = DEFAULT_SETTINGS,
    on_skip: Callable[[SkippedInput], None] | None = None,
    progress: bool = False,
) -> Briefing:
    """Read every input, run every stage, and return the briefing.

    ``published`` is used for documents whose own date is unknown (relative dates such as "last
    September" resolve against it). Inputs that cannot be read are skipped, reported through
    ``on_skip`` and listed in ``Briefing.skipped``; a missing path raises ``MissingPathError``.
    """
    if isinstance(inputs, str):
        inputs = [inputs]
    documents, skipped = read_inputs(inputs, published=published, settings=settings.ingest, on_skip=on_skip)
    if not documents:
        raise NothingToAnalyzeError("nothing to analyse: every input was empty or could not be read")
    briefing = analyze_corpus(documents, settings=settings, progress=progress)
    briefing.skipped = skipped
    return briefing


def analyze_corpus(
    documents: Sequence[Document],
    *,
    settings: Settings = DEFAULT_SETTINGS,
    progress: bool = False,
    stage_timer: StageTimer | None = None,
) -> Briefing:
    """Run every stage after ingest over documents already read.

    Analysis (per document) and origins, description and corroboration (per story) run in worker
    processes when there are enough documents (``settings.parallel``); the result is the same.
    """
    # one BLAS thread: the pipelines' matrices are small, so a second thread only spins (it
    # doubled the CPU of the analysis for no gain) and competes with the worker processes
    with threadpool_limits(1, user_api="blas"):
        return _run_stages(documents, settings, progress, stage_timer or _untimed)


def _run_stages(documents: Sequence[Document], settings: Settings, progress: bool, timed: StageTimer) -> Briefing:
    workers = worker_count(settings, len(documents))
    with timed("analyze"):
        if workers > 1:
            analyzed = analyze_in_workers(documents, settings, workers)
        else:
            analyzed = analyze_documents(documents, settings)
    by_id = {a.id: a for a in analyzed}
    with timed("group"):
        stories, signatures = assign_stories(analyzed, settings)
    bar = None
    if progress and len(stories) > 1:
        from tqdm import tqdm

        bar = tqdm(total=len(stories), desc="corroborating", unit="story", file=sys.stderr)
    with timed("per story"):
        if workers > 1 and len(stories) > 1:
            stories_in_workers(stories, by_id, settings, workers, signatures, on_done=bar.update if bar else None)
        else:
            for story in stories:
                story_task(story, [by_id[d] for d in story.documents], settings, signatures)
                if bar:
                    bar.update()
    if bar:
        bar.close()
    return Briefing(
        documents=[by_id[a.id] for a in analyzed],
        stories=stories,
        generated_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )
