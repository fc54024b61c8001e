"""The cost of re-examining a story for a merge (``StoryIndex.split_merged``), of then moving
misplaced documents (``StoryIndex.reassign``) and of joining the pieces of one event
(``StoryIndex.join_fragments``), against the cost of assigning the same documents, in the same
process.

Each synthetic story holds two events of one kind (close centres, a shared actor, each event's own
names, lede terms and weekday), so the split has real work to do. For stories of 25 to 400
documents it prints the time to ``add`` them one by one, each scored against its candidate stories
(the baseline), the times of ``split_merged`` and ``reassign`` with their ratios to it, and whether
the two events came out apart; then the time of ``join_fragments`` on the same documents placed as
four pieces (each event's first quarter of reports in a story of its own) and whether it put each
event back together.

    .venv/bin/python bench/story_split.py
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from story_index_scale import _grouping_only  # noqa: E402

_grouping_only()

from corroborate.group.features import DocumentFeatures  # noqa: E402
from corroborate.group.index import StoryIndex  # noqa: E402
from corroborate.settings import GroupSettings  # noqa: E402

DIMENSION = 384


def two_events(size: int, seed: int = 0) -> list[DocumentFeatures]:
    """``size`` reports, half of each event: one actor, close meanings, each event's particulars."""
    rng = np.random.default_rng(seed)
    common = rng.normal(size=DIMENSION)
    documents = []
    for number in range(size):
        event = number % 2
        centre = common + 0.45 * np.random.default_rng((seed, event)).normal(size=DIMENSION)
        vector = centre + 0.3 * rng.normal(size=DIMENSION)
        own = {f"event{event}-name{i}" for i in range(4)}
        terms = {f"event{event}-term{i}" for i in range(8)} | {f"report{number}-term{i}" for i in range(4)}
        documents.append(DocumentFeatures(
            id=f"r{number}", vector=(vector / np.linalg.norm(vector)).astype(np.float32),
            names=frozenset(own | {"the actor"}), terms=frozenset(terms | {"actor"}), years=(2010 + 3 * event,),
            weekdays=frozenset({event}),
        ))
    return documents


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="25,100,400", help="story sizes, comma-separated")
    args = parser.parse_args(argv)
    settings = GroupSettings(min_entity_df_documents=1)
    print("| story size | assign and add all (baseline) | split_merged | ratio | reassign | ratio | moves "
          "| events apart | join_fragments of four pieces | ratio | events whole |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for size in (int(s) for s in args.sizes.split(",")):
        documents = two_events(size)
        assigned = StoryIndex(DIMENSION, settings, capacity=size)
        started = time.perf_counter()
        for document in documents:
            assigned.add(document)  # the baseline: each document scored against its candidates
        added = time.perf_counter() - started
        index = StoryIndex(DIMENSION, settings, capacity=size)
        for document in documents:
            index.add(document, join=0)  # one story: the merge the split must undo
        started = time.perf_counter()
        index.split_merged(documents)
        split = time.perf_counter() - started
        started = time.perf_counter()
        moves = index.reassign(documents)
        moved = time.perf_counter() - started
        event_of = {d.id: int(d.id[1:]) % 2 for d in documents}
        apart = all(len({event_of[member] for member in story}) == 1 for story in index.members())
        pieces = StoryIndex(DIMENSION, settings, capacity=size)
        story_of_piece: dict[tuple[int, bool], int] = {}
        for number, document in enumerate(documents):  # each event's first quarter: a story of its own
            piece = (number % 2, number >= size // 4)
            pieces.add(document, join=story_of_piece.setdefault(piece, len(story_of_piece)))
        started = time.perf_counter()
        pieces.join_fragments(documents)
        joined = time.perf_counter() - started
        whole = sorted(len(story) for story in pieces.members()) == sorted(
            sum(1 for d in documents if event_of[d.id] == event) for event in (0, 1))
        whole = whole and all(len({event_of[member] for member in story}) == 1 for story in pieces.members())
        print(f"| {size} | {added * 1000:.1f} ms | {split * 1000:.1f} ms | {split / added:.2f} | "
              f"{moved * 1000:.1f} ms | {moved / added:.2f} | {moves} | "
              f"{'yes' if apart else 'no'} ({len(index.members())} stories) | {joined * 1000:.1f} ms | "
              f"{joined / added:.2f} | {'yes' if whole else 'no'} ({len(pieces.members())} stories) |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
