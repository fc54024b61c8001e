"""Story assignment at archive scale: latency of adding one article, and memory growth.

Builds a StoryIndex over N synthetic articles (unit vectors around story centres, names, years and
lede terms per story), then times adding new articles (story assignment and insertion) against a brute-force
baseline that scans every archived vector and scores the same candidate stories, in the same
process. Reports p50/p95 latency, their ratio to the baseline, how often both pick the same story,
and resident memory at 10k/50k/100k articles.

    .venv/bin/python bench/story_index_scale.py --n 20000          # quick check
    .venv/bin/python bench/story_index_scale.py                    # 1,000,000 articles (minutes)
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

SOURCE = Path(__file__).resolve().parent.parent / "src"
sys.path.insert(0, str(SOURCE))


def _grouping_only() -> None:
    """Import the story index without the package's NLP stack (spaCy, torch), so the benchmark
    also runs on a machine that has only numpy, scipy and hnswlib."""
    import types

    for name in ("corroborate", "corroborate.group"):
        if name not in sys.modules:
            module = types.ModuleType(name)
            module.__path__ = [str(SOURCE.joinpath(*name.split(".")))]
            sys.modules[name] = module


_grouping_only()

from corroborate.group.features import DocumentFeatures  # noqa: E402
from corroborate.group.index import Assignment, StoryIndex  # noqa: E402
from corroborate.group.scoring import score_story  # noqa: E402
from corroborate.settings import GroupSettings  # noqa: E402

DOCUMENTS_PER_STORY = 5
NAMES_PER_STORY = 6
STORY_TERMS = 10  # lede terms every report of a story shares (ECB+ ledes give about 20 terms)
DOCUMENT_TERMS = 7  # ... and the report's own
COMMON_NAMES = [f"common-{i}" for i in range(200)]  # "police", "US", ...: shared across stories


def rss_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


class Archive:
    """Deterministic synthetic articles: story s has a centre, names and a year of its own."""

    def __init__(self, dimension: int, seed: int = 0):
        self.dimension = dimension
        self.seed = seed

    def centre(self, story: int) -> np.ndarray:
        rng = np.random.default_rng((self.seed, story))
        vector = rng.normal(size=self.dimension).astype(np.float32)
        return vector / np.linalg.norm(vector)

    def names(self, story: int) -> frozenset[str]:
        rng = np.random.default_rng((self.seed, story, 1))
        own = {f"name-{story}-{i}" for i in range(NAMES_PER_STORY - 2)}
        return frozenset(own | {COMMON_NAMES[i] for i in rng.integers(0, len(COMMON_NAMES), size=2)})

    def terms(self, story: int, document: int) -> frozenset[str]:
        """Lede terms, as a real lede has: the story's particulars (which its reports repeat),
        a few of the report's own, and words that many stories use."""
        rng = np.random.default_rng((self.seed, story, document, 4))
        core = {f"term-{story}-{i}" for i in range(STORY_TERMS)}
        own = {f"term-{story}-{document}-{i}" for i in range(DOCUMENT_TERMS)}
        return frozenset(core | own | {f"common-term-{i}" for i in rng.integers(0, 2000, size=3)})

    def year(self, story: int) -> int:
        return 2000 + story % 25

    def vectors(self, first: int, count: int, noise: float = 0.35) -> tuple[np.ndarray, np.ndarray]:
        stories = np.arange(first, first + count) // DOCUMENTS_PER_STORY
        centres = np.stack([self.centre(int(s)) for s in np.unique(stories)])
        rng = np.random.default_rng((self.seed, first, 2))
        vectors = centres[stories - stories[0]] + noise * rng.normal(size=(count, self.dimension)).astype(np.float32) / np.sqrt(self.dimension)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors.astype(np.float32), stories.astype(np.int32)

    def article(self, story: int, number: int) -> DocumentFeatures:
        rng = np.random.default_rng((self.seed, story, number, 3))
        vector = self.centre(story) + 0.35 * rng.normal(size=self.dimension).astype(np.float32) / np.sqrt(self.dimension)
        return DocumentFeatures(f"new-{number}", vector / np.linalg.norm(vector), names=self.names(story),
                                years=(self.year(story),), terms=self.terms(story, number))


def build(archive: Archive, total: int, settings: GroupSettings, chunk: int, checkpoints: list[int],
          keep_vectors: bool) -> tuple[StoryIndex, np.ndarray | None, dict[int, int]]:
    """Load the archive chunk by chunk, recording resident memory growth at each checkpoint."""
    start_rss = rss_bytes()
    index = StoryIndex(archive.dimension, settings, capacity=min(total, 1 << 20))
    kept = np.zeros((total, archive.dimension), dtype=np.float32) if keep_vectors else None
    memory: dict[int, int] = {}
    loaded = 0
    while loaded < total:
        count = min(chunk, total - loaded, *(c - loaded for c in checkpoints if c > loaded))
        vectors, stories = archive.vectors(loaded, count)
        names = {int(s): archive.names(int(s)) for s in np.unique(stories)}
        years = {int(s): archive.year(int(s)) for s in names}
        terms = [archive.terms(int(s), loaded + i) for i, s in enumerate(stories)]
        index.bulk_load(vectors, stories, names=[names[int(s)] for s in stories],
                        years=[years[int(s)] for s in stories], terms=terms)
        if kept is not None:
            kept[loaded : loaded + count] = vectors
        loaded += count
        if loaded in checkpoints:
            # the baseline's copy of the vectors is not the index's memory: only its touched rows count
            memory[loaded] = rss_bytes() - start_rss - (loaded * archive.dimension * 4 if kept is not None else 0)
        print(f"  loaded {loaded:,} articles", file=sys.stderr, flush=True)
    return index, kept, memory


def brute_force_assign(index: StoryIndex, vectors: np.ndarray, features: DocumentFeatures) -> Assignment:
    """The baseline: exact neighbours by scanning every archived vector, then the same scoring."""
    similarities = vectors[: len(index)] @ features.vector
    k = index.settings.candidate_documents
    nearest = np.argpartition(-similarities, k)[:k]
    nearest = nearest[np.argsort(-similarities[nearest])]
    stories = list(dict.fromkeys(index.story_of(int(i)) for i in nearest))
    weights = index.weights()
    best = None
    for story in stories:
        score = score_story(features, index.view(story), weights, index.settings)
        if best is None or score.total > best[1].total:
            best = (story, score)
    if best and best[1].total >= index.settings.join_threshold:
        return Assignment(best[0], False, best[1])
    return Assignment(index.story_count, True, best[1] if best else None)


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values) * 1000.0, q))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="archive size")
    parser.add_argument("--dimension", type=int, default=384, help="embedding size (all-MiniLM-L6-v2: 384)")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--baseline-queries", type=int, default=50)
    parser.add_argument("--chunk", type=int, default=50_000)
    args = parser.parse_args(argv)

    settings = GroupSettings()
    archive = Archive(args.dimension)
    checkpoints = sorted({c for c in (10_000, 50_000, 100_000) if c <= args.n} | {args.n})
    started = time.perf_counter()
    index, vectors, memory = build(archive, args.n, settings, args.chunk, checkpoints, keep_vectors=True)
    print(f"archive: {args.n:,} articles in {index.story_count:,} stories, dimension {args.dimension}, "
          f"built in {time.perf_counter() - started:.0f} s")

    stories = index.story_count
    rng = np.random.default_rng(42)
    queries = []
    for number in range(args.queries):
        # two in three join an existing story, one in three is a new event
        story = int(rng.integers(0, stories)) if number % 3 else stories + number
        queries.append(archive.article(story, number))

    baseline_times, agreement = [], 0
    for features in queries[: args.baseline_queries]:
        t0 = time.perf_counter()
        exact = brute_force_assign(index, vectors, features)
        baseline_times.append(time.perf_counter() - t0)
        agreement += index.assign(features).story == exact.story
    assign_times, add_times, joined = [], [], 0
    for features in queries:
        t0 = time.perf_counter()
        index.assign(features)
        assign_times.append(time.perf_counter() - t0)
    for features in queries:  # the real operation: assign, then insert into graph and aggregates
        t0 = time.perf_counter()
        joined += not index.add(features).opened
        add_times.append(time.perf_counter() - t0)

    base50, base95 = percentile(baseline_times, 50), percentile(baseline_times, 95)
    print(f"brute-force assignment (baseline): p50 {base50:.2f} ms  p95 {base95:.2f} ms  ({len(baseline_times)} queries)")
    for label, times in (("index.assign", assign_times), ("index.add", add_times)):
        p50, p95 = percentile(times, 50), percentile(times, 95)
        print(f"{label:33s}: p50 {p50:.2f} ms  p95 {p95:.2f} ms  ratio to baseline p50 {p50 / base50:.3f}  p95 {p95 / base95:.3f}")
    print(f"same story as brute force: {agreement}/{len(baseline_times)}; joined an existing story: "
          f"{joined}/{len(queries)} (expected {len(queries) - (len(queries) + 2) // 3})")
    previous = None
    for count in checkpoints:
        per_article = memory[count] / count
        growth = "" if previous is None else f"  ({memory[count] / previous[1]:.2f}x memory for {count / previous[0]:.1f}x articles)"
        print(f"memory at {count:>9,} articles: {memory[count] / 2**20:8.1f} MiB  ({per_article:.0f} bytes/article){growth}")
        previous = (count, memory[count])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
