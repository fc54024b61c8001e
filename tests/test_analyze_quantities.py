"""Quantities on real sentences: units normalised with the written value kept, vague amounts as
flagged ranges, money, durations and counted nouns."""

from __future__ import annotations

from dataclasses import replace

import pytest

from corroborate.analyze.nlp import load_pipeline
from corroborate.analyze.quantities import find_quantities
from corroborate.analyze.sentences import split_sentences
from corroborate.settings import DEFAULT_SETTINGS
from tests.conftest import DRONE_CORPUS


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(DEFAULT_SETTINGS.analyze)


def _quantities(nlp, name: str):
    path = DRONE_CORPUS / name
    if not path.exists():
        pytest.skip("shared corpus not found")
    text = path.read_text(encoding="utf-8")
    found = find_quantities(text, split_sentences(text), nlp(text))
    for q in found:
        assert text[q.start : q.end] == q.text
    return {q.text: q for q in found}


def test_miles_and_kilometres_meet_as_kilometres(nlp):
    found = _quantities(nlp, "004_934ce57bc68181b9.txt")
    miles, km = found["about 680 miles"], found["1100 km"]
    assert miles.unit == km.unit == "km" and miles.kind == "length"
    assert miles.value == pytest.approx(1094.35, abs=0.01)
    assert (miles.original_value, miles.original_unit, miles.approximate, miles.vague) == (
        680.0,
        "mile",
        True,
        False,
    )
    assert km.value == 1100.0 and not km.approximate
    assert abs(miles.value - km.value) / km.value < 0.01  # the two figures agree


def test_vague_amounts_are_flagged_ranges(nlp):
    found = _quantities(nlp, "000_34ae068e586e56d8.txt")
    several = found["several hundred miles"]
    assert several.vague and several.value is None and several.unit == "km"
    assert several.low == pytest.approx(300 * 1.609344, abs=0.01)
    assert several.high == pytest.approx(900 * 1.609344, abs=0.01)
    assert several.original_unit == "mile"
    found = _quantities(nlp, "004_934ce57bc68181b9.txt")
    drones = found["hundreds of"]
    assert (drones.vague, drones.low, drones.high, drones.unit) == (True, 200, 999, "drone")
    money = found["billions of dollars"]
    assert (money.kind, money.unit, money.vague, money.low) == ("money", "USD", True, 2_000_000_000)
    found = _quantities(nlp, "002_17ea725e07b18fd2.txt")
    assert (found["dozens of"].low, found["dozens of"].high, found["dozens of"].unit) == (24, 99, "civilian")
    assert (found["a few months"].kind, found["a few months"].vague) == ("duration", True)
    assert found["several hundred kilometers"].low == 300.0


def test_counts_durations_and_approximations(nlp):
    found = _quantities(nlp, "001_7e207de4fcb0d1a3.txt")
    assert (found["400"].value, found["400"].unit, found["400"].kind) == (400.0, "drone", "count")
    assert "35" not in " ".join(found) and "130" not in " ".join(found)  # Su-35, YAK-130 are names
    found = _quantities(nlp, "000_34ae068e586e56d8.txt")
    assert (found["50-year"].value, found["50-year"].unit, found["50-year"].kind) == (
        50.0,
        "year",
        "duration",
    )
    found = _quantities(nlp, "003_91c378dfe978b2ac.txt")
    nearly = found["nearly 14 million"]
    assert (nearly.value, nearly.unit, nearly.approximate) == (14_000_000.0, "people", True)
    assert "2022" not in found  # a year, not a count


@pytest.mark.parametrize("components", [("ner",), ("tok2vec", "tagger", "ner")])
def test_counted_nouns_from_word_shapes_or_from_tags(components):
    nlp = load_pipeline(replace(DEFAULT_SETTINGS.analyze, spacy_components=components))
    text = (
        "U.S. intelligence estimates that hundreds of operational one-way attack drones have been shipped. "
        "He struck two other vehicles a few blocks away. Hansbrough scored 20 points Thursday night."
    )
    found = {q.text: q.unit for q in find_quantities(text, split_sentences(text), nlp(text))}
    assert found == {"hundreds of": "drone", "two": "vehicle", "a few": "block", "20": "point"}


def test_ranges_money_and_percentages(nlp):
    text = "Officials said $5 billion, up 3.5% or 12 percent, reached between 10 and 20 ports and more than 400 drones."
    found = {q.text: q for q in find_quantities(text, split_sentences(text), nlp(text))}
    assert (found["$5 billion"].value, found["$5 billion"].unit) == (5e9, "USD")
    assert found["3.5%"].unit == found["12 percent"].unit == "%"
    assert (
        found["between 10 and 20"].low,
        found["between 10 and 20"].high,
        found["between 10 and 20"].unit,
    ) == (10, 20, "port")
    assert (found["more than 400"].low, found["more than 400"].high, found["more than 400"].value) == (
        400,
        None,
        None,
    )


@pytest.mark.parametrize("components", [("ner",), ("tok2vec", "tagger", "ner")])
def test_a_part_counts_what_its_whole_counts(components):
    # invented sentences: "N of the X's M nouns" and "N nouns out of M" both give part N of whole M
    nlp = load_pipeline(replace(DEFAULT_SETTINGS.analyze, spacy_components=components))
    text = (
        "Nine of the ferry's 30 lifeboats were launched before dawn. "
        "Crews launched nine lifeboats out of 30, the coastguard said. "
        "Two of its 17 turbines failed, and 3 out of 4 engineers stayed. Five of them left."
    )
    found = [(q.text, q.unit) for q in find_quantities(text, split_sentences(text), nlp(text))]
    assert found == [
        ("Nine", "lifeboat"), ("30", "lifeboat"),
        ("nine", "lifeboat"), ("30", "lifeboat"),
        ("Two", "turbine"), ("17", "turbine"), ("3", "engineer"), ("4", "engineer"),
        ("Five", None),
    ]


def test_an_earthquake_magnitude_is_a_measure_before_or_after_its_number():
    # invented; "magnitude 6.1" was read as a count of the next noun ("6.1 eastern")
    found = {q.text: (q.unit, q.kind, q.value) for q in find_quantities(
        "A magnitude 6.1 earthquake hit the coast, after a 5.4-magnitude foreshock and a 4.9 magnitude aftershock.", [])}
    assert found == {
        "6.1": ("magnitude", "magnitude", 6.1),
        "5.4-magnitude": ("magnitude", "magnitude", 5.4),
        "4.9 magnitude": ("magnitude", "magnitude", 4.9),
    }


def test_a_number_in_a_name_is_no_count(nlp):
    # invented: "Route 9" and "Flight 214" name a road and a flight; the counts around them stay
    text = ("Route 9 stayed closed after the storm. Flight 214 landed with 86 passengers on board. "
            "Storm Cuts Power To 4,000 Homes. Only 12 boats left the harbour.")
    found = [(q.text, q.unit) for q in find_quantities(text, split_sentences(text), nlp(text))]
    assert found == [("86", "passenger"), ("4,000", "home"), ("12", "boat")]


def test_half_years_compound_terms_and_dollars_of_other_countries(nlp):
    # invented; "six and a half years" was read as a count of 6 "years", "three years and three
    # months" as two terms, and "A$3.4 million" as no amount at all
    text = (
        "The builder was given four and a half years, of which he must serve two years and nine months. "
        "A year and a half on, C$2.5 million was still missing, as were 300 New Zealand dollars. "
        "The hearing took an hour and a half."
    )
    found = [(q.text, q.kind, q.unit, q.value) for q in find_quantities(text, split_sentences(text), nlp(text))]
    assert found == [
        ("four and a half years", "duration", "year", 4.5),
        ("two years and nine months", "duration", "month", 33.0),
        ("A year and a half", "duration", "year", 1.5),
        ("C$2.5 million", "money", "CAD", 2_500_000.0),
        ("300 New Zealand dollars", "money", "NZD", 300.0),
        ("an hour and a half", "duration", "hour", 1.5),
    ]


def test_a_price_of_one_item_is_another_measure_than_a_total_and_a_fraction_of_a_scale_is_a_fraction(nlp):
    # invented; "12.40 pounds a share" was the same measure as the "2.1 billion pounds" the bid is
    # worth, and "a quarter of a billion" read as a billion
    text = (
        "Harlow Foods offered 12.40 pounds sterling a share for the bakery chain, valuing it at 2.1 billion pounds sterling. "
        "Brent crude rose to $88 per barrel, and a 9-dollar-a-ticket levy raised $40 million a year. "
        "The chain will spend a quarter of a billion euros on new ovens and half a billion dollars on shops. "
        "The club paid 12 million euros a few weeks ago."
    )
    found = [(q.text, q.unit, q.value) for q in find_quantities(text, split_sentences(text), nlp(text))]
    assert [f for f in found if f[1] != "week"] == [
        ("12.40 pounds sterling a share", "GBP/share", 12.4), ("2.1 billion pounds sterling", "GBP", 2.1e9),
        ("$88 per barrel", "USD/barrel", 88.0), ("9-dollar-a-ticket", "USD/ticket", 9.0), ("$40 million", "USD", 4e7),
        ("a quarter of a billion euros", "EUR", 2.5e8), ("half a billion dollars", "USD", 5e8),
        ("12 million euros", "EUR", 1.2e7),
    ]


def test_a_share_in_n_in_m_is_a_percentage_and_a_gap_before_than_is_no_count(nlp):
    # invented: "three in ten" is a share (30%), not counts of 3 and 10; "four more than" is a gap
    text = ("Roughly three in ten voters stayed home, and one in five ballots was spoiled. "
            "The ferry carried 52 passengers, four more than the manifest listed. "
            "Two in 10 days is the record.")
    found = [(q.text, q.value, q.unit, q.kind, q.approximate) for q in find_quantities(text, split_sentences(text), nlp(text))]
    assert found == [
        ("Roughly three in ten", 30.0, "%", "percent", True),
        ("one in five", 20.0, "%", "percent", True),
        ("52", 52.0, "passenger", "count", False),
        ("Two", 2.0, None, "count", False),
        ("10 days", 10.0, "day", "duration", False),
    ]


def test_a_currency_named_with_its_country_is_money(nlp):
    # invented: "Danish kroner" and "Swedish kronor" are currencies, not things counted
    text = "The fund lost 37 million Danish kroner and 12 million Swedish kronor last year."
    found = {q.text: q for q in find_quantities(text, split_sentences(text), nlp(text))}
    assert [(q.value, q.unit, q.kind) for q in found.values()] == [(37e6, "DKK", "money"), (12e6, "SEK", "money")]


def test_a_model_designation_and_a_clock_time_are_no_counts(nlp):
    # invented: "AK 47" and "F 16" name models; "0400 GMT" is a moment; the counts around them stay
    text = ("Marines seized nine AK 47 rifles and two F 16 manuals from the boat. "
            "Polls opened at 9 a.m. local time (0400 GMT) and 1,200 voters came in the first hour.")
    found = [(q.text, q.value, q.unit) for q in find_quantities(text, split_sentences(text), nlp(text))]
    assert found == [("nine", 9.0, "rifle"), ("two", 2.0, "manual"), ("1,200", 1200.0, "voter")]


def test_basis_points_and_fractions_of_a_point_are_percentage_points(nlp):
    # invented: "40 basis points" was a count of 40 "points", and "half a percentage point",
    # "a quarter-point rise" and "three-quarters of a percentage point" were no quantity at all
    text = ("The central bank of Ruritania raised its rate by 40 basis points, after a quarter-point rise in March. "
            "Markets had priced in half a percentage point, and some three-quarters of a percentage point. "
            "The ferry sailed half a mile.")
    found = [(q.text, q.unit, q.kind, q.value) for q in find_quantities(text, split_sentences(text), nlp(text))]
    assert found == [
        ("40 basis points", "percentage point", "percent", 0.4),
        ("quarter-point", "percentage point", "percent", 0.25),
        ("half a percentage point", "percentage point", "percent", 0.5),
        ("three-quarters of a percentage point", "percentage point", "percent", 0.75),
        ("half a mile", "km", "length", 0.80467),
    ]


def test_a_grade_written_before_its_number_is_a_measure():
    # invented: "Phase 3" was read as a count of the next noun ("3 study") or not at all; a trial's
    # phase and a storm's category are grades, so "Phase 2" and "Phase 3" can disagree
    found = {q.text: (q.unit, q.kind, q.value) for q in find_quantities(
        "The Phase 3 study of 410 patients began after a phase 2 trial, as a Category 4 storm neared.", [])}
    assert found == {
        "3": ("phase", "grade", 3.0),
        "410": (None, "count", 410.0),  # no parse here to name what it counts
        "2": ("phase", "grade", 2.0),
        "4": ("category", "grade", 4.0),
    }


def test_millimetres_and_centimetres_are_lengths_that_meet_inches(nlp):
    # invented: rainfall is told in millimetres in one report and in inches in another; both are
    # lengths, so the two can be compared ("254 millimetres" is 10 inches)
    text = "Some 254 millimetres of rain fell on the town, and 3 mm more overnight. Snow lay 40 centimetres deep. Nearly 10 inches fell."
    found = [(q.text, q.unit, q.kind, round(q.value * 1e6, 3) if q.value is not None else None)
             for q in find_quantities(text, split_sentences(text), nlp(text))]
    assert found == [
        ("Some 254 millimetres", "km", "length", 254.0), ("3 mm", "km", "length", 3.0),
        ("40 centimetres", "km", "length", 400.0), ("Nearly 10 inches", "km", "length", 254.0),
    ]


def test_a_number_hyphened_to_a_noun_counts_that_noun(nlp):
    # invented: "a three-judge panel" counts judges, not panels, and was not read at all; a fraction
    # ("two-thirds"), a score ("3-1") and words that count nothing ("100-strong", "two-pronged") stay out
    text = ("A three-judge panel heard the appeal, and the 12-member board needed a two-thirds majority. "
            "A 100-strong crowd cheered the 3-1 win of the two-pronged attack.")
    found = [(q.text, q.unit, q.kind, q.value) for q in find_quantities(text, split_sentences(text), nlp(text))]
    assert found == [("three-judge", "judge", "count", 3.0), ("12-member", "member", "count", 12.0)]


@pytest.mark.parametrize("components", [("ner",), ("tok2vec", "tagger", "ner")])
def test_a_count_of_nationals_counts_their_nationality(components):
    # invented: a participle before a plural name ("nine injured Norwegians") was read as the noun,
    # a participle after it ("Four Norwegians held") too, and "Norwegian citizens" and "Norwegians"
    # counted two things; all four count Norwegians
    nlp = load_pipeline(replace(DEFAULT_SETTINGS.analyze, spacy_components=components))
    text = ("The storm left nine injured Norwegians in hospital. Four Norwegians held at the border were sent home. "
            "Police stopped five Norwegian citizens and 12 British nationals. They hired 11 Estelle unit employees.")
    found = {q.text: q.unit for q in find_quantities(text, split_sentences(text), nlp(text))}
    assert found == {"nine": "norwegian", "Four": "norwegian", "five": "norwegian", "12": "british", "11": "employee"}


def test_temperatures_in_celsius_and_fahrenheit_meet_on_one_scale():
    # invented: a heatwave told in both scales. Fahrenheit is Celsius with an offset as well as a
    # factor ((F - 32) * 5/9); "degrees" alone and a letter apart from the digits are no scale, and
    # "four F-35s" is no temperature
    text = ("It hit 41.5C in the town, or 106.7 degrees Fahrenheit, and minus 3C on the pass, "
            "while 104°F was forecast. Four F-35s flew over at 38 degrees and 30 C.")
    found = [(q.text, q.unit, q.kind, q.value, q.original_value) for q in find_quantities(text, split_sentences(text))]
    assert found == [
        ("41.5C", "°C", "temperature", 41.5, 41.5),
        ("106.7 degrees Fahrenheit", "°C", "temperature", 41.5, 106.7),
        ("3C", "°C", "temperature", -3.0, -3.0),
        ("104°F", "°C", "temperature", 40.0, 104.0),
        ("Four", None, "count", 4.0, None),
        ("38", None, "count", 38.0, None),
        ("30", None, "count", 30.0, None),
    ]
    # a sign is no letter: "4.2%" stays a share
    assert [(q.text, q.unit) for q in find_quantities("Shares closed 4.2% lower.", [])] == [("4.2%", "%")]


def test_a_number_of_hundreds_written_out_with_its_rest_is_one_number(nlp):
    # invented: news style spells out a number that opens a sentence ("A hundred and twenty-one
    # countries ..."). The "and" after the hundreds was read as a range from 100 down to 21, which
    # looked like a score and was dropped, and a lone "a" before a scale was taken for an article
    text = ("A hundred and twenty-one delegates voted. Two hundred and 12 lorries waited. "
            "A hundred volunteers helped, and between a hundred and 300 fans stayed.")
    found = [(q.text, q.value, q.low, q.high, q.unit) for q in find_quantities(text, split_sentences(text), nlp(text))]
    assert found == [
        ("A hundred and twenty-one", 121.0, 121.0, 121.0, "delegate"),
        ("Two hundred and 12", 212.0, 212.0, 212.0, "lorry"),
        ("A hundred", 100.0, 100.0, 100.0, "volunteer"),
        ("between a hundred and 300", None, 100.0, 300.0, "fan"),
    ]


def test_a_term_in_hours_and_minutes_written_without_and_is_one_term(nlp):
    # invented; "1 hour 55 minutes" was read as a duration of 1 hour (and another of 55 minutes),
    # so it disagreed with "115 minutes", the same length
    text = ("The flight took 1 hour 55 minutes, or 115 minutes in all. "
            "The siege lasted four hours and 20 minutes. The swim took 3 minutes 12 seconds.")
    found = [(q.text, q.kind, q.unit, q.value) for q in find_quantities(text, split_sentences(text), nlp(text))]
    assert found == [
        ("1 hour 55 minutes", "duration", "minute", 115.0),
        ("115 minutes", "duration", "minute", 115.0),
        ("four hours and 20 minutes", "duration", "minute", 260.0),
        ("3 minutes 12 seconds", "duration", "second", 192.0),
    ]


def test_a_bare_count_after_and_counts_the_noun_of_the_count_before(nlp):
    # invented: "and 14 were trapped" leaves out the noun of "Three miners were killed"; a bare
    # count that a verb does not follow ("and 40 in all") or whose partner names no noun keeps none
    text = ("Three miners were killed and 14 were trapped, officials said. Two guards died, and 6 are in hospital. "
            "Crews cleared 12 roads and 40 in all. The wall was 38 metres long and 30 were built.")
    found = [(q.text, q.unit) for q in find_quantities(text, split_sentences(text), nlp(text))]
    assert found == [("Three", "miner"), ("14", "miner"), ("Two", "guard"), ("6", "guard"), ("12", "road"),
                     ("40", None), ("38 metres", "km"), ("30", None)]


def test_currencies_of_asia_africa_and_latin_america_are_money(nlp):
    # invented: "RM180 million" and "180 million ringgit" are one sum; "Rs 500" is rupees; baht, rand,
    # reais and a peso named with its country are money, not things counted
    text = ("The developer owes RM180 million, or 180 million ringgit, to its lenders. "
            "Tickets cost Rs 500 and the fine was 1.2 billion baht. "
            "The miner paid 40 million rand, 25 million reais and 300 million Mexican pesos in taxes.")
    found = [(q.text, q.value, q.unit, q.kind) for q in find_quantities(text, split_sentences(text), nlp(text))]
    assert found == [
        ("RM180 million", 180e6, "MYR", "money"),
        ("180 million ringgit", 180e6, "MYR", "money"),
        ("Rs 500", 500.0, "INR", "money"),
        ("1.2 billion baht", 1.2e9, "THB", "money"),
        ("40 million rand", 40e6, "ZAR", "money"),
        ("25 million reais", 25e6, "BRL", "money"),
        ("300 million Mexican pesos", 300e6, "MXN", "money"),
    ]


def test_a_running_time_is_one_duration_in_seconds_and_a_time_of_day_is_none(nlp):
    # invented: a marathon winner's time, a swimmer's, and a start time with its clock
    text = ("Chebet won the Valencia marathon in 2:05:41, ahead of Tola in 2:06:02.4. "
            "Moreau swam 1:43.21 in the heats. The race started at 08:30:00 CET.")
    found = [(q.text, q.value, q.unit, q.kind) for q in find_quantities(text, split_sentences(text), nlp(text))]
    assert found == [
        ("2:05:41", 7541.0, "second", "duration"),
        ("2:06:02.4", 7562.4, "second", "duration"),
        ("1:43.21", 103.21, "second", "duration"),
    ]


def test_amounts_of_data_are_one_measure_in_gigabytes(nlp):
    # invented: a leak told in terabytes and in gigabytes is one measure, megabytes too; "GB" as a
    # team's name counts nothing
    text = ("The hackers say they stole 1.5 terabytes of files, or 1,500 gigabytes. A later post claimed 800GB, "
            "and a 2TB drive was seized with 350 MB of logs. The GB team won 3 medals.")
    found = [(q.text, q.value, q.unit, q.kind) for q in find_quantities(text, split_sentences(text), nlp(text))]
    assert found == [
        ("1.5 terabytes", 1500.0, "GB", "data"),
        ("1,500 gigabytes", 1500.0, "GB", "data"),
        ("800GB", 800.0, "GB", "data"),
        ("2TB", 2000.0, "GB", "data"),
        ("350 MB", 0.35, "GB", "data"),
        ("3", 3.0, "medal", "count"),
    ]


def test_new_taiwan_dollars_are_money(nlp):
    # invented: "NT$" was no currency symbol, so "NT$3.5 billion" was no amount at all and a sum in
    # Taiwan dollars was never set against the same sum in US dollars
    text = ("The insurer paid NT$3.5 billion, or 3.5 billion New Taiwan dollars, for the flood. "
            "A ticket costs 800 Taiwan dollars.")
    found = [(q.text, q.value, q.unit, q.kind) for q in find_quantities(text, split_sentences(text), nlp(text))]
    assert found == [
        ("NT$3.5 billion", 3.5e9, "TWD", "money"),
        ("3.5 billion New Taiwan dollars", 3.5e9, "TWD", "money"),
        ("800 Taiwan dollars", 800.0, "TWD", "money"),
    ]


def test_a_measure_per_item_is_a_rate_and_as_many_repeats_a_number(nlp):
    # invented: "4.1 yards per carry" is no distance gained in all (ECB+: a running back's average
    # against his season's yards), while a rate over time stays the measure; "the second in as many
    # days" repeats the number before it and is no figure of "many" days, but "as many as" bounds one
    text = ("Dale Orr averaged 4.1 yards per carry and caught passes for 66 yards. "
            "The well gave 40 litres a minute, and 300 litres per household were handed out. "
            "It was the second crash in as many days. As many as 30 people were hurt.")
    found = [(q.text, q.unit, q.kind, q.high) for q in find_quantities(text, split_sentences(text), nlp(text))]
    assert found == [
        ("4.1 yards per carry", "km/carry", "length", 0.00374904),
        ("66 yards", "km", "length", 0.0603504),
        ("40 litres", "l", "volume", 40.0),
        ("300 litres per household", "l/household", "volume", 300.0),
        ("As many as 30", "people", "count", 30.0),
    ]


def test_energy_and_power_are_measures_in_kilowatt_hours_and_kilowatts(nlp):
    # invented: "kWh" and "kilowatt-hour" were no units (product-launch probe), so a battery's
    # capacity was a count of "pack"s or no quantity at all, and two reports' capacities never met
    text = ("The scooter has a 2.5-kilowatt-hour battery and a 3 kW motor. "
            "The depot stores 1.5 MWh in a 40 kWh module rack fed by a 250-kilowatt charger.")
    found = [(q.text, q.value, q.unit, q.kind) for q in find_quantities(text, split_sentences(text), nlp(text))]
    assert found == [
        ("2.5-kilowatt-hour", 2.5, "kWh", "energy"),
        ("3 kW", 3.0, "kW", "power"),
        ("1.5 MWh", 1500.0, "kWh", "energy"),
        ("40 kWh", 40.0, "kWh", "energy"),
        ("250-kilowatt", 250.0, "kW", "power"),
    ]


def test_a_level_written_before_its_number_is_a_grade():
    # invented: a rating on a scale of levels ("rated level 4", "an alert level 3 warning") was a
    # bare count with no noun (the radiation-leak probe's "level 2" / "level 3" on the INES scale);
    # a level is a grade like a phase or a category, while "a seven-level scale" still counts levels
    found = {q.text: (q.unit, q.kind, q.value) for q in find_quantities(
        "Inspectors rated the event level 4 on a seven-level scale, and an alert level 3 warning stayed in force.", [])}
    assert found == {
        "4": ("level", "grade", 4.0),
        "seven-level": ("level", "count", 7.0),
        "3": ("level", "grade", 3.0),
    }


def test_kilos_are_kilograms(nlp):
    # invented: "kilos" and "kgs" were no units (the drug-seizure probe: "some 2,300 kilos of cocaine"
    # was a count of kilos, never set against "1.8 tonnes"), while "kilograms" and "tonnes" were mass
    text = "Police found 340 kilos of heroin and a further 12 kgs of opium, about 0.35 tonnes in all."
    found = [(q.text, q.value, q.unit, q.kind) for q in find_quantities(text, split_sentences(text), nlp(text))]
    assert found == [
        ("340 kilos", 340.0, "kg", "mass"),
        ("12 kgs", 12.0, "kg", "mass"),
        ("about 0.35 tonnes", 350.0, "kg", "mass"),
    ]


def test_the_teens_are_read_whole_and_not_as_the_one_they_begin_with():
    # invented: "four" begins "fourteen", as "six", "seven", "eight" and "nine" begin their teens; the
    # shorter word took the match and the number was dropped (the landslide probe's "Fourteen people")
    found = [(q.text, q.value) for q in find_quantities(
        "Fourteen pupils, sixteen teachers, seventeen drivers, eighteen nurses, nineteen cooks and four dogs were rescued.", [])]
    assert found == [("Fourteen", 14.0), ("sixteen", 16.0), ("seventeen", 17.0), ("eighteen", 18.0), ("nineteen", 19.0),
                     ("four", 4.0)]


def test_lakh_and_crore_are_scales_and_the_indian_grouping_is_one_number(nlp):
    # invented: "Rs 3 lakh" was 3 rupees, "2.5 lakh pilgrims" 2.5 pilgrims and "Rs 4.7 crore" 4.7
    # rupees; "1,25,000" (the Indian grouping) was read as 1; "lakhs of" is vague like "hundreds of"
    text = ("The board will pay Rs 3 lakh to each household and Rs 1,25,000 to each shopkeeper. "
            "Nearly 2.5 lakh pilgrims came, and the fair cost Rs 4.7 crore. Lakhs of worshippers bathed.")
    found = {q.text: q for q in find_quantities(text, split_sentences(text), nlp(text))}
    assert [(q.value, q.unit) for q in (found["Rs 3 lakh"], found["Rs 1,25,000"], found["Rs 4.7 crore"])] == [
        (300000.0, "INR"), (125000.0, "INR"), (47000000.0, "INR")]
    assert (found["Nearly 2.5 lakh"].value, found["Nearly 2.5 lakh"].unit) == (250000.0, "pilgrim")
    assert (found["Lakhs of"].low, found["Lakhs of"].vague) == (200000, True)


def test_an_hour_and_its_minutes_before_the_part_of_the_day_is_a_time_not_a_count(nlp):
    # invented: "shortly after 5.30 in the morning" was a count of 5.3; a figure with no minutes stays
    text = "The roof gave way shortly after 5.30 in the morning, and 12 in the morning shift were hurt."
    found = [(q.text, q.value) for q in find_quantities(text, split_sentences(text), nlp(text))]
    assert found == [("12", 12.0)]


def test_an_approximator_stays_in_its_paragraph(nlp):
    # invented (the diplomat-expulsion probe: a headline ending "as visa row boils over" made the
    # lede's "Six Austrian diplomats" "over\n\nSix", more than six); a line break inside a paragraph
    # still joins "more than" to its figure
    text = "Ferry row boils over\n\nSix ferries stayed in port on Monday.\n\nThe strike cost more than\n400 crossings."
    found = {q.text: q for q in find_quantities(text, split_sentences(text), nlp(text))}
    assert (found["Six"].low, found["Six"].high, found["Six"].approximate) == (6.0, 6.0, False)
    assert (found["more than\n400"].low, found["more than\n400"].high) == (400.0, None)
