"""Plain-text cleaning on real reports: exactly the furniture goes, every article line stays."""

from __future__ import annotations

import json
import re

import pytest

from corroborate.ingest import read_inputs
from corroborate.ingest.cleaning import (
    clean_text,
    fix_glued_sentences,
    join_split_contractions,
    normalize_spaces,
)
from corroborate.settings import IngestSettings
from tests.conftest import DRONE_CORPUS, EXAMPLES, REPO

SETTINGS = IngestSettings()
DRONE_GOLD = json.loads((REPO / "evaluation" / "gold" / "ingest-drone-factory-2023.json").read_text())
EXAMPLE_GOLD = json.loads((REPO / "evaluation" / "gold" / "ingest-harbour-blackout.json").read_text())


def _expected(raw: str, gold: dict) -> tuple[list[str], list[str]]:
    """(kept paragraphs, removed lines) the gold says, with spaces normalised independently of the code."""
    kept: list[str] = []
    removed: list[str] = []
    for number, line in enumerate(raw.split("\n"), start=1):
        line = re.sub(r"\s+", " ", line.replace("\u00a0", " ")).strip()
        for before, after in gold.get("fixes", []):
            line = line.replace(before, after)
        line = gold.get("markdown", {}).get(line, line)
        if not line:
            continue
        (removed if str(number) in gold["removed"] else kept).append(line)
    return kept, removed


@pytest.fixture(scope="module")
def drone_documents(drone_corpus):
    documents, skipped = read_inputs([str(drone_corpus)])
    assert skipped == []
    return {document.source.rsplit("/", 1)[-1]: document for document in documents}


@pytest.mark.parametrize("name", sorted(DRONE_GOLD["files"]))
def test_drone_report_loses_exactly_its_furniture_and_no_article_line(drone_documents, name):
    gold = DRONE_GOLD["files"][name]
    raw = (DRONE_CORPUS / name).read_text(encoding="utf-8")
    kept, removed = _expected(raw, gold)
    document = drone_documents[name]
    assert document.boilerplate_removed == removed
    # every article line, in order, is one paragraph of the cleaned text: a lost sentence fails here
    assert document.text.split("\n\n") == kept
    title_line = gold["title"]
    assert document.title == (kept[0] if title_line else None)
    assert document.byline == gold["byline"]
    assert document.dateline == gold["dateline"]


@pytest.mark.parametrize("name", sorted(EXAMPLE_GOLD["files"]))
def test_example_report_loses_exactly_its_furniture(name):
    gold = EXAMPLE_GOLD["files"][name]
    path = EXAMPLES / name
    raw = path.read_text(encoding="utf-8")
    kept, removed = _expected(raw, gold)
    cleaned = clean_text(raw, SETTINGS, markdown=path.suffix == ".md")
    assert cleaned.removed == removed
    assert cleaned.text.split("\n\n") == kept
    assert cleaned.byline == gold["byline"]
    assert cleaned.dateline == gold["dateline"]


def test_drone_captions_credits_and_metadata_are_kept_apart(drone_documents):
    ntd = drone_documents["001_7e207de4fcb0d1a3.txt"]
    assert ntd.credits == ["The Associated Press contributed to this article."]
    assert len(ntd.captions) == 1 and ntd.captions[0].startswith("This image provided by Maxar Technologies")
    assert ntd.captions[0].endswith("(Satellite image ©2023 Maxar Technologies via AP)")
    assert "contributed to this article" not in ntd.text
    assert ntd.text.count("White House Says Iran Helping Russia Build Drone Factory East of Moscow") == 1

    second = drone_documents["002_17ea725e07b18fd2.txt"]
    # the caption and its credit line, two paragraphs apart in the file, are one caption
    assert len(second.captions) == 1 and second.captions[0].endswith("with help from Iran , (Maxar Technologies via AP)")
    assert second.credits == []

    for document in drone_documents.values():
        assert document.published.isoformat() == "2023-06-09"
    assert drone_documents["000_34ae068e586e56d8.txt"].outlet == "Israel National News"
    assert drone_documents["002_17ea725e07b18fd2.txt"].outlet is None


def test_drone_text_has_no_odd_spaces_and_glued_sentences_are_split(drone_documents):
    for document in drone_documents.values():
        assert "\u00a0" not in document.text
        assert "  " not in document.text
        assert "\n\n\n" not in document.text
    text = drone_documents["003_91c378dfe978b2ac.txt"].text
    assert "United Nations. On Friday, Kirby said" in text
    assert "drone production. “Iran’s well-documented" in text
    assert "inside Russia.” The administration" in text
    # abbreviations are not sentence ends
    assert "U.S. intelligence officials" in drone_documents["001_7e207de4fcb0d1a3.txt"].text


def test_drone_document_ids_are_content_hashes(drone_documents):
    from corroborate.model import content_id

    for document in drone_documents.values():
        assert document.id == content_id(document.text)
    assert len({d.id for d in drone_documents.values()}) == 5


# ---------------------------------------------------------------------------------------------
# the rules, one by one, on text written for the case


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("the United Nations.On Friday", "the United Nations. On Friday"),
        ("he said.“We will", "he said. “We will"),
        ("in Russia.”The plan", "in Russia.” The plan"),
        ('he said."The plan', 'he said." The plan'),
        ("Why now?Because", "Why now? Because"),
        ("the U.S.Army said", "the U.S.Army said"),  # an abbreviation, not a sentence end
        ("at 6 a.m.The fire", "at 6 a.m.The fire"),
        ("grew 2.5 percent", "grew 2.5 percent"),
        ("see www.example.Com today", "see www.example.Com today"),
        ("mail press@agency.Org now", "mail press@agency.Org now"),
        ("Mr.Smith arrived", "Mr.Smith arrived"),
    ],
)
def test_glued_sentences(raw, fixed):
    assert fix_glued_sentences(raw) == fixed


@pytest.mark.parametrize(
    ("raw", "joined"),
    [
        ("The mayor didn ’ t sign it", "The mayor didn’t sign it"),
        ("they can ’ t and won ' t", "they can’t and won't"),
        ("I ’ m sure we ’ ll see what they ’ re doing and I ’ ve said she ’ d go", "I’m sure we’ll see what they’re doing and I’ve said she’d go"),
        ("the council ’ s budget", "the council’s budget"),
        ("a 'lovely' garden ' and more", "a 'lovely' garden ' and more"),  # quotation marks, not contractions
        ("the pupils ' results", "the pupils ' results"),  # a plural possessive has no ending to join
        ("the ’ t shape", "the ’ t shape"),  # "t" joins only after "n"
    ],
)
def test_split_contractions_are_joined(raw, joined):
    assert join_split_contractions(raw) == joined


def test_a_split_negation_reaches_the_text_whole():
    cleaned = clean_text("The council didn ’ t approve the budget on Monday.", SETTINGS)
    assert cleaned.text == "The council didn’t approve the budget on Monday."


def test_odd_spaces_are_normalised():
    assert normalize_spaces("their\u00a0 defence\u2009cooperation\u200b here\u00ad\t now ") == "their defence cooperation here now"


def test_byline_only_when_it_is_a_name():
    cleaned = clean_text("By Friday, officials said the plant was ready.\n\nIt opened in May.", SETTINGS)
    assert cleaned.byline is None
    assert cleaned.text.startswith("By Friday, officials said")
    cleaned = clean_text("Dam opens\n\nBy Jane Doe and Omar al Rashid, Staff Writers\n\nThe dam opened on Monday.", SETTINGS)
    assert cleaned.byline == "Jane Doe and Omar al Rashid, Staff Writers"
    assert cleaned.text == "Dam opens\n\nThe dam opened on Monday."


def test_dateline_is_recorded_and_kept_in_the_lede():
    cleaned = clean_text("LONDON, June 9 (Reuters) - Prices rose on Friday, traders said.\n\nMore later.", SETTINGS)
    assert cleaned.dateline == "LONDON, June 9 (Reuters)"
    assert cleaned.text.startswith("LONDON, June 9 (Reuters) - Prices rose")
    assert clean_text("UPDATE - Prices rose on Friday.", SETTINGS).dateline is None
    assert clean_text("BREAKING NEWS: Prices rose on Friday.", SETTINGS).dateline is None
    assert clean_text("NEW DELHI: Prices rose on Friday, traders said.", SETTINGS).dateline == "NEW DELHI"
    assert clean_text("KYIV, Ukraine — Sirens sounded overnight.", SETTINGS).dateline == "KYIV, Ukraine"
    assert clean_text("Officials - not all of them - agreed on Friday.", SETTINGS).dateline is None


def test_a_sentence_about_a_photo_is_not_a_caption():
    raw = "A photo taken by a resident shows smoke over the plant, police said.\n\nThe fire was put out."
    cleaned = clean_text(raw, SETTINGS)
    assert cleaned.captions == [] and cleaned.removed == []
    assert cleaned.text == raw


def test_parenthetical_article_sentence_is_kept_but_desk_note_is_not():
    raw = (
        "The ministry declined to comment.\n\n"
        "(The company did not respond to a request for comment.)\n\n"
        "(This story has been updated to add the minister's statement.)"
    )
    cleaned = clean_text(raw, SETTINGS)
    assert cleaned.text == "The ministry declined to comment.\n\n(The company did not respond to a request for comment.)"
    assert cleaned.removed == ["(This story has been updated to add the minister's statement.)"]


def test_credit_lines_of_several_forms():
    raw = (
        "Rain fell for a week.\n\n"
        "(Reporting by Ana Ruiz; Editing by Tom Lee)\n\n"
        "With files from the Canadian Press\n\n"
        "This story was originally published by the Harbour Times."
    )
    cleaned = clean_text(raw, SETTINGS)
    assert cleaned.text == "Rain fell for a week."
    assert cleaned.credits == [
        "(Reporting by Ana Ruiz; Editing by Tom Lee)",
        "With files from the Canadian Press",
        "This story was originally published by the Harbour Times.",
    ]


def test_article_sentences_that_mention_furniture_words_stay():
    raw = (
        "Ferry fares rise\n\n"
        "The council said readers could sign up for text alerts about ferry delays.\n\n"
        "Share prices of the operator fell 3 percent.\n\n"
        "Market share"
    )
    cleaned = clean_text(raw, SETTINGS)
    assert cleaned.removed == []
    assert cleaned.text == raw


def test_hard_wrapped_prose_is_joined_into_paragraphs():
    raw = (
        "The council met on Monday to discuss the new ferry timetable, which\n"
        "has been criticised by commuters for weeks, and agreed to add two\n"
        "early sailings from the harbour on weekdays from next month on.\n"
        "\n"
        "The mayor welcomed the decision."
    )
    cleaned = clean_text(raw, SETTINGS)
    assert cleaned.text.split("\n\n") == [
        "The council met on Monday to discuss the new ferry timetable, which has been criticised by commuters "
        "for weeks, and agreed to add two early sailings from the harbour on weekdays from next month on.",
        "The mayor welcomed the decision.",
    ]


def test_time_stamp_line_gives_the_date_and_leaves_the_body():
    cleaned = clean_text("Bridge closes for repairs\nPublished: July 29, 2004 at 1:24 PM\nThe bridge closed.", SETTINGS)
    assert cleaned.stamped.isoformat() == "2004-07-29"
    assert cleaned.removed == ["Published: July 29, 2004 at 1:24 PM"]
    assert cleaned.title == "Bridge closes for repairs"
    cleaned = clean_text("9 / 10 / 2010 @ 1:19PM\nBridge closes\nThe bridge closed on Friday.", SETTINGS)
    assert cleaned.stamped.isoformat() == "2010-09-10"
    assert cleaned.title == "Bridge closes"
    # invented: the date first, then the label, on one line
    cleaned = clean_text("12 May 2026 Last updated at 09:14 GMT\nBridge closes\nThe bridge closed on Friday.", SETTINGS)
    assert cleaned.stamped.isoformat() == "2026-05-12"
    assert cleaned.removed == ["12 May 2026 Last updated at 09:14 GMT"]
    assert cleaned.text == "Bridge closes\n\nThe bridge closed on Friday."
    # invented: a clock time joined to the date by a dash; a first and an updated stamp on one line
    cleaned = clean_text("Bridge closes\nMay 12, 2026-4:43 pm\nThe bridge closed on Friday.", SETTINGS)
    assert (cleaned.stamped.isoformat(), cleaned.removed) == ("2026-05-12", ["May 12, 2026-4:43 pm"])
    both = "on May 12, 2026 at 4:31 AM, updated May 12, 2026 at 8:33 AM"
    cleaned = clean_text(f"Bridge closes\n{both}\nThe bridge closed on Friday.", SETTINGS)
    assert (cleaned.stamped.isoformat(), cleaned.removed) == ("2026-05-12", [both])


def test_markdown_markup_is_stripped_and_images_become_captions():
    raw = "# Ferry **delays**\n\n![Passengers wait at the pier](pier.jpg)\n\nSee [the timetable](https://x.example/t) for details.\n\n---"
    cleaned = clean_text(raw, SETTINGS, markdown=True)
    assert cleaned.text == "Ferry delays\n\nSee the timetable for details."
    assert cleaned.title == "Ferry delays"
    assert cleaned.captions == ["Passengers wait at the pier"]


def test_known_title_marks_the_headline_and_its_copies():
    raw = "Quake hits coast\n\nA quake hit the coast.\n\nQUAKE HITS COAST\n\nNo damage was reported."
    cleaned = clean_text(raw, SETTINGS, title="Quake hits coast")
    assert cleaned.text == "Quake hits coast\n\nA quake hit the coast.\n\nNo damage was reported."
    assert cleaned.removed == ["QUAKE HITS COAST"]


def test_furniture_of_other_outlet_styles():
    """Forms the development corpora do not have, written here in the styles of other outlets."""
    raw = "\n".join([
        "Harbour dredging to resume",
        "By JANE MORROW, Associated Writers",
        "Updated 3:15 PM EDT, Sat June 10, 2023",
        "Facebook Twitter Email",
        "LISBON, Portugal (HNA) — Dredging of the harbour channel will resume on Monday after a two-month pause, "
        "the port authority said.",
        "Advertisement",
        "Story continues below advertisement",
        "FILE - A dredger works in the harbour channel in Lisbon, Portugal, on March 3, 2023. (HNA Photo/Rui Costa, File)",
        "Image caption, Dredgers have worked in the channel since 2021",
        "The work had been halted after environmental groups raised concerns about silt.",
        "Related: Fishermen fear for the oyster beds",
        "Editor's note: This story has been corrected to show that the pause lasted two months, not three.",
        "(Reporting by Ana Ruiz; Editing by Tom Lee)",
        "Copyright 2023 Harbour News Agency. All rights reserved.",
    ])
    cleaned = clean_text(raw, SETTINGS)
    assert cleaned.text.split("\n\n") == [
        "Harbour dredging to resume",
        "LISBON, Portugal (HNA) — Dredging of the harbour channel will resume on Monday after a two-month pause, "
        "the port authority said.",
        "The work had been halted after environmental groups raised concerns about silt.",
    ]
    assert cleaned.byline == "JANE MORROW, Associated Writers"
    assert cleaned.dateline == "LISBON, Portugal (HNA)"
    assert cleaned.stamped.isoformat() == "2023-06-10"
    assert cleaned.credits == ["(Reporting by Ana Ruiz; Editing by Tom Lee)"]
    assert cleaned.captions == [
        "FILE - A dredger works in the harbour channel in Lisbon, Portugal, on March 3, 2023. (HNA Photo/Rui Costa, File)",
        "Image caption, Dredgers have worked in the channel since 2021",
    ]
    assert len(cleaned.removed) == 11


@pytest.mark.parametrize(
    "sentence",
    [
        "The company updated its privacy policy on Monday.",
        "The EU's cookie consent rules took effect in 2020.",
        "Copyright law was changed in 2019.",
        "Research by the university found a 40 percent rise.",
        "With input from residents, the council drafted a new plan.",
        "This report was published by the UN on Tuesday.",
        "Support for the plan fell to 40 percent (Reuters/Ipsos poll).",
        "The agency released satellite pictures of the site (see images).",
        "(Kirby's remarks were published on Friday.)",
        "By Christmas, the shelves were empty.",
        "By Air Force standards, the flight was short.",
        "Share the burden, the minister urged.",
        "See the comments from the minister below.",
        "Get ready for daily delays, the operator warned.",
        "Popular anger",
        "Related developments",
        "Register of voters",
        "Follow the river for more than two miles to reach the camp.",
        "Follow the coast path for every mile of the route.",
        "Listen to the rain on the roof of the old mill, the poet wrote.",
    ],
)
def test_article_sentences_that_look_like_furniture_are_kept(sentence):
    raw = f"The vote is on Sunday.\n\n{sentence}\n\nCounting starts at 8 p.m."
    cleaned = clean_text(raw, SETTINGS)
    assert cleaned.removed == []
    assert cleaned.text == raw
    assert cleaned.byline is None and cleaned.credits == [] and cleaned.captions == []


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("(Updated with comment from the ministry in the fifth paragraph)", "removed"),
        ("(Adds quote from the mayor)", "removed"),
        ("(Reporting by Ana Ruiz)", "credit"),
        ("Reporting by Ana Ruiz; Editing by Tom Lee", "credit"),
        ("Additional reporting by Ana Ruiz", "credit"),
        ("Jane Doe contributed reporting from Lisbon.", "credit"),
        ("This article was originally published by The Harbour Times.", "credit"),
        ("Comments (12)", "removed"),
        ("View 23 comments", "removed"),
        ("Privacy policy · Terms of use", "removed"),
        ("By signing up, you agree to our Terms of Service and Privacy Policy.", "removed"),
        ("© 2023 Harbour News Agency", "removed"),
        ("Read more: Ferry fares rise again", "removed"),
        ("Most read", "removed"),
        ("Sound off in the comments below!", "removed"),
        ("Leave your thoughts, ideas and desires in the comments section below.", "removed"),
        ("View more related content", "removed"),
        ("Follow the Harbour Post for more ferry news", "removed"),
        ("Follow the Tidewater Herald for every county cricket score", "removed"),
        ("Listen to both captains again on Estuary FM's catch-up service.", "removed"),
        ("Listen again to the evening bulletin on the Radio Tamar Valley app.", "removed"),
        ("A fisherman mends nets at dawn on Tuesday. (Photo by Rui Costa/Getty Images)", "caption"),
    ],
)
def test_furniture_and_credit_forms(line, kind):
    cleaned = clean_text(f"The vote is on Sunday.\n\n{line}\n\nCounting starts at 8 p.m.", SETTINGS)
    assert cleaned.text == "The vote is on Sunday.\n\nCounting starts at 8 p.m."
    assert cleaned.removed == [line]
    assert cleaned.credits == ([line] if kind == "credit" else [])
    assert cleaned.captions == ([line] if kind == "caption" else [])


def test_markdown_lists_italics_and_code_are_plain_text():
    raw = "Harbour notes\n\n- *Ferries* run again from `Pier 3`.\n- The _old_ quay stays shut.\n\n2 * 3 = 6 and snake_case stays."
    cleaned = clean_text(raw, SETTINGS, markdown=True)
    assert cleaned.text.split("\n\n") == [
        "Harbour notes",
        "Ferries run again from Pier 3.",
        "The old quay stays shut.",
        "2 * 3 = 6 and snake_case stays.",
    ]


def test_a_stamp_line_with_the_outlet_before_the_date_and_a_row_of_buttons_are_furniture():
    raw = ("# Tram line approved\n\n*Harbour Evening Post, Tuesday 4 May 2027*\n\n"
           "The city council approved the tram line on Monday.\n\nShare this story | Subscribe to our evening briefing")
    cleaned = clean_text(raw, SETTINGS, markdown=True)
    assert cleaned.text == "Tram line approved\n\nThe city council approved the tram line on Monday."
    assert cleaned.stamped.isoformat() == "2027-05-04"
    # a sentence that names a paper before a date, or pieces of prose between bars, stays
    kept = ("The vote is on Sunday.\n\nHarbour Evening Post, Tuesday 4 May 2027, reported record sales.\n\n"
            "Turnout rose | The count was slow\n\nCounting starts at 8 p.m.")
    assert clean_text(kept, SETTINGS).removed == []


def test_a_staff_line_that_contributed_from_a_town_is_a_credit():
    # invented: the staff line of a wire story names where its writers worked, not what they wrote
    raw = ("Rain fell for a week.\n\nHarbour Gazette writers Ana Ruiz and Tom Lee contributed from Valdivia.\n\n"
           "Volunteers contributed from the first day of the flood.\n\nCity reporter Ines Moll contributed.")
    cleaned = clean_text(raw, SETTINGS)
    assert cleaned.text == "Rain fell for a week.\n\nVolunteers contributed from the first day of the flood."
    assert cleaned.credits == ["Harbour Gazette writers Ana Ruiz and Tom Lee contributed from Valdivia.",
                               "City reporter Ines Moll contributed."]


def test_a_byline_may_say_where_the_writer_reported_from():
    # invented: a match reporter's byline names the ground, not a sentence of the report
    cleaned = clean_text("Rovers win\n\nBy Jane Doe at Riverside Stadium\n\nRovers won the final on Sunday.", SETTINGS)
    assert cleaned.byline == "Jane Doe at Riverside Stadium"
    assert cleaned.text == "Rovers win\n\nRovers won the final on Sunday."


def test_a_prompt_to_follow_the_outlets_updates_is_furniture():
    # invented: the updates promised are described ("hourly", "live"); a report of following stays
    line = "Follow our flood map for live updates on river levels."
    cleaned = clean_text(f"The river rose overnight.\n\n{line}\n\nSchools are shut.", SETTINGS)
    assert cleaned.removed == [line]
    kept = "Rescuers followed the river for two hours before they found the boat."
    assert clean_text(f"The river rose overnight.\n\n{kept}", SETTINGS).removed == []


@pytest.mark.parametrize("line", [
    "Catch up on all our news bulletins on the Harbour FM app.",
    "Catch-up on every interview on our website.",
    "Catch the full bulletin again on the Harbour FM app.",
])
def test_a_catch_up_pointer_to_the_outlets_player_is_furniture(line):
    # invented: like "Listen again ... on the ... app", a prompt to the outlet's player, not news
    cleaned = clean_text(f"The ferry sailed at noon.\n\n{line}\n\nCatch up on the talks came only on Friday.", SETTINGS)
    assert cleaned.removed == [line]
    assert cleaned.text == "The ferry sailed at noon.\n\nCatch up on the talks came only on Friday."


def test_a_stamp_line_with_the_outlet_before_a_day_without_its_date_is_furniture_and_dates_nothing():
    # invented: the paper prints its name and the weekday only
    raw = ("# Tram line approved\n\n*Harbour Evening Post, Tuesday*\n\n"
           "The city council approved the tram line on Monday.")
    cleaned = clean_text(raw, SETTINGS, markdown=True)
    assert cleaned.text == "Tram line approved\n\nThe city council approved the tram line on Monday."
    assert cleaned.stamped is None
    # a day alone on a line, with no name before it, is left as it is
    assert "Tuesday" in clean_text("Tuesday\n\nThe city council approved the tram line on Monday.", SETTINGS).text


@pytest.mark.parametrize("line", [
    "Hear the full interview in our morning bulletin on the Harbour FM app.",
    "You can hear the whole debate on Harbour FM's Sunday evening programme.",
])
def test_a_pointer_to_hear_an_interview_on_the_outlets_player_is_furniture(line):
    # invented: "Hear ..." and "You can hear ..." point to the outlet's player as "Listen again" does;
    # a sentence of news about hearing stays
    kept = "Residents said they could hear the explosions on the far side of the bay."
    cleaned = clean_text(f"The ferry sailed at noon.\n\n{line}\n\n{kept}", SETTINGS)
    assert cleaned.removed == [line]
    assert cleaned.text == f"The ferry sailed at noon.\n\n{kept}"


@pytest.mark.parametrize("line", [
    "Hear our next news bulletin at one o'clock on Harbour Radio 91.2 FM and on the Harbour Radio app.",
    "Tune in to our next update at six on Harbour FM.",
])
def test_a_pointer_to_the_outlets_next_bulletin_is_furniture(line):
    # invented: a radio's prompt to its next broadcast, with a time and a frequency (the bus-crash
    # probe kept one as a claim); news of a next meeting stays
    kept = "Residents will hear the council's next update on the flood at Monday's meeting."
    cleaned = clean_text(f"The ferry sailed at noon.\n\n{line}\n\n{kept}", SETTINGS)
    assert cleaned.removed == [line]
    assert cleaned.text == f"The ferry sailed at noon.\n\n{kept}"


def test_a_pointer_to_the_outlets_bulletins_with_its_frequency_is_furniture():
    # invented: the station's frequency ("101.2") sits among the words before "on the ... app"
    line = "You can hear our evening news bulletins on Harbour FM 101.2 and on the Harbour FM app."
    kept = "Residents said they could hear the sirens on the far side of the bay."
    cleaned = clean_text(f"The ferry sailed at noon.\n\n{line}\n\n{kept}", SETTINGS)
    assert cleaned.removed == [line]
    assert cleaned.text == f"The ferry sailed at noon.\n\n{kept}"


def test_a_wires_assistance_and_contact_lines_are_staff_lines():
    # invented: a wire story's foot names who helped and how to reach the reporter and the editors;
    # none of it is news, and a sentence of news about contacting someone stays
    raw = (
        "The mill will close in May.\n\n"
        "Workers were told to contact the union for advice.\n\n"
        "--With assistance from Ana Ruiz and Tom Lee.\n\n"
        "To contact the reporter on this story: Ana Ruiz in Lima at aruiz7@example.net\n\n"
        "To contact the editors responsible for this story: Tom Lee at tlee3@example.net"
    )
    cleaned = clean_text(raw, SETTINGS)
    assert cleaned.text == "The mill will close in May.\n\nWorkers were told to contact the union for advice."
    assert cleaned.credits == [
        "--With assistance from Ana Ruiz and Tom Lee.",
        "To contact the reporter on this story: Ana Ruiz in Lima at aruiz7@example.net",
        "To contact the editors responsible for this story: Tom Lee at tlee3@example.net",
    ]


def test_a_staff_list_after_a_dash_is_a_staff_line():
    # invented: a wire story's foot sets its staff list off with a dash; a sentence of news that
    # begins with "reporting by" stays
    raw = (
        "The mill will close in May.\n\n"
        "Reporting by the ministry showed the mill had lost money for years.\n\n"
        "-- Reporting by Ana Ruiz in Lima; editing by Tom Lee\n\n"
        "— Additional reporting by Tom Lee"
    )
    cleaned = clean_text(raw, SETTINGS)
    assert cleaned.text == (
        "The mill will close in May.\n\nReporting by the ministry showed the mill had lost money for years."
    )
    assert cleaned.credits == ["-- Reporting by Ana Ruiz in Lima; editing by Tom Lee", "— Additional reporting by Tom Lee"]


@pytest.mark.parametrize("line", [
    "Stay with Harbour FM for updates through the evening.",
    "Stay tuned to the Valley Echo for the latest on the storm.",
    "Stay with Harbour FM for updates through the evening. You can listen live on the Harbour FM app.",
    "Stay with Valley Radio for full commentary of Saturday's race.",
    "Stay tuned to Coast FM for live coverage of the count.",
    "That's the sport. Stay with Valley Radio for full commentary of Saturday's race.",
    "That's all the news for now.",
])
def test_a_prompt_to_stay_with_the_outlet_is_furniture_even_beside_another_prompt(line):
    # invented: "Stay with ... for updates" asks the listener to keep following the outlet, as "Follow
    # ... for more news" does, and two such prompts may run into one line; news of staying stays
    kept = "Stay with the injured was all the nurses could do. Rescuers stayed with them overnight."
    cleaned = clean_text(f"The ferry sailed at noon.\n\n{line}\n\n{kept}", SETTINGS)
    assert cleaned.removed == [line]
    assert cleaned.text == f"The ferry sailed at noon.\n\n{kept}"


@pytest.mark.parametrize("line", [
    "We will bring you more on this story as we get it.",
    "We'll have the latest for you in our next bulletin at six.",
])
def test_a_promise_of_the_outlets_next_report_is_furniture(line):
    # invented: the sign-off of a radio item promises more of the story (the celebrity-rehab probe:
    # "We will bring you more on this story as we get it." was a claim); a promise of news stays
    kept = "We will bring more buses into service and we will have more drivers, the operator said."
    cleaned = clean_text(f"The ferry sailed at noon.\n\n{line}\n\n{kept}", SETTINGS)
    assert cleaned.removed == [line]
    assert cleaned.text == f"The ferry sailed at noon.\n\n{kept}"


def test_a_programmes_credit_beside_a_prompt_to_listen_again_is_furniture_and_alone_is_not():
    # invented: a radio programme signs off with its credit and a pointer to its player on one line
    # (the celebrity-rehab probe: "... is produced by Baobab FM in Dakar. Listen again on our app."
    # stayed, so both became claims); the same credit alone, or a film's, is news
    line = "Morning Drive is produced by Savanna Radio in Tamale. Listen again on our app."
    cleaned = clean_text(f"The ferry sailed at noon.\n\n{line}", SETTINGS)
    assert cleaned.removed == [line] and cleaned.text == "The ferry sailed at noon."
    for kept in ("Morning Drive is produced by Savanna Radio in Tamale.",
                 "The film is produced by Lagoon Pictures. Shooting starts in May."):
        assert clean_text(f"The ferry sailed at noon.\n\n{kept}", SETTINGS).text == f"The ferry sailed at noon.\n\n{kept}"


def test_an_unnamed_staff_byline_is_a_byline_and_a_sentence_that_starts_alike_is_not():
    # invented (the boat-capsize probe: "By our correspondent, Lampedusa" became a claim of its own)
    cleaned = clean_text("Quay reopens\n\nBy our correspondent, Valletta\n\nThe quay reopened on Monday.", SETTINGS)
    assert cleaned.byline == "our correspondent, Valletta"
    assert cleaned.text == "Quay reopens\n\nThe quay reopened on Monday."
    cleaned = clean_text("Quay reopens\n\nBy our reckoning, the quay reopened too early.\n\nIt was Monday.", SETTINGS)
    assert cleaned.byline is None
    assert cleaned.text.startswith("Quay reopens\n\nBy our reckoning")
    # the diplomat-expulsion probe: "By our Tehran correspondent" (a place or a beat before the role)
    for byline in ("our Tehran correspondent", "our Middle East reporter"):
        cleaned = clean_text(f"Quay reopens\n\nBy {byline}\n\nThe quay reopened on Monday.", SETTINGS)
        assert (cleaned.byline, cleaned.text) == (byline, "Quay reopens\n\nThe quay reopened on Monday.")
    cleaned = clean_text("Quay reopens\n\nBy our own harbour master's count, ten ships left.\n\nIt was Monday.", SETTINGS)
    assert cleaned.byline is None
    # the paper may name itself before the role (the zoo-escape probe: "By a Gazette staff reporter, Jubeiha")
    cleaned = clean_text("Quay reopens\n\nBy a Harbour Herald staff reporter, Valletta\n\nThe quay reopened on Monday.", SETTINGS)
    assert cleaned.byline == "a Harbour Herald staff reporter, Valletta"
    assert cleaned.text == "Quay reopens\n\nThe quay reopened on Monday."
    cleaned = clean_text("Quay reopens\n\nBy a Harbour Herald count, the quay reopened early.\n\nIt was Monday.", SETTINGS)
    assert cleaned.byline is None


@pytest.mark.parametrize("line", [
    "You're listening to Night Desk on Harbour FM.",
    "You're listening to Harbour FM.",
    "You're listening to Harbour FM. More news on the hour, every hour.",
    "Coming up after the break: the fishing fleet returns.",
    "Hear this bulletin again on the Harbour FM app, or subscribe to Night Desk wherever you get your podcasts.",
    "Explore our flood tracker | Donate | Follow us on Mastodon",
    "Forward this briefing to a colleague | Unsubscribe",
])
def test_a_stations_own_voice_and_pointers_to_its_programme_are_furniture(line):
    # invented: a radio names its programme, trails the next item, points to its player and podcast
    # in one line of two prompts; a web page's row of buttons. Sentences of news that open alike stay
    kept = ("You are listening to the people on the ground, the minister told the crowd.\n\n"
            "More news on the flood is expected tonight, the council said.\n\n"
            "Coming up to the vote, the rebels met the whip.\n\nRead our lips, the senator said.")
    cleaned = clean_text(f"The ferry sailed at noon.\n\n{line}\n\n{kept}", SETTINGS)
    assert cleaned.removed == [line]
    assert cleaned.text == f"The ferry sailed at noon.\n\n{kept}"


@pytest.mark.parametrize("line", [
    "Our Europe correspondent, Ana Ruiz, is in Brussels.",
    "Ana Ruiz in Brussels.",
    "Tom Lee reporting from Lima.",
])
def test_a_programmes_hand_over_to_its_reporter_and_the_sign_off_are_furniture(line):
    # invented: a radio script hands over to its correspondent and the correspondent signs off; a
    # headline of a name and a place has no full stop, and a sentence about a reporter says more
    kept = "Record Heat in Seville\n\nOur correspondent is in Kyiv, where the sirens sounded twice, the agency said."
    cleaned = clean_text(f"The ferry sailed at noon.\n\n{line}\n\n{kept}", SETTINGS)
    assert cleaned.removed == [line]
    assert cleaned.text == f"The ferry sailed at noon.\n\n{kept}"


@pytest.mark.parametrize("line", [
    "That was the evening news on Valley Radio. Next bulletin at nine.",
    "That was the news from Coast FM.",
    "Valley Briefing is a free weekly newsletter. Forward it to a friend | Unsubscribe | Read past issues",
    "Forward this email to a friend",
])
def test_a_bulletins_closing_lines_and_a_newsletters_foot_are_furniture(line):
    # invented (the water-contamination probe: a radio bulletin's "That was the evening news on Radio
    # X. Next bulletin at nine." and a newsletter's "X is a free regional newsletter. Forward it to a
    # friend | Unsubscribe | Read past issues" were claims); news that names a newsletter or a
    # bulletin, or what was, stays
    kept = ["That was the news the families had waited for.", "The next bulletin at the hospital is at noon.",
            "Valley Briefing is a free weekly newsletter.", "Forward planning is up to a friend of the mayor."]
    cleaned = clean_text("\n\n".join(["The ferry sailed at noon.", line, *kept]), SETTINGS)
    assert cleaned.removed == [line]
    assert cleaned.text == "\n\n".join(["The ferry sailed at noon.", *kept])


@pytest.mark.parametrize(("line", "label"), [
    ("Our top story: the boil-water notice in the east of the city has been lifted tonight.", "Our top story:"),
    ("Our top story tonight: the singer is in a clinic in Cape Town.", "Our top story tonight:"),
    ("Top story this morning: Parliament has voted to dissolve itself.", "Top story this morning:"),
    ("Leading the news this hour: the port strike is over.", "Leading the news this hour:"),
])
def test_a_bulletins_label_for_its_lead_story_is_furniture_and_the_story_starts_after_it(line, label):
    # invented (the water-contamination probe: a radio's "Our top story: the boil-water notice ...
    # has been lifted" was a claim with the label in it); a sentence that tells of a top story, or a
    # main road, keeps its words
    kept = ["The main story is that prices fell.", "Main street: closed until Friday, the council said.",
            "The top story on the website was about the strike."]
    cleaned = clean_text("\n\n".join(["Radio Valley news, Tuesday evening", line, *kept]), SETTINGS)
    story = line[len(label) + 1:]
    assert cleaned.removed == [label]
    assert cleaned.text == "\n\n".join(["Radio Valley news, Tuesday evening", story[0].upper() + story[1:], *kept])
