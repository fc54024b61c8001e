"""Time expressions on real sentences, resolved against the publication date (2023-06-09) and
left unresolved without one."""

from __future__ import annotations

from datetime import date

import pytest

from corroborate.analyze.sentences import split_sentences
from corroborate.analyze.timex import find_times
from tests.conftest import DRONE_CORPUS

PUBLISHED = date(2023, 6, 9)


def _times(name: str, published: date | None = PUBLISHED) -> dict[str, tuple]:
    path = DRONE_CORPUS / name
    if not path.exists():
        pytest.skip("shared corpus not found")
    text = path.read_text(encoding="utf-8")
    found = find_times(text, split_sentences(text), published)
    for t in found:
        assert text[t.start : t.end] == t.text
    return {t.text: (t.date, t.precision, t.resolved, t.relative, t.modifier) for t in found}


def test_relative_expressions_resolve_against_the_publication_date():
    times = _times("000_34ae068e586e56d8.txt")
    assert times["Last September"] == ("2022-09", "month", True, True, None)
    assert times["early next year"] == ("2024", "year", True, True, "early")
    assert times["Friday"] == ("2023-06-09", "day", True, True, None)
    assert times["December"] == ("2022-12", "month", True, True, None)  # "stated in December"
    assert times["April"] == ("2023-04", "month", True, True, None)
    assert times["Last year"] == ("2022", "year", True, True, None)
    times = _times("001_7e207de4fcb0d1a3.txt")
    assert times["Last month"] == ("2023-05", "month", True, True, None)
    assert times["October last year"] == ("2022-10", "month", True, True, None)
    assert times["May"] == ("2023-05", "month", True, True, None)  # "since May"
    times = _times("003_91c378dfe978b2ac.txt")
    assert times["late May"] == ("2023-05", "month", True, True, "late")
    assert times["Friday’s"[:6]] == ("2023-06-09", "day", True, True, None)
    assert times["March"] == ("2023-03", "month", True, True, None)  # "in a March statement"


def test_absolute_expressions():
    times = _times("003_91c378dfe978b2ac.txt")
    assert times["February 2022"] == ("2022-02", "month", True, False, None)
    assert times["2022"] == ("2022", "year", True, False, None)  # "launched in 2022"
    times = _times("002_17ea725e07b18fd2.txt")
    assert times["the fall of 2022"] == ("2022", "year", True, False, "fall")


def test_without_a_publication_date_only_absolute_ones_resolve():
    times = _times("003_91c378dfe978b2ac.txt", published=None)
    assert times["February 2022"] == ("2022-02", "month", True, False, None)
    assert times["late May"] == (None, "month", False, True, "late")
    assert times["early next year"] == (None, "year", False, True, "early")
    assert times["Friday"] == (None, "day", False, True, None)


def test_a_verb_in_the_future_moves_a_bare_month_forward():
    text = "Kirby said the plant will open in December. The deal was signed in December."
    found = find_times(text, split_sentences(text), PUBLISHED)
    assert [t.date for t in found] == ["2023-12", "2022-12"]


def test_words_that_only_look_like_dates_are_not_dates():
    text = "It may take a 50-year effort, said Maxar Technologies, whose YAK-130 flew 2023 km."
    assert find_times(text, split_sentences(text), PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("She coached the Wolves from 1998-2004 and won the cup in 2001.", ["1998", "2004", "2001"]),
        ("He played there between 1978 and 1989.", ["1978", "1989"]),
        ("The 2010–11 season ended early.", ["2010", "2011"]),
        ("Filed on 2012-08-07 and 2012-08.", []),  # an ISO date and an ISO month, no years of a range
        ("The squad scored 1990-2000 points a season.", []),  # a count
    ],
)
def test_a_range_of_years_states_both_years(text, years):
    # invented
    found = find_times(text, split_sentences(text), None)
    assert [(t.date, t.precision, t.resolved) for t in found] == [(y, "year", True) for y in years]


def test_quarters_and_halves_are_the_year_with_the_part_named():
    # invented; published in May 2026
    text = ("The merger should close by the end of the third quarter of 2027. Sales fell in Q1 2026. "
            "Work starts in the first half of next year.")
    found = find_times(text, split_sentences(text), date(2026, 5, 4))
    assert [(t.text, t.date, t.precision, t.modifier) for t in found] == [
        ("the end of the third quarter of 2027", "2027", "year", "q3"),
        ("Q1 2026", "2026", "year", "q1"),
        ("the first half of next year", "2027", "year", "h1"),
    ]


def test_a_weekday_of_next_or_last_week_is_that_day_of_that_week():
    # invented; published on a Tuesday: "Wednesday next week" is eight days on, not tomorrow
    text = "Repairs start on Wednesday next week. The last check was on Friday of last week."
    found = {t.text: t.date for t in find_times(text, split_sentences(text), date(2026, 3, 3))}
    assert found == {"Wednesday next week": "2026-03-11", "Friday of last week": "2026-02-27"}


def test_a_weekday_of_something_planned_is_the_coming_one():
    # invented; published on a Thursday: "is planned for Saturday" is two days on, not last Saturday,
    # and a thing that happened on Saturday is still the one before
    text = "A memorial concert is planned for Saturday in the town square. The bridge reopened on Saturday."
    found = [t.date for t in find_times(text, split_sentences(text), date(2026, 4, 16))]
    assert found == ["2026-04-18", "2026-04-11"]


def test_a_date_something_is_due_on_is_the_coming_one():
    # invented; published on 20 May: "is due to open on June 2" is in thirteen days, not last year
    text = "The new footbridge is due to open on June 2. The old one closed on June 2."
    found = [t.date for t in find_times(text, split_sentences(text), date(2026, 5, 20))]
    assert found == ["2026-06-02", "2025-06-02"]


def test_a_date_of_what_came_before_the_future_is_not_moved_forward():
    # invented; published on a Tuesday: she will chair the board after winning the vote on Sunday
    # (two days ago); the board meets on Friday (in three days)
    text = ("Ada Lund will chair the harbour board after winning the vote on Sunday. "
            "The board will meet on Friday, after the audit.")
    found = [t.date for t in find_times(text, split_sentences(text), date(2026, 4, 21))]
    assert found == ["2026-04-19", "2026-04-24"]


def test_a_start_that_was_due_is_the_coming_one_and_a_past_clause_after_will_stays_past():
    # invented; published on a Wednesday: the drive "was due to start on Saturday" is in three days;
    # "will use the vaccine that arrived on Monday" speaks of a Monday two days ago
    text = ("The drive was due to start on Saturday. "
            "Teams will use the vaccine that arrived on Monday. The clinic was closed due to flooding on Friday.")
    found = [t.date for t in find_times(text, split_sentences(text), date(2026, 4, 15))]
    assert found == ["2026-04-18", "2026-04-13", "2026-04-10"]


def test_a_day_a_thing_is_called_for_and_a_thing_that_is_due_are_to_come():
    # invented; published on Monday 12 October: a stoppage called "for November 3" is in three
    # weeks, not last November; a vote that "is due before the council in December" is this year's;
    # "the fine for Friday's delays" names a past Friday, and "closed in December" stays past
    text = ("Dockers have called a stoppage for November 3. The plan is due before the council in December. "
            "The port paid the fine for Friday's delays. The old quay closed in December.")
    found = [t.date for t in find_times(text, split_sentences(text), date(2026, 10, 12))]
    assert found == ["2026-11-03", "2026-12", "2026-10-09", "2025-12"]


def test_a_date_with_its_weekday_is_in_the_year_where_the_day_fits():
    # invented; published on Friday 6 March 2026: "Monday, August 3" is only a Monday in 2026, so
    # the bare date is this year's even though no verb speaks of the future ("aims to" does)
    text = ("The museum reopens on Monday, August 3, after the roof repairs. "
            "The trust aims to finish the east wing on September 14.")
    found = [t.date for t in find_times(text, split_sentences(text), date(2026, 3, 6))]
    assert found == ["2026-08-03", "2026-09-14"]


def test_the_day_of_a_saying_after_a_plan_is_a_past_day():
    # invented; published on Thursday 12 March 2026: "will close the ward, the manager said on
    # Tuesday" speaks on the Tuesday just gone, not the next one
    text = "The hospital will close the ward for a month, the manager said on Tuesday."
    found = [t.date for t in find_times(text, split_sentences(text), date(2026, 3, 12))]
    assert found == ["2026-03-10"]


def test_a_headlines_bare_infinitive_is_its_future():
    # invented; published on Tuesday 8 September 2026: a headline's "to reopen on Friday" is in three
    # days, "Talks to resume on Monday" in six; a verb before "to" ("returns to port") or a body
    # sentence with its full stop keeps the day before
    text = ("Harbour bridge to reopen on Friday, council says\n\nTalks to resume on Monday as strike bites\n\n"
            "Ferry returns to port on Sunday after storm\n\nThe council decided to reopen the old bridge on Friday.")
    found = [(t.text, t.date) for t in find_times(text, split_sentences(text), date(2026, 9, 8))]
    assert found == [("Friday", "2026-09-11"), ("Monday", "2026-09-14"), ("Sunday", "2026-09-06"), ("Friday", "2026-09-04")]


def test_a_past_passive_after_could_dates_what_was_done():
    # invented; published on Wednesday 14 October 2026: "could not" tells of the past, and "was
    # reopened on Monday" two days ago; "could reopen on Monday" is the coming one
    text = ("Drivers could not cross the bridge for two days, until it was reopened on Monday. "
            "The ferry could reopen on Monday.")
    found = [t.date for t in find_times(text, split_sentences(text), date(2026, 10, 14))]
    assert found == ["2026-10-12", "2026-10-19"]


def test_the_next_of_a_series_is_to_come_unless_told_in_the_past():
    # invented; published on 20 November 2026: the board's next meeting "is on January 12" is the
    # coming January; "the next day" and a next meeting that "was held" stay in the past
    text = ("The board's next meeting is on January 12. The council meets next on February 3. "
            "He resigned the next day, on October 4. The next session was held on January 9. "
            "She is the club's next captain after scoring twice on Sunday.")
    found = [t.date for t in find_times(text, split_sentences(text), date(2026, 11, 20))]
    assert found == ["2027-01-12", "2027-02-03", "2026-10-04", "2026-01-09", "2026-11-15"]


def test_a_forecast_speaks_of_the_coming_day():
    # invented; published on Monday 19 October 2026: "is forecast to reach the coast by Thursday"
    # is three days on; "reached the coast on Thursday" the Thursday gone
    text = ("The storm is forecast to reach the coast by Thursday evening. "
            "The last storm reached the coast on Thursday.")
    found = [t.date for t in find_times(text, split_sentences(text), date(2026, 10, 19))]
    assert found == ["2026-10-22", "2026-10-15"]


def test_is_to_with_a_verb_is_a_plan():
    # invented; published on Tuesday 6 October 2026: "is to open the fair on Saturday" and "are to
    # meet on Monday" are days to come; "is to blame for the fire on Sunday" judges a past day
    text = ("The mayor is to open the harvest fair on Saturday. The two unions are to meet on Monday. "
            "Officials said a faulty heater is to blame for the fire on Sunday.")
    found = [t.date for t in find_times(text, split_sentences(text), date(2026, 10, 6))]
    assert found == ["2026-10-10", "2026-10-12", "2026-10-04"]


def test_the_last_day_of_what_is_still_under_way_is_to_come():
    # invented; published on Wednesday 15 July 2026: "runs until Friday" is two days on; a road that
    # "was closed until Friday" and a strike that "lasted until" it tell the Friday gone
    text = ("The curfew in the old town runs until Friday, the council said. The road was closed until Friday. "
            "The strike lasted until 6 a.m. on Friday. Talks go on till 6 p.m. on Monday.")
    found = [t.date for t in find_times(text, split_sentences(text), date(2026, 7, 15))]
    assert found == ["2026-07-17", "2026-07-10", "2026-07-10", "2026-07-20"]


def test_a_day_someone_has_convened_or_set_is_to_come():
    # invented; published on Tuesday 13 October 2026: a hearing the tribunal "has called" both sides
    # to on Thursday, a vote the council "has scheduled" on Friday and tickets "for Tuesday or
    # Wednesday" are days to come; a call for calm after riots on Sunday, and a meeting called on
    # Thursday in the past tense, stay in the past
    text = ("The tribunal has called the union and the bus company to a mediation hearing on Thursday. "
            "The council has scheduled a vote on the budget on Friday. "
            "Travellers with tickets for Tuesday or Wednesday can rebook. "
            "The mayor has called for calm after the riots on Sunday. "
            "The tribunal called both sides to a hearing on Thursday.")
    found = [(t.text, t.date) for t in find_times(text, split_sentences(text), date(2026, 10, 13))]
    assert found == [("Thursday", "2026-10-15"), ("Friday", "2026-10-16"), ("Tuesday", "2026-10-13"),
                     ("Wednesday", "2026-10-14"), ("Sunday", "2026-10-11"), ("Thursday", "2026-10-08")]


def test_a_threat_a_vow_or_a_promise_speaks_of_the_coming_day():
    # invented; published on Tuesday 6 October 2026: "threatened to publish the files on Friday"
    # and "vowed to return on Monday" are days to come; "published the files on Friday" the day gone
    text = ("The gang has threatened to publish the files on Friday unless it is paid. "
            "The mayor vowed to return on Monday. The gang published the files on Friday.")
    found = [t.date for t in find_times(text, split_sentences(text), date(2026, 10, 6))]
    assert found == ["2026-10-09", "2026-10-12", "2026-10-02"]


def test_years_ago_of_a_number_with_a_thousands_separator_are_not_its_last_digits():
    # invented: "about 3,400 years ago" was read as "400 years ago" and dated 1626 (the
    # archaeology-find probe); a span of thousands of years is no calendar date, while a plain
    # "400 years ago" still is
    text = ("The fort was built about 3,400 years ago, the museum said. A wall fell 2.500 years ago. "
            "The chapel was rebuilt 400 years ago.")
    found = [(t.text, t.date) for t in find_times(text, split_sentences(text), date(2026, 10, 13))]
    assert found == [("400 years ago", "1626")]


def test_last_night_this_morning_and_tonight_are_days_like_yesterday_and_today():
    # invented; published on Tuesday 6 October 2026: "late last night" is Monday's night, "this
    # morning" and "tonight" are Tuesday; "the night before last" and "every night" date nothing
    text = ("The ferry sank late last night, the coast guard said this morning. "
            "Divers will return tonight. The crew had slept little the night before last, and every night since.")
    found = [(t.text, t.date, t.precision) for t in find_times(text, split_sentences(text), date(2026, 10, 6))]
    assert found == [("last night", "2026-10-05", "day"), ("this morning", "2026-10-06", "day"),
                     ("tonight", "2026-10-06", "day")]


def test_a_plan_with_its_thing_named_is_to_come():
    # invented; published on Tuesday 6 October 2026: "plans a march ... on Thursday" and "is planning
    # a vote on Friday" are days to come, as "plans to march" is; "was planning a march on Sunday"
    # and a plan for a memorial to those who died on Sunday tell the days gone
    text = ("The farmers' union plans a march through the capital on Thursday. "
            "The council is planning a vote on the tram line on Friday. "
            "The group was planning a march on Sunday when police arrived. "
            "The town plans a memorial for the fishermen who drowned on Sunday.")
    found = [t.date for t in find_times(text, split_sentences(text), date(2026, 10, 6))]
    assert found == ["2026-10-08", "2026-10-09", "2026-10-04", "2026-10-04"]
