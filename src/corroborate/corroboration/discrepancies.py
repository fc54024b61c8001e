"""Discrepancies: where aligned statements cannot all be true.

Only statements that assert the same thing are compared (an aligned claim, or two figures whose
surroundings say they measure the same thing), so that two different facts are never reported as a
contradiction. A shorter report that leaves a detail out is silent, not contradictory: every check
needs a value on both sides. Every discrepancy carries the sentences of each side, and when the
sides were published at different times it is shown in publication order and marked as a possible
update (a toll that rises through the day is not a contradiction).
"""

from __future__ import annotations

import difflib
import itertools
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

import numpy as np

from ..analyze.lexicon import json_data, labelled_words, word_list, word_set
from ..analyze.quantities import NATIONALITY_NOUNS, WORD_VALUES
from ..embeddings import get_embedder
from ..group.credits import agency_name, wire_agencies
from ..model import Discrepancy, Quantity, Variant
from ..settings import Settings
from .align import binary_matrix
from .claims import (
    EVENT_LIGHT_VERBS,
    FIGURE_VERBS,
    LIGHT_VERBS,
    PREDICATE_ADJECTIVES,
    ParsedStory,
    QuotedSpan,
    Statement,
)
from .clock import clock_disagreement, clock_times

# Conversions to one unit per dimension, for units the analysis left as written.
_TO_BASE = {
    "km": ("km", 1.0), "kilometre": ("km", 1.0), "kilometer": ("km", 1.0), "m": ("km", 0.001),
    "metre": ("km", 0.001), "meter": ("km", 0.001), "mi": ("km", 1.609344), "mile": ("km", 1.609344),
    "ft": ("km", 0.0003048), "foot": ("km", 0.0003048), "feet": ("km", 0.0003048), "yard": ("km", 0.0009144),
    "kg": ("kg", 1.0), "g": ("kg", 0.001), "t": ("kg", 1000.0), "tonne": ("kg", 1000.0), "ton": ("kg", 1000.0),
    "lb": ("kg", 0.45359237), "pound": ("kg", 0.45359237),
    "km2": ("km2", 1.0), "sq km": ("km2", 1.0), "sq mi": ("km2", 2.589988), "square mile": ("km2", 2.589988),
    "hectare": ("km2", 0.01), "ha": ("km2", 0.01), "acre": ("km2", 0.00404686),
    "km/h": ("km/h", 1.0), "mph": ("km/h", 1.609344),
    # durations meet where the conversion is exact: "six and a half years" is "78 months"
    "year": ("month", 12.0), "month": ("month", 1.0), "week": ("day", 7.0), "day": ("day", 1.0),
    "hour": ("minute", 60.0), "minute": ("minute", 1.0), "second": ("minute", 1 / 60),
}
# Words of a title phrase that give a rank, not an organisation ("chief", "deputy", "acting").
RANK_WORDS = frozenset(
    ["chief", "deputy", "vice", "acting", "former", "interim", "incoming", "outgoing", "assistant", "associate", "executive", "general", "senior", "junior", "top", "managing", "head"]
)
# Speakers that name a crowd rather than someone: they are compatible with any named speaker.
GENERIC_SPEAKER_WORDS = frozenset(
    ["official", "source", "people", "person", "report", "medium", "expert", "analyst", "observer", "witness", "diplomat", "resident", "spokesperson", "spokesman", "spokeswoman", "representative", "aide"]
)


# bodies a report may cite without naming them, for which any one of their members speaks
UNNAMED_BODIES = frozenset(["police", "authorities", "officers", "investigators", "detectives", "troopers", "deputies"])


@dataclass(slots=True)
class _Side:
    """One reading of a disputed fact: its value and the statements that carry it."""

    value: str
    normalized: object
    statements: list[Statement]


@dataclass(slots=True)
class _Finding:
    kind: str
    subject: str
    sides: list[_Side]
    claim_statements: list[Statement]
    fixed: bool = False  # a value that does not move as the story unfolds (the minute of a goal)


def find_discrepancies(
    parsed: ParsedStory,
    groups: Sequence[Sequence[int]],
    scores: np.ndarray,
    settings: Settings,
    origin: Callable[[str], str] | None = None,
    claim_groups: Sequence[Sequence[int]] = (),
) -> list[_Finding]:
    """Every discrepancy of a story, before ids and claims are attached. ``origin`` names each
    document's origin (each document its own when not given); ``claim_groups`` are the claims that
    joining headlines made of ``groups``."""
    origin = origin or (lambda document: document)
    cfg = settings.corroboration
    statements = parsed.statements
    named_in = _people_named(parsed)
    within = _places_within(statements)
    findings: list[_Finding] = []
    for group in groups:
        if len(group) < 2:
            continue
        status_themes: set[str | None] = set()
        negations: list[_Finding] = []
        speakers: list[_Finding] = []
        actors: list[_Finding] = []
        for a_pos, i in enumerate(group):
            for j in group[a_pos + 1:]:
                a, b = statements[i], statements[j]
                strong = scores[i, j] >= cfg.strong_align_threshold
                findings.extend(_date(a, b))
                findings.extend(_time_of_day(a, b, cfg))
                findings.extend(_moment(a, b))
                # a place needs the same slot on both sides ("substation in X" / "substation of Y"),
                # which already pins the comparison
                findings.extend(_place(a, b, cfg.same_place_km, within))
                findings.extend(_survivor_against_death(a, b) or _survivor_against_death(b, a))
                if strong:
                    actors.extend(_actor(a, b, named_in))
                    if status := _status(a, b, cfg.max_update_days):
                        if a.theme == b.theme:
                            status_themes.add(a.theme)
                        else:  # a step named by its verb and by its noun: the pair is the finding
                            findings.extend(status)
                    negations.extend(_negation(a, b))
                    outcome = _outcome(a, b) or _open_state(a, b) or _medal(a, b)
                    findings.extend(outcome)
                    if not outcome and not _figures_disagree(a, b, settings):
                        # two officials giving two tolls are two sources of two figures, which the
                        # quantity check reports; a misattribution is one statement, two speakers
                        speakers.extend(_speaker(a, b, parsed, origin(a.document) == origin(b.document)))
                elif _asserts_the_denied(a, b):
                    negations.extend(_negation(a, b))
        findings.extend(_actors_of_claim(actors, [statements[i] for i in group]))
        findings.extend(_negation_of_claim(negations, [statements[i] for i in group]))
        findings.extend(_speakers_of_claim(speakers, [statements[i] for i in group]))
        for theme in status_themes:
            findings.extend(_status_of_claim([statements[i] for i in group], theme))
    findings.extend(_dates_of_joined_groups(statements, groups, claim_groups))
    findings.extend(_status_across_claims(statements, groups, scores, settings))
    findings.extend(_course_across_claims(statements, scores, settings))
    findings.extend(_open_states_across_claims(statements, groups, scores, settings))
    findings.extend(_negation_across_claims(statements, groups, scores, settings))
    findings.extend(_dates_across_claims(statements, groups, scores, settings))
    findings.extend(_places_across_claims(statements, groups, scores, settings, within))
    findings.extend(_births_against_ages(statements))
    findings.extend(_ages_of_one_person(statements, parsed, cfg.max_update_days))
    findings.extend(_states_of_one_person(statements, parsed, cfg.max_update_days))
    measures = _quantities(statements, groups, scores, settings)
    findings.extend(measures)
    findings.extend(_dates_of_one_measure(measures))
    findings.extend(_quotes(statements, settings))
    findings.extend(_gender(parsed))
    return [finding for finding in _times_of_day_joined(_merge(findings), cfg) if not _stated_together(finding)]


def _stated_together(finding: _Finding) -> bool:
    """Whether one sentence holds two of the values of a fact: "Wynn was signed on Tuesday and
    Bell on Wednesday" dates two things, and a report does not state two tolls of one thing in a
    sentence. (How a person is named is another matter: "the spokeswoman, Mr. Ruiz" is one
    sentence at odds with itself.)"""
    if finding.kind not in VALUE_KINDS:
        return False
    seen: dict[tuple[str, str], int] = {}
    for number, side in enumerate(finding.sides):
        for statement in side.statements:
            if seen.setdefault((statement.document, statement.sentence_text), number) != number:
                return True
    return False


# --------------------------------------------------------------------------------------------
# quantities


def _base(quantity: Quantity) -> tuple[str, float] | None:
    unit = (quantity.unit or "").lower().strip()
    if quantity.kind == "count":
        return unit, 1.0
    if unit in _TO_BASE:
        return _TO_BASE[unit]
    return unit, 1.0


# units that writers count in only roughly: "for two decades" rarely means exactly 20 years
ROUND_UNITS = frozenset(["decade", "century"])


def quantity_interval(quantity: Quantity, settings: Settings) -> tuple[float, float] | None:
    """The values a figure allows, in its base unit: ranges as read, widened by a tolerance."""
    cfg = settings.corroboration
    base = _base(quantity)
    if base is None:
        return None
    low, high = quantity.low, quantity.high
    if low is None and high is None:  # a point value only
        low = high = quantity.value
        if low is None:
            return None
    # one open end: "more than 60,000", "at least a dozen", "fewer than 10"
    low = -math.inf if low is None else low * base[1]
    high = math.inf if high is None else high * base[1]
    if quantity.kind == "temperature":
        return _temperature_interval(quantity, low, high, cfg)
    # a vague amount is already read as a range; "about" widens a point value
    if quantity.approximate and not quantity.vague:
        tolerance = _approximate_tolerance(quantity, cfg)
    elif quantity.vague:
        tolerance = cfg.vague_edge_tolerance  # "tens of thousands" stops near 100,000, not at 99,999
    elif quantity.original_unit in ROUND_UNITS and quantity.original_value:
        tolerance = 0.5 / quantity.original_value  # "two decades" of a 21-year rule: 15 to 25 years
    elif quantity.original_unit is not None and _converted(quantity):
        tolerance = cfg.exact_tolerance  # converted from the unit written: rounding in the conversion
    else:
        tolerance = 0.0  # a figure written without "about" is what it says: 2.4 million is not 2.5 million
    return low * (1 - tolerance), high * (1 + tolerance)


def _temperature_interval(quantity: Quantity, low: float, high: float, cfg) -> tuple[float, float]:
    """A temperature's scale has no true zero, so its tolerance is in degrees, not a share: a
    share of 3% made -10C disagree with itself and let 46C and 47.4C meet. A figure converted from
    Fahrenheit may be off by the rounding of either; "about" allows a little more."""
    if quantity.approximate:
        margin = cfg.temperature_approximate_degrees
    elif quantity.original_unit is not None and _converted(quantity):
        margin = cfg.temperature_converted_degrees
    else:
        margin = 0.0
    return low - margin, high + margin


def _currency(quantity: Quantity) -> str | None:
    """The currency of an amount that is compared in dollars, at a rate."""
    unit = (quantity.unit or "").upper()
    return unit if quantity.kind == "money" and unit in _dollar_rates() else None


def _in_currencies_apart(x: tuple[float, float], x_currency: str | None, y: tuple[float, float], y_currency: str | None,
                         tolerance: float, steady_rates: bool = False) -> bool:
    """Whether two amounts meet: in one currency as written; in two ("5 million euros" and "$12
    million" are two sums, "37 million Danish kroner" and "5 million euros" one) in dollars at a
    fixed rate that may be ``tolerance`` off either way for each amount not in dollars, or less for a
    currency whose rate moved less (the data's "drift": "£50,000" is no "$75,000") when both reports
    are of the years the rates describe (``steady_rates``)."""
    if x_currency != y_currency and x_currency is not None and y_currency is not None:
        drifts = _rate_drifts() if steady_rates else {}
        x, y = (
            (interval[0] * rate * (1 - widen), interval[1] * rate * (1 + widen))
            for interval, currency in ((x, x_currency), (y, y_currency))
            for rate in [_dollar_rates()[currency]]
            for widen in [0.0 if currency == "USD" else min(tolerance, drifts.get(currency, tolerance))]
        )
    return _compatible(x, y)


def _of_the_rates_years(*published: date | None) -> bool:
    """Whether every report is dated within the years the fixed rates describe: "85 million euros
    ($108 million)" in 2008 was converted at that day's rate, which the drift of later years does
    not cover, and an undated report may be of any year."""
    first, last = json_data("currency_rates.json").get("drift_years", (0, 0))
    return all(day is not None and first <= day.year <= last for day in published)


def _one_figure_two_currencies(p: Quantity, q: Quantity, margin: float) -> bool:
    """"24 million euros" and "£24 million": the same figure in two currencies worth more than
    ``margin`` apart is one figure given the wrong currency, which the tolerance for the drift of
    rates would otherwise pass (a conversion changes the figure; near par, as francs and euros, it
    may not)."""
    currencies = _currency(p), _currency(q)
    if None in currencies or currencies[0] == currencies[1] or p.vague or q.vague:
        return False
    if p.low is None or q.low is None or not (math.isclose(p.low, q.low) and math.isclose(p.high or p.low, q.high or q.low)):
        return False
    rates = sorted(_dollar_rates()[currency] for currency in currencies)
    return rates[1] / rates[0] > 1 + margin


@cache
def _dollar_rates() -> dict[str, float]:
    """What one unit of a currency is worth in US dollars, roughly (data/analyze/currency_rates.json)."""
    return dict(json_data("currency_rates.json")["rates"])


@cache
def _rate_drifts() -> dict[str, float]:
    """How far the rate of a steady currency moved either way (data/analyze/currency_rates.json)."""
    return dict(json_data("currency_rates.json").get("drift", {}))


def _converted(quantity: Quantity) -> bool:
    """Whether the number changed when its unit was normalised ("680 miles" read as 1,094 km): only
    then may rounding in the conversion part two figures. "91 percent" kept as 91 % was not
    converted, and a tolerance let it agree with "86 percent"."""
    read = quantity.low if quantity.low is not None else quantity.high
    return quantity.original_value is None or read is None or abs(quantity.original_value - read) > 1e-9


def _approximate_tolerance(quantity: Quantity, cfg) -> float:
    """How far "about N" may be from N: what rounding N as written hides (half a unit of its last
    significant digit, relative to N: "about 1,200" ~5%, "about 40,000" 12.5%), within the bounds.
    A round figure says less than a precise one: one tolerance of 15% for every figure let "about
    1,200" agree with "around 1,500"."""
    written = quantity.original_value if quantity.original_value is not None else quantity.value
    if not written or written != written or abs(written) == math.inf:
        return cfg.approximate_tolerance
    digits = f"{abs(written):.6g}"
    if "e" in digits or "." in digits:
        return cfg.approximate_tolerance_min  # a written decimal is precise
    last_digit_unit = 10 ** (len(digits) - len(digits.rstrip("0")))
    return min(cfg.approximate_tolerance, max(cfg.approximate_tolerance_min, 0.5 * last_digit_unit / abs(written)))


def _compatible(x: tuple[float, float], y: tuple[float, float]) -> bool:
    return x[0] <= y[1] and y[0] <= x[1]


# the span a player's or a team's figure is counted over: "in 54 games", "in his first three
# seasons", "in the first half", "this season" ("a career-high 14 points" is the game's figure)
SPAN_AFTER = re.compile(
    r"^[^,;.]{0,30}?\b(?:in|of|over|during|through|this|last|for)\s+(?:(?:his|her|their|its|the|a|an|this|last)\s+)?"
    r"(?P<count>(?:(?:first|last|past|previous|opening|final|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+){0,2})"
    r"(?P<unit>seasons?|games?|matches|match|career|half|halves|innings|starts|appearances|outings|quarters?|periods?|tournament|series)\b",
    re.IGNORECASE,
)
SPAN_UNITS = {"games": "game", "matches": "game", "match": "game", "starts": "game", "appearances": "game",
              "outings": "game", "seasons": "season", "halves": "half", "quarters": "quarter", "periods": "period"}


# the same span named before the figure, in its clause: "In the first half Smith scored seven points",
# "Artino picked up the slack in the first half as he scored seven points"
SPAN_BEFORE = re.compile(
    r"\b(?:in|over|during|through)\s+(?:(?:his|her|their|its|the|a|an|this|last)\s+)?"
    r"(?P<count>(?:(?:first|last|past|previous|opening|final|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+){1,2})"
    r"(?P<unit>seasons?|games?|matches|match|half|halves|innings|starts|appearances|outings|quarters?|periods?)\b"
    r"[^;.]{0,60}$",
    re.IGNORECASE,
)


# a term of months or years named right after a figure: "a rise of 10 percent over two years",
# "38 percent in five years", "8 percent over a year"; a figure over a term is a total over it, another
# measure than the same noun's figure without it, or over another term ("6 percent this year")
TERM_AFTER = re.compile(
    r"^[^,;.]{0,20}?\b(?:over|within|in|across)\s+(?:the\s+)?(?:next\s+|coming\s+|past\s+|last\s+|first\s+)?"
    r"(?P<count>\d+|an?|" + "|".join(sorted(WORD_VALUES, key=len, reverse=True)) + r")\s+(?P<unit>years?|months?)\b",
    re.IGNORECASE,
)


def _term_measured(statement: Statement, quantity: Quantity) -> str | None:
    """The term of months a figure is a total over, when one is named right after it."""
    found = TERM_AFTER.search(statement.sentence_text[quantity.end - statement.sentence_start:])
    if found is None:
        return None
    count = found.group("count").lower()
    number = int(count) if count.isdigit() else 1 if count in ("a", "an") else WORD_VALUES[count]
    return f"{number * (12 if found.group('unit').lower().startswith('year') else 1)} month"


# a bound that an order or a rule sets is its figure, not an estimate's edge: "ordered the union to
# keep at least 70 percent of crews working" is a floor of 70, which "requires it to keep 90 percent"
# contradicts; "at least 70 people were hurt" still allows 90
RULE_BEFORE_BOUND = re.compile(
    r"\b(?:order(?:s|ed|ing)?|requir(?:e|es|ed|ing)|oblig(?:e|es|ed|ing)|must|forc(?:e|es|ed|ing)|compel(?:s|led|ling)?|"
    r"mandat(?:e|es|ed|ing)|instruct(?:s|ed|ing)?)\b[^.;:!?]{0,60}$",
    re.IGNORECASE,
)
RULE_BOUND = re.compile(r"^(?:at\s+least|a\s+minimum\s+of|no\s+(?:fewer|less)\s+than|not\s+(?:fewer|less)\s+than)\b", re.IGNORECASE)


def _as_the_rule_sets_it(statement: Statement, quantity: Quantity, interval: tuple[float, float]) -> tuple[float, float]:
    """A figure's interval, a floor that an order or rule sets read as the floor itself."""
    if quantity.low is None or quantity.high is not None or not RULE_BOUND.match(quantity.text):
        return interval
    if not RULE_BEFORE_BOUND.search(statement.sentence_text[: quantity.start - statement.sentence_start]):
        return interval
    return interval[0], interval[0]


def _span_measured(statement: Statement, quantity: Quantity) -> str | None:
    """The span a figure counts over, if the sentence names one next to it ("54 game", "first
    three season", "career", "24 month"), after the figure or before it in its clause ("in the
    first half he scored seven points"): two figures of one holder over different spans are two
    measures."""
    if quantity.kind != "duration" and (term := _term_measured(statement, quantity)) is not None:
        return term
    found = SPAN_AFTER.search(statement.sentence_text[quantity.end - statement.sentence_start:])
    if found is None:
        found = SPAN_BEFORE.search(statement.sentence_text[: quantity.start - statement.sentence_start])
    if found is None:
        return None
    unit = found.group("unit").lower()
    count = " ".join(found.group("count").lower().split())
    return f"{count} {SPAN_UNITS.get(unit, unit)}".strip()


def _impressions(p: Quantity, x: tuple[float, float], q: Quantity, y: tuple[float, float]) -> bool:
    """Two amounts written only in words ("several", "many", "a few") are impressions of a number,
    whose ranges are conventions: they disagree only when one is half as much again as the other where
    they come nearest ("dozens" against "hundreds")."""
    if not (p.vague and q.vague) or re.search(r"\d", p.text + q.text):
        return False
    lower, higher = sorted((x, y))
    return higher[0] < 1.5 * lower[1]


def _same_dimension(p: Quantity, q: Quantity, unit_similar: Callable[[str, str], bool], deadlines: frozenset[int] = frozenset()) -> bool:
    if p.kind != q.kind:
        return False
    bp, bq = _base(p), _base(q)
    if bp is None or bq is None:
        return False
    if p.kind == "count":
        return bp[0] == bq[0] or unit_similar(bp[0], bq[0])
    return bp[0] == bq[0] or None not in (_currency(p), _currency(q)) or _in_other_duration_units(p, q, deadlines)


# A month is 28 to 31 days, so terms in days and in months or years meet only roughly: "nearly
# eleven months" of talks are not "277 days", "more than nine months" may be. Months and years
# keep their exact conversion between themselves ("78 months" is not "six years").
MONTH_IN_DAYS = (28.0, 31.0)


def _days_and_months(p: Quantity, q: Quantity) -> bool:
    """Whether one duration is counted in days or weeks and the other in months or years."""
    return p.kind == q.kind == "duration" and {(_base(p) or ("", 1.0))[0], (_base(q) or ("", 1.0))[0]} == {"day", "month"}


def _hours_against_days(p: Quantity, q: Quantity) -> bool:
    """Whether one duration is counted in hours or minutes and the other in days or weeks."""
    units = {(_base(p) or ("", 1.0))[0], (_base(q) or ("", 1.0))[0]}
    return p.kind == q.kind == "duration" and units == {"day", "minute"}


def _hours_and_days(p: Quantity, q: Quantity, deadlines: frozenset[int] = frozenset()) -> bool:
    """Whether hours meet days as one length: the hours name the length of a thing ("a 48-hour
    strike" against "a three-day strike"), or both figures are deadlines (``deadlines`` holds the
    ids of those: "within 48 hours" against "two days to leave"); hours of an activity ("30 hours
    of deliberation") are no length of days gone by ("after four days")."""
    if not _hours_against_days(p, q):
        return False
    hours = p if (_base(p) or ("", 1.0))[0] == "minute" else q
    return _length_of_a_thing(hours) or (id(p) in deadlines and id(q) in deadlines)


# "within 48 hours", "gave them two days to leave", "has 72 hours to respond": the time a party is
# given to do something
_WITHIN_BEFORE = re.compile(r"\bwithin\s+(?:the\s+next\s+)?$", re.IGNORECASE)
_GIVEN_BEFORE = re.compile(r"\b(?:give|gives|gave|given|giving|grant|grants|granted|allow|allows|allowed|has|have|had)\s+"
                           r"(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_TO_DO_AFTER = re.compile(r"\s+to\s+[a-z]+\b", re.IGNORECASE)


def _deadline(statement: Statement, quantity: Quantity) -> bool:
    """Whether a duration is the time someone is given to do something: "ordered to leave within
    48 hours", "given them two days to leave". Two deadlines in hours and in days are one length
    counted two ways (two days are more than 24 hours and up to 48), not hours of an activity
    against days gone by."""
    if quantity.kind != "duration":
        return False
    offset = quantity.start - statement.sentence_start
    before = statement.sentence_text[max(0, offset - 40) : offset]
    after = statement.sentence_text[quantity.end - statement.sentence_start :]
    return _WITHIN_BEFORE.search(before) is not None \
        or (_GIVEN_BEFORE.search(before) is not None and _TO_DO_AFTER.match(after) is not None)


def _length_of_a_thing(quantity: Quantity) -> bool:
    """A length hyphened to the noun it measures: "48-hour", "a 90-minute meeting"."""
    return bool(re.search(r"-(?:hours?|minutes?)$", quantity.text.strip(), re.IGNORECASE))


def _in_other_duration_units(p: Quantity, q: Quantity, deadlines: frozenset[int] = frozenset()) -> bool:
    """Whether two durations are counted in units whose conversion is not exact."""
    return _days_and_months(p, q) or _hours_and_days(p, q, deadlines)


MINUTES_IN_A_DAY = 1440.0


def _in_days(quantity: Quantity, interval: tuple[float, float]) -> tuple[float, float]:
    """A duration's interval in days: months (and years, read as months) at 28 to 31 days each,
    hours and minutes as parts of a day."""
    base = (_base(quantity) or ("", 1.0))[0]
    if quantity.kind == "duration" and base == "month":
        return interval[0] * MONTH_IN_DAYS[0], interval[1] * MONTH_IN_DAYS[1]
    if quantity.kind == "duration" and base == "minute":
        return interval[0] / MINUTES_IN_A_DAY, interval[1] / MINUTES_IN_A_DAY
    return interval


def _days_begun(quantity: Quantity, interval: tuple[float, float]) -> tuple[float, float]:
    """A length in days (or weeks) in minutes, counting its last day begun: "a two-day strike" runs
    more than one day and up to two, so it is 48 hours or 30, never 72 ("a three-day strike")."""
    unit_days = (_base(quantity) or ("", 1.0))[1]
    return max(0.0, interval[0] - unit_days) * MINUTES_IN_A_DAY + 1.0, interval[1] * MINUTES_IN_A_DAY


def _durations_meet(p: Quantity, x: tuple[float, float], q: Quantity, y: tuple[float, float],
                    deadlines: frozenset[int] = frozenset()) -> bool:
    """Whether two figures' intervals meet, a term in days against one in months in days, and a
    length in hours against one in days in minutes."""
    if _days_and_months(p, q):
        return _compatible(_in_days(p, x), _in_days(q, y))
    if _hours_and_days(p, q, deadlines):
        in_days = (p, x) if (_base(p) or ("", 1.0))[0] == "day" else (q, y)
        in_minutes = y if in_days[0] is p else x
        return _compatible(_days_begun(*in_days), in_minutes)
    return _compatible(x, y)


COORDINATION = re.compile(r"(?:,\s*|\s+)and\s+|;\s*", re.IGNORECASE)
_JOINED_FIGURE_GAP = 3  # words at most between the "and" and the second figure ("and Rs 50,000", "and a further 6 million")


def _context(statement: Statement, quantity: Quantity, width: int = 48) -> str:
    """The words around a figure: what it counts or measures, and of what."""
    text = statement.sentence_text
    at = quantity.start - statement.sentence_start
    lo = max(0, at - width)
    hi = min(len(text), at + len(quantity.text) + width)
    lo = text.rfind(" ", 0, lo) + 1 if lo > 0 else 0
    cut = text.find(" ", hi)
    hi = cut if cut != -1 else len(text)
    # "pays 5 million to each family and 50,000 to each injured person": two figures of one kind
    # joined by "and" each own the words on their side of it, not the other's; an "and" that joins
    # two clauses, several words before the second figure ("for many years and is still doing so
    # ... to 12 years"), joins no figures
    for other in statement.quantities:
        if other is quantity or other.kind != quantity.kind:
            continue
        o_start, o_end = other.start - statement.sentence_start, other.end - statement.sentence_start
        if o_end <= at:
            joint = [m for m in COORDINATION.finditer(text, o_end, at)]
            if joint and joint[-1].end() > lo and len(text[joint[-1].end():at].split()) <= _JOINED_FIGURE_GAP:
                lo = joint[-1].end()
        elif o_start >= at + len(quantity.text):
            joint = [m for m in COORDINATION.finditer(text, at + len(quantity.text), o_start)]
            if joint and joint[-1].start() < hi and len(text[joint[-1].end():o_start].split()) <= _JOINED_FIGURE_GAP:
                hi = joint[-1].start()
    return text[lo:hi].strip(" ,;")


def _quantities(statements: Sequence[Statement], groups, scores: np.ndarray, settings: Settings) -> list[_Finding]:
    """Figures that measure the same thing in different reports and whose ranges do not meet."""
    cfg = settings.corroboration
    items: list[tuple[int, Quantity, tuple[float, float]]] = []
    # figures left out as a stretch of a tally ("three more are still trapped") or a remainder ("two
    # other victims"): no rival of any total, but a report whose sentence states one still states
    # that figure
    tally_parts: dict[int, list[tuple[Quantity, tuple[float, float]]]] = {}
    for index, statement in enumerate(statements):
        for quantity in statement.quantities:
            interval = quantity_interval(quantity, settings)
            if interval is not None and (_part_of_a_tally(statement, quantity) or _remainder(statement, quantity)
                                         or _addend(statement, quantity)):
                tally_parts.setdefault(index, []).append((quantity, interval))
            elif interval is not None and not _bracketed_conversion(statement, quantity) and not _time_remaining(statement, quantity) \
                    and not _bare_fraction(quantity):
                items.append((index, quantity, _as_the_rule_sets_it(statement, quantity, interval)))
    if len(items) < 2:
        return []
    embedder = get_embedder(settings.embedding)
    group_of = {i: g for g, group in enumerate(groups) for i in group}
    # the nouns of the tally's stretches too: states_a_tally_part compares them with the figures'
    counted = [q for _, q, _ in items] + [q for parts in tally_parts.values() for q, _ in parts]
    units = sorted({(_base(q) or ("", 1.0))[0] for q in counted if q.kind == "count"})
    unit_vectors = dict(zip(units, embedder.encode(units), strict=True)) if units else {}

    def unit_similar(u: str, v: str) -> bool:
        if not u or not v:
            return False
        if u in v or v in u:
            return True
        return float(embedder.comparable(unit_vectors[u] @ unit_vectors[v])) >= cfg.unit_similarity_threshold

    def unrelated_nouns(u: str, v: str) -> bool:
        if u in v or v in u or u not in unit_vectors or v not in unit_vectors:
            return False
        return float(embedder.comparable(unit_vectors[u] @ unit_vectors[v])) < cfg.unrelated_noun_threshold

    sentence_of = _sentence_statements(statements)
    figures_of: dict[int, list[int]] = {}
    for x, (i, _, _) in enumerate(items):
        figures_of.setdefault(i, []).append(x)
    event_days = [_event_day(statements[i], q) for i, q, _ in items]
    fates = [_fate(statements[i], q) for i, q, _ in items]
    increments = [_increment(statements[i], q) for i, q, _ in items]
    ages = [_age(statements[i], q) for i, q, _ in items]
    previous = [_previous_value(statements[i], q) for i, q, _ in items]
    coordinated = [_coordinated_count(statements[i], q) for i, q, _ in items]
    deadlines = frozenset(id(q) for i, q, _ in items if _deadline(statements[i], q))
    # candidate pairs by cheap tests first; only the measures among them need their contexts embedded
    same_figure: list[tuple[int, int]] = []
    needs_context: list[tuple[int, int, float]] = []
    buckets: dict[tuple[str, str], list[int]] = {}  # only figures of one kind and unit can meet
    for x, (_, quantity, _) in enumerate(items):
        unit = "" if quantity.kind == "count" else "currency" if _currency(quantity) else (_base(quantity) or ("", 1.0))[0]
        if quantity.kind == "duration" and unit in ("month", "minute"):
            unit = "day"  # terms in months and lengths in hours meet those in days (_in_other_duration_units)
        buckets.setdefault((quantity.kind, unit), []).append(x)
    pairs = [(x, y) for bucket in buckets.values() for a, x in enumerate(bucket) for y in bucket[a + 1:]]
    bucket_of = {x: key for key, bucket in buckets.items() for x in bucket}

    currencies = [_currency(q) for _, q, _ in items]

    def meet(x: int, y: int) -> bool:
        if _one_figure_two_currencies(items[x][1], items[y][1], cfg.same_figure_currency_margin):
            return False
        if _in_other_duration_units(items[x][1], items[y][1], deadlines):
            return _durations_meet(items[x][1], items[x][2], items[y][1], items[y][2], deadlines)
        if _rounded_alike(items[x][1], items[y][1]):
            return True
        return _in_currencies_apart(items[x][2], currencies[x], items[y][2], currencies[y], cfg.currency_tolerance,
                                    _of_the_rates_years(statements[items[x][0]].published,
                                                        statements[items[y][0]].published))

    def states_a_tally_part(x: int, ys: list[int]) -> bool:
        """Whether the sentences of ``ys`` state x's figure as a stretch of a tally ("and three more")."""
        sentences = {k for y in ys for k in sentence_of[items[y][0]]}
        return any(
            _same_or_unnamed(items[x][1], quantity, unit_similar)
            and _in_currencies_apart(items[x][2], currencies[x], interval, _currency(quantity), cfg.currency_tolerance)
            for k in sentences for quantity, interval in tally_parts.get(k, [])
        )

    def several_figures(statement: int, x: int) -> bool:
        """Whether a statement holds more than one figure of x's measure: a figure and its
        conversion ("about 5 miles (8 km)") are one figure written twice, but a bound that takes
        in another figure is a figure of its own ("winds of 185 km/h and gusts of up to 230 km/h")."""
        figures = [z for z in figures_of[statement] if bucket_of[z] == bucket_of[x]]
        return any(not meet(a, b) or _written_apart(items[a][1], items[b][1]) for a in figures for b in figures)

    counterparts: list[tuple[int, int]] = []
    for x, y in pairs:
        i, p, _ = items[x]
        j, q, _ = items[y]
        if statements[i].document == statements[j].document:
            if p.kind != "count" and _same_written_measure(p, q):
                same_figure.append((x, y))  # a headline restating its report's figure: one figure
            continue
        # "nine people were killed", "14 people died", "the death toll reached 11": one count of the dead
        same_fate = p.kind == "count" and fates[x] is not None and fates[x] == fates[y]
        if p.kind == "count" and fates[x] != fates[y] and None not in (fates[x], fates[y]):
            continue
        if not _same_dimension(p, q, unit_similar, deadlines) and not (same_fate and (_counts_a_fate(p) or _counts_a_fate(q))) \
                and not _people_of_one_act(statements[i], p, statements[j], q):
            continue
        if _span_measured(statements[i], p) != _span_measured(statements[j], q):
            continue  # "13 home runs in 54 games" and "100 home runs in his first three seasons"
        if _margin(statements[i], p) != _margin(statements[j], q):
            continue  # "won by 11 seconds" is the gap to the runner-up, not "half a minute off the record"
        if _hours_against_days(p, q) and not _hours_and_days(p, q, deadlines):
            continue  # "30 hours of deliberation" is no length of "four days" gone by
        if _time_between(statements[i], p) != _time_between(statements[j], q):
            continue  # "a heart attack nine days earlier" is no length of "in hospital for three weeks"
        if _the_rest(statements[i], p) != _the_rest(statements[j], q):
            continue  # "the remaining seven students" are what is left of a whole, not the 38 freed
        if _part_of_the_happening(statements[i], p, statements[j].figure_predicates.get(q.start)) \
                or _part_of_the_happening(statements[j], q, statements[i].figure_predicates.get(p.start)):
            continue  # "two of the exposed workers" are a part of the "seven workers (who) were exposed"
        if _taken_off(statements[i], p) != _taken_off(statements[j], q):
            continue  # "half a minute off a course record" is no rival of the record's 2:05:41
        if _score_against_narrower_count(statements[i], p, statements[j], q):
            continue  # "seven points to five" is a score, not a count of "11 break points"
        if (coordinated[x] or coordinated[y]) and (p.unit or "").lower() != (q.unit or "").lower():
            continue  # "seven workers and two passers-by" are parts of "nine people", rivals of "five workers"
        if not _described_alike(statements[i], p, statements[j], q):
            continue  # "a three-game losing streak" is no count of "12 games below .500"
        if _impressions(p, items[x][2], q, items[y][2]):
            continue  # "several of them" and "many of the rules": two impressions of one number
        if _orders_apart(p, q, cfg.max_figure_ratio):
            continue  # a share price of 41 euros is not a company's value of 7.6 billion misreported
        if not _same_time(event_days[x], event_days[y], cfg.max_update_days):
            continue  # "last year, 30 ships" is another event than today's 12 ships
        if increments[x] != increments[y] or (increments[x] and event_days[x] != event_days[y]):
            continue  # "56 new cases" is a day's increase, not the 412 cases in all, nor another day's
        if previous[x] != previous[y]:
            continue  # "to 1.6 percent from 1.9 percent": the level before the change is not the new one
        predicates = (statements[i].figure_predicates.get(p.start), statements[j].figure_predicates.get(q.start))
        if p.kind == "count" and not same_fate and not _same_happening(*predicates):
            continue  # the counted noun says what is counted, the predicate what happened to it
        if None not in predicates and (predicates[0] in ASKING_VERBS) != (predicates[1] in ASKING_VERBS):
            continue  # "demanded 100 million" is the sum asked for, not the "15 million was paid"
        if _other_people(statements[i], statements[j]):
            continue  # "Smith scored 14 points" and "Jones had eight points": two people's figures
        if ages[x] and ages[y] and _other_holders(statements[i], p, statements[j], q):
            continue  # "the 41-year-old pilot" and "a 29-year-old passenger"
        if ages[x] != ages[y]:
            continue  # "the 37-year-old" is no term of "485 years", nor "Smith, 32," a count
        if group_of.get(i) == group_of.get(j):
            if p.kind != "count" and (several_figures(i, x) or several_figures(j, y)):
                counterparts.append((x, y))  # which of several amounts is which: by their words
            else:
                same_figure.append((x, y))  # counts have their nouns, verbs and parts of wholes
            continue
        if ages[x] or ages[y]:
            continue  # only an aligned claim says whose age it is: related sentences name many people
        related = float(scores[np.ix_(sentence_of[i], sentence_of[j])].max())
        if p.kind == "count":
            if related >= cfg.count_sentence_threshold:
                same_figure.append((x, y))
        elif related >= cfg.quantity_sentence_threshold:  # "km" says nothing of what is measured
            if predicates[0] is not None and predicates[0] == predicates[1] and predicates[0] not in NUMBER_VERBS \
                    and not _saying(predicates[0]):
                # "15% contained" and "35% contained": one verb, one measure; but a verb of saying
                # ("announced 2 million", "announced 4 million") tells nothing of what the sum is for
                same_figure.append((x, y))
            elif (named := _measure_named(statements[i], p)) is not None and named == _measure_named(statements[j], q):
                same_figure.append((x, y))  # "a premium of 31.6%" and "a premium of 36%": one named measure
            elif (described := _described_nouns(statements[i], p)) and described & (_described_nouns(statements[j], q) or set()):
                same_figure.append((x, y))  # "a 7-metre shaft" and "a 40-foot shaft": one noun measured
            elif (since := _time_since(statements[i], p)) is not None and since == _time_since(statements[j], q):
                same_figure.append((x, y))  # "two minutes into its flight" and "96 seconds into the flight"
            else:
                needs_context.append((x, y, related))
    if needs_context or counterparts:
        involved = sorted({k for x, y, _ in needs_context for k in (x, y)} | {k for pair in counterparts for k in pair})
        vectors = embedder.encode([_context(statements[items[k][0]], items[k][1]) for k in involved])
        row = {k: n for n, k in enumerate(involved)}
        for x, y, _ in needs_context:
            if float(embedder.comparable(vectors[row[x]] @ vectors[row[y]])) >= cfg.quantity_context_threshold:
                same_figure.append((x, y))
        same_figure.extend(_mutual_counterparts(counterparts, lambda x, y: float(vectors[row[x]] @ vectors[row[y]]), items))

    same_figure = _without_crossed_links(same_figure, items, statements, deadlines)
    parent = list(range(len(items)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for x, y in same_figure:
        parent[find(x)] = find(y)
    components: dict[int, list[int]] = {}
    for x in range(len(items)):
        components.setdefault(find(x), []).append(x)
    # a measure linked to figures of other reports by its words is a measure of its own: beside
    # another figure in its sentence, it is no second reading of that figure ("gusts of up to 230
    # km/h" beside "winds of 185 km/h" does not take in "winds near 130 mph"); counts are not
    # paired by their words, so "95,000 of the cars are in Germany and 112,400 in the US" still
    # states both
    measured_apart = {x for members in components.values() if len({statements[items[y][0]].document for y in members}) > 1
                      for x in members if items[x][1].kind != "count"}
    findings = []
    found_sides: set[tuple] = set()
    for members in [part for joined in components.values() for part in _split_by_happening(joined, items, statements, meet)]:
        if len({statements[items[x][0]].document for x in members}) < 2:
            continue
        # a figure in one report that agrees with some figure of another is not in dispute, nor
        # one that the other report states in the very sentence that holds its figure: "Eleven of
        # the 24 wagons" and "Eleven wagons out of 24" both say 11 and 24
        disputed = []
        for x in members:
            others = [y for y in members if statements[items[y][0]].document != statements[items[x][0]].document]
            by_document: dict[str, list[int]] = {}
            for y in others:
                by_document.setdefault(statements[items[y][0]].document, []).append(y)
            for ys in by_document.values():
                stated = _sentence_figures(ys, items, sentence_of, figures_of)
                ys.extend([z for z in stated if z not in ys and _same_or_unnamed(items[x][1], items[z][1], unit_similar)
                           and not (z in measured_apart and z not in members) and not _other_fates(fates[x], fates[z])])
            clash = any(
                not any(meet(x, y) for y in ys) and not states_a_tally_part(x, ys) for ys in by_document.values()
            )
            if clash:
                disputed.append(x)
        if len({statements[items[x][0]].document for x in disputed}) < 2:
            continue
        sides: list[tuple[tuple[float, float], list[int]]] = []
        for x in sorted(disputed, key=lambda k: _in_days(items[k][1], items[k][2])[0] * (_dollar_rates()[currencies[k]] if currencies[k] else 1.0)):
            for side in sides:
                if all(meet(x, y) for y in side[1]):
                    side[1].append(x)
                    break
            else:
                sides.append((items[x][2], [x]))
        sides = _one_side_per_sentence(sides, lambda x: statements[items[x][0]])
        sides = _without_reports_stating_both(sides, items, sentence_of, figures_of, unrelated_nouns)
        sides = _without_a_later_rise(sides, items, statements)
        if len(sides) < 2 or _one_report_on_two_sides([[statements[items[x][0]] for x in xs] for _, xs in sides]):
            continue
        finding_sides = []
        for _, xs in sides:
            first = items[xs[0]][1]
            unit = (_base(first) or ("", 1.0))[0]
            low, high = _bounds(first)
            finding_sides.append(
                _Side(_as_written(statements[items[xs[0]][0]], first), {"low": low, "high": high, "unit": unit}, _unique([statements[items[x][0]] for x in xs]))
            )
        involved = [statements[items[x][0]] for x in members]
        signature = tuple(sorted((side.value, tuple(sorted(st.document for st in side.statements))) for side in finding_sides))
        if signature in found_sides:
            continue  # the same bridges disputed beside two happenings' counts: one finding
        found_sides.add(signature)
        findings.append(_Finding("quantity", _context_subject(items, members, statements), finding_sides, involved))
    return findings


def _happening_of(statement: Statement, quantity: Quantity) -> frozenset[str] | None:
    """The classes of what befell a count ("freed", "killed"), or None where its verb tells only
    that it is ("were among 45", "seven remain"). A fate (outcomes.txt) is one class whatever its
    verb or noun: "killed 6", "nine died" and "a death toll of 9" count the dead."""
    if (fate := _fate(statement, quantity)) is not None:
        return frozenset([f"fate:{fate}"])
    verb = statement.figure_predicates.get(quantity.start)
    if verb is None or verb in NUMBER_VERBS:
        return None
    return _happening_classes(verb)


def _split_by_happening(members: list[int], items, statements: Sequence[Statement],
                        meet: Callable[[int, int], bool]) -> list[list[int]]:
    """Counts joined as one measure, apart by what befell them. Counts of two happenings are joined
    only through counts whose verb tells none ("were among 45 students", "seven remain"): without
    those bridges they are measures of their own. And where one happening befell all, a count that
    a report states beside its own count of that happening with a verb of none is another number
    the report keeps apart: its "38 students have been freed" stands against another's "41 freed",
    not its "were among 45" or "seven remain". A bridge from a report that tells no happening of
    its own stays with the happening that most reports count."""
    if any(items[x][1].kind != "count" for x in members):
        return [members]
    happenings = {x: _happening_of(statements[items[x][0]], items[x][1]) for x in members}
    told = [x for x in members if happenings[x] is not None]
    if not told:
        return [members]
    groups: list[tuple[set[str], list[int]]] = []
    for x in told:
        joined = [g for g in groups if g[0] & happenings[x]]
        classes, xs = set(happenings[x]), [x]
        for g in joined:
            classes |= g[0]
            xs += g[1]
            groups.remove(g)
        groups.append((classes, xs))
    by_document: dict[str, list[int]] = {}
    for x in members:
        by_document.setdefault(statements[items[x][0]].document, []).append(x)
    bridges = [
        x for xs in by_document.values() for x in xs
        if happenings[x] is None and not any(happenings[y] is not None and not meet(x, y) for y in xs)
    ]
    if len(groups) == 1:
        return [sorted(groups[0][1] + bridges)]
    # a bridge from a report that tells no happening of its own ("cases rose to 468") reads, most
    # likely, the happening most reports count; where no happening has the most, it reads none
    reach = sorted((len({statements[items[x][0]].document for x in xs}), n) for n, (_, xs) in enumerate(groups))
    widest = reach[-1][1] if reach[-1][0] > reach[-2][0] else None
    return [sorted(xs + bridges) if n == widest else sorted(xs) for n, (_, xs) in enumerate(groups)]


def _one_side_per_sentence(sides: list[tuple[tuple[float, float], list[int]]], statement_of: Callable[[int], Statement]):
    """A sentence with two figures of one measure ("91 percent voted for, on a turnout of 78
    percent") can land on two sides; it belongs to the one side where another report stands with it
    (its 91 percent is what the others state), and leaves the sides where it stood alone. Where it
    stands with others on several sides, or on none, it stays and the finding is dropped as stated
    together."""
    def key(x: int) -> tuple[str, str]:
        return statement_of(x).document, statement_of(x).sentence_text

    placed: dict[tuple[str, str], list[int]] = {}
    for number, (_, xs) in enumerate(sides):
        for x in xs:
            placed.setdefault(key(x), []).append(number)
    keep: dict[tuple[str, str], int] = {}
    for sentence, numbers in placed.items():
        if len(set(numbers)) < 2:
            continue
        backed = {n for n in numbers if any(statement_of(y).document != sentence[0] for y in sides[n][1])}
        if len(backed) == 1:
            keep[sentence] = backed.pop()
    pruned = [(interval, [x for x in xs if keep.get(key(x), number) == number]) for number, (interval, xs) in enumerate(sides)]
    pruned = [(interval, xs) for interval, xs in pruned if xs]
    # only to leave one plain disagreement: where three or more figures stay, the sentences hold
    # several measures of several things (a team's record, two players' points), as in the whole
    # ECB+ run, and the finding is dropped as before
    return pruned if len(pruned) == 2 else sides


def _one_report_on_two_sides(sides: Sequence[Sequence[Statement]]) -> bool:
    """Whether one report gives the figures of two sides in two of its sentences: it tells two
    measures ("net profit per share came to 231.6 yen" and "the shares closed at 3,412 yen";
    revenue "rose 9.6 percent" and the margin "widened to 12.9 percent"), which the figures'
    words linked across claims; a report does not contradict itself from one sentence to the next."""
    seen: dict[str, int] = {}
    for number, side in enumerate(sides):
        for statement in side:
            if seen.setdefault(statement.document, number) != number:
                return True
    return False


# "the death toll rose to 23", "Toll rises to 23": a figure its report says has grown to its value
RISEN_TO = re.compile(r"\b(?:rose|risen|rises|rising|climbed|climbs|increased|increases|grew|grown|grows|jumped|jumps)\s+to\s+$",
                      re.IGNORECASE)


def _without_a_later_rise(sides: list[tuple[tuple[float, float], list[int]]], items, statements: Sequence[Statement]):
    """A side that only later reports give, each saying the figure has risen to a value above every
    other side's ("the toll rose to 23" a day after "at least 19" and "twelve"), is the tally grown
    since: an update the report itself tells, no third reading of the figures the others dispute.
    It is left out only while two sides remain, so a rise against one earlier figure is still shown
    as a possible update."""
    if len(sides) < 3:
        return sides

    def risen(x: int, others: list[tuple[tuple[float, float], list[int]]]) -> bool:
        statement, quantity, interval = statements[items[x][0]], items[x][1], items[x][2]
        before = statement.sentence_text[: quantity.start - statement.sentence_start]
        earlier = [statements[items[y][0]].published for _, ys in others for y in ys]
        return (
            bool(RISEN_TO.search(before)) and statement.published is not None
            and all(day is not None and day < statement.published for day in earlier)
            and all(interval[0] > other[0] for other, _ in others)
        )

    for number, (_, xs) in enumerate(sides):
        others = sides[:number] + sides[number + 1 :]
        if all(risen(x, others) for x in xs):
            return others
    return sides


def _without_reports_stating_both(sides: list[tuple[tuple[float, float], list[int]]], items, sentence_of: Sequence[Sequence[int]],
                                  figures_of: dict[int, list[int]],
                                  unrelated_nouns: Callable[[str, str], bool] = lambda u, v: False) -> list[tuple[tuple[float, float], list[int]]]:
    """Two counts that one report states in one sentence are counts of two things ("31 pieces of
    apparatus, including three ladder trucks", "two of the three victims", "1,300 biologists and
    societies representing 20,000 scientists"), whatever nouns the reader gave them: such a
    sentence leaves its side, and a side left empty drops the finding. Unless the sentence counts
    the other side's very noun with its own figure and names another noun after the other's number
    ("six mummies ... and four canopic jars" against "four mummies"): its number of that noun is
    the one on its side, and the other number counts another thing, where the two nouns are
    unrelated ("40 vehicles, including six fire engines" may still be the "40 fire engines")."""
    if len(sides) != 2 or any(items[x][1].kind != "count" for _, xs in sides for x in xs):
        return sides
    pruned = []
    for number, (interval, xs) in enumerate(sides):
        others = {_written_number(items[y][1]) for y in sides[1 - number][1]} - {None}
        other_nouns = {_counted_noun(items[y][1]) for y in sides[1 - number][1]}
        other_noun = other_nouns.pop() if len(other_nouns) == 1 else None
        pruned.append((interval, [
            x for x in xs
            if not any(z != x and items[z][1].kind == "count" and _written_number(items[z][1]) in others
                       and not _counts_another_noun(items[x][1], items[z][1], other_noun, unrelated_nouns)
                       for z in _sentence_figures([x], items, sentence_of, figures_of))
        ]))
    return pruned if all(xs for _, xs in pruned) else []


def _counts_another_noun(own: Quantity, coincident: Quantity, other_noun: str | None,
                         unrelated_nouns: Callable[[str, str], bool]) -> bool:
    """Whether a sentence's ``coincident`` number, the other side's figure, counts another thing:
    the sentence counts the other side's noun with ``own`` and names an unrelated noun after it."""
    theirs = _counted_noun(coincident)
    return (other_noun is not None and _counted_noun(own) == other_noun and theirs is not None
            and unrelated_nouns(theirs, other_noun))


def _bare_fraction(quantity: Quantity) -> bool:
    """A number with decimals that counts no noun ("a quake measuring 3.8", "put the magnitude at
    5.9") is a measure the reader could not name, not a count: nothing can be counted in tenths."""
    return quantity.kind == "count" and not quantity.unit and quantity.value is not None and quantity.value != int(quantity.value)


def _written_number(quantity: Quantity) -> float | None:
    """The number as written, whatever "about", "more than" or "up to" allow around it (a range's
    upper end)."""
    for number in (quantity.value, quantity.high, quantity.low):
        if number is not None:
            return number
    return None


# "two other victims", "four others": a count of the rest, besides someone the report named
REMAINDER_AFTER = re.compile(r"\s+others?\b", re.IGNORECASE)


_REST_BEFORE = re.compile(r"\b(?:remaining|last)\s+$", re.IGNORECASE)


def _the_rest(statement: Statement, quantity: Quantity) -> bool:
    """"The remaining seven students", "the last three hostages": what is left of a whole, a
    measure of its own that another report's rest may contradict, but no count of those the rest
    is left by."""
    if quantity.kind != "count":
        return False
    offset = quantity.start - statement.sentence_start
    return _REST_BEFORE.search(statement.sentence_text[max(0, offset - 12) : offset]) is not None


# "two of the exposed workers", "three of its injured passengers": a part of a whole that a
# participle describes by what befell it
PART_OF_DESCRIBED_WHOLE = re.compile(r"\s+of\s+(?:the|its|their|these|those)\s+(?P<participle>[a-z]+(?:ed|en))\b", re.IGNORECASE)


def _part_of_the_happening(statement: Statement, quantity: Quantity, other_predicate: str | None) -> bool:
    """Whether a count is a part of a whole that the other figure counts by its happening: "two of
    the exposed workers" (taken to a clinic) are some of those whom "seven workers were exposed"
    counts, no rival of that total. The participle that describes the whole names the other
    figure's verb ("exposed" / "expose", "rescued" / "rescue", "taken" / "take")."""
    if quantity.kind != "count" or not other_predicate:
        return False
    found = PART_OF_DESCRIBED_WHOLE.match(statement.sentence_text, quantity.end - statement.sentence_start)
    if found is None:
        return False
    stem = other_predicate.lower()
    stem = stem[:-1] if stem.endswith("e") else stem
    return len(stem) >= 3 and found["participle"].lower().startswith(stem)


def _remainder(statement: Statement, quantity: Quantity) -> bool:
    """A count of "other" people or things is what is left besides someone the report told of
    first: "two other victims" is no rival of "three victims", nor "four other people" (missing)
    of "13 people" (dead or missing)."""
    if quantity.kind != "count":
        return False
    if re.search(r"\bothers?\b", quantity.text, re.IGNORECASE):
        return True
    return REMAINDER_AFTER.match(statement.sentence_text, quantity.end - statement.sentence_start) is not None


# "won by 11 seconds", "leads by three points", "beat her by about a minute": the gap between two
# rivals; "11 seconds ahead of him", "two points clear", "a minute behind the winner": the same gap
# told after the figure ("78 months behind bars" is no gap)
_MARGIN_BEFORE = re.compile(
    r"\b(?:w[io]n|wins|winning|beat|beats|beaten|beating|lead|leads|led|leading|edged?|edges|trail|trails|trailed|trailing"
    r"|lost|lose|loses|losing)\b[^.;:]{0,40}?\bby\s+(?:(?:about|around|some|nearly|almost|just|only|barely|over|under"
    r"|more\s+than|less\s+than|fewer\s+than)\s+)?$",
    re.IGNORECASE,
)
_MARGIN_AFTER = re.compile(r"\s+(?:ahead\s+of|clear\s+of|adrift\s+of|clear\b|behind\s+(?:the|him|her|them|his|their|its|[A-Z]))")


def _margin(statement: Statement, quantity: Quantity) -> bool:
    """Whether a figure is a winning margin, the gap between two rivals ("won by 11 seconds", "two
    points clear"): comparable with another report's margin, never with the time, score or count
    the rivals reached nor with another difference ("half a minute off the record")."""
    at = quantity.start - statement.sentence_start
    text = statement.sentence_text
    return _MARGIN_BEFORE.search(text[:at]) is not None or _MARGIN_AFTER.match(text, quantity.end - statement.sentence_start) is not None


# "taking more than half a minute off the course record", "shaved two seconds off", "knocked 10%
# off the price": a figure taken off another is a difference, no rival of the time or price it
# changed, only of another such difference
_TAKING_BEFORE = re.compile(
    r"\b(?:t[ao]ok|takes?|taking|shaved?|shaves|shaving|knock(?:s|ed|ing)?|cut(?:s|ting)?|clip(?:s|ped|ping)?"
    r"|lopp?(?:s|ed|ing)?|slash(?:es|ed|ing)?|trimm?(?:s|ed|ing)?|wip(?:e|es|ed|ing))\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_OFF_AFTER = re.compile(r"\s+off\b", re.IGNORECASE)


def _taken_off(statement: Statement, quantity: Quantity) -> bool:
    at, end = quantity.start - statement.sentence_start, quantity.end - statement.sentence_start
    text = statement.sentence_text
    return _OFF_AFTER.match(text, end) is not None and _TAKING_BEFORE.search(text[:at]) is not None


# "seven points to five", "by 312 votes to 198", "two sets to one": a figure that a rival's figure
# follows after "to" is one side of a score; "from 300 jobs to 450" is a change, not a score
_SCORE_AFTER = re.compile(
    r"\s+to\s+(?:\d[\d,]*|(?:" + "|".join(sorted(WORD_VALUES, key=len, reverse=True)) + r")(?:-\w+)?)\b(?!\s*(?:%|percent\b|per\s+cent\b))(?P<next>\s+[a-z]+)?",
    re.IGNORECASE,
)
_CHANGE_BEFORE = re.compile(
    r"\b(?:from|(?:rose|risen|rises|fell|fallen|falls|grew|grown|increased|decreased|dropped|climbed|jumped)\s+by)\s+"
    r"(?:(?:about|around|some|nearly|almost|just|over|under)\s+)?$",
    re.IGNORECASE,
)


def _counted_phrase(statement: Statement, quantity: Quantity) -> tuple[tuple[str, ...], int] | None:
    """The words between a count's figure and its noun ("break" in "11 break points") and where the
    noun ends, in the sentence; none when the noun is not within a few words of the figure."""
    noun = _counted_noun(quantity)
    if noun is None:
        return None
    head = noun.split()[-1][:4]
    at = quantity.start - statement.sentence_start
    skip = {w.lower() for w in re.findall(r"[\w-]+", quantity.text)} | set(noun.split())
    for word in list(re.finditer(r"[\w-]+", statement.sentence_text[at:]))[:6]:
        if word.group(0).lower().startswith(head):
            before = re.findall(r"[\w-]+", statement.sentence_text[at : at + word.start()])
            return tuple(w.lower() for w in before if w.lower() not in skip), at + word.end()
    return None


def _score_side(statement: Statement, quantity: Quantity) -> bool:
    """Whether a count is one side of a score ("taking the tie-break seven points to five")."""
    if quantity.kind != "count":
        return False
    phrase = _counted_phrase(statement, quantity)
    if phrase is None:
        return False
    text = statement.sentence_text
    match = _SCORE_AFTER.match(text, phrase[1])
    if match is None or _CHANGE_BEFORE.search(text[: quantity.start - statement.sentence_start]) is not None:
        return False
    # "300 jobs to 450 jobs": the same noun after the second figure makes two counts of it
    following = (match.group("next") or "").strip().lower()
    return not following or not following.startswith((quantity.unit or "").split()[-1].lower()[:4])


def _score_against_narrower_count(a: Statement, p: Quantity, b: Statement, q: Quantity) -> bool:
    """A score counts the plain noun of the contest ("the tie-break seven points to five"), so it is
    no rival of a count of a narrower noun that is no score ("faced 11 break points"); a count of
    the very noun ("by 26 votes" beside "by 21 votes to 17") still is."""
    if _score_side(a, p) == _score_side(b, q):
        return False
    phrases = (_counted_phrase(a, p), _counted_phrase(b, q))
    return None not in phrases and phrases[0][0] != phrases[1][0]


# "plus a bonus of", "on top of", "in addition to": what comes next is added to a figure before it
_ADDED_BEFORE = re.compile(r"(?:\bplus|\bon\s+top\s+of|\bin\s+addition\s+to)\s+(?:(?:a|an|another|the|its|his|her|their)\s+)?(?:further\s+)?$",
                           re.IGNORECASE)
_ADDED_BETWEEN = re.compile(r"(?:\bplus|\bon\s+top\s+of|\bin\s+addition\s+to)\b(?!\s+or\s+minus)", re.IGNORECASE)


def _addend(statement: Statement, quantity: Quantity) -> bool:
    """"$50,000 in prize money, plus a $30,000 bonus": two amounts added together, each a part of
    a sum that another report may give in full ("$80,000 in all"); neither is the rival of that sum
    nor of another report's figure for the whole."""
    if quantity.kind == "count":
        return False
    at = quantity.start - statement.sentence_start
    if _ADDED_BEFORE.search(statement.sentence_text[:at]):
        return any(q.kind == quantity.kind and q.end <= quantity.start for q in statement.quantities)
    later = [q for q in statement.quantities if q.kind == quantity.kind and q.start >= quantity.end]
    if not later:
        return False
    between = statement.sentence_text[quantity.end - statement.sentence_start : min(later, key=lambda q: q.start).start - statement.sentence_start]
    return _ADDED_BETWEEN.search(between) is not None and not re.search(r"[.;]", between)


# "Seven workers and two passers-by": a count, its noun, "and", and the next count
_COUNT_AND_COUNT = re.compile(r"\s+(?:[\w-]+\s+){0,2}?([A-Za-z-]+),?\s+and\s+")
# "two daughters and a son", "five workers and one passer-by": a count, its noun, "and", and one
# more of another noun, which the reader of figures takes for no count
_COUNT_AND_ONE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?([A-Za-z-]+),?\s+and\s+(?:a|an|one)\s+(?:[a-z-]+\s+)?([a-z-]+)\b")


def _coordinated_count(statement: Statement, quantity: Quantity) -> bool:
    """"Seven workers and two passers-by were injured": two counts joined into one subject are the
    parts of one sum, so neither is the rival of another report's "nine people were injured"; each
    is still the rival of another count of its own noun ("five workers")."""
    if quantity.kind != "count":
        return False
    text, offset = statement.sentence_text, statement.sentence_start
    if quantity.unit and (one := _COUNT_AND_ONE.match(text, quantity.end - offset)) \
            and _names_unit(one.group(1), quantity.unit) and not _names_unit(one.group(2), quantity.unit):
        return True  # "two daughters and a son" are parts of "three children"
    for first, second in itertools.pairwise(sorted(statement.quantities, key=lambda q: q.start)):
        if (quantity is not first and quantity is not second) or first.kind != "count" or second.kind != "count" or not first.unit:
            continue
        joined = _COUNT_AND_COUNT.fullmatch(text[first.end - offset : second.start - offset])
        if joined and _names_unit(joined.group(1), first.unit):
            return True
    return False


def _names_unit(word: str, unit: str) -> bool:
    """Whether a word is the noun a count's unit was read from ("workers" for "worker"; "children"
    for "child")."""
    return word.lower().startswith(unit[:-1] if len(unit) > 3 else unit)


# "a premium of 36 percent", "an enterprise value of 8.1 billion euros": up to three lower-case words
# right before "of" and the figure name what it measures
MEASURE_BEFORE = re.compile(r"(?<![\w'’-])((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s+of\s+$")
# words that open a noun phrase rather than name a measure ("a", "its"), and nouns that name no
# measure of their own ("a total of", "an amount of")
MEASURE_OPENERS = frozenset(["a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "some", "any", "each", "every", "all", "and", "or", "but", "at", "by", "for", "from", "in", "on", "to", "with", "is", "was", "be", "been", "are", "were"])
GENERIC_MEASURES = frozenset(["total", "sum", "amount", "number", "figure", "value", "level", "rate", "share", "part", "range", "average", "maximum", "minimum", "increase", "rise", "fall", "drop", "cut", "loss", "gain", "change", "estimate", "up", "out"])


# "two minutes into its flight", "three days after the vote": the happening a time is counted from
TIME_SINCE_AFTER = re.compile(r"\s+(into|after|before)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|a\s+)?([a-z][a-z-]+)\b")


def _time_since(statement: Statement, quantity: Quantity) -> str | None:
    """What a duration is counted from or to, by the words right after it ("into flight", "after
    vote"): two reports that count one span from one happening measure one thing, however
    differently their sentences run ("blown up two minutes into its flight" and "shut down 96
    seconds into the flight")."""
    if quantity.kind != "duration":
        return None
    match = TIME_SINCE_AFTER.match(statement.sentence_text[quantity.end - statement.sentence_start :])
    return f"{match.group(1)} {match.group(2)}" if match else None


def _measure_named(statement: Statement, quantity: Quantity) -> str | None:
    """What a figure measures when the report names it right before it: "a premium of 36 percent" is
    a premium, "Velsen's closing price of 32.30 euros" a closing price. Two reports that name one
    measure for their figures give one figure, however the words around them differ."""
    before = statement.sentence_text[: quantity.start - statement.sentence_start]
    approximator = re.search(r"(?:about|around|nearly|almost|roughly|some|approximately|more than|less than|up to)\s+$", before)
    if approximator:
        before = before[: approximator.start()]
    match = MEASURE_BEFORE.search(before)
    if match is None:
        return None
    words = match.group(1).split()
    while words and words[0] in MEASURE_OPENERS:
        words = words[1:]
    if not words or words[-1] in GENERIC_MEASURES or any(w in MEASURE_OPENERS for w in words):
        return None
    return " ".join(words)


def _orders_apart(p: Quantity, q: Quantity, max_ratio: float) -> bool:
    """Whether two figures are further apart than a misreport: reports that disagree on one figure
    differ by a slip of the scale at most ("million" for "billion", a ratio of 1,000)."""
    sizes = []
    for quantity in (p, q):
        size = next((v for v in (quantity.value, quantity.low, quantity.high) if v is not None and math.isfinite(v)), None)
        if not size:
            return False
        size = abs(size) * (_base(quantity) or ("", 1.0))[1]
        # durations in days, whatever their base: "two days" is 2, "72 hours" 4,320 minutes
        sizes.append(_in_days(quantity, (size, size))[0] if quantity.kind == "duration" else size)
    return max(sizes) > max_ratio * min(sizes)


# the number as a report writes it, before a scale word: "3.21" of "3.21 trillion yen", "18.2" of "18.2%"
WRITTEN_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _digits_written(quantity: Quantity) -> tuple[float, int, float] | None:
    """The number of a figure as written, its decimals, and the scale that turns it into the value
    read ("3.2 trillion yen": 3.2, 1 decimal, a trillion)."""
    found = WRITTEN_DIGITS.search(quantity.text)
    if found is None or quantity.value is None or quantity.low != quantity.high:
        return None
    written = float(found.group().replace(",", ""))
    if not written:
        return None
    decimals = len(found.group().split(".")[1]) if "." in found.group() else 0
    return written, decimals, quantity.value / written


def _rounded_alike(p: Quantity, q: Quantity) -> bool:
    """One figure written to fewer decimals than the other, which rounds to it: "3.2 trillion yen"
    is "3.21 trillion yen" rounded, as "18%" is "18.2 percent" or "413 billion" is "412.6 billion"
    (not "2.5 million" against "2.4 million": written alike, they differ). The rounded figure must
    keep two significant digits: "2 million" says too little to be "1.5 million" rounded."""
    if p.kind != q.kind or p.approximate or q.approximate or p.vague or q.vague or _currency(p) != _currency(q):
        return False
    if (_base(p) or ("", 1.0))[0] != (_base(q) or ("", 1.0))[0]:
        return False
    written = _digits_written(p), _digits_written(q)
    if None in written:
        return False
    (fine, fine_decimals, fine_scale), (coarse, coarse_decimals, coarse_scale) = sorted(written, key=lambda w: -w[1])  # type: ignore[arg-type]
    if fine_decimals == coarse_decimals or not math.isclose(fine_scale, coarse_scale, rel_tol=1e-6):
        return False
    if len(f"{coarse:.{coarse_decimals}f}".replace(".", "").lstrip("0")) < 2:
        return False
    return abs(fine - coarse) <= 0.5 * 10 ** -coarse_decimals + 1e-9


def _written_apart(p: Quantity, q: Quantity) -> bool:
    """Two figures whose written numbers differ beyond a conversion's rounding, whatever their
    bounds: "185 km/h" and "up to 230 km/h" meet as ranges, but they are two figures."""
    (unit_p, factor_p), (unit_q, factor_q) = _base(p) or ("", 1.0), _base(q) or ("", 1.0)
    x, y = _written_number(p), _written_number(q)
    if x is None or y is None or unit_p != unit_q:
        return False
    x, y = x * factor_p, y * factor_q
    return abs(x - y) > 0.05 * max(abs(x), abs(y))


def _mutual_counterparts(pairs: Sequence[tuple[int, int]], similarity: Callable[[int, int], float], items) -> list[tuple[int, int]]:
    """Of two aligned statements that hold several figures of one measure ("a net debt of 1.3 billion
    euros, an enterprise value of 8.1 billion euros" against "values the company at 7.6 billion
    euros"), each figure is the same figure as at most one of the other's: the one whose words are
    most alike, and only when that one's best is this one too. Pairing them all joined a debt to a
    price."""
    best: dict[tuple[int, int], tuple[float, int]] = {}  # (figure, other statement) -> best counterpart
    for x, y in pairs:
        score = similarity(x, y)
        for a, b in ((x, y), (y, x)):
            key = (a, items[b][0])
            if key not in best or score > best[key][0]:
                best[key] = (score, b)
    return [(x, y) for x, y in pairs if best[(x, items[y][0])][1] == y and best[(y, items[x][0])][1] == x]


def _without_crossed_links(links: list[tuple[int, int]], items, statements: Sequence[Statement],
                           deadlines: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """A link between two figures that do not meet is no dispute when one of the two reports
    states, elsewhere, a figure that meets the other's and is linked to it too: "destroyed two
    minutes after lift-off" (a headline) and "lifted off after a 44-minute hold" (another report)
    align by their words, but the first report's own "44 minutes after its scheduled time" is the
    figure the hold is. Each report gives both figures, so they measure two things. The figure
    elsewhere is linked to the other's, or (a measure, not a count, whose noun may differ) written
    alike."""
    partners: dict[int, set[int]] = {}
    for x, y in links:
        partners.setdefault(x, set()).add(y)
        partners.setdefault(y, set()).add(x)

    def met_elsewhere(x: int, y: int) -> bool:
        document = statements[items[x][0]].document
        elsewhere = [z for z, (i, _, _) in enumerate(items) if z != x and statements[i].document == document]
        return any(
            _durations_meet(items[z][1], items[z][2], items[y][1], items[y][2], deadlines) and (z in partners[y] or (items[y][1].kind != "count" and _same_written_measure(items[z][1], items[y][1])))
            for z in elsewhere
        )

    return [(x, y) for x, y in links
            if _durations_meet(items[x][1], items[x][2], items[y][1], items[y][2], deadlines) or not (met_elsewhere(x, y) or met_elsewhere(y, x))]
def _part_of_a_tally(statement: Statement, quantity: Quantity) -> bool:
    """"His first five points", "four straight points", "two more times", "six of his points":
    a stretch or share of someone's tally, which no report's total contradicts; so is "eight of
    them" or "three of whom" set off after a count ("Fourteen people, eight of them children, were
    killed"), but not "confirmed 57 of them", the count of what befell a part."""
    text = statement.sentence_text
    before = text[: quantity.start - statement.sentence_start].lower()
    after = text[quantity.end - statement.sentence_start :].lower()
    if quantity.text.lower().split()[0] in _SEQUENCE_WORDS or re.search(r"\b(?:first|next|last|final)\s+$", before):
        return True
    return re.match(r"(?:\s+[a-z-]+)?\s+(?:straight|consecutive|more|additional)\b|\s+of\s+(?:his|her|their|its)\b", after) is not None and not re.match(r"\s+more\s+than\b", after) \
        or (re.match(r"\s+of\s+(?:them|whom)\b", after) is not None and re.search(r"[,(—–]\s*$", before) is not None)


_SEQUENCE_WORDS = frozenset(["first", "next", "last", "final"])

# "eight minutes from time", "with two laps to go", "three days remaining": a countdown to an end
_COUNTDOWN_AFTER = re.compile(
    r"\s+(?:from\s+(?:time|the\s+end|full[- ]time|the\s+(?:final\s+)?whistle)|to\s+(?:go|play|spare)|remaining|left"
    r"|before\s+(?:the\s+)?(?:end|break|interval|half[- ]time|full[- ]time|final\s+whistle))\b"
)


# "nine days earlier", "two weeks later", "a month ago", "three days after the vote", "at T+2
# minutes": a time between two happenings; "for three weeks before she died" is still the length of
# a state
TIME_BETWEEN_AFTER = re.compile(r"\s+(?:earlier|later|ago|afterwards?|beforehand|before|after|into)\b")
TIME_BETWEEN_BEFORE = re.compile(
    r"(?:\b(?:after|for|of)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|just\s+)?|\bT\s*[+-]\s*|\bT[- ](?:plus|minus)\s+)$",
    re.IGNORECASE,
)


def _time_between(statement: Statement, quantity: Quantity) -> bool:
    """Whether a duration is the time from one happening to another rather than how long something
    lasted: "suffered a heart attack nine days earlier" dates the attack, and a report that she
    "had been in hospital for three weeks" measures a stay, so the two never disagree."""
    if quantity.kind != "duration" or "-" in quantity.text:
        return False  # "after a 35-minute hold": a length hyphened to what lasted
    offset = quantity.start - statement.sentence_start
    before = TIME_BETWEEN_BEFORE.search(statement.sentence_text[max(0, offset - 24) : offset])
    if before is not None:  # "after 82 minutes", "at T+2 minutes": counted from a happening
        return not before.group(0).lower().startswith(("for", "of"))
    if _since_the_last_such(statement, quantity):
        return True
    return TIME_BETWEEN_AFTER.match(statement.sentence_text[quantity.end - statement.sentence_start :]) is not None


# "the first expulsion ... in more than ten years", "its highest offer in a decade": a first or a
# superlative, then "in" a duration; words ending in -est that are no superlatives are left out
_FIRST_OR_MOST = re.compile(r"\b(?:the|its|their|his|her|our)\s+(?:(?:first|only)|(?!(?:rest|west|protest|arrest|request|contest|"
                            r"test|interest|forest|harvest|inquest|conquest|quest|guest|chest|crest|nest|unrest|behest|"
                            r"manifest|midwest|pest|vest|zest)\b)[a-z]{2,}est|most\s+[a-z]+)\b", re.IGNORECASE)
_IN_BEFORE = re.compile(r"\bin\s+(?:(?:more\s+than|over|almost|nearly|about|some|at\s+least)\s+)?$", re.IGNORECASE)


def _since_the_last_such(statement: Statement, quantity: Quantity) -> bool:
    """"The first expulsion of its diplomats in more than ten years": a duration after "in" in a
    sentence that names a first or a superlative before it is the time since the last such
    happening, no length of anything in the story (a deadline of "two days" is no rival of it)."""
    offset = quantity.start - statement.sentence_start
    before = statement.sentence_text[:offset]
    return _IN_BEFORE.search(before) is not None and _FIRST_OR_MOST.search(before) is not None


def _time_remaining(statement: Statement, quantity: Quantity) -> bool:
    """"The winner eight minutes from time": the time left before an end, not a time elapsed. It
    names the moment "after 82 minutes" names, and reports that count one way or the other do not
    disagree; nor is it the length of anything to compare with another duration."""
    if quantity.kind != "duration":
        return False
    return _COUNTDOWN_AFTER.match(statement.sentence_text[quantity.end - statement.sentence_start :].lower()) is not None


def _bracketed_conversion(statement: Statement, quantity: Quantity) -> bool:
    """"85 million euros ($108 million)", "150 nautical miles (about 277km)": the figure in brackets
    converts the one before it at some rate; the report's own figure is the one to compare, and
    two reports converting one sum at two rates do not disagree."""
    before = statement.sentence_text[: quantity.start - statement.sentence_start].rstrip()
    if not before.endswith("("):
        return False
    return re.search(r"(\d|\b(?:hundred|thousand|million|billion|trillion))\S*(?:\s+[A-Za-z$€£¥.-]+){0,2}$", before[:-1].rstrip()) is not None


def _other_people(a: Statement, b: Statement) -> bool:
    """Whether both statements name people and none in common: their figures are those of
    different people, however alike the sentences."""
    people_a = {e for e in a.entities if e.startswith("person:")}
    people_b = {e for e in b.entities if e.startswith("person:")}
    return bool(people_a) and bool(people_b) and not people_a & people_b


def _other_holders(a: Statement, p: Quantity, b: Statement, q: Quantity) -> bool:
    holder_a, holder_b = a.figure_holders.get(p.start), b.figure_holders.get(q.start)
    return holder_a is not None and holder_b is not None and holder_a != holder_b


# "cut its forecast to 1.6 percent from 1.9 percent", "rose from 450 to 468": the figure after
# "from" is the level before the change, when the sentence gives the level after it with "to"
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:an?\s+|the\s+|its\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto\s+(?:an?\s+|the\s+)?(?:\w+\s+)?$", re.IGNORECASE)


def _previous_value(statement: Statement, quantity: Quantity) -> bool:
    """Whether ``quantity`` is the level before a change its sentence states ("to X from Y", "from
    Y to X"): another measure than the level after it, which other reports may give alone."""
    text, offset = statement.sentence_text, statement.sentence_start
    if not _FROM_BEFORE.search(text[: quantity.start - offset][-40:]):
        return False
    return any(
        other is not quantity and other.kind == quantity.kind and _base(other) == _base(quantity)
        and _TO_BEFORE.search(text[: other.start - offset][-40:]) is not None
        for other in statement.quantities
    )


def _age(statement: Statement, quantity: Quantity) -> bool:
    """"A 37-year-old", "aged 40", "Smith, 34,": a person's age, which the figure's words do not
    tie to the person; two related sentences give the ages of many people."""
    text = statement.sentence_text
    at, end = quantity.start - statement.sentence_start, quantity.end - statement.sentence_start
    if quantity.kind == "duration":
        return re.match(r"s?[- ]old\b", text[end:].lower()) is not None
    if quantity.kind != "count" or quantity.unit:
        return False
    before = text[:at]
    return re.search(r"\baged?\s+$", before) is not None or (
        re.search(r"\b[A-Z][\w.'-]+,\s*$", before) is not None and re.match(r"\s*[,)]", text[end:]) is not None
    )


# "a three-game losing streak", "a 3-point shot", "a 10-year contract": the words after a hyphened
# count up to the noun it describes ("losing" and "going" are no nouns of it)
_DESCRIBED = re.compile(r"\s+((?:[a-z]+\s+){0,2}[a-z]+)")
_NOT_A_DESCRIBED_NOUN = re.compile(r"(?:\w+ing|\w+ed|of|for|in|on|at|to|and|or|with|that|which|the|a|an|is|was|were|are)$")


def _described_nouns(statement: Statement, quantity: Quantity) -> set[str] | None:
    """The nouns a number hyphened to a noun describes ("losing" is none, "streak" is: "a
    three-game losing streak"; "coalition" and "government": "a five-party coalition government"),
    or None for a figure not written so, and for an age ("a 61-year-old"), which has its own rules."""
    if not re.search(r"-[a-z]+$", quantity.text):
        return None
    text = statement.sentence_text
    end = quantity.end - statement.sentence_start
    if text[end:end + 4].lower() == "-old":
        return None
    found = _DESCRIBED.match(text, end)
    if found is None:
        return None
    nouns = set()
    for word in found.group(1).split():
        if _NOT_A_DESCRIBED_NOUN.fullmatch(word):
            if nouns:
                break
            continue
        nouns.add(word.lower())
    return nouns or None


def _names_noun(statement: Statement, nouns: set[str]) -> bool:
    return any(re.search(rf"\b{re.escape(noun)}(?:s|es)?\b", statement.sentence_text, re.IGNORECASE) for noun in nouns)


def _described_alike(a: Statement, p: Quantity, b: Statement, q: Quantity) -> bool:
    """Whether two figures may measure one thing, as far as a hyphened figure tells: it is a
    property of the noun it describes ("a five-party coalition" counts the coalition's parties),
    so it meets another hyphened figure only of a noun in common ("a 12-year sentence" and "a
    10-year sentence", not "a 10-year contract" and "the club's seven-year history"), and a count
    so written meets a plain count only where that count's sentence names the noun ("a coalition of
    four parties"): "a three-game losing streak" is no reading of "at least 12 games", nor "a
    3-point shot" of "12 points". A plain length still meets a hyphened one ("jailed for 12 years",
    "a 10-year sentence")."""
    described = (_described_nouns(a, p), _described_nouns(b, q))
    if described == (None, None):
        return True
    if None not in described:
        return bool(described[0] & described[1])
    if p.kind != "count" or q.kind != "count":
        return True
    nouns, other = (described[0], b) if described[0] is not None else (described[1], a)
    return _names_noun(other, nouns)


def _same_written_measure(p: Quantity, q: Quantity) -> bool:
    """Two measures one report writes alike (the same value, bounds and unit): the report states
    one figure twice, in its headline and its body, however differently the sentences align."""
    return (p.kind, _base(p), p.value, p.low, p.high) == (q.kind, _base(q), q.value, q.low, q.high)


def _sentence_figures(xs: Sequence[int], items, sentence_of: Sequence[Sequence[int]], figures_of: dict[int, list[int]]) -> list[int]:
    """Every figure of the sentences that hold the figures ``xs``."""
    statements = {k for x in xs for k in sentence_of[items[x][0]]}
    return [z for k in sorted(statements) for z in figures_of.get(k, [])]


def _counted_noun(quantity: Quantity) -> str | None:
    """The noun a count counts; none for "three trapped" or "four dead", where the word after the
    figure says what befell those counted, not what they are."""
    unit = (quantity.unit or "").lower()
    return None if not unit or unit in PREDICATE_ADJECTIVES else unit


def _same_or_unnamed(p: Quantity, q: Quantity, unit_similar: Callable[[str, str], bool]) -> bool:
    """Whether ``q`` may state the figure ``p`` states: the same measure, or counts of which one
    has no noun named ("Eleven of them", "three trapped")."""
    if p.kind == q.kind == "count" and not (_counted_noun(p) and _counted_noun(q)):
        return True
    return _same_dimension(p, q, unit_similar)


# Verbs that only state or move a number ("were", "remained", "rose to", "stood at"), and verbs of
# carrying whose meaning lies in where to ("taken to hospital" counts those "treated in hospital"):
# they do not tell two counts apart, whereas "killed" and "injured" do.
NUMBER_VERBS = frozenset(
    ["be", "have", "remain", "stay", "leave", "report", "say", "count", "total", "reach", "number", "include", "rise", "climb", "increase", "grow", "jump", "fall", "drop", "decline", "stand", "put", "estimate",
     "take", "bring", "send"]
)


# Verbs of asking for an amount: what is asked is not what is paid, given or agreed ("the kidnappers
# demanded 100 million" / "15 million was paid"; "the union is seeking 8 percent" / "won 5 percent").
ASKING_VERBS = frozenset(["demand", "ask", "seek", "request", "want", "claim"])


def _same_happening(a: str | None, b: str | None) -> bool:
    """"5 killed" and "12 injured" count different people; "40,000 households (lost power)" and
    "60,000 homes were still without it" may count the same."""
    if a is None or b is None or a in NUMBER_VERBS or b in NUMBER_VERBS:
        return True
    return _synonymous_verbs(a, b)


GENERIC_PEOPLE = frozenset(["people", "person", "persons"])


def _people_of_one_act(a: Statement, p: Quantity, b: Statement, q: Quantity) -> bool:
    """"Police detained 23 people" and "14 demonstrators were arrested": "people" names any people,
    so a count of people and a count of demonstrators that one act befell count the same. Not a
    vague one: "hundreds of people were evacuated" says little enough to fit "1,200 residents"."""
    if p.kind != "count" or q.kind != "count" or p.vague or q.vague:
        return False
    units = {(p.unit or "").lower(), (q.unit or "").lower()}
    verbs = (a.figure_predicates.get(p.start), b.figure_predicates.get(q.start))
    return bool(units & GENERIC_PEOPLE) and None not in verbs and not set(verbs) & NUMBER_VERBS and _same_happening(*verbs)


@cache
def _happening_lines() -> dict[str, frozenset[str]]:
    """Each verb of happening_synonyms.txt, mapped to the first verbs of the lines it is on; a line
    of phrases separates them by "|" ("make landfall | come ashore"). A verb may be on two lines:
    "released a report" is "issued" it, "released 38 hostages" "freed" them."""
    classes: dict[str, set[str]] = {}
    for line in word_list("happening_synonyms.txt"):
        words = [w.strip() for w in line.split("|")] if "|" in line else line.split()
        for verb in words:
            classes.setdefault(verb, set()).add(words[0])
    return {verb: frozenset(found) for verb, found in classes.items()}


def _happening_classes(verb: str) -> frozenset[str]:
    """The classes of happening a verb tells; a verb on no line is its own."""
    return _happening_lines().get(verb, frozenset([verb]))


def _synonymous_verbs(a: str, b: str) -> bool:
    """Whether two verbs can tell one happening: one verb, or two of one line."""
    return a == b or bool(_happening_classes(a) & _happening_classes(b))


# Words that make a count an increase on an earlier total: "38 new cases", "two more deaths",
# "another 12 patients".
INCREMENT_WORDS = frozenset(["new", "additional", "fresh", "further", "more", "extra"])
_INCREMENT_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+$", re.IGNORECASE)
# "added three cities to the list, bringing the total to 19": a figure that a later clause of its
# sentence adds up to a total is the step, not the total another report gives
_TOTAL_AFTER = re.compile(
    r"\s*(?:[\w'’-]+[,;]?\s+){0,10}?(?:bringing|taking|raising|pushing|lifting)\s+(?:the|its|their|his|her)\s+"
    r"(?:\w+\s+){0,2}(?:total|number|tally|toll|count)\s+to\b", re.IGNORECASE)


def _increment(statement: Statement, quantity: Quantity) -> bool:
    """Whether a figure is an increase on an earlier one rather than a total: "56 new cases in the
    past 24 hours"; "shares fell a further 2.1 percent", "rose another 40 cm" are a second move, not
    the first move misreported; "added three cities, bringing the total to 19" is a step to a total."""
    if _INCREMENT_BEFORE.search(statement.sentence_text[: quantity.start - statement.sentence_start]):
        return True
    if _TOTAL_AFTER.match(statement.sentence_text, quantity.end - statement.sentence_start):
        return True
    if quantity.kind != "count":
        return False
    at = quantity.end - statement.sentence_start
    following = re.match(r"\s+([\w-]+)", statement.sentence_text[at:])
    return bool(following and following.group(1).lower() in INCREMENT_WORDS)


def _outcome_nouns() -> dict[str, str]:
    return labelled_words("outcome_nouns.txt")


def _counts_a_fate(quantity: Quantity) -> bool:
    """A count whose noun is a fate ("11 deaths", "the death toll"), not people or things."""
    return (quantity.unit or "").lower() in _outcome_nouns()


def _fate(statement: Statement, quantity: Quantity) -> str | None:
    """What befell those a count counts (dead, injured, ...), from its verb or its noun. "13 people
    are dead or missing" counts two fates together: a sum, the rival of neither the dead nor the
    missing ("dead or missing" is its own fate); "four people are missing" has the verb "miss"."""
    if quantity.kind != "count":
        return None
    if joined := _joined_fates(statement, quantity):
        return joined
    predicate = statement.figure_predicates.get(quantity.start)
    for label, lemmas in _outcome_classes():
        if predicate in lemmas or (predicate and f"{predicate}ing" in lemmas and f"{predicate}ing" in statement.text.lower()):
            return label
    return _outcome_nouns().get((quantity.unit or "").lower())


_JOINED_WORDS = re.compile(r"\b([a-z]+)\s+(?:or|and|and/or)\s+([a-z]+)\b")


def _other_fates(a: str | None, b: str | None) -> bool:
    """Whether two counts tell what befell different people: "more than 30 were injured" beside
    "Nine people died" states no figure of the dead, though an open bound would meet "at least 14"."""
    return a is not None and b is not None and a != b


def _joined_fates(statement: Statement, quantity: Quantity) -> str | None:
    """Two fates of different classes joined by "or" or "and" right after a count ("13 people are
    dead or missing", "40 killed or injured"), as one label ("dead or missing")."""
    offset = quantity.end - statement.sentence_start
    if offset < 0:
        return None
    after = re.split(r"[,;.:]", statement.sentence_text[offset:], maxsplit=1)[0][:60].lower()
    for match in _JOINED_WORDS.finditer(after):
        labels = [_fate_of_word(word) for word in match.groups()]
        if None not in labels and labels[0] != labels[1]:
            return " or ".join(sorted(labels))
    return None


def _fate_of_word(word: str) -> str | None:
    """The class of outcomes.txt a written word names: "killed", "died", "injured", "missing"."""
    for label, lemmas in _outcome_classes():
        if any(form in lemmas for form in (word, word[:-1], word[:-2])):
            return label
    return None


def _sentence_statements(statements: Sequence[Statement]) -> list[list[int]]:
    """For each statement, every statement of its sentence: a figure in a split-off clause ("but
    60,000 homes were still without power") belongs to the sentence that says what it is about."""
    by_sentence: dict[tuple[str, int], list[int]] = {}
    for k, statement in enumerate(statements):
        by_sentence.setdefault((statement.document, statement.sentence), []).append(k)
    return [by_sentence[(s.document, s.sentence)] for s in statements]


def _event_day(statement: Statement, quantity: Quantity) -> tuple[str, str] | None:
    """When the figure holds: the nearest dated expression of its clause, else the report's date.
    A date beyond another figure dates that figure: in "41%, up from 36% five years ago" the 41%
    holds now. A date of another happening does not date it: in "arrested in March 2023 and
    serving a 12-year sentence" March 2023 is the arrest's, not the sentence's."""
    others = [q.start for q in statement.quantities if q.start != quantity.start]
    verb = statement.figure_predicates.get(quantity.start)
    dated = [
        t for t in statement.times if t.date and t.resolved and t.precision
        and not any(min(t.start, quantity.start) < other < max(t.start, quantity.start) for other in others)
        and not _of_another_happening(statement.time_events.get(t.start), verb)
    ]
    if dated:
        nearest = min(dated, key=lambda t: abs(t.start - quantity.start))
        return nearest.date, nearest.precision
    if statement.published is not None:
        return statement.published.isoformat(), "day"
    return None


def _of_another_happening(dated: str | None, verb: str | None) -> bool:
    """Whether a date hangs on another verb than a figure's ("arrested in March 2023" beside
    "serving a 12-year sentence"); a verb that only tells a figure ("was", "reached") is none."""
    if dated is None or verb is None or verb in NUMBER_VERBS:
        return False
    return not _same_happening(dated.split()[0], verb)


def _same_time(a: tuple[str, str] | None, b: tuple[str, str] | None, max_days: int) -> bool:
    if a is None or b is None:
        return True
    width = {"year": 4, "month": 7, "day": 10}
    common = min(width.get(a[1], 10), width.get(b[1], 10))
    if common < 10:
        return a[0][:common] == b[0][:common]
    return abs((date.fromisoformat(a[0][:10]) - date.fromisoformat(b[0][:10])).days) <= max_days


# "seven Lithuanian citizens": the noun after a nationality is part of the figure as written
NATIONALITY_AFTER = r"(?:\s+(?:" + "|".join(sorted(NATIONALITY_NOUNS)) + r")s?\b)?"


def _as_written(statement: Statement, quantity: Quantity) -> str:
    """The figure with what it counts, as the report writes it ("12 container ships", not "12")."""
    unit = (quantity.unit or "").lower()
    if quantity.kind == "grade":  # a grade is written before its number: "Phase 3", not "3"
        before = statement.sentence_text[: quantity.start - statement.sentence_start]
        match = re.search(r"(\w+)[ -]$", before)
        return f"{match.group(1)} {quantity.text}" if match and match.group(1).lower() == unit else quantity.text
    if quantity.kind != "count" or not unit or unit.split()[-1][:4] in quantity.text.lower():
        return quantity.text
    text = statement.sentence_text
    at = quantity.end - statement.sentence_start
    match = re.match(r"((?:\s+[\w'-]+){0,3}?\s+" + re.escape(unit.split()[-1][:4]) + r"[\w'-]*" + NATIONALITY_AFTER + ")", text[at:], re.I)
    return quantity.text + match.group(1) if match else quantity.text


def _bounds(quantity: Quantity) -> tuple[float | None, float | None]:
    base = _base(quantity)
    factor = base[1] if base else 1.0
    low = quantity.low if quantity.low is not None else quantity.value
    high = quantity.high if quantity.high is not None else quantity.value
    return (round(low * factor, 3) if low is not None else None, round(high * factor, 3) if high is not None else None)


_MEASURE_NAMES = {"length": "the distance", "mass": "the weight", "money": "the amount", "percent": "the share",
                  "duration": "the duration", "area": "the area", "speed": "the speed", "temperature": "the temperature",
                  "data": "the amount of data", "energy": "the energy", "power": "the power"}


def _context_subject(items, members, statements) -> str:
    quantity = items[members[0]][1]
    if quantity.kind == "count":
        return f"the number ({quantity.unit})" if quantity.unit else "a number"
    if quantity.unit == "percentage point":
        return "the change (percentage points)"
    return _MEASURE_NAMES.get(quantity.kind, f"a figure ({quantity.unit or quantity.kind})")


# --------------------------------------------------------------------------------------------
# dates, places, status, negation, speakers: between aligned statements


# "cut by 40 percent by 2040, compared with 2025 levels", "down to 60 percent of 2019 levels",
# "below the 1990 baseline": the year a change is measured from, no date of the happening
_REFERENCE_YEAR_AFTER = re.compile(r"\s*-?\s*(?:levels?|baselines?)\b", re.IGNORECASE)
_REFERENCE_YEAR_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|relative\s+to|than\s+(?:in|at)|below|above)\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)


def _reference_year(statement: Statement, time) -> bool:
    """Whether a year is the base a change is measured against: a report that sets a target "by
    2035" does not date its cut to another report's "2025 levels"."""
    if time.precision != "year":
        return False
    at, end = time.start - statement.sentence_start, time.end - statement.sentence_start
    return bool(_REFERENCE_YEAR_AFTER.match(statement.sentence_text, end)) or bool(
        _REFERENCE_YEAR_BEFORE.search(statement.sentence_text[max(0, at - 30): max(0, at)]))


def _date(a: Statement, b: Statement) -> list[_Finding]:
    ta = [t for t in a.times if t.date and t.resolved and not _reference_year(a, t) and not _denied_happening(a, t)]
    tb = [t for t in b.times if t.date and t.resolved and not _reference_year(b, t) and not _denied_happening(b, t)]
    if not ta or not tb:
        return []
    offsets = [*_offset_times(a, ta), *_offset_times(b, tb)]
    ta, tb = _offset_times(a, ta) + ta, _offset_times(b, tb) + tb
    # "Sunday's vote" dates the vote, a thing the sentence names; "announced on Monday" dates what
    # the sentence tells: a possessive date and a date of the sentence's event are two events
    comparable = [
        (x, y) for x in ta for y in tb
        if x.precision == y.precision and _possessive_date(a, x) == _possessive_date(b, y) and _one_happening(a, x, b, y)
        and not (_other_things(a, b) and _dates_the_predicate(a, x) and _dates_the_predicate(b, y))
        and _told_again(a) == _told_again(b)  # "fell a further 2 percent this morning": another fall, whatever verb is dated
    ]
    if not comparable or any(_same_day(x, y) for x, y in comparable):
        return []
    # a year the two share ("from 1978-89" beside "in 1978") says they agree, whichever verbs; of
    # the rest, a year of one happening is no rival of another's
    comparable = [(x, y) for x, y in comparable if not _two_happenings(a, x, b, y) and not _two_background_happenings(a, x, b, y)]
    # the same words ("by Thursday morning") read against two publication dates: a question of
    # resolution, not two reports that disagree
    comparable = [(x, y) for x, y in comparable if x.text.lower() != y.text.lower()]
    if not comparable:
        return []
    # a pair that dates one verb on both sides names the disagreement, and then a pair of days
    # written alike: "still down last night, after the attack that began early on Saturday" against
    # "began early on Sunday" is about Saturday, not about the night the systems were still down
    # a day told as "a day after" the sentence's own day comes first, as it is read first
    comparable.sort(key=lambda pair: (not any(t in offsets for t in pair),
                                      not _dates_one_verb(a, pair[0], b, pair[1]),
                                      _told_from_today(pair[0]) != _told_from_today(pair[1])))
    x, y = comparable[0]
    return [_Finding("date", "the date", [_Side(x.text, _date_value(x), [a]), _Side(y.text, _date_value(y), [b])], [a, b])]


def _dates_one_verb(a: Statement, x, b: Statement, y) -> bool:
    """Whether two dates date one happening named by one verb (or two of a line of
    happening_synonyms.txt) in each statement."""
    ours, theirs = a.time_events.get(x.start), b.time_events.get(y.start)
    return ours is not None and theirs is not None and _same_event(ours, theirs)


_FROM_TODAY = frozenset({"yesterday", "today", "tomorrow", "last night", "this morning", "tonight"})


def _told_from_today(time) -> bool:
    """A day named from the day of publication ("last night", "yesterday"), not by its name."""
    return " ".join(time.text.lower().split()) in _FROM_TODAY


def _dates_of_joined_groups(statements: Sequence[Statement], groups, claim_groups) -> list[_Finding]:
    """A third report's opening sentence may align with the headlines rather than with the opening
    sentences they restate, and join them only when the headlines bridge the two groups into one
    claim: its opening sentence and theirs still tell one happening, whose day must agree (the days
    they were told on, "officials said Wednesday", may differ)."""
    group_of = {i: g for g, group in enumerate(groups) for i in group}
    found = []
    for claim in claim_groups:
        bodies = [i for i in claim if not statements[i].headline]
        for n, i in enumerate(bodies):
            for j in bodies[n + 1:]:
                if group_of.get(i) != group_of.get(j) and statements[i].document != statements[j].document:
                    found.extend(
                        finding for finding in _date(statements[i], statements[j])
                        if not any(_told_on(side) for side in finding.sides)
                    )
    return found


def _told_on(side: _Side) -> bool:
    """Whether the side's date is the day its statement was told on."""
    return any(
        t.text == side.value and t.date == side.normalized and t.start in statement.telling_times
        for statement in side.statements for t in statement.times
    )


@cache
def _ordinal_moment() -> re.Pattern:
    """"The 78th minute", "on the third day", "the 12th lap": a moment counted from a start."""
    ordinals = "|".join(_ORDINALS[1:])
    return re.compile(
        rf"\b(?:the\s+)?(?P<number>\d{{1,4}}(?:st|nd|rd|th)|{ordinals})\s+"
        r"(?P<unit>minute|hour|day|week|month|year|lap|round|inning|innings|over|stage)\b",
        re.IGNORECASE,
    )


def _moments(statement: Statement) -> dict[str, tuple[str, int]]:
    """The moment a statement names per unit, as written and as a number; a unit named at two
    moments ("in the 12th minute and the 64th minute") does not say which is the claim's."""
    found: dict[str, list[tuple[str, int]]] = {}
    for match in _ordinal_moment().finditer(statement.text):
        number = match.group("number").lower()
        value = int(number[:-2]) if number[0].isdigit() else _ORDINALS.index(number)
        found.setdefault(match.group("unit").lower(), []).append((match.group(0), value))
    return {unit: moments[0] for unit, moments in found.items() if len({value for _, value in moments}) == 1}


def _moment(a: Statement, b: Statement) -> list[_Finding]:
    """"Won it in the 78th minute" against "struck the winner in the 81st minute": one claim, one
    happening, two moments. An ordinal is a position, not an amount, so no figure check sees it."""
    if a.document == b.document:
        return []
    ours, theirs = _moments(a), _moments(b)
    for unit in sorted(ours.keys() & theirs.keys()):
        (x_text, x), (y_text, y) = ours[unit], theirs[unit]
        if x != y:
            sides = [_Side(text, {"low": float(value), "high": float(value), "unit": f"{unit} (ordinal)"}, [statement])
                     for text, value, statement in ((x_text, x, a), (y_text, y, b))]
            return [_Finding("quantity", "the moment", sides, [a, b], fixed=True)]
    return []


def _time_of_day(a: Statement, b: Statement, cfg) -> list[_Finding]:
    """"Landed at 11:20 a.m." and "touched down at 11:55 a.m.": one happening at two times of day
    (in one clock, each statement giving one); reports of two days, or of one act on two things,
    tell two happenings."""
    if a.document == b.document or _other_things(a, b) or _date(a, b):
        return []
    found = clock_disagreement(a.text, b.text, cfg)
    if found is None:
        return []
    sides = [_Side(t.text, f"{t.minutes // 60:02d}:{t.minutes % 60:02d} {t.clock}", [s]) for t, s in zip(found, (a, b), strict=True)]
    return [_Finding("date", "the time of day", sides, [a, b])]


def _time_window(side: _Side, cfg) -> tuple[float, float] | None:
    """The window of minutes a time-of-day side's own words allow ("shortly before 7 a.m.": 6:40 to 7)."""
    for statement in side.statements:
        for time in clock_times(statement.text, cfg):
            if time.text == side.value:
                return time.low, time.high
    return None


def _times_of_day_joined(findings: list[_Finding], cfg) -> list[_Finding]:
    """"6:40 a.m." against "1:30 p.m." and "shortly before 7 a.m." against "1:30 p.m.": one time of
    one act told against another, twice, where the two times on one side can be one moment (their
    windows meet). That is one disagreement, the agreeing times on one side (the first finding's
    value stands for them)."""
    times = [f for f in findings if f.kind == "date" and f.subject == "the time of day" and len(f.sides) == 2]
    dropped: set[int] = set()
    for n, first in enumerate(times):
        if id(first) in dropped:
            continue
        for second in times[n + 1:]:
            if id(second) in dropped:
                continue
            shared = [(x, y) for x in first.sides for y in second.sides if repr(x.normalized) == repr(y.normalized)]
            if len(shared) != 1:
                continue
            (x_shared, y_shared), = shared
            x_other = next(side for side in first.sides if side is not x_shared)
            y_other = next(side for side in second.sides if side is not y_shared)
            windows = _time_window(x_other, cfg), _time_window(y_other, cfg)
            if None in windows or windows[0][1] < windows[1][0] or windows[1][1] < windows[0][0]:
                continue  # three times that cannot be one moment: each pair is its own finding
            if {s.document for s in x_other.statements} & {s.document for s in y_shared.statements}:
                continue
            x_shared.statements = _unique(x_shared.statements + y_shared.statements)
            x_other.statements = _unique(x_other.statements + y_other.statements)
            first.claim_statements = first.claim_statements + second.claim_statements
            dropped.add(id(second))
    return [f for f in findings if id(f) not in dropped]


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


# the months of the parts of a year that business news dates by: quarters and halves
PARTS_OF_YEAR = {"q1": (1, 3), "q2": (4, 6), "q3": (7, 9), "q4": (10, 12), "h1": (1, 6), "h2": (7, 12)}


def _date_value(time) -> str:
    """The date as compared: "2027-Q2" for "the second quarter of 2027", else the date itself."""
    return f"{time.date}-{time.modifier.upper()}" if time.modifier in PARTS_OF_YEAR else time.date


def _same_day(x, y) -> bool:
    """Two dates of one day, or of one period. A bare weekday is read against its report's
    publication date, which a page updated days later moves; "killed Friday" and "killed on June
    24", a Friday, name one day. "The second quarter of 2027" and "the first quarter of 2027" are
    one year, but two periods of it."""
    if x.date == y.date:
        p, q = PARTS_OF_YEAR.get(x.modifier or ""), PARTS_OF_YEAR.get(y.modifier or "")
        return p is None or q is None or not (p[1] < q[0] or q[1] < p[0])
    for bare, dated in ((x, y), (y, x)):
        words = set(re.findall(r"[a-z]+", bare.text.lower()))
        named = [n for n, day in enumerate(_WEEKDAY_NAMES) if day in words]
        if (len(named) == 1 and not re.search(r"\d", bare.text) and re.search(r"\d", dated.text)
                and dated.date and len(dated.date) == 10 and date.fromisoformat(dated.date).weekday() == named[0]):
            return True
    return False


def _one_happening(a: Statement, x, b: Statement, y) -> bool:
    """Whether two dates may date one thing: not when one dates the telling ("officials said on
    Tuesday") and the other what was told ("the first case was recorded on February 4"), nor when
    one dates a tally ("cases rose to 468 on Wednesday") and the other a happening, nor when one
    dates an end and the other a happening of its own ("walked out on Monday" / "strike to end on
    Thursday": the start and the end of one strike; "kept the alert on Wednesday" / "the alert runs
    until Friday"), nor when both date tellings by two speakers (or by speakers not named): each
    report may quote another statement of another day."""
    ends = [statement.time_events.get(time.start) for statement, time in ((a, x), (b, y))]
    bounds = [_span_bound(a, x), _span_bound(b, y)]
    if bounds != [None, None]:
        # "until Friday" and "to end on Thursday" both date an end; "on Wednesday" dates no end
        roles = [bound or ("end" if end and end.split()[0] in ENDING_VERBS | RESUMING_VERBS else None)
                 for bound, end in zip(bounds, ends, strict=True)]
        if roles[0] != roles[1]:
            return False
    elif None not in ends and (ends[0].split()[0] in ENDING_VERBS) != (ends[1].split()[0] in ENDING_VERBS):
        return False
    role = _date_role(a, x)
    if role == "telling" and not (a.speaker_key and a.speaker_key == b.speaker_key):
        return False  # "the undersheriff told reporters Friday" / "officials said Saturday": two tellings
    return role == _date_role(b, y)


def _two_happenings(a: Statement, x, b: Statement, y) -> bool:
    """Whether a year or a month dates two happenings, each by its own verb. Sentences of a life, a
    career or a history align on their people and places ("born in the Bronx in 1928" / "Luciano,
    who died in 1962"; "was convicted in June 1998" / "returned to prison in June 1999"), and such
    a date disagrees only with a date of the same happening. A day is the news's own date, whose
    happening reports word in many ways ("cut power on Tuesday" / "a fire was happening on
    Monday"), so days are compared whatever their verbs. Two verbs of one line of
    happening_synonyms.txt are one happening; a date on no verb dates a state, and two states are
    two when their sentences say two things ("was a draft choice in 1978" / "was a member of the
    1982-83 team"); a date that bounds a span dates its end, whichever verb tells the span ("a deal
    running until June 2031" / "signed until June 2030"); the dates of a plan are of the one thing
    planned."""
    if x.precision not in ("year", "month") or _span_bound(a, x) or _span_bound(b, y):
        return False
    if "planned" in (a.tense, b.tense, a.time_tenses.get(x.start), b.time_tenses.get(y.start)):
        return False  # "expected to close in the second quarter" / "expect to complete by ...": one plan
    ours, theirs = a.time_events.get(x.start), b.time_events.get(y.start)
    if ours is None and theirs is None:
        # dates of states ("was a draft choice in 1978") hang on no verb: the states tell
        return a.predicate is not None and b.predicate is not None and a.predicate != b.predicate
    if ours is None or theirs is None:
        # "the election, due in May 2028" hangs on no verb; "the first since the party lost the
        # by-election in August" on the verb of a clause aside, which neither sentence tells as its
        # own: the month of a thing named against the month of another thing done before it
        verb = (ours or theirs or "").split()[0]
        return verb not in (a.predicate, b.predicate)
    return not _same_event(ours, theirs)


def _two_background_happenings(a: Statement, x, b: Statement, y) -> bool:
    """Whether two days date two happenings, each told in a clause beside its sentence's own verb:
    "passengers were on the coach, which had set out on Sunday night" and "passengers were on board
    when it left the road yesterday morning" tell the setting out and the crash, neither of which is
    what the sentence says (the bus-crash probe). A day on the sentence's own verb is still compared
    with any ("cut power on Tuesday" / "stayed without power after a fire was happening on Monday"),
    and so are the ends of a span and the dates of a plan, whichever verbs tell them (years and
    months are _two_happenings')."""
    if x.precision != "day" or _span_bound(a, x) or _span_bound(b, y):
        return False
    if "planned" in (a.tense, b.tense, a.time_tenses.get(x.start), b.time_tenses.get(y.start)):
        return False  # "expected to close on Friday" / "expect to complete on Monday": one plan
    ours, theirs = a.time_events.get(x.start), b.time_events.get(y.start)
    if ours is None or theirs is None or a.predicate is None or b.predicate is None:
        return False
    background = ours.split()[0] != a.predicate and theirs.split()[0] != b.predicate
    return background and not _same_event(ours, theirs)


# verbs that date the end of a happening, not the happening: its start or its course is another day
ENDING_VERBS = frozenset(["end", "finish", "conclude", "expire"])
# "stay closed until Saturday" and "reopen on Sunday": what resumes dates the end of a stoppage
RESUMING_VERBS = frozenset(["reopen", "resume", "restart"])
# "stay in place until 6 a.m. on Friday", "closed since Monday": a date that bounds a state or a
# span (its last day, its first) is not the day of a happening in it ("kept the alert on Wednesday")
_SPAN_BOUND_BEFORE = re.compile(
    r"\b(until|till|since)\s+(?:(?:\d[\w.:]*|[ap]\.m\.|on|at|the|late|early|dawn|noon|midnight|of)\s+){0,4}$", re.IGNORECASE)


def _span_bound(statement: Statement, time) -> str | None:
    """Which end of a span a date bounds by its preposition: "end" after "until", "start" after
    "since"; None otherwise."""
    at = time.start - statement.sentence_start
    bound = _SPAN_BOUND_BEFORE.search(statement.sentence_text[max(0, at - 40): max(0, at)])
    if bound is None:
        return None
    return "start" if bound.group(1).lower() == "since" else "end"


def _date_role(statement: Statement, time) -> str:
    if time.start in statement.telling_times:
        return "telling"
    event = statement.time_events.get(time.start)
    # "cases reached 468 on Wednesday" dates a tally; "the passengers reached Madrid on Friday",
    # with no figure, a journey's end
    return "tally" if event and event.split()[0] in FIGURE_VERBS and statement.quantities else "happening"


def _dates_of_one_measure(measures: list[_Finding]) -> list[_Finding]:
    """"Jailed for eight years on Monday" and "sentenced on Tuesday to 78 months": reports that give
    one measure of a thing (a term, a magnitude) tell one happening, whose day they must agree on,
    however loosely their sentences align. Only reports of one day: a later one may date a later
    step, as a figure that grew is an update."""
    found = []
    for measure in measures:
        involved = _unique(measure.claim_statements)
        for n, a in enumerate(involved):
            for b in involved[n + 1:]:
                if a.document == b.document or a.published is None or a.published != b.published:
                    continue
                pairs = [
                    (x, y) for x in a.times for y in b.times
                    if x.date and y.date and x.resolved and y.resolved and x.precision == y.precision
                    and a.time_events.get(x.start) and b.time_events.get(y.start)
                    and not _reference_year(a, x) and not _reference_year(b, y)
                    and not _denied_happening(a, x) and not _denied_happening(b, y)
                    and not _possessive_date(a, x) and not _possessive_date(b, y) and _one_happening(a, x, b, y)
                ]
                if not pairs or any(_same_day(x, y) for x, y in pairs):
                    continue
                x, y = pairs[0]
                if x.text.lower() != y.text.lower():
                    found.append(_Finding("date", "the date", [_Side(x.text, _date_value(x), [a]), _Side(y.text, _date_value(y), [b])], [a, b]))
    return found


# "on Wednesday, a day after the group made its bid", "two weeks before the vote": a second event
# dated by its distance from the sentence's date
DATE_OFFSET = re.compile(
    r"\b(?:(?P<n>a|an|one|two|three|four|five|six|seven|\d{1,2})|the)\s+(?P<unit>days?|weeks?)\s+(?P<way>after|before)\b",
    re.IGNORECASE,
)


def _offset_times(statement: Statement, times: list) -> list:
    """The dates a sentence gives by distance from its own date: "shareholders weighed the offer on
    Wednesday, a day after the bid" dates the bid Tuesday, which is what other reports date; read
    first, since the event named after "a day after" is the one reports tell before."""
    anchors = [t for t in times if t.precision == "day" and len(t.date) == 10]
    found = []
    for match in DATE_OFFSET.finditer(statement.sentence_text):
        start = statement.sentence_start + match.start()
        before = [t for t in anchors if t.end <= start]
        if not before:
            continue
        anchor = max(before, key=lambda t: t.end)
        count = match.group("n")
        days = 1 if count is None or count.lower() in {"a", "an", "one"} else (int(count) if count.isdigit() else _SMALL_NUMBERS[count.lower()])
        days *= 7 if match.group("unit").lower().startswith("week") else 1
        sign = -1 if match.group("way").lower() == "after" else 1
        when = date.fromisoformat(anchor.date) + timedelta(days=sign * days)
        found.append(replace(anchor, text=match.group(0), start=start, end=statement.sentence_start + match.end(), date=when.isoformat()))
    return found


_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
def _other_things(a: Statement, b: Statement) -> bool:
    """"Signed the goalkeeper on Tuesday" and "signed the striker on Wednesday" date one act on
    two things, however alike the sentences; "fell 6 percent on Tuesday" and "fell a further 2
    percent on Wednesday" two falls."""
    return (a.predicate == b.predicate and a.theme is not None and b.theme is not None and a.theme != b.theme) or (
        _told_again(a) != _told_again(b))


# "shares fell a further 2.1 percent", "closed for a second day": the verb happened once more, on a
# day of its own ("meet again on January 14" may be the next meeting another report dates, so a bare
# "again" is no sign)
_AGAIN = re.compile(r"\b(?:a\s+further|for\s+a\s+(?:second|third|fourth)\s+(?:straight\s+|consecutive\s+)?(?:time|day|night))\b", re.IGNORECASE)


def _told_again(statement: Statement) -> bool:
    """Whether a statement tells a repeat of its happening: "fell a further 2.1 percent this
    morning" beside "fell 6.3 percent on Tuesday" dates two falls, not one fall twice."""
    return bool(_AGAIN.search(statement.text))


def _dates_the_predicate(statement: Statement, time) -> bool:
    """Whether the date hangs on the sentence's main verb (or on no verb the parse found). "Called
    the cuts a betrayal and said it would hold a rally on Thursday" dates the rally, not the thing
    the main verb took, so two things of that verb say nothing of the date."""
    event = statement.time_events.get(time.start)
    return event is None or statement.predicate is None or event.split()[0] == statement.predicate


def _denied_happening(statement: Statement, time) -> bool:
    """Whether the date dates a happening its sentence denies ("did not compete at the national
    championships this month"): it says when the thing did not happen, so it is no day of it, and
    no rival of a day another report gives it ("will be free to compete again in April 2030")."""
    event = statement.time_events.get(time.start)
    return event is not None and event.split()[0] in statement.denials


# "the June 20, 2005 attempted murder", "his June 24 murder": a date written as a modifier of a noun
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|his|her|its|their)\s+$", re.IGNORECASE)
_NOUN_WORD_AFTER = re.compile(r",?\s+([a-z][a-z-]+)")


def _possessive_date(statement: Statement, time) -> bool:
    """Whether the date is written as the possessor of a noun ("Sunday's vote", "Friday’s storm")
    or between an article and the noun it dates ("convicted of the June 20, 2005 attempted murder"):
    it dates that noun's happening, not what the sentence tells of it."""
    at = time.end - statement.sentence_start
    text = statement.sentence_text
    if text[at : at + 2] in ("'s", "’s"):
        return True
    start = time.start - statement.sentence_start
    if not _DETERMINER_BEFORE.search(text[max(0, start - 6) : start]):
        return False
    word = _NOUN_WORD_AFTER.match(text, at)
    return word is not None and word.group(1) not in _NOT_NOUNS


_NOT_NOUNS = frozenset(["and", "or", "to", "in", "at", "on", "of", "for", "from", "by", "with", "when", "after", "before",
                        "until", "through", "is", "was", "will", "had", "has", "that", "which"])


def _dates_across_claims(statements: Sequence[Statement], groups, scores: np.ndarray, settings: Settings) -> list[_Finding]:
    """"The fire broke out on Monday afternoon" and "..., which has grown since it broke out late on
    Sunday": a date in a clause of a sentence about something else aligns with no claim; one
    happening, named by the same verb in related sentences, still has one date."""
    threshold = settings.corroboration.event_date_sentence_threshold
    group_of = {i: g for g, group in enumerate(groups) for i in group}
    dated = [
        (i, t, event) for i, s in enumerate(statements) for t in s.times
        if t.date and t.resolved and (event := s.time_events.get(t.start)) and event.split()[0] not in NUMBER_VERBS
        and not _reference_year(s, t) and not _denied_happening(s, t)
    ]
    sentence_dates: dict[tuple[str, int], list] = {}
    for s in statements:
        sentence_dates.setdefault((s.document, s.sentence_start), []).extend(t for t in s.times if t.date and t.resolved)
    findings = []
    for n, (i, x, event) in enumerate(dated):
        for j, y, other in dated[n + 1:]:
            a, b = statements[i], statements[j]
            if not _same_event(other, event) or a.document == b.document or group_of.get(i) == group_of.get(j) or _other_things(a, b):
                continue
            if x.precision != y.precision or _same_day(x, y) or x.text.lower() == y.text.lower():
                continue
            if (a.time_tenses.get(x.start, a.tense) == "planned") != (b.time_tenses.get(y.start, b.tense) == "planned"):
                continue  # "first hosted the gala in 2007" and "will host it next year": two hostings
            if _states_one_of(sentence_dates[(a.document, a.sentence_start)], y) or _states_one_of(sentence_dates[(b.document, b.sentence_start)], x):
                continue  # "hosted it in 2001 and 2005 (co-hosting it in 2003)": one of several, the other's among them
            if scores[i, j] >= threshold:
                findings.append(_Finding("date", "the date", [
                    _Side(x.text, _date_value(x), [a, *_claim_fellows_of_the_day(statements, groups, group_of, i, x)]),
                    _Side(y.text, _date_value(y), [b, *_claim_fellows_of_the_day(statements, groups, group_of, j, y)]),
                ], [a, b]))
    return findings


def _claim_fellows_of_the_day(statements: Sequence[Statement], groups, group_of: dict[int, int], i: int, time) -> list[Statement]:
    """The statements of other reports aligned with statement ``i`` in its claim that give its day
    too ("was called in on Tuesday" beside "was summoned on Tuesday"): one happening on one day,
    whatever verb each tells it by, so they stand on that side of a date disputed across claims.
    A day a statement was told on ("reported on Tuesday") dates the telling, not the happening."""
    if group_of.get(i) is None:
        return []
    return [
        statements[k] for k in groups[group_of[i]]
        if statements[k].document != statements[i].document and any(
            t.date and t.resolved and t.precision == time.precision and t.start not in statements[k].telling_times
            and _same_day(t, time) for t in statements[k].times)
    ]


# "died ... at the age of 84", "died aged 84", "dies at 84": the age a death sentence gives
_AGE_AT_DEATH_BEFORE = re.compile(r"(?:\bat\s+the\s+age\s+of|\baged|\b(?:died|dies|dead)\s+at)\s+$", re.IGNORECASE)
_DEATH_WORDS = re.compile(r"\b(?:died|dies|dead|death|passed\s+away)\b", re.IGNORECASE)


def _age_at_death(statement: Statement) -> int | None:
    """The age at death a sentence that tells a death gives ("died on Monday at the age of 84",
    "The 84-year-old died"), or None."""
    text = statement.sentence_text
    if not _DEATH_WORDS.search(text):
        return None
    for quantity in statement.quantities:
        at, end = quantity.start - statement.sentence_start, quantity.end - statement.sentence_start
        if quantity.value is None or not 0 < quantity.value < 120 or quantity.value != int(quantity.value):
            continue
        if (quantity.kind == "count" and not quantity.unit and _AGE_AT_DEATH_BEFORE.search(text[:at])) or (
                quantity.kind == "duration" and re.match(r"-old\b", text[end:])):
            return int(quantity.value)
    return None


def _day_of_death(statement: Statement) -> date | None:
    """The day the sentence dates the death, or else the day it was published."""
    for time in statement.times:
        if time.precision == "day" and time.resolved and statement.time_events.get(time.start) == "die":
            return date.fromisoformat(time.date)
    return statement.published


def _age_fits(age: int, died: date, born) -> bool:
    """Whether a person born on ``born`` (a date of a day or a year) was ``age`` on ``died``: a year
    alone allows the two ages of either side of the birthday."""
    if born.precision == "day":
        day = date.fromisoformat(born.date)
        return age == died.year - day.year - ((died.month, died.day) < (day.month, day.day))
    return died.year - int(born.date[:4]) - 1 <= age <= died.year - int(born.date[:4])


def _births_against_ages(statements: Sequence[Statement]) -> list[_Finding]:
    """A year of birth against another report's year, or against its age at death: "Born in 1939"
    and "died on Monday at the age of 84" (in 2026) cannot both be true, where "born on 14 May 1941"
    and "84" agree (he died before his birthday). Births are dates of the verb "bear"; an age joins
    a birth of the person whose surname its sentence names, and the sides are the years of birth,
    so that the sides of the two years' own date finding gather the ages too."""
    births = [
        (s, t, {key.split(":", 1)[1].split()[-1] for key in s.entities if key.startswith("person:")})
        for s in statements for t in s.times
        if t.resolved and t.precision in ("day", "year") and s.time_events.get(t.start) == "bear"
    ]
    findings = []
    for surname in sorted({name for _, _, names in births for name in names}):
        born = [(s, t) for s, t, names in births if surname in names]
        years = sorted({t.date[:4] for _, t in born})
        ages = [
            (s, age, died) for s in statements
            if (age := _age_at_death(s)) is not None and (died := _day_of_death(s)) is not None
            and re.search(rf"\b{re.escape(surname)}\b", s.sentence_text, re.IGNORECASE)
        ]
        sides = []
        for year in years:
            of_year = [(s, t) for s, t in born if t.date[:4] == year]
            fitting = [s for s, age, died in ages if all(_age_fits(age, died, t) for _, t in of_year)]
            sides.append(_Side(of_year[0][1].text, year, _unique([s for s, _ in of_year] + fitting)))
        for age in sorted({age for _, age, _ in ages}):
            alone = [s for s, a, died in ages if a == age and not any(
                all(_age_fits(a, died, t) for s2, t in born if t.date[:4] == year) for year in years)]
            if alone:
                sides.append(_Side(str(age), f"age {age}", _unique(alone)))
        documents = [{s.document for s in side.statements} for side in sides]
        both = {d for n, x in enumerate(documents) for y in documents[n + 1:] for d in x & y}
        sides = [side for side in sides if {s.document for s in side.statements} - both]
        for side in sides:
            side.statements = [s for s in side.statements if s.document not in both]
        if len(sides) > 1:
            findings.append(_Finding("date", "the date", sides, [s for side in sides for s in side.statements]))
    return findings


@cache
def _person_states() -> tuple[tuple[str, str, re.Pattern], ...]:
    """The exclusive states of data/analyze/person_states.txt: (dimension, label, the pattern after
    a name)."""
    states = []
    for line in word_list("person_states.txt"):
        dimension, label, pattern = (part.strip() for part in line.split("|", 2))
        states.append((dimension, label, re.compile(
            r"\b(?-i:([A-Z][\w'’-]+)),?\s+(?:(?:has|had|have)\s+)?" + pattern, re.IGNORECASE)))
    return tuple(states)


def person_state_subjects() -> frozenset[str]:
    """The subjects of the findings of two exclusive states of one person (their dimensions), whose
    claims count only the reports of their own side, as a denial's do."""
    return frozenset(dimension for dimension, _, _ in _person_states())


def _dated_within(statements: Sequence[Statement], max_days: int) -> bool:
    """Whether every statement's report is dated, all within ``max_days`` of one another."""
    days = [s.published for s in statements]
    return None not in days and (max(days) - min(days)).days <= max_days


def _states_of_one_person(statements: Sequence[Statement], parsed: ParsedStory, max_days: int) -> list[_Finding]:
    """"Kohl has been placed on administrative leave" and "the officer, Kohl, has been fired"; "Vance
    was unarmed" and "Vance had a knife in his hand": one named person in two states that exclude
    one another (data/analyze/person_states.txt), whatever claims the sentences fell into. Only a
    surname the story names as a person's, asserted (no denial), and only reports that put the
    person in one state of that dimension. A post changes as a story goes on ("suspended", then
    "fired" a week later), so its states are compared only in reports dated within ``max_days``."""
    surnames = {cue.name.split()[-1].lower() for cue in parsed.people if cue.name.split()}
    told: dict[tuple[str, str], dict[str, list[Statement]]] = {}
    seen: set[tuple[str, int, str]] = set()
    for statement in statements:
        if statement.negated or statement.mixed_polarity:
            continue
        for dimension, label, pattern in _person_states():
            for match in pattern.finditer(statement.content):
                surname = match.group(1).lower()
                if surname not in surnames or (statement.document, statement.sentence_start, dimension + label) in seen:
                    continue
                seen.add((statement.document, statement.sentence_start, dimension + label))
                told.setdefault((dimension, surname), {}).setdefault(label, []).append(statement)
    findings = []
    for (dimension, _), by_label in sorted(told.items()):
        documents = [{s.document for s in said} for said in by_label.values()]
        both = {d for n, x in enumerate(documents) for y in documents[n + 1:] for d in x & y}
        sides = [_Side(said[0].content, label, _unique(said)) for label, said in sorted(by_label.items())
                 if not {s.document for s in said} <= both]
        for side in sides:
            side.statements = [s for s in side.statements if s.document not in both]
        fixed = "armed" in dimension  # whether someone was armed is a fact of a moment
        if len(sides) > 1 and (fixed or _dated_within([st for side in sides for st in side.statements], max_days)):
            findings.append(_Finding("status", dimension, sides, [s for side in sides for s in side.statements], fixed=fixed))
    return findings


# "Jerome Vance, 34,": the given name written before the surname a figure is the age of
_GIVEN_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")


# "Ada Vance, who was 34, was stopped": an age told in a relative clause right after the name
_RELATIVE_AGE_BEFORE = re.compile(r"\b([A-Z][\w'’-]+),\s+who\s+(?:was|is)\s+$")


def _relative_age_holder(statement: Statement, quantity: Quantity) -> str | None:
    """The surname, lower case, whose age a bare count gives in "Vance, who was 34,"; else None."""
    if quantity.kind != "count" or quantity.unit:
        return None
    text = statement.sentence_text
    at, end = quantity.start - statement.sentence_start, quantity.end - statement.sentence_start
    found = _RELATIVE_AGE_BEFORE.search(text[:at])
    return found.group(1).lower() if found and re.match(r"\s*[,)]", text[end:]) else None


def _dates_years_before(statement: Statement, sentence_times: dict, years: int) -> bool:
    """Whether a statement's sentence (any of its clauses) dates something ``years`` or more before
    its report was published."""
    if statement.published is None:
        return False
    return any(t.resolved and t.date and t.date[:4].isdigit() and statement.published.year - int(t.date[:4]) >= years
               for t in sentence_times.get((statement.document, statement.sentence_start), ()))


def _ages_of_one_person(statements: Sequence[Statement], parsed: ParsedStory, max_days: int) -> list[_Finding]:
    """"Ada Vance, 34, was stopped" and "Vance, 31, was driving home": a person named with an age
    in apposition (or "aged 34", "a 34-year-old" right before the name) has one age, whatever
    claims the two sentences fell into. Only a person the story names as a person, each report
    giving one age of that surname, given names that do not differ, ages more than a year apart (a
    birthday between two reports moves an age by one), and reports dated within ``max_days`` of
    one another: an age grows, and an arrest and a verdict two years later give two (ECB+). An age
    in a sentence that dates something years back is the person's age then (ECB+: "identified the
    29-year-old Mr. X as the shooter ... acquitted in 1958" beside his obituary's 77)."""
    surnames = {cue.name.split()[-1].lower() for cue in parsed.people if cue.name.split()}
    sentence_times: dict[tuple[str, int], list] = {}
    for statement in statements:
        sentence_times.setdefault((statement.document, statement.sentence_start), []).extend(statement.times)
    ages: dict[str, list[tuple[int, str | None, Statement, Quantity]]] = {}
    for statement in statements:
        for quantity in statement.quantities:
            holder = statement.figure_holders.get(quantity.start)
            value = quantity.value
            if value is None or value != int(value) or not 0 < value < 120:
                continue
            if holder is None or not _age(statement, quantity):
                holder = _relative_age_holder(statement, quantity)
            if holder is None or holder not in surnames or _dates_years_before(statement, sentence_times, 2):
                continue  # "identified the 29-year-old X as the shooter ... acquitted in 1958": an age then
            at = statement.sentence_text.lower().find(holder)
            given = _GIVEN_NAME_BEFORE.search(statement.sentence_text[:at]) if at > 0 else None
            ages.setdefault(holder, []).append((int(value), given.group(1) if given else None, statement, quantity))
    findings = []
    for _, told in sorted(ages.items()):
        by_document: dict[str, set[int]] = {}
        for value, _, statement, _ in told:
            by_document.setdefault(statement.document, set()).add(value)
        given_names = {given for _, given, _, _ in told if given}
        values = sorted({value for value, _, _, _ in told})
        if (len(values) < 2 or len(given_names) > 1 or any(len(v) > 1 for v in by_document.values())
                or any(b - a < 2 for a, b in itertools.pairwise(values))
                or not _dated_within([statement for _, _, statement, _ in told], max_days)):
            continue
        sides = []
        for value in values:
            of_value = [(statement, quantity) for v, _, statement, quantity in told if v == value]
            statement, quantity = of_value[0]
            sides.append(_Side(_as_written(statement, quantity), {"low": float(value), "high": float(value), "unit": "years of age"},
                               _unique([st for st, _ in of_value])))
        findings.append(_Finding("quantity", "the age", sides, [st for side in sides for st in side.statements], fixed=True))
    return findings


def _same_event(a: str, b: str) -> bool:
    """One happening named by one verb, or by two of a line of happening_synonyms.txt ("made
    landfall" / "came ashore")."""
    return _synonymous_verbs(a, b)


def _states_one_of(times: list, other) -> bool:
    """Whether a sentence's dates include ``other``'s or a coarser date written out that holds it
    ("in 2003" holds "December 2003"; "by the end of the year" is a deadline, not a date of the
    same happening): such a sentence dates several happenings, the other report's among them."""
    return any(
        _same_day(t, other) if t.precision == other.precision
        else other.date.startswith(t.date + "-") and not t.relative and t.modifier is None
        for t in times
    )


# "the Jubeiha district of Amman", "Amman's Jubeiha district", "Jubeiha, a suburb of Amman": a report
# that tells one place to lie in another makes the two no rivals anywhere in the story
_PLACE_NAME = r"[A-Z][\w'’-]*(?:\s+(?:al-|el-|de\s+|del\s+)?[A-Z][\w'’-]*){0,3}"
_AREA_NOUN = (r"(?:district|neighbou?rhood|suburb|quarter|borough|ward|township|municipality|area|locality|"
              r"governorate|province|region|county|prefecture)")
_PLACE_WITHIN = [
    (re.compile(rf"({_PLACE_NAME})\s+{_AREA_NOUN}\s+(?:of|in)\s+(?:the\s+(?:city|capital|town)\s+of\s+)?({_PLACE_NAME})"), 1, 2),
    (re.compile(rf"({_PLACE_NAME})['’]s\s+({_PLACE_NAME})\s+{_AREA_NOUN}\b"), 2, 1),
    (re.compile(rf"({_PLACE_NAME}),\s+(?:an?|the)\s+(?:[a-z-]+\s+)?{_AREA_NOUN}\s+(?:of|in)\s+(?:the\s+(?:city|capital|town)\s+of\s+)?({_PLACE_NAME})"), 1, 2),
]


def _places_within(statements: Sequence[Statement]) -> frozenset[tuple[str, str]]:
    """The places any report of the story tells to lie in another, lower case, (inner, outer):
    "in the Jubeiha district of Amman" gives (jubeiha, amman). A headline that names the district
    and one that names the city place one thing in both."""
    pairs = set()
    for text in {s.sentence_text for s in statements}:
        for pattern, inner, outer in _PLACE_WITHIN:
            for match in pattern.finditer(text):
                names = [re.sub(r"^(?:The|In|At|From|Near)\s+", "", match.group(g)).lower() for g in (inner, outer)]
                if names[0] != names[1]:
                    pairs.add((names[0], names[1]))
    return frozenset(pairs)


def _place(a: Statement, b: Statement, same_place_km: float, within: frozenset[tuple[str, str]] = frozenset()) -> list[_Finding]:
    keys_a = {p.key for p in a.places}
    keys_b = {p.key for p in b.places}
    only_a = [p for p in a.places if p.key not in keys_b and not _named_in(p, b)]
    only_b = [p for p in b.places if p.key not in keys_a and not _named_in(p, a)]
    for pa in only_a:
        for pb in only_b:
            if not _same_slot(a, pa, b, pb):  # the same slot: "substation in X" / "substation of Y"
                continue
            if pa.country and pb.country and (pa.kind == "country" or pb.kind == "country") and pa.country == pb.country:
                continue  # a town and the country it lies in
            if pa.country == pb.country and pa.country and {pa.kind, pb.kind} == {"region", "city"}:
                continue  # a town and a region of its country ("Key Biscayne" / "Florida"): two states still disagree
            if pa.name.lower() in pb.name.lower() or pb.name.lower() in pa.name.lower():
                continue
            if (pa.name.lower(), pb.name.lower()) in within or (pb.name.lower(), pa.name.lower()) in within:
                continue  # a report tells one to lie in the other: "the Jubeiha district of Amman"
            if None not in (pa.lat, pa.lon, pb.lat, pb.lon) and _km(pa, pb) < same_place_km:
                continue
            return [_Finding("place", "the place", [_Side(pa.name, pa.key, [a]), _Side(pb.name, pb.key, [b])], [a, b])]
    return []


def _naming_text(statement: Statement) -> str:
    """The statement's sentence in lower case without the places it names only to locate another
    ("in Kachia, 60 kilometres south of Kajuru" does not say that anything happened in Kajuru)."""
    text = statement.sentence_text.lower()
    for landmark in statement.landmarks:
        text = text.replace(landmark, " ")
    return text


def _named_in(place, statement: Statement) -> bool:
    """Whether the statement's sentence names the place too, not only to locate another
    (``_naming_text``). A name that it writes only inside a longer place's name ("Hsinchu" in
    "Hsinchu County", "York" in "New York") names that other place, not this one."""
    name = place.name.lower()
    text = _naming_text(statement)
    for other in statement.places:
        if name in other.name.lower() and name != other.name.lower():
            text = text.replace(other.name.lower(), " ")
    return name in text


def _same_slot(a: Statement, pa, b: Statement, pb) -> bool:
    """Whether two places fill one slot: the same word they hang on, or the one verb both
    statements tell, where the parser hung one place on that verb's object instead ("will meet
    both sides in X" / "will meet the union and the employers in Y": a place at a clause's end
    may go with either)."""
    if not pa.head or not pb.head:
        return False
    if pa.head == pb.head:
        return True
    if pa.preposition == pb.preposition and (pa.verb == pb.head or pb.verb == pa.head):
        return True  # "presented at the congress in X" / "presented in Y": the verb's place either way
    if pa.preposition == pb.preposition and pa.verb and pa.verb == pb.verb:
        return True  # "handed over to police in X" / "handed over to security agents in Y": one act's place
    if pa.preposition == pb.preposition and ((pa.verb and _noun_of_verb(pb.head, pa.verb)) or (pb.verb and _noun_of_verb(pa.head, pb.verb))):
        return True  # "will meet for the first time in X" / "will hold their first meeting in Y": one act's place
    if pa.preposition != pb.preposition or not a.predicate or not b.predicate or not _synonymous_verbs(a.predicate, b.predicate):
        return False
    if a.predicate != b.predicate:
        return pa.head == a.predicate and pb.head == b.predicate  # "brought to X" / "taken to Y": one act's place
    return (pa.head == a.predicate and pb.head not in b.predicates) or (pb.head == b.predicate and pa.head not in a.predicates)


def _places_across_claims(statements: Sequence[Statement], groups, scores: np.ndarray, settings: Settings,
                          within: frozenset[tuple[str, str]] = frozenset()) -> list[_Finding]:
    """"Broke into servers at its data centre in Aarhus" and "... at its data centre in Odense, and
    took the data of 4 million customers": sentences that say more than one thing rarely align as
    one claim, but one slot ("centre in") filled with two places far apart in related sentences is
    one place misreported, unless a report names both (two sites, one told in each report). Only
    places far apart and named with one preposition: a village outside a city is near the city."""
    cfg = settings.corroboration
    group_of = {i: g for g, group in enumerate(groups) for i in group}
    placed = [i for i, s in enumerate(statements) if any(p.head for p in s.places)]
    named_in: dict[str, set[str]] = {}
    for s in statements:
        named_in.setdefault(s.document, set()).update(p.key for p in s.places)
    findings = []
    for n, i in enumerate(placed):
        for j in placed[n + 1:]:
            a, b = statements[i], statements[j]
            if a.document == b.document or group_of.get(i) == group_of.get(j):
                continue
            if scores[i, j] < cfg.place_sentence_threshold and not _one_act_on_one_thing(a, b):
                continue
            for finding in _place(a, b, cfg.place_across_claims_km, within):
                if any(p.kind in ("region", "country") for p in (*a.places, *b.places) if p.key in (finding.sides[0].normalized, finding.sides[1].normalized)):
                    continue  # a county or state holds towns far from its middle ("in Cumbria" / "in Millom")
                if finding.sides[0].normalized in named_in[b.document] or finding.sides[1].normalized in named_in[a.document]:
                    continue  # the other report names this place too: two sites, not one misplaced
                slots = {(p.preposition or "").lower() for p in (*a.places, *b.places) if p.key in (finding.sides[0].normalized, finding.sides[1].normalized)}
                if len(slots) > 1:
                    continue  # "near the city of X" and "outside the village of Y" both may hold
                for side, first in zip(finding.sides, (i, j), strict=True):
                    side.statements = _unique([
                        statements[k] for k in [first, *groups[group_of[first]]]
                        if any(p.key == side.normalized for p in statements[k].places)
                    ]) if first in group_of else side.statements
                findings.append(finding)
    return findings


def _one_act_on_one_thing(a: Statement, b: Statement) -> bool:
    """"The survivors were brought to X" and "The survivors were taken to Y": one act (a verb, or two
    of one line of ``happening_synonyms.txt``) told as done to one thing, whose sentences may share
    little else once the story's own topic is taken out of their meaning."""
    if not (a.theme and b.theme and a.predicate and b.predicate) or a.negated or b.negated:
        return False
    if a.tense != "done" or b.tense != "done" or a.theme.lower() != b.theme.lower():
        return False
    return _synonymous_verbs(a.predicate, b.predicate)


def _km(p, q) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (p.lat, p.lon, q.lat, q.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def _status(a: Statement, b: Statement, max_days: int) -> list[_Finding]:
    """"Will open an inquiry" against "has opened an inquiry": the same step acted on the same
    thing. A step on another thing ("the line will stay closed", "Dobre was quoted") is another
    step, however closely the sentences align."""
    tenses = {a.tense, b.tense}
    if tenses != {"planned", "done"} or a.negated or b.negated or not _same_step(a, b) or not _same_act(a, b):
        return []
    planned, done = (a, b) if a.tense == "planned" else (b, a)
    if planned.lasting:
        return []  # "will remain suspended" keeps the state "were suspended" made: no step to come
    if planned.predicate and planned.predicate != done.predicate and planned.predicate in done.predicates:
        return []  # "picked to host" states the hosting to come, as "will host" does
    if _done_long_before(done, planned.published, max_days):
        return []  # "last lifted the trophy in 2015" is an earlier time, not the parade still to come
    return [_Finding(
        "status", "whether it has happened",
        [_Side(planned.content, "planned", [planned]), _Side(done.content, "done", [done])], [a, b],
    )]




def _same_step(a: Statement, b: Statement) -> bool:
    """Whether two statements tell one step: the same thing acted upon, or one names by a noun the
    act the other names by its verb ("will appeal against the ban" / "have lodged an appeal against
    the ban"), where the verb acts on nothing else. Words said to someone are no step taken with
    them: "urged both sides to settle" is not "will meet both sides" done."""
    if a.theme == b.theme:
        return a.predicate == b.predicate or not (_saying(a.predicate) or _saying(b.predicate))
    return any(
        nominal.predicate in LIGHT_VERBS and nominal.theme and verbal.predicate and verbal.theme is None
        and _noun_of_verb(nominal.theme.lower(), verbal.predicate.lower())
        for nominal, verbal in ((a, b), (b, a))
    )


def _same_act(a: Statement, b: Statement) -> bool:
    """Whether a plan and a deed name one act, by one verb or two of one happening ("will start" /
    "began"), or by a verb and its noun ("will appeal" / "lodged an appeal"). Steps on one thing
    follow each other: "is expected to be arraigned" is not the "was charged" before it, nor "will
    replace him" the "was fired" that made room."""
    if not a.steps or not b.steps:
        return True
    if any(_synonymous_verbs(v, w) for v in a.steps for w in b.steps):
        return True
    return any(
        _noun_of_verb(noun, verb) for nominal, verbal in ((a, b), (b, a)) for noun in nominal.step_nouns for verb in verbal.steps
    )


def _noun_of_verb(noun: str, verb: str) -> bool:
    """"appeal" / "appeal", "investigation" / "investigate", "meeting" / "meet": a noun that names a
    verb's act."""
    return noun == verb or noun == f"{verb}ing" or (min(len(noun), len(verb)) >= 7 and noun[:7] == verb[:7])


def _saying(lemma: str | None) -> bool:
    """Whether a verb's lemma is a verb of saying (data/analyze/speech_verbs.txt lists the forms news
    writes: "urged", "told")."""
    if not lemma:
        return False
    forms = word_set("speech_verbs.txt")
    return any(form in forms for form in (lemma, lemma + "d", lemma + "ed", lemma + "s"))


def _done_long_before(done: Statement, published: date | None, max_days: int) -> bool:
    """Whether the done statement dates what it tells to a period that ended more than ``max_days``
    before the plan was reported: a step reported as still to come was not taken years before."""
    if published is None:
        return False
    for time in done.times:
        if not (time.date and time.resolved and time.precision) or time.start in done.telling_times:
            continue
        parts = [int(part) for part in time.date[:10].split("-") if part.isdigit()]
        if len(parts) == 1:
            ended = date(parts[0], 12, 31)
        elif len(parts) == 2:
            ended = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1) - timedelta(days=1)
        elif len(parts) == 3:
            ended = date(*parts)
        else:
            continue
        if ended < published - timedelta(days=max_days):
            return True
    return False


def _status_of_claim(members: Sequence[Statement], theme: str | None) -> list[_Finding]:
    """Every report of one claim on the side its tense puts it, once a strongly aligned pair showed
    the difference for this thing acted upon: a looser rewrite ("Romania's transport ministry will
    open an inquiry") still says "planned" with the wire copies."""
    on_theme = [s for s in members if s.theme == theme and not s.negated]
    planned = [s for s in on_theme if s.tense == "planned"]
    done = [s for s in on_theme if s.tense == "done"]
    return [_Finding(
        "status", "whether it has happened",
        [_Side(planned[0].content, "planned", planned), _Side(done[0].content, "done", done)], [*planned, *done],
    )]


def _status_across_claims(statements: Sequence[Statement], groups, scores: np.ndarray, settings: Settings) -> list[_Finding]:
    """"Is preparing to issue a new advisory" and "published a new advisory" tell the same step
    at two stages, so they rarely align as one claim; the thing acted upon pairs them."""
    cfg = settings.corroboration
    group_of = {i: g for g, group in enumerate(groups) for i in group}
    planned = [i for i, s in enumerate(statements) if s.tense == "planned" and s.theme and not s.negated]
    done = [i for i, s in enumerate(statements) if s.tense == "done" and s.theme and not s.negated]
    findings = []
    for i in planned:
        for j in done:
            a, b = statements[i], statements[j]
            if a.document == b.document or not _same_step(a, b):
                continue
            if group_of.get(i) == group_of.get(j) and scores[i, j] >= cfg.strong_align_threshold:
                continue  # a strongly aligned pair of one claim is compared with its claim
            if scores[i, j] >= cfg.status_pair_threshold:
                for finding in _status(a, b, cfg.max_update_days):
                    for side, first, tensed in zip(finding.sides, (i, j), (planned, done), strict=True):
                        side.statements = _unique([statements[k] for k in _close_to(first, tensed, statements, scores, cfg.strong_align_threshold)])
                    findings.append(finding)
    return findings


# verbs of data/analyze/ that tell what became of a thing as exclusive classes, and what the
# finding asks: whether an undertaking goes on or was halted, whether a planned event was put off
# or called off
_COURSE_LISTS = (("course_verbs.txt", "whether it goes on"), ("schedule_verbs.txt", "whether it was put off or called off"))


def _course_classes(name: str = "course_verbs.txt") -> dict[str, str]:
    """Each verb of a list of courses (data/analyze/course_verbs.txt: "going on", "halted";
    schedule_verbs.txt: "put off", "called off"), mapped to its class."""
    return labelled_words(name)


def _course(statement: Statement, name: str = "course_verbs.txt") -> str | None:
    """Whether a statement says the thing it is about goes on or was halted (or, by another list,
    was put off or called off); None when it says neither, or is denied ("has not been
    suspended"), or names two classes."""
    if statement.negated or statement.mixed_polarity or not statement.theme:
        return None
    classes = _course_classes(name)
    named = {classes[p] for p in statement.predicates if p in classes}
    if statement.predicate in classes and len(named) == 1:
        return named.pop()
    return None


def _course_across_claims(statements: Sequence[Statement], scores: np.ndarray, settings: Settings) -> list[_Finding]:
    """"Rescue operations were continuing" against "rescue operations have been suspended": the
    same undertaking said to go on and to have stopped; "the tour has been postponed" against "has
    cancelled the tour": one planned event put off and called off. One thing, named by the same
    word, in related sentences of two reports; a report that tells both courses is a sequence,
    not a rival."""
    cfg = settings.corroboration
    findings = []
    for name, subject in _COURSE_LISTS:
        coursed = [(i, course) for i, s in enumerate(statements) if (course := _course(s, name))]
        courses_of: dict[str, set[str]] = {}
        for i, course in coursed:
            courses_of.setdefault(statements[i].document, set()).add(course)
        for n, (i, x) in enumerate(coursed):
            for j, y in coursed[n + 1:]:
                a, b = statements[i], statements[j]
                if x == y or a.document == b.document or a.theme != b.theme:
                    continue
                if len(courses_of[a.document]) > 1 or len(courses_of[b.document]) > 1:
                    continue
                if a.published and b.published and abs((a.published - b.published).days) > cfg.max_update_days:
                    continue
                if scores[i, j] >= cfg.course_pair_threshold:
                    findings.append(_Finding("status", subject, [_Side(a.content, x, [a]), _Side(b.content, y, [b])], [a, b]))
    return findings


def _close_to(first: int, candidates: Sequence[int], statements: Sequence[Statement], scores: np.ndarray, threshold: float) -> list[int]:
    """``first`` and the statements of its tense and theme that say what it says (closely aligned
    with it): the wire copies of "will start on Saturday" stand beside the rewrite that a "began on
    Monday" was paired with."""
    theme = statements[first].theme
    return [first, *[k for k in candidates if k != first and statements[k].theme == theme and scores[first, k] >= threshold]]


def _outcomes_named(statement: Statement) -> set[str]:
    """The classes of what befell people (dead, injured, ...) that a statement's words name."""
    return {label for label, lemmas in _outcome_classes() if statement.words & lemmas}


@cache
def _outcome_classes() -> tuple[tuple[str, frozenset[str]], ...]:
    classes = []
    for line in word_list("outcomes.txt"):
        label, _, lemmas = line.partition(":")
        classes.append((label.strip(), frozenset(lemmas.split())))
    return tuple(classes)


def _outcome(a: Statement, b: Statement) -> list[_Finding]:
    """"A firefighter was killed" against "a firefighter was seriously injured": one event, two fates.
    Counted groups ("killed 3", "injured 12") are different people, which the figures tell apart;
    a sentence that names two fates, or denies one, is left alone."""
    named_a, named_b = _outcomes_named(a), _outcomes_named(b)
    if len(named_a) != 1 or len(named_b) != 1 or named_a == named_b or a.negated or b.negated:
        return []
    for statement in (a, b):
        if any(statement.figure_predicates.get(q.start) for q in statement.quantities if q.kind == "count"):
            return []
    return [_Finding(
        "status", "what befell them",
        [_Side(a.content, named_a.pop(), [a]), _Side(b.content, named_b.pop(), [b])], [a, b],
    )]


# "He is survived by his wife, X", "She leaves her husband, X": those named after it outlived the dead
_SURVIVED_BY = re.compile(r"\b(?:survived\s+by|leaves)\b", re.IGNORECASE)


def _survivors(statement: Statement) -> set[str]:
    """The people (entity keys) a sentence names as the survivors of someone who died."""
    if statement.predicate not in ("survive", "leave") or statement.negated:
        return set()
    found = _SURVIVED_BY.search(statement.sentence_text)
    if found is None:
        return set()
    after = statement.sentence_text[found.end():].lower()
    return {key for key in statement.entities if key.startswith("person:")
            and re.search(rf"\b{re.escape(key.split(':', 1)[1].split()[-1])}\b", after)}


def _survivor_against_death(a: Statement, b: Statement) -> list[_Finding]:
    """"He is survived by his wife, Mercedes Arango" against "His wife, Mercedes Arango, died in
    2021": one report has her alive, the other dead; a death dated before the other report was
    published is no update of it."""
    dead = {key for verb, (key, _) in b.acts.items() if verb in ("die", "kill") or verb.startswith("pass")}
    if b.negated or not (_survivors(a) & dead):
        return []
    told = a.published.isoformat() if a.published else ""
    earlier = any(t.resolved and t.date and told and t.date < told[:len(t.date)] for t in b.times)
    return [_Finding("status", "whether they are alive", [_Side(a.content, "alive", [a]), _Side(b.content, "dead", [b])],
                     [a, b], fixed=earlier)]


def _open_states_told(statement: Statement) -> set[str]:
    """The states of data/analyze/open_states.txt (open, closed) that a statement's verbs and
    adjectives tell: "remained open", "has been closed", "stayed shut"."""
    return {label for word, label in labelled_words("open_states.txt").items() if word in statement.predicates}


def _open_state(a: Statement, b: Statement) -> list[_Finding]:
    """"The airport remained open" against "the airport has been closed since 9 a.m.": one place,
    two states. A sentence that tells both, or denies one ("did not close"), is left alone, and so
    is a denial up to a time ("will not open until May" tells the state before and after), and a
    change ("reopened") tells no state."""
    told_a, told_b = _open_states_told(a), _open_states_told(b)
    if len(told_a) != 1 or len(told_b) != 1 or told_a == told_b or a.negated or b.negated or a.mixed_polarity or b.mixed_polarity:
        return []
    return [_Finding(
        "status", "whether it is open",
        [_Side(a.content, told_a.pop(), [a]), _Side(b.content, told_b.pop(), [b])], [a, b],
    )]


def _holder_key(statement: Statement) -> str | None:
    """What a statement tells the state of: its subject, a common noun ("schools stayed open"),
    never a person ("Brodie opened the scoring")."""
    return statement.holder


def _of_one_day(a: Statement, b: Statement) -> bool:
    """Whether two statements speak of one day: the days they name meet, or neither names one and
    they were published on the same day."""
    days_a = {t.date for t in a.times if t.date and len(t.date) == 10}
    days_b = {t.date for t in b.times if t.date and len(t.date) == 10}
    if days_a and days_b:
        return bool(days_a & days_b)
    return a.published is not None and a.published == b.published


def _open_states_across_claims(statements: Sequence[Statement], groups, scores: np.ndarray, settings: Settings) -> list[_Finding]:
    """"All schools in the three districts were closed on Tuesday" against "Schools in the affected
    districts stayed open on Tuesday": one thing (the same subject noun) open in one report and
    closed in another, on one day, in related sentences that alignment put in two claims (the
    state words themselves pull them apart). A report that tells both states is a sequence, not a
    rival; a pair of one claim, closely aligned, is compared with its claim."""
    cfg = settings.corroboration
    group_of = {i: g for g, group in enumerate(groups) for i in group}
    told: list[tuple[int, str, str]] = []
    for i, statement in enumerate(statements):
        states = _open_states_told(statement)
        holder = _holder_key(statement)
        if len(states) == 1 and holder and not (statement.negated or statement.mixed_polarity):
            told.append((i, next(iter(states)), holder))
    states_of: dict[tuple[str, str], set[str]] = {}
    for i, state, holder in told:
        states_of.setdefault((statements[i].document, holder), set()).add(state)
    findings = []
    for n, (i, x, holder) in enumerate(told):
        for j, y, other in told[n + 1:]:
            a, b = statements[i], statements[j]
            if x == y or holder != other or a.document == b.document or not _of_one_day(a, b):
                continue
            if len(states_of[(a.document, holder)]) > 1 or len(states_of[(b.document, holder)]) > 1:
                continue
            if group_of.get(i) == group_of.get(j) and scores[i, j] >= cfg.strong_align_threshold:
                continue  # compared with its claim
            if scores[i, j] < cfg.course_pair_threshold:
                continue
            sides = []
            for first, state in ((i, x), (j, y)):
                close = [k for k, z, h in told if z == state and h == holder and (k == first or (
                    scores[first, k] >= cfg.course_pair_threshold and _of_one_day(statements[first], statements[k])))]
                sides.append(_Side(statements[first].content, state, _unique([statements[k] for k in close])))
            findings.append(_Finding("status", "whether it is open", sides, [a, b]))
    return findings


# the words beside which a colour names a medal ("the silver medal", "won bronze")
MEDAL_CONTEXT = frozenset(["medal", "medallist", "medalist", "win", "podium"])


def _medals_named(statement: Statement) -> set[str]:
    """The medals of data/analyze/medals.txt (gold, silver, bronze) a statement names beside a
    medal or a win."""
    if not statement.words & MEDAL_CONTEXT:
        return set()
    return {label for word, label in labelled_words("medals.txt").items() if word in statement.words}


def _medal(a: Statement, b: Statement) -> list[_Finding]:
    """"Stripped of the silver medal he won" against "won bronze ..., loses that medal": one
    athlete's medal at one event, two ranks. A sentence that names two medals, or denies one, is
    left alone, and so are two sentences that name two different people (two athletes' medals)."""
    named_a, named_b = _medals_named(a), _medals_named(b)
    if len(named_a) != 1 or len(named_b) != 1 or named_a == named_b or a.negated or b.negated:
        return []
    people_a, people_b = ({e for e in s.entities if e.startswith("person:")} for s in (a, b))
    if people_a and people_b and not people_a & people_b:
        return []
    return [_Finding(
        "status", "which medal",
        [_Side(a.content, named_a.pop(), [a]), _Side(b.content, named_b.pop(), [b])], [a, b],
    )]


# "would not have placed him on injured reserve if ...": what would have been, had something else been so
_COUNTERFACTUAL = re.compile(r"\b(?:would|could|might)(?:\s+not|n['’]t|\s+never)?\s+have\b[^.;]*\bif\b|\bif\b[^.;]*\b(?:would|could|might)(?:\s+not|n['’]t|\s+never)?\s+have\b", re.IGNORECASE)


def _counterfactual(statement: Statement) -> bool:
    """Whether the statement tells what would have been under another condition ("would not have
    placed Bush on injured reserve if they were still fighting"): it neither denies nor asserts what
    happened."""
    return _COUNTERFACTUAL.search(statement.text) is not None


def _negation(a: Statement, b: Statement) -> list[_Finding]:
    if a.negated == b.negated or a.mixed_polarity or b.mixed_polarity or _counterfactual(a) or _counterfactual(b):
        return []
    if not _same_predicate(a, b):
        return []
    denied, affirmed = (a, b) if a.negated else (b, a)
    if _within_the_denied_bound(denied, affirmed):
        return []
    if denied.denials & affirmed.denials:
        # "never regained consciousness" and "suffered a heart attack and never regained
        # consciousness": the other report denies it too, in a clause its head does not govern
        return []
    if not denied.predicates - denied.described - _kinds_of_named(denied, affirmed) <= affirmed.words:
        # "does not make the brakes fail" and "leaves the brakes working": to deny what the other
        # says, the denial must deny what it asserts, not another happening in other words (a
        # relative clause of its object, "which stays at 1.38 trillion", describes the thing)
        return []
    labels = ("denied", "confirmed" if affirmed.confirmed else "asserted")
    values = [denied.content, affirmed.content]
    if values[0].lower() == values[1].lower():
        # "denied that the part was faulty" / "acknowledged that the part was faulty": the same
        # words on both sides, so each side says how it frames them
        values = [f"{label}: {value}" for label, value in zip(labels, values, strict=True)]
    return [_Finding(
        "negation", "whether it is so",
        [_Side(values[0], labels[0], [denied]), _Side(values[1], labels[1], [affirmed])],
        [a, b],
    )]


def _within_the_denied_bound(denied: Statement, affirmed: Statement) -> bool:
    """"None of those offers is for more than eight years" denies only what goes beyond eight years:
    "the offer is for at least eight years" or "an eight-year offer" may be exactly that, so a
    denial bounded by a figure ("more than", "over", "longer than") meets an assertion whose figures
    of that measure all stay within the bound."""
    bounds = [q for q in denied.quantities if q.high is None and q.low is not None and q.unit]
    if not bounds:
        return False
    for bound in bounds:
        asserted = [q for q in affirmed.quantities if q.unit == bound.unit and q.kind == bound.kind]
        lows = [q.low if q.low is not None else q.value for q in asserted]
        if asserted and all(low is not None and low <= bound.low for low in lows):
            return True
    return False


def _negation_across_claims(statements: Sequence[Statement], groups, scores: np.ndarray, settings: Settings) -> list[_Finding]:
    """"But he has not yet signed his contract" and "has signed a five-year contract": a denial
    told as the second clause of a longer sentence rarely aligns closely with the plain assertion,
    so the same act (one verb) on the same thing (one object), both told as done, pairs them. Two
    plans pair the same way, and a plan names its act even without its object: "X will not appeal
    the ruling" denies "X would appeal to the court" when the denial, but for its object, says
    nothing the plan does not (the same person, the same verb)."""
    cfg = settings.corroboration
    group_of = {i: g for g, group in enumerate(groups) for i in group}
    usable = [i for i, s in enumerate(statements)
              if s.predicate and (s.tense == "planned" or ((s.theme or s.negated) and s.tense == "done"))
              and not s.mixed_polarity and not _only_speech(s.predicate)]
    denied = [i for i in usable if statements[i].negated]
    affirmed = [i for i in usable if not statements[i].negated]
    findings = []
    for i in denied:
        for j in affirmed:
            a, b = statements[i], statements[j]
            if a.document == b.document or a.tense != b.tense:
                continue
            act_by_noun = _act_by_its_noun(a, b)
            if not act_by_noun and (a.predicate != b.predicate or not _one_plan_or_theme(a, b)):
                continue
            if group_of.get(i) == group_of.get(j) and scores[i, j] >= cfg.strong_align_threshold:
                continue  # a strongly aligned pair of one claim is compared with its claim
            if _within_the_denied_bound(a, b):
                continue  # "none for more than eight years" and "at least eight years" meet at eight
            if (scores[i, j] < cfg.status_pair_threshold and not act_by_noun and not _asserts_the_denied(a, b)) or a.denials & b.denials:
                continue  # a short denial ("no ransom was paid") aligns loosely with a longer assertion of all its words
            # the verb and its object already pin what is denied; a relative clause of the denial
            # ("his contract, which the club says will run ...") adds verbs the assertion lacks. A
            # close rewrite of the assertion may name the act by another verb ("the siren went off"
            # beside "the siren sounded"): the same theme, closely aligned, asserts it too
            sides = [
                _Side(statement.content, label, [statements[k] for k in _close_to(first, same, statements, scores, cfg.strong_align_threshold)
                                                 if statements[k].predicate == statement.predicate or not statement.negated])
                for statement, first, same, label in ((a, i, denied, "denied"), (b, j, affirmed, "confirmed" if b.confirmed else "asserted"))
            ]
            findings.append(_Finding("negation", "whether it is so", sides, [a, b]))
    return findings


def _act_by_its_noun(denied: Statement, affirmed: Statement) -> bool:
    """"No arrests have been made" denies "Two men were arrested": a light verb with a noun of the
    act is the act's verb, whatever it was done to, when the denial says nothing else (no other
    case, place or person) that the assertion does not say, and was not told before the act was."""
    if not denied.negated or affirmed.negated or denied.predicate not in LIGHT_VERBS | EVENT_LIGHT_VERBS or not denied.theme:
        return False
    if not affirmed.predicate or not _noun_of_verb(denied.theme.lower(), affirmed.predicate):
        return False
    if denied.published and affirmed.published and affirmed.published > denied.published:
        return False  # "no arrests have been made" so far, and a later report's arrests: an update
    return denied.words - {denied.predicate, denied.theme.lower()} <= affirmed.words


# verbs that only tell (their object is the words or the listener); another reporting verb with a
# plain noun object names an act: "declared a state of emergency", "announced a recall"
_TELLING_VERBS = frozenset({"say", "tell", "add", "ask", "speak", "talk", "reply", "write"})


def _only_speech(lemma: str | None) -> bool:
    """Whether a verb only tells: "did not tell reporters" denies no act of "told reporters", but
    "has not declared a major incident" denies "declared a major incident"."""
    return _saying(lemma) and lemma in _TELLING_VERBS


def _one_plan_or_theme(denied: Statement, affirmed: Statement) -> bool:
    """Whether a denial and an assertion of one verb act on one thing: the same theme, or, for
    plans where one side names no object, a denial whose other words the plan all says, or, for a
    deed denied of a pronoun, a denial whose words the assertion all says."""
    if denied.theme and affirmed.theme:
        return _same_theme(denied, affirmed)
    if denied.tense == "done" and not denied.theme:
        # "it did not run aground": a pronoun names nothing, so the deed is pinned by its words,
        # the verb and what goes with it, all of which the assertion says ("a tanker ran aground")
        return _asserts_the_denied(denied, affirmed)
    if denied.tense != "planned":
        return False
    rest = denied.words - {denied.theme or ""}
    return len(rest) >= 2 and rest <= affirmed.words


def _same_theme(a: Statement, b: Statement) -> bool:
    """Whether two statements act on one thing: the same noun, or one names it by its kind ("has
    not raised the alert level" and "raised the alert")."""
    if not a.theme or not b.theme:
        return False
    theme_a, theme_b = a.theme.lower(), b.theme.lower()
    return theme_a == theme_b or theme_a in b.theme_modifiers or theme_b in a.theme_modifiers


def _same_predicate(a: Statement, b: Statement) -> bool:
    """The denial denies what the other asserts, not another thing said of the same people: "has
    not had a government since 1991" does not deny "has seen conflict since 1991", nor "did not
    know whether" deny "are unsure if". One side's predicate must be a word of the other."""
    if not a.predicate or not b.predicate:
        return False
    return a.predicate == b.predicate or a.predicate in b.words or b.predicate in a.words


def _negation_of_claim(negations: list[_Finding], members: Sequence[Statement]) -> list[_Finding]:
    """Every report of one claim on the side its polarity puts it, once a pair showed the claim
    denied and asserted: a looser rewrite ("X, who has run the city since 2016, has not conceded")
    still denies it with the wire copies, as for a status."""
    if not negations:
        return []
    first = negations[0]
    denials = frozenset().union(*(s.denials for s in first.sides[0].statements))
    denied = [s for s in members if s.negated and not s.mixed_polarity]
    affirmed = [s for s in members if not s.negated and not s.mixed_polarity and not s.denials & denials]
    for side, widened in zip(first.sides, (denied, affirmed), strict=True):
        side.statements = _unique(side.statements + widened)
    return negations


def _asserts_the_denied(a: Statement, b: Statement) -> bool:
    """One statement denies what the other, looser aligned, asserts in full: every content word of
    "X has not conceded" is in "X concedes as Y takes Z". A short denial and a headline never align
    strongly, but when the other side says all the denial's words it says what was denied."""
    if a.negated == b.negated or a.mixed_polarity or b.mixed_polarity:
        return False
    denied, affirmed = (a, b) if a.negated else (b, a)
    return len(denied.words) >= 2 and denied.words - _kinds_of_named(denied, affirmed) - _deadline_words(denied) <= affirmed.words


# "had not been charged by last night", "as of Tuesday": the time up to which a thing is denied
_DEADLINE_BEFORE = re.compile(r"(?:^|\s)(?:by|as\s+of)$", re.IGNORECASE)


def _deadline_words(statement: Statement) -> set[str]:
    """The words of a time a denial runs up to ("None of the suspects had been charged by last
    night"): they say until when it was not so, not what was denied, so the other report need not
    say them. A time of the act itself ("did not sail on Monday") stays what is denied."""
    words: set[str] = set()
    for time in statement.times:
        before = statement.sentence_text[: max(0, time.start - statement.sentence_start)].rstrip()
        if _DEADLINE_BEFORE.search(before):
            words.update(w.lower() for w in re.findall(r"[^\W\d_]+", time.text))
    return words


def _kinds_of_named(denied: Statement, affirmed: Statement) -> set[str]:
    """The adjectives of the noun a denial denies, when the other report names that noun too: "no
    toxic gas had leaked" against "hydrogen fluoride gas had leaked" denies the gas's leaking, and
    "toxic" only says what kind of gas it means, which the other names its own way. An adjective of
    another noun ("a cracked bolt does not make ...") stays what the denial says."""
    return {adjective for adjective, noun in denied.epithets if noun in affirmed.words and noun in denied.denials}


def _figures_disagree(a: Statement, b: Statement, settings: Settings) -> bool:
    """Some figure of one statement cannot be the figure of the same measure in the other. A figure
    that the other statement states too is matched, no rival of the other's figures: "two of the
    four filter beds" on both sides gives no "two" against "four"."""
    def comparable(p: Quantity, q: Quantity) -> bool:
        return p.kind == q.kind and (
            (_base(p) or ("", 1.0))[0] == (_base(q) or ("", 1.0))[0] or _in_other_duration_units(p, q))

    def meets(p: Quantity, q: Quantity) -> bool | None:
        x, y = quantity_interval(p, settings), quantity_interval(q, settings)
        return None if x is None or y is None else _durations_meet(p, x, q, y)

    def matched(p: Quantity, others: Sequence[Quantity]) -> bool:
        return any(comparable(p, q) and meets(p, q) for q in others)

    for p in a.quantities:
        if matched(p, b.quantities):
            continue
        for q in b.quantities:
            if comparable(p, q) and not matched(q, a.quantities) and meets(p, q) is False:
                return True
    return False


def _speaker(a: Statement, b: Statement, parsed: ParsedStory, same_origin: bool) -> list[_Finding]:
    """One statement put in two mouths. Independent reports that each quote their own source for
    one fact corroborate it; a misattribution is a rewrite that changed the speaker of its source,
    or one quotation given to two people."""
    if not a.speaker_key or not b.speaker_key or a.speaker_key == b.speaker_key:
        return []
    # across origins only one quotation in two mouths, each named in its own sentence or the one
    # before (a "he said" read from further back proves nothing there)
    if not same_origin and not (_share_a_quotation(a, b) and a.speaker_in_sentence and b.speaker_in_sentence):
        return []
    if not (a.speaker_is_person or b.speaker_is_person):
        return []  # two organisations or groups: often one speaks for the other
    if _news_agency(a.attribution) or _news_agency(b.attribution):
        return []  # "the agency Lusa reported" passes on what its sources said: no rival speaker
    if _same_name(a.attribution, b.attribution):
        return []  # "Mark Felt" and "W. Mark Felt", "Del Giudice" and "DelGiudice"
    if _names_in_sentence(a, b) or _names_in_sentence(b, a):
        return []  # "Chief James Steele said ..., the Daily News reported": one passes on the other's words
    if _generic(a) or _generic(b):
        return []
    if a.speaker_is_person and b.speaker_is_person and not (a.quotes and b.quotes) and not (
        _affiliation(a, parsed) and _affiliation(b, parsed)
    ):
        # "spokesman Jan Berg of Acme" and "chief executive Eva Lund", who may work for Acme too:
        # without quoted words, one whose organisation is never named is no other source's rival
        return []
    if not _incompatible_speakers(a, b, parsed):
        return []
    return [_Finding(
        "attribution", "who said it",
        [_Side(a.attribution or "", a.speaker_key, [a]), _Side(b.attribution or "", b.speaker_key, [b])], [a, b],
    )]


def _names_in_sentence(relay: Statement, other: Statement) -> bool:
    """Whether one statement's sentence names the other's speaker as well as its own: a paper or a
    witness that passes on what that speaker said ("Chief James Steele said the department was
    treating it as arson, The Daily News reported"; "Witnesses said ..., Lt. Gerry Scherlinck
    said") is no rival of the speaker it names."""
    names = [w for w in re.findall(r"[A-Z][\w'’-]+", other.attribution or "") if len(w) >= 3]
    if not names or names[-1] in (relay.attribution or ""):
        return False
    return any(
        _named_as_speaker(relay.sentence_text, match.start(), match.end())
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(names[-1])}(?![\w'’-])", relay.sentence_text)
    )


# words that end the title before a name: "said before actress Fiona Galbraith" names no speaker
_CLAUSE_WORDS = frozenset({
    "before", "after", "as", "while", "when", "whereas", "and", "or", "but", "with", "for", "by", "of", "at", "in",
    "on", "that", "than", "who", "which", "whom",
})


def _named_as_speaker(sentence: str, start: int, end: int) -> bool:
    """Whether the name at sentence[start:end] stands as a speaker: a verb of saying after it in its
    clause ("Owen Marsh said", "Marsh, the chief, told the paper"), or before it across a title
    ("said fire chief Owen Marsh", "according to Marsh"). A name that does something else there
    ("... said before actress Fiona Galbraith presented the award") passes on no one's words."""
    forms = word_set("speech_verbs.txt")
    clause = re.split(r"[.;:!?\"“”]", sentence[end:], maxsplit=1)[0]
    if any(word.lower() in forms for word in re.findall(r"[\w'’-]+", clause)[:12]):
        return True  # "DeGeneres made the announcement on Twitter on Friday and said"
    before = re.findall(r"[\w'’-]+|[,;:.!?\"“”]", sentence[:start])
    for position in range(len(before) - 1, max(len(before) - 8, 0) - 1, -1):
        token = before[position]
        if token.lower() in forms or token.lower() == "according":
            return True
        if token == "." and position and _ABBREVIATED_TITLE.fullmatch(before[position - 1]):
            continue  # the point of "Sgt." or "Lt." is no end of the clause
        if not token[0].isalnum() or token.lower() in _CLAUSE_WORDS:
            return False
    return False


_ABBREVIATED_TITLE = re.compile(r"[A-Z][a-z]{0,3}")  # Sgt, Lt, Dr, Gov, Capt, Det


def _people_named(parsed: ParsedStory) -> dict[str, set[str]]:
    """The people each report names anywhere, by person key."""
    named: dict[str, set[str]] = {}
    for cue in parsed.people:
        named.setdefault(cue.document, set()).add(cue.key)
    for statement in parsed.statements:
        people = named.setdefault(statement.document, set())
        people.update(key for key, _ in statement.acts.values())
        if statement.speaker_key:
            people.add(statement.speaker_key)
    return named


def _actor(a: Statement, b: Statement, named_in: dict[str, set[str]]) -> list[_Finding]:
    """One act done by two people: "defender Liam Ferrie was sent off" and "midfielder Scott
    Maclean was sent off" in one claim. Only when neither report names the other's person at all
    (a report that names both knows of both: two players booked, two suspects arrested), and only
    within a claim: related sentences of real reports recount many acts of one kind by other
    people (earlier suspensions, another field goal), so across claims it raised false alarms."""
    if a.document == b.document or a.negated or b.negated or _told_apart(a, b):
        return []
    for act in sorted(a.acts.keys() & b.acts.keys()):
        (key_a, name_a), (key_b, name_b) = a.acts[act], b.acts[act]
        if key_a == key_b or _same_name(name_a, name_b) or _spelled_alike(name_a, name_b):
            continue
        if key_b in named_in.get(a.document, set()) or key_a in named_in.get(b.document, set()):
            continue
        return [_Finding("other", "who did it", [_Side(name_a, key_a, [a]), _Side(name_b, key_b, [b])], [a, b])]
    return []


def _spelled_alike(x: str, y: str) -> bool:
    """"Duncan Raite" and "Duncan Rait": one first name, surnames a letter apart, one person
    spelled two ways (not two people who did one thing)."""
    a, b = x.lower().split(), y.lower().split()
    if len(a) < 2 or len(b) < 2 or a[0] != b[0]:
        return False
    return difflib.SequenceMatcher(None, a[-1], b[-1]).ratio() >= 0.8


def _told_apart(a: Statement, b: Statement) -> bool:
    """Two sentences that date, count or place what they tell differently tell two happenings of
    one kind ("tied the game at 13" / "tied the game at 24-24", "flew to Texas on Thursday" / "flew
    to Las Vegas on Tuesday"): two doers of them are no disagreement."""
    dates = [(x, y) for x in a.times for y in b.times if x.date and y.date and x.resolved and y.resolved and x.precision == y.precision]
    if dates and not any(_same_day(x, y) for x, y in dates):
        return True
    if a.quantities and b.quantities and not any(p.value == q.value and p.unit == q.unit for p in a.quantities for q in b.quantities):
        return True
    places = {slot.key for slot in a.places}, {slot.key for slot in b.places}
    return bool(places[0] and places[1] and not places[0] & places[1])


def _actors_of_claim(found: list[_Finding], members: Sequence[Statement]) -> list[_Finding]:
    """Every report of the claim on the side of the person it says did the act."""
    for finding in found:
        for side in finding.sides:
            side.statements = _unique(side.statements + [
                s for s in members if any(key == side.normalized for key, _ in s.acts.values())
            ])
    return found[:1]


def _speakers_of_claim(found: list[_Finding], members: Sequence[Statement]) -> list[_Finding]:
    """Every report of the claim on the side of the speaker it names, once a pair showed the
    statement in two mouths: a paraphrase that dropped the quotation still names its speaker."""
    for finding in found:
        for side in finding.sides:
            side.statements = _unique(side.statements + [s for s in members if s.speaker_key == side.normalized])
    return found


def _news_agency(attribution: str | None) -> bool:
    """Whether a speaker is a wire agency of the list (data/wire_agencies.json), by any spelling."""
    if not attribution:
        return False
    if RELAY_NOUN.fullmatch(attribution.strip()):
        return True  # "..., the news agency said" in a rewrite names the agency it credits
    return agency_name(attribution) in {agency.name for agency in wire_agencies()}


RELAY_NOUN = re.compile(r"(?:the\s+)?(?:[\w-]+\s+)?(?:news\s+agency|wire\s+service|news\s+service|wire)", re.IGNORECASE)


def _share_a_quotation(a: Statement, b: Statement) -> bool:
    """Both quote the same words: most of the shorter quotation's words are in the other."""
    for p in a.quotes:
        for q in b.quotes:
            x, y = set(p.normalized.split()), set(q.normalized.split())
            if min(len(x), len(y)) >= 4 and len(x & y) >= 0.6 * min(len(x), len(y)):
                return True
    return False


def _same_name(x: str | None, y: str | None) -> bool:
    """Two ways of writing one name: equal once spaces, dots and case are dropped, or one name's
    words all within the other's (a first name or an initial left out)."""
    words_x, words_y = _name_words(x), _name_words(y)
    if not words_x or not words_y:
        return False
    if "".join(sorted(words_x)) == "".join(sorted(words_y)) or "".join(x.lower().split()) == "".join(y.lower().split()):
        return True
    if words_x <= words_y or words_y <= words_x:
        return True
    # "Mr Alishbandi" and "Heydar Alishbandi": one surname within one claim is one person
    last_x, last_y = x.lower().split()[-1].strip(".,"), y.lower().split()[-1].strip(".,")
    return last_x == last_y and last_x.isalpha()


def _generic(statement: Statement) -> bool:
    if statement.speaker_is_person:
        return False
    words = set((statement.attribution or "").lower().replace(".", "").split())
    stems = {w.rstrip("s") for w in words}
    # a statement or a release speaks for whoever issued it: no different person
    if statement.via_document or bool(stems & GENERIC_SPEAKER_WORDS or words & GENERIC_SPEAKER_WORDS):
        return True
    # "Police say ...", "Authorities said ...": a body cited by no name takes in whichever officer
    # another report names; "the port authority" names one body and stays a rival
    return bool(words - {"the"}) and words - {"the"} <= UNNAMED_BODIES


def _incompatible_speakers(a: Statement, b: Statement, parsed: ParsedStory) -> bool:
    """A person and an organisation are compatible when the person speaks for it."""
    context: dict[str, set[str]] = {}
    for cue in parsed.people:
        context.setdefault(cue.key, set()).update(cue.context)
    # "Acme Rail spokesman Jan Berg" speaks for Acme Rail, even when the name reading took the
    # company for a person
    for speaker, other in ((a, b), (b, a)):
        named = _name_words(other.attribution)
        if named and named <= context.get(speaker.speaker_key or "", set()):
            return False
    if a.speaker_is_person and b.speaker_is_person:
        return True
    person, other = (a, b) if a.speaker_is_person else (b, a)
    if _anaphoric(other.attribution):
        return False  # "the company said": whichever company the report named, maybe the person's
    affiliation = context.get(person.speaker_key or "", set())
    words = {w.lower().strip(".,") for w in (other.attribution or "").split()} - {"the", "a", "an", "'s"}
    words = {w for w in words if w.isalpha()}
    # "the ministry" and "Energy Minister Diego Pardo", "the White House" and "White House spokesman"
    stems = {w[:5] for w in affiliation}
    return bool(words) and not any(w[:5] in stems for w in words)


def _affiliation(statement: Statement, parsed: ParsedStory) -> set[str]:
    """The words beside a person's name in the story that are neither a title nor a rank: what
    names the organisation the person speaks for ("Acme" of "Acme spokesman"), if anything."""
    words: set[str] = set()
    for cue in parsed.people:
        if cue.key == statement.speaker_key:
            words.update(cue.context)
    return words - word_set("titles.txt") - RANK_WORDS


def _anaphoric(attribution: str | None) -> bool:
    """A speaker named by one common noun ("the company", "the carmaker") refers back to an
    organisation named before it; a longer description ("the port authority") names one itself."""
    words = (attribution or "").split()
    return len(words) == 1 and words[0].islower()


def _name_words(attribution: str | None) -> set[str]:
    words = {w.lower().strip(".,") for w in (attribution or "").split()}
    return {w for w in words if w.isalpha()} - {"the", "a", "an"}


# --------------------------------------------------------------------------------------------
# quotations and people


def _quotes(statements: Sequence[Statement], settings: Settings) -> list[_Finding]:
    """The same quotation worded differently: only words inside quotation marks count."""
    cfg = settings.corroboration
    spans: list[tuple[QuotedSpan, Statement]] = []
    seen = set()
    for statement in statements:
        for span in statement.quotes:
            # a piece of a quotation cut at a sentence's edge is no wording of the whole
            if (span.document, span.start) not in seen and len(span.normalized.split()) >= 4 and not span.partial:
                seen.add((span.document, span.start))
                spans.append((span, statement))
    if len(spans) < 2:
        return []
    embedder = get_embedder(settings.embedding)
    vectors = embedder.encode([s.normalized for s, _ in spans])
    similarity = embedder.comparable(vectors @ vectors.T)  # on the scale the threshold was tuned on
    parent = list(range(len(spans)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    words = binary_matrix([frozenset(s.normalized.split()) for s, _ in spans])
    sizes = words.sum(axis=1)
    dice = 2.0 * (words @ words.T) / np.maximum(sizes[:, None] + sizes[None, :], 1.0)
    documents = np.array([s.document for s, _ in spans])
    same = (similarity >= cfg.quote_similarity_threshold) | (dice >= cfg.quote_word_threshold)
    same &= documents[:, None] != documents[None, :]
    for x, y in zip(*np.nonzero(np.triu(same, k=1)), strict=True):
        if _two_speakers(spans[x][1], spans[y][1]):
            same[x, y] = False  # two people's words, however alike, are two quotations
    for x, y in zip(*np.nonzero(np.triu(same, k=1)), strict=True):
        parent[find(int(x))] = find(int(y))
    components: dict[int, list[int]] = {}
    for x in range(len(spans)):
        components.setdefault(find(x), []).append(x)
    findings = []
    for members in components.values():
        if len({spans[x][0].document for x in members}) < 2:
            continue
        wordings: list[tuple[str, list[int]]] = []
        for x in sorted(members, key=lambda k: -len(spans[k][0].normalized)):
            text = _canonical_wording(spans[x][0].text)
            for wording in wordings:
                if _same_wording(text, wording[0]):
                    wording[1].append(x)
                    break
            else:
                wordings.append((text, [x]))
        if len(wordings) < 2:
            continue
        sides = [
            _Side(spans[xs[0]][0].text, wording, _unique([spans[x][1] for x in xs]))
            for wording, xs in wordings
        ]
        findings.append(_Finding("quote", "the wording of a quotation", sides, [spans[x][1] for x in members]))
    return findings


def _two_speakers(a: Statement, b: Statement) -> bool:
    """Both quotations are given to a named person, and not to the same one."""
    return (
        a.speaker_is_person and b.speaker_is_person and a.speaker_key is not None and b.speaker_key is not None
        and a.speaker_key != b.speaker_key and not _same_name(a.attribution, b.attribution)
    )


def _canonical_wording(quoted: str) -> str:
    """The words of a quotation as a misquote would change them: without a report's bracketed
    insertions ("[the police] have", "her (Tara Reid)"), contractions, where an apostrophe stands,
    British or American spelling, or figures written as words ("eleventh-hour", "11th hour"), which change nothing
    that was said."""
    text = re.sub(r"\[[^\]]*\]|\([^)]*\)", f" {_INSERTION} ", quoted)
    text = re.sub(r"\s*['’]\s*(?=(?:ll|re|ve|m|d|s|t)\b)", "'", text.lower())  # "we ’ ll" as some pages space it
    text = re.sub(r"(?<![\w])['’]|['’](?![\w])", " ", text)  # quotation marks inside the quotation: "'close your door'"
    text = re.sub(r"\b(\d{1,2}):00\b", r"\1", text)  # "6:00 p.m." is "6 p.m."
    for pattern, replacement in _CONTRACTIONS:
        text = re.sub(pattern, replacement, text)
    text = re.sub(r"'s\b", "s", text)  # "the people's anger", "the peoples' anger": one sound, one word said
    words = [re.sub(r"^(\d+)(?:st|nd|rd|th)$", r"\1th", word) for word in re.findall(r"[\w']+", text)]
    return " ".join(_NUMBER_WORDS.get(word) or _american(word) for word in words)


_CONTRACTIONS = (
    (r"\bwon't\b", "will not"), (r"\bcan't\b", "can not"), (r"\bcannot\b", "can not"), (r"n't\b", " not"),
    (r"'ll\b", " will"), (r"'re\b", " are"), (r"'ve\b", " have"), (r"'m\b", " am"), (r"'d\b", " would"),
)
_ORDINALS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
             "nineteenth", "twentieth"]
_NUMBER_WORDS = {word: str(value) for word, value in WORD_VALUES.items()} | {word: f"{n}th" for n, word in enumerate(_ORDINALS)}


def _american(word: str) -> str:
    """One spelling for "realised" and "realized", "colour" and "color", "neighbourhood" and
    "neighborhood", "centre" and "center"."""
    if len(word) < 5:
        return word
    word = re.sub(r"is(e|es|ed|ing|ation|ations)$", r"iz\1", word)
    word = re.sub(r"ys(e|es|ed|ing)$", r"yz\1", word)
    word = re.sub(r"(?<=[^aeiou])our(s|ed|ing|ite|ites|hood|hoods|able|ably|ful|er|ers)?$", r"or\1", word) if len(word) >= 6 else word
    return re.sub(r"(?<=[^aeiou])tre(s)?$", r"ter\1", word)


# Where a report put words of its own in brackets: they stand for up to a few words of the other.
_INSERTION = "_"


def _same_wording(shorter: str, longer: str) -> bool:
    """Equal words, or a cut: a report that quotes less of a sentence does not misquote it."""
    if shorter in longer:
        return True
    a, b = shorter.split(), longer.split()
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    changes = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    return all(
        (tag == "insert" and (i1 == 0 or i1 == len(a))) or _bracketed(a[i1:i2], b[j1:j2])
        for tag, i1, i2, j1, j2 in changes
    )


def _bracketed(ours: list[str], theirs: list[str]) -> bool:
    """A change that is only a bracketed insertion standing for a few words (or none)."""
    return (ours == [_INSERTION] and len(theirs) <= 3) or (theirs == [_INSERTION] and len(ours) <= 3)


def _gender(parsed: ParsedStory) -> list[_Finding]:
    """One person called "Mr." in one place and "Ms." or "spokeswoman" in another."""
    by_person: dict[str, dict[str, list]] = {}
    for cue in parsed.people:
        if cue.gender:
            by_person.setdefault(cue.key, {}).setdefault(cue.gender, []).append(cue)
    statements_by_sentence = {(s.document, s.sentence_text): s for s in parsed.statements}
    shared = _surnames_of_several(parsed)
    findings = []
    for genders in by_person.values():
        if len(genders) < 2:
            continue
        if any(_surname(cue.name) in shared for cues in genders.values() for cue in cues):
            continue  # "Mr. Gomes" and "Ms. Gomes" of a family named in full are two people
        sides = []
        for gender, cues in sorted(genders.items()):
            carriers = []
            for cue in cues:
                statement = statements_by_sentence.get((cue.document, cue.sentence_text))
                carriers.append(statement or _stand_in(cue))
            sides.append(_Side(cues[0].phrase, gender, _unique(carriers)))
        documents = {s.document for side in sides for s in side.statements}
        if len(documents) < 2 and len(sides[0].statements) + len(sides[1].statements) < 2:
            continue
        findings.append(_Finding("attribution", f"how {cues[0].name} is named", sides, []))
    return findings


def _surname(name: str) -> str:
    words = name.lower().replace(".", " ").split()
    return words[-1] if words else ""


def _surnames_of_several(parsed: ParsedStory) -> set[str]:
    """Surnames the story gives to two people of different first names ("Anna Varga", "Peter Varga")."""
    first_names: dict[str, set[str]] = {}
    for cue in parsed.people:
        words = cue.name.lower().replace(".", " ").split()
        if len(words) >= 2 and len(words[0]) > 1:
            first_names.setdefault(words[-1], set()).add(words[0])
    return {surname for surname, names in first_names.items() if len(names) >= 2}


def _stand_in(cue) -> Statement:
    return Statement(cue.document, -1, -1, -1, cue.sentence_text, -1, -1, cue.sentence_text, cue.sentence_text, 0.0)


def _unique(statements: Sequence[Statement]) -> list[Statement]:
    out, seen = [], set()
    for statement in statements:
        key = (statement.document, statement.sentence_text)
        if key not in seen:
            seen.add(key)
            out.append(statement)
    return out


# --------------------------------------------------------------------------------------------
# merging and presentation


# Kinds whose values are labels ("planned"/"done", "denied"/"asserted"), not the disputed fact
# itself: two of their findings are one discrepancy only when they concern the same statements.
LABEL_KINDS = frozenset({"status", "negation"})


def _merge(findings: list[_Finding]) -> list[_Finding]:
    """One discrepancy per kind and set of values, however many pairs of statements showed it (for
    labelled kinds, per fact: "will open an inquiry" and "will stay closed" are two findings)."""
    merged: dict[tuple, list[_Finding]] = {}
    for finding in findings:
        key = (finding.kind, tuple(sorted(repr(side.normalized) for side in finding.sides)))
        candidates = merged.setdefault(key, [])
        target = next((c for c in candidates if finding.kind not in LABEL_KINDS or _share_statements(c, finding)), None)
        if target is None:
            candidates.append(finding)
            continue
        for side in finding.sides:
            for existing in target.sides:
                if repr(existing.normalized) == repr(side.normalized):
                    existing.statements = _unique(existing.statements + side.statements)
        target.claim_statements = target.claim_statements + finding.claim_statements
    return [finding for candidates in merged.values() for finding in candidates]


def _share_statements(a: _Finding, b: _Finding) -> bool:
    keys = {(s.document, s.sentence_text) for side in a.sides for s in side.statements}
    return any((s.document, s.sentence_text) in keys for side in b.sides for s in side.statements)


# Kinds whose sides are values of one fact (a figure, a date, a place, a stage).
VALUE_KINDS = frozenset({"quantity", "date", "place", "status"})
# Values that move while a story unfolds (a toll, a count, whether a step was taken); who said a
# thing, where and when it happened, and how a quotation reads do not.
EVOLVING_KINDS = frozenset({"quantity", "status"})


def to_discrepancy(
    finding: _Finding, number: int, story_id: str, claim_id: str | None, origin_of: Callable[[str], str]
) -> Discrepancy:
    """Variants in publication order; a later variant from another origin may be an update."""
    sides = sorted(finding.sides, key=lambda side: (_earliest(side) is None, _earliest(side) or date.min))
    published = [_earliest(side) for side in sides]
    update = False
    if finding.kind in EVOLVING_KINDS and not finding.fixed and len({p for p in published if p is not None}) > 1:
        first_origins = {origin_of(s.document) for s in sides[0].statements}
        later_origins = {origin_of(s.document) for side in sides[1:] for s in side.statements}
        update = bool(later_origins - first_origins)  # a rewrite of the same source is no update
        # two sources that disagree on the first day contradict each other, whatever came later:
        # "nine dead" and "14 dead" on Tuesday are no update for Wednesday's 11 to explain
        first_day = [side for side, p in zip(sides, published, strict=True) if p is not None and p == published[0]]
        if len(first_day) > 1 and len({origin_of(s.document) for side in first_day for s in side.statements}) > 1:
            update = False
    variants = [
        Variant(
            value=side.value,
            documents=list(dict.fromkeys(s.document for s in side.statements)),
            evidence=list(dict.fromkeys(s.sentence_text for s in side.statements)),
            normalized=side.normalized,
            published=p.isoformat() if p else None,
        )
        for side, p in zip(sides, published, strict=True)
    ]
    return Discrepancy(
        id=f"{story_id}-d{number}",
        kind=finding.kind,  # type: ignore[arg-type]
        summary=_summary(finding.subject, variants, update),
        variants=variants,
        claim=claim_id,
        update=update,
    )


def _earliest(side: _Side):
    dates = [s.published for s in side.statements if s.published is not None]
    return min(dates) if dates else None


def _summary(subject: str, variants: Sequence[Variant], update: bool) -> str:
    def one(variant: Variant) -> str:
        count = len(variant.documents)
        value = variant.value if len(variant.value) <= 70 else variant.value[:67] + "..."
        return f"\u201c{value}\u201d ({count} report{'s' if count != 1 else ''})"

    text = f"Reports differ on {subject}: " + " vs ".join(one(v) for v in variants)
    if update:
        text += "; published at different times, the later may be an update"
    return text
