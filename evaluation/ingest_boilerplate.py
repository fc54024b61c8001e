"""Measure plain-text cleaning against hand-made gold: lines removed rightly and wrongly, article
sentences kept. Prints the Markdown tables of docs/quality.md ("Ingest").

    .venv/bin/python evaluation/ingest_boilerplate.py

Gold: evaluation/gold/ingest-*.json (how each was made is written inside). A third table checks,
on the 772 ECB+ articles (no gold), that every raw line ends up either in the cleaned text or in
``boilerplate_removed``: nothing is dropped silently.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from corroborate.ingest import read_inputs  # noqa: E402

SHARED = REPO.parent / "shared" / "corpora"
CORPORA = {
    "drone-factory-2023": (SHARED / "drone-factory-2023", REPO / "evaluation" / "gold" / "ingest-drone-factory-2023.json"),
    "harbour-blackout (ours)": (REPO / "examples" / "harbour-blackout", REPO / "evaluation" / "gold" / "ingest-harbour-blackout.json"),
}
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][”\"’]))\s+(?=[“\"‘]?[A-Z])")


def normalise(line: str, gold: dict) -> str:
    line = re.sub(r"\s+", " ", line.replace("\u00a0", " ")).strip()
    for before, after in gold.get("fixes", []):
        line = line.replace(before, after)
    return gold.get("markdown", {}).get(line, line)


def sentences(line: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(line) if s]


def measure(folder: Path, gold: dict) -> list[dict]:
    documents, _ = read_inputs([str(folder)])
    by_name = {Path(source).name: d for d in documents for source in d.sources}
    rows = []
    for name, expected in sorted(gold["files"].items()):
        document = by_name[name]
        paragraphs = Counter(document.text.split("\n\n"))
        removed = Counter(document.boilerplate_removed)
        row = Counter()
        for number, raw in enumerate((folder / name).read_text(encoding="utf-8").split("\n"), start=1):
            line = normalise(raw, expected)
            if not line:
                continue
            if str(number) in expected["removed"]:
                row["gold_removed"] += 1
                if removed[line] > 0:
                    removed[line] -= 1
                    row["removed_right"] += 1
                else:
                    row["missed"] += 1
                continue
            row["article_lines"] += 1
            row["article_sentences"] += len(sentences(line))
            row["article_sentences_kept"] += sum(1 for s in sentences(line) if s in document.text)
            if paragraphs[line] > 0:  # each article line is one paragraph of the cleaned text
                paragraphs[line] -= 1
                row["article_lines_kept"] += 1
            elif removed[line] > 0:
                removed[line] -= 1
                row["removed_wrong"] += 1
        rows.append({"file": name, **row})
    return rows


def accounting(path: Path) -> Counter:
    """Every raw line of every record: in the cleaned text, in boilerplate_removed, or lost."""
    documents, skipped = read_inputs([str(path)])
    by_source = {s: d for d in documents for s in d.sources}
    counts = Counter(documents=len(documents), skipped=len(skipped))
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        document = by_source[f"{path}#{record['id']}"]
        removed = set(document.boilerplate_removed)
        squeezed = re.sub(r"\s+", "", document.text)  # the cleaner may add a missing space, never a word
        for raw in record["text"].split("\n"):
            text = re.sub(r"\s+", " ", raw.replace("\u00a0", " ")).strip()
            if not text:
                continue
            counts["lines"] += 1
            if text in removed:
                counts["removed"] += 1
            elif re.sub(r"\s+", "", text) in squeezed:
                counts["kept"] += 1
            else:
                counts["lost"] += 1
                print(f"LOST {document.source}: {text[:80]}", file=sys.stderr)
        counts["dated_by_stamp"] += document.published is not None
    return counts


def main() -> None:
    print("| corpus | file | gold removed | removed right | removed wrongly | missed | article lines kept | article sentences kept |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    totals = Counter()
    for corpus, (folder, gold_path) in CORPORA.items():
        if not folder.is_dir():
            print(f"| {corpus} | (not found at {folder}) | | | | | | |")
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for row in measure(folder, gold):
            totals.update({k: v for k, v in row.items() if k != "file"})
            print(
                f"| {corpus} | {row['file']} | {row.get('gold_removed', 0)} | {row.get('removed_right', 0)} | "
                f"{row.get('removed_wrong', 0)} | {row.get('missed', 0)} | "
                f"{row.get('article_lines_kept', 0)}/{row.get('article_lines', 0)} | "
                f"{row.get('article_sentences_kept', 0)}/{row.get('article_sentences', 0)} |"
            )
    precision = totals["removed_right"] / max(1, totals["removed_right"] + totals["removed_wrong"])
    recall = totals["removed_right"] / max(1, totals["gold_removed"])
    print(
        f"| **all** | | {totals['gold_removed']} | {totals['removed_right']} | {totals['removed_wrong']} | "
        f"{totals['missed']} | {totals['article_lines_kept']}/{totals['article_lines']} | "
        f"{totals['article_sentences_kept']}/{totals['article_sentences']} |"
    )
    print(f"\nremoval precision {precision:.3f}, recall {recall:.3f}")

    ecb = SHARED / "ecbplus-dev" / "documents.jsonl"
    if ecb.is_file():
        counts = accounting(ecb)
        print("\n| ECB+ dev (no gold) | documents | raw lines | kept in text | in boilerplate_removed | lost | dated by a time-stamp line |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        print(
            f"| documents.jsonl | {counts['documents']} | {counts['lines']} | {counts['kept']} | {counts['removed']} | "
            f"{counts['lost']} | {counts['dated_by_stamp']} |"
        )


if __name__ == "__main__":
    main()
