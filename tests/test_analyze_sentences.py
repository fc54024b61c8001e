"""Sentence spans on real news text: datelines, abbreviations, missing spaces, closing quotes."""

from __future__ import annotations

import pytest

from corroborate.analyze.sentences import find_dateline, split_sentences
from corroborate.ingest import read_inputs
from tests.conftest import DRONE_CORPUS


def _raw(name: str) -> str:
    path = DRONE_CORPUS / name
    if not path.exists():
        pytest.skip("shared corpus not found")
    return path.read_text(encoding="utf-8")


def _sentences_of(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_spans_index_the_text_exactly(drone_corpus):
    documents, _ = read_inputs([str(drone_corpus)])
    for document in documents:
        for sentence in split_sentences(document.text):
            assert document.text[sentence.start : sentence.end] == sentence.text


def test_dateline_is_left_out_of_the_lede():
    line = next(
        line for line in _raw("004_934ce57bc68181b9.txt").splitlines() if line.startswith("WASHINGTON")
    )
    assert find_dateline(line).group("dateline") == "WASHINGTON (AA)"
    first = split_sentences(line)[0]
    assert first.text.startswith("Iran is in the process of helping Russia")
    assert line[first.start :].startswith("Iran is in the process")


def test_a_dateline_with_letters_beyond_latin_1_is_left_out_too():
    # "Č" and "Ș" lie outside Latin-1: the place is still in capitals, so it is a dateline
    text = ("ČESKÝ KRUMLOV, Czech Republic (CTK) - A footbridge over the river was closed on Monday after "
            "flood water undermined one of its piers.\n\nIAȘI (Agerpres) — Schools stayed shut.")
    assert find_dateline(text).group("dateline") == "ČESKÝ KRUMLOV, Czech Republic (CTK)"
    assert _sentences_of(text) == [
        "A footbridge over the river was closed on Monday after flood water undermined one of its piers.",
        "Schools stayed shut.",
    ]
    # a capitalised word followed by a dash inside a sentence is no dateline
    assert find_dateline("Officials said - for now - nothing") is None


def test_missing_space_after_full_stop_still_ends_the_sentence():
    texts = _sentences_of(_raw("003_91c378dfe978b2ac.txt"))
    assert any(t.endswith("according to the United Nations.") for t in texts)
    assert any(t.startswith("On Friday, Kirby said that Iran has continued") for t in texts)
    # a closing quotation mark glued to the next sentence
    assert any(t.endswith("to produce Iranian UAVs from inside Russia.”") for t in texts)
    assert any(t.startswith("The administration of US President Joe Biden") for t in texts)


def test_abbreviations_do_not_end_sentences():
    texts = _sentences_of(_raw("001_7e207de4fcb0d1a3.txt"))
    kirby = [
        t for t in texts if t.startswith("National Security Council spokesman John Kirby said that U.S.")
    ]
    assert kirby and kirby[0].endswith("could be operational early next year.")
    texts = _sentences_of(_raw("002_17ea725e07b18fd2.txt"))
    assert any(
        t.startswith("In return, Russia offered Iran") and t.endswith("Ms. Kirby in February.") for t in texts
    )


def test_quote_with_attribution_stays_one_sentence_and_headlines_stand_alone():
    texts = _sentences_of(_raw("000_34ae068e586e56d8.txt"))
    assert (
        '"It is done with the aim of attracting as much military and financial aid from Western countries as possible," Kanani said.'
        in texts
    )
    headline = "White House Says Iran Helping Russia Build Drone Factory East of Moscow"
    assert _sentences_of(_raw("001_7e207de4fcb0d1a3.txt"))[:2] == [headline, headline]


def test_a_time_of_day_ends_a_sentence_before_a_capitalised_word_that_is_not_its_day_or_clock():
    """"at 4:05 a.m. Firefighters ..." is two sentences (the art-heist probe: an alarm's time glued
    to the next sentence); "a.m." followed by its day, month or clock is not."""
    text = ("The siren sounded at 4:05 a.m. Firefighters arrived ten minutes later. "
            "The hearing opens at 10 a.m. Monday in the town hall. "
            "The rocket lifted off at 11:20 a.m. EDT after a delay. "
            "Voting closed at 8 p.m. Moscow time, officials said. "
            "The shop opened at 9 a.m. The queue had formed overnight.")
    assert _sentences_of(text) == [
        "The siren sounded at 4:05 a.m.",
        "Firefighters arrived ten minutes later.",
        "The hearing opens at 10 a.m. Monday in the town hall.",
        "The rocket lifted off at 11:20 a.m. EDT after a delay.",
        "Voting closed at 8 p.m. Moscow time, officials said.",
        "The shop opened at 9 a.m.",
        "The queue had formed overnight.",
    ]


def test_a_bulletin_s_other_items_are_spans_to_the_paragraph_s_end_or_to_the_end():
    from corroborate.analyze.sentences import other_news_spans

    # invented: a segue holds its own paragraph only; "Now the rest of the news." holds everything
    # after it; "The rest of the news was grim" is prose
    lead = "Floods closed the Tarn bridge on Monday.\n\n"
    segue = "In other news tonight, the Ferris Orchestra played in Lyle. Tickets sold out.\n\n"
    back = "The rest of the news was grim for the town, the mayor said.\n\n"
    rest = "Now the rest of the news.\n\nA storm hit Dunmore.\n\nTrains ran late.\n"
    text = lead + segue + back + rest
    sentences = split_sentences(text)
    spans = other_news_spans(text, sentences)
    assert [text[a:b] for a, b in spans] == [segue.rstrip("\n"), rest]
    assert other_news_spans(lead + back, split_sentences(lead + back)) == []


def test_names_dates_and_quotations_of_a_bulletin_s_other_items_are_left_out():
    from corroborate.analyze import analyze_documents
    from corroborate.model import Document
    from corroborate.settings import DEFAULT_SETTINGS

    # invented: the lead story's people and places stay; the opera house, its singer and the
    # mountain pass of the items after the turn name nothing of the story
    text = ("Flood waters closed the bridge at Tarnwick on Monday, mayor Helen Ortt said.\n\n"
            "\"We will reopen it by Friday,\" Ortt said.\n\n"
            "Now the rest of today's news.\n\n"
            "Snow closed the Brenner Pass on Tuesday.\n\n"
            "\"We are heartbroken,\" said Maria Vesna of the Vienna State Opera, which cancelled Tosca on Wednesday.\n")
    (analyzed,) = analyze_documents([Document(id="b", text=text, sources=["b.txt"])], DEFAULT_SETTINGS)
    turn = text.index("Now the rest")
    assert analyzed.mentions and all(m.start < turn for m in analyzed.mentions)
    assert [q.text for q in analyzed.quotes] == [
        "Flood waters closed the bridge at Tarnwick on Monday", "We will reopen it by Friday,"]
    assert [t.text for t in analyzed.times] == ["Monday", "Friday"]
    assert {q.sentence for q in analyzed.quantities} <= {s.index for s in analyzed.sentences if s.start < turn}
