"""Corroboration quality: claim alignment and discrepancies, on the example corpus (against its
known answers) and on the real drone corpus (every finding judged by hand).

    .venv/bin/python evaluation/corroboration_quality.py          # the tables in docs/quality.md
    .venv/bin/python evaluation/corroboration_quality.py --list   # every cross-report claim and
                                                                  # discrepancy, with its verdict
    .venv/bin/python evaluation/corroboration_quality.py --tune   # over alignment thresholds
    .venv/bin/python evaluation/corroboration_quality.py --backend static   # the static embedder
    .venv/bin/python evaluation/corroboration_quality.py --backend static --no-calibration
                                                    # its raw cosines against the thresholds
    .venv/bin/python evaluation/corroboration_quality.py --backend onnx [--onnx-precision float32]
                                                    # the transformer on ONNX Runtime (int8 default)

Runs the whole pipeline (ingest, analysis, grouping, corroboration) as a user would. Known answers
for examples/harbour-blackout are in evaluation/gold/corroboration-harbour-blackout.json
(transcribed from examples/harbour-blackout.answers.md); hand verdicts for drone-factory-2023 in
evaluation/gold/corroboration-drone-judgements.json. A finding with no verdict is listed as
"unjudged", so a change that finds something new shows up instead of passing silently.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from corroborate.analyze import analyze_documents, describe_story  # noqa: E402
from corroborate.corroboration import corroborate_story  # noqa: E402
from corroborate.group import group_stories  # noqa: E402
from corroborate.ingest import read_inputs  # noqa: E402
from corroborate.model import Briefing  # noqa: E402
from corroborate.settings import DEFAULT_SETTINGS, Settings  # noqa: E402

EXAMPLE = REPO / "examples" / "harbour-blackout"
DRONE = REPO.parent / "shared" / "corpora" / "drone-factory-2023"
GOLD = REPO / "evaluation" / "gold" / "corroboration-harbour-blackout.json"
JUDGEMENTS = REPO / "evaluation" / "gold" / "corroboration-drone-judgements.json"


def prepare(corpus: Path, settings: Settings = DEFAULT_SETTINGS) -> Briefing:
    """Every stage before corroboration, once: tuning reruns only corroboration."""
    documents, _ = read_inputs([str(corpus)], published=None, settings=settings.ingest)
    analyzed = analyze_documents(documents, settings)
    stories = group_stories(analyzed, settings)
    by_id = {a.id: a for a in analyzed}
    for story in stories:
        describe_story(story, [by_id[d] for d in story.documents], settings)
    return Briefing(documents=analyzed, stories=stories)


def corroborate_all(briefing: Briefing, settings: Settings = DEFAULT_SETTINGS) -> Briefing:
    by_id = {a.id: a for a in briefing.documents}
    for story in briefing.stories:
        corroborate_story(story, [by_id[d] for d in story.documents], settings)
    return briefing


def labels(briefing: Briefing) -> dict[str, str]:
    """Document id -> the file's prefix ("01", "003"), as the gold files name documents."""
    out = {}
    for analyzed in briefing.documents:
        name = Path(analyzed.document.source).name
        out[analyzed.id] = name.replace("_", "-").split("-")[0]
    return out


def claim_key(claim, label) -> list[str]:
    return sorted(f"{label[s.document]}: {s.sentence.strip()[:60]}" for s in claim.support)


def discrepancy_key(discrepancy, label) -> str:
    sides = sorted("/".join(sorted(label[d] for d in v.documents)) + f" {v.value[:50]}" for v in discrepancy.variants)
    return f"{discrepancy.kind}: " + " | ".join(sides)


# ------------------------------------------------------------------------------------------------
# the example corpus against its known answers


def _sentence_id(gold: dict, doc_label: str, sentence: str) -> str | None:
    for group in gold["claims"]:
        for label_, phrase in group["sentences"]:
            if label_ == doc_label and phrase in sentence:
                return f"{doc_label}|{phrase}"
    for pair in gold["acceptable"]:
        for label_, phrase in pair:
            if label_ == doc_label and phrase in sentence:
                return f"{doc_label}|{phrase}"
    return f"{doc_label}|{sentence.strip()[:60]}"


def alignment_scores(briefing: Briefing, gold: dict) -> dict:
    label = labels(briefing)
    group_of = {}
    gold_pairs = set()
    for group in gold["claims"]:
        ids = [f"{d}|{p}" for d, p in group["sentences"]]
        for sentence_id in ids:
            group_of[sentence_id] = group["id"]
        for a, b in itertools.combinations(ids, 2):
            if a.split("|")[0] != b.split("|")[0]:
                gold_pairs.add(frozenset((a, b)))
    acceptable = {frozenset(f"{d}|{p}" for d, p in pair) for pair in gold["acceptable"]}
    for first, second in gold.get("acceptable_groups", []):
        for a in (i for i, g in group_of.items() if g == first):
            for b in (i for i, g in group_of.items() if g == second):
                if a.split("|")[0] != b.split("|")[0]:
                    acceptable.add(frozenset((a, b)))
    found = set()
    for story in briefing.stories:
        for claim in story.claims:
            ids = {_sentence_id(gold, label[s.document], s.sentence) for s in claim.support}
            for a, b in itertools.combinations(sorted(ids), 2):
                if a.split("|")[0] != b.split("|")[0]:
                    found.add(frozenset((a, b)))
    right = found & gold_pairs
    judged = found - (acceptable - gold_pairs)
    return {
        "found": len(judged), "right": len(right), "gold": len(gold_pairs),
        "precision": len(right) / len(judged) if judged else 1.0,
        "recall": len(right) / len(gold_pairs) if gold_pairs else 1.0,
        "wrong": sorted(" ~ ".join(sorted(p)) for p in judged - gold_pairs),
        "missed": sorted(" ~ ".join(sorted(p)) for p in gold_pairs - found),
    }


def _side_matches(variant, side, label) -> bool:
    return any(
        any(label[d] == doc_label for d in variant.documents) and any(phrase in e for e in variant.evidence)
        for doc_label, phrase in side
    )


def discrepancy_scores(briefing: Briefing, gold: dict) -> dict:
    label = labels(briefing)
    found = [d for story in briefing.stories for d in story.discrepancies]
    matched: dict[str, object] = {}
    right = set()
    for k, discrepancy in enumerate(found):
        for answer in gold["discrepancies"]:
            if answer["kind"] != discrepancy.kind:
                continue
            side_a, side_b = answer["sides"]
            if any(
                _side_matches(v, side_a, label) and _side_matches(w, side_b, label)
                for v, w in itertools.permutations(discrepancy.variants, 2)
            ):
                matched.setdefault(answer["id"], discrepancy)
                right.add(k)
    updates = [a["id"] for a in gold["discrepancies"] if a.get("update")]
    return {
        "found": len(found), "right": len(right), "gold": len(gold["discrepancies"]),
        "precision": len(right) / len(found) if found else 1.0,
        "recall": len(matched) / len(gold["discrepancies"]),
        "matched": {k: discrepancy_key(v, label) for k, v in sorted(matched.items(), key=lambda kv: int(kv[0][1:]))},
        "missed": [a["id"] + " " + a["kind"] for a in gold["discrepancies"] if a["id"] not in matched],
        "wrong": [discrepancy_key(found[k], label) for k in range(len(found)) if k not in right],
        "update_right": sum(1 for a in updates if a in matched and matched[a].update),
        "update_false": sum(1 for a, d in matched.items() if d.update and a not in updates),
        "updates": len(updates),
    }


# ------------------------------------------------------------------------------------------------
# the drone corpus, judged by hand


def judged(briefing: Briefing, judgements: dict) -> dict:
    label = labels(briefing)
    verdicts = {"claim": {}, "discrepancy": {}}
    for entry in judgements["claims"]:
        verdicts["claim"][" || ".join(entry["key"])] = entry
    for entry in judgements["discrepancies"]:
        verdicts["discrepancy"][entry["key"]] = entry
    rows = {"claim": [], "discrepancy": []}
    for story in briefing.stories:
        for claim in story.claims:
            if len({s.document for s in claim.support}) < 2:
                continue
            key = " || ".join(claim_key(claim, label))
            entry = verdicts["claim"].get(key, {"verdict": "unjudged", "why": ""})
            rows["claim"].append((claim, key, entry))
        for discrepancy in story.discrepancies:
            key = discrepancy_key(discrepancy, label)
            entry = verdicts["discrepancy"].get(key, {"verdict": "unjudged", "why": ""})
            rows["discrepancy"].append((discrepancy, key, entry))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--list", action="store_true", help="list every finding with its verdict")
    parser.add_argument("--tune", action="store_true", help="scores over a grid of alignment thresholds")
    parser.add_argument("--backend", default=DEFAULT_SETTINGS.embedding.backend, help="embedding backend to measure")
    parser.add_argument("--no-calibration", action="store_true",
                        help="static backend: compare its raw cosines with the thresholds (no mapping onto the transformer's scale)")
    parser.add_argument("--onnx-precision", choices=["int8", "float32"], default=DEFAULT_SETTINGS.embedding.onnx_precision,
                        help="onnx backend: int8 weights (default) or float32")
    args = parser.parse_args()
    settings = replace(DEFAULT_SETTINGS, embedding=replace(
        DEFAULT_SETTINGS.embedding, backend=args.backend, static_calibration=not args.no_calibration,
        onnx_precision=args.onnx_precision))

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    judgements = json.loads(JUDGEMENTS.read_text(encoding="utf-8")) if JUDGEMENTS.exists() else {"claims": [], "discrepancies": []}
    example, drone = prepare(EXAMPLE, settings), prepare(DRONE, settings)
    if args.tune:
        tune(example, drone, gold, judgements, settings)
        return
    started = time.perf_counter()
    corroborate_all(example, settings)
    corroborate_all(drone, settings)
    elapsed = time.perf_counter() - started

    alignment = alignment_scores(example, gold)
    found = discrepancy_scores(example, gold)
    print("## examples/harbour-blackout against its known answers\n")
    print("| measure | found | right | known | precision | recall |")
    print("|---|---|---|---|---|---|")
    print(f"| cross-report claim alignment (sentence pairs) | {alignment['found']} | {alignment['right']} | "
          f"{alignment['gold']} | {alignment['precision']:.2f} | {alignment['recall']:.2f} |")
    print(f"| discrepancies | {found['found']} | {found['right']} | {found['gold']} | "
          f"{found['precision']:.2f} | {found['recall']:.2f} |")
    print(f"\npossible updates marked: {found['update_right']} of {found['updates']} known, {found['update_false']} wrongly")
    print("\nmatched: " + "; ".join(f"{k} = {v}" for k, v in found["matched"].items()))
    print("missed discrepancies: " + (", ".join(found["missed"]) or "none"))
    print("wrong discrepancies: " + ("; ".join(found["wrong"]) or "none"))
    print("wrong alignments: " + ("; ".join(alignment["wrong"]) or "none"))
    print("missed alignments: " + ("; ".join(alignment["missed"]) or "none"))

    rows = judged(drone, judgements)
    print("\n## drone-factory-2023, every cross-report claim and every discrepancy judged by hand\n")
    print("| finding | found | right | wrong | unjudged |")
    print("|---|---|---|---|---|")
    for kind in ("claim", "discrepancy"):
        verdicts = [entry["verdict"] for _, _, entry in rows[kind]]
        print(f"| {kind} | {len(verdicts)} | {verdicts.count('right')} | {verdicts.count('wrong')} | {verdicts.count('unjudged')} |")
    if args.list:
        for kind in ("claim", "discrepancy"):
            print(f"\n### {kind}s\n")
            for item, key, entry in rows[kind]:
                status = f"{item.status}, {item.independent_sources} origins" if kind == "claim" else item.summary
                print(f"- **{entry['verdict']}** {key}\n  ({status}) {entry.get('why', '')}")
    print(f"\n(corroboration of both corpora: {elapsed:.1f} s, models loaded)")


def tune(example: Briefing, drone: Briefing, gold: dict, judgements: dict, base: Settings) -> None:
    """Alignment threshold against example precision/recall and the drone verdicts."""
    print("| align | link | example align P | R | discrepancies P | R | drone claims right | wrong | unjudged |")
    print("|---|---|---|---|---|---|---|---|---|")
    for align, link in [(0.48, 0.44), (0.5, 0.45), (0.52, 0.47), (0.53, 0.48), (0.55, 0.5), (0.58, 0.52)]:
        settings = replace(base, corroboration=replace(base.corroboration, align_threshold=align, cluster_link_threshold=link))
        corroborate_all(example, settings)
        corroborate_all(drone, settings)
        a, d = alignment_scores(example, gold), discrepancy_scores(example, gold)
        verdicts = [entry["verdict"] for _, _, entry in judged(drone, judgements)["claim"]]
        print(f"| {align} | {link} | {a['precision']:.2f} | {a['recall']:.2f} | {d['precision']:.2f} | {d['recall']:.2f} | "
              f"{verdicts.count('right')} | {verdicts.count('wrong')} | {verdicts.count('unjudged')} |")


if __name__ == "__main__":
    main()
