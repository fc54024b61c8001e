"""Bad bytes on disk: each is skipped with one clear line naming the file; good bytes decode right."""

from __future__ import annotations

import random

import pytest

from corroborate.errors import InputError
from corroborate.ingest import read_inputs
from corroborate.ingest.decoding import decode_bytes
from corroborate.settings import IngestSettings

SETTINGS = IngestSettings()
REPORT = "Harbour pilots went on strike on Monday, the union said.\n\nShips waited outside the port.\n"


def _read_one(path, settings=None):
    seen = []
    documents, skipped = read_inputs([str(path)], settings=settings, on_skip=seen.append)
    assert seen == skipped  # every skip is reported as it happens and returned
    return documents, skipped


def _only_skip(path, settings=None):
    documents, skipped = _read_one(path, settings)
    assert documents == []
    assert len(skipped) == 1
    assert skipped[0].source == str(path)
    assert "\n" not in skipped[0].reason
    return skipped[0].reason


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert _only_skip(path) == "empty file"


def test_whitespace_only_file(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text(" \n\t\n\u00a0\n")
    assert _only_skip(path) == "empty: contains only whitespace"


def test_binary_file_with_nul_bytes(tmp_path):
    path = tmp_path / "data.txt"
    path.write_bytes(b"\x00\x01\x02\x03" * 300)
    assert _only_skip(path) == "binary file (contains NUL bytes), not text"


def test_pdf_named_as_text_is_refused_by_its_signature(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    assert _only_skip(path) == "binary file (a PDF file), not text; convert it to .txt, .md or .html first"


def test_cp1252_text_is_decoded_correctly(tmp_path):
    text = (
        "Café owners in Zürich said the “new rules” would cost them €5,000 each — a naïve plan, "
        "the façade of reform, one owner said.\n\nThe council’s vote is due on Friday."
    )
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode("cp1252"))
    documents, skipped = _read_one(path)
    assert skipped == []
    assert documents[0].text == text


def test_utf8_bom_is_stripped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + REPORT.encode("utf-8"))
    documents, _ = _read_one(path)
    assert documents[0].text.startswith("Harbour pilots")


def test_utf16_with_bom_is_read(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes(REPORT.encode("utf-16"))
    documents, _ = _read_one(path)
    assert documents[0].text == REPORT.strip()


def test_undecodable_garbage(tmp_path):
    rng = random.Random(7)
    path = tmp_path / "garbage.txt"
    path.write_bytes(bytes(rng.randrange(0x80, 0x100) for _ in range(4000)))
    assert _only_skip(path) == "undecodable: not UTF-8, and no text encoding fits its bytes"


def test_control_characters_are_not_text(tmp_path):
    path = tmp_path / "controls.txt"
    path.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 65]) * 200)
    assert _only_skip(path) == "not text: mostly control or undecodable characters (binary data?)"


def test_huge_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: 21 MB on paper, nothing written
        handle.truncate(21 * 1024 * 1024)
    assert _only_skip(path) == "too large (21.0 MB; the limit is 20.0 MB, settings.ingest.max_bytes)"


def test_size_limit_is_a_setting(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(REPORT * 40)
    reason = _only_skip(path, IngestSettings(max_bytes=1000))
    assert reason.startswith("too large (") and "the limit is 1000 bytes" in reason


def test_declared_charset_is_tried_before_detection():
    data = "Ein Bericht über die Fähre".encode("iso-8859-15")
    assert decode_bytes(data, "x", SETTINGS, declared="iso-8859-15") == "Ein Bericht über die Fähre"


def test_decode_error_names_the_source():
    with pytest.raises(InputError) as raised:
        decode_bytes(b"", "https://news.example/a", SETTINGS)
    assert str(raised.value) == "https://news.example/a: empty file"
