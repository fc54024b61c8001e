"""End-to-end throughput of the whole pipeline over real articles, against a straightforward baseline.

    .venv/bin/python bench/throughput.py [--articles 400] [--embedding-backend static|sentence-transformers|onnx]
                                         [--baseline-articles 100] [--skip-baseline] [--profile FILE]

Articles: ../shared/corpora/ecbplus-dev/documents.jsonl (772) and drone-factory-2023 (5), repeated
(under new ids, so caches help the repeats) when more are asked for. The selected ECB+ articles are
written to a temporary JSONL file, so that ingest reads exactly what is measured.

Measured run: ingest (corroborate.ingest.read_inputs) -> corroborate.api.analyze_corpus (analyze;
group, which is story assignment; per story, which is origins, description and corroboration;
timed through its stage hook) -> report (the JSON briefing rendered in memory, what `corroborate analyze` writes by default; the HTML page and Markdown notes are timed
on a line of their own, outside the end-to-end figure). Models are loaded first, on a small warm-up text that is not in the measured
set, and that load time is printed apart: a service loads them once.

Baseline, in the same command: one document at a time through each stage (one file per article
through ingest, analyze_documents on one document at a time, embeddings one text at a time and
never cached), then the same grouping, corroboration and report. It runs on the first
--baseline-articles articles, so the ratio of the two rates holds on a noisy machine.

Per stage: seconds, articles per second and the peak resident memory while it ran (sampled from
/proc/self/statm every 5 ms; ``resource`` gives the whole run's peak). The last line is

    end-to-end: N articles/s (C cores), peak RSS M MB, baseline B articles/s
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import resource
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from threadpoolctl import threadpool_limits

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from corroborate.analyze import analyze_documents  # noqa: E402
from corroborate.api import analyze_corpus  # noqa: E402
from corroborate.embeddings import get_embedder, reference_sentences  # noqa: E402
from corroborate.group import assign_stories  # noqa: E402
from corroborate.ingest import read_inputs  # noqa: E402
from corroborate.model import Briefing, Document  # noqa: E402
from corroborate.parallel import available_cores, story_task, worker_count, worker_pids  # noqa: E402
from corroborate.report import briefing_to_dict  # noqa: E402
from corroborate.settings import DEFAULT_SETTINGS, Settings  # noqa: E402

CORPORA = REPO.parent / "shared" / "corpora"
ECB = CORPORA / "ecbplus-dev" / "documents.jsonl"
DRONE = CORPORA / "drone-factory-2023"
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


# ---------------------------------------------------------------------------------------------
# memory


def _rss_bytes(pid: int | str) -> int:
    try:
        with open(f"/proc/{pid}/statm") as handle:
            return int(handle.read().split()[1]) * PAGE_SIZE
    except OSError:  # gone, or not Linux
        return 0


def cpu_seconds() -> float:
    """CPU time of this process and its live pipeline workers (user + system)."""
    own = time.process_time()
    ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    for pid in worker_pids():
        try:
            with open(f"/proc/{pid}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            own += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
        except (OSError, IndexError, ValueError):
            pass
    return own


def current_rss_bytes() -> int:
    """This process and its pipeline workers (pages they share are counted in each: an upper bound)."""
    own = _rss_bytes("self") or peak_rss_bytes()
    return own + sum(_rss_bytes(pid) for pid in worker_pids())


def peak_rss_bytes() -> int:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


class StageMeter:
    """Wall time and peak RSS per stage; a background thread samples RSS while a stage runs.

    ``peak_mb_overall`` is the peak over all stages, workers included.
    """

    def __init__(self, interval_s: float = 0.005):
        self.interval_s = interval_s
        self.seconds: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self.peak_mb: dict[str, float] = {}
        self._peak = 0
        self._running = False

    def _sample(self) -> None:
        while self._running:
            self._peak = max(self._peak, current_rss_bytes())
            time.sleep(self.interval_s)

    @contextmanager
    def __call__(self, stage: str):
        self._peak = current_rss_bytes()
        self._running = True
        sampler = threading.Thread(target=self._sample, daemon=True)
        sampler.start()
        started = time.perf_counter()
        cpu_started = cpu_seconds()
        try:
            yield
        finally:
            elapsed = time.perf_counter() - started
            self._running = False
            sampler.join()
            self._peak = max(self._peak, current_rss_bytes())
            self.seconds[stage] = self.seconds.get(stage, 0.0) + elapsed
            self.cpu[stage] = self.cpu.get(stage, 0.0) + max(0.0, cpu_seconds() - cpu_started)
            self.peak_mb[stage] = max(self.peak_mb.get(stage, 0.0), self._peak / 2**20)

    @property
    def peak_mb_overall(self) -> float:
        return max(self.peak_mb.values(), default=0.0)


# ---------------------------------------------------------------------------------------------
# articles


def load_records(count: int) -> list[dict]:
    """ECB+ records ({id, url, text}) and the drone-factory reports as records, repeated to ``count``."""
    if not ECB.exists():
        sys.exit(f"corpus not found: {ECB} (the benchmark reads the shared corpora)")
    records = [json.loads(line) for line in ECB.open(encoding="utf-8") if line.strip()]
    records += [
        {"id": path.stem, "url": None, "text": path.read_text(encoding="utf-8")}
        for path in sorted(DRONE.glob("*.txt"))
    ]
    unique = len(records)
    selected = [dict(records[i % unique]) for i in range(count)]
    for i, record in enumerate(selected):
        if i >= unique:
            record["repeat"] = i // unique
    return selected


def write_inputs(records: list[dict], folder: Path) -> list[str]:
    """The unique records as one JSONL file (what ingest reads in the measured run)."""
    path = folder / "articles.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            if "repeat" not in record:
                handle.write(json.dumps({k: record[k] for k in ("id", "url", "text")}) + "\n")
    return [str(path)]


def write_one_file_each(records: list[dict], folder: Path) -> list[str]:
    paths = []
    for i, record in enumerate(records):
        path = folder / f"{i:05d}.txt"
        path.write_text(record["text"], encoding="utf-8")
        paths.append(str(path))
    return paths


def with_repeats(documents: list[Document], count: int) -> list[Document]:
    """Repeat documents under new ids up to ``count`` (texts stay the same: caches help repeats)."""
    if len(documents) >= count:
        return documents[:count]
    out = list(documents)
    while len(out) < count:
        source = documents[len(out) % len(documents)]
        out.append(replace(source, id=f"{source.id}-r{len(out) // len(documents)}", sources=list(source.sources)))
    return out


def warm_up_documents() -> list[Document]:
    """Two short generic reports, not in the measured set: loading models is timed apart."""
    sentences = reference_sentences()
    texts = [" ".join(sentences[:12]), " ".join(sentences[12:24])]
    return [Document(id=f"warm-up-{i}", text=text, sources=[f"warm-up-{i}"]) for i, text in enumerate(texts)]


# ---------------------------------------------------------------------------------------------
# runs


def render_report(briefing: Briefing) -> int:
    """The JSON briefing (what ``corroborate analyze`` writes by default), in memory."""
    return len(json.dumps(briefing_to_dict(briefing), ensure_ascii=False, indent=2))


def render_pages(briefing: Briefing) -> int:
    """The HTML page and the Markdown notes, for people: timed apart from the pipeline."""
    from corroborate.report.html_report import render_html
    from corroborate.report.markdown_report import render_markdown

    return len(render_html(briefing)) + len(render_markdown(briefing))


def run_fast(inputs: list[str], count: int, settings: Settings, meter: StageMeter) -> Briefing:
    with meter("ingest"):
        documents, _ = read_inputs(inputs, settings=settings.ingest)
    documents = with_repeats(documents, count)
    briefing = analyze_corpus(documents, settings=settings, stage_timer=meter)
    with meter("report"):
        render_report(briefing)
    return briefing


def baseline_settings(settings: Settings) -> Settings:
    """The straightforward configuration: no batching in spaCy or the embedder, no embedding cache."""
    return settings.with_changes(
        analyze=replace(settings.analyze, batch_size=1, n_process=1),
        embedding=replace(settings.embedding, batch_size=1, cache=False),
        parallel=replace(settings.parallel, workers=1),
    )


def run_baseline(paths: list[str], settings: Settings, meter: StageMeter) -> Briefing:
    # one BLAS thread, as the pipeline runs itself: the ratio then measures batching, caching and
    # worker processes, not a second BLAS thread spinning beside the first
    with threadpool_limits(1, user_api="blas"):
        return _baseline_stages(paths, settings, meter)


def _baseline_stages(paths: list[str], settings: Settings, meter: StageMeter) -> Briefing:
    documents: list[Document] = []
    with meter("ingest"):
        for path in paths:
            documents.extend(read_inputs([path], settings=settings.ingest)[0])
    analyzed = []
    with meter("analyze"):
        for document in documents:
            analyzed.extend(analyze_documents([document], settings))
    by_id = {a.id: a for a in analyzed}
    with meter("group"):
        stories, signatures = assign_stories(analyzed, settings)
    with meter("per story"):
        for story in stories:
            story_task(story, [by_id[d] for d in story.documents], settings, signatures)
    briefing = Briefing(documents=analyzed, stories=stories)
    with meter("report"):
        render_report(briefing)
    return briefing


def load_models(settings: Settings) -> float:
    """Load every model the pipeline uses (spaCy, embeddings) by running it on the warm-up texts."""
    started = time.perf_counter()
    get_embedder(settings.embedding).load()
    analyze_corpus(warm_up_documents(), settings=settings)
    return time.perf_counter() - started


def print_stages(title: str, meter: StageMeter, articles: int) -> float:
    """The stage table; CPU seconds (this process and workers) show what a busy machine hides."""
    print(f"{title}: {articles} articles")
    print(f"  {'stage':22s} {'seconds':>8s} {'articles/s':>11s} {'CPU s':>8s} {'peak RSS MB':>12s}")
    for stage in ("ingest", "analyze", "group", "per story", "report"):
        seconds = meter.seconds.get(stage, 0.0)
        rate = articles / seconds if seconds > 0 else float("inf")
        print(f"  {stage:22s} {seconds:8.2f} {rate:11.1f} {meter.cpu.get(stage, 0.0):8.2f} "
              f"{meter.peak_mb.get(stage, 0.0):12.0f}")
    total = sum(meter.seconds.values())
    cpu = sum(meter.cpu.values())
    print(f"  {'total':22s} {total:8.2f} {articles / total:11.1f} {cpu:8.2f}")
    print(f"  CPU per article {1000 * cpu / articles:.0f} ms; load average now "
          f"{os.getloadavg()[0]:.1f} on {available_cores()} cores (other work slows every figure alike)")
    return articles / total


def main() -> None:
    parser = argparse.ArgumentParser(description="End-to-end throughput against a straightforward baseline.")
    parser.add_argument("--articles", type=int, default=400, help="articles in the measured run (default 400)")
    parser.add_argument("--embedding-backend", choices=["static", "sentence-transformers", "onnx"], default="static",
                        help="static (default: the throughput configuration, see docs/benchmarks.md), "
                             "sentence-transformers (the accurate one) or onnx (the same transformer on ONNX Runtime)")
    parser.add_argument("--onnx-precision", choices=["int8", "float32"], default=DEFAULT_SETTINGS.embedding.onnx_precision,
                        help="onnx backend: int8 weights (default) or float32")
    parser.add_argument("--baseline-articles", type=int, default=100,
                        help="articles in the baseline run (the first of the measured ones; default 100)")
    parser.add_argument("--skip-baseline", action="store_true", help="measure the fast run only")
    parser.add_argument("--workers", type=int, default=None,
                        help="worker processes (default: the settings'; 0 = one per core, 1 = none)")
    parser.add_argument("--profile", metavar="FILE",
                        help="write cProfile stats of the measured run to FILE (this process only: use --workers 1)")
    args = parser.parse_args()

    settings = DEFAULT_SETTINGS.with_changes(
        embedding=replace(DEFAULT_SETTINGS.embedding, backend=args.embedding_backend, onnx_precision=args.onnx_precision))
    if args.workers is not None:
        settings = settings.with_changes(parallel=replace(settings.parallel, workers=args.workers))
    cores = available_cores()
    records = load_records(args.articles)
    print(f"articles: {len(records)} ({ECB.parent.name} and {DRONE.name}"
          f"{', repeated under new ids' if any('repeat' in r for r in records) else ''}); "
          f"embedding backend: {settings.embedding.backend}"
          f"{' ' + settings.embedding.onnx_precision if settings.embedding.backend == 'onnx' else ''}; {cores} cores; "
          f"{worker_count(settings, len(records))} pipeline process(es)")

    load_s = load_models(settings)
    print(f"models loaded in {load_s:.2f} s (spaCy and embeddings, with a warm-up run; not counted below)")

    with tempfile.TemporaryDirectory(prefix="corroborate-bench-") as tmp:
        inputs = write_inputs(records, Path(tmp))
        meter = StageMeter()
        profiler = cProfile.Profile() if args.profile else None
        if profiler:
            profiler.enable()
        briefing = run_fast(inputs, len(records), settings, meter)
        if profiler:
            profiler.disable()
            profiler.dump_stats(args.profile)
            pstats.Stats(args.profile).sort_stats("cumulative").print_stats(30)
        fast_peak_mb = max(meter.peak_mb_overall, peak_rss_bytes() / 2**20)
        rate = print_stages("measured run", meter, len(records))
        print(f"  output: {len(briefing.stories)} stories, {sum(len(s.claims) for s in briefing.stories)} claims, "
              f"{sum(len(s.discrepancies) for s in briefing.stories)} discrepancies")
        started = time.perf_counter()
        render_pages(briefing)
        pages_s = time.perf_counter() - started
        print(f"  not counted above: HTML page and Markdown notes {pages_s:.2f} s "
              f"({len(records) / pages_s:.1f} articles/s)")

        baseline_text = "skipped"
        if not args.skip_baseline:
            plain = baseline_settings(settings)
            get_embedder(plain.embedding).load()
            folder = Path(tmp) / "one-file-each"
            folder.mkdir()
            subset = [r for r in records if "repeat" not in r][: args.baseline_articles]
            base_meter = StageMeter()
            run_baseline(write_one_file_each(subset, folder), plain, base_meter)
            baseline_rate = print_stages("baseline (one document at a time, no batching, no cache)",
                                         base_meter, len(subset))
            baseline_text = f"{baseline_rate:.1f} articles/s"
            print(f"speed-up: {rate / baseline_rate:.1f}x")

    print(f"end-to-end: {rate:.1f} articles/s ({cores} cores), peak RSS {fast_peak_mb:.0f} MB, "
          f"baseline {baseline_text}")


if __name__ == "__main__":
    main()
