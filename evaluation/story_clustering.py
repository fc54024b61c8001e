"""Story clustering quality on ECB+ (ecbplus-dev): B-cubed and pairwise precision/recall/F1.

One setting (``GroupSettings()``) for every topic; documents are fed to the incremental StoryIndex
in several shuffled orders and the spread is reported. Features (entities from the analysis stage,
embeddings from the shared embedder) are computed once and cached, so reruns and tuning are fast.

    .venv/bin/python evaluation/story_clustering.py                # all topics, 5 orders
    .venv/bin/python evaluation/story_clustering.py --tune         # grid on topics 1-20 only
    .venv/bin/python evaluation/story_clustering.py --ingest --samples 25 --against fragment_dated_reports=1000
    .venv/bin/corroborate analyze ../shared/corpora/ecbplus-dev/documents.jsonl --json out-ecb.json
    .venv/bin/python evaluation/story_clustering.py --briefing out-ecb.json   # the whole pipeline
"""

from __future__ import annotations

import argparse
import itertools
import json
import pickle
import random
import statistics
import sys
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from corroborate.group.features import DocumentFeatures, document_features, embedding_text  # noqa: E402
from corroborate.group.index import StoryIndex  # noqa: E402
from corroborate.model import AnalyzedDocument, Document, Mention, Sentence  # noqa: E402
from corroborate.settings import DEFAULT_SETTINGS, GroupSettings, Settings  # noqa: E402

ECB = REPO.parent / "shared" / "corpora" / "ecbplus-dev"
DEFAULT_CACHE = Path("/tmp/corroborate-ecb-analysis.pkl")
TUNE_TOPICS = set(range(1, 21))
CHECK_TOPICS = set(range(21, 36))


def read_ecb(corpus: Path = ECB) -> tuple[list[Document], dict[str, str]]:
    documents = []
    for line in (corpus / "documents.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        documents.append(Document(id=record["id"], text=record["text"], sources=[record["id"]], url=record.get("url")))
    gold = {}
    for line in (corpus / "events.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        document, event = line.split("\t")
        gold[document] = event
    return documents, gold


def topic_of(document_id: str) -> int:
    return int(document_id.split("_", 1)[0])


def compute_features(documents: list[Document], settings: Settings, cache: Path | None) -> list[DocumentFeatures]:
    """Entities through the analysis stage and embeddings through the shared embedder. What is slow
    (analysis, embeddings) is cached; the features themselves are rebuilt on every run, so a change
    to the grouping code is always measured."""
    key = f"{settings.analyze.spacy_model}|{settings.embedding.backend}|{settings.embedding.model}"
    stored = pickle.loads(cache.read_bytes()) if cache and cache.exists() else None
    if stored is None or stored.get("key") != key:
        from corroborate.analyze import analyze_documents
        from corroborate.embeddings import get_embedder

        analyzed = analyze_documents(documents, settings)
        vectors = get_embedder(settings.embedding).encode([embedding_text(a) for a in analyzed])
        stored = {
            "key": key,
            "mentions": {a.id: [(m.text, m.type, m.start, m.end, m.sentence) for m in a.mentions] for a in analyzed},
            "sentences": {a.id: [(s.start, s.end) for s in a.sentences] for a in analyzed},
            "vectors": {a.id: v for a, v in zip(analyzed, vectors, strict=True)},
        }
        if cache:
            cache.write_bytes(pickle.dumps(stored))
    features = []
    for document in documents:
        analyzed = AnalyzedDocument(
            document,
            sentences=[Sentence(i, s, e, document.text[s:e]) for i, (s, e) in enumerate(stored["sentences"][document.id])],
            mentions=[Mention(*m) for m in stored["mentions"][document.id]],
        )
        features.append(document_features(analyzed, stored["vectors"][document.id]))
    return features


def compute_ingested_features(corpus: Path, settings: Settings, cache: Path | None) -> list[DocumentFeatures]:
    """Features of the documents as the product reads them: through ingest (which cleans the texts
    and takes publication dates from their date lines) and the whole analysis stage, so the score
    sees what it sees in ``corroborate analyze``. Ids are mapped back to the corpus's."""
    from corroborate.analyze import analyze_documents
    from corroborate.embeddings import get_embedder
    from corroborate.ingest import read_inputs

    key = f"ingest|{settings.analyze.spacy_model}|{settings.embedding.backend}|{settings.embedding.model}"
    stored = pickle.loads(cache.read_bytes()) if cache and cache.exists() else None
    if stored is None or stored.get("key") != key:
        documents, _ = read_inputs([str(corpus / "documents.jsonl")], settings=settings.ingest)
        analyzed = analyze_documents(documents, settings)
        vectors = get_embedder(settings.embedding).encode([embedding_text(a) for a in analyzed])
        stored = {"key": key, "analyzed": analyzed, "vectors": list(vectors)}
        if cache:
            cache.write_bytes(pickle.dumps(stored))
    return [
        replace(document_features(analyzed, vector), id=analyzed.document.sources[0].rsplit("#", 1)[-1])
        for analyzed, vector in zip(stored["analyzed"], stored["vectors"], strict=True)
    ]


def cluster(features: list[DocumentFeatures], settings: GroupSettings) -> dict[str, int]:
    index = StoryIndex(len(features[0].vector), settings)
    for item in features:
        index.add(item)
    index.split_merged(features)
    index.reassign(features)
    index.join_fragments(features)
    return {document: index.story_of(position) for position, document in enumerate(index.documents)}


def bcubed(predicted: dict[str, int], gold: dict[str, str]) -> tuple[float, float, float]:
    by_predicted: dict[int, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for document, story in predicted.items():
        by_predicted[story].add(document)
        by_gold[gold[document]].add(document)
    precision = recall = 0.0
    for document, story in predicted.items():
        mine, truth = by_predicted[story], by_gold[gold[document]]
        both = len(mine & truth)
        precision += both / len(mine)
        recall += both / len(truth)
    precision /= len(predicted)
    recall /= len(predicted)
    return precision, recall, _f1(precision, recall)


def pairwise(predicted: dict[str, int], gold: dict[str, str]) -> tuple[float, float, float]:
    documents = sorted(predicted)
    same_predicted = same_gold = both = 0
    for a, b in itertools.combinations(documents, 2):
        p = predicted[a] == predicted[b]
        g = gold[a] == gold[b]
        same_predicted += p
        same_gold += g
        both += p and g
    precision = both / same_predicted if same_predicted else 1.0
    recall = both / same_gold if same_gold else 1.0
    return precision, recall, _f1(precision, recall)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(features, gold, settings: GroupSettings, orders: int, seed: int = 0) -> dict[str, list[float]]:
    runs: dict[str, list[float]] = defaultdict(list)
    for run in range(orders):
        shuffled = list(features)
        if run:  # run 0 is the corpus order
            random.Random(seed + run).shuffle(shuffled)
        predicted = cluster(shuffled, settings)
        for name, metric in (("b3", bcubed), ("pair", pairwise)):
            p, r, f = metric(predicted, gold)
            runs[f"{name}_p"].append(p)
            runs[f"{name}_r"].append(r)
            runs[f"{name}_f1"].append(f)
        runs["stories"].append(len(set(predicted.values())))
    return runs


def summary(runs: dict[str, list[float]]) -> str:
    parts = []
    for key in ("b3_p", "b3_r", "b3_f1", "pair_p", "pair_r", "pair_f1", "stories"):
        values = runs[key]
        parts.append(f"{key}={statistics.mean(values):.3f} [{min(values):.3f}..{max(values):.3f}]")
    return "  ".join(parts)


def tune(features, gold, base: GroupSettings, orders: int) -> GroupSettings:
    """Grid search on the tuning topics only, by mean B-cubed F1 minus its spread."""
    tuning = [f for f in features if topic_of(f.id) in TUNE_TOPICS]
    grid = {  # around the logistic-regression weights and the split (docs/quality.md)
        "entity_weight": [1.5, 1.9, 2.3],
        "term_weight": [1.0, 1.45, 1.9],
        "join_threshold": [0.9, 1.0, 1.1, 1.2],
        "split_threshold": [1.75, 1.85, 1.95],
    }
    best = None
    for values in itertools.product(*grid.values()):
        candidate = replace(base, **dict(zip(grid, values, strict=True)))
        runs = evaluate(tuning, gold, candidate, orders)
        objective = statistics.mean(runs["b3_f1"]) - 0.5 * (max(runs["b3_f1"]) - min(runs["b3_f1"]))
        if best is None or objective > best[0]:
            best = (objective, candidate, runs)
            print(f"{objective:.4f} {dict(zip(grid, values, strict=True))} {summary(runs)}", flush=True)
    return best[1]


def sample_draws(features, gold, settings: GroupSettings, draws: int, against: dict[str, float],
                 keep_at_least: float = 0.6, seed: int = 0) -> str:
    """Smaller sets than the corpus: each draw takes ten topics, keeps a random share (from
    ``keep_at_least`` to all) of their documents and feeds them in a random order. A rule that holds
    only when every report of a topic is there (a year two reports state, a weekday most ledes name)
    shows it here, which the whole corpus hides; with ``against`` each draw is also clustered with
    those settings changed and the two compared draw by draw."""
    other = replace(settings, **against) if against else None
    lines = []
    for label, topics in (("topics 1-20 (tuning)", TUNE_TOPICS), ("topics 21-35 (held out)", CHECK_TOPICS)):
        rng = random.Random(seed)
        pool = sorted(topics)
        ours, theirs = [], []
        for _ in range(draws):
            chosen = set(rng.sample(pool, min(10, len(pool))))
            keep = rng.uniform(keep_at_least, 1.0)
            subset = [f for f in features if topic_of(f.id) in chosen and rng.random() < keep]
            rng.shuffle(subset)
            ours.append(bcubed(cluster(subset, settings), gold)[2])
            if other:
                theirs.append(bcubed(cluster(subset, other), gold)[2])
        kept = "every report" if keep_at_least >= 1 else f"{keep_at_least:.0%}-100% of reports"
        line = (f"{label:26s} {draws} draws of 10 topics, {kept}: b3_f1 mean {statistics.mean(ours):.3f} "
                f"[{min(ours):.3f}..{max(ours):.3f}]")
        if other:
            changes = [b - a for a, b in zip(ours, theirs, strict=True)]
            line += (f"  with {', '.join(f'{k}={v}' for k, v in against.items())}: {statistics.mean(theirs):.3f} "
                     f"(better in {sum(c > 1e-9 for c in changes)}, worse in {sum(c < -1e-9 for c in changes)})")
        lines.append(line)
    return "\n".join(lines)


def _setting(text: str) -> tuple[str, int | float]:
    """A ``NAME=VALUE`` pair for a numeric group setting, typed as the setting is."""
    name, _, value = text.partition("=")
    kind = type(getattr(GroupSettings(), name, None))
    if kind not in (int, float) or not value:
        raise argparse.ArgumentTypeError(f"{text!r}: want NAME=VALUE with NAME a numeric GroupSettings field")
    try:
        return name, kind(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r}: {error}") from error


def tfidf_baseline(documents: list[Document], gold: dict[str, str]) -> str:
    """The reference: TF-IDF vectors, average-linkage clustering, the cut tuned on topics 1-20."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from sklearn.feature_extraction.text import TfidfVectorizer

    def run(subset: list[Document], cut: float) -> dict[str, int]:
        matrix = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform([d.text for d in subset])
        tree = linkage(matrix.toarray(), method="average", metric="cosine")
        return {d.id: int(label) for d, label in zip(subset, fcluster(tree, cut, "distance"), strict=True)}

    tuning = [d for d in documents if topic_of(d.id) in TUNE_TOPICS]
    cut = max((c / 100 for c in range(50, 100, 2)), key=lambda c: bcubed(run(tuning, c), gold)[2])
    lines = [f"TF-IDF average-linkage baseline, cosine-distance cut {cut:.2f} tuned on topics 1-20:"]
    for label, topics in (("topics 1-20 (tuning)", TUNE_TOPICS), ("topics 21-35 (held out)", CHECK_TOPICS),
                          ("all topics", TUNE_TOPICS | CHECK_TOPICS)):
        predicted = run([d for d in documents if topic_of(d.id) in topics], cut)
        b3, pair = bcubed(predicted, gold), pairwise(predicted, gold)
        lines.append(f"{label:26s} b3_p={b3[0]:.3f} b3_r={b3[1]:.3f} b3_f1={b3[2]:.3f}  pair_f1={pair[2]:.3f}  "
                     f"stories={len(set(predicted.values()))}")
    return "\n".join(lines)


def score_briefing(path: Path, gold: dict[str, str]) -> str:
    """Score the stories of a briefing written by ``corroborate analyze documents.jsonl --json``:
    JSONL sources are ``<path>#<id>``, which maps each document back to its gold event."""
    briefing = json.loads(path.read_text(encoding="utf-8"))
    corpus_id = {d["id"]: d["source"].rsplit("#", 1)[-1] for d in briefing["documents"]}
    predicted = {corpus_id[d]: n for n, story in enumerate(briefing["stories"]) for d in story["documents"]}
    scored = {d: story for d, story in predicted.items() if d in gold}
    b3, pair = bcubed(scored, gold), pairwise(scored, gold)
    return (f"briefing {path}: {len(scored)} documents in {len(set(scored.values()))} stories  "
            f"b3_p={b3[0]:.3f} b3_r={b3[1]:.3f} b3_f1={b3[2]:.3f}  pair_p={pair[0]:.3f} pair_r={pair[1]:.3f} "
            f"pair_f1={pair[2]:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ECB)
    parser.add_argument("--orders", type=int, default=5, help="shuffled input orders (first: corpus order)")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--tune", action="store_true", help="grid search on topics 1-20, then report")
    parser.add_argument("--briefing", type=Path, help="score the stories of a briefing JSON instead")
    parser.add_argument("--baseline", action="store_true", help="also run the TF-IDF average-linkage baseline")
    parser.add_argument("--samples", type=int, metavar="N",
                        help="instead: N draws of ten topics each, part of their documents, shuffled")
    parser.add_argument("--against", type=_setting, action="append", default=[], metavar="NAME=VALUE",
                        help="with --samples: also cluster each draw with this group setting changed")
    parser.add_argument("--keep", type=float, default=0.6, metavar="SHARE",
                        help="with --samples: each draw keeps from this share of the documents to all (1: all)")
    parser.add_argument("--set", type=_setting, action="append", default=[], metavar="NAME=VALUE", dest="changes",
                        help="change a group setting for every run (to measure a rule as it was)")
    parser.add_argument("--ingest", action="store_true",
                        help="read the documents through ingest and the whole analysis, as the product does "
                             "(default cache /tmp/corroborate-ecb-ingested.pkl)")
    args = parser.parse_args(argv)
    if args.samples is not None and args.samples < 1:
        parser.error("--samples: want at least one draw")
    if not 0 < args.keep <= 1:
        parser.error(f"--keep {args.keep}: want a share above 0 and at most 1")
    if args.against and not args.samples:
        parser.error("--against compares draws: give --samples too")
    if args.briefing and not args.briefing.is_file():
        parser.error(f"--briefing {args.briefing}: no such file")

    documents, gold = read_ecb(args.corpus)
    if args.briefing:
        print(score_briefing(args.briefing, gold))
        return 0
    if args.ingest:
        cache = args.cache if args.cache != DEFAULT_CACHE else Path("/tmp/corroborate-ecb-ingested.pkl")
        features = compute_ingested_features(args.corpus, DEFAULT_SETTINGS, cache)
    else:
        features = compute_features(documents, DEFAULT_SETTINGS, args.cache)
    settings = replace(DEFAULT_SETTINGS.group, **dict(args.changes))
    if args.tune:
        settings = tune(features, gold, settings, orders=3)
        print("tuned:", settings)
    if args.samples:
        print(sample_draws(features, gold, settings, args.samples, dict(args.against), args.keep))
        return 0
    print(f"{len(features)} documents, {len(set(gold.values()))} gold events, {args.orders} input orders")
    for label, topics in (("topics 1-20 (tuning)", TUNE_TOPICS), ("topics 21-35 (held out)", CHECK_TOPICS),
                          ("all topics", TUNE_TOPICS | CHECK_TOPICS)):
        subset = [f for f in features if topic_of(f.id) in topics]
        print(f"{label:26s} {summary(evaluate(subset, gold, settings, args.orders))}")
    if args.baseline:
        print(tfidf_baseline(documents, gold))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
