"""Quotes on real reports: direct (curly and straight), continued, partial, reported speech, and
their speakers, pronouns included."""

from __future__ import annotations

import pytest

from corroborate.analyze import analyze_documents
from corroborate.analyze.quotes import normalize_wording
from corroborate.ingest import read_inputs
from corroborate.settings import DEFAULT_SETTINGS


@pytest.fixture(scope="module")
def analyzed(drone_corpus):
    documents, _ = read_inputs([str(drone_corpus)])
    return analyze_documents(documents, DEFAULT_SETTINGS)


def _quotes(analyzed, snippet):
    document = next(a for a in analyzed if snippet in a.text)
    for q in document.quotes:
        assert document.text[q.start : q.end] == q.text
    return document.quotes


def _starting(quotes, words, kind=None):
    found = [q for q in quotes if q.text.startswith(words) and (kind is None or q.kind == kind)]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


def test_curly_direct_quote_and_its_unattributed_continuation(analyzed):
    quotes = _quotes(analyzed, "In October last year, Iran also agreed")
    first = _starting(quotes, "This is a full-scale defense partnership")
    assert (first.kind, first.speaker, first.verb) == ("direct", "John Kirby", "said")
    assert first.text.endswith("to the international community,")
    second = _starting(quotes, "We are continuing to use all the tools")
    assert (second.kind, second.speaker) == ("direct", "John Kirby")


def test_straight_marks_and_a_pronoun_speaker(analyzed):
    quotes = _quotes(analyzed, "Sescha and Primorsko-Akhtarsk")
    he_said = _starting(quotes, "This is a full-scale defense partnership")
    assert (he_said.speaker, he_said.verb) == ("John Kirby", "said")  # '," he said.'
    assert _starting(quotes, "It is critical that the private sector").speaker == "State Department"
    partial = _starting(quotes, "flows both ways")
    assert (partial.kind, partial.speaker, partial.verb) == ("partial", "John Kirby", "emphasized")


def test_pronoun_inside_the_sentence_takes_the_last_person_named(analyzed):
    quotes = _quotes(analyzed, "Ukraine, he added, had")
    goals = _starting(quotes, "specific political goals", kind="partial")
    assert (goals.speaker, goals.verb) == ("Nasser Kanani", "added")
    done = _starting(quotes, "It is done with the aim")
    assert (done.kind, done.speaker) == ("direct", "Nasser Kanani")
    asking = _starting(quotes, "Why do you want to be accomplices")
    assert (asking.kind, asking.speaker, asking.verb) == ("direct", "Volodymyr Zelenskyy", "asking")


def test_partial_quote_without_a_speaker_is_kept_unattributed(analyzed):
    quotes = _quotes(analyzed, "Located several hundred miles east of Moscow")
    built = _starting(quotes, "will probably be built.")
    assert (built.kind, built.speaker) == ("partial", None)


def test_reported_speech_and_according_to(analyzed):
    quotes = _quotes(analyzed, "according to the United Nations")
    un = [q for q in quotes if q.verb == "according to"]
    assert len(un) == 1 and un[0].speaker == "United Nations" and un[0].kind == "reported"
    said = _starting(quotes, "Iran has continued to send drones to Russia", kind="reported")
    assert said.speaker == "John Kirby"  # "Kirby said that ..." resolved to the full name
    treasury = _starting(quotes, "Iran’s well-documented proliferation")
    assert (treasury.kind, treasury.speaker) == ("direct", "US Treasury")
    # "Iran initially rejected the claims that ..." is no speech: the noun "claims" is not a verb
    quotes = _quotes(analyzed, "Iran initially rejected the claims")
    assert not any(q.text.startswith("it provided drones") for q in quotes)


def test_normalised_wording_ignores_typography():
    curly = "“This is a full-scale defense partnership that is harmful to Ukraine, to Iran’s neighbors,”"
    straight = '"This is a full-scale defense partnership that is harmful to Ukraine, to Iran\'s neighbors,"'
    assert normalize_wording(curly) == normalize_wording(straight)
    assert (
        normalize_wording(curly)
        == "this is a full scale defense partnership that is harmful to ukraine to irans neighbors"
    )


def test_a_quotation_running_over_two_paragraphs_is_one_quote():
    from corroborate.model import Document
    from tests.conftest import ECB_CORPUS

    path = ECB_CORPUS / "documents.jsonl"
    if not path.exists():
        pytest.skip("shared corpus not found")
    import json

    record = next(json.loads(line) for line in path.open(encoding="utf-8") if '"35_1ecb"' in line)
    document = Document(id="35_1ecb", text=record["text"], sources=[str(path)])
    analyzed = analyze_documents([document], DEFAULT_SETTINGS)[0]
    quote = next(q for q in analyzed.quotes if q.text.startswith("I don't think any charges"))
    assert quote.text.endswith("proving my innocence.") and "\n" in quote.text
    assert (quote.kind, quote.speaker) == ("direct", "Vincent Jackson")  # continues '"...," he said.'
    manager = next(q for q in analyzed.quotes if q.text.startswith("We're aware of the off-the-field issue"))
    assert manager.speaker == "A.J. Smith"  # '," team general manager A.J. Smith said in a statement.'


def _mentions(text, names):
    from corroborate.analyze.sentences import sentence_index, split_sentences
    from corroborate.model import Mention

    sentences = split_sentences(text)
    out = []
    for name, kind in names:
        start = text.index(name)
        out.append(Mention(name, kind, start, start + len(name), sentence_index(sentences, start)))
    return sentences, out


def test_he_takes_a_titled_name_the_tagger_called_an_organisation_and_never_a_spokeswoman():
    from corroborate.analyze.quotes import find_quotes

    text = ("Four dockers were treated for smoke inhalation, fire service spokeswoman Petra Holm said.\n\n"
            "\"The pier stays shut until Monday,\" harbour company spokesman Lars Keller said. "
            "He said the cause of the fire was not yet known.")
    # the tagger read "Lars Keller" as an organisation: the title before it says it is a person
    sentences, mentions = _mentions(text, [("Petra Holm", "PERSON"), ("Lars Keller", "ORG")])
    reported = next(q for q in find_quotes(text, sentences, mentions) if q.text.startswith("the cause of the fire"))
    assert reported.speaker == "Lars Keller"
    # "she" cannot be the spokesman, and the spokeswoman is not the nearest person: no speaker
    text_she = text.replace("He said the cause", "She said the cause")
    sentences, mentions = _mentions(text_she, [("Petra Holm", "PERSON"), ("Lars Keller", "ORG")])
    quotes = find_quotes(text_she, sentences, mentions)
    assert [q.text for q in quotes] == ["Four dockers were treated for smoke inhalation", "The pier stays shut until Monday,"]


def test_an_organisation_s_spokeswoman_quoted_as_saying_is_the_speaker():
    from corroborate.analyze.quotes import find_quotes

    # invented: the organisation stands first in the phrase before the verb, the person speaks
    quotation = "\"The ferry bridge will remain shut until Monday at the earliest,\" "
    for frame in ("Veltra Transit's spokeswoman Ilse Marnow was quoted as saying.",
                  "Veltra Transit spokeswoman Ilse Marnow said.",
                  "Veltra Transit quoted Ilse Marnow as saying.",
                  "Ilse Marnow was quoted by Veltra Transit as saying."):
        text = quotation + frame
        sentences, mentions = _mentions(text, [("Veltra Transit", "ORG"), ("Ilse Marnow", "PERSON")])
        (quote,) = find_quotes(text, sentences, mentions)
        assert (quote.kind, quote.text, quote.speaker) == (
            "direct", "The ferry bridge will remain shut until Monday at the earliest,", "Ilse Marnow"), frame
    text = quotation + "Veltra Transit said."  # no person: the organisation speaks
    sentences, mentions = _mentions(text, [("Veltra Transit", "ORG")])
    assert [q.speaker for q in find_quotes(text, sentences, mentions)] == ["Veltra Transit"]


def test_reported_speech_passed_on_by_someone_else_is_the_quoted_person_s():
    from corroborate.analyze.quotes import find_quotes

    # invented: no quotation marks; "quoted", "cited", "reported" only pass the words on
    content = "the ferry bridge will remain shut until Monday"
    for sentence in (f"Ilse Marnow was quoted as saying that {content}.",
                     f"Veltra Transit spokeswoman Ilse Marnow was cited as saying {content}.",
                     f"Ilse Marnow is reported to have said that {content}.",
                     f"Veltra Transit quoted Ilse Marnow as saying that {content}.",
                     f"{content[0].upper()}{content[1:]}, Ilse Marnow was quoted by Veltra Transit as saying."):
        names = [(n, k) for n, k in [("Veltra Transit", "ORG"), ("Ilse Marnow", "PERSON")] if n in sentence]
        sentences, mentions = _mentions(sentence, names)
        (quote,) = find_quotes(sentence, sentences, mentions)
        assert (quote.kind, quote.text.lower(), quote.speaker) == ("reported", content.lower(), "Ilse Marnow"), sentence
    # "reported" with no speech verb after it passes on no one's words
    sentence = "Three workers were reported to have died in the fire at the depot."
    sentences, mentions = _mentions(sentence, [])
    assert find_quotes(sentence, sentences, mentions) == []


def test_he_after_a_quotation_is_never_a_name_inside_it():
    from corroborate.analyze.quotes import find_quotes

    # invented: the quotation names the mayor; "he" is the historian named before it, who speaks
    # for himself, not for the museum he works at
    text = ("Historian Pavel Laska of the Brno City Museum said the vote reflected anger over the closed shipyard. "
            "\"Mayor Ondrej Brabec lost the harbour districts in one winter,\" he said.")
    sentences, mentions = _mentions(
        text, [("Pavel Laska", "PERSON"), ("Brno City Museum", "ORG"), ("Ondrej Brabec", "PERSON")])
    assert [(q.kind, q.speaker) for q in find_quotes(text, sentences, mentions)] == [
        ("reported", "Pavel Laska"), ("direct", "Pavel Laska")]


def test_she_said_passes_over_a_possessor_and_the_authority_said_is_the_authority():
    from corroborate.analyze.quotes import find_quotes

    # invented: the tagger read the company "Velto" as a person; "Velto's" owns a noun and says nothing
    text = ("Ana Moreno, an analyst at Baltic Capital, said the cost was small for a firm of Velto's size. "
            "\"The money is not the worry,\" she said.\n\n"
            "\"Owners may keep using their boats until they are called in,\" the authority said.")
    sentences, mentions = _mentions(text, [("Ana Moreno", "PERSON"), ("Velto", "PERSON")])
    speakers = {q.text: q.speaker for q in find_quotes(text, sentences, mentions) if q.kind == "direct"}
    assert speakers == {"The money is not the worry,": "Ana Moreno",
                        "Owners may keep using their boats until they are called in,": "authority"}


def test_a_partial_quotation_after_a_naming_verb_is_the_namer_s():
    from corroborate.analyze.quotes import find_quotes

    # invented: "called" and "described" are no speech verbs, yet the quoted words are the subject's
    text = ("Coroner Mira Halden ruled the death accidental. She called the ferry's lifeboat drill \"a shambles\" "
            "and blamed the crew. The union described the ruling as \"long overdue\".")
    sentences, mentions = _mentions(text, [("Mira Halden", "PERSON")])
    assert [(q.text, q.kind, q.speaker) for q in find_quotes(text, sentences, mentions)] == [
        ("a shambles", "partial", "Mira Halden"), ("long overdue", "partial", "union")]


def test_said_before_a_titled_name_with_a_full_stop_names_the_person_not_the_title():
    from corroborate.analyze.quotes import find_quotes

    # invented: "Dr." ended the speaker at its full stop, and "Dr" was the speaker
    text = ("\"We ran out of beds on the second night. Some patients waited outside,\" said Dr. Lena Okoro, "
            "head of the district clinic.")
    sentences, mentions = _mentions(text, [("Lena Okoro", "PERSON")])
    (quote,) = find_quotes(text, sentences, mentions)
    assert (quote.kind, quote.speaker) == ("direct", "Lena Okoro")


def test_the_name_next_to_the_verb_a_name_between_commas_and_a_speaker_described_by_a_clause_speak():
    from corroborate.analyze.quotes import find_quotes

    # invented: the tagger read the company "Harlow" as a person, and the first person of the phrase
    # spoke; a role with the name between commas left the quotation unattributed; a clause about
    # the union ("which represents ... Scottish workers") gave the words to "Scottish"
    text = ("\"We are buying a bakery with a great future,\" Harlow chief executive Mara Quint told analysts.\n\n"
            "\"We will not be rushed,\" the trust's chairman, Ivo Brandt, said in a statement.\n\n"
            "The Bakers' Guild union, which represents about 2,400 of the chain's Scottish workers, said the pledge "
            "was \"a beginning\".")
    sentences, mentions = _mentions(text, [("Harlow", "PERSON"), ("Mara Quint", "PERSON"), ("Ivo Brandt", "PERSON"),
                                           ("Scottish", "NORP")])
    speakers = [(q.text, q.speaker) for q in find_quotes(text, sentences, mentions) if q.kind != "reported"]
    assert speakers == [("We are buying a bakery with a great future,", "Mara Quint"),
                        ("We will not be rushed,", "Ivo Brandt"),
                        ("a beginning", "Bakers' Guild union")]


def test_a_surname_the_tagger_called_a_place_is_the_person_a_later_he_stands_for():
    from corroborate.analyze.quotes import find_quotes
    from corroborate.analyze.sentences import sentence_index
    from corroborate.model import Mention

    # invented: the tagger read "For Reinholt," as a place; the report named him in full before, so
    # the "he" after it is Reinholt, not the race director named in between
    text = ("Skipper Tomas Reinholt brought the yacht in on one engine. \"We lost the mast in the first squall,\" he said.\n\n"
            "Race director Pieter Vos said the fleet would wait for the storm to pass.\n\n"
            "For Reinholt, the worst part was the dark. \"You cannot see the waves coming,\" he said.")
    sentences, mentions = _mentions(text, [("Tomas Reinholt", "PERSON"), ("Pieter Vos", "PERSON")])
    at = text.rindex("Reinholt")
    mentions.append(Mention("Reinholt", "PLACE", at, at + len("Reinholt"), sentence_index(sentences, at)))
    speakers = [(q.text, q.speaker) for q in find_quotes(text, sentences, mentions) if q.kind == "direct"]
    assert speakers == [("We lost the mast in the first squall,", "Tomas Reinholt"),
                        ("You cannot see the waves coming,", "Tomas Reinholt")]


def test_a_town_where_the_speaker_works_is_not_the_speaker_of_a_partial_quotation():
    from corroborate.analyze.quotes import find_quotes

    # invented: the town closes the speaker's description, next to "said"; the vet speaks
    text = ("Dr. Ilse Marten, a vet at a clinic in Utrecht, said the new feed was \"a real step forward\" for dairy "
            "farmers.\n\nAfter the talks, Norway said the deal was \"a fair start\".")
    sentences, mentions = _mentions(text, [("Ilse Marten", "PERSON"), ("Utrecht", "PLACE"), ("Norway", "PLACE")])
    speakers = [(q.text, q.speaker) for q in find_quotes(text, sentences, mentions) if q.kind == "partial"]
    # a country that says something still speaks
    assert speakers == [("a real step forward", "Ilse Marten"), ("a fair start", "Norway")]


def test_a_name_written_after_a_kin_word_has_its_gender():
    from corroborate.analyze.quotes import find_quotes

    # invented: "whose son Pedro" names a man, so "she said" is not Pedro's
    text = ("Maria Lopes, whose son Pedro was on the trawler, waited on the quay. "
            "\"I could breathe again when I saw him,\" she said.")
    sentences, mentions = _mentions(text, [("Maria Lopes", "PERSON"), ("Pedro", "PERSON")])
    (quote,) = find_quotes(text, sentences, mentions)
    assert quote.speaker is None  # the nearest person cannot be "she": left open, as for a spokesman
    text_he = text.replace("she said", "he said")
    sentences, mentions = _mentions(text_he, [("Maria Lopes", "PERSON"), ("Pedro", "PERSON")])
    assert [q.speaker for q in find_quotes(text_he, sentences, mentions)] == ["Pedro"]


def test_a_quotation_an_unnamed_person_gives_is_not_the_previous_speakers():
    from corroborate.analyze.quotes import find_quotes

    # invented: the quotation after the mayor's is given to "one resident", whom the report does not name
    text = ("Mayor Ilse Brandt said the bridge would reopen in spring. \"The repairs are on schedule,\" Brandt said.\n\n"
            "\"We have been cut off for months,\" one resident told the radio station.")
    sentences, mentions = _mentions(text, [("Ilse Brandt", "PERSON")])
    speakers = [(q.text, q.speaker) for q in find_quotes(text, sentences, mentions) if q.kind == "direct"]
    assert speakers == [("The repairs are on schedule,", "Brandt"), ("We have been cut off for months,", "one resident")]


def test_a_last_clause_joined_by_and_is_no_credit_for_the_words_before_it():
    from corroborate.analyze.quotes import find_quotes

    # invented: ", and the city council has asked for a review" is a clause of its own; the museum's
    # reopening is not the council's word, as the library's is the mayor's in ", Mayor Ilse Brandt said on Monday"
    text = ("The museum will reopen in May after the flood, and the city council has asked for a review of the costs. "
            "The library will reopen in June after the flood, Mayor Ilse Brandt said on Monday.")
    sentences, mentions = _mentions(text, [("city council", "ORG"), ("Ilse Brandt", "PERSON")])
    reported = [(q.text, q.speaker) for q in find_quotes(text, sentences, mentions) if q.kind == "reported"]
    assert reported == [("The library will reopen in June after the flood", "Ilse Brandt")]


def test_a_name_set_off_after_a_role_speaks_though_the_tagger_missed_it():
    from corroborate.analyze.quotes import find_quotes

    # invented: the tagger found no person in "Ilse Varga"; the role before her is in lower case, so
    # the capitalised apposition is the speaker's name (an organisation named so speaks as well)
    text = ("\"The gauges were checked twice,\" the bureau's head of forecasting, Ilse Varga, told reporters. "
            "\"The harbour is closed,\" the port's operator, Harbour Authority, said.")
    sentences, mentions = _mentions(text, [])
    assert [q.speaker for q in find_quotes(text, sentences, mentions)] == ["Ilse Varga", "Harbour Authority"]


def test_a_role_then_a_name_set_off_by_a_comma_is_the_name():
    from corroborate.analyze.quotes import find_quotes

    # invented: "said his coach, Jan Doe" and "according to the club's doctor, Dr. Ana Reis" name the
    # person after the comma; the city-marathon probe left a coach's quotation unattributed and gave
    # a count to "the event's medical director"
    cases = [
        ("\"She has trained for this since the spring,\" said her coach, Ilse Varga.", "Ilse Varga"),
        ("\"She has trained for this since the spring,\" said Ilse Varga, her coach.", "Ilse Varga"),
        ("Forty swimmers were treated for cold, according to the club's doctor, Dr. Ana Reis.", "Ana Reis"),
        ("According to the mayor's spokesman, Olaf Brink, the bridge will reopen on Friday.", "Olaf Brink"),
    ]
    for text, name in cases:
        sentences, mentions = _mentions(text, [(name, "PERSON")])
        assert [q.speaker for q in find_quotes(text, sentences, mentions)] == [name], text
    # a clause after the role is no name: the role speaks
    text = "Forty swimmers were treated for cold, according to the club, which runs the race."
    sentences, mentions = _mentions(text, [])
    assert [q.speaker for q in find_quotes(text, sentences, mentions)] == ["the club"]


def test_a_name_then_a_title_of_an_organisation_is_the_named_speaker():
    from corroborate.analyze.quotes import find_quotes

    # invented: "Ada Lind, director of the Nordic Grain Forum, said ..." names the person first and
    # the organisation she heads after her title; the organisation, next to the verb, was the speaker
    # of the partial quotation. Other speakers set off after a name ("officials of the ministry")
    # still speak themselves
    text = "Ada Lind, director of the Nordic Grain Forum, said the levy would \"hurt every farm in the north\"."
    sentences, mentions = _mentions(text, [("Ada Lind", "PERSON"), ("Nordic Grain Forum", "ORG")])
    assert [q.speaker for q in find_quotes(text, sentences, mentions)] == ["Ada Lind"]
    text = "After talks with Ada Lind, officials of the Nordic Grain Forum said the levy would \"hurt every farm in the north\"."
    sentences, mentions = _mentions(text, [("Ada Lind", "PERSON"), ("Nordic Grain Forum", "ORG")])
    assert [q.speaker for q in find_quotes(text, sentences, mentions)] != ["Ada Lind"]


def test_he_said_after_a_surname_the_tagger_took_for_a_product_is_that_persons():
    from corroborate.analyze.quotes import find_quotes
    from corroborate.analyze.sentences import sentence_index, split_sentences
    from corroborate.model import Mention

    # invented: the tagger called the second "Lindqvist" a product, so the "he said" after it went to
    # the skier named before her; a one-word surname of a person in the report is that person, whatever
    # its tag
    text = ("Aron Berg beat Nils Lindqvist in the final. \"I skied the race of my life,\" Berg said. "
            "Lindqvist, the defending champion, praised his rival. \"He was faster on every run,\" he said.")
    sentences = split_sentences(text)
    spans = [("Aron Berg", "PERSON", 0), ("Nils Lindqvist", "PERSON", 0), ("Berg", "PERSON", 60),
             ("Lindqvist", "PRODUCT", 80)]
    mentions = []
    for name, kind, after in spans:
        start = text.index(name, after)
        mentions.append(Mention(name, kind, start, start + len(name), sentence_index(sentences, start)))
    speakers = [(q.text, q.speaker) for q in find_quotes(text, sentences, mentions)]
    assert speakers == [("I skied the race of my life,", "Aron Berg"), ("He was faster on every run,", "Nils Lindqvist")]


def test_the_title_said_is_the_person_the_report_gave_that_title():
    from corroborate.analyze.quotes import find_quotes

    # invented: "the coach said" is Ilse Varga, named before as "her coach", not the swimmer named
    # after her; with no coach named, the words stay unattributed (the tennis-final probe: "the
    # coach said" after "Sonoda's coach Kenji Arakawa")
    text = ("Her coach Ilse Varga watched Lena Brandt win the final in Split. "
            "\"She has trained for this since May,\" the coach said.")
    sentences, mentions = _mentions(text, [("Ilse Varga", "PERSON"), ("Lena Brandt", "PERSON")])
    assert [q.speaker for q in find_quotes(text, sentences, mentions)] == ["Ilse Varga"]
    text = "Lena Brandt won the final in Split. \"She has trained for this since May,\" the coach said."
    sentences, mentions = _mentions(text, [("Lena Brandt", "PERSON")])
    assert [q.speaker for q in find_quotes(text, sentences, mentions)] == [None]


def test_she_said_takes_a_name_the_tagger_missed_when_the_report_gives_its_age():
    from corroborate.analyze.quotes import find_quotes

    # invented: a one-word name the tagger did not tag, given an age ("Marisol, a 61-year-old
    # baker", "Okoro, 47,"), is a person: the "she said" after it is hers, not the official's quoted
    # earlier (the volcano-eruption probe gave a villager's words to the agency head)
    for intro in ("Marisol, a 61-year-old baker from the lower town, said she left with only her keys.",
                  "Marisol, 61, a baker from the lower town, said she left with only her keys."):
        text = ("\"The river is still rising,\" the mayor, Ines Kalder, told reporters. " + intro +
                " \"We heard the water, then the lights went out,\" she said.")
        sentences, mentions = _mentions(text, [("Ines Kalder", "PERSON")])
        direct = next(q for q in find_quotes(text, sentences, mentions) if q.text.startswith("We heard the water"))
        assert direct.speaker == "Marisol", intro


def test_told_reporters_in_a_city_names_the_hearer_and_the_role_and_name_before_it_speak():
    from corroborate.analyze.quotes import find_quotes

    # invented: after "told" stand those told ("reporters in Leeds"), never the speaker; the
    # speaker is the role and name set off by commas before the verb (the hostage-release probe
    # gave the commissioner's account to "Kaduna")
    text = ("The bridge will reopen on Monday after three weeks of repairs, the county's highways "
            "director, Jan Doe, told reporters in Leeds.")
    sentences, mentions = _mentions(text, [("Jan Doe", "PERSON"), ("Leeds", "PLACE")])
    assert [(q.kind, q.speaker, q.verb) for q in find_quotes(text, sentences, mentions)] == [
        ("reported", "Jan Doe", "told")]
    text = "The bridge will reopen on Monday after three weeks of repairs, told Jan Doe of Leeds."
    sentences, mentions = _mentions(text, [("Jan Doe", "PERSON"), ("Leeds", "PLACE")])
    assert [q.speaker for q in find_quotes(text, sentences, mentions)] == []


def test_a_role_then_a_name_the_tagger_called_an_organisation_is_the_name():
    from corroborate.analyze.quotes import find_quotes

    # invented: "said the gym's manager, Jan Doe" with "Jan Doe" tagged an organisation: a name set off
    # after a title is the person with that title (the doping-ban probe gave a gym manager's words to
    # the coach quoted before); a company set off after a role still names no person
    text = ("\"She trains here every day,\" coach Ilse Varga said. "
            "\"Nobody here believes she cheated,\" said the gym's manager, Jan Doe.")
    sentences, mentions = _mentions(text, [("Ilse Varga", "PERSON"), ("Jan Doe", "ORG")])
    assert [q.speaker for q in find_quotes(text, sentences, mentions)] == ["Ilse Varga", "Jan Doe"]
    text = ("\"She trains here every day,\" coach Ilse Varga said. "
            "\"We sold the gym in May,\" said its former owner, Brezno Holdings.")
    sentences, mentions = _mentions(text, [("Ilse Varga", "PERSON"), ("Brezno Holdings", "ORG")])
    assert [q.speaker for q in find_quotes(text, sentences, mentions)][1] != "Brezno Holdings"


def test_said_a_town_then_a_role_then_a_name_is_the_name():
    from corroborate.analyze.quotes import find_quotes

    # invented: after "said", a town or company before a role in lower case says where the speaker
    # works; the person after the role speaks, even when the tagger took the town for a person (the
    # bus-crash probe gave a fire officer's words to "Shibchar", which joined a radio report to the
    # wire story by its structure)
    text = ("\"The road was flooded for an hour,\" said Kelso fire station officer Ilse Varga, whose crew "
            "reached the scene first.")
    sentences, mentions = _mentions(text, [("Kelso", "PERSON"), ("Ilse Varga", "PERSON")])
    (quote,) = find_quotes(text, sentences, mentions)
    assert (quote.speaker, text[quote.speaker_start : quote.speaker_end]) == ("Ilse Varga", "Ilse Varga")
    # a name, then an apposition that is no role: the first name still speaks
    text = "\"The road was flooded for an hour,\" said Jan Doe and his neighbour Ilse Varga."
    sentences, mentions = _mentions(text, [("Jan Doe", "PERSON"), ("Ilse Varga", "PERSON")])
    assert [q.speaker for q in find_quotes(text, sentences, mentions)] == ["Jan Doe"]


def test_he_said_after_a_sentence_a_person_said_is_that_person():
    from corroborate.analyze.quotes import find_quotes

    # invented: "he said" right after a sentence a person said is that person, not a company named
    # in his relative clause that the tagger took for a person, nor a person named before him when
    # the tagger missed his name (the bus-crash probe gave a bus owner's words to his company and a
    # shopkeeper's to the fire officer quoted before)
    text = ("Jan Doe, who owns Kelso Lines, said the ferry had been inspected in May. "
            "\"We check every boat each month,\" he said.")
    sentences, mentions = _mentions(text, [("Jan Doe", "PERSON"), ("Kelso Lines", "PERSON")])
    assert [q.speaker for q in find_quotes(text, sentences, mentions) if q.kind == "direct"] == ["Jan Doe"]
    text = ("\"The current is strong here,\" said fire officer Ilse Varga. Baker Tom Ruud said he ran to the "
            "bank. \"We pulled four people out,\" he said.")
    sentences, mentions = _mentions(text, [("Ilse Varga", "PERSON")])
    assert [q.speaker for q in find_quotes(text, sentences, mentions) if q.kind == "direct"] == [
        "Ilse Varga", "Baker Tom Ruud"]
    # the sentence before was said by a group, or by a spokeswoman ("he" is not hers): "he" keeps the
    # man named before
    text = ("\"The current is strong here,\" said fire officer Jan Doe. Police said the road was closed. "
            "\"We pulled four people out,\" he said.")
    sentences, mentions = _mentions(text, [("Jan Doe", "PERSON")])
    assert [q.speaker for q in find_quotes(text, sentences, mentions) if q.kind == "direct"] == ["Jan Doe", "Jan Doe"]
    text = ("\"The current is strong here,\" said fire officer Jan Doe. Spokeswoman Ilse Varga said the road "
            "was closed. \"We pulled four people out,\" he said.")
    sentences, mentions = _mentions(text, [("Jan Doe", "PERSON"), ("Ilse Varga", "PERSON")])
    assert [q.speaker for q in find_quotes(text, sentences, mentions) if q.kind == "direct"] == ["Jan Doe", "Jan Doe"]


def test_he_is_never_a_name_the_tagger_read_as_a_person_right_after_at():
    from corroborate.analyze.quotes import find_quotes

    # invented: "who has dug at Wadi Sura for 30 years" with "Wadi Sura" tagged a person: the "he"
    # of the next quotation is the digger named before it (the archaeology-find probe gave a
    # digger's words to "Dra Abu el-Naga")
    text = ("Omar Said, who has dug at Wadi Sura for 30 years, said he had never seen such paintings. "
            "\"The whole wall was red,\" he said.")
    sentences, mentions = _mentions(text, [("Omar Said", "PERSON"), ("Wadi Sura", "PERSON")])
    assert [(q.kind, q.speaker) for q in find_quotes(text, sentences, mentions)][-1] == ("direct", "Omar Said")


def test_a_request_with_an_infinitive_reports_nothing_and_a_conjunction_is_no_part_of_the_speaker():
    from corroborate.analyze.quotes import find_quotes

    # invented: "police have asked drivers ... to wait" asks for something and reports no statement
    # (the landslide probe gave the road's closure to "and police"); a speaker after "and" is named
    # without the conjunction
    def reported(text):
        sentences, mentions = _mentions(text, [])
        return [(q.speaker, q.text) for q in find_quotes(text, sentences, mentions) if q.kind == "reported"]

    assert reported("The bridge at Holm has been shut, and police have asked drivers heading east to wait in Varby.") == []
    assert reported("Rangers urged walkers on the ridge to turn back before dark on Sunday.") == []
    assert [who for who, _ in reported("The mayor asked residents if they wanted to be moved to the school in Varby.")] == [
        "mayor"]  # a question asked, not a request
    assert reported("The bridge at Holm has been shut, and police said the river had risen by two metres overnight.") == [
        ("police", "the river had risen by two metres overnight")]


def test_places_people_come_from_do_not_speak_for_them():
    from corroborate.analyze.quotes import find_quotes

    # invented: "from Lagos and Accra" says where the fans come from (the celebrity-rehab probe: the
    # last place before the verb was made the speaker of "posted messages ..."); a person before
    # the places still speaks
    text = "Supporters from Lagos and Accra posted messages saying the team deserved a second chance."
    sentences, mentions = _mentions(text, [("Lagos", "PLACE"), ("Accra", "PLACE")])
    assert [q.speaker for q in find_quotes(text, sentences, mentions)] == []
    text = "Coach Emeka Obi from Lagos said the team deserved a second chance after the defeat."
    sentences, mentions = _mentions(text, [("Emeka Obi", "PERSON"), ("Lagos", "PLACE")])
    assert [q.speaker for q in find_quotes(text, sentences, mentions)] == ["Emeka Obi"]


def test_a_quantifier_alone_speaks_for_no_one():
    """'Several said: "..."' and '"...," many said': the quantifier counts people named before it
    (residents), it names no one; a name after the quotation still speaks."""
    from corroborate.analyze.quotes import find_quotes

    text = ('Residents of the old town described a night of noise.\n\n"We were terrified," many said.\n\n'
            'Several said: "Nobody came to help us."\n\n"It was chaos," said Mara Quist, who lives on the square.')
    sentences, mentions = _mentions(text, [("Mara Quist", "PERSON")])
    assert [(q.text, q.speaker) for q in find_quotes(text, sentences, mentions)] == [
        ("We were terrified,", None), ("Nobody came to help us.", None), ("It was chaos,", "Mara Quist")]
