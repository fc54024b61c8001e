"""News-proof sentence spans.

A statistical splitter trained on edited prose stumbles on what news text does: a dateline glued
to the lede ("WASHINGTON (AA) - Iran is ..."), headlines without a full stop, abbreviations
("U.S.", "Ms."), a closing quotation mark after the full stop, and a missing space after it
("the United Nations.On Friday"). These rules handle exactly those, and every line break ends a
sentence (paragraphs and headlines never run together).
"""

from __future__ import annotations

import re

from ..model import Sentence
from .lexicon import word_set

# Capital letters of the Latin (with its extensions: "BRAȘOV", "ŁÓDŹ", "HẢI PHÒNG"), Greek and
# Cyrillic scripts: a dateline's place is written in capitals, whatever its accents.
_UPPER = "".join(
    re.escape(chr(code))
    for first, last in ((0x41, 0x5A), (0xC0, 0x24F), (0x370, 0x52F), (0x1E00, 0x1EFF))
    for code in range(first, last + 1)
    if chr(code).isupper()
)
# "WASHINGTON (AA) -", "KYIV, Ukraine (Reuters) —", "LONDON —": capitals, optional place and agency
DATELINE = re.compile(
    rf"^(?P<dateline>[{_UPPER}][{_UPPER}.'\- ]{{1,40}}(?:,\s*[{_UPPER}][\w.' ]{{1,30}})?(?:\s*\([^()\n]{{1,40}}\))?)"
    r"\s*[-–—]{1,2}\s+"
)
# end punctuation, closing quotes/brackets, then either space(s) or nothing before a sentence start
BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*(?=(\s+|)[\"“‘(]?[A-Z0-9])")
SENTENCE_STARTERS = frozenset(
    [
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "In",
        "On",
        "At",
        "But",
        "And",
        "This",
        "That",
        "These",
        "Those",
        "His",
        "Her",
        "Its",
        "Their",
        "Our",
        "After",
        "Before",
        "When",
        "While",
        "As",
        "If",
        "Meanwhile",
        "However",
        "Also",
        "Earlier",
        "Later",
        "Last",
        "Next",
    ]
)
_DOTTED_ACRONYM = re.compile(r"(?:[A-Za-z]\.){2,}$")
# a time of day's "a.m." or "p.m." right before the full stop: "at 3:12 a.m."
_CLOCK_BEFORE = re.compile(r"\d\s?[ap]\.m$", re.IGNORECASE)
# words that go on a time of day: its day, its month, its clock ("at 9 a.m. Monday", "a.m. GMT")
_AFTER_A_CLOCK = frozenset([
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "eastern", "central", "pacific", "mountain", "atlantic",
])
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)\.?$")


def find_dateline(line: str) -> re.Match | None:
    """A dateline at the start of a paragraph: capitals (a place), optional agency, then a dash."""
    match = DATELINE.match(line)
    if not match:
        return None
    head = match.group("dateline")
    letters = [c for c in head.split("(")[0].split(",")[0] if c.isalpha()]
    return match if letters and all(c.isupper() for c in letters) and len(letters) >= 3 else None


def _is_boundary(line: str, match: re.Match) -> bool:
    stop = match.start()
    punct = line[match.start() : match.end()]
    nxt = line[match.end() :].lstrip()
    next_word = re.match(r"[\"“‘(]?([\w’']+)", nxt)
    next_word = next_word.group(1) if next_word else ""
    gap = match.group(1)
    if punct.startswith(".") and len(punct.rstrip("\"”’')]")) == 1:
        before = line[:stop]
        if re.search(r"\d$", before) and nxt[:1].isdigit():
            return False  # a decimal number
        dotted = _DOTTED_ACRONYM.search(before + ".")
        if dotted:  # "U.S." ends a sentence only before a word that usually starts one
            if _CLOCK_BEFORE.search(before):
                return _starts_after_a_clock(nxt, next_word)
            return next_word in SENTENCE_STARTERS
        word = _WORD_BEFORE.search(before)
        if word:
            token = word.group(1)
            if token in word_set("abbreviations.txt", lower=False):
                return False
            if len(token) == 1 and token.isupper():
                return False  # an initial: "John F. Kennedy"
        if not gap:
            # a missing space: only between a word of two or more small letters and a capital
            # ("Nations.On"), never inside names such as "Node.js" or web addresses
            return bool(re.search(r"[a-z]{2}[\"”’')\]]*$", before + punct[1:]) or punct != ".") and bool(
                re.match(r"[\"“‘]?[A-Z][a-z]", nxt)
            )
    elif not gap and not re.match(r"[\"“‘]?[A-Z]", nxt):
        return False
    return True


def _starts_after_a_clock(nxt: str, next_word: str) -> bool:
    """"The alarm sounded at 3:12 a.m. Officers arrived ...": no name goes on a time of day but its
    day, month or clock ("at 9 a.m. Monday", "11 a.m. EDT", "8 a.m. Moscow time"), so any other
    capitalised word after "a.m." or "p.m." opens the next sentence."""
    if next_word in SENTENCE_STARTERS:
        return True
    if not next_word[:1].isupper() or next_word.isupper() or next_word.lower().rstrip(".") in _AFTER_A_CLOCK:
        return False
    return not re.match(r"[\"“‘(]?[\w’']+\s+time\b", nxt, re.IGNORECASE)


def split_sentences(text: str) -> list[Sentence]:
    """Sentence spans over ``text``; a leading dateline is left out of its first sentence."""
    sentences: list[Sentence] = []
    position = 0
    for line in text.splitlines(keepends=True):
        line_start = position
        position += len(line)
        body = line.rstrip("\r\n")
        offset = 0
        dateline = find_dateline(body)
        if dateline and line_start < 400:  # datelines open a report, never its middle
            offset = dateline.end()
        cuts = [offset]
        for match in BOUNDARY.finditer(body, offset):
            if _is_boundary(body, match):
                cuts.append(match.end())
        cuts.append(len(body))
        for start, end in zip(cuts, cuts[1:], strict=False):
            chunk = body[start:end]
            stripped = chunk.strip()
            if not stripped:
                continue
            lead = len(chunk) - len(chunk.lstrip())
            s = line_start + start + lead
            sentences.append(Sentence(len(sentences), s, s + len(stripped), stripped))
    return sentences


def sentence_index(sentences: list[Sentence], offset: int) -> int:
    """Index of the sentence holding ``offset`` (or the nearest before it: a dateline)."""
    lo, hi = 0, len(sentences) - 1
    best = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if sentences[mid].start <= offset:
            best = mid
            lo = mid + 1
        else:
            hi = mid - 1
    return best


# a bulletin's turn to another item: "In other news tonight, ...", "And finally, the weather: ..."
SEGUE = re.compile(r"\s*(?:In other news|And finally|Now the weather|And now the weather)\b", re.IGNORECASE)
# a bulletin's turn from its lead story to all the others: "Now the rest of today's news.", "And
# now for the rest of the news:": whatever follows, to the end, is other stories (a sentence that
# goes on, "The rest of the news was grim", is prose)
REST_OF_THE_NEWS = re.compile(r"\s*(?:and\s+)?(?:now\s+)?(?:for\s+)?the\s+rest\s+of\s+(?:the|today['’]s|tonight['’]s|"
                              r"this\s+(?:morning|evening)['’]s|the\s+day['’]s)\s+news(?:\s+(?:now|tonight))?\s*(?:[.!]?\s*$|:)",
                              re.IGNORECASE)
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def other_news_spans(text: str, sentences: list[Sentence]) -> list[tuple[int, int]]:
    """The spans of a bulletin given to other stories: from "In other news ..." to the end of its
    paragraph, and from "Now the rest of today's news." to the end of the text. Their claims, names,
    dates and quotations belong to no story of the report, so every stage leaves them out alike."""
    spans: list[tuple[int, int]] = []
    for sentence in sentences:
        if REST_OF_THE_NEWS.match(sentence.text):
            spans.append((sentence.start, len(text)))
            break
        if spans and spans[-1][0] <= sentence.start < spans[-1][1]:
            continue
        if SEGUE.match(sentence.text):
            paragraph_end = PARAGRAPH_BREAK.search(text, sentence.start)
            spans.append((sentence.start, paragraph_end.start() if paragraph_end else len(text)))
    return spans


def in_other_news(sentence: Sentence, spans: list[tuple[int, int]]) -> bool:
    """Whether a sentence opens inside one of ``other_news_spans``."""
    return any(start <= sentence.start < end for start, end in spans)
