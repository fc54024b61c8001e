"""The command line end to end, run as a user runs it: a real process, real files, real exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from tests.conftest import DRONE_CORPUS, EXAMPLES, SCHEMA, require_shared


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "corroborate", *args],
        capture_output=True, text=True, cwd=cwd, timeout=600,
    )


def validate(briefing: dict) -> None:
    """Checked last in each test: without the shared schema the test skips here."""
    schema = json.loads(require_shared(SCHEMA).read_text())
    errors = sorted(Draft202012Validator(schema).iter_errors(briefing), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


@pytest.fixture(scope="module")
def example_run(tmp_path_factory) -> tuple[subprocess.CompletedProcess, Path]:
    out = tmp_path_factory.mktemp("example")
    result = run_cli("analyze", str(EXAMPLES), "--json", str(out / "b.json"), "--html", str(out / "b.html"),
                     "--md", str(out / "b.md"))
    return result, out


def test_help_lists_commands_and_options():
    top = run_cli("--help")
    assert top.returncode == 0
    assert "analyze" in top.stdout
    assert "independent sources" in top.stdout
    sub = run_cli("analyze", "--help")
    assert sub.returncode == 0
    for option in ("--json", "--html", "--md", "--published", "--embeddings", "PATH_OR_URL"):
        assert option in sub.stdout


def test_example_corpus_end_to_end(example_run):
    result, out = example_run
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    summary = result.stdout.splitlines()[0]
    assert summary.startswith("1 story, 4 documents, ")
    assert summary.endswith(" 0 inputs skipped")
    for name in ("b.json", "b.html", "b.md"):
        assert (out / name).stat().st_size > 0
        assert f"briefing written to {out / name}" in result.stdout
    briefing = json.loads((out / "b.json").read_text())
    assert briefing["format"] == "corroborate.briefing/1"
    outlets = sorted(d["outlet"] for d in briefing["documents"])
    assert outlets == ["Coastal Courier", "Daily Ledger", "Meridian News Agency", "Valparaíso Independent"]
    story = briefing["stories"][0]
    assert sorted(story["documents"]) == sorted(d["id"] for d in briefing["documents"])
    texts = {d["id"]: d["text"] for d in briefing["documents"]}
    for claim in story["claims"]:
        for support in claim["support"]:
            assert texts[support["document"]][support["start"]:support["end"]] == support["sentence"]
    validate(briefing)


def test_drone_corpus_briefing_is_schema_valid(tmp_path):
    require_shared(DRONE_CORPUS)
    result = run_cli("analyze", str(DRONE_CORPUS), "--json", str(tmp_path / "out.json"),
                     "--html", str(tmp_path / "out.html"))
    assert result.returncode == 0, result.stderr
    briefing = json.loads((tmp_path / "out.json").read_text())
    assert len(briefing["documents"]) == 5
    assert (tmp_path / "out.html").read_text().lstrip().lower().startswith("<!doctype html>")
    validate(briefing)


def test_json_goes_to_stdout_without_output_options():
    result = run_cli("analyze", str(EXAMPLES / "01-meridian-wire.txt"))
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[0].startswith("1 story, 1 document, ")
    validate(json.loads(result.stdout))


def test_fast_embeddings_give_the_same_documents_and_a_valid_briefing(tmp_path):
    result = run_cli("analyze", str(EXAMPLES), "--embeddings", "fast", "--json", str(tmp_path / "b.json"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith("1 story, 4 documents, ")
    briefing = json.loads((tmp_path / "b.json").read_text())
    assert len({origin["id"] for origin in briefing["stories"][0]["origins"]}) == 2
    validate(briefing)


def test_missing_path_fails_with_one_line(tmp_path):
    missing = tmp_path / "nowhere"
    result = run_cli("analyze", str(missing), "--json", str(tmp_path / "b.json"))
    assert result.returncode == 1
    assert result.stderr.strip() == f"Error: {missing}: no such file or folder"
    assert not (tmp_path / "b.json").exists()


def test_bad_input_is_named_and_the_run_goes_on(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    result = run_cli("analyze", str(EXAMPLES / "01-meridian-wire.txt"), str(empty), str(binary),
                     "--json", str(tmp_path / "b.json"))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    skipped_lines = [line for line in result.stderr.splitlines() if line.startswith("corroborate: skipped ")]
    assert [line.split(":")[1].strip() for line in skipped_lines] == ["skipped " + str(empty), "skipped " + str(binary)]
    assert result.stdout.splitlines()[0].endswith(" 2 inputs skipped")
    briefing = json.loads((tmp_path / "b.json").read_text())
    assert [s["source"] for s in briefing["skipped"]] == [str(empty), str(binary)]
    assert len(briefing["documents"]) == 1


def test_nothing_to_analyse_is_an_error(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    result = run_cli("analyze", str(empty))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-1].startswith("Error: nothing to analyse")


def test_bad_publication_date_is_rejected():
    result = run_cli("analyze", str(EXAMPLES), "--published", "9 June")
    assert result.returncode == 2
    assert "'9 June' is not a date; use YYYY-MM-DD" in result.stderr
