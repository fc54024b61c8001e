"""Train the static embedding model to reproduce the transformer's sentence vectors.

The shipped static model starts as a model2vec distillation: every vocabulary token goes through
all-MiniLM-L6-v2 *alone*, and a sentence is the mean of its tokens' vectors. That ignores how the
transformer weighs and mixes the words of a real sentence, so the static model orders some
sentence pairs differently from the transformer, and a monotone calibration cannot fix an order.
This script does what tokenlearn does (pre-training static embedders on a transformer's outputs),
on a corpus we have locally:

1. sentences of ECB+ dev topics 1-20 (news reports; topics 21-35 stay held out, as everywhere),
   plus word spans cut from them, because claim alignment compares clauses as well as sentences;
2. their transformer embeddings, reduced by a PCA fitted on them to the static model's 256
   dimensions (cosines in that space are the transformer's cosines, up to what PCA drops);
3. the static token table, started from the distilled one mapped into that space by least squares,
   trained so that the mean of a text's token vectors points where the transformer's vector does
   (cosine loss), with a pull towards the starting table so that tokens seen a few times do not
   wander off; tokens never seen keep the mapped distilled vectors;
4. early stopping on held-out topics 21-35: the score is the rank agreement (Spearman) of the
   static and transformer cosines over sentence pairs of one gold event, plain and with the
   event's mean direction removed, which is how claim alignment compares statements.

It writes the model over the shipped one (``--write``); refit ``calibration.json`` afterwards with
evaluation/static_calibration.py, since the static cosines' spread changes. Measured and not
shipped: the held-out rank agreement rises a lot (pairs of one event, topic-centred: Spearman 0.67
-> 0.78), but on the close pairs where alignment decides it barely moves, and the corroboration
evaluation gains precision and loses recall; docs/benchmarks.md, "Training the static model".

    .venv/bin/python evaluation/static_training.py            # train and report, write nothing
    .venv/bin/python evaluation/static_training.py --write    # and replace the shipped model
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from corroborate.corroboration.align import _without_story_topic  # noqa: E402
from corroborate.embeddings import Embedder, distill_static_model, static_model_path, write_model_card  # noqa: E402
from corroborate.settings import DEFAULT_SETTINGS  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from static_calibration import sentences_by_event  # noqa: E402

TRAIN_TOPICS = range(1, 21)
CHECK_TOPICS = range(21, 36)
TARGET_CACHE = Path("/tmp/corroborate-static-training-targets.npz")
# the starting point, distilled afresh (deterministic), so that reruns never train a trained table
DISTILLED = Path("/tmp/corroborate-static-distilled")
def word_spans(sentence: str, count: int, rng: random.Random) -> list[str]:
    """Contiguous spans of at least four words and at most all but one: clause-sized texts."""
    words = sentence.split()
    if len(words) < 6:
        return []
    spans = []
    for _ in range(count):
        length = rng.randint(4, len(words) - 1)
        start = rng.randint(0, len(words) - length)
        spans.append(" ".join(words[start:start + length]))
    return spans


def transformer_targets(texts: list[str]) -> np.ndarray:
    """The accurate backend's unit vectors, cached in /tmp (the slow part: minutes on 2 cores)."""
    digest = hashlib.blake2b("\n".join(texts).encode("utf-8"), digest_size=16).hexdigest()
    if TARGET_CACHE.exists():
        cached = np.load(TARGET_CACHE)
        if str(cached["digest"]) == digest:
            return cached["vectors"]
    settings = replace(DEFAULT_SETTINGS.embedding, backend="sentence-transformers")
    started = time.perf_counter()
    vectors = Embedder(settings).encode(texts)
    print(f"transformer: {len(texts)} texts in {time.perf_counter() - started:.0f} s", flush=True)
    np.savez(TARGET_CACHE, digest=digest, vectors=vectors)
    return vectors


def spearman(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.corrcoef(np.argsort(np.argsort(a)), np.argsort(np.argsort(b)))[0, 1])


def agreement(static: np.ndarray, accurate: np.ndarray, groups: list[tuple[int, int]]) -> dict[str, float]:
    """Rank agreement of pair cosines within each gold event, plain and topic-centred."""
    shrinkage = DEFAULT_SETTINGS.corroboration.topic_shrinkage
    columns: dict[str, list[np.ndarray]] = defaultdict(list)
    for start, end in groups:
        upper = np.triu_indices(end - start, 1)
        for name, vectors in (("static", static[start:end]), ("accurate", accurate[start:end])):
            columns[f"{name} plain"].append((vectors @ vectors.T)[upper])
            centred = _without_story_topic(vectors, shrinkage)
            columns[f"{name} centred"].append((centred @ centred.T)[upper])
    data = {name: np.concatenate(parts) for name, parts in columns.items()}
    out = {kind: spearman(data[f"static {kind}"], data[f"accurate {kind}"]) for kind in ("plain", "centred")}
    # the pairs that matter most: the transformer's top 2% (where alignment thresholds cut)
    top = data["accurate centred"] >= np.quantile(data["accurate centred"], 0.98)
    out["centred top 2%"] = spearman(data["static centred"][top], data["accurate centred"][top])
    # the same share of pairs over the line on each side: how many of the transformer's are picked
    static_top = data["static centred"] >= np.quantile(data["static centred"], 0.98)
    out["top 2% overlap"] = float(np.sum(top & static_top) / np.sum(top))
    return out


def unit(rows: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return rows / np.where(norms > 0, norms, 1.0)


def mean_pool(table: np.ndarray, ids: list[list[int]]) -> np.ndarray:
    out = np.zeros((len(ids), table.shape[1]), dtype=np.float32)
    for i, row in enumerate(ids):
        if row:
            out[i] = table[row].mean(axis=0)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spans", type=int, default=3, help="word spans cut from each training sentence")
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--learning-rate", type=float, default=0.003)
    parser.add_argument("--pull", type=float, default=1.0, help="weight of the pull towards the starting table")
    parser.add_argument("--pairwise", type=float, default=0.0,
                        help="weight of the loss on topic-centred pair cosines within one event")
    parser.add_argument("--check-per-event", type=int, default=45, help="held-out sentences per gold event")
    parser.add_argument("--write", action="store_true", help="replace the shipped static model")
    args = parser.parse_args()

    import torch
    from model2vec import StaticModel
    from model2vec.quantization import DType, quantize_embeddings

    torch.manual_seed(7)
    rng = random.Random(7)
    train_texts, train_events, sentence_count = [], [], 0
    for number, sentences in enumerate(sentences_by_event(TRAIN_TOPICS).values()):
        texts = sentences + [span for s in sentences for span in word_spans(s, args.spans, rng)]
        train_texts.extend(texts)
        train_events.extend([number] * len(texts))
        sentence_count += len(sentences)
    check_groups, check_texts = [], []
    for sentences in sentences_by_event(CHECK_TOPICS).values():
        sentences = list(sentences)
        rng.shuffle(sentences)
        if len(sentences) >= 10:
            check_groups.append((len(check_texts), len(check_texts) + min(len(sentences), args.check_per_event)))
            check_texts.extend(sentences[: args.check_per_event])
    print(f"training texts: {sentence_count} sentences + {len(train_texts) - sentence_count} spans "
          f"(topics 1-20); held-out: {len(check_texts)} sentences of {len(check_groups)} events (topics 21-35)")

    targets = transformer_targets(train_texts + check_texts)
    train_targets, check_targets = targets[: len(train_texts)], targets[len(train_texts):]

    static_settings = replace(DEFAULT_SETTINGS.embedding, backend="static")
    if not (DISTILLED / "model.safetensors").exists():
        distill_static_model(static_settings, DISTILLED)
    model = StaticModel.from_pretrained(str(DISTILLED), force_download=False)
    start_table = np.asarray(model.embedding, dtype=np.float32)
    dimensions = start_table.shape[1]

    # the target space: the transformer's vectors on their top singular directions, not centred,
    # so that dot products (and so cosines) there are the transformer's own
    _, _, components = np.linalg.svd(train_targets, full_matrices=False)
    basis = components[:dimensions].T.astype(np.float32)  # (384, d)
    projected = train_targets @ basis
    kept = float(np.sum(projected**2) / np.sum(train_targets**2))
    print(f"targets on {dimensions} singular directions keep {kept:.4f} of their squared length")

    train_ids = model.tokenize(train_texts)
    check_ids = model.tokenize(check_texts)
    before = agreement(unit(mean_pool(start_table, check_ids)), check_targets, check_groups)
    print("held-out agreement, shipped model: " + ", ".join(f"{k} {v:.3f}" for k, v in before.items()))

    # map the distilled table into the target space (least squares over the training texts)
    pooled = mean_pool(start_table, train_ids)
    mapping, *_ = np.linalg.lstsq(pooled, unit(projected), rcond=None)
    initial = (start_table @ mapping).astype(np.float32)
    mapped = agreement(unit(mean_pool(initial, check_ids)), check_targets, check_groups)
    print("held-out agreement, distilled table mapped linearly: " + ", ".join(f"{k} {v:.3f}" for k, v in mapped.items()))

    table = torch.nn.Parameter(torch.from_numpy(initial.copy()))
    anchor = torch.from_numpy(initial)
    optimiser = torch.optim.Adam([table], lr=args.learning_rate)
    flat = torch.tensor([t for row in train_ids for t in row], dtype=torch.long)
    lengths = [len(row) for row in train_ids]
    offsets = torch.tensor(np.concatenate([[0], np.cumsum(lengths)[:-1]]), dtype=torch.long)
    target = torch.from_numpy(unit(projected).astype(np.float32))
    usable = [i for i, n in enumerate(lengths) if n > 0]
    scale = float(np.mean(np.linalg.norm(initial, axis=1)))
    shrinkage = DEFAULT_SETTINGS.corroboration.topic_shrinkage
    by_event = [[i for i in usable if train_events[i] == e] for e in sorted(set(train_events))]
    by_event = [members for members in by_event if len(members) >= 20]

    def centred_cosines(vectors):
        vectors = torch.nn.functional.normalize(vectors, dim=1)
        weight = len(vectors) / (len(vectors) + shrinkage)
        vectors = torch.nn.functional.normalize(vectors - weight * vectors.mean(dim=0, keepdim=True), dim=1)
        return vectors @ vectors.T

    full_targets = torch.from_numpy(train_targets)

    def pair_loss(table, members):
        """Squared error of the centred pair cosines of one event's texts, the close pairs (where
        alignment's thresholds cut) weighing up to ten times more."""
        chosen = rng.sample(members, min(len(members), 96))
        ids = torch.cat([flat[offsets[i] : offsets[i] + lengths[i]] for i in chosen])
        bag_offsets = torch.tensor(np.concatenate([[0], np.cumsum([lengths[i] for i in chosen])[:-1]]))
        static = centred_cosines(torch.nn.functional.embedding_bag(ids, table, bag_offsets, mode="mean"))
        accurate = centred_cosines(full_targets[chosen])
        weight = 1.0 + 9.0 * torch.sigmoid((accurate - 0.4) / 0.05)
        off_diagonal = 1.0 - torch.eye(len(chosen))
        return (weight * off_diagonal * (static - accurate) ** 2).sum() / (weight * off_diagonal).sum()
    best, best_table = -1.0, initial
    for epoch in range(1, args.epochs + 1):
        order = torch.tensor(random.Random(epoch).sample(usable, len(usable)))
        for batch in order.split(256):
            starts = offsets[batch]
            ids = torch.cat([flat[s : s + lengths[i]] for s, i in zip(starts.tolist(), batch.tolist(), strict=True)])
            batch_offsets = torch.tensor(np.concatenate([[0], np.cumsum([lengths[i] for i in batch.tolist()])[:-1]]))
            pooled_batch = torch.nn.functional.embedding_bag(ids, table, batch_offsets, mode="mean")
            loss = (1 - torch.nn.functional.cosine_similarity(pooled_batch, target[batch])).mean()
            if args.pairwise:
                loss = loss + args.pairwise * pair_loss(table, by_event[rng.randrange(len(by_event))])
            touched = torch.unique(ids)
            loss = loss + args.pull * ((table[touched] - anchor[touched]) ** 2).sum(dim=1).mean() / scale**2
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
        current = table.detach().numpy()
        check_vectors = unit(mean_pool(current, check_ids))
        scores = agreement(check_vectors, check_targets, check_groups)
        fidelity = float(np.mean(np.sum(check_vectors * unit(check_targets @ basis), axis=1)))
        print(f"epoch {epoch}: loss {loss.item():.4f}; held-out " + ", ".join(f"{k} {v:.3f}" for k, v in scores.items())
              + f", cosine to the transformer {fidelity:.3f}", flush=True)
        if scores["centred"] > best:
            best, best_table = scores["centred"], current.copy()
    print(f"best held-out centred agreement {best:.3f} (shipped model {before['centred']:.3f})")
    stored = quantize_embeddings(best_table, DType.Int8)
    scores = agreement(unit(mean_pool(stored.astype(np.float32), check_ids)), check_targets, check_groups)
    print("held-out agreement as stored (int8): " + ", ".join(f"{k} {v:.3f}" for k, v in scores.items()))
    if not args.write:
        return
    model.embedding = stored
    target = static_model_path(static_settings)
    model.save_pretrained(str(target))
    write_model_card(target, static_settings)
    with (target / "README.md").open("a", encoding="utf-8") as card:
        card.write(
            "\nThen trained by `evaluation/static_training.py` (corroborate's repository) so that the mean of a "
            "text's token vectors points where the transformer's sentence vector does: "
            f"{sentence_count} sentences of ECB+ dev topics 1-20 (Cybulska & Vossen, LREC 2014, CC BY 3.0) and "
            f"{len(train_texts) - sentence_count} word spans cut from them, {args.epochs} epochs"
            + (f", with a loss on close pair cosines (weight {args.pairwise})" if args.pairwise else "")
            + ". The calibration knots in `calibration.json` come from `evaluation/static_calibration.py`.\n"
        )
    print(f"written {target}; now refit its calibration: .venv/bin/python evaluation/static_calibration.py")


if __name__ == "__main__":
    main()
