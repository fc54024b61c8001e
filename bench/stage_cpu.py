"""CPU milliseconds per article for each pipeline stage, in one process, and the spaCy passes alone.

CPU time (``time.process_time``) rather than wall time, so that the split holds on a busy machine.

    .venv/bin/python bench/stage_cpu.py [--articles 200] [--embedding-backend static]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from threadpoolctl import threadpool_limits  # noqa: E402

from corroborate.analyze import analyze_documents, describe_story  # noqa: E402
from corroborate.analyze.nlp import load_pipeline  # noqa: E402
from corroborate.corroboration import claims, corroborate_story  # noqa: E402
from corroborate.group import group_stories  # noqa: E402
from corroborate.ingest import read_inputs  # noqa: E402
from corroborate.settings import DEFAULT_SETTINGS, ParallelSettings  # noqa: E402
from throughput import load_models, load_records, write_inputs  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--embedding-backend", choices=["static", "sentence-transformers"], default="static")
    args = parser.parse_args()
    settings = DEFAULT_SETTINGS.with_changes(
        embedding=replace(DEFAULT_SETTINGS.embedding, backend=args.embedding_backend),
        parallel=ParallelSettings(workers=1),
    )
    threadpool_limits(1, user_api="blas")  # as the pipeline runs (corroborate.api.analyze_corpus)
    load_models(settings)
    cpu: dict[str, float] = {}

    def timed(name, function, *arguments):
        started = time.process_time()
        result = function(*arguments)
        cpu[name] = time.process_time() - started
        return result

    with tempfile.TemporaryDirectory() as tmp:
        documents, _ = timed("read_inputs (ingest)", read_inputs, write_inputs(load_records(args.articles), Path(tmp)))

    nlp = load_pipeline(settings.analyze)
    timed("  spaCy analysis pass alone", lambda: list(nlp.pipe([d.text for d in documents], batch_size=32)))
    analyzed = timed("analyze_documents", analyze_documents, documents, settings)
    by_id = {a.id: a for a in analyzed}
    stories = timed("group_stories", group_stories, analyzed, settings)

    def each_story(stage):
        for story in stories:
            stage(story, [by_id[d] for d in story.documents], settings)

    timed("describe_story", each_story, describe_story)
    parser_nlp = claims.load_parser(settings.analyze)
    timed("  spaCy parser pass alone (corroboration)", lambda: list(parser_nlp.pipe(
        [claims._with_sentence_starts(parser_nlp, a) for a in analyzed], batch_size=32)))
    timed("corroborate_story", each_story, corroborate_story)
    print(f"{len(documents)} articles, embedding backend {args.embedding_backend}, one process")
    for name, seconds in cpu.items():
        print(f"{name:44s} CPU {seconds:7.2f} s  {1000 * seconds / len(documents):6.1f} ms/article")
    total = sum(v for k, v in cpu.items() if not k.startswith("  "))
    print(f"{'total (stages)':44s} CPU {total:7.2f} s  {1000 * total / len(documents):6.1f} ms/article")


if __name__ == "__main__":
    main()
