"""Fit the cosine calibration of the static embedding backend: static cosines onto the transformer's.

Every corroboration threshold (claim alignment, same-figure contexts, counted nouns, quotations)
was tuned on cosines of the accurate transformer. The static model ranks pairs nearly alike but
spreads them differently (its close pairs score lower), so the same threshold cuts elsewhere.
This script fits a monotone map from one scale to the other by matching quantiles: over the same
sentence pairs, the static cosine at quantile q is mapped onto the transformer's cosine at q. A
monotone map keeps the static model's own ranking; it only moves where a threshold cuts.

Pairs are drawn the way corroboration meets them: sentences of one story (an ECB+ gold event of
the dev topics 1-20; the held-out topics and the drone corpus are not used), each story's mean
direction removed as claim alignment removes it (``align._without_story_topic``), plus the plain
cosines of the same pairs. The knots are written next to the shipped static model
(``calibration.json``); ``corroborate.embeddings`` reads them with the model.

    .venv/bin/python evaluation/static_calibration.py            # fit, print, write
    .venv/bin/python evaluation/static_calibration.py --dry-run  # fit and print only
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from corroborate.corroboration.align import _without_story_topic  # noqa: E402
from corroborate.embeddings import CALIBRATION_FILE, Embedder, static_model_path  # noqa: E402
from corroborate.settings import DEFAULT_SETTINGS  # noqa: E402

ECB = REPO.parent / "shared" / "corpora" / "ecbplus-dev"
FIT_TOPICS = range(1, 21)  # topics 21-35 stay held out, as for story clustering
# quantile levels of the knots: dense in the upper tail, where the thresholds cut
LEVELS = (0.5, 0.75, 0.9, 0.95, 0.97, 0.98, 0.99, 0.995, 0.998, 0.999)
_SENTENCE_END = re.compile(r"(?<=[.!?\"”])\s+(?=[A-Z\"“])|\n+")


def sentences_by_event(topics) -> dict[str, list[str]]:
    """Every distinct sentence (20 characters or more) of each ECB+ gold event of ``topics``, sorted."""
    events = {}
    for line in (ECB / "events.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        document, event = line.split("\t")
        events[document] = event
    by_event: dict[str, set[str]] = defaultdict(set)
    for line in (ECB / "documents.jsonl").open(encoding="utf-8"):
        if not line.strip():
            continue
        document = json.loads(line)
        event = events.get(document["id"])
        if event is None or int(event.split("_")[0]) not in topics:
            continue
        by_event[event].update(s.strip() for s in _SENTENCE_END.split(document["text"]) if len(s.strip()) >= 20)
    return {event: sorted(sentences) for event, sentences in sorted(by_event.items())}


def stories(per_story: int, rng: random.Random) -> list[list[str]]:
    """Sentences of each gold event of the fitting topics, at most ``per_story`` of each."""
    out = []
    for sentences in sentences_by_event(FIT_TOPICS).values():
        sentences = list(sentences)
        rng.shuffle(sentences)
        if len(sentences) >= 10:
            out.append(sentences[:per_story])
    return out


def pair_cosines(vectors: np.ndarray, topic_shrinkage: float) -> tuple[np.ndarray, np.ndarray]:
    upper = np.triu_indices(len(vectors), 1)
    plain = (vectors @ vectors.T)[upper]
    centred = _without_story_topic(vectors, topic_shrinkage)
    return plain, (centred @ centred.T)[upper]


def quantile_knots(static: np.ndarray, accurate: np.ndarray) -> list[list[float]]:
    """(static, transformer) knots at LEVELS, strictly increasing, with the ends of the scale fixed."""
    knots = [[-1.0, -1.0]]
    for level in LEVELS:
        x, y = float(np.quantile(static, level)), float(np.quantile(accurate, level))
        if x > knots[-1][0] + 1e-3 and y > knots[-1][1] + 1e-3:
            knots.append([round(x, 4), round(y, 4)])
    knots.append([1.0, 1.0])
    return knots


def spearman(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.corrcoef(np.argsort(np.argsort(a)), np.argsort(np.argsort(b)))[0, 1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--per-story", type=int, default=45, help="sentences drawn from each gold event")
    parser.add_argument("--dry-run", action="store_true", help="print the knots, do not write them")
    args = parser.parse_args()
    rng = random.Random(7)
    groups = stories(args.per_story, rng)
    sentences = [s for group in groups for s in group]
    print(f"{len(groups)} stories (ECB+ gold events, topics 1-20), {len(sentences)} sentences")
    accurate_settings = replace(DEFAULT_SETTINGS.embedding, backend="sentence-transformers")
    static_settings = replace(DEFAULT_SETTINGS.embedding, backend="static")
    accurate_vectors = Embedder(accurate_settings).encode(sentences)
    static_vectors = Embedder(static_settings).encode(sentences)
    shrinkage = DEFAULT_SETTINGS.corroboration.topic_shrinkage
    columns: dict[str, list[np.ndarray]] = {"static plain": [], "static centred": [], "accurate plain": [], "accurate centred": []}
    start = 0
    for group in groups:
        end = start + len(group)
        for name, vectors in (("static", static_vectors), ("accurate", accurate_vectors)):
            plain, centred = pair_cosines(vectors[start:end], shrinkage)
            columns[f"{name} plain"].append(plain)
            columns[f"{name} centred"].append(centred)
        start = end
    data = {name: np.concatenate(parts) for name, parts in columns.items()}
    print(f"{len(data['static plain'])} pairs; Spearman static vs transformer: plain "
          f"{spearman(data['static plain'], data['accurate plain']):.3f}, centred "
          f"{spearman(data['static centred'], data['accurate centred']):.3f}")
    print("\n| quantile | static plain | transformer plain | static centred | transformer centred |")
    print("|---|---|---|---|---|")
    for level in LEVELS:
        row = [float(np.quantile(data[name], level)) for name in columns]
        print(f"| {level} | {row[0]:.3f} | {row[2]:.3f} | {row[1]:.3f} | {row[3]:.3f} |")
    # one map for both uses: the pairs as alignment sees them and as plain cosines (quantities,
    # counted nouns, quotations compare plain cosines)
    static = np.concatenate([data["static plain"], data["static centred"]])
    accurate = np.concatenate([data["accurate plain"], data["accurate centred"]])
    knots = quantile_knots(static, accurate)
    print("\nknots (static -> transformer): " + ", ".join(f"{x:.3f}->{y:.3f}" for x, y in knots))
    if args.dry_run:
        return
    target = static_model_path(static_settings) / CALIBRATION_FILE
    target.write_text(json.dumps({
        "about": "Static cosine -> all-MiniLM-L6-v2 cosine, piecewise linear between these knots; "
                 "fitted by quantile matching by evaluation/static_calibration.py on "
                 f"{len(static)} sentence-pair cosines (ECB+ dev gold events of topics 1-20, plain "
                 "and with each story's mean direction removed).",
        "knots": knots,
    }, indent=1) + "\n", encoding="utf-8")
    print(f"written {target}")


if __name__ == "__main__":
    main()
