"""Files, folders, manifests and JSONL records: what is read, with which metadata, and what is skipped."""

from __future__ import annotations

import json
from datetime import date

import pytest

from corroborate.errors import MissingPathError
from corroborate.ingest import read_inputs
from corroborate.model import content_id
from corroborate.settings import IngestSettings

WIRE = (
    "Ferry strike halts island crossings\n\n"
    "PORT ELLEN (HNA) — Ferry crews on the island route walked out on Monday, stranding 300 passengers, "
    "the union said.\n\n"
    "The operator said talks would resume on Wednesday."
)
LOCAL = "Passengers slept in the terminal overnight.\n\nThe cafe stayed open until midnight, staff said."


def _write_jsonl(path, records):
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")


def test_folder_with_manifest_reads_every_report_with_its_metadata(tmp_path):
    (tmp_path / "a.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "b.md").write_text("# Night in the terminal\n\n" + LOCAL, encoding="utf-8")
    _write_jsonl(tmp_path / "meta.jsonl", [
        {"file": "a.txt", "outlet": "Hebrides News Agency", "published": "2024-03-04", "url": "https://hna.example/1"},
        {"file": "b.md", "outlet": "Island Times", "published": "2024-03-05T08:30:00Z", "title": "A night at the terminal"},
    ])
    documents, skipped = read_inputs([str(tmp_path)])
    assert skipped == []
    first, second = documents
    assert first.sources == [str(tmp_path / "a.txt")]
    assert (first.outlet, first.published, first.url) == ("Hebrides News Agency", date(2024, 3, 4), "https://hna.example/1")
    assert first.title == "Ferry strike halts island crossings"
    assert first.dateline == "PORT ELLEN (HNA)"
    assert (second.outlet, second.published, second.title) == ("Island Times", date(2024, 3, 5), "A night at the terminal")
    assert second.text == "Night in the terminal\n\n" + LOCAL


def test_named_file_uses_the_manifest_beside_it(tmp_path):
    (tmp_path / "a.txt").write_text(WIRE, encoding="utf-8")
    _write_jsonl(tmp_path / "meta.jsonl", [{"file": "a.txt", "outlet": "Hebrides News Agency"}])
    documents, _ = read_inputs([str(tmp_path / "a.txt")])
    assert documents[0].outlet == "Hebrides News Agency"


def test_run_wide_published_date_fills_only_missing_dates(tmp_path):
    (tmp_path / "a.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(LOCAL, encoding="utf-8")
    _write_jsonl(tmp_path / "meta.jsonl", [{"file": "a.txt", "published": "2024-03-04"}])
    documents, _ = read_inputs([str(tmp_path)], published=date(2024, 1, 1))
    assert [d.published for d in documents] == [date(2024, 3, 4), date(2024, 1, 1)]


def test_folders_are_read_recursively_and_hidden_files_ignored(tmp_path):
    (tmp_path / "2024" / "march").mkdir(parents=True)
    (tmp_path / "2024" / "march" / "a.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text(LOCAL, encoding="utf-8")
    (tmp_path / ".draft.txt").write_text(LOCAL, encoding="utf-8")
    (tmp_path / "b.txt~").write_text(LOCAL, encoding="utf-8")
    documents, skipped = read_inputs([str(tmp_path)])
    assert [d.sources for d in documents] == [[str(tmp_path / "2024" / "march" / "a.txt")]]
    assert skipped == []


def test_unsupported_file_in_a_folder_is_named(tmp_path):
    (tmp_path / "a.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "events.tsv").write_text("doc\tevent\n", encoding="utf-8")
    documents, skipped = read_inputs([str(tmp_path)])
    assert len(documents) == 1
    assert [(s.source, s.reason) for s in skipped] == [
        (str(tmp_path / "events.tsv"), "unsupported file type (reads .htm, .html, .jsonl, .md, .txt)")
    ]


def test_missing_path_raises(tmp_path):
    (tmp_path / "a.txt").write_text(WIRE, encoding="utf-8")
    missing = str(tmp_path / "no-such-report.txt")
    with pytest.raises(MissingPathError) as raised:
        read_inputs([str(tmp_path / "a.txt"), missing])
    assert str(raised.value) == f"{missing}: no such file or folder"


def test_empty_folder_is_a_skip_naming_the_folder(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / ".DS_Store").write_bytes(b"\x00\x01")
    (tmp_path / "a.txt").write_text(WIRE, encoding="utf-8")
    seen = []
    documents, skipped = read_inputs([str(empty), str(tmp_path / "a.txt")], on_skip=seen.append)
    assert len(documents) == 1  # the rest of the run goes on
    assert [(s.source, s.reason) for s in seen] == [
        (str(empty), "empty folder: no report files in it (.htm, .html, .jsonl, .md, .txt)")
    ]
    assert skipped == seen


def test_bad_date_in_manifest_skips_that_report_naming_file_and_value(tmp_path):
    (tmp_path / "a.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(LOCAL, encoding="utf-8")
    _write_jsonl(tmp_path / "meta.jsonl", [{"file": "a.txt", "published": "2024-02-30"}, {"file": "b.txt", "published": "2024-03-05"}])
    documents, skipped = read_inputs([str(tmp_path)])
    assert [d.source for d in documents] == [str(tmp_path / "b.txt")]
    assert [(s.source, s.reason) for s in skipped] == [
        (str(tmp_path / "a.txt"), "published date '2024-02-30' is not a valid date (use YYYY-MM-DD); the report was skipped")
    ]


def test_bad_manifest_lines_are_named(tmp_path):
    (tmp_path / "a.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "meta.jsonl").write_text('{"file": "a.txt"}\n{not json\n{"outlet": "X"}\n{"file": "gone.txt"}\n')
    documents, skipped = read_inputs([str(tmp_path)])
    assert len(documents) == 1
    manifest = str(tmp_path / "meta.jsonl")
    assert [(s.source, s.reason) for s in skipped] == [
        (f"{manifest} line 2", "not valid JSON (Expecting property name enclosed in double quotes)"),
        (f"{manifest} line 3", 'a manifest line needs a "file" name'),
        (manifest, "names 'gone.txt', which is not in the folder"),
    ]


def test_jsonl_records_with_text_and_html(tmp_path):
    page = (
        "<html><head><title>Night in the terminal</title></head><body><article>"
        "<h1>Night in the terminal</h1><p>Passengers slept in the terminal overnight after the ferry "
        "crews walked out, and the cafe stayed open until midnight to serve them, staff said.</p>"
        "<p>Buses were laid on in the morning to take them to the airport instead.</p></article></body></html>"
    )
    path = tmp_path / "reports.jsonl"
    _write_jsonl(path, [
        {"id": "w1", "text": WIRE, "outlet": "Hebrides News Agency", "published": "2024-03-04", "url": "https://hna.example/1"},
        {"id": 17, "html": page, "title": "A night at the terminal"},
    ])
    documents, skipped = read_inputs([str(path)])
    assert skipped == []
    wire, local = documents
    assert wire.sources == [f"{path}#w1"]
    assert (wire.outlet, wire.published, wire.url) == ("Hebrides News Agency", date(2024, 3, 4), "https://hna.example/1")
    assert local.sources == [f"{path}#17"]
    assert local.title == "A night at the terminal"
    assert "Passengers slept in the terminal overnight" in local.text
    assert "Buses were laid on in the morning" in local.text


def test_jsonl_bad_records_are_skipped_one_by_one(tmp_path):
    path = tmp_path / "reports.jsonl"
    path.write_text(
        json.dumps({"id": "ok", "text": WIRE}) + "\n"
        + "[1, 2]\n"
        + json.dumps({"id": "notext", "url": "https://x.example"}) + "\n"
        + json.dumps({"id": "baddate", "text": LOCAL, "published": "last Tuesday"}) + "\n"
        + "{broken\n",
        encoding="utf-8",
    )
    documents, skipped = read_inputs([str(path)])
    assert [d.source for d in documents] == [f"{path}#ok"]
    assert [(s.source, s.reason) for s in skipped] == [
        (f"{path} line 2", "a record must be a JSON object"),
        (f"{path}#notext", 'record has no "text" or "html"'),
        (f"{path}#baddate", "published date 'last Tuesday' is not a valid date (use YYYY-MM-DD); the report was skipped"),
        (f"{path} line 5", "not valid JSON (Expecting property name enclosed in double quotes)"),
    ]


def test_same_report_twice_is_one_document_with_both_sources(tmp_path):
    (tmp_path / "copy1.txt").write_text(WIRE, encoding="utf-8")
    # the same report with other spacing and furniture: the cleaned text, and so the id, is the same
    (tmp_path / "copy2.txt").write_text(WIRE.replace(" on Monday", "\u00a0on Monday") + "\n\nLeave a comment\n", encoding="utf-8")
    path = tmp_path / "feed.jsonl"
    _write_jsonl(path, [{"id": "w1", "text": WIRE, "outlet": "Hebrides News Agency"}])
    documents, skipped = read_inputs([str(tmp_path / "copy1.txt"), str(tmp_path / "copy2.txt"), str(path)])
    assert skipped == []
    assert len(documents) == 1
    document = documents[0]
    assert document.sources == [str(tmp_path / "copy1.txt"), str(tmp_path / "copy2.txt"), f"{path}#w1"]
    assert document.id == content_id(document.text)
    assert document.outlet == "Hebrides News Agency"  # metadata from the later copy fills the gap
    assert document.boilerplate_removed == ["Leave a comment"]


def test_the_same_input_named_twice_is_read_once(tmp_path):
    (tmp_path / "a.txt").write_text(WIRE, encoding="utf-8")
    documents, _ = read_inputs([str(tmp_path / "a.txt"), str(tmp_path)])
    assert len(documents) == 1
    assert documents[0].sources == [str(tmp_path / "a.txt")]


def test_a_report_that_is_only_furniture_is_skipped(tmp_path):
    path = tmp_path / "furniture.txt"
    path.write_text("Share this article\nLeave a comment\nSubscribe to our newsletter\n", encoding="utf-8")
    documents, skipped = read_inputs([str(path)])
    assert documents == []
    assert [(s.source, s.reason) for s in skipped] == [
        (str(path), "no article text left after removing 3 boilerplate line(s)")
    ]


def test_unsupported_url_scheme_is_skipped():
    documents, skipped = read_inputs(["ftp://files.example/report.txt"])
    assert documents == []
    assert [(s.source, s.reason) for s in skipped] == [
        ("ftp://files.example/report.txt", "unsupported URL scheme: only http:// and https:// are fetched")
    ]


class _Terminal:
    """A stand-in for a terminal's stderr: tqdm writes to it, ``isatty`` says yes."""

    def __init__(self, tty: bool):
        self.tty = tty
        self.written: list[str] = []

    def isatty(self) -> bool:
        return self.tty

    def write(self, text: str) -> int:
        self.written.append(text)
        return len(text)

    def flush(self) -> None:
        pass


@pytest.mark.parametrize(("tty", "files", "shown"), [(True, 25, True), (False, 25, False), (True, 3, False)])
def test_progress_bar_only_for_many_inputs_on_a_terminal(tmp_path, monkeypatch, tty, files, shown):
    for number in range(files):
        (tmp_path / f"r{number:02d}.txt").write_text(f"Report number {number} says the ferry was late.", encoding="utf-8")
    terminal = _Terminal(tty)
    monkeypatch.setattr("sys.stderr", terminal)
    documents, _ = read_inputs([str(tmp_path)])
    assert len(documents) == files
    output = "".join(terminal.written)
    assert ("reading" in output and f"/{files} " in output) is shown
    assert bool(output) is shown


def test_manifest_in_a_parent_folder_names_files_below_it(tmp_path):
    (tmp_path / "monday").mkdir()
    (tmp_path / "monday" / "a.txt").write_text(WIRE, encoding="utf-8")
    _write_jsonl(tmp_path / "meta.jsonl", [{"file": "monday/a.txt", "outlet": "Hebrides News Agency"}])
    documents, skipped = read_inputs([str(tmp_path)])
    assert skipped == []
    assert documents[0].outlet == "Hebrides News Agency"


def test_jsonl_archive_larger_than_the_size_limit_is_read_record_by_record(tmp_path):
    path = tmp_path / "archive.jsonl"
    records = [{"id": f"r{n}", "text": f"Report {n}: the ferry to island {n} was cancelled on Monday."} for n in range(40)]
    records.append({"id": "huge", "text": "word " * 400})
    _write_jsonl(path, records)
    assert path.stat().st_size > 2000
    documents, skipped = read_inputs([str(path)], settings=IngestSettings(max_bytes=1000))
    assert len(documents) == 40
    assert [(s.source, s.reason) for s in skipped] == [(f"{path} line 41", "record too large (settings.ingest.max_bytes)")]


def test_empty_jsonl_file(tmp_path):
    path = tmp_path / "none.jsonl"
    path.write_bytes(b"")
    documents, skipped = read_inputs([str(path)])
    assert documents == [] and [(s.source, s.reason) for s in skipped] == [(str(path), "empty file")]


def test_broken_link_in_a_folder_is_named(tmp_path):
    (tmp_path / "a.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "b.txt").symlink_to(tmp_path / "gone.txt")
    documents, skipped = read_inputs([str(tmp_path)])
    assert len(documents) == 1
    assert [(s.source, s.reason) for s in skipped] == [(str(tmp_path / "b.txt"), "cannot be read: No such file or directory")]


def test_html_file_in_a_declared_legacy_charset(tmp_path):
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        "<title>Café closes</title></head><body><article><h1>Café closes</h1><p>The harbour café closed "
        "on Sunday after 40 years, its owner said, citing the “impossible” rent of €3,000 a month.</p>"
        "<p>Regulars held a farewell lunch on the quay.</p></article></body></html>"
    )
    path = tmp_path / "cafe.html"
    path.write_bytes(page.encode("cp1252"))
    documents, skipped = read_inputs([str(path)])
    assert skipped == []
    assert "citing the “impossible” rent of €3,000 a month" in documents[0].text
