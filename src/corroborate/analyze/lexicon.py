"""General-English word lists shipped as data (src/corroborate/data/analyze/): titles, speech
verbs, units, abbreviations. Data, not code, so a user can extend them without a release."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources


def _data_text(name: str) -> str:
    return resources.files("corroborate").joinpath("data", "analyze", name).read_text(encoding="utf-8")


@cache
def word_list(name: str) -> tuple[str, ...]:
    """Lines of ``name`` (a .txt file), without comments and blanks, in file order."""
    lines = (line.split("#", 1)[0].strip() for line in _data_text(name).splitlines())
    return tuple(line for line in lines if line)


@cache
def word_set(name: str, lower: bool = True) -> frozenset[str]:
    return frozenset(w.lower() if lower else w for w in word_list(name))


@cache
def labelled_words(name: str) -> dict[str, str]:
    """Each word of ``name``'s "label: word word ..." lines, mapped to its line's label."""
    found: dict[str, str] = {}
    for line in word_list(name):
        label, _, words = line.partition(":")
        found.update({word: label.strip() for word in words.split()})
    return found


@cache
def json_data(name: str):
    return json.loads(_data_text(name))


# "Chou Ming-hsien", "Moon Jae-in": a romanised Chinese or Korean name writes the family name first,
# before a given name of two syllables joined by a hyphen, the second in lower case
_SURNAME_FIRST_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")


def family_name(name: str) -> str:
    """The word a later sentence calls a person by alone: the last of "Jane Smith", the first of a
    surname-first name ("Chou Ming-hsien" is "Chou", "Moon Jae-in" is "Moon")."""
    words = name.split()
    if not words:
        return name
    if len(words) == 2 and _SURNAME_FIRST_GIVEN_NAME.fullmatch(words[1]):
        return words[0]
    return words[-1]
