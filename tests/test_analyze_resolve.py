"""Entities resolved across the documents of a story: surnames, titles, variants, types."""

from __future__ import annotations

from datetime import date

import pytest

from corroborate.analyze import analyze_documents, describe_story
from corroborate.analyze.resolve import are_variants, name_key, resolve_entities, skeleton
from corroborate.model import AnalyzedDocument, Document, Mention, Story, content_id
from corroborate.settings import DEFAULT_SETTINGS


@pytest.fixture(scope="module")
def story(described_drone_story):
    return described_drone_story


def _entity(story, name):
    found = [e for e in story.entities if e.name == name]
    assert len(found) == 1, [e.name for e in story.entities]
    return found[0]


def test_surname_and_ms_title_join_the_full_name_with_every_title_listed(story):
    story, analyzed = story
    kirby = _entity(story, "John Kirby")
    assert kirby.type == "PERSON" and kirby.aliases == ["Kirby"]
    assert len(kirby.documents) == 5
    # the contradictory "Ms." stays visible next to "spokesman": the corroboration stage reports it
    assert "Ms." in kirby.titles and "National Security Council spokesman" in kirby.titles
    assert not [e for e in story.entities if e.name == "Kirby"]
    ms = [m for a in analyzed for m in a.mentions if m.title == "Ms."]
    assert ms and all(m.entity == kirby.id for m in ms)
    assert all(m.entity for a in analyzed for m in a.mentions)


def test_types_are_settled_by_evidence(story):
    story, _ = story
    assert _entity(story, "Kyiv").type == "PLACE"  # tagged PERSON; the gazetteer knows the city
    us = _entity(story, "US")
    assert us.type == "PLACE" and {"U.S", "United States"} <= set(us.aliases) | {us.name}


def test_an_organisation_word_outvotes_the_tagger():
    # a caption sentence the tagger read as a person twice and as an organisation once
    text = "Images by Maxar Technologies. Maxar Technologies said so. Maxar Technologies via AP."
    mentions = [
        Mention("Maxar Technologies", kind, start, start + 18, i)
        for i, (kind, start) in enumerate([("PERSON", 10), ("PERSON", 30), ("ORG", 55)])
    ]
    document = AnalyzedDocument(Document(id="d", text=text, sources=["test"]), mentions=mentions)
    entities = resolve_entities("t", [document], DEFAULT_SETTINGS.analyze, gazetteer=None)
    assert [(e.name, e.type, e.mentions) for e in entities] == [("Maxar Technologies", "ORG", 3)]


def test_a_place_word_outvotes_the_tagger_and_a_misread_surname_joins_its_person():
    text = "Officer Brad Baehr said the car was found on Rue de Castiglione. Baehr said so."
    mentions = [
        Mention("Brad Baehr", "PERSON", 8, 18, 0),
        Mention("Rue de Castiglione", "ORG", 45, 63, 0),
        Mention("Baehr", "PLACE", 65, 70, 1),
    ]
    document = AnalyzedDocument(Document(id="d", text=text, sources=["test"]), mentions=mentions)
    for m in mentions:
        assert text[m.start : m.end] == m.text
    entities = resolve_entities("t", [document], DEFAULT_SETTINGS.analyze, gazetteer=None)
    assert {(e.name, e.type, tuple(e.aliases)) for e in entities} == {
        ("Brad Baehr", "PERSON", ("Baehr",)),
        ("Rue de Castiglione", "PLACE", ()),
    }


def test_spelling_and_transliteration_variants():
    assert skeleton(name_key("Gaddafi")) == skeleton(name_key("Qaddafi")) == skeleton(name_key("Kadhafi"))
    assert are_variants("gaddafi", "qaddafi", 0.8)
    assert are_variants("muammar gaddafi", "moammar qaddafi", 0.7)
    assert are_variants("zelensky", "zelenskyy", 0.8)
    assert not are_variants("iran", "iraq", 0.8)
    assert not are_variants("john kirby", "john kerry", 0.8)


def _story_of(*texts: str) -> Story:
    documents = [
        Document(id=content_id(t), text=t, sources=["test"], published=date(2023, 6, 9)) for t in texts
    ]
    analyzed = analyze_documents(documents, DEFAULT_SETTINGS)
    story = Story(id="t", documents=[a.id for a in analyzed])
    describe_story(story, analyzed, DEFAULT_SETTINGS)
    return story


def test_place_variants_merge_by_gazetteer_and_similar_names_stay_apart():
    story = _story_of(
        "Russian missiles struck Kiev on Friday, officials in Niger said.",
        "Explosions were heard in Kyiv, and Nigeria condemned the attack on Friday.",
    )
    places = {e.name: e for e in story.entities if e.type == "PLACE"}
    kyiv = [e for e in places.values() if {"Kiev", "Kyiv"} <= {e.name, *e.aliases}]
    assert len(kyiv) == 1 and kyiv[0].country == "UA"
    assert "Niger" in places and "Nigeria" in places
    assert places["Niger"].country == "NE" and places["Nigeria"].country == "NG"


def test_an_ambiguous_surname_stays_apart():
    story = _story_of(
        "John Smith, the mayor, met Jane Smith on Friday. Smith said the talks went well and would continue.",
    )
    names = {e.name for e in story.entities if e.type == "PERSON"}
    assert {"John Smith", "Jane Smith", "Smith"} <= names


def test_names_and_aliases_are_single_spaced_and_an_alias_equal_to_the_name_is_dropped():
    # invented: a company's name hard-wrapped over a line, twice, and once on one line; a place
    # with the line break after it (as a tagger may give it), in capitals in a dateline, and plainly
    text = ("Nordvik Ferry\nLines said the Nordvik Ferry\nLines ship ran aground off Tromsø\n\n"
            "TROMSØ - Nordvik Ferry Lines said a ship ran aground off Tromsø on Sunday.")
    spans = [("Nordvik Ferry\nLines", "ORG"), ("Nordvik Ferry\nLines", "ORG"), ("Tromsø\n\n", "PLACE"),
             ("TROMSØ", "PLACE"), ("Nordvik Ferry Lines", "ORG"), ("Tromsø", "PLACE")]
    mentions, at = [], 0
    for name, kind in spans:
        start = text.index(name, at)
        mentions.append(Mention(name, kind, start, start + len(name), 0))
        at = start + len(name)
    for m in mentions:
        assert text[m.start : m.end] == m.text
    document = AnalyzedDocument(Document(id="d", text=text, sources=["test"]), mentions=mentions)
    entities = resolve_entities("t", [document], DEFAULT_SETTINGS.analyze, gazetteer=None)
    assert sorted((e.name, tuple(e.aliases)) for e in entities) == [
        ("Nordvik Ferry Lines", ()), ("Tromsø", ("TROMSØ",)),
    ]


def resolved_as_tagged(text: str, spans: list[tuple[str, str]]) -> list:
    """The entities of one document whose mentions the tagger typed as ``spans`` say, each found
    after the one before it, the gazetteer resolving place names as in a run."""
    from corroborate.analyze.places import load_gazetteer

    mentions, at = [], 0
    for i, (name, kind) in enumerate(spans):
        start = text.index(name, at)
        mentions.append(Mention(name, kind, start, start + len(name), i))
        at = start + len(name)
    document = AnalyzedDocument(Document(id="d", text=text, sources=["test"]), mentions=mentions)
    gazetteer = load_gazetteer(DEFAULT_SETTINGS.analyze.gazetteer_min_population)
    return resolve_entities("t", [document], DEFAULT_SETTINGS.analyze, gazetteer=gazetteer)


def test_a_misread_surname_that_is_also_a_small_towns_name_joins_its_person():
    # invented: "Dalby" is a town of 13,000 in the gazetteer; here it is the coach's surname, which
    # the tagger read as a place more often than the full name as a person
    text = "Coach Ingrid Dalby resigned. Dalby said so. Dalby left. Dalby wept."
    spans = [("Ingrid Dalby", "PERSON"), ("Dalby", "PLACE"), ("Dalby", "PLACE"), ("Dalby", "PLACE")]
    entities = resolved_as_tagged(text, spans)
    assert [(e.name, e.type, e.aliases) for e in entities] == [("Ingrid Dalby", "PERSON", ["Dalby"])]


def test_a_titled_surname_that_is_also_a_large_places_name_joins_its_person():
    # invented: "Georgia" is a country in the gazetteer; "Ms Georgia" is the agent the story names in
    # full (the celebrity-rehab probe: "Mr Ba", a manager's surname and a Fijian province, stood
    # apart from "Moussa Ba"); untitled, a large place's name stays apart, as for "Nice" below
    text = "Her agent, Lena Georgia, spoke. Ms Georgia said so. Ms Georgia left."
    spans = [("Lena Georgia", "PERSON"), ("Georgia", "PERSON"), ("Georgia", "PERSON")]
    from corroborate.analyze.places import load_gazetteer

    mentions, at = [], 0
    for i, (name, kind) in enumerate(spans):
        start = text.index(name, at)
        mentions.append(Mention(name, kind, start, start + len(name), i, title="Ms" if i else None))
        at = start + len(name)
    document = AnalyzedDocument(Document(id="d", text=text, sources=["test"]), mentions=mentions)
    gazetteer = load_gazetteer(DEFAULT_SETTINGS.analyze.gazetteer_min_population)
    entities = resolve_entities("t", [document], DEFAULT_SETTINGS.analyze, gazetteer=gazetteer)
    assert [(e.name, e.type, e.aliases) for e in entities] == [("Lena Georgia", "PERSON", ["Georgia"])]


def test_a_large_city_the_tagger_reads_as_a_person_is_a_place_unless_someone_bears_its_name():
    # invented: the tagger read "Marseille" as a person four times and as a place once; no one in
    # the story is called Marseille. "Nice" is the surname of the coach the story names in full.
    text = ("Marseille dockers walk out. Dockers in Marseille struck. Marseille's cranes stood idle. "
            "Ships waited off Marseille. Marseille braced. Coach Paul Nice spoke. Nice said so. Nice left. Nice wept.")
    spans = [("Marseille", "PERSON"), ("Marseille", "PLACE"), ("Marseille", "PERSON"), ("Marseille", "PERSON"),
             ("Marseille", "PERSON"), ("Paul Nice", "PERSON"), ("Nice", "PERSON"), ("Nice", "PERSON"), ("Nice", "PERSON")]
    entities = resolved_as_tagged(text, spans)
    assert sorted((e.name, e.type) for e in entities) == [("Marseille", "PLACE"), ("Nice", "PERSON"), ("Paul Nice", "PERSON")]


def test_a_large_city_of_several_words_the_tagger_reads_as_a_person_is_a_place_unless_its_last_word_names_someone():
    # invented: "Kuala Lumpur" read as a person three times and as a place once, and no one in the
    # story is called Lumpur; "Port Louis" read as a person too, but "Louis said" makes its last word
    # a name someone bears, so the votes stand
    text = ("Kuala Lumpur police chief spoke. Rain fell in Kuala Lumpur. Kuala Lumpur residents left. "
            "Kuala Lumpur district officers came. Port Louis engineer arrived. Port Louis staff left. Louis said so.")
    spans = [("Kuala Lumpur", "PERSON"), ("Kuala Lumpur", "PLACE"), ("Kuala Lumpur", "PERSON"), ("Kuala Lumpur", "PERSON"),
             ("Port Louis", "PERSON"), ("Port Louis", "PERSON"), ("Louis", "PERSON")]
    entities = resolved_as_tagged(text, spans)
    types = {e.name: e.type for e in entities}
    assert (types["Kuala Lumpur"], types["Port Louis"]) == ("PLACE", "PERSON")


def test_a_name_written_before_a_products_name_is_its_maker_not_the_city_of_that_name():
    # invented: "Toyota" is also a large city in the gazetteer; here it makes the car, and the
    # tagger read it as an organisation twice and as a place once
    text = ("A grey Toyota Corolla struck the cyclist in Leeds. The Toyota Corolla did not stop. "
            "Police in Leeds found the Toyota later.")
    spans = [("Toyota", "ORG"), ("Corolla", "PRODUCT"), ("Leeds", "PLACE"), ("Toyota", "ORG"), ("Corolla", "PRODUCT"),
             ("Leeds", "PLACE"), ("Toyota", "PLACE")]
    entities = resolved_as_tagged(text, spans)
    assert sorted((e.name, e.type) for e in entities) == [("Corolla", "PRODUCT"), ("Leeds", "PLACE"), ("Toyota", "ORG")]


def test_a_listed_news_agency_is_no_place_that_shares_its_letters():
    # invented (the diplomat-expulsion probe: "according to IRNA", tagged an organisation every
    # time, was put on the map in Italy because the gazetteer knows a place of that name); a real
    # place named beside it stays one
    text = "The ferry left Leeds late, according to IRNA. IRNA said so. IRNA reported it again."
    spans = [("Leeds", "PLACE"), ("IRNA", "ORG"), ("IRNA", "ORG"), ("IRNA", "ORG")]
    entities = resolved_as_tagged(text, spans)
    assert sorted((e.name, e.type) for e in entities) == [("IRNA", "ORG"), ("Leeds", "PLACE")]


def test_a_surname_first_name_is_called_by_its_first_word():
    # invented: a romanised Chinese or Korean name writes the family name first ("Lin Wei-chen",
    # "Kim Ji-hoon"): "Lin said" is Lin Wei-chen, where the last word was taken for the surname and
    # "Lin" stood as a person of its own; a Western given name with a hyphen keeps its surname last
    text = ("Fire chief Lin Wei-chen said the blaze was out. Lin said the cause was unknown. "
            "Kim Ji-hoon, a worker, was hurt. Kim said so. Anne-Marie Keller said the plant was shut. Keller left.")
    spans = [("Lin Wei-chen", "PERSON"), ("Lin", "PERSON"), ("Kim Ji-hoon", "PERSON"), ("Kim", "PERSON"),
             ("Anne-Marie Keller", "PERSON"), ("Keller", "PERSON")]
    mentions, at = [], 0
    for i, (name, kind) in enumerate(spans):
        start = text.index(name, at)
        mentions.append(Mention(name, kind, start, start + len(name), i))
        at = start + len(name)
    document = AnalyzedDocument(Document(id="d", text=text, sources=["test"]), mentions=mentions)
    entities = resolve_entities("t", [document], DEFAULT_SETTINGS.analyze, gazetteer=None)
    assert sorted((e.name, e.type, tuple(e.aliases)) for e in entities) == [
        ("Anne-Marie Keller", "PERSON", ("Keller",)),
        ("Kim Ji-hoon", "PERSON", ("Kim",)),
        ("Lin Wei-chen", "PERSON", ("Lin",)),
    ]


def test_a_name_the_tagger_read_as_a_person_right_after_at_or_in_is_a_place():
    # invented: "Wadi Sura" read as a person three times, twice right after "at" or "in" (the
    # archaeology-find probe: "has worked at Dra Abu el-Naga" made the necropolis a person); a
    # person after "with", or in "at Lena Berg's house", keeps the tagger's reading
    text = ("The team has dug at Wadi Sura since 2019. Rock art in Wadi Sura is fading. Wadi Sura was mapped in 1933. "
            "Lena Berg spoke with Lena Berg's students at Lena Berg's house.")
    spans = [("Wadi Sura", "PERSON"), ("Wadi Sura", "PERSON"), ("Wadi Sura", "PERSON"), ("Lena Berg", "PERSON"),
             ("Lena Berg", "PERSON"), ("Lena Berg", "PERSON")]
    entities = resolved_as_tagged(text, spans)
    assert sorted((e.name, e.type) for e in entities) == [("Lena Berg", "PERSON"), ("Wadi Sura", "PLACE")]


def test_a_radio_station_and_a_watchdog_are_organisations_whatever_the_tagger_said():
    # invented: the tagger reads a station named after its coast, and a monitoring group named
    # after its reef, as places; their last words ("FM", "Watch") make them organisations
    text = "Harbour FM said so. Harbour FM said it again. Coral Bay Watch counted the turtles."
    mentions = [Mention("Harbour FM", "PLACE", 0, 10, 0), Mention("Harbour FM", "PLACE", 20, 30, 1),
                Mention("Coral Bay Watch", "PLACE", 46, 61, 2)]
    document = AnalyzedDocument(Document(id="d", text=text, sources=["test"]), mentions=mentions)
    entities = resolve_entities("t", [document], DEFAULT_SETTINGS.analyze, gazetteer=None)
    assert sorted((e.name, e.type) for e in entities) == [("Coral Bay Watch", "ORG"), ("Harbour FM", "ORG")]


def test_a_hyphened_surname_alone_joins_the_one_full_name_that_ends_with_it():
    # invented: "Al-Rashid" (its key is two words) calls "Omar Al-Rashid" by his surname, whatever
    # the tagger called it; beside two people of that surname it stays apart, as "Smith" does
    text = "Omar Al-Rashid spoke first. Al-Rashid said the port was shut. Al-Rashid added more. Sara Al-Rashid nodded."
    mentions = [Mention("Omar Al-Rashid", "PERSON", 0, 14, 0), Mention("Al-Rashid", "ORG", 28, 37, 1),
                Mention("Al-Rashid", "PERSON", 61, 70, 2), Mention("Sara Al-Rashid", "PERSON", 83, 97, 3)]
    document = AnalyzedDocument(Document(id="d", text=text, sources=["test"]), mentions=mentions)
    entities = resolve_entities("t", [document], DEFAULT_SETTINGS.analyze, gazetteer=None)
    assert sorted((e.name, e.mentions) for e in entities) == [("Al-Rashid", 2), ("Omar Al-Rashid", 1), ("Sara Al-Rashid", 1)]
    one = [Mention("Omar Al-Rashid", "PERSON", 0, 14, 0), Mention("Al-Rashid", "ORG", 28, 37, 1),
           Mention("Al-Rashid", "PERSON", 61, 70, 2)]
    document = AnalyzedDocument(Document(id="d", text=text, sources=["test"]), mentions=one)
    entities = resolve_entities("t", [document], DEFAULT_SETTINGS.analyze, gazetteer=None)
    assert [(e.name, e.type, e.mentions, e.aliases) for e in entities] == [("Omar Al-Rashid", "PERSON", 3, ["Al-Rashid"])]


def test_the_city_of_a_dateline_is_a_place_wherever_the_story_names_it():
    # invented: a small town the gazetteer may not know, filed from in the wire's dateline and read by
    # the tagger as an organisation in another report; a person of that surname keeps the name a person
    from corroborate.analyze.resolve import dateline_city

    assert [dateline_city(d) for d in ("TOLVIK, Norway (NTB)", "LONDON (Reuters)", "ST. JOHN'S, Newfoundland (CP)", None)] == [
        "Tolvik", "London", "St. John's", None]
    wire_text = "TOLVIK, Norway (NTB) - A rockslide closed the road."
    wire = AnalyzedDocument(Document(id="w", text=wire_text, sources=["test"], dateline="TOLVIK, Norway (NTB)"),
                            mentions=[Mention("TOLVIK", "ORG", 0, 6, 0)])
    text = "Crews at Tolvik cleared the road. Tolvik said the road was clear."
    other = AnalyzedDocument(Document(id="o", text=text, sources=["test"]),
                             mentions=[Mention("Tolvik", "ORG", 9, 15, 0), Mention("Tolvik", "ORG", 34, 40, 1)])
    entities = resolve_entities("t", [wire, other], DEFAULT_SETTINGS.analyze, gazetteer=None)
    assert [(e.name, e.type) for e in entities] == [("Tolvik", "PLACE")]
    text = "Ola Tolvik said the road at the pass was clear. Tolvik said so."
    person = AnalyzedDocument(Document(id="p", text=text, sources=["test"]),
                              mentions=[Mention("Ola Tolvik", "PERSON", 0, 10, 0), Mention("Tolvik", "ORG", 48, 54, 1)])
    entities = resolve_entities("t", [wire, person], DEFAULT_SETTINGS.analyze, gazetteer=None)
    assert ("Ola Tolvik", "PERSON") in [(e.name, e.type) for e in entities]
    assert not any(e.type == "PLACE" for e in entities if e.name.startswith("Ola"))


def test_a_name_read_as_a_person_after_off_or_a_compass_point_of_is_a_place():
    # invented: "Gozo" read as a person, once after "off" and once after "south of" (the
    # boat-capsize probe: "capsized off Lampedusa", "20 nautical miles south of Lampedusa" made the
    # island a person); a person after "of" alone keeps the tagger's reading
    text = "The boat sank off Gozo. Divers searched 12 miles south of Gozo. Gozo was calm. A friend of Lena Berg came."
    spans = [("Gozo", "PERSON"), ("Gozo", "PERSON"), ("Gozo", "PERSON"), ("Lena Berg", "PERSON")]
    entities = resolved_as_tagged(text, spans)
    assert sorted((e.name, e.type) for e in entities) == [("Gozo", "PLACE"), ("Lena Berg", "PERSON")]


def test_a_name_right_after_a_noun_of_an_organisations_kind_is_an_organisation():
    # invented (the coach-sacked probe: "Pro League club Dammam Falcons" was a person, so the club
    # "won" and "sacked" as a person would): the noun says what kind of thing the name is, however
    # often the tagger read it as a person; a person's job before a name ("camera operator"), or a
    # title, keeps the person
    text = ("Premier club Harbour Rovers lost again. Harbour Rovers sacked their coach. Harbour Rovers meet the "
            "airline Skyrun on Friday. Camera operator Lena Berg filmed it. Team captain Ola Dahl spoke.")
    spans = [("Harbour Rovers", "PERSON"), ("Harbour Rovers", "PERSON"), ("Harbour Rovers", "PERSON"),
             ("Skyrun", "PERSON"), ("Lena Berg", "PERSON"), ("Ola Dahl", "PERSON")]
    entities = resolved_as_tagged(text, spans)
    assert sorted((e.name, e.type) for e in entities) == [
        ("Harbour Rovers", "ORG"), ("Lena Berg", "PERSON"), ("Ola Dahl", "PERSON"), ("Skyrun", "ORG")]


def test_a_name_right_after_a_utility_is_an_organisation():
    # invented (the water-contamination probe: "the city water utility Misto Vodservis" was a person)
    text = "The gas utility Norvent Teplo said the leak was fixed. Norvent Teplo apologised."
    entities = resolved_as_tagged(text, [("Norvent Teplo", "PERSON"), ("Norvent Teplo", "PERSON")])
    assert [(e.name, e.type) for e in entities] == [("Norvent Teplo", "ORG")]


def test_a_common_noun_that_opens_a_sentence_in_one_report_and_is_lower_case_in_another_is_no_name():
    # invented (the water-contamination probe: a newsletter's "Schools and kindergartens ... were
    # shut" made "Schools" a person; the wire wrote "all schools"): the story's reports are read
    # together; a name some report capitalises inside a sentence ("Mark Price") is kept
    from corroborate.model import Sentence

    def document(doc_id: str, text: str, spans: list[tuple[str, str]]) -> AnalyzedDocument:
        mentions = [Mention(name, kind, text.index(name), text.index(name) + len(name), 0) for name, kind in spans]
        return AnalyzedDocument(Document(id=doc_id, text=text, sources=[doc_id]), sentences=[Sentence(0, 0, len(text), text)],
                                mentions=mentions)

    newsletter = document("n", "Schools were shut for the day.", [("Schools", "PERSON")])
    wire = document("w", "All schools were closed on Friday, the council said.", [])
    price = document("p", "Price said the price of bread would rise.", [("Price", "PERSON")])
    baker = document("b", "The baker Mark Price agreed.", [("Mark Price", "PERSON")])
    entities = resolve_entities("t", [newsletter, wire, price, baker], DEFAULT_SETTINGS.analyze, gazetteer=None)
    assert sorted((e.name, e.type) for e in entities) == [("Mark Price", "PERSON")]
    assert newsletter.mentions == [] and [m.text for m in price.mentions] == ["Price"]
