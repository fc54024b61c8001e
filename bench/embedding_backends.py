"""The transformer on torch against the same transformer on ONNX Runtime (float32 and int8).

Issue #7 asks for a faster embedding path that keeps the accurate one's quality. This measures,
in one command and one process, with one intra-op / BLAS thread as each engine process runs:

- speed: sentences per second of torch (sentence-transformers), ONNX float32 and ONNX int8 on
  the same uncached sentences, the sentences cut into rounds and the backends taking turns in
  each round, so that a change of load on a shared machine falls on all three alike; wall-clock
  and CPU-time rates, each with its ratio to torch;
- agreement with torch: the cosine between the two vectors of one sentence (mean and lowest), and
  over sentence pairs (random pairs, and pairs from one ECB+ gold event, where the close pairs
  that alignment thresholds cut are): the Spearman correlation of the pair cosines, the largest
  and the 99th-percentile absolute difference, and how many pairs fall on the other side of the
  thresholds corroboration uses (0.53, 0.60, 0.75 on the transformer's scale).

Sentences: ECB+ dev articles (../shared/corpora/ecbplus-dev) split by the engine's own splitter
(``corroborate.analyze.sentences``), duplicates dropped, a seeded sample.

    .venv/bin/python bench/embedding_backends.py [--sentences 3000] [--pairs 20000] [--rounds 6]

The ONNX model is exported on first use into the user cache (about half a minute, once).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from corroborate.analyze.sentences import split_sentences  # noqa: E402
from corroborate.embeddings import Embedder, set_onnx_threads  # noqa: E402
from corroborate.settings import EmbeddingSettings  # noqa: E402

ECB = Path(os.environ.get("CORROBORATE_SHARED", REPO.parent / "shared")) / "corpora" / "ecbplus-dev"
THRESHOLDS = (0.53, 0.60, 0.75)  # alignment, counted nouns, rewrites (settings.py, transformer scale)


def spearman(a: np.ndarray, b: np.ndarray) -> float:
    rank_a = np.argsort(np.argsort(a)).astype(np.float64)
    rank_b = np.argsort(np.argsort(b)).astype(np.float64)
    return float(np.corrcoef(rank_a, rank_b)[0, 1])


def load_sentences() -> list[tuple[str, str]]:
    """(sentence, gold event) for every distinct sentence of ECB+ dev, split as the engine splits."""
    events = {}
    for line in (ECB / "events.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        document, event = line.split("\t")
        events[document] = event
    seen: set[str] = set()
    out = []
    for line in (ECB / "documents.jsonl").open(encoding="utf-8"):
        if not line.strip():
            continue
        record = json.loads(line)
        for sentence in split_sentences(record["text"]):
            if len(sentence.text) >= 20 and sentence.text not in seen:
                seen.add(sentence.text)
                out.append((sentence.text, events.get(record["id"], record["id"])))
    return out


def pair_agreement(name: str, reference: np.ndarray, other: np.ndarray, pairs: np.ndarray) -> dict:
    ref = np.einsum("ij,ij->i", reference[pairs[:, 0]], reference[pairs[:, 1]])
    got = np.einsum("ij,ij->i", other[pairs[:, 0]], other[pairs[:, 1]])
    difference = np.abs(got - ref)
    flips = {t: int(np.sum((ref >= t) != (got >= t))) for t in THRESHOLDS}
    above = {t: int(np.sum(ref >= t)) for t in THRESHOLDS}
    return {
        "name": name,
        "spearman": spearman(ref, got),
        "max_difference": float(difference.max()),
        "p99_difference": float(np.quantile(difference, 0.99)),
        "mean_difference": float(difference.mean()),
        "flips": flips,
        "above": above,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=3000, help="sentences embedded by each backend")
    parser.add_argument("--pairs", type=int, default=20000, help="pairs of each kind (random, one gold event)")
    parser.add_argument("--rounds", type=int, default=6, help="rounds in which the backends take turns")
    parser.add_argument("--batch-size", type=int, default=EmbeddingSettings().batch_size)
    parser.add_argument("--threads", type=int, default=1, help="intra-op / BLAS threads (the engine: 1 per process)")
    parser.add_argument("--onnx-model", default=None, help="folder of the exported model (default: the user cache)")
    args = parser.parse_args()
    if not ECB.is_dir():
        sys.exit(f"corpus not found at {ECB}")

    import torch
    from threadpoolctl import threadpool_limits

    torch.set_num_threads(args.threads)
    threadpool_limits(args.threads)
    set_onnx_threads(args.threads)

    corpus = load_sentences()
    rng = random.Random(7)
    sample = rng.sample(range(len(corpus)), min(args.sentences, len(corpus)))
    texts = [corpus[i][0] for i in sample]
    events = [corpus[i][1] for i in sample]

    common = {"device": "cpu", "cache": False, "batch_size": args.batch_size, "onnx_model": args.onnx_model}
    backends = {
        "torch": Embedder(EmbeddingSettings(backend="sentence-transformers", **common)),
        "onnx-float32": Embedder(EmbeddingSettings(backend="onnx", onnx_precision="float32", **common)),
        "onnx-int8": Embedder(EmbeddingSettings(backend="onnx", onnx_precision="int8", **common)),
    }
    warm_up = ["A warm-up sentence outside the measured set, so that first-call costs are not timed."] * 4
    for embedder in backends.values():
        embedder.load()
        embedder.encode(warm_up)
    print(f"machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()}; "
          f"load average {os.getloadavg()[0]:.1f}; {args.threads} thread(s) per backend; torch {torch.__version__}")
    print("load: " + ", ".join(f"{name} {e.load_seconds:.2f} s" for name, e in backends.items()))

    # speed: rounds in which each backend embeds the same slice, in turn
    wall = dict.fromkeys(backends, 0.0)
    cpu = dict.fromkeys(backends, 0.0)
    vectors = {name: [] for name in backends}
    bounds = np.linspace(0, len(texts), args.rounds + 1).astype(int)
    for round_index, (start, end) in enumerate(zip(bounds, bounds[1:], strict=False)):
        names = list(backends)
        names = names[round_index % len(names):] + names[: round_index % len(names)]  # rotate who goes first
        for name in names:
            chunk = texts[start:end]
            started_wall, started_cpu = time.perf_counter(), time.process_time()
            vectors[name].append(backends[name].encode(chunk))
            wall[name] += time.perf_counter() - started_wall
            cpu[name] += time.process_time() - started_cpu
    matrices = {name: np.concatenate(parts) for name, parts in vectors.items()}
    print(f"\nspeed, {len(texts)} uncached sentences in {args.rounds} rounds, batch {args.batch_size} "
          f"(load average at the end {os.getloadavg()[0]:.1f}):")
    print(f"  {'backend':14s} {'sentences/s':>12s} {'vs torch':>9s} {'per CPU s':>10s} {'vs torch':>9s}")
    for name in backends:
        rate, cpu_rate = len(texts) / wall[name], len(texts) / cpu[name]
        print(f"  {name:14s} {rate:12.1f} {wall['torch'] / wall[name]:8.2f}x {cpu_rate:10.1f} "
              f"{cpu['torch'] / cpu[name]:8.2f}x")

    reference = matrices["torch"]
    print("\nagreement with torch, same sentence (cosine of the two vectors):")
    for name in list(backends)[1:]:
        same = np.einsum("ij,ij->i", reference, matrices[name])
        print(f"  {name:14s} mean {same.mean():.5f}, lowest {same.min():.5f}, 1st percentile {np.quantile(same, 0.01):.5f}")

    random_pairs = np.array([rng.sample(range(len(texts)), 2) for _ in range(args.pairs)])
    by_event: dict[str, list[int]] = defaultdict(list)
    for i, event in enumerate(events):
        by_event[event].append(i)
    groups = [members for members in by_event.values() if len(members) > 1]
    weights = np.array([len(m) * (len(m) - 1) for m in groups], dtype=float)
    chosen = np.random.default_rng(7).choice(len(groups), size=args.pairs, p=weights / weights.sum())
    event_pairs = np.array([rng.sample(groups[g], 2) for g in chosen])
    for label, pairs in (("random pairs", random_pairs), ("pairs of one gold event", event_pairs)):
        print(f"\nagreement with torch, {len(pairs):,} {label} (cosine of each pair):")
        for name in list(backends)[1:]:
            found = pair_agreement(name, reference, matrices[name], pairs)
            flips = ", ".join(f"{t:.2f}: {found['flips'][t]} of {found['above'][t]} above" for t in THRESHOLDS)
            print(f"  {name:14s} Spearman {found['spearman']:.5f}, |difference| max {found['max_difference']:.4f}, "
                  f"99th percentile {found['p99_difference']:.4f}, mean {found['mean_difference']:.4f}; "
                  f"pairs on the other side of {flips}")


if __name__ == "__main__":
    main()
