"""The command line: a thin shell over ``corroborate.api``. Errors are one line on stderr."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import click

from . import __version__
from .api import analyze
from .errors import CorroborateError, MissingPathError
from .model import SkippedInput
from .report import briefing_to_dict, write_html, write_json, write_markdown
from .settings import DEFAULT_SETTINGS


def _parse_date(ctx, param, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD, e.g. 2023-06-09") from None


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="corroborate")
def main() -> None:
    """Read many news reports of the same events and say, claim by claim, what is established by
    how many independent sources, which outlets copied one story, and where reports contradict
    each other, with the sentence that proves each judgement."""


@main.command("analyze")
@click.argument("inputs", nargs=-1, required=True, metavar="PATH_OR_URL...")
@click.option("--json", "json_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the machine-readable briefing (corroborate.briefing/1) to FILE.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the self-contained HTML briefing to FILE.")
@click.option("--md", "md_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the Markdown briefing to FILE.")
@click.option("--published", callback=_parse_date, metavar="DATE",
              help="Publication date (YYYY-MM-DD) for reports that carry none; relative dates such "
                   "as 'last September' resolve against it.")
@click.option("--embeddings", type=click.Choice(["accurate", "fast", "onnx"]), default=None,
              help="Sentence embeddings: 'accurate' (all-MiniLM-L6-v2, the default), 'fast' (static "
                   "embeddings distilled from it: ~100x faster on a CPU, lower recall of aligned claims) "
                   "or 'onnx' (the same transformer with int8 weights on ONNX Runtime, exported on first "
                   "use; needs the onnx extra: about 1.6x the accurate one's speed end to end, its "
                   "cosines within 0.07 of the accurate one's); see docs/benchmarks.md.")
@click.option("--progress/--no-progress", default=None,
              help="Show progress bars on stderr (default: when stderr is a terminal).")
def analyze_command(inputs, json_path, html_path, md_path, published, embeddings, progress) -> None:
    """Analyse reports and write a briefing.

    PATH_OR_URL is a file (.txt, .md, .html, .htm, .jsonl), a folder (read recursively; a
    meta.jsonl inside gives outlet, title and date per file), an http(s) URL or an RSS/Atom feed.
    Without --json, --html or --md the JSON briefing goes to standard output.

    Inputs that cannot be read are named on stderr and skipped; the exit status is non-zero only
    when a named path does not exist or nothing could be analysed.
    """
    if progress is None:
        progress = sys.stderr.isatty()

    def report_skip(skip: SkippedInput) -> None:
        click.echo(f"corroborate: skipped {skip.source}: {skip.reason}", err=True)

    settings = DEFAULT_SETTINGS
    if embeddings:
        backend = {"accurate": "sentence-transformers", "fast": "static", "onnx": "onnx"}[embeddings]
        settings = settings.with_changes(embedding=replace(settings.embedding, backend=backend))
    try:
        briefing = analyze(list(inputs), published=published, settings=settings, on_skip=report_skip,
                           progress=progress)
    except MissingPathError as error:
        raise click.ClickException(str(error)) from None
    except CorroborateError as error:
        raise click.ClickException(str(error)) from None

    written = []
    if json_path:
        written.append(write_json(briefing, json_path))
    if html_path:
        written.append(write_html(briefing, html_path))
    if md_path:
        written.append(write_markdown(briefing, md_path))
    if not written:
        click.echo(json.dumps(briefing_to_dict(briefing), ensure_ascii=False, indent=2))

    claims = sum(len(s.claims) for s in briefing.stories)
    discrepancies = sum(len(s.discrepancies) for s in briefing.stories)
    summary = ", ".join([
        _count(len(briefing.stories), "story", "stories"),
        _count(len(briefing.documents), "document", "documents"),
        _count(claims, "claim", "claims"),
        _count(discrepancies, "discrepancy", "discrepancies"),
        _count(len(briefing.skipped), "input skipped", "inputs skipped"),
    ])
    click.echo(summary, err=not written)
    for skip in briefing.skipped:
        click.echo(f"  skipped {skip.source}: {skip.reason}", err=not written)
    for path in written:
        click.echo(f"briefing written to {path}", err=not written)


if __name__ == "__main__":  # pragma: no cover
    main()
