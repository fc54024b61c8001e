"""Bytes -> text: UTF-8 first, then charset detection; binary and empty inputs are refused.

Why UTF-8 first: almost every report today is UTF-8, and a detector guessing on short texts can
pick a wrong cousin encoding; detection only runs when UTF-8 fails. Among equally plausible
single-byte Western encodings, windows-1252 wins, since it is what "Latin-1" text on the web
almost always is (browsers decode it that way too).
"""

from __future__ import annotations

import codecs
import re

from ..errors import InputError
from ..settings import IngestSettings

_SNIFF_BYTES = 8192

# magic numbers of binary formats a user is likely to pass by mistake, with a name to tell them
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.epub document)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"SQLite format 3", "an SQLite database"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# single-byte encodings that detection confuses with windows-1252 on Western text
_WESTERN_COUSINS = {
    "cp1250", "cp1252", "cp1254", "cp1257", "latin_1", "iso8859_1", "iso8859_2", "iso8859_9",
    "iso8859_15", "cp775", "cp850", "mac_latin2", "mac_roman", "mac_iceland", "cp437", "ascii",
}

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


def describe_size(n_bytes: int) -> str:
    if n_bytes >= 1024 * 1024:
        return f"{n_bytes / (1024 * 1024):.1f} MB"
    if n_bytes >= 1024:
        return f"{n_bytes / 1024:.1f} kB"
    return f"{n_bytes} bytes"


def check_size(source: str, n_bytes: int, settings: IngestSettings) -> None:
    if n_bytes > settings.max_bytes:
        raise InputError(
            source,
            f"too large ({describe_size(n_bytes)}; the limit is {describe_size(settings.max_bytes)}, "
            "settings.ingest.max_bytes)",
        )


def decode_bytes(data: bytes, source: str, settings: IngestSettings, declared: str | None = None) -> str:
    """Return the text of ``data`` or raise ``InputError`` saying why it is not readable text.

    ``declared`` is a charset the transport named (an HTTP header, an HTML meta tag); it is tried
    after UTF-8 and before detection.
    """
    check_size(source, len(data), settings)
    if not data:
        raise InputError(source, "empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), source, settings)
            except UnicodeDecodeError:
                raise InputError(source, f"starts with a {encoding} byte-order mark but is not valid {encoding}") from None
    head = data[:_SNIFF_BYTES]
    for signature, kind in _BINARY_SIGNATURES:
        if head.startswith(signature):
            raise InputError(source, f"binary file ({kind}), not text; convert it to .txt, .md or .html first")
    if b"\x00" in head:
        raise InputError(source, "binary file (contains NUL bytes), not text")
    try:
        return _checked(data.decode("utf-8"), source, settings)
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return _checked(data.decode(_python_codec(declared)), source, settings)
        except (UnicodeDecodeError, LookupError, InputError):
            pass
    return _checked(_detect(data, source), source, settings)


def _python_codec(name: str) -> str:
    return codecs.lookup(name.strip().strip("\"'").lower()).name


def _detect(data: bytes, source: str) -> str:
    import charset_normalizer
    from charset_normalizer.md import mess_ratio

    results = list(charset_normalizer.from_bytes(data))
    if not results:
        raise InputError(source, "undecodable: not UTF-8, and no text encoding fits its bytes")
    best_chaos = min(r.chaos for r in results)
    plausible = [r for r in results if r.chaos <= best_chaos + 0.01]
    for result in plausible:
        if _python_codec(result.encoding) == "cp1252":
            return str(result)
    best = plausible[0]
    if _python_codec(best.encoding) in _WESTERN_COUSINS:
        try:
            as_1252 = data.decode("cp1252")
        except UnicodeDecodeError:
            return str(best)
        if mess_ratio(as_1252) <= best.chaos + 0.01:
            return as_1252
    return str(best)


def _checked(text: str, source: str, settings: IngestSettings) -> str:
    """Refuse decoded text that is mostly control characters: binary data that happened to decode."""
    if not text.strip():
        raise InputError(source, "empty: contains only whitespace" if text else "empty file")
    sample = text[: _SNIFF_BYTES * 4]
    bad = len(_CONTROL.findall(sample))
    if bad / max(1, len(sample)) > 1 - settings.min_text_ratio:
        raise InputError(source, "not text: mostly control or undecodable characters (binary data?)")
    return text


def declared_html_charset(data: bytes) -> str | None:
    """The charset an HTML page names in its own <meta> tag, if any."""
    match = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_\-:.]+)", data[:4096], re.IGNORECASE)
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore")
    try:
        return _python_codec(name)
    except LookupError:
        return None
