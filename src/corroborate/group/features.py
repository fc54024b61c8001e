"""What story clustering knows about one document: its meaning, its names and its time.

Features are computed once per document and are all a story index stores, so a document is never
re-read when the archive grows. Names are normalised keys rather than typed entities because the
entity types of a small NER model are noisy ("Betty Ford" is a PERSON in one report and an ORG in
the next) while the name itself is stable.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from ..model import AnalyzedDocument

# Entity types that identify an event; dates, numbers and nationalities do not.
NAMED_TYPES = frozenset({"PERSON", "ORG", "PLACE", "FACILITY", "EVENT", "PRODUCT", "LAW"})
_YEAR = re.compile(r"(?<![\d.,$£€-])((?:19|20)\d\d)(?![\d,]|\s*(?:%|percent|people|years?\b))")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]?(\d\d|[a-z]{3})?(?:[/-]?(\d\d))?/")
_MONTHS = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_LEADING = re.compile(r"^(the|a|an)\s+", re.I)
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True, slots=True)
class DocumentFeatures:
    id: str
    vector: np.ndarray  # unit length
    names: frozenset[str] = frozenset()  # normalised entity keys, surnames added for people
    lede_names: frozenset[str] = frozenset()  # those named in the title and lede: the event's actors
    years: tuple[int, ...] = ()  # years the text or its address states, most frequent first
    published: date | None = None
    terms: frozenset[str] = frozenset()  # specific words and numbers of the title and lede
    weekdays: frozenset[int] = frozenset()  # weekdays the lede names (0 Monday): the day of the event
    extra: dict = field(default_factory=dict, compare=False)


def normalize_name(text: str) -> str:
    text = " ".join(text.split())
    text = _LEADING.sub("", text)
    text = _POSSESSIVE.sub("", text)
    return text.strip(" .,;:\"'“”‘’()").lower()


def name_keys(mentions: Sequence[tuple[str, str]]) -> frozenset[str]:
    """Normalised names; a multi-word person also gives its surname, since later mentions in a
    report and other reports often use only the surname."""
    keys: set[str] = set()
    for text, kind in mentions:
        if kind not in NAMED_TYPES:
            continue
        key = normalize_name(text)
        if len(key) < 2 or key.isdigit():
            continue
        keys.add(key)
        if kind == "PERSON" and " " in key:
            keys.add(key.rsplit(" ", 1)[1])
    return frozenset(keys)


def stated_years(text: str, url: str | None = None, limit: int | None = None) -> tuple[int, ...]:
    """Years a report states (or its address carries), most frequent first. A report's own time is
    usually the year it names most; when it names none, it says nothing about time."""
    counts: dict[int, int] = {}
    ceiling = limit or date.today().year + 1
    for match in _YEAR.finditer(text):
        year = int(match.group(1))
        if 1950 <= year <= ceiling:
            counts[year] = counts.get(year, 0) + 1
    if url:
        found = _URL_DATE.search(url)
        if found:
            year = int(found.group(1))
            if 1950 <= year <= ceiling:
                counts[year] = counts.get(year, 0) + 3  # an address date is the publication year
    return tuple(sorted(counts, key=lambda y: (-counts[y], -y)))


_MONTH_NAMES = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_FULL_DATES = [
    re.compile(_MONTH_NAMES + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_NAMES + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b"),
]


def stated_date(text: str, within: int = 400) -> date | None:
    """The first full date in a report's opening (a dateline or time stamp such as "May 03, 2013"
    or "26 September 2013"): when a report carries no publication date, this is its best stand-in."""
    opening = text[:within]
    found: list[tuple[int, date]] = []
    for pattern in _FULL_DATES:
        for match in pattern.finditer(opening):
            month_text = match.group("month").lower()
            month = int(month_text) if month_text.isdigit() else _MONTHS[month_text[:3]]
            try:
                found.append((match.start(), date(int(match.group("year")), month, int(match.group("day")))))
            except ValueError:
                continue
    return min(found)[1] if found else None


def url_date(url: str | None) -> date | None:
    """The publication day many news addresses carry (/2013/may/03/, /2013/05/03/)."""
    if not url:
        return None
    found = _URL_DATE.search(url.lower())
    if not found or not found.group(2) or not found.group(3):
        return None
    month_text = found.group(2)
    month = _MONTHS.get(month_text) if month_text.isalpha() else int(month_text)
    try:
        return date(int(found.group(1)), month or 0, int(found.group(3)))
    except ValueError:
        return None


_WEEKDAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_WEEKDAY_NUMBER = {"mon": 0, "tues": 1, "wednes": 2, "thurs": 3, "fri": 4, "satur": 5, "sun": 6}


def lede_weekdays(text: str) -> frozenset[int]:
    """Weekdays a lede names ("police said on Tuesday"): reports of one event name the same day,
    two events of the same kind usually fall on different days."""
    return frozenset(_WEEKDAY_NUMBER[m.group(1).lower()] for m in _WEEKDAY.finditer(text))


_TERM = re.compile(r"[A-Za-z][A-Za-z'’-]+|\d+(?:[.,]\d+)*")


def lede_terms(text: str) -> frozenset[str]:
    """The specific words and numbers of a title and lede (stop words dropped): two events of one
    kind share their actor and vocabulary, but rarely the other particulars the lede gives (the
    opponent, the sum, the toll, the venue)."""
    from spacy.lang.en.stop_words import STOP_WORDS  # a plain word set; no model is loaded

    terms: set[str] = set()
    for match in _TERM.finditer(text):
        word = match.group(0)
        if word[0].isdigit():
            terms.add(sys.intern(word.replace(",", "")))
            continue
        word = word.lower().strip("'’-")
        if len(word) >= 3 and word not in STOP_WORDS:
            terms.add(sys.intern(word))  # one copy of each word however many stories count it
    return frozenset(terms)


def lede_end(analyzed: AnalyzedDocument, sentences: int = 2, fallback_chars: int = 300) -> int:
    """Where the title and lede end: the event's who and where are named there."""
    if analyzed.sentences:
        return analyzed.sentences[min(sentences, len(analyzed.sentences)) - 1].end
    return fallback_chars


def document_features(analyzed: AnalyzedDocument, vector: np.ndarray, lede_sentences: int = 2) -> DocumentFeatures:
    document = analyzed.document
    published = document.published or url_date(document.url) or stated_date(document.text)
    end = lede_end(analyzed, lede_sentences)
    return DocumentFeatures(
        id=analyzed.id,
        vector=np.asarray(vector, dtype=np.float32),
        names=name_keys([(m.text, m.type) for m in analyzed.mentions]),
        lede_names=name_keys([(m.text, m.type) for m in analyzed.mentions if m.start < end]),
        years=stated_years(document.text, document.url),
        published=published,
        weekdays=lede_weekdays(document.text[:end]),
        terms=lede_terms(document.text[:end]),
    )


def embedding_text(analyzed: AnalyzedDocument, max_chars: int = 1200) -> str:
    """The title and opening of a report: news puts the event in the lede, and the encoder reads
    only the first few hundred word pieces anyway."""
    document = analyzed.document
    text = document.text
    if document.title and not text.startswith(document.title):
        text = f"{document.title}\n{text}"
    return text[:max_chars]
