"""Near-duplicates (MinHash/LSH), shared passages with offsets, and quoted passages."""

from __future__ import annotations

import pytest

from corroborate.group.reuse import near_duplicates, quoted_regions, shared_passages, words
from corroborate.settings import GroupSettings
from tests.conftest import DRONE_CORPUS

SETTINGS = GroupSettings()


@pytest.fixture(scope="module")
def drone_texts(drone_corpus) -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(DRONE_CORPUS.glob("*.txt"))]


def normalized(text: str) -> tuple[str, ...]:
    return words(text).tokens


def test_a_lightly_edited_copy_is_a_near_duplicate_and_other_reports_are_not(drone_texts):
    original = drone_texts[1]
    edited = original.replace("The Associated Press contributed to this article.", "").replace(
        "Supplying Drones", "Drone supply")
    texts = {"original": original, "edited": edited, "other": drone_texts[3], "rewrite": drone_texts[0]}
    pairs = near_duplicates(texts, SETTINGS)
    assert [(a, b) for a, b, _ in pairs] == [("original", "edited")]
    assert pairs[0][2] >= 0.9


def test_shared_passages_have_offsets_into_both_texts(drone_texts):
    a, b = drone_texts[0], drone_texts[1]
    passages = shared_passages("a", a, "b", b, SETTINGS)
    assert [p.text for p in passages if not p.quoted] == [
        "Iran is providing Russia with materials to build a drone manufacturing plant east of Moscow",
        "a steady supply of weaponry for its ongoing invasion of Ukraine",
        "according to a US intelligence finding released by the White House on Friday",
        "plant in Russia’s Alabuga special economic zone could be operational early next year",
    ]
    for passage in passages:
        assert a[passage.start_a : passage.end_a] == passage.text
        # the same words in b, whatever its punctuation ("U.S." against "US")
        assert normalized(b[passage.start_b : passage.end_b]) == normalized(passage.text)
    exact = [p for p in passages if b[p.start_b : p.end_b] == p.text]
    assert len(exact) == 3


def test_offsets_are_exact_in_both_texts_for_a_verbatim_copy():
    a = "Officials said on Monday that the bridge over the river will stay closed until further notice, police said."
    b = "BRIEF: Officials say the bridge over the river will stay closed until further notice. More later."
    (passage,) = shared_passages("a", a, "b", b, SETTINGS)
    assert passage.text == "the bridge over the river will stay closed until further notice"
    assert a[passage.start_a : passage.end_a] == b[passage.start_b : passage.end_b] == passage.text
    assert passage.quoted is False


def test_a_statement_both_reports_quote_is_shared_but_marked_quoted(drone_texts):
    # NTD and Anadolu reproduce the same spokesman's statement and share nothing else
    passages = shared_passages("ntd", drone_texts[1], "aa", drone_texts[4], SETTINGS)
    assert passages and all(p.quoted for p in passages)
    assert passages[0].text.startswith("This is a full-scale defense partnership that is harmful to Ukraine")


def test_a_passage_that_leaves_a_quotation_is_split_there():
    a = 'The minister said: "We will rebuild every house in the valley before winter comes," and the army began work in the valley on Monday morning.'
    b = 'He promised "we will rebuild every house in the valley before winter comes," and the army began work in the valley on Monday morning.'
    passages = shared_passages("a", a, "b", b, SETTINGS)
    assert [(p.text, p.quoted) for p in passages] == [
        ("We will rebuild every house in the valley before winter comes", True),
        ("and the army began work in the valley on Monday morning", False),
    ]


def test_quoted_regions_pair_marks_and_run_an_unclosed_quote_to_the_paragraph_end():
    text = 'He said "yes" and “no”.\n“Open quote runs on\nNext paragraph.'
    regions = [text[s:e] for s, e in quoted_regions(text)]
    assert regions == ['"yes"', "“no”", "“Open quote runs on"]
