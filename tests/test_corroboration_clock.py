"""Times of day (corroboration/clock.py): read with their clock and the window their words allow,
and two aligned statements' times set against each other only in a clock they share. Sentences
are invented."""

from __future__ import annotations

from corroborate.corroboration.clock import clock_disagreement, clock_times
from corroborate.settings import DEFAULT_SETTINGS

SETTINGS = DEFAULT_SETTINGS.corroboration


def test_a_local_time_and_its_gmt_in_brackets_are_two_clocks_of_one_moment():
    times = clock_times("The ferry docked in Dover at 6:45 a.m. local time (0545 GMT) after a night at anchor.", SETTINGS)
    assert [(t.text, t.minutes, t.clock) for t in times] == [("6:45 a.m.", 405, "local"), ("0545 GMT", 345, "UTC")]


def test_words_before_a_time_widen_or_bound_it():
    windows = {
        "about 4:30 a.m.": (250, 290),
        "shortly before 5 a.m.": (280, 300),
        "just after 9pm": (1260, 1280),
        "at 11:20 a.m.": (675, 685),
        "by 9 p.m.": (float("-inf"), 1260),
    }
    assert {text: (t.low, t.high) for text in windows for t in clock_times(text, SETTINGS)} == windows


def test_two_times_of_one_clock_that_share_no_minute_disagree():
    found = clock_disagreement("The lifeboat reached Brest at 4:50 a.m. local time.", "The lifeboat reached Brest at 5:35 a.m.", SETTINGS)
    assert [(t.text, t.clock) for t in found] == [("4:50 a.m.", "local"), ("5:35 a.m.", "local")]


def test_times_of_two_clocks_a_window_that_holds_both_or_two_times_in_one_statement_are_no_disagreement():
    local_and_gmt = "The lifeboat reached Brest at 4:50 a.m. local time (0350 GMT)."
    assert clock_disagreement(local_and_gmt, "The lifeboat reached Brest at 0350 GMT.", SETTINGS) is None
    assert clock_disagreement("The lifeboat reached Brest at 4:50 a.m.", "It reached Brest at 0350 GMT.", SETTINGS) is None
    assert clock_disagreement("The storm hit at about 4:30 a.m.", "The storm hit shortly before 5 a.m.", SETTINGS) is None
    assert clock_disagreement("The ship left at 6 a.m. and docked at 9 a.m.", "The ship docked at 9:40 a.m.", SETTINGS) is None
    assert clock_disagreement("The bar closed at 11:58 p.m.", "The bar closed at 12:01 a.m.", SETTINGS) is None


def test_a_24_hour_time_after_a_word_of_time_is_a_local_time_unless_it_could_be_a_12_hour_one():
    def read(text):
        return [(t.text, t.minutes, t.clock) for t in clock_times(text, SETTINGS)]

    assert read("The roof of the depot fell in at 14:20 on Tuesday.") == [("14:20", 860, "local")]
    assert read("Crews were on site from 08:30 BST.") == [("08:30", 510, "BST")]
    assert read("The last train left shortly after 23h05.") == [("23h05", 1385, "local")]
    assert read("The depot fell in at 14:20 GMT.") == [("14:20 GMT", 860, "UTC")]
    # an hour that a 12-hour clock also writes, no word of time before it, a decimal, seconds: no time read
    assert read("The depot fell in at 9:30 on Tuesday.") == []
    assert read("Ostrava won the final 14:20 on aggregate.") == []
    assert read("The shares closed at 14.20 on Tuesday.") == []
    assert read("The winner finished at 14:20:33 on the clock.") == []


def test_a_24_hour_time_and_the_same_moment_on_the_12_hour_clock_agree_another_moment_does_not():
    assert clock_disagreement("The depot roof fell in at about 2.20pm.", "The depot roof fell in at 14:20.", SETTINGS) is None
    found = clock_disagreement("The depot roof fell in shortly after 4.20pm yesterday.", "The depot roof fell in at 14:20.", SETTINGS)
    assert [(t.text, t.clock) for t in found] == [("4.20pm", "local"), ("14:20", "local")]


def test_a_time_with_its_a_m_or_p_m_is_read_once_on_the_12_hour_clock():
    assert [(t.text, t.minutes) for t in clock_times("The alarm went off at 02:22 pm on Friday.", SETTINGS)] == [("02:22 pm", 862)]
