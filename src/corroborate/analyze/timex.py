"""Time expressions, resolved against the document's publication date.

Absolute expressions ("April 2023", "9 June 2023", "in 2022", "the fall of 2022") resolve on their
own. Relative ones ("last September", "in December", "early next year", "Friday", "last month",
"in late May", "in October last year", "since May") resolve only against ``published``: without it
they are kept with their precision but ``resolved=False`` and no date, never guessed.

Which year a bare month belongs to follows news usage: the most recent such month at or before
publication, unless the sentence speaks of the future before it ("will", "plans to"), then the
next one. A bare weekday is the most recent such day at or before publication, likewise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..model import Sentence, TimeExpression
from .quantities import WORD_VALUES
from .sentences import sentence_index

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
}

_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_MOD = r"(?:(?P<mod>early|mid|late|the end of|the beginning of|the start of|the middle of)[- ]\s*(?:in\s+)?)"
_REL = r"(?P<rel>last|next|this|past|coming)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# a bare month is a date only after one of these words (or with a day): "May" is also a verb
_CUE = r"(?:in|on|since|by|until|till|during|from|of|before|after|through|between|and|to|as of|late|early|mid|last|next|this)"
_NUM = r"(?P<count>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# a number before these is a count, not a year ("2000 people", "1990-2000 points")
_COUNTED = r"(?:people|persons|men|women|times|km|miles|points|votes|troops|soldiers)\b"
# counts written out ("three months ago") up to twelve, from the quantity extractor's words
_SMALL = {word: value for word, value in WORD_VALUES.items() if value <= 12}

PATTERNS: list[tuple[str, re.Pattern]] = [
    (p[0], re.compile(p[1], re.IGNORECASE if p[0] in {"relative_period", "week", "ago", "today"} else 0))
    for p in [
        ("day_month_year", rf"\b(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
        ("day_month_year", rf"\b(?:{_WEEKDAY},?\s+)?{_DAY}\s+{_MONTH},?\s+{_YEAR}\b"),
        ("month_relyear", rf"\b{_MOD}?{_MONTH}\s+(?:of\s+)?(?P<rel>last|next|this)\s+year\b"),
        ("month_year", rf"\b{_MOD}?{_MONTH},?\s+(?:of\s+)?{_YEAR}\b"),
        (
            "season_year",
            rf"\b(?:the\s+)?{_MOD}?(?P<season>[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)\s+(?:of\s+)?{_YEAR}\b",
        ),
        # "the second quarter of 2027", "by the end of the first half of next year", "Q3 2026": a
        # part of the year, kept as the year with the part as its modifier ("q2", "h1")
        (
            "part_of_year",
            rf"\b(?:{_MOD}(?:(?i:the)\s+)?|(?i:the)\s+)?(?:(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))\s+(?P<unit>(?i:quarter|half))"
            rf"|(?P<short>[QH][1-4]))\s*(?:(?i:of)\s+|,\s*)?(?:{_YEAR}|(?P<rel>(?i:this|next|last))\s+(?i:year))\b",
        ),
        # "from 1978-89", "the 2010–11 season": two years, each a date of its own (read below)
        ("year_range", rf"\b(?P<year>(?:19|20)\d\d)\s?[-–—]\s?(?P<end>(?:19|20)?\d\d)\b(?![-–—]?\d|%|\s+{_COUNTED})"),
        ("day_month", rf"\b(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY}\b(?!,?\s*\d)"),
        ("day_month", rf"\b(?:{_WEEKDAY},?\s+)?{_DAY}\s+{_MONTH}\b"),
        ("relative_period", rf"\b{_MOD}?{_REL}\s+(?P<unit>year|month)\b"),
        ("weekday_of_week", rf"\b{_WEEKDAY}(?:\s+of)?\s+(?i:{_REL})\s+week\b"),
        ("week", rf"\b(?:(?i:earlier|later)\s+)?{_REL}\s+week\b"),
        ("rel_month", rf"\b(?i:{_REL})\s+{_MOD}?{_MONTH}(?![\w-])"),
        ("weekday", rf"\b(?:(?i:{_REL})\s+)?{_WEEKDAY}\b"),
        # not the end of a longer number: "3,400 years ago" is no date of "400 years ago"
        ("ago", rf"(?<![\d,.])\b{_NUM}\s+(?P<unit>day|week|month|year)s?\s+ago\b"),
        # "late last night", "this morning", "tonight": a part of the day before publication or of
        # its own day, dated as "yesterday" and "today" are
        ("today", r"\b(?P<word>yesterday|today|tomorrow|last\s+night|this\s+morning|tonight)\b"),
        (
            "year",
            rf"\b(?i:in|since|by|until|till|to|and|during|from|of|before|after|through|between|early|late|mid)[ -](?P<x>{_YEAR})\b(?![%$,.]?\d|[%$-]|\s+{_COUNTED})",
        ),
        ("year", rf"\b{_MOD}{_YEAR}\b"),
        ("month", rf"\b(?i:{_CUE})\s(?P<x>{_MOD}?{_MONTH})(?![\w-])"),
        ("month", rf"\b{_MOD}{_MONTH}(?![\w-])"),
        (
            "month",
            r"[a-z,] (?P<x>(?P<month>January|February|April|June|July|August|September|October|November|December))(?![\w-])",
        ),
        (
            "month",
            r"\ba (?P<x>(?P<month>January|February|March|April|June|July|August|September|October|November|December))(?=\s+[a-z])",
        ),
    ]
]
FUTURE = re.compile(
    r"\b(?:will|won['’]t|shall|would|'ll|going to|plans? to|planned to|intends? to|expects?|expected|"
    r"hop(?:es|ed)? to|aim(?:s|ed|ing)? (?:to|for)|scheduled to|set to|could|upcoming|coming|(?:is|are)\s+(?:planned|scheduled)|(?:is|are)\s+due|(?:was|were)\s+due\s+to|"
    # "the storm is forecast to reach the coast by Tuesday": a forecast speaks of what is to come
    r"(?:is|are)\s+(?:forecast|predicted|projected)\s+to|"
    # "has threatened to publish the files on Friday", "vowed to return on Monday": a threat, a vow
    # or a promise speaks of what is to come
    r"threat(?:en|ens|ened|ening)\s+to|vow(?:s|ed|ing)?\s+to|promis(?:e|es|ed|ing)\s+to|pledg(?:e|es|ed|ing)\s+to|"
    # "the union plans a rally on Thursday", "is planning a vote on Friday": a plan with its thing
    # named is to come, as "plans to" is ("was planning a march on Sunday" tells the past)
    r"(?<!\bwas\s)(?<!\bwere\s)plan(?:s|ning)\s+(?:a|an|the|its|their|his|her|another|new)\s|"
    # "the minister is to visit Paris on Monday": "is to" with a verb is a plan, as "will" is ("is to
    # blame" and "is to thank" judge what was done)
    r"(?:is|are)\s+to\s+(?!blame\b|thank\b)[a-z]+)\b",
    re.IGNORECASE,
)
# "will be mayor after taking 53% on Sunday": a clause of what came first, between the future and
# the date, dates that earlier happening
EARLIER_CLAUSE = re.compile(
    r"\b(?:after|since)\s+(?:being\s+|having\s+)?\w+(?:ing|ed)\b"
    # "will use the doses that arrived on Monday": a relative clause in the past tense
    r"|\b(?:that|which|who)\s+(?:had\s+|was\s+|were\s+)?\w+ed\b"
    # "will lead the inquiry, the director said on Monday": the day of the saying, not of the plan
    r"|\b(?:said|told|announced|confirmed|added)\b"
    # "could not pay bills until the service was restored on Monday": a past passive dates what was done
    r"|\b(?:was|were)\s+(?:\w+ly\s+)?\w+ed\b",
    re.IGNORECASE,
)


# "a strike for November 5", "talks set for Friday", "tickets for Tuesday or Wednesday": a day a
# thing is called or set for is to come ("for Friday's attack" names a past thing by its day)
FOR_A_DAY = re.compile(r"\bfor\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:or|and)\s+)?$", re.IGNORECASE)
# "the court has called both sides to a hearing on Thursday", "has scheduled a vote on Friday": what
# someone has convened or set is to come; "has called for calm after the riots on Sunday" dates the riots
CONVENED_ON_A_DAY = re.compile(
    r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:called|summoned|invited|convened|scheduled|set|fixed|arranged)\s+"
    r"(?!for\b|off\b|on\b)(?P<object>[^.;:!?]{0,80}?)\bon\s+$",
    re.IGNORECASE,
)
NOT_THE_CONVENED = re.compile(r"\b(?:after|since|following|over|because|when|that|which|who)\b", re.IGNORECASE)


def _day_it_is_for(text: str, start: int, end: int, kind: str) -> bool:
    return kind in {"day_month", "weekday"} and bool(FOR_A_DAY.search(text, max(0, start - 30), start)) and (
        text[end : end + 2] not in ("'s", "’s")
    )


def _day_it_is_convened_on(text: str, sentence_start: int, start: int, kind: str) -> bool:
    if kind not in {"day_month", "weekday"}:
        return False
    convened = CONVENED_ON_A_DAY.search(text, max(sentence_start, start - 120), start)
    return convened is not None and not NOT_THE_CONVENED.search(convened.group("object"))


# "the alert runs until Friday", "talks go on till 6 p.m. on Monday": the last day of what is still
# under way is to come, unless the sentence tells it in the past ("was closed until", "lasted until")
UNTIL_BEFORE = re.compile(
    r"(?P<verb>\w+)\s+(?:until|till)\s+(?:(?:\d[\w.:]*|[ap]\.m\.|on|at|the|late|early|noon|midnight)\s+){0,4}$", re.IGNORECASE)
UNTIL_TOLD_IN_THE_PAST = re.compile(r"\b(?:was|were|had|did)\b", re.IGNORECASE)


def _day_it_lasts_until(text: str, sentence_start: int, start: int, kind: str) -> bool:
    if kind != "weekday":
        return False
    until = UNTIL_BEFORE.search(text, max(sentence_start, start - 48), start)
    return until is not None and not until.group("verb").lower().endswith("ed") and not UNTIL_TOLD_IN_THE_PAST.search(
        text, sentence_start, start)


# "Dock strike to end on Thursday", "Minister to visit flooded valley on Monday": a headline that
# tells a plan drops its "is", and its bare infinitive right after the one who will act is the
# future; "returns to port", "flew to Paris", "according to" and "up to" are no plan
HEADLINE_PLAN = re.compile(r"\b(?P<actor>[A-Za-z]+)\s+to\s+(?!(?:the|a|an|be|its|his|her|their)\b)[a-z]+\b")
NOT_AN_ACTOR = frozenset(["according", "up", "close", "next", "back", "due", "prior", "ahead", "set", "how", "what", "where", "when"])


def _headline_plan(text: str, sentence: Sentence, start: int) -> bool:
    """Whether a date in a headline (a line with no closing stop) follows a plan told as a bare
    infinitive. A verb before "to" ("returns", "moved") makes it a place or a purpose instead."""
    if sentence.text.rstrip().endswith((".", "!", "?", '"', "”", "’", "'", ":")):
        return False
    for found in HEADLINE_PLAN.finditer(text, sentence.start, start):
        actor = found.group("actor").lower()
        if actor in NOT_AN_ACTOR or actor.endswith("ed"):
            continue
        # a word in -s is a verb ("returns to port") unless it opens the line ("Talks to resume")
        if not actor.endswith("s") or found.start() == sentence.start:
            return True
    return False


# "the board's next meeting is on January 14", "the court sits next on May 3": the next one of a
# series is to come, unless the sentence tells it in the past ("the next day", "was held")
NEXT_OF_A_SERIES = re.compile(r"\bnext\b(?!\s+(?:day|morning|afternoon|evening|night|weekend)\b)", re.IGNORECASE)
TOLD_IN_THE_PAST = re.compile(r"\b(?:was|were|had|did|\w{3,}ed)\b", re.IGNORECASE)


def _future_before(text: str, sentence_start: int, start: int) -> bool:
    """Whether the sentence speaks of the future before the date, and the date is of that future."""
    cues = list(FUTURE.finditer(text, sentence_start, start))
    if cues and not EARLIER_CLAUSE.search(text, cues[-1].end(), start):
        return True
    next_one = list(NEXT_OF_A_SERIES.finditer(text, sentence_start, start))
    return bool(next_one) and not TOLD_IN_THE_PAST.search(text, sentence_start, start) and not (
        EARLIER_CLAUSE.search(text, next_one[-1].end(), start)  # "will be the next mayor after taking 53% on Sunday"
    )


_MOD_NAMES = {
    "the end of": "late",
    "the beginning of": "early",
    "the start of": "early",
    "the middle of": "mid",
}


@dataclass(slots=True)
class _Found:
    kind: str
    match: re.Match


def _span(match: re.Match) -> tuple[int, int]:
    """The expression itself: a pattern may match a cue word before it ("in", "since")."""
    return match.span("x") if "x" in match.re.groupindex else match.span()


def _month_number(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _month_year(month: int, published: date, rel: str | None, future: bool) -> int:
    """The year of a month named without one, as news usage reads it."""
    if rel in {"last", "past"}:
        return published.year if month < published.month else published.year - 1
    if rel in {"next", "coming"}:
        return published.year if month > published.month else published.year + 1
    if rel == "this":
        return published.year
    if future:
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


def _year_of_weekday(year: int, month: int, day: int, weekday: int) -> int:
    """"Tuesday, June 16" names its year by its weekday: of the guessed year and the ones either
    side, the one in which that date falls on that day; the guess when none or both do."""
    fits = [y for y in (year, year + 1, year - 1) if _is_date(y, month, day) and date(y, month, day).weekday() == weekday]
    return fits[0] if len(fits) == 1 or (fits and fits[0] == year) else year


def _is_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def _part_of_year(g: dict) -> str | None:
    """"q1".."q4" or "h1", "h2"; None for a half beyond the second."""
    if g.get("short"):
        letter, number = g["short"][0].lower(), int(g["short"][1])
    else:
        letter, number = g["unit"][0].lower(), _ORDINALS[g["ord"].lower()]
    return f"{letter}{number}" if letter == "q" or number <= 2 else None


def _resolve(found: _Found, published: date | None, future: bool) -> tuple[str | None, str, bool, str | None]:
    """(date, precision, relative, modifier) for one match."""
    g = found.match.groupdict()
    mod = g.get("mod")
    mod = _MOD_NAMES.get(mod.lower(), mod.lower()) if mod else None
    kind = found.kind
    rel = (g.get("rel") or "").lower() or None
    if kind == "day_month_year":
        return f"{int(g['year']):04d}-{_month_number(g['month']):02d}-{int(g['day']):02d}", "day", False, None
    if kind == "month_year":
        return f"{int(g['year']):04d}-{_month_number(g['month']):02d}", "month", False, mod
    if kind == "season_year":
        season = g["season"].lower()
        return g["year"], "year", False, ("fall" if season == "autumn" else season)
    if kind == "year":
        return g["year"], "year", False, mod
    if kind == "part_of_year":
        part = _part_of_year(g)
        if g.get("year"):
            return g["year"], "year", False, part
        if published is None:
            return None, "year", True, part
        return f"{published.year + {'last': -1, 'next': 1, 'this': 0}[rel]:04d}", "year", True, part
    if published is None:
        precision = {"day_month": "day", "weekday": "day", "weekday_of_week": "day", "today": "day", "month_relyear": "month",
                     "rel_month": "month", "month": "month", "week": "month"}.get(kind)  # fmt: skip
        if kind == "week":
            mod = "week"
        if kind in {"relative_period", "ago"}:
            precision = "day" if g["unit"].lower() in {"day", "week"} else g["unit"].lower()
        return None, precision or "year", True, mod
    if kind == "month_relyear":
        year = published.year + {"last": -1, "next": 1, "this": 0}[rel]
        return f"{year:04d}-{_month_number(g['month']):02d}", "month", True, mod
    if kind in {"month", "rel_month"}:
        month = _month_number(g["month"])
        return f"{_month_year(month, published, rel, future):04d}-{month:02d}", "month", True, mod
    if kind == "day_month":
        month, day = _month_number(g["month"]), int(g["day"])
        year = _month_year(month, published, None, future)
        if month == published.month:
            year = published.year + (1 if future and day < published.day else 0)
        if g.get("weekday"):
            year = _year_of_weekday(year, month, day, WEEKDAYS[g["weekday"].lower()])
        return f"{year:04d}-{month:02d}-{day:02d}", "day", True, None
    if kind == "relative_period":
        step = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}[rel]
        if g["unit"].lower() == "year":
            return f"{published.year + step:04d}", "year", True, mod
        year, month = _add_months(published.year, published.month, step)
        return f"{year:04d}-{month:02d}", "month", True, mod
    if kind == "week":
        # weeks are not a precision of ours: the month of the week's middle, marked "week"
        step = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}[rel]
        middle = published - timedelta(days=published.weekday()) + timedelta(days=7 * step + 3)
        return f"{middle.year:04d}-{middle.month:02d}", "month", True, "week"
    if kind == "weekday_of_week":
        # "Wednesday next week": that day of the week after the publication's (weeks start on Monday),
        # not the first Wednesday to come
        step = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}[rel]
        monday = published - timedelta(days=published.weekday()) + timedelta(days=7 * step)
        return (monday + timedelta(days=WEEKDAYS[g["weekday"].lower()])).isoformat(), "day", True, None
    if kind == "weekday":
        target = WEEKDAYS[g["weekday"].lower()]
        back = (published.weekday() - target) % 7
        if rel == "last":
            day = published - timedelta(days=back or 7)
        elif rel in {"next", "coming"} or (future and rel is None):
            day = published + timedelta(days=((target - published.weekday()) % 7) or (7 if rel else 0))
        else:
            day = published - timedelta(days=back)
        return day.isoformat(), "day", True, None
    if kind == "ago":
        count = g["count"].lower()
        n = int(count) if count.isdigit() else (1 if count in {"a", "an"} else _SMALL[count])
        unit = g["unit"].lower()
        if unit in {"day", "week"}:
            return (
                (published - timedelta(days=n * (7 if unit == "week" else 1))).isoformat(),
                "day",
                True,
                None,
            )
        if unit == "month":
            year, month = _add_months(published.year, published.month, -n)
            return f"{year:04d}-{month:02d}", "month", True, None
        return f"{published.year - n:04d}", "year", True, None
    if kind == "today":
        word = " ".join(g["word"].lower().split())
        delta = {"yesterday": -1, "today": 0, "tomorrow": 1, "last night": -1, "this morning": 0, "tonight": 0}[word]
        return (published + timedelta(days=delta)).isoformat(), "day", True, None
    raise ValueError(kind)  # pragma: no cover - every pattern kind is handled above


def find_times(text: str, sentences: list[Sentence], published: date | None) -> list[TimeExpression]:
    """Every time expression in ``text``, longest match first, none overlapping."""
    taken: list[tuple[int, int]] = []
    found: list[_Found] = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            start, end = _span(match)
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            found.append(_Found(kind, match))
    found.sort(key=lambda f: _span(f.match)[0])
    times: list[TimeExpression] = []
    for item in found:
        if item.kind == "year_range":
            times.extend(_range_years(item.match, text, sentences))
            continue
        start, end = _span(item.match)
        index = sentence_index(sentences, start) if sentences else 0
        sentence_start = sentences[index].start if sentences else 0
        future = _future_before(text, sentence_start, start) or _day_it_is_for(text, start, end, item.kind) or (
            _day_it_lasts_until(text, sentence_start, start, item.kind)
        ) or _day_it_is_convened_on(text, sentence_start, start, item.kind) or (
            bool(sentences) and _headline_plan(text, sentences[index], start)
        )
        value, precision, relative, modifier = _resolve(item, published, future)
        times.append(
            TimeExpression(
                text=text[start:end],
                start=start,
                end=end,
                sentence=index,
                date=value,
                precision=precision,
                resolved=value is not None,
                relative=relative,
                modifier=modifier,
            )
        )
    return times


def _range_years(match: re.Match, text: str, sentences: list[Sentence]) -> list[TimeExpression]:
    """The first and the last year of "1978-89": a sentence that says someone played from 1978 to
    1989 states 1978, which another report's "drafted in 1978" must be seen to agree with. Not a
    range when the second number is no later year ("2012-08" is a month)."""
    first = int(match.group("year"))
    last_text = match.group("end")
    last = int(last_text) if len(last_text) == 4 else first // 100 * 100 + int(last_text)
    if not first < last <= first + 60:
        return []
    index = sentence_index(sentences, match.start()) if sentences else 0
    return [
        TimeExpression(text=text[a:b], start=a, end=b, sentence=index, date=f"{year:04d}", precision="year", resolved=True)
        for (a, b), year in ((match.span("year"), first), (match.span("end"), last))
    ]

