"""Origins on the real drone-factory reports, end to end, and the rules that decide them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from corroborate.analyze import analyze_documents
from corroborate.group import group_stories
from corroborate.group.origins import find_origins
from corroborate.ingest import read_inputs
from corroborate.model import AnalyzedDocument, Document
from corroborate.settings import DEFAULT_SETTINGS
from tests.conftest import DRONE_CORPUS


@pytest.fixture(scope="session")
def drone_analyzed(drone_corpus) -> list[AnalyzedDocument]:
    documents, _ = read_inputs([str(DRONE_CORPUS)])
    return analyze_documents(documents, DEFAULT_SETTINGS)


@pytest.fixture(scope="session")
def drone_stories(drone_analyzed):
    return group_stories(drone_analyzed, DEFAULT_SETTINGS)


def file_of(analyzed: list[AnalyzedDocument], document_id: str) -> str:
    document = next(a.document for a in analyzed if a.id == document_id)
    return Path(document.source).name[:3]


def test_the_five_reports_are_one_story(drone_analyzed, drone_stories):
    assert len(drone_stories) == 1
    assert sorted(file_of(drone_analyzed, d) for d in drone_stories[0].documents) == ["000", "001", "002", "003", "004"]


def test_origins_three_reports_of_one_wire_story_and_two_independent_reports(drone_analyzed, drone_stories):
    story = drone_stories[0]
    found = sorted(
        (sorted(file_of(drone_analyzed, d) for d in origin.documents), origin.credit) for origin in story.origins
    )
    assert found == [
        (["000", "001", "002"], "The Associated Press"),
        (["003"], None),
        (["004"], "Anadolu Agency"),
    ]
    assert all(origin.evidence for origin in story.origins)


def test_origin_evidence_quotes_credit_lines_passages_and_structure(drone_stories):
    wire = next(o for o in drone_stories[0].origins if len(o.documents) == 3)
    text = "\n".join(wire.evidence)
    assert "“The Associated Press contributed to this article.”" in text
    assert "quoted by The Associated Press" in text
    assert "“Iran is providing Russia with materials to build a drone manufacturing plant east of Moscow”" in text
    assert "the ledes mean the same" in text
    agency = next(o for o in drone_stories[0].origins if o.credit == "Anadolu Agency")
    assert any("WASHINGTON (AA)" in line for line in agency.evidence)
    assert any("shares only quoted words" in line and "not copying" in line for line in agency.evidence)


def test_the_spokesman_statement_is_a_shared_quoted_passage(drone_analyzed, drone_stories):
    story = drone_stories[0]
    by_id = {a.id: a for a in drone_analyzed}
    quoted = [p for p in story.shared_passages if p.quoted]
    assert any("full-scale defense partnership" in p.text for p in quoted)
    for passage in story.shared_passages:
        assert by_id[passage.document_a].text[passage.start_a : passage.end_a] == passage.text


def plain(document_id: str, text: str) -> AnalyzedDocument:
    """A document without analysis: origins fall back to splitting sentences themselves."""
    return AnalyzedDocument(Document(id=document_id, text=text, sources=[document_id]))


def without_captions(text: str) -> str:
    """What ingest sets aside: the photo captions two outlets may take from one photo service."""
    return "\n".join(line for line in text.splitlines() if not line.startswith(("This image", "(Maxar", "(Satellite")))


def test_a_rewrite_without_credit_lines_is_found_by_its_structure(drone_corpus):
    texts = {p.name[:3]: without_captions(p.read_text(encoding="utf-8")) for p in sorted(drone_corpus.glob("*.txt"))}
    uncredited = {
        "001": texts["001"].replace("The Associated Press contributed to this article.", "").replace(" via AP", ""),
        "002": texts["002"].replace(", according to The Associated Press", "").replace(" via AP", ""),
        "003": texts["003"],
        "004": texts["004"].replace(" (AA)", ""),
    }
    origins, _ = find_origins("s", [plain(k, v) for k, v in uncredited.items()], DEFAULT_SETTINGS)
    assert sorted(sorted(o.documents) for o in origins) == [["001", "002"], ["003"], ["004"]]
    rewrite = next(o for o in origins if len(o.documents) == 2)
    assert rewrite.credit is None
    assert any("follows the structure" in line for line in rewrite.evidence)


def test_two_independent_reports_quoting_one_statement_stay_separate_origins():
    statement = ("“We will not rest until every family has a roof over its head before the winter, and we are "
                 "sending two hundred engineers to the valley this week,” the governor said.")
    first = ("Floods cut the only road into the valley on Sunday, stranding about 3,000 residents. "
             f"{statement} Local farmers said their harvest was lost under the mud.")
    second = ("Rescue boats reached the flooded villages late on Monday after two days of rain. "
              f"{statement} The regional hospital has opened an emergency ward for the injured.")
    origins, passages = find_origins("s", [plain("first", first), plain("second", second)], DEFAULT_SETTINGS)
    assert sorted(o.documents for o in origins) == [["first"], ["second"]]
    assert passages and all(p.quoted for p in passages)


def test_the_team_example_wire_story_and_its_rewrites_are_one_origin(examples_dir):
    """examples/harbour-blackout.answers.md: origins {01, 02, 03} (an agency the wire-agency list
    does not know, credited as "(MNA)" and "Meridian News Agency") and {04}."""
    if not examples_dir.is_dir():
        pytest.skip("example corpus not found")
    documents, _ = read_inputs([str(examples_dir)])
    analyzed = analyze_documents(documents, DEFAULT_SETTINGS)
    (story,) = group_stories(analyzed, DEFAULT_SETTINGS)
    found = sorted((sorted(file_of(analyzed, d)[:2] for d in o.documents), o.credit) for o in story.origins)
    assert found == [(["01", "02", "03"], "Meridian News Agency"), (["04"], None)]


# one sentence from a police statement, as two independent reports may both reproduce it
POLICE_SENTENCE = ("Anyone who saw a grey van parked near the depot between midnight and three in the morning "
                   "is asked to contact the harbour police station.")


def test_one_shared_sentence_does_not_make_two_independent_reports_one_origin():
    first = ("Thieves emptied a warehouse of copper cable at the Norrby depot on Saturday night, the owner said. "
             f"{POLICE_SENTENCE} The owner put the loss at about 40,000 euros.")
    second = ("A night guard at the Norrby depot found the loading gate forced open at dawn on Sunday. "
              f"{POLICE_SENTENCE} It is the third break-in at the depot this year, workers told reporters.")
    origins, passages = find_origins("s", [plain("first", first), plain("second", second)], DEFAULT_SETTINGS)
    assert sorted(o.documents for o in origins) == [["first"], ["second"]]
    assert [p.text for p in passages if not p.quoted] == [
        "Anyone who saw a grey van parked near the depot between midnight and three in the morning is asked "
        "to contact the harbour police station"
    ]
    first_origin = next(o for o in origins if o.documents == ["first"])
    assert first_origin.evidence[0] == (
        "first shares no copied passages, credit line or lede structure with the other 1 report(s) of the story"
    )
    assert first_origin.evidence[1].startswith("it shares 1 short unquoted passage(s) with second, 25 words, e.g. “Anyone")


def test_a_copied_paragraph_makes_one_origin():
    paragraph = ("The regional water company said the pipe burst at about four in the morning under the ring road, "
                 "flooding two underpasses and cutting supply to roughly 9,000 homes in the northern districts "
                 "until engineers could close the main valve.")
    first = f"Commuters faced long delays on Tuesday. {paragraph} Schools in the area stayed open."
    second = f"{paragraph} Bottled water was handed out at the town hall until the evening."
    origins, _ = find_origins("s", [plain("first", first), plain("second", second)], DEFAULT_SETTINGS)
    assert [sorted(o.documents) for o in origins] == [["first", "second"]]
    assert any("share 40 unquoted words in 1 passage(s)" in line for line in origins[0].evidence)


def test_a_quotation_with_a_long_attribution_is_no_evidence_of_a_rewrite():
    """Two own reports of one company's results open alike and give the figures in one order, as the
    genre does; both quote one director's sentence, each with its own long attribution. The quoted
    sentence is the speaker's, not structure one report took from the other (quarterly-earnings probe)."""
    first = ("Harlow Foods said on Thursday its half-year profit rose 12 percent to 84 million pounds as shoppers "
             "bought more ready meals. Sales grew 6 percent to 1.1 billion pounds over the six months. "
             "\"Shoppers are trading up to our premium ranges faster than we planned,\" finance director Carla "
             "Mendes said at the company's offices in Leeds on Thursday afternoon. "
             "The company will open four new factories in the north of England next year.")
    second = ("Harlow Foods reported a 12 percent rise in half-year profit to 84 million pounds on Thursday, helped "
              "by ready meals. Half-year sales increased 6 percent and reached 1.1 billion pounds, the company said. "
              "\"Shoppers are trading up to our premium ranges faster than we planned,\" chief executive Tom Ridley "
              "told analysts on a conference call from London later in the day. "
              "Union leaders at the Leeds bakery said they would ask for a pay rise of 5 percent this autumn.")
    origins, _ = find_origins("s", [plain("first", first), plain("second", second)], DEFAULT_SETTINGS)
    assert sorted(o.documents for o in origins) == [["first"], ["second"]]


def test_names_two_own_reports_share_are_no_evidence_of_copying():
    """Two own reports of one fire name the same company and the same tower at length; the two runs
    they share (23 words) are mostly those names, which every report of the story writes. Only the
    words around the names count towards the copying bar (building-collapse probe)."""
    first = ("Smoke poured from the upper floors of the Harbourview Tower on Friday morning. Police questioned "
             "a manager of the cleaning firm, Northgate Facility Services Group Ltd, in his office about the fire. "
             "Firefighters reached the 12-storey office block under renovation in Port Elwin within minutes.")
    second = ("Office workers were led down the stairs by wardens as alarms rang across the district. Detectives "
              "later spoke to a manager of the cleaning firm, Northgate Facility Services Group Ltd, in the lobby. "
              "Crews said the fire had started in the 12-storey office block under renovation in Port Elwin.")
    origins, passages = find_origins("s", [plain("first", first), plain("second", second)], DEFAULT_SETTINGS)
    assert sum(len(p.text.split()) for p in passages if not p.quoted) >= 20
    assert sorted(o.documents for o in origins) == [["first"], ["second"]]


RAIL_SOURCE = (
    "A freight train carrying grain derailed near the village of Holmsund on Monday morning, blocking the main "
    "northern line for most of the day. Nine wagons left the track on a bend about two kilometres south of the "
    "station, the rail operator said. Nobody was hurt, and the driver walked back to the station to raise the "
    "alarm. Engineers expect to reopen the line by Wednesday once the wagons have been lifted by crane. "
    "\"We were lucky that the bend is far from any houses,\" said Karin Löfgren, the operator's regional manager."
)
RAIL_RETOLD = (
    "A grain train came off the rails close to Holmsund village on Monday morning and blocked the main northern "
    "line for much of the day. Nine of its wagons left the track on a curve some two kilometres south of the "
    "station, according to the rail operator. No one was injured, and the driver went back to the station on foot "
    "to raise the alarm. Engineers hope to reopen the line by Wednesday when cranes have lifted the wagons."
)
OWN_QUOTE = ("\"The rails on that curve were due to be replaced last spring,\" said Olof Berg, a track inspector "
             "who lives in the village.")


def analyzed_on(document_id: str, text: str, published: date) -> AnalyzedDocument:
    (analyzed,) = analyze_documents([Document(id=document_id, text=text, sources=[document_id], published=published)],
                                    DEFAULT_SETTINGS)
    return analyzed


def test_a_report_in_the_same_order_that_quotes_its_own_people_is_no_rewrite():
    """Reports of one event open alike and give the facts in the usual order; a rewrite keeps that
    order too, but it cannot quote a person its source never names. The day-later report that
    brings a track inspector's words is its own reporting; the same text without them is a rewrite
    (city-marathon probe: a day-later report joined to the wire's paraphrase by order alone)."""
    source = analyzed_on("source", RAIL_SOURCE, date(2026, 3, 2))
    retold = analyzed_on("retold", RAIL_RETOLD, date(2026, 3, 2))
    own = analyzed_on("own", f"{RAIL_RETOLD} {OWN_QUOTE}", date(2026, 3, 3))

    origins, _ = find_origins("s", [source, retold], DEFAULT_SETTINGS)
    assert [sorted(o.documents) for o in origins] == [["retold", "source"]]
    assert any(line.startswith("retold follows the structure of source") for line in origins[0].evidence)

    # quoting a person the source names, accents and all, is what a rewrite does
    requoted = analyzed_on("requoted", f"{RAIL_RETOLD} \"We were lucky,\" said Karin Löfgren.", date(2026, 3, 2))
    origins, _ = find_origins("s", [source, requoted], DEFAULT_SETTINGS)
    assert [sorted(o.documents) for o in origins] == [["requoted", "source"]]

    origins, _ = find_origins("s", [source, own], DEFAULT_SETTINGS)
    assert sorted(o.documents for o in origins) == [["own"], ["source"]]
    own_origin = next(o for o in origins if o.documents == ["own"])
    assert own_origin.evidence[-1] == ("own follows the order of source's lede and facts, but not as a rewrite: "
                                       "it quotes Olof Berg, whom source never names")
    source_origin = next(o for o in origins if o.documents == ["source"])
    assert source_origin.evidence[-1] == ("source follows the order of own's lede and facts, but not as a rewrite: "
                                          "it was published on 2026-03-02, before own (2026-03-03)")


def test_a_rewrite_that_credits_an_agency_derives_from_the_agency_not_from_an_own_report():
    """A paraphrase that names its source ("..., Reuters reported") rewrites the agency's story; an
    own report that tells the same facts in the same order, credits no agency and quotes its own
    people is no source of it, and cannot be its rewrite either (drug-seizure probe: a radio report
    joined to the wire's origin by the order of the wire's paraphrase, which quotes nobody)."""
    credited = RAIL_RETOLD.replace("for much of the day.", "for much of the day, Reuters reported.", 1)
    paraphrase = analyzed_on("digest", credited, date(2026, 3, 2))
    own = analyzed_on("own", RAIL_SOURCE, date(2026, 3, 2))
    retold = analyzed_on("retold", RAIL_RETOLD, date(2026, 3, 2))

    origins, _ = find_origins("s", [paraphrase, own], DEFAULT_SETTINGS)
    assert sorted(o.documents for o in origins) == [["digest"], ["own"]]
    (paraphrase_origin,) = [o for o in origins if o.documents == ["digest"]]
    assert paraphrase_origin.credit == "Reuters"
    assert paraphrase_origin.evidence[-1] == ("digest follows the order of own's lede and facts, but not as a "
                                              "rewrite: it credits Reuters, which own neither credits nor publishes")
    # without the credit, the paraphrase could be the own report's rewrite, as before
    origins, _ = find_origins("s", [retold, own], DEFAULT_SETTINGS)
    assert [sorted(o.documents) for o in origins] == [["own", "retold"]]


@pytest.mark.parametrize("told", [
    "Karin Löfgren told Valley Radio.",
    "Karin Löfgren told the Radio.",
    "Karin Löfgren told our reporter.",
])
def test_a_report_that_was_told_things_itself_is_no_rewrite(told):
    """Words said to the report's own outlet ("told Valley Radio" in Valley Radio's bulletin, "told
    our reporter") are its own reporting: a rewrite of another outlet's report cannot have them, so
    the same facts in the same order no longer join it to that report (coach-sacked probe: a radio
    bulletin quoting the chairman "told Sport Radio Gulf" joined the wire's origin by order alone)."""
    source = analyzed_on("source", RAIL_SOURCE, date(2026, 3, 1))
    (own,) = analyze_documents([Document(id="own", text=f"{RAIL_RETOLD} \"We were lucky,\" {told}", sources=["own"],
                                         published=date(2026, 3, 2), outlet="Valley Radio")], DEFAULT_SETTINGS)
    origins, _ = find_origins("s", [source, own], DEFAULT_SETTINGS)
    assert sorted(o.documents for o in origins) == [["own"], ["source"]]
    (own_origin,) = [o for o in origins if o.documents == ["own"]]
    said_to = told.removeprefix("Karin Löfgren ").rstrip(".")
    assert own_origin.evidence[-1] == ("own (Valley Radio) follows the order of source's lede and facts, but not as a "
                                       f"rewrite: it tells what was said to its own outlet or reporter (“{said_to}”)")
    # told to another outlet, it is what a rewrite repeats
    (retold,) = analyze_documents([Document(id="own", text=f"{RAIL_RETOLD} \"We were lucky,\" Karin Löfgren told "
                                            "Valley Radio News.", sources=["own"], published=date(2026, 3, 2),
                                            outlet="Valley Radio")], DEFAULT_SETTINGS)
    origins, _ = find_origins("s", [source, retold], DEFAULT_SETTINGS)
    assert [sorted(o.documents) for o in origins] == [["own", "source"]]
