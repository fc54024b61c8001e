"""Quantities: numbers with what they measure or count, normalised so reports can be compared.

"about 680 miles" and "1100 km" must meet as kilometres (the written value and unit are kept);
"several hundred miles", "hundreds of drones" and "dozens of civilians" are vague, so they become
ranges flagged ``vague`` rather than invented points; "more than 400" is a half-open range. Units,
currencies, scales, vague quantifiers and approximators are general English, read from
data/analyze/units.json.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..model import Quantity, Sentence, TimeExpression
from .lexicon import json_data
from .sentences import sentence_index

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
WORD_VALUES = {w: i for i, w in enumerate(_ONES)} | {w: 20 + 10 * i for i, w in enumerate(_TENS)}
# the longest word first: "four" must not take the start of "fourteen" (nor "six", "seven", "eight"
# and "nine" of their teens), which left "Fourteen people" no number at all
_WORD_NUMBER = rf"(?:(?:{'|'.join(_TENS)})(?:-(?:{'|'.join(_ONES[1:10])}))?|{'|'.join(sorted(_ONES[1:], key=len, reverse=True))}|an|a)"
# "1,50,000" and "12,34,567": the Indian grouping (thousands, then lakhs and crores in pairs of digits)
_DIGITS = r"\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# "lakh" (100,000) and "crore" (10 million), as Indian and South Asian English write large numbers
_SCALE = r"hundred|thousand|million|billion|trillion|lakhs?|crores?"
# "six and a half (years)", "two and a quarter (million)": a fraction added to the whole number
_FRACTION = r"\s+and\s+(?:a|one)[\s-](?:half|quarter)\b"
FRACTIONS = {"half": 0.5, "quarter": 0.25}
# "a year and a half", "an hour and a half": the half comes after the unit
HALF_AFTER_UNIT = re.compile(r"\s+and\s+a\s+half\b", re.IGNORECASE)
# Durations that English writes as one term in two units ("three years and three months"), with
# the size of the larger in the smaller: exact conversions only (a month is no fixed count of days).
COMPOUND_DURATIONS = {("year", "month"): 12, ("week", "day"): 7, ("day", "hour"): 24, ("hour", "minute"): 60, ("minute", "second"): 60}
NOUN_TAGS = {"NN", "NNS", "NNPS"}
PHRASE_STOP_WORDS_ALLOWED = {"other", "more", "few", "many", "several"}
RUN_TAGS = NOUN_TAGS | {"JJ", "JJR", "VBN", "VBG", "HYPH", "NNP"}


CLOCK = re.compile(r"\s*(?:[ap]\.?m\.?|o['’]clock)(?![\w])", re.IGNORECASE)
# "5.30 in the morning", "10:15 at night": an hour and its minutes, then the part of the day
PART_OF_DAY = re.compile(r"\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b", re.IGNORECASE)
# "(0300 GMT)", "at 1430 UTC": a 24-hour time with its clock named is a moment, not a count
TWENTY_FOUR_HOUR_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d\s?(?:GMT|UTC)\b")
# "42.50 euros a share", "$90 per barrel", "a 42.50-euro-a-share offer": a price of one item, which
# is another measure than a total in the same currency ("valuing the company at 6.8 billion euros").
PER_ITEM = re.compile(r"(?:\s+|-)(?:per|a|an)(?:\s+|-)(?P<item>[A-Za-z]+)\b")
# measures that "per"/"a" + a noun turns into an amount for each of its items: "3.8 yards per carry",
# "300 litres a household"; a rate over time ("40 litres a minute") stays the measure it is
MEASURES_OF_AN_ITEM = {"length", "mass", "volume", "area", "data", "energy"}
# "as many"/"as few" before a noun repeats a number just given: "three goals in as many games"
ANAPHORIC_AMOUNT = re.compile(r"\bas\s+$", re.IGNORECASE)
# "a quarter of a billion euros", "half a million", "three quarters of a billion": a fraction of a
# scale, written before the "a" that the number pattern reads as one.
FRACTION_BEFORE = re.compile(
    r"\b(?P<fraction>half|(?:a|one|three)[\s-](?:quarters?|thirds?|half)(?:\s+of)?|two[\s-]thirds(?:\s+of)?)\s+$",
    re.IGNORECASE,
)
SCALE_FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}
# "a quarter-point cut", "a half-point rise", "three-quarter point": the change of a rate, in
# percentage points, as financial news writes it; the same figure as "25 basis points".
POINT_FRACTION = re.compile(
    r"(?<![\w-])(?:(?P<three>three)[\s-])?(?P<fraction>quarter|half)[\s-]point(?![\w-])", re.IGNORECASE
)


# "minus 12C", "−3°C": a temperature below zero (a hyphen before the digits is read as no number)
MINUS_BEFORE = re.compile(r"(?:\bminus\s+|−)$", re.IGNORECASE)


def _is_year(token: str | None) -> bool:
    return bool(token) and bool(re.fullmatch(r"(?:19|20)\d\d", token))


# white space with one line break at most: within a paragraph, never across a blank line
_IN_PARAGRAPH_SPACE = r"(?:[^\S\n]+\n?[^\S\n]*|\n[^\S\n]*)"


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _tables():
    data = json_data("units.json")
    vague = {k: v for k, v in data["vague"].items() if not k.startswith("_")}
    units = data["units"]
    number = rf"(?P<num>{_DIGITS}|{_WORD_NUMBER})(?P<frac>{_FRACTION})?(?:\s*(?P<scale>{_SCALE})\b|(?P<abbr>bn|mn|m|k|tn)\b)?"
    second = rf"(?P<num2>{_DIGITS}|{_WORD_NUMBER})(?:\s*(?P<scale2>{_SCALE})\b|(?P<abbr2>bn|mn|m|k|tn)\b)?"
    pattern = re.compile(
        # an approximator stays in its paragraph: a headline's last word "over" is no bound of the
        # lede's first figure ("... as visa row boils over" + "Six diplomats ...")
        rf"(?<![\w\-–©#/.,:$€£¥])(?P<approx>(?:{_alternation(data['approximators'])}|between){_IN_PARAGRAPH_SPACE})?"
        rf"(?P<currency>{_alternation(data['currency_symbols'])})?[ ]?"
        rf"(?:(?P<vague>{_alternation(vague)})(?:\s+(?P<vscale>{_SCALE}))?(?:\s+of)?(?=\s)"
        rf"|{number}(?:\s*(?:-|–|to|and)\s*(?:{_alternation(data['currency_symbols'])})?{second})?)",
        re.IGNORECASE,
    )
    unit_pattern = re.compile(rf"(?:\s*-\s*|\s?)(?P<unit>{_alternation(units)})(?![\w])", re.IGNORECASE)
    currency_word = re.compile(
        rf"(?:\s+|-)(?:of\s+)?(?:(?:US|U\.S\.|American)\s+)?(?P<cur>{_alternation(data['currency_words'])})\b",
        re.IGNORECASE,
    )
    prefix_units = {k: v for k, v in data.get("prefix_units", {}).items() if not k.startswith("_")}
    unit_before = re.compile(rf"\b(?P<unit>{_alternation(prefix_units)})[ -]$", re.IGNORECASE) if prefix_units else None
    return data, vague, pattern, unit_pattern, currency_word, unit_before


def _number(token: str | None, scale: str | None, abbr: str | None, fraction: str | None = None) -> float | None:
    if token is None:
        return None
    word = token.lower()
    if word in {"a", "an"}:
        value = 1.0
    elif word[0].isdigit():
        value = float(word.replace(",", ""))
    elif "-" in word:
        tens, ones = word.split("-")
        value = float(WORD_VALUES[tens] + WORD_VALUES[ones])
    else:
        value = float(WORD_VALUES[word])
    if fraction:
        value += FRACTIONS[fraction.split()[-1].split("-")[-1].lower()]
    scales = _tables()[0]["scales"]
    if scale:
        value *= scales[scale.lower()]
    if abbr:
        value *= scales[abbr.lower()]
    return value


IRREGULAR_PLURALS = {
    "men": "man",
    "women": "woman",
    "children": "child",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
}


def _singular(word: str) -> str:
    word = word.lower()
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh"), ("xes", "x")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)] + repl
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


# Words that open the whole in "three of the 40 staff", "two of its wagons", "five of these".
PARTITIVE_DETERMINERS = frozenset(["the", "its", "their", "his", "her", "our", "your", "these", "those", "all"])
POSSESSIVE_MARKS = frozenset(["'s", "’s", "'", "’"])
PART_OF_WHOLE = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?out\s+of\s+$", re.IGNORECASE)


def _partitive_whole(doc, i: int) -> int | None:
    """Where the whole's noun phrase starts when a number is a part of it: "Eleven of the train's
    24 wagons", "three of its 40 staff", "two of 24 wagons" (the part counts what the whole counts);
    None when the number is not followed by such an "of"."""
    if i >= len(doc) or doc[i].lower_ != "of":
        return None
    k = i + 1
    opened = False
    if k < len(doc) and doc[k].lower_ in PARTITIVE_DETERMINERS:
        k, opened = k + 1, True
    # a possessor of up to three words: "the train's", "Carpathia Freight's"
    for m in range(k, min(k + 4, len(doc))):
        if doc[m].text in POSSESSIVE_MARKS:
            k, opened = m + 1, True
            break
        if not doc[m].is_alpha:
            break
    if k < len(doc) and (doc[k].like_num or doc[k].lower_ in WORD_VALUES):
        k, opened = k + 1, True  # the whole's own figure
    return k if opened and k < len(doc) else None


def _counted_noun(doc, starts: list[int], offset: int) -> str | None:
    """The noun a bare number counts: the head of the noun phrase right after it (or, for a part,
    after "of the ... " that names its whole)."""
    if doc is None:
        return None
    i = bisect.bisect_left(starts, offset)
    whole = _partitive_whole(doc, i)
    if whole is not None:
        i = whole
    head = None
    for token in doc[i : i + 6]:
        tag = token.tag_
        if not tag:  # no tagger in the pipeline: read the words' shapes instead
            return _counted_noun_by_shape(doc, i)
        if tag == "CD" and token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "HYPH":
            continue
        if tag not in RUN_TAGS or (tag == "NNP" and head):
            break  # a name after the noun starts another phrase: "20 points Thursday night"
        if tag in NOUN_TAGS and token.is_alpha:
            head = token
    if head is None:
        return None
    before = doc[head.i - 1].text if head.i > i else None
    return _nationality(before, head.text) or _singular(head.text)


# Nouns that count people by their nationality: "seven Lithuanian citizens" are "seven Lithuanians".
NATIONALITY_NOUNS = frozenset(["citizen", "national"])


def _nationality(before: str | None, head: str) -> str | None:
    """The nationality a count of citizens or nationals names ("lithuanian" in "seven Lithuanian
    citizens"), so that it counts what "six Lithuanians" counts; None for any other noun."""
    if before is None or _singular(head) not in NATIONALITY_NOUNS:
        return None
    if not (before.isalpha() and before[:1].isupper() and not before.isupper()):
        return None
    return _singular(before)


def _plural_looking(word: str) -> bool:
    return word.endswith("s") and not word.endswith("ss")


def _qualifier(word: str) -> bool:
    """A word that only qualifies the noun after it: "other", "more", a participle ("freed")."""
    return word.lower() in PHRASE_STOP_WORDS_ALLOWED or word.endswith(("ed", "ing"))


# "a five-party coalition", "a 12-member board", "a three-judge panel": a number joined by a hyphen
# to a noun counts that noun; "two-thirds" is a fraction, "3-1" a score, "two-pronged", "100-strong"
# and "two-fold" no count of a thing
HYPHENATED_NOUN = re.compile(r"-(?P<noun>[a-z]+)(?![\w-])")
NOT_A_COUNTED_NOUN = re.compile(
    r"(?:half|halves|quarters?|thirds?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?"
    r"|\w+ed|\w+ing|\w+ly|strong|odd|plus|fold|something|nil|all)$"
)


def _hyphenated_count(text: str, end: int, doc, starts: list[int]) -> tuple[str, int] | None:
    """The noun a number counts when a hyphen joins them, and where the compound ends: the noun
    is the one after the hyphen, not the head of the phrase ("coalition"). With a parse the word must
    be tagged a noun."""
    found = HYPHENATED_NOUN.match(text, end)
    if found is None or NOT_A_COUNTED_NOUN.match(found["noun"]):
        return None
    if doc is not None:
        i = bisect.bisect_left(starts, found.start("noun"))
        if i >= len(doc) or doc[i].idx != found.start("noun") or (doc[i].tag_ and doc[i].tag_ not in NOUN_TAGS):
            return None
    return _singular(found["noun"]), found.end()


def _counted_noun_by_shape(doc, i: int) -> str | None:
    """Without tags, from the words' shapes: up to five words of the noun phrase after the number
    (lower case, acronyms, hyphenated parts), stopping at a function word, a name or a participle;
    its head is the last plural-looking word, else the last word ("hundreds of operational one-way
    attack drones", "a few blocks away", "two other vehicles", "three prior DUI convictions")."""
    words: list[str] = []
    tokens = doc[i : i + 8]
    for k, token in enumerate(tokens):
        word = token.text
        hyphenated = k + 1 < len(tokens) and tokens[k + 1].text == "-"
        if word == "-" or (hyphenated and token.is_alpha):
            continue
        if token.like_num and k > 0 and _designation(tokens[k - 1]):
            continue  # "nine AK 47 rifles": the model's number, then the noun
        if len(words) >= 5 or not token.is_alpha:
            break
        if token.is_stop and token.lower_ not in PHRASE_STOP_WORDS_ALLOWED:
            break
        if word[:1].isupper() and not word.isupper() and words \
                and not (_plural_looking(word) and all(_qualifier(w) for w in words)):
            # a name after the noun starts another phrase ("20 points Thursday night"); a plural
            # name after words that only qualify is the noun ("seven freed Lithuanians")
            break
        if words and word.endswith(("ed", "ing")):
            break
        words.append(word)
    phrase = [w for w in words if w.lower() not in PHRASE_STOP_WORDS_ALLOWED and not w.isupper()]
    nouns = phrase
    if len(nouns) > 1 and nouns[0][:1].isupper() and [w for w in nouns if _plural_looking(w)] != nouns[:1]:
        # "11 Estelle unit employees": the name qualifies the noun; but a plural name that only
        # a participle follows is the noun ("Six Lithuanians held in ...")
        nouns = nouns[1:]
    if not nouns:
        return None
    plural = [w for w in nouns if _plural_looking(w)]
    head = (plural or nouns)[-1]
    at = phrase.index(head)
    return _nationality(phrase[at - 1] if at else None, head) or _singular(head)


def _names_a_thing(doc, starts: list[int], offset: int) -> bool:
    """Whether the number at ``offset`` is part of a name: right after a capitalised noun ("Highway",
    "Flight", "Terminal") and followed by no capitalised word, so not a count in a title-case
    headline ("Fire Destroys 37 Homes") nor one after a capitalised adverb ("Only 12 survived")."""
    if doc is None:
        return False
    i = bisect.bisect_left(starts, offset)
    if i == 0 or i >= len(doc) or doc[i].idx != offset:
        return False
    before, after = doc[i - 1], doc[i + 1] if i + 1 < len(doc) else None
    if _designation(before):
        return True  # "AK 47 rifles", "an F 16 jet": letters and a number name a model
    if not (before.is_alpha and before.text[:1].isupper() and not before.is_upper and not before.is_stop):
        return False
    if before.whitespace_ != " " or (before.pos_ and before.pos_ not in ("PROPN", "NOUN")):
        return False
    return after is None or not (after.is_alpha and after.text[:1].isupper())


def _designation(token) -> bool:
    """Whether a token is the letters of a model's designation: one to three capitals, not a word
    ("AK", "F", "MH"), written apart from the number they name ("AK 47", "F 16")."""
    text = token.text
    return token.whitespace_ == " " and 1 <= len(text) <= 3 and text.isalpha() and text.isupper() and not token.is_stop


# "five more than the toll given by officials": a number before a comparative "than" is the gap
# between two figures, not a count of anything.
DIFFERENCE = re.compile(r"\s+(?:more|fewer|less|higher|lower|greater)\s+than\b", re.IGNORECASE)
# "four in ten patients", "one in five adults": a proportion, not two counts. Only small
# denominators and round ones are proportions ("two in 10 days" is a count of days, left alone).
RATIO_DENOMINATORS = frozenset([2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 100, 1000])
TIME_NOUN = re.compile(r"\s+(?:[\w-]+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b", re.IGNORECASE)


# a running time: "won in 2:05:41", "clocked 2:21:07.4", "swam 1:43.21" (minutes and seconds only
# with hundredths, or it is a time of day); one with a clock after it is a time of day
RACE_TIME = re.compile(
    r"(?<![\w:.,$€£¥])(?:(?P<hours>\d{1,2}):(?P<minutes>[0-5]\d):(?P<seconds>[0-5]\d(?:\.\d{1,3})?)"
    r"|(?P<short_minutes>\d{1,2}):(?P<short_seconds>[0-5]\d\.\d{1,3}))(?![\w:]|\.\d)"
    r"(?!\s*(?:[ap]\.?m\b|GMT|UTC|local\s+time|(?-i:[A-Z]{2,4}\b)))",
    re.IGNORECASE,
)


def _race_times(text: str, sentences: list[Sentence]) -> list[Quantity]:
    """Times of a race or a record as one duration in seconds ("2:05:41" is 7,541), so that a
    report's 2:05:14 is set against it; read apart, the colons left no figure at all."""
    found = []
    for match in RACE_TIME.finditer(text):
        if match["hours"] is not None:
            seconds = int(match["hours"]) * 3600 + int(match["minutes"]) * 60 + float(match["seconds"])
        else:
            seconds = int(match["short_minutes"]) * 60 + float(match["short_seconds"])
        seconds = round(seconds, 3)
        found.append(Quantity(
            text=match.group(0), start=match.start(), end=match.end(),
            sentence=sentence_index(sentences, match.start()) if sentences else 0,
            value=seconds, low=seconds, high=seconds, unit="second", kind="duration",
        ))
    return found


def _ratios(text: str, sentences: list[Sentence]) -> list[Quantity]:
    """Proportions written as "N in M" ("Roughly four in ten patients"), as a share in percent:
    read as two counts they contradict any count of the same people ("165 are children")."""
    data = _tables()[0]
    pattern = re.compile(
        rf"(?<![\w\-–$€£¥.,])(?:(?P<approx>{_alternation(data['approximators'])}){_IN_PARAGRAPH_SPACE})?"
        rf"(?P<a>{_DIGITS}|{_WORD_NUMBER})\s+in\s+(?P<b>{_DIGITS}|{_WORD_NUMBER})(?![\w,.]\d)\b",
        re.IGNORECASE,
    )
    found = []
    for match in pattern.finditer(text):
        if match["a"].lower() in {"a", "an"} or match["b"].lower() in {"a", "an"}:
            continue
        part, whole = _number(match["a"], None, None), _number(match["b"], None, None)
        if whole not in RATIO_DENOMINATORS or not part or part >= whole or TIME_NOUN.match(text, match.end()):
            continue
        share = round(100.0 * part / whole, 3)
        found.append(Quantity(
            text=match.group(0), start=match.start(), end=match.end(),
            sentence=sentence_index(sentences, match.start()) if sentences else 0,
            value=share, low=share, high=share, unit="%", kind="percent",
            approximate=True,  # "four in ten" is a rounded share, "about" or not
        ))
    return found


def _point_fractions(text: str, sentences: list[Sentence]) -> list[Quantity]:
    """"a quarter-point cut" changes a rate by 0.25 percentage points: the number is a word of the
    compound, which the number pattern cannot read, and the unit is "point" for "percentage point"."""
    found = []
    for match in POINT_FRACTION.finditer(text):
        share = SCALE_FRACTIONS[match["fraction"].lower()] * (3 if match["three"] else 1)
        found.append(Quantity(
            text=match.group(0), start=match.start(), end=match.end(),
            sentence=sentence_index(sentences, match.start()) if sentences else 0,
            value=share, low=share, high=share, unit="percentage point", kind="percent",
        ))
    return found


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def find_quantities(
    text: str, sentences: list[Sentence], doc=None, times: list[TimeExpression] | None = None
) -> list[Quantity]:
    """Every quantity in ``text``; ``doc`` (spaCy, with a tagger) finds the nouns bare numbers count."""
    data, vague_table, pattern, unit_pattern, currency_word, unit_before = _tables()
    blocked = [(t.start, t.end) for t in times or []]
    starts = [t.idx for t in doc] if doc is not None else []
    quantities: list[Quantity] = _ratios(text, sentences) + _point_fractions(text, sentences) + _race_times(text, sentences)
    blocked += [(q.start, q.end) for q in quantities]
    for match in pattern.finditer(text):
        g = match.groupdict()
        start, end = match.span()
        if not (g["num"] or g["vague"]):
            continue
        if g["vague"] and ANAPHORIC_AMOUNT.search(text, max(0, start - 4), start) and not re.match(r"\s+as\b", text[end:]):
            continue  # "the second time in as many days": the number said just before, again
        approx_word = (g["approx"] or "").strip().lower()
        currency = data["currency_symbols"].get(g["currency"]) if g["currency"] else None
        vague = bool(g["vague"])
        if vague:
            low, high = vague_table[g["vague"].lower()]
            factor = data["scales"][g["vscale"].lower()] if g["vscale"] else 1
            low = low * factor if low is not None else None
            high = high * factor if high is not None else None
            value = None
        else:
            value = _number(g["num"], g["scale"], g["abbr"], g["frac"])
            second = _number(g["num2"], g["scale2"], g["abbr2"])
            if second is not None and g["num2"].lower() in {"a", "an"}:
                second = None  # "to a" is not a range
            if second is not None and _hundreds_and_rest(text, match, second):
                value, second = value + second, None  # "a hundred and twenty-one": one number
            low = high = value
            if second is not None:
                if g["scale2"] and not g["scale"]:
                    value *= data["scales"][g["scale2"].lower()]  # "two to three million"
                if second <= value:
                    continue  # "91-73", "(7-2)": a score or a record, not a range
                if _is_year(g["num"]) and _is_year(g["num2"]):
                    continue  # "from 1990 to 1991": years, found by the time expressions
                low, high, value = value, second, None
        unit = None
        kind = "count"
        original_unit = None
        tail = unit_pattern.match(text, end)
        if tail and not _unit_written_as_one(text, tail):
            tail = None
        half = HALF_AFTER_UNIT.match(text, tail.end()) if tail and value is not None and low == high else None
        of_one_unit = _fraction_before(text, start, g, of_unit=bool(tail)) is not None  # "half a percentage point"
        if tail and (half or of_one_unit or not (g["num"] and g["num"].lower() in {"a", "an"} and not vague and not g["scale"])):
            written = tail.group("unit").lower()
            unit, kind, factor, *offset = data["units"][written]
            shift = offset[0] if offset else 0.0  # a temperature's scales differ by an offset as well
            end = tail.end()
            if half and kind == "duration":  # "a year and a half": one and a half years
                value += 0.5
                low = high = value
                end = half.end()
            original_unit = (
                _singular(written) if written not in {"%", "km", "mph", "km/h", "kph"} else written
            )
            if kind == "temperature" and value is not None and low == high and MINUS_BEFORE.search(text, max(0, start - 8), start):
                low = high = value = -value  # "minus 5C"
            if factor != 1.0 or unit != original_unit:
                low = _converted_value((low + shift) * factor) if low is not None else None
                high = _converted_value((high + shift) * factor) if high is not None else None
        if unit is None and unit_before is not None and not vague and not currency:
            before = unit_before.search(text, max(0, start - 16), start)
            if before:  # "a magnitude 6.1 earthquake"
                unit, kind, _ = data["prefix_units"][before.group("unit").lower()]
        if unit is None:
            cur = currency_word.match(text, end)
            if cur and (currency or vague or g["num"]):
                currency = currency or data["currency_words"][cur.group("cur").lower()]
                end = cur.end()
        if currency:
            unit, kind = currency, "money"
            item = _priced_item(text, end, doc, starts)
            if item is not None:
                unit, end = f"{currency}/{item[0]}", item[1]
        elif kind in MEASURES_OF_AN_ITEM and value is not None and (item := _priced_item(text, end, doc, starts)) is not None:
            unit, end = f"{unit}/{item[0]}", item[1]  # "3.8 yards per carry" is no distance gained in all
        number_text = (g["num"] or "").lower()
        if unit is None and not vague and number_text not in {"", "a", "an", "one"} and low == high:
            compound = _hyphenated_count(text, end, doc, starts)
            if compound is not None:  # "a five-party coalition", "a 12-member board"
                unit, end = compound
        if unit is None:
            # a written "one"/"a" is a pronoun or an article far more often than a count, but not
            # before a scale ("a hundred countries")
            if (number_text in {"a", "an", "one"} and not g["scale"]) or text[end : end + 1] == "-":
                continue
            if _is_year(g["num"]) and not g["num2"]:
                continue  # a year
        if _inside(blocked, start, end) or re.match(r"(?:st|nd|rd|th)\b|:\d|[A-Za-z]", text[end : end + 2]):
            continue
        if unit is None and CLOCK.match(text, end):
            continue  # "around 7 p.m."
        if unit is None and re.fullmatch(r"\d{1,2}[.:][0-5]\d", number_text) and PART_OF_DAY.match(text, end):
            continue  # "shortly after 5.30 in the morning": a time of day, not a count of 5.3
        if unit is None and TWENTY_FOUR_HOUR_CLOCK.match(text, start):
            continue  # "8 a.m. local time (0300 GMT)"
        if (
            unit is None
            and not vague
            and number_text
            and number_text[0].isdigit()
            and text[end : end + 1] == "-"
        ):
            continue
        if kind == "count" and unit is None and not vague and number_text.isdigit() and _names_a_thing(doc, starts, start):
            continue  # "Highway 20 remained closed", "Flight 370 vanished": a number in a name
        if kind == "count" and DIFFERENCE.match(text, end):
            continue  # "five more than the official toll": a gap, not a count
        if kind == "count" and unit is None:
            unit = _counted_noun(doc, starts, end)
        approximate = vague or approx_word in {k for k, v in data["approximators"].items() if v == "about"}
        direction = data["approximators"].get(approx_word)
        if direction == "more" and low is not None:
            high = None
        elif direction == "less" and high is not None:
            low = None
        converted_value = value
        if value is not None and original_unit and unit != original_unit:
            converted_value = low if low == high else None
        fraction = _fraction_before(text, start, g, of_unit=original_unit is not None)
        if fraction is not None:
            share, start = fraction
            value = None if value is None else value * share
            converted_value = None if converted_value is None else converted_value * share
            low = None if low is None else low * share
            high = None if high is None else high * share
        quantities.append(
            Quantity(
                text=text[start:end],
                start=start,
                end=end,
                sentence=sentence_index(sentences, start) if sentences else 0,
                value=converted_value if direction in {None, "about"} else None,
                low=low,
                high=high,
                unit=unit,
                kind=kind,
                approximate=approximate,
                vague=vague,
                original_value=value if original_unit and unit != original_unit else None,
                original_unit=original_unit if original_unit and unit != original_unit else None,
            )
        )
    quantities.sort(key=lambda q: q.start)
    quantities = _join_compound_durations(text, quantities)
    _share_nouns_of_part_and_whole(text, quantities)
    _share_noun_with_coordinated_count(text, quantities)
    return quantities


def _hundreds_and_rest(text: str, match: re.Match, rest: float) -> bool:
    """Whether "and" after a number of hundreds adds the tens and ones that English writes after it
    ("a hundred and twenty-one", "two hundred and 12"): one number, not a range from 100 to 21."""
    g = match.groupdict()
    return (
        (g["scale"] or "").lower() == "hundred" and not g["scale2"] and not g["abbr2"] and rest < 100
        and text[match.end("scale"): match.start("num2")].strip().lower() == "and"
    )


def _unit_written_as_one(text: str, tail: re.Match) -> bool:
    """Whether a one-letter unit is one: "49.1C" and "120F" are temperatures, but "four F-35s",
    "Group 2 C" and "5 c" are not. Longer units and signs ("%") stand as matched."""
    unit = tail.group("unit")
    if len(unit) > 1 or not unit.isalpha():
        return True  # "%" stands as written
    return unit.isupper() and tail.group(0) == unit and not text.startswith("-", tail.end())


def _join_compound_durations(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """"three years and three months" is one term of 39 months, not a term of three years and
    another of three months: read apart, each half is compared with whole terms of other reports.
    Sport and transport write the term without "and" ("2 hours 41 minutes"), which is one term too."""
    joined: list[Quantity] = []
    for quantity in quantities:
        larger = joined[-1] if joined else None
        factor = COMPOUND_DURATIONS.get((larger.unit, quantity.unit)) if larger is not None else None
        if (
            factor is None
            or larger.kind != "duration" or quantity.kind != "duration"
            or larger.vague or quantity.vague or quantity.value is None or larger.original_unit
            or not re.fullmatch(r"\s+(?:and\s+)?", text[larger.end : quantity.start])
        ):
            joined.append(quantity)
            continue
        low, high, value = (None if b is None else b * factor + quantity.value for b in (larger.low, larger.high, larger.value))
        joined[-1] = Quantity(
            text=text[larger.start : quantity.end], start=larger.start, end=quantity.end, sentence=larger.sentence,
            value=value, low=low, high=high, unit=quantity.unit, kind="duration", approximate=larger.approximate,
        )
    return joined


def _priced_item(text: str, end: int, doc, starts: list[int]) -> tuple[str, int] | None:
    """The item an amount of money is the price of, and where the phrase ends: "42.50 euros a
    share" prices a share. A period ("250 million euros a year") is a rate of the same total, which a
    paraphrase often leaves out, so it stays the currency. The item is one plain word that ends its
    noun phrase ("a record sum" is no item), or the last part of a hyphenated modifier."""
    match = PER_ITEM.match(text, end)
    if match is None or doc is None:
        return None
    word = match.group("item")
    unit = _tables()[0]["units"].get(word.lower())
    if not word.islower() or (unit is not None and unit[1] == "duration"):
        return None
    i = bisect.bisect_left(starts, match.start("item"))
    if i >= len(doc) or doc[i].idx != match.start("item") or doc[i].is_stop:
        return None
    following = doc[i + 1] if i + 1 < len(doc) else None
    hyphenated = text[match.start("item") - 1] == "-"
    if not hyphenated and following is not None and following.is_alpha and following.text.islower() and not following.is_stop:
        return None
    return _singular(word), match.end()


def _fraction_before(text: str, start: int, groups: dict, of_unit: bool = False) -> tuple[float, int] | None:
    """"a quarter of a billion" is 250 million, not a billion, and "half a percentage point" is 0.5
    of one: the share and where it starts, when a fraction stands before "a" + scale or "a" + unit."""
    if (groups.get("num") or "").lower() not in {"a", "an"} or not (groups.get("scale") or of_unit):
        return None
    match = FRACTION_BEFORE.search(text, max(0, start - 24), start)
    if match is None:
        return None
    words = re.split(r"[\s-]+", match.group("fraction").lower())
    share = SCALE_FRACTIONS[_singular(words[1]) if len(words) > 1 else words[0]]
    if words[0] in {"three", "two"}:
        share *= 3 if words[0] == "three" else 2
    return share, match.start()


def _share_nouns_of_part_and_whole(text: str, quantities: list[Quantity]) -> None:
    """"Eleven wagons out of 24 (left the line)", "3 out of 4 doctors": the part and the whole count
    the same thing, whichever of them the noun follows (the word after the whole may be a verb)."""
    for part, whole in zip(quantities, quantities[1:], strict=False):
        if part.kind != "count" or whole.kind != "count" or part.sentence != whole.sentence:
            continue
        if not PART_OF_WHOLE.fullmatch(text[part.end : whole.start]):
            continue
        noun = part.unit or whole.unit
        if noun:
            part.unit = whole.unit = noun


# "Two workers were killed and 11 were trapped", "three died, and 14 are in hospital": a bare
# count after "and" whose verb follows at once leaves out the noun of the count before it
COORDINATED_BARE_COUNT = re.compile(r"[^.;:!?]*\b(?:and|but|while)\s*$")
VERB_AFTER_BARE_COUNT = re.compile(r"\s+(?:were|was|are|is|have|has|had|remain|remained|died|escaped)\b")


def _share_noun_with_coordinated_count(text: str, quantities: list[Quantity]) -> None:
    """A count that names no noun and is coordinated with an earlier count of its sentence counts
    that count's noun: "11" in "Two construction workers were killed and 11 were trapped" counts
    workers, so it meets "Fifteen workers were trapped" in another report."""
    for before, bare in zip(quantities, quantities[1:], strict=False):
        if bare.kind != "count" or bare.unit is not None or before.kind != "count" or before.unit is None:
            continue
        if before.sentence != bare.sentence or not before.text[:1].isalnum():
            continue
        between = text[before.end : bare.start]
        if COORDINATED_BARE_COUNT.fullmatch(between) and VERB_AFTER_BARE_COUNT.match(text, bare.end):
            bare.unit = before.unit


def _converted_value(value: float) -> float:
    """A figure converted to its unit's base, to six significant digits: three decimals of a
    kilometre wiped out "12 inches" and "412 millimetres" (both 0.0 km), and more digits only
    carry the conversion factor's noise."""
    return float(f"{value:.6g}")
