"""Times of day in aligned statements: "landed at 11:20 a.m." against "touched down at 11:55 a.m.".

A time of day is no figure (the quantity reader leaves "11:20 a.m." alone) and no date, yet reports
of one happening disagree on it. Times compare only in one clock: "11:20 a.m. local time (0920 GMT)"
and "at 0920 GMT" are one moment, and a local time is never set against a GMT one. What a time
says around it is kept as a window: "about 4:30 a.m." and "shortly before 5 a.m." may be one
moment; "by 9 a.m." or "after noon" bound it on one side only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..settings import CorroborationSettings

# "11:20 a.m.", "4 p.m.", "9.15pm", then a clock: "local time", "GMT", "UTC", "EDT", ...
TWELVE_HOUR = re.compile(
    r"(?<![\w:.])(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s?(?P<half>[ap])\.?\s?m\b\.?"
    r"(?:\s+(?P<zone>local\s+time|(?-i:[A-Z]{2,4})\b))?",
    re.IGNORECASE,
)
# "0920 GMT", "09:20 UTC", "21:05 GMT": GMT or UTC named, the colon may be left out
TWENTY_FOUR_HOUR = re.compile(r"(?<![\w:.])(?P<hour>[01]\d|2[0-3]):?(?P<minute>[0-5]\d)\s?(?P<zone>GMT|UTC)\b")
# "at 14:20", "from 08:30 BST", "by 23h15": a 24-hour time without GMT or UTC, read only where it
# cannot be a 12-hour time missing its a.m. or p.m. (an hour after 12, or written with a leading
# zero) and only after a word that places a moment in time (LOCAL_TIME_CUE): "closed at 14.20" is a
# price, "won 14:20" a score
LOCAL_TWENTY_FOUR_HOUR = re.compile(
    r"(?<![\w:.])(?P<hour>0\d|1[3-9]|2[0-3])[:h](?P<minute>[0-5]\d)(?![\w:.]*\d)(?!\s?(?:GMT|UTC|[ap]\.?m)\b)"
    r"(?:\s+(?P<zone>local\s+time|(?-i:[A-Z]{2,4})\b))?",
    re.IGNORECASE,
)
LOCAL_TIME_CUE = re.compile(
    r"\b(?:at|by|from|until|till|after|before|since|around|about|approximately|shortly\s+after|shortly\s+before)\s+$",
    re.IGNORECASE,
)
UNIVERSAL = frozenset({"GMT", "UTC", "Z"})
# the words before a time that widen it to a window or bound it on one side
APPROXIMATE = re.compile(r"\b(?:about|around|approximately|roughly|some|circa|nearly|almost)\s+(?:at\s+)?$", re.IGNORECASE)
SHORTLY_BEFORE = re.compile(r"\b(?:shortly|just|soon|minutes)\s+before\s+$", re.IGNORECASE)
SHORTLY_AFTER = re.compile(r"\b(?:shortly|just|soon|minutes)\s+after\s+$", re.IGNORECASE)
NOT_AFTER = re.compile(r"\b(?:before|by|until|till)\s+$", re.IGNORECASE)
NOT_BEFORE = re.compile(r"\b(?:after|since|from)\s+$", re.IGNORECASE)
DAY = 24 * 60


@dataclass(frozen=True, slots=True)
class ClockTime:
    text: str  # as written (a 24-hour time with its clock: "0920 GMT")
    minutes: int  # after midnight
    clock: str  # "local" (also when none is named), "UTC", or the zone as written ("EDT")
    low: float  # the window the words around it allow, in minutes after midnight
    high: float


def clock_times(text: str, settings: CorroborationSettings) -> list[ClockTime]:
    """Every time of day written in ``text``, with its clock and its window."""
    found: list[tuple[int, ClockTime]] = []
    for match in TWELVE_HOUR.finditer(text):
        hour = int(match.group("hour")) % 12 + (12 if match.group("half").lower() == "p" else 0)
        zone = (match.group("zone") or "").strip()
        clock = "local" if not zone or zone.lower().startswith("local") else ("UTC" if zone.upper() in UNIVERSAL else zone.upper())
        written = text[match.start() : match.end() - (len(match.group("zone") or ""))].strip()
        found.append((match.start(), _windowed(text, match.start(), written, hour * 60 + int(match.group("minute") or 0), clock, settings)))
    for match in LOCAL_TWENTY_FOUR_HOUR.finditer(text):
        if not LOCAL_TIME_CUE.search(text[max(0, match.start() - 24) : match.start()]):
            continue
        zone = (match.group("zone") or "").strip()
        clock = "local" if not zone or zone.lower().startswith("local") else zone.upper()
        written = text[match.start() : match.end() - (len(match.group("zone") or ""))].strip()
        minutes = int(match.group("hour")) * 60 + int(match.group("minute"))
        found.append((match.start(), _windowed(text, match.start(), written, minutes, clock, settings)))
    for match in TWENTY_FOUR_HOUR.finditer(text):
        minutes = int(match.group("hour")) * 60 + int(match.group("minute"))
        found.append((match.start(), _windowed(text, match.start(), match.group(0), minutes, "UTC", settings)))
    return [time for _, time in sorted(found, key=lambda item: item[0])]


def _windowed(text: str, start: int, written: str, minutes: int, clock: str, settings: CorroborationSettings) -> ClockTime:
    before = text[max(0, start - 24) : start]
    exact, loose = settings.clock_exact_minutes, settings.clock_approximate_minutes
    if SHORTLY_BEFORE.search(before):
        low, high = minutes - loose, minutes
    elif SHORTLY_AFTER.search(before):
        low, high = minutes, minutes + loose
    elif APPROXIMATE.search(before):
        low, high = minutes - loose, minutes + loose
    elif NOT_AFTER.search(before):
        low, high = float("-inf"), minutes
    elif NOT_BEFORE.search(before):
        low, high = minutes, float("inf")
    else:
        low, high = minutes - exact, minutes + exact
    return ClockTime(written, minutes, clock, low, high)


def clock_disagreement(a_text: str, b_text: str, settings: CorroborationSettings) -> tuple[ClockTime, ClockTime] | None:
    """The two times of day of two aligned statements that cannot be one moment, if they give one
    each in a clock they share; a statement with two times in one clock ("took off at 10:05 a.m.
    and landed at 11:20 a.m.") tells two moments, and which is which is not guessed."""
    ours, theirs = clock_times(a_text, settings), clock_times(b_text, settings)
    shared = {t.clock for t in ours} & {t.clock for t in theirs}
    for clock in sorted(shared):
        x = [t for t in ours if t.clock == clock]
        y = [t for t in theirs if t.clock == clock]
        if len(x) != 1 or len(y) != 1:
            return None
        if _apart(x[0], y[0]):
            return x[0], y[0]
        return None  # one clock agrees: a second (a local time beside GMT) says the same moment
    return None


def _apart(x: ClockTime, y: ClockTime) -> bool:
    """Whether two windows share no minute (around midnight too: 11:50 p.m. and 0:05 a.m.)."""
    return all(x.high < y.low + shift or y.high + shift < x.low for shift in (-DAY, 0, DAY))
