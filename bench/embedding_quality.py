"""How fast each embedding backend is, and how closely the static one agrees with the accurate one.

Sentences come from the real corpora in ../shared/corpora (ECB+ dev articles with gold events).
Measured, for the static backend against the sentence-transformers one:

- Spearman correlation of the cosine similarities of sentence pairs (a third drawn from one gold
  event, a third from the other event of the same topic, a third at random), so that the pairs
  span related, confusable and unrelated sentences;
- neighbour agreement: of each query sentence's 10 nearest sentences under the accurate model,
  the share the static model also ranks in its top 10;
- story retrieval: for each article (mean of its sentence vectors), whether its nearest other
  article belongs to the same gold event (precision at 1), for each backend.

Speed is sentences per second on uncached texts, with the model already loaded.

    .venv/bin/python bench/embedding_quality.py [--sentences 3000] [--threads 2]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from corroborate.embeddings import Embedder  # noqa: E402
from corroborate.settings import EmbeddingSettings  # noqa: E402

ECB = REPO.parent / "shared" / "corpora" / "ecbplus-dev"
_SENTENCE_END = re.compile(r"(?<=[.!?\"”])\s+(?=[A-Z\"“])|\n+")


def split_sentences(text: str) -> list[str]:
    """A plain splitter: good enough to draw benchmark sentences, independent of the analysis stage."""
    return [s.strip() for s in _SENTENCE_END.split(text) if len(s.strip()) >= 20]


def load_corpus() -> tuple[list[dict], dict[str, str]]:
    documents = [json.loads(line) for line in (ECB / "documents.jsonl").open(encoding="utf-8") if line.strip()]
    events = {}
    for line in (ECB / "events.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        document, event = line.split("\t")
        events[document] = event
    return documents, events


def spearman(a: np.ndarray, b: np.ndarray) -> float:
    rank_a = np.argsort(np.argsort(a)).astype(np.float64)
    rank_b = np.argsort(np.argsort(b)).astype(np.float64)
    return float(np.corrcoef(rank_a, rank_b)[0, 1])


def sentence_pairs(sentences: list[tuple[str, str, str]], count: int, rng: random.Random) -> list[tuple[int, int]]:
    """Pairs of sentence indices: same event, same topic but other event, and random."""
    by_event: dict[str, list[int]] = defaultdict(list)
    by_topic: dict[str, list[int]] = defaultdict(list)
    for i, (_, _, event) in enumerate(sentences):
        by_event[event].append(i)
        by_topic[event.split("_")[0]].append(i)
    pairs = []
    events = [e for e, members in by_event.items() if len(members) > 1]
    topics = [t for t, members in by_topic.items() if len({sentences[i][2] for i in members}) > 1]
    while len(pairs) < count:
        kind = len(pairs) % 3
        if kind == 0:
            a, b = rng.sample(by_event[rng.choice(events)], 2)
        elif kind == 1:
            members = by_topic[rng.choice(topics)]
            a = rng.choice(members)
            others = [i for i in members if sentences[i][2] != sentences[a][2]]
            b = rng.choice(others)
        else:
            a, b = rng.sample(range(len(sentences)), 2)
        pairs.append((a, b))
    return pairs


def encode_timed(embedder: Embedder, texts: list[str]) -> tuple[np.ndarray, float]:
    embedder.clear_cache()
    started = time.perf_counter()
    vectors = embedder.encode(texts)
    return vectors, len(texts) / (time.perf_counter() - started)


def story_precision_at_1(doc_vectors: np.ndarray, doc_events: list[str]) -> float:
    similarity = doc_vectors @ doc_vectors.T
    np.fill_diagonal(similarity, -np.inf)
    nearest = similarity.argmax(axis=1)
    return float(np.mean([doc_events[i] == doc_events[j] for i, j in enumerate(nearest)]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=3000, help="sentences for speed and neighbours")
    parser.add_argument("--pairs", type=int, default=3000)
    parser.add_argument("--threads", type=int, default=None, help="torch threads (default: all cores)")
    parser.add_argument("--static-model", default=None, help="a model2vec folder to compare instead of the default")
    args = parser.parse_args()
    if args.threads:
        import torch

        torch.set_num_threads(args.threads)
    if not ECB.is_dir():
        sys.exit(f"corpus not found at {ECB}")

    documents, events = load_corpus()
    sentences = [(s, d["id"], events[d["id"]]) for d in documents for s in split_sentences(d["text"])]
    rng = random.Random(7)
    sample = rng.sample(range(len(sentences)), min(args.sentences, len(sentences)))
    texts = [sentences[i][0] for i in sample]

    accurate = Embedder(EmbeddingSettings(backend="sentence-transformers", device="cpu"))
    static = Embedder(EmbeddingSettings(backend="static", static_model=args.static_model))
    accurate.load()
    static.load()
    print(f"machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()}")
    print(f"load: sentence-transformers {accurate.load_seconds:.2f} s, static {static.load_seconds:.2f} s")

    accurate_vectors, accurate_speed = encode_timed(accurate, texts)
    static_vectors, static_speed = encode_timed(static, texts)
    print(f"speed ({len(texts)} sentences, uncached): sentence-transformers {accurate_speed:,.0f} sentences/s, "
          f"static {static_speed:,.0f} sentences/s ({static_speed / accurate_speed:.0f}x)")

    # neighbour agreement on the sample
    k = 10
    top_accurate = np.argsort(-(accurate_vectors @ accurate_vectors.T), axis=1)[:, 1 : k + 1]
    top_static = np.argsort(-(static_vectors @ static_vectors.T), axis=1)[:, 1 : k + 1]
    overlap = np.mean([len(set(a) & set(s)) / k for a, s in zip(top_accurate, top_static, strict=True)])
    print(f"neighbour agreement: {overlap:.3f} of the accurate top-{k} also in the static top-{k}")

    # pairwise similarity agreement
    pairs = sentence_pairs(sentences, args.pairs, rng)
    pair_texts = sorted({sentences[i][0] for pair in pairs for i in pair})
    accurate_pair = dict(zip(pair_texts, accurate.encode(pair_texts), strict=True))
    static_pair = dict(zip(pair_texts, static.encode(pair_texts), strict=True))
    cos_accurate = np.array([accurate_pair[sentences[a][0]] @ accurate_pair[sentences[b][0]] for a, b in pairs])
    cos_static = np.array([static_pair[sentences[a][0]] @ static_pair[sentences[b][0]] for a, b in pairs])
    print(f"pair similarity: Spearman {spearman(cos_accurate, cos_static):.3f} over {len(pairs)} pairs "
          f"(same event / same topic other event / random, a third each)")
    for name, kind in (("same event", 0), ("other event, same topic", 1), ("random", 2)):
        part = slice(kind, None, 3)
        print(f"  {name:24s} mean cosine: accurate {cos_accurate[part].mean():.3f}, static {cos_static[part].mean():.3f}")

    # story retrieval from whole articles
    all_texts = sorted({s for s, _, _ in sentences})
    accurate_all = dict(zip(all_texts, accurate.encode(all_texts), strict=True))
    static_all = dict(zip(all_texts, static.encode(all_texts), strict=True))
    doc_ids = sorted({d for _, d, _ in sentences})
    by_doc: dict[str, list[str]] = defaultdict(list)
    for s, d, _ in sentences:
        by_doc[d].append(s)

    def doc_matrix(table: dict[str, np.ndarray]) -> np.ndarray:
        rows = np.stack([np.mean([table[s] for s in by_doc[d]], axis=0) for d in doc_ids])
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)

    doc_events = [events[d] for d in doc_ids]
    print(f"story retrieval P@1 ({len(doc_ids)} articles, nearest article in the same gold event): "
          f"accurate {story_precision_at_1(doc_matrix(accurate_all), doc_events):.3f}, "
          f"static {story_precision_at_1(doc_matrix(static_all), doc_events):.3f}")


if __name__ == "__main__":
    main()
