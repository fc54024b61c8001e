"""Measure the per-document analysis against hand-made gold: entities, titles, quotes and their
speakers, quantities, time expressions and geocoding. Prints the Markdown tables of
docs/quality.md ("Per-document analysis").

    .venv/bin/python evaluation/analysis_quality.py                  # the shipped pipeline
    .venv/bin/python evaluation/analysis_quality.py --model PATH     # another spaCy pipeline
    .venv/bin/python evaluation/analysis_quality.py --speed 20       # + time per article

Gold: evaluation/gold/analysis.json (how it was made is written inside). Documents are read
through corroborate's own ingest, so spans are looked up in the cleaned text; a gold item whose
text ingest removed (a caption, a byline) is skipped and counted as such.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import tempfile
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from corroborate.analyze import analyze_documents, describe_story  # noqa: E402
from corroborate.analyze.quotes import normalize_wording  # noqa: E402
from corroborate.analyze.resolve import name_key  # noqa: E402
from corroborate.ingest import read_inputs  # noqa: E402
from corroborate.model import Story  # noqa: E402
from corroborate.settings import DEFAULT_SETTINGS  # noqa: E402

SHARED = REPO.parent / "shared" / "corpora"
GOLD = REPO / "evaluation" / "gold" / "analysis.json"
SCORED_TYPES = {"PERSON", "ORG", "PLACE"}


def load_documents(gold: dict):
    """The gold's documents, read through ingest; returns [(gold entry, Document)]."""
    drone, _ = read_inputs([str(SHARED / "drone-factory-2023")])
    by_file = {Path(source).name: d for d in drone for source in d.sources}
    wanted = {g["file"] for g in gold["documents"] if g["corpus"] == "ecbplus-dev"}
    lines = [
        line
        for line in (SHARED / "ecbplus-dev" / "documents.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip() and json.loads(line)["id"] in wanted
    ]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sample.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        ecb, _ = read_inputs([str(path)])
    by_id = {source.rsplit("#", 1)[-1]: d for d in ecb for source in d.sources}
    pairs = []
    for entry in gold["documents"]:
        document = by_file.get(entry["file"]) or by_id.get(entry["file"])
        if document is None:
            raise SystemExit(f"gold document {entry['file']} not found")
        pairs.append((entry, document))
    return pairs


def find_span(text: str, needle: str, occurrence: int = 1) -> tuple[int, int] | None:
    pattern = re.compile(r"(?<!\w)" + re.escape(needle).replace("'", "['’]") + r"(?!\w)")
    matches = list(pattern.finditer(text))
    if len(matches) < occurrence:
        return None
    return matches[occurrence - 1].span()


class Score:
    def __init__(self):
        self.tp = self.fp = self.fn = 0
        self.correct = self.judged = 0
        self.skipped = 0

    def row(self, name: str, value_label: str | None = None) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        value = f"{self.correct}/{self.judged} = {self.correct / self.judged:.2f}" if self.judged else "–"
        return f"| {name} | {self.tp + self.fn} | {p:.2f} | {r:.2f} | {f:.2f} | {value_label or ''} {value} |"


def _speaker_ok(quote, gold_speakers, entities_by_id) -> bool:
    if gold_speakers is None:
        return quote.speaker is None
    if quote.speaker is None:
        return False
    accepted = {name_key(s) for s in gold_speakers}
    names = {name_key(quote.speaker)}
    entity = entities_by_id.get(quote.entity)
    if entity:
        names |= {name_key(n) for n in [entity.name, *entity.aliases]}
    return bool(names & accepted)


def _quote_match(gold_text: str, quote_text: str) -> bool:
    g, q = normalize_wording(gold_text), normalize_wording(quote_text)
    return g in q or (len(q.split()) >= 2 and g.startswith(q))


def evaluate(settings, pairs, gold):
    documents = [d for _, d in pairs]
    analyzed = analyze_documents(documents, settings)
    by_id = {a.id: a for a in analyzed}
    # stories as the product forms them: the drone reports are one story, each ECB+ article its own
    stories = []
    drone = [
        a for (entry, _), a in zip(pairs, analyzed, strict=True) if entry["corpus"] == "drone-factory-2023"
    ]
    stories.append((Story(id="drone", documents=[a.id for a in drone]), drone))
    for (entry, _), a in zip(pairs, analyzed, strict=True):
        if entry["corpus"] != "drone-factory-2023":
            stories.append((Story(id=entry["file"], documents=[a.id]), [a]))
    for story, members in stories:
        describe_story(story, members, settings)
    entities_by_id = {e.id: e for story, _ in stories for e in story.entities}

    scores = {
        k: Score()
        for k in ["names", "typed", "resolved", "titles", "marked", "reported", "quantities", "times"]
    }
    errors: dict[str, list[str]] = {k: [] for k in scores}
    for entry, document in pairs:
        a = by_id[document.id]
        text = a.text
        gold_names = {
            (name_key(n), t) for t, names in entry["entities"].items() for n in names if find_span(text, n)
        }
        scores["names"].skipped += sum(
            1 for names in entry["entities"].values() for n in names if not find_span(text, n)
        )
        predicted = {(name_key(m.text), "PLACE" if m.type == "FACILITY" else m.type) for m in a.mentions}
        predicted = {p for p in predicted if p[1] in SCORED_TYPES}
        resolved = {
            (name_key(m.text), entities_by_id[m.entity].type)
            for m in a.mentions
            if m.entity in entities_by_id and entities_by_id[m.entity].type in SCORED_TYPES
        }
        for score, pred, key in (
            (scores["typed"], predicted, lambda x: x),
            (scores["resolved"], resolved, lambda x: x),
            (scores["names"], predicted, lambda x: x[0]),
        ):
            g = {key(x) for x in gold_names}
            p = {key(x) for x in pred}
            score.tp += len(g & p)
            score.fp += len(p - g)
            score.fn += len(g - p)
            if score is scores["typed"]:
                errors["typed"] += [f"{entry['file']}: missed {x}" for x in sorted(g - p)]
                errors["typed"] += [f"{entry['file']}: spurious {x}" for x in sorted(p - g)]
        for name, title in entry["titles"]:
            scores["titles"].judged += 1
            found = [m.title for m in a.mentions if name_key(m.text) == name_key(name) and m.title]
            if any(normalize_wording(t) == normalize_wording(title) for t in found):
                scores["titles"].correct += 1
                scores["titles"].tp += 1
            else:
                scores["titles"].fn += 1
                errors["titles"].append(f"{entry['file']}: {name}: {title!r} got {found}")
        scores["titles"].fp += sum(
            1
            for m in a.mentions
            if m.title and not any(name_key(m.text) == name_key(n) for n, _ in entry["titles"])
        )
        for family, kinds in (("marked", {"direct", "partial"}), ("reported", {"reported"})):
            gold_quotes = [q for q in entry["quotes"] if q["kind"] in kinds]
            predicted_quotes = [q for q in a.quotes if q.kind in kinds]
            used = set()
            for g in gold_quotes:
                match = next(
                    (
                        i
                        for i, q in enumerate(predicted_quotes)
                        if i not in used and _quote_match(g["text"], q.text)
                    ),
                    None,
                )
                if match is None:
                    scores[family].fn += 1
                    errors[family].append(f"{entry['file']}: missed {g['text']!r}")
                    continue
                used.add(match)
                quote = predicted_quotes[match]
                scores[family].tp += 1
                scores[family].judged += 1
                ok = _speaker_ok(quote, g["speaker"], entities_by_id)
                if family == "marked":
                    ok = ok and quote.kind == g["kind"]
                scores[family].correct += ok
                if not ok:
                    errors[family].append(
                        f"{entry['file']}: {g['text']!r}: {quote.kind}/{quote.speaker!r}, gold {g['kind']}/{g['speaker']}"
                    )
            scores[family].fp += len(predicted_quotes) - len(used)
            errors[family] += [
                f"{entry['file']}: spurious {q.kind} {q.text[:50]!r} ({q.speaker})"
                for i, q in enumerate(predicted_quotes)
                if i not in used
            ]
        for family, items, found in (
            ("quantities", entry["quantities"], a.quantities),
            ("times", entry["times"], a.times),
        ):
            used = set()
            for g in items:
                span = find_span(text, g["text"], g.get("occurrence", 1))
                if span is None:
                    scores[family].skipped += 1
                    continue
                match = next(
                    (
                        i
                        for i, x in enumerate(found)
                        if i not in used and x.start < span[1] and span[0] < x.end
                    ),
                    None,
                )
                if match is None:
                    scores[family].fn += 1
                    errors[family].append(f"{entry['file']}: missed {g['text']!r}")
                    continue
                used.add(match)
                x = found[match]
                scores[family].tp += 1
                scores[family].judged += 1
                if family == "quantities":
                    ok = (
                        x.unit == g["unit"]
                        and x.vague == g["vague"]
                        and _close(x.low, g["low"])
                        and _close(x.high, g["high"])
                    )
                    detail = f"{x.unit} {x.low}-{x.high} vague={x.vague}"
                else:
                    ok = x.date == g["date"] and x.precision == g["precision"]
                    detail = f"{x.date} {x.precision}"
                scores[family].correct += ok
                if not ok:
                    errors[family].append(f"{entry['file']}: {g['text']!r} -> {detail}")
            scores[family].fp += len(found) - len(used)
            errors[family] += [
                f"{entry['file']}: spurious {x.text!r}" for i, x in enumerate(found) if i not in used
            ]

    # geocoding: every gold place that some story has as an entity
    geo = Counter()
    geo_errors = []
    confidences = {"right": [], "wrong": []}
    places = [e for story, _ in stories for e in story.entities if e.type in {"PLACE", "FACILITY"}]
    for g in gold["places"]:
        entity = next(
            (e for e in places if name_key(g["name"]) in {name_key(n) for n in [e.name, *e.aliases]}), None
        )
        if entity is None:
            geo["not extracted"] += 1
            continue
        geo["gold"] += 1
        if entity.lat is None:
            geo_errors.append(f"{g['name']}: no coordinates")
            continue
        geo["covered"] += 1
        distance = _km(entity.lat, entity.lon, g["lat"], g["lon"])
        if distance <= g["km"]:
            geo["right"] += 1
            confidences["right"].append(entity.geo_confidence)
        else:
            confidences["wrong"].append(entity.geo_confidence)
            geo_errors.append(
                f"{g['name']}: {distance:.0f} km off ({entity.lat}, {entity.lon}, {entity.country})"
            )
    return scores, errors, geo, geo_errors, confidences


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 0.01 * max(abs(b), 1e-9)


def _km(lat1, lon1, lat2, lon2) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def speed(settings, pairs, repeat: int) -> str:
    """Per-article analysis time on the drone reports repeated ``repeat`` times (warm pipeline).
    CPU time of this process is given beside wall time: on a shared machine it is the steadier."""
    from corroborate.analyze import analyze_document
    from corroborate.analyze.nlp import load_pipeline

    drone = [d for entry, d in pairs if entry["corpus"] == "drone-factory-2023"]
    analyze_documents(drone, settings)  # warm: pipeline and gazetteer loaded
    batch = [replace(d, id=f"{d.id}-{i}") for i in range(repeat) for d in drone]
    nlp = load_pipeline(settings.analyze)
    wall, cpu = time.perf_counter(), time.process_time()
    docs = list(nlp.pipe((d.text for d in batch), batch_size=settings.analyze.batch_size))
    spacy_wall, spacy_cpu = time.perf_counter() - wall, time.process_time() - cpu
    wall, cpu = time.perf_counter(), time.process_time()
    analyzed = [analyze_document(d, doc) for d, doc in zip(batch, docs, strict=True)]
    rules_wall, rules_cpu = time.perf_counter() - wall, time.process_time() - cpu
    story = Story(id="speed", documents=[a.id for a in analyzed])
    wall, cpu = time.perf_counter(), time.process_time()
    describe_story(story, analyzed, settings)
    story_wall, story_cpu = time.perf_counter() - wall, time.process_time() - cpu
    n = len(batch)
    return (
        f"{n} articles (the drone reports x{repeat}, ~480 words each), pipeline {settings.analyze.spacy_model}, "
        f"one process; per article, wall / CPU ms:\n\n"
        f"| step | wall ms/article | CPU ms/article |\n|---|---:|---:|\n"
        f"| spaCy ({', '.join(nlp.pipe_names)}) | {spacy_wall / n * 1000:.1f} | {spacy_cpu / n * 1000:.1f} |\n"
        f"| our extractors (sentences, mentions, quotes, quantities, times) | {rules_wall / n * 1000:.1f} "
        f"| {rules_cpu / n * 1000:.1f} |\n"
        f"| describe_story over all {n} as one story (resolution, geocoding, quotes, timeline) | "
        f"{story_wall / n * 1000:.1f} | {story_cpu / n * 1000:.1f} |\n"
    )


def coverage(settings) -> str:
    """Share of distinct place names that get coordinates, over every ECB+ dev article (no gold:
    this measures the gazetteer's reach, not its precision)."""
    documents, _ = read_inputs([str(SHARED / "ecbplus-dev" / "documents.jsonl")])
    analyzed = analyze_documents(documents, settings)
    names, covered = Counter(), Counter()
    for a in analyzed:
        story = Story(id=a.id, documents=[a.id])
        describe_story(story, [a], settings)
        for entity in story.entities:
            if entity.type == "PLACE":
                names[entity.name] += 1
                covered[entity.name] += entity.lat is not None
    distinct = len(names)
    hits = sum(1 for n in names if covered[n])
    mentions = sum(names.values())
    missing = sorted((n for n in names if not covered[n]), key=lambda n: -names[n])[:15]
    return (
        f"ECB+ dev, {len(analyzed)} articles: {hits}/{distinct} distinct place names geocoded "
        f"({hits / distinct:.2f}); {sum(covered.values())}/{mentions} place entities ({sum(covered.values()) / mentions:.2f}). "
        f"Most frequent without coordinates: {', '.join(missing)}"
    )


GOLD_SETS = {
    "development set (rules were tuned against it)": GOLD,
    "held-out set (annotated first, never tuned against)": REPO
    / "evaluation"
    / "gold"
    / "analysis-heldout.json",
}


def report(title: str, settings, gold: dict, show_errors: bool) -> list:
    pairs = load_documents(gold)
    scores, errors, geo, geo_errors, confidences = evaluate(settings, pairs, gold)
    components = "+".join(settings.analyze.spacy_components)
    print(f"### {title}: {len(pairs)} documents, pipeline {settings.analyze.spacy_model} ({components})\n")
    print("| extractor | gold items | precision | recall | F1 | correct among found |")
    print("|---|---|---|---|---|---|")
    print(scores["names"].row("entity names (any type)"))
    print(scores["typed"].row("entities, name + type (per document)"))
    print(scores["resolved"].row("entities, type settled across the story"))
    print(scores["titles"].row("titles kept apart (exact phrase)", "title"))
    print(scores["marked"].row("quotes in marks", "kind + speaker"))
    print(scores["reported"].row("reported speech", "speaker"))
    print(scores["quantities"].row("quantities", "unit + range"))
    print(scores["times"].row("time expressions", "date + precision"))
    skipped = scores["names"].skipped + scores["quantities"].skipped + scores["times"].skipped
    right, wrong = confidences["right"], confidences["wrong"]
    extracted = max(geo["gold"], 1)
    print(f"\n({skipped} gold items not in the cleaned text were skipped.)\n")
    print("| geocoding | places |")
    print("|---|---|")
    print(f"| gold places extracted as entities | {geo['gold']} of {geo['gold'] + geo['not extracted']} |")
    print(f"| coverage: given coordinates | {geo['covered']} ({geo['covered'] / extracted:.2f}) |")
    print(
        f"| right (within 50 km for towns, more for regions, seas, countries) | {geo['right']} "
        f"({geo['right'] / extracted:.2f} of extracted; precision {geo['right'] / max(geo['covered'], 1):.2f}) |"
    )
    if right:
        mean_wrong = f"{sum(wrong) / len(wrong):.2f}" if wrong else "–"
        print(f"| mean confidence, right / wrong | {sum(right) / len(right):.2f} / {mean_wrong} |")
    print()
    if show_errors:
        for family, lines in list(errors.items()) + [("geocoding", geo_errors)]:
            if lines:
                print(f"{family}:")
                for line in lines:
                    print("  " + line)
        print()
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--model", help="spaCy pipeline (package name or path) instead of the default")
    parser.add_argument(
        "--components", help="spaCy components to run, comma-separated (default: the setting)"
    )
    parser.add_argument("--speed", type=int, default=0, help="also time analysis on the drone reports x N")
    parser.add_argument("--errors", action="store_true", help="list every miss and spurious find")
    parser.add_argument(
        "--coverage", action="store_true", help="also measure geocoding coverage on all ECB+ dev"
    )
    args = parser.parse_args()
    settings = DEFAULT_SETTINGS
    if args.model:
        settings = settings.with_changes(analyze=replace(settings.analyze, spacy_model=args.model))
    if args.components:
        components = tuple(args.components.split(","))
        settings = settings.with_changes(analyze=replace(settings.analyze, spacy_components=components))
    pairs = []
    for title, path in GOLD_SETS.items():
        pairs = report(title, settings, json.loads(path.read_text(encoding="utf-8")), args.errors) or pairs
        if title.startswith("development"):
            development = pairs
    if args.speed:
        print(speed(settings, development, args.speed))
    if args.coverage:
        print(coverage(settings))


if __name__ == "__main__":
    main()
