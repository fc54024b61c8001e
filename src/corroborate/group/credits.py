"""Credit lines: which wire agency a report says it comes from.

"(AP) —", "The Associated Press contributed to this article", "according to Reuters", "quoted by
AFP" all say that the words (or the reporting) came from an agency, so reports that credit the
same agency are not independent of it. Agencies are data (``data/wire_agencies.json``). A photo
credit ("(Acme Imaging via AP)", "Photo: AFP") says where a picture came from, not the text,
so it is ignored.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..model import Document


@dataclass(frozen=True, slots=True)
class Agency:
    name: str
    names: tuple[str, ...]
    abbreviations: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Credit:
    agency: str  # Agency.name
    line: str  # the credit line as written, for evidence
    how: str  # "dateline", "contributed", "according to", "via", ...


_PHOTO = re.compile(r"\b(photo|photos|photograph|image|images|picture|video|footage|file|getty|©)\b|©", re.I)


@lru_cache(maxsize=1)
def wire_agencies() -> tuple[Agency, ...]:
    raw = resources.files("corroborate.data").joinpath("wire_agencies.json").read_text(encoding="utf-8")
    return tuple(_agency(item) for item in json.loads(raw)["agencies"])


def _agency(item: dict) -> Agency:
    """An agency's own short name that none of its spellings gives ("Petra", "Sputnik": the names
    list holds only "Jordan News Agency", "Sputnik News Agency") credits it written exactly so, like
    an abbreviation: "AMMAN (Petra) --", "Petra reported". Matched anywhere and in any case, a word
    that is also a city and a given name would credit every report that mentions either."""
    names = tuple(item.get("names", []))
    abbreviations = tuple(item.get("abbreviations", []))
    own = item["name"]
    if own.lower() not in {n.lower() for n in names} and own not in abbreviations:
        abbreviations += (own,)
    return Agency(own, names, abbreviations)


# An agency the data file does not list still names itself like one ("Meridian News Agency").
_AGENCY_LIKE = r"(?:[A-Z][\w'’&.-]*\s+){1,4}(?:News\s+Agency|Press\s+Agency|Agency|News\s+Service|Newswire|Wire\s+Service)\b"


@lru_cache(maxsize=1)
def _spellings() -> tuple[str, str]:
    """Regex alternations of the listed agency names and of their abbreviations, longest first."""
    names = sorted({n for a in wire_agencies() for n in a.names}, key=len, reverse=True)
    abbreviations = sorted({n for a in wire_agencies() for n in a.abbreviations}, key=len, reverse=True)
    return "|".join(re.escape(n) for n in names), "|".join(re.escape(n) for n in abbreviations)


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern, str]]:
    """One alternation of every agency spelling; each credit form is a pattern around it."""
    named, short = _spellings()
    # listed names match case-insensitively, abbreviations only as written
    agency = rf"(?P<agency>(?i:(?:the\s+)?(?:{named}))\b|(?:{short})\b|{_AGENCY_LIKE})"
    # a dateline credits whatever abbreviation it carries: "VALPARAÍSO, Chile (MNA) —"
    dateline_agency = rf"(?P<agency>(?i:(?:the\s+)?(?:{named}))|(?:{short})|[A-Z]{{2,6}})"
    forms = [
        (rf"^[^\W\d_][^\n(]{{0,60}}\(\s*{dateline_agency}\s*\)\s*[-—–:]", "dateline"),
        (rf"\(\s*{agency}\s*\)\s*[-—–:]", "dateline"),
        (rf"{agency}[^.\n]{{0,80}}?\s(?i:contributed\s+to\s+this)", "contributed"),
        (rf"(?i:according\s+to)\s+(?:(?i:the\s+)?(?i:information|reports?|reporting)\s+(?i:of|from|by)\s+)?{agency}", "according to"),
        (rf"(?i:(?:quoted|reported|cited|first\s+reported)\s+by)\s+{agency}", "reported by"),
        (rf"(?i:told)\s+{agency}", "told"),
        # "the Kyodo news agency reported": the agency's name, then what it is; "the Press Trust of
        # India (PTI) reported": the name, then the abbreviation it goes by
        (rf"\b{agency}(?:\s*\(\s*[A-Z]{{2,6}}\s*\))?(?:\s+(?i:news\s+agency|news\s+service|wire\s+service|agency))?"
         rf"\s+(?i:reported|reports|said|quoted)\b", "reported"),
        (rf"(?i:\bvia)\s+{agency}", "via"),
        (rf"(?i:copyright|\(c\)|©)\s*(?:\d{{4}}\s+)?{agency}", "copyright"),
    ]
    return [(re.compile(pattern, re.M), how) for pattern, how in forms]


@lru_cache(maxsize=1)
def _agency_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Lower-cased listed names, and abbreviations and generic agency words as written."""
    names = tuple(sorted({n.lower() for a in wire_agencies() for n in a.names}))
    exact = {n for a in wire_agencies() for n in a.abbreviations} | {"Agency", "Service", "Newswire"}
    return names, tuple(sorted(exact))


def _may_name_agency(text: str) -> bool:
    """Whether the credit forms after the first could find an agency here. Most reports name
    none, and those forms are slow to fail; substring tests are a superset of what they match."""
    names, exact = _agency_words()
    lowered = text.lower()
    return any(n in lowered for n in names) or any(n in text for n in exact)


def agency_name(spelling: str) -> str:
    """The listed agency a spelling names, or the spelling itself (without "the") when unlisted."""
    spelling = re.sub(r"^the\s+", "", " ".join(spelling.split()), flags=re.I)
    for agency in wire_agencies():
        if spelling in agency.abbreviations:
            return agency.name
        if any(spelling.lower() == re.sub(r"^the\s+", "", n, flags=re.I).lower() for n in agency.names):
            return agency.name
    return spelling


def initials(name: str) -> str:
    """"Meridian News Agency" -> "MNA": how an unlisted agency abbreviates itself in datelines."""
    return "".join(word[0] for word in re.findall(r"[A-Z][\w'’&-]*", name)).upper()


def _is_photo_credit(text: str, start: int, end: int) -> bool:
    """The match sits in a parenthesis or line that credits a picture, or names another source
    first ("Acme Imaging via AP": the agency only distributed someone's image)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    open_paren = text.rfind("(", line_start, start + 1)
    if open_paren >= 0 and text.find(")", open_paren, start) < 0:
        inside = text[open_paren:start]
        if _PHOTO.search(inside) or re.search(r"[A-Z][\w&.-]*\s*$", inside):
            return True
    return bool(_PHOTO.search(line)) and len(line) < 400 and (
        line.lstrip().startswith(("(", "This image", "Photo", "Image")) or "provided by" in line
    )


def find_credits(text: str) -> list[Credit]:
    credits: dict[tuple[str, str], Credit] = {}
    patterns = _patterns() if _may_name_agency(text) else _patterns()[:1]
    for pattern, how in patterns:
        for match in pattern.finditer(text):
            if _is_photo_credit(text, match.start(), match.end()):
                continue
            agency = agency_name(match.group("agency"))
            line = _sentence_around(text, match.start(), match.end())
            credits.setdefault((agency, how), Credit(agency=agency, line=line, how=how))
    return list(credits.values())


def document_credits(document: Document) -> list[Credit]:
    """Credits in the text and in what ingest set aside (credit lines, dateline, byline)."""
    found = find_credits(document.text)
    for extra in [*document.credits, document.dateline or "", document.byline or ""]:
        if extra:
            found.extend(find_credits(extra))
    unique: dict[tuple[str, str], Credit] = {}
    for credit in found:
        unique.setdefault((credit.agency, credit.how), credit)
    return list(unique.values())


def _sentence_around(text: str, start: int, end: int, limit: int = 220) -> str:
    """The sentence (or line) holding a match, trimmed around it for an evidence string."""
    left = max(text.rfind("\n", 0, start), *(text.rfind(p, 0, start) for p in (". ", "? ", "! ")))
    left = left + 1 if left >= 0 else 0
    right_candidates = [i for i in (text.find("\n", end), text.find(". ", end)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    if right - left > limit:  # a window around the match, cut at word boundaries
        half = max(limit - (end - start), 0) // 2
        window_left = text.rfind(" ", left, max(start - half, left) + 1)
        window_right = text.find(" ", min(end + half, right - 1), right)
        prefix = "…" if window_left > left else ""
        suffix = "…" if 0 <= window_right < right - 1 else ""
        left = window_left + 1 if window_left >= left else left
        right = window_right if window_right >= 0 else right
        return prefix + " ".join(text[left:right].split()) + suffix
    return " ".join(text[left:right].split())
