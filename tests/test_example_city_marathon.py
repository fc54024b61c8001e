"""The city-marathon example, examples/city-marathon, through the command line against its answer
key (examples/city-marathon.answers.md): a probe of a story the engine was not built on (a city
marathon), written before the engine ran on it. It pinned general defects, now fixed: a "he said"
after "For <another runner>, the day was ..." took the runner quoted before and raised a false "who
said it"; "said his coach, Peter Ngugi" left the coach's quotation unattributed and "according to
the event's medical director, Dr. Helen Okafor" gave a count to the role (the parser hangs the name
on the verb); a prize told as two parts ("$50,000 ..., plus a $30,000 bonus") was set against the
sum another report gave ("$80,000 in all"); a winning margin ("to win by 11 seconds") was set
against another difference ("more than half a minute off a course record"); and the day-later report
was joined to the wire's origin because its facts follow the paraphrase's order, though it quotes a
coach the paraphrase never names.

Still wrong and pinned as it is (see the key): 01 and 02's "dropped out" stands beside 04's "finished fifth"
against 03's "did not finish"; the winning time (2:05:41 against 2:05:14) and the runner-up's
nationality are missed."""

from __future__ import annotations

from functools import partial

import pytest

from tests.conftest import analyze_example, claim_speaker, discrepancy_table, file_prefixes, origin_table


@pytest.fixture(scope="module")
def briefing(tmp_path_factory) -> dict:
    briefing = analyze_example("city-marathon", tmp_path_factory.mktemp("marathon") / "b.json")
    assert briefing["_summary"].startswith("1 story, 5 documents, ")
    return briefing


def test_origins_as_the_answer_key_has_them(briefing):
    """04's lede, "Cheruiyot ... finished fifth" and the women's race align in order with the
    paraphrase 03 (lede similarity 0.88, three sentences, the bar of a rewrite), but 04 quotes the
    winner's coach, whom 03 never names, and 03 was published the day before: neither can be the
    other's rewrite, and the evidence says so."""
    (story,) = briefing["stories"]
    assert origin_table(briefing, story) == [(["01", "02", "03"], "The Canadian Press"), (["04"], None), (["05"], None)]
    (own,) = [o for o in story["origins"] if file_prefixes(briefing, o["documents"]) == ["04"]]
    assert own["evidence"][-1].endswith("(Toronto Daily Ledger) follows the order of 9b1f26f9 (Runners' Wire Digest)'s "
                                        "lede and facts, but not as a rewrite: it quotes Peter Ngugi, whom 9b1f26f9 "
                                        "(Runners' Wire Digest) never names")


def test_the_disagreements_the_engine_finds_have_the_sides_of_the_answer_key(briefing):
    (story,) = briefing["stories"]
    assert discrepancy_table(briefing, story) == [
        ("attribution", (("Lemaiyan", ("01", "02")), ("Mengesha", ("05",))), False),  # X7
        ("date", (("Sunday", ("01", "02", "04")), ("Saturday", ("03",))), False),  # X5
        ("negation", (  # X4, mislabelled: 01 and 02's "dropped out" belong with 03
            ("Title holder Amos Cheruiyot did not finish, stopping after 30 km with a hamstring problem", ("03",)),
            ("Amos Cheruiyot, last year's winner, finished fifth despite a tight hamstring, and said afterwards that "
             "he had thought of stopping at 30 kilometres", ("01", "02", "04"))), False),
        ("place", (("Boston", ("01", "02")), ("London", ("04",))), False),  # X6
        # X1, since session 18 (running times read; the record's fall no rival of the time); the day-later
        # report is marked as a possible update, as the key foresaw
        ("quantity", (("2:05:41", ("01", "02", "03", "05")), ("2:05:14", ("04",))), True),
        ("quantity", (("Some 21,000 runners", ("05",)), ("24,318 runners", ("03",))), False),  # X2, short of 01, 02
    ]


def test_what_only_looks_different_is_no_disagreement(briefing):
    """Celsius and Fahrenheit, the prize in two parts and in all, starters against finishers, the
    old and the new course record, other runners' times, the margin against the record's fall, the
    course in kilometres and miles, a town and its province, and one runner's words repeated."""
    (story,) = briefing["stories"]
    values = {v["value"] for d in story["discrepancies"] for v in d["variants"]}
    for agreeing in ("8 degrees Celsius", "about 46 degrees Fahrenheit", "around 8 degrees", "$50,000", "$30,000",
                     "$80,000", "26,500 runners", "More than 26,000 runners", "2:05:49", "2:05:52", "2:08:49",
                     "2:22:10", "11 seconds", "half a minute", "42.195-kilometre", "26.2-mile", "30 kilometres",
                     "30 km", "Guelph", "Ontario", "Liam Beauchesne", "Amos Cheruiyot"):
        assert agreeing not in values
    assert [d["kind"] for d in story["discrepancies"]].count("attribution") == 1


def test_claims_and_quotations_name_their_speakers(briefing):
    (story,) = briefing["stories"]
    speaker = partial(claim_speaker, story)
    assert speaker("\"The wind off the lake was brutal") == "Lemaiyan"
    assert speaker("He said he would race next in Boston in April.") == "Lemaiyan"
    assert speaker("\"To do it at home, in front of this crowd, means everything,\" he said.") == "Liam Beauchesne"
    assert speaker("\"He has been training for this since June") == "Peter Ngugi"
    assert speaker("\"Our teams treated about 140 runners") == "Helen Okafor"
    assert speaker("\"Conditions were tough this morning") == "Marchetti"
    assert speaker("Race director Colleen Marchetti said 26,500 runners started") == "Colleen Marchetti"
    quoted = {q["text"][:30]: q["speaker"] for q in story["quotes"]}
    assert quoted["He has been training for this s"[:30]] == "Peter Ngugi"
    assert quoted["To do it at home, in front of t"[:30]] == "Liam Beauchesne"
    texts = [c["text"] for c in story["claims"]]
    assert not any(t.startswith(("Catch up", "TORONTO", "Share this", "Get the")) for t in texts)
