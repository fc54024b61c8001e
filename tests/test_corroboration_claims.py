"""Statements: the reporting frame (who says it), modality, polarity, tense and clause splitting,
on real sentences of the drone corpus and of examples/harbour-blackout."""

from __future__ import annotations

from corroborate.corroboration.claims import extract_statements
from corroborate.settings import DEFAULT_SETTINGS
from tests.test_corroboration_builders import analysed, story_of


def statements_of(sentences, mentions=()):
    document = analysed("d1", sentences, published="2025-10-14", mentions=list(mentions))
    parsed = extract_statements(story_of([document]), [document], DEFAULT_SETTINGS)
    return document, parsed.statements


def test_said_names_the_speaker_and_leaves_the_content():
    _, (statement,) = statements_of(["Police said there was no evidence of sabotage."])
    assert statement.attribution == "Police"
    assert statement.content == "there was no evidence of sabotage"
    assert statement.modality == "reported"
    assert statement.negated  # "no evidence"


def test_according_to_the_information_of_an_agency_names_the_agency():
    _, (statement,) = statements_of(
        ["The port of Valparaíso in Chile has stayed without the electric power after a fire was happening in an "
         "electrical substation of Quilpué on Monday evening, according to the information of Meridian News Agency."],
        mentions=[("Meridian News Agency", "ORG")],
    )
    assert statement.attribution == "Meridian News Agency"
    assert statement.content.endswith("on Monday evening")  # the frame is not part of what is asserted


def test_officials_believe_is_a_belief_reported_by_the_spokesman():
    _, (statement,) = statements_of(
        ["National Security Council spokesman John Kirby said US intelligence officials believe a plant in Russia’s "
         "Alabuga special economic zone could be operational early next year."],
        mentions=[("John Kirby", "PERSON")],
    )
    assert statement.attribution == "John Kirby"
    assert statement.speaker_is_person
    assert statement.modality == "believed"
    assert statement.content == "a plant in Russia’s Alabuga special economic zone could be operational early next year"


def test_alleged_and_could():
    _, (alleged,) = statements_of(
        ["The administration of US President Joe Biden, Ukraine’s most important supporter, had previously alleged that "
         "Iran and Russia were discussing the possibility of setting up a drone assembly line inside of Russia."],
    )
    assert alleged.modality == "alleged"
    _, (possible,) = statements_of(
        ["Located several hundred miles east of Moscow, the plant could provide the Kremlin with a steady supply of "
         "weaponry for its ongoing invasion of Ukraine."],
    )
    assert possible.modality == "possible"
    assert possible.attribution is None


def test_denied_and_acknowledged_set_the_polarity():
    _, (denied,) = statements_of(["The grid company denied that scheduled maintenance at the substation had been postponed."])
    assert (denied.modality, denied.negated, denied.confirmed) == ("denied", True, False)
    assert denied.attribution == "grid company"
    _, (acknowledged,) = statements_of(
        ["The grid company acknowledged that scheduled maintenance at the substation had been postponed in August "
         "because of a shortage of spare parts."]
    )
    assert (acknowledged.negated, acknowledged.confirmed) == (False, True)


def test_will_open_is_planned_and_has_opened_is_done():
    _, (planned,) = statements_of(["The energy ministry will open an investigation into the outage, Energy Minister Diego "
                                   "Pardo told reporters in Santiago."], mentions=[("Diego Pardo", "PERSON")])
    assert (planned.tense, planned.modality, planned.theme) == ("planned", "planned", "investigation")
    assert planned.attribution == "Diego Pardo"
    _, (done,) = statements_of(["The energy ministry has opened an investigation into the outage, ministry officials "
                                "confirmed on Wednesday."])
    assert (done.tense, done.theme) == ("done", "investigation")
    _, (preparing,) = statements_of(["The White House is preparing to issue a new advisory to businesses and governments "
                                     "to ensure they don’t inadvertently aid the Iran-Russia tie, Kirby added."],
                                    mentions=[("Kirby", "PERSON")])
    assert (preparing.tense, preparing.theme, preparing.attribution) == ("planned", "advisory", "Kirby")


def test_coordinated_clauses_with_their_own_subject_are_separate_statements():
    document, statements = statements_of(
        ["Hospitals in the region switched to backup generators, and the regional government opened three emergency "
         "shelters for residents without heating."]
    )
    assert [s.text for s in statements] == [
        "Hospitals in the region switched to backup generators",
        "the regional government opened three emergency shelters for residents without heating",
    ]
    for statement in statements:
        assert document.text[statement.start:statement.end] == statement.text
        assert document.text[statement.sentence_start:statement.sentence_end] == statement.sentence_text


def test_a_shared_subject_keeps_one_statement():
    _, statements = statements_of(["Iran admitted that it had provided drones to Russia before the start of the war but "
                                   "denies having sent any since."])
    assert len(statements) == 1
    assert statements[0].mixed_polarity


def test_he_said_is_attributed_to_the_last_person_who_spoke():
    _, statements = statements_of(
        ["The blaze broke out shortly after 6 a.m. at the Las Palmas substation, Pacific Grid Company spokesman "
         "Tomás Lindqvist said.", "He said the fire was caused by an overheated transformer."],
        mentions=[("Tomás Lindqvist", "PERSON")],
    )
    assert [s.attribution for s in statements] == ["Tomás Lindqvist", "Tomás Lindqvist"]
    assert statements[1].speaker_key == statements[0].speaker_key


def test_it_was_said_by_names_the_agent():
    _, (statement,) = statements_of(["The fire has been caused by an overheated transformer, it was said by the port authority."])
    assert statement.attribution == "port authority"
    assert statement.content == "The fire has been caused by an overheated transformer"


def test_quoted_words_are_kept_verbatim_with_offsets():
    document, (statement,) = statements_of(["\"We expect full power to be restored by Thursday morning,\" Ruiz said."],
                                           mentions=[("Ruiz", "PERSON")])
    (quote,) = statement.quotes
    assert quote.text == "We expect full power to be restored by Thursday morning"
    assert document.text[quote.start:quote.end] == quote.text
    assert quote.speaker == "Ruiz"


def test_a_clause_split_before_but_does_not_end_in_the_conjunction():
    _, statements = statements_of(
        ["Iran initially rejected the claims that it provided drones to Russia but the country’s Foreign Minister, "
         "Hossein Amir-Abdollahian, eventually acknowledged this, though he claimed saying that the deliveries "
         "happened before the war started."],
    )
    assert statements[0].content == "the claims that it provided drones to Russia"
    assert not any(s.content.split()[-1] in ("but", "and", "that", "though") for s in statements)


def test_a_plural_possessive_speaker_keeps_its_apostrophe_and_space():
    _, (statement,) = statements_of(["A dock workers' association said the night shift had been cut without notice."])
    assert statement.attribution == "dock workers' association"
    assert statement.content == "the night shift had been cut without notice"


def test_a_speaker_named_in_the_sentence_itself_wins_over_an_earlier_one():
    _, statements = statements_of(
        ["Two dockers were treated for burns, clinic director Anna Weiss said.",
         "Harbour master Olaf Brenner said crews saw \"a wall of smoke\" just after 2 a.m. \"Nobody could see the "
         "quay,\" he said."],
        mentions=[("Anna Weiss", "PERSON"), ("Olaf Brenner", "PERSON")],
    )
    assert [s.attribution for s in statements] == ["Anna Weiss", "Olaf Brenner"]


def test_the_speaker_is_the_phrases_own_name_not_one_in_a_clause_attached_to_it():
    # invented: the last name of the phrase is the person the speaker ran to, or the lawyer's client
    names = [("Mara Quist", "PERSON"), ("Tomas Verholt", "PERSON"), ("Ines Calloway", "PERSON")]
    _, (ran,) = statements_of(
        ["\"The crews worked through the night to pump water from the hull,\" said Mara Quist, who had driven to the quay to meet Tomas Verholt."],
        mentions=names[:2],
    )
    assert (ran.attribution, ran.speaker_is_person) == ("Mara Quist", True)
    _, (lawyer,) = statements_of(["A lawyer for Ines Calloway said the contract had been signed in March."],
                                 mentions=names[2:])
    assert (lawyer.attribution, lawyer.speaker_is_person) == ("lawyer", False)
    assert lawyer.content == "the contract had been signed in March"


def test_a_persons_representative_speaks_not_the_person_but_a_persons_statement_is_theirs():
    # invented: the possessor of "rep" is whom the rep speaks for, not the speaker
    names = [("Nora Lindqvist", "PERSON")]
    _, (rep,) = statements_of(["Nora Lindqvist's agent said the singer had cancelled the autumn tour."], mentions=names)
    assert (rep.attribution, rep.speaker_is_person) == ("Nora Lindqvist's agent", False)
    _, (own,) = statements_of(["Nora Lindqvist's statement said the singer had cancelled the autumn tour."],
                              mentions=names)
    assert (own.attribution, own.speaker_is_person) == ("Nora Lindqvist", True)


def test_he_said_takes_only_a_fitting_previous_speaker():
    first = "Four dockers were treated for smoke inhalation, fire service spokeswoman Petra Holm said."
    second = "\"The pier stays shut until Monday,\" harbour company spokesman Lars Keller said."
    # the tagger read "Lars Keller" as an organisation: the title before it says it is a person
    names = [("Petra Holm", "PERSON"), ("Lars Keller", "ORG")]
    _, statements = statements_of([first, second, "He said the cause of the fire was not yet known."], mentions=names)
    assert [s.attribution for s in statements] == ["Petra Holm", "Lars Keller", "Lars Keller"]
    assert statements[2].speaker_is_person and statements[2].speaker_key == statements[1].speaker_key
    # "she" after a spokesman, and "he" after an organisation spoke, are left unattributed
    _, statements = statements_of([first, second, "She said the cause of the fire was not yet known."], mentions=names)
    assert [s.attribution for s in statements] == ["Petra Holm", "Lars Keller", None]
    _, statements = statements_of(
        [second, "The harbour company said the crane had been inspected in May.",
         "He said the cause of the fire was not yet known."], mentions=names[1:],
    )
    assert [s.attribution for s in statements] == ["Lars Keller", "harbour company", None]


def test_quoted_as_saying_reports_the_quoted_person_and_the_quotation():
    # invented: "quoted" is the main verb of the parse; the words are the spokeswoman's, passed on
    names = [("Ilse Marnow", "PERSON"), ("Veltra Transit", "ORG")]
    quotation = "\"The ferry bridge will remain shut until Monday at the earliest,\" "
    for frame in ("Veltra Transit's spokeswoman Ilse Marnow was quoted as saying.", "Ilse Marnow was cited as saying.",
                  "Ilse Marnow was quoted by the agency as saying."):
        _, (statement,) = statements_of([quotation + frame], mentions=[n for n in names if n[0] in frame])
        assert (statement.attribution, statement.speaker_is_person) == ("Ilse Marnow", True), frame
        assert statement.content == "The ferry bridge will remain shut until Monday at the earliest"
        assert (statement.modality, statement.tense, statement.theme) == ("planned", "planned", None)
    for sentence in ("Ilse Marnow is reported to have said that the ferry bridge had been damaged by the storm.",
                     "Veltra Transit quoted Ilse Marnow as saying that the ferry bridge had been damaged by the storm."):
        _, (statement,) = statements_of([sentence], mentions=[n for n in names if n[0] in sentence])
        assert (statement.attribution, statement.modality) == ("Ilse Marnow", "reported"), sentence
        assert statement.content == "the ferry bridge had been damaged by the storm"
    _, (denied,) = statements_of(["Ilse Marnow was quoted as denying that the ferry bridge had been damaged by the storm."],
                                 mentions=names[:1])
    assert (denied.attribution, denied.modality, denied.negated) == ("Ilse Marnow", "denied", True)
    # "reported" with no speech verb under it is no frame: the figure is the report's own
    _, (own,) = statements_of(["Three workers were reported to have died in the fire at the depot."])
    assert (own.attribution, own.modality) == (None, "asserted")


def test_said_in_a_statement_that_keeps_the_speaker_and_notes_the_document():
    # invented; the parser hangs the "that" clause on "statement", not on "said"
    _, (statement,) = statements_of(["The harbour company said in a statement that the ferry would stay in port until Monday."])
    assert (statement.attribution, statement.content) == ("harbour company", "the ferry would stay in port until Monday")
    assert statement.via_document
    _, (board,) = statements_of(["A statement from the harbour board said the ferry would stay in port until Monday."])
    assert board.via_document
    _, (plain,) = statements_of(["The harbour board said the ferry would stay in port until Monday."])
    assert (plain.attribution, plain.via_document) == ("harbour board", False)


def test_admitting_a_thing_is_a_statement_of_its_own_not_a_frame_around_one_word():
    # invented: "did not admit liability" was read as a frame whose content was the word "liability",
    # and the one-word content was dropped, so the denial never reached the discrepancy checks
    _, (statement,) = statements_of(["The harbour board did not admit responsibility."],
                                     mentions=[("The harbour board", "ORG")])
    assert statement.content == "The harbour board did not admit responsibility"
    assert statement.negated is True
    _, (denied,) = statements_of(["The harbour board denied hiding the inspection report."])
    assert denied.content == "hiding the inspection report"
    assert (denied.modality, denied.negated) == ("denied", True)


def test_doc_text_of_no_tokens_is_empty():
    # a speaker phrase of nothing but punctuation left no words: this crashed a whole run
    from corroborate.corroboration.claims import doc_text

    assert doc_text([]) == ""


def test_a_reporting_verb_with_a_noun_object_names_no_speaker():
    """"conceded defeat" is a thing done: the pattern reading of the analysis takes it for reported
    speech, the parse does not; "admitted that ..." still reports speech."""
    from corroborate.analyze.quotes import find_quotes

    document = analysed(
        "d1",
        ["Councillor Ruth Okafor conceded defeat late on Tuesday, two days after voters in the harbour ward "
         "rejected her bid for a third term.",
         "The harbour board admitted that the crane had been inspected only once in five years."],
        published="2025-10-14", mentions=[("Ruth Okafor", "PERSON"), ("harbour board", "ORG")],
    )
    document.quotes = find_quotes(document.text, document.sentences, document.mentions)
    assert [q.kind for q in document.quotes] == ["reported", "reported"]
    conceded, admitted = extract_statements(story_of([document]), [document], DEFAULT_SETTINGS).statements
    assert (conceded.attribution, conceded.speaker_key) == (None, None)
    assert admitted.attribution == "harbour board"


def test_a_bare_surname_the_tagger_took_for_an_organisation_is_the_story_person():
    # invented: "Brenner" alone was tagged an organisation, so "Brenner said" and "Olaf Brenner said"
    # were two speakers, one of them no person, and a report quoting him was a misattribution
    sentences = ["\"We will reopen the pier on Friday,\" Brenner said after touring the quay.",
                 "Harbour master Olaf Brenner said the cranes had not been damaged by the fire."]
    _, statements = statements_of(sentences, mentions=[("Brenner", "ORG"), ("Olaf Brenner", "PERSON")])
    assert [(s.attribution, s.speaker_key, s.speaker_is_person) for s in statements] == [
        ("Brenner", "person:brenner", True), ("Olaf Brenner", "person:brenner", True)]
    # a surname that two people of the story share names neither of them
    _, statements = statements_of(
        sentences + ["Ines Brenner, his sister, said the quay would stay closed to visitors."],
        mentions=[("Brenner", "ORG"), ("Olaf Brenner", "PERSON"), ("Ines Brenner", "PERSON")],
    )
    assert (statements[0].attribution, statements[0].speaker_is_person) == ("Brenner", False)


def test_the_possessor_in_a_speaker_phrase_is_whom_the_speaker_works_for():
    # invented; the name reading took the company "Velto" for a person too
    _, (statement,) = statements_of(
        ["\"We will refund every ticket,\" said Mara Lind, Velto's head of sales."],
        mentions=[("Mara Lind", "PERSON"), ("Velto", "PERSON")],
    )
    assert (statement.attribution, statement.speaker_is_person) == ("Mara Lind", True)


def test_a_reported_question_states_nothing_and_a_clause_beside_a_denied_frame_keeps_its_own_polarity():
    # invented: "did not say which ..." left the statement "which company built the crane", negated,
    # and the "not" of the frame reached the clause after "but", which the writer asserts
    _, statements = statements_of(["The port board did not say which company built the crane."])
    assert statements == []
    _, statements = statements_of(["The harbour master would not say whether the quay had been damaged."])
    assert statements == []
    _, statements = statements_of(
        ["The port board did not say how many ships were delayed, but a customs notice lists 14 vessels at anchor."])
    assert [(s.content, s.negated) for s in statements] == [("a customs notice lists 14 vessels at anchor", False)]
    # a free relative states something, and the clause of a plain frame stays as it was
    _, (statement,) = statements_of(["The harbour master said what happened on the quay was an accident."])
    assert (statement.content, statement.negated) == ("what happened on the quay was an accident", False)
    # a speaker who told how or which is reported: "described how" is no question
    _, (told,) = statements_of(["The port board described how the cargo is moved from the quay to the rail yard."])
    assert told.content == "how the cargo is moved from the quay to the rail yard"


def test_a_speakers_aside_after_the_reported_words_is_not_part_of_them():
    # invented: the parser hangs ", calling ..." inside the that-clause; it is what the board did
    _, (statement,) = statements_of(
        ["The harbour board denied that the crane was unsafe, calling the closure a precaution before the storm."])
    assert (statement.content, statement.negated) == ("the crane was unsafe", True)
    # a participle of another verb tells what followed, and stays in the content
    _, (result,) = statements_of(["The harbour board said the storm hit the quay, flooding the rail yard."])
    assert result.content == "the storm hit the quay, flooding the rail yard"


def test_a_surname_the_tagger_took_for_an_unknown_place_speaks_as_a_person_and_she_stands_for_it():
    # invented: the tagger read "Ines Vrbova" and "Vrbova" as places no gazetteer knows; the report
    # names her in full, then by the surname alone, as it names people
    sentences = ["Ines Vrbova, the new harbour director, toured the damaged quay on Monday.",
                 "Speaking to reporters at the quay, Vrbova said the cranes would be repaired by June.",
                 "\"We will not reopen until every crane has been tested,\" she said."]
    from corroborate.model import Mention

    document = analysed("d1", sentences, published="2025-10-14", mentions=[("Ines Vrbova", "PLACE")])
    at = document.text.index("Vrbova said")
    document.mentions.append(Mention("Vrbova", "PLACE", at, at + len("Vrbova"), 1))
    statements = extract_statements(story_of([document]), [document], DEFAULT_SETTINGS).statements
    assert [(s.attribution, s.speaker_key, s.speaker_is_person) for s in statements[1:]] == [
        ("Vrbova", "person:vrbova", True), ("Vrbova", "person:vrbova", True)]


def test_a_noun_object_spelled_like_a_reporting_verb_still_names_no_speaker():
    # invented: "state" of "a state of alert" was taken for the verb "to state", so the act of
    # declaring was read as reported speech and put in the mayor's mouth
    from corroborate.analyze.quotes import find_quotes

    document = analysed("d1", ["Mayor Ana Ruiz declared a state of alert on Friday, closing the river promenade to "
                               "walkers."], published="2025-10-14", mentions=[("Ana Ruiz", "PERSON")])
    document.quotes = find_quotes(document.text, document.sentences, document.mentions)
    assert [q.kind for q in document.quotes] == ["reported"]
    (statement,) = extract_statements(story_of([document]), [document], DEFAULT_SETTINGS).statements
    assert (statement.attribution, statement.speaker_key) == (None, None)


def test_a_credit_the_parser_made_a_clause_of_its_own_frames_the_clause_before_it():
    # invented: "..., The Baltic Courier reported on Monday" was parsed as a second clause and stood
    # as the statement "The Baltic Courier reported on Monday", the clause before it unattributed
    _, statements = statements_of(
        ["Danish shipper Nordvik Lines is calling back roughly 40 ferries around the world because a valve that "
         "feeds the engines may freeze in sub-zero weather, The Baltic Courier reported on Monday.",
         "The ferries were built in 1988."])
    assert [(s.content, s.attribution, s.modality) for s in statements] == [
        ("Danish shipper Nordvik Lines is calling back roughly 40 ferries around the world because a valve that "
         "feeds the engines may freeze in sub-zero weather", "Baltic Courier", "reported"),
        ("The ferries were built in 1988", None, "asserted"),
    ]
    # a clause with its own object is a fact of its own, not a credit
    _, statements = statements_of(["The ferry sank near the pier and the coast guard reported two deaths."])
    assert [(s.attribution, s.modality) for s in statements] == [(None, "asserted")]


def test_she_said_after_a_sentence_about_a_named_person_is_that_person():
    # invented: the mayor acted in the sentence before, the spokesman spoke two sentences before
    sentences = ["The pier is safe, harbour spokesman Olaf Brenner said.",
                 "Mayor Ana Ruiz closed the river promenade on Friday.",
                 "\"Nobody walks there until the storm has passed,\" she said."]
    _, statements = statements_of(sentences, mentions=[("Olaf Brenner", "PERSON"), ("Ana Ruiz", "PERSON")])
    assert [s.attribution for s in statements] == ["Olaf Brenner", None, "Ana Ruiz"]


def test_she_said_after_a_spokesman_whose_quotation_runs_on_is_left_open():
    # invented: the second quotation is Brenner's by the analysis' quote reading, which carried no
    # gender, so "She said" was put in the spokesman's mouth
    from corroborate.analyze.quotes import find_quotes

    document = analysed("d1", ["\"The quay will stay shut until Friday,\" harbour spokesman Olaf Brenner said.",
                               "\"Nobody was hurt in the collapse of the crane.\"",
                               "She said the ferry would sail again on Monday."],
                        published="2025-10-14", mentions=[("Olaf Brenner", "PERSON")])
    document.quotes = find_quotes(document.text, document.sentences, document.mentions)
    statements = extract_statements(story_of([document]), [document], DEFAULT_SETTINGS).statements
    assert [s.attribution for s in statements] == ["Olaf Brenner", "Olaf Brenner", None]


def test_not_on_what_the_subject_is_found_or_pleads_to_be_denies_the_statement():
    # invented: the "not" hangs on "guilty", not on the verb, and still denies "pleaded guilty"
    _, (pleaded,) = statements_of(["The ferry captain pleaded not guilty to two counts of negligence."])
    _, (found,) = statements_of(["The ferry captain was found not guilty of negligence by the jury."])
    _, (admitted,) = statements_of(["The ferry captain pleaded guilty to two counts of negligence."])
    assert (pleaded.negated, found.negated, admitted.negated) == (True, True, False)
    # a predicate set against the denied one by "but" is asserted, not denied with it
    _, (contrast,) = statements_of(["The ferry captain pleaded not guilty to negligence but was convicted in May."])
    assert contrast.negated and "convict" not in contrast.predicates and "plead" in contrast.predicates


def test_a_start_that_was_due_or_set_is_planned_and_a_verb_without_object_acts_on_its_subject():
    # invented: "was due to resume" read as a past event ("was", done) and named nothing acted upon
    _, statements = statements_of([
        "The ferry service was due to resume on Friday.",
        "The new footbridge was set to open in May.",
        "A polio vaccination drive began on Monday.",
        "The council met the mayor on Monday.",
    ])
    assert [(s.tense, s.theme) for s in statements] == [
        ("planned", "service"), ("planned", "footbridge"), ("done", "drive"), ("done", "mayor"),
    ]


def test_a_bare_figure_counts_the_subject_it_is_the_value_of_and_a_date_of_the_saying_is_told_apart():
    # invented: "rose to 310" and "reached 4" name no noun after the figure; the subject says what
    # they count. "said on Tuesday" dates the telling, "burst on Sunday" what was told.
    text = "Flu cases in the county rose to 310, and the death toll reached 4. The number of stranded passengers climbed to 1,200."
    document = analysed("d1", [text.split(". ")[0] + ".", text.split(". ")[1]], published="2025-10-14", quantities=[
        dict(text="310", value=310.0, unit=None, kind="count"), dict(text="4", value=4.0, unit=None, kind="count"),
        dict(text="1,200", value=1200.0, unit=None, kind="count")])
    statements = extract_statements(story_of([document]), [document], DEFAULT_SETTINGS).statements
    assert [(q.text, q.unit) for s in statements for q in s.quantities] == [("310", "case"), ("4", "death"), ("1,200", "passenger")]
    dated = analysed("d2", ["The dam burst on Sunday, the mayor said on Tuesday."], published="2025-10-14",
                     times=[("Sunday", "2025-10-12", "day"), ("Tuesday", "2025-10-14", "day")])
    (statement,) = extract_statements(story_of([dated]), [dated], DEFAULT_SETTINGS).statements
    assert [(t.text, t.start in statement.telling_times) for t in statement.times] == [("Sunday", False), ("Tuesday", True)]


def test_according_to_figures_from_an_office_names_the_office():
    # invented: "figures" and "data" were the speakers of these sentences
    _, statements = statements_of([
        "About 30% of the patients are under five, according to figures from the district health office.",
        "The ferry will sail again on Monday, according to data from the port authority.",
    ])
    assert [s.attribution for s in statements] == ["district health office", "port authority"]


def test_a_clause_opened_by_after_is_no_coordinated_fact_of_its_own():
    # invented: the parser made "declared" a conjunct of "reached" with "time" as its subject; a
    # verb under "after" is a subordinate clause, and the sentence stays one statement
    _, statements = statements_of(
        ["The lifeboat, with nine survivors and two medics, reached the harbour at Brest at 4:50 a.m. local time "
         "(0350 GMT), about 40 minutes after the coastguard declared an emergency."]
    )
    assert [s.content for s in statements] == [
        "The lifeboat, with nine survivors and two medics, reached the harbour at Brest at 4:50 a.m. local time "
        "(0350 GMT), about 40 minutes after the coastguard declared an emergency"
    ]
    _, statements = statements_of(["The ministry said prices rose in March and that wages fell in April."])
    assert [s.content for s in statements] == ["prices rose in March", "wages fell in April"]


def test_a_quotation_that_goes_on_in_the_next_sentence_shows_its_speaker_there_too():
    # invented: the second quoted sentence has no frame; the first sentence named the coach
    from corroborate.model import Quote

    def statements_with_quotes(sentences):
        document = analysed("d1", sentences, published="2025-10-14", mentions=[("Lars Holm", "PERSON")])
        for index, sentence in enumerate(sentences):
            if sentence.startswith('"'):
                words = sentence.split('"')[1]
                start = document.text.index(words)
                document.quotes.append(Quote(words, "direct", start, start + len(words), index, speaker="Lars Holm"))
        return extract_statements(story_of([document]), [document], DEFAULT_SETTINGS).statements

    first = '"We were the better side for an hour," coach Lars Holm said.'
    going_on = statements_with_quotes([first, '"Nobody will remember the penalty in a week."'])
    assert [(s.attribution, s.speaker_in_sentence) for s in going_on] == [("Lars Holm", True), ("Lars Holm", True)]
    further = statements_with_quotes([first, "The visitors had two shots on target all afternoon.",
                                      '"Nobody will remember the penalty in a week."'])
    assert (further[-1].attribution, further[-1].speaker_in_sentence) == ("Lars Holm", False)


def test_each_sentence_of_a_quotation_that_runs_over_two_sentences_is_its_speakers():
    # invented: the analysis gives the whole two-sentence quotation to the coach; its second
    # sentence has no frame and no quotation mark at its start, and the sentence after it is prose
    from corroborate.model import Quote

    sentences = ["Coach Lars Holm was upbeat after the draw in Bergen.", '"Nobody will remember the penalty in a week.',
                 'We were the better side for an hour."', "The visitors had two shots on target all afternoon."]
    document = analysed("d1", sentences, published="2025-10-14", mentions=[("Lars Holm", "PERSON")])
    start, end = document.text.index("Nobody"), document.text.index("hour.") + len("hour.")
    document.quotes.append(Quote(document.text[start:end], "direct", start, end, 1, speaker="Lars Holm"))
    statements = extract_statements(story_of([document]), [document], DEFAULT_SETTINGS).statements
    assert [(s.text, s.attribution) for s in statements] == [
        ("Coach Lars Holm was upbeat after the draw in Bergen.", None),
        ('"Nobody will remember the penalty in a week.', "Lars Holm"),
        ('We were the better side for an hour."', "Lars Holm"),
        ("The visitors had two shots on target all afternoon.", None),
    ]


def test_a_credit_in_the_middle_frames_the_clause_before_it_and_the_clause_after_is_its_own():
    # invented: the parser puts "Lusa reported" beside the first clause and hangs the arrests on it
    _, statements = statements_of(
        ["Tens of thousands of pensioners took to the streets of Naples on Wednesday to protest against a plan to "
         "cut their allowances, Lusa reported, and 20 demonstrators were arrested after clashes at the end of the march."],
        mentions=[("Lusa", "ORG")],
    )
    assert [(s.attribution, s.content) for s in statements] == [
        ("Lusa", "Tens of thousands of pensioners took to the streets of Naples on Wednesday to protest against a plan "
                 "to cut their allowances"),
        ("Lusa", "20 demonstrators were arrested after clashes at the end of the march"),
    ]


def test_a_hyphenated_speaker_keeps_its_hyphen():
    # invented: "Oslo-based" was written "Oslo based" in the claim's speaker
    _, (based,) = statements_of(["The Oslo-based shipping line said the ferry would sail again on Monday."])
    _, (owned,) = statements_of(["The state-owned utility said power would be back by Friday."])
    assert (based.attribution, owned.attribution) == ("Oslo-based shipping line", "state-owned utility")


def test_a_verb_of_telling_in_the_passive_done_to_someone_dates_a_happening_not_a_telling():
    # invented: the goalkeeper is assessed on Monday (an examination); the club said it on Monday (a telling)
    for sentence, telling in [
        ("The goalkeeper, who hurt his wrist in training, will be assessed on Monday, the club said.", False),
        ("The club said on Monday that the goalkeeper would miss the derby.", True),
        ("It was reported on Monday that the goalkeeper would miss the derby.", True),
    ]:
        document = analysed("d1", [sentence], published="2025-10-14", times=[("Monday", "2025-10-13", "day")])
        (statement,) = extract_statements(story_of([document]), [document], DEFAULT_SETTINGS).statements
        assert bool(statement.telling_times) is telling, sentence


def test_a_speaker_the_parser_hung_on_the_last_noun_as_appositions_still_speaks():
    # invented: "said" at the end got no subject; "a port spokesman, Jan Berg" were appositions of
    # "ambulances", and the speaker stayed inside what was said
    _, (statement,) = statements_of(
        ["The ferry, carrying 300 passengers from Dover, docked at 6 a.m. and was met by ambulances, a port "
         "spokesman, Jan Berg, said."], mentions=[("Jan Berg", "PERSON")])
    assert (statement.attribution, statement.content) == (
        "Jan Berg", "The ferry, carrying 300 passengers from Dover, docked at 6 a.m. and was met by ambulances")


def test_a_second_whether_clause_asks_and_states_nothing_of_its_own():
    # invented: the parser hangs "whether it had reported the loss in time" on "opened" as a clause
    # of its own; split off, it read as the board saying the fund had reported the loss in time
    _, statements = statements_of(
        ["The pensions board said it had opened an inquiry into whether Nordvik had guarded its members' savings "
         "well enough and whether it had reported the loss in time."]
    )
    assert [(s.attribution, s.content) for s in statements] == [
        ("pensions board", "it had opened an inquiry into whether Nordvik had guarded its members' savings well enough "
                           "and whether it had reported the loss in time"),
    ]


def test_a_given_name_the_tagger_left_out_of_a_speaker_is_part_of_the_name():
    # invented: the tagger found only "Brask" in "said Ingrid Brask"; the parser joins "Ingrid" to
    # it. A title joined the same way stays out of the name.
    _, (statement,) = statements_of(
        ['"We will rebuild the pier by spring," said Ingrid Brask, the finance director of the harbour board.'],
        mentions=[("Brask", "PERSON")],
    )
    assert statement.attribution == "Ingrid Brask"
    _, (statement,) = statements_of(
        ['"The pier was badly built," said Professor Brask, who studied the collapse.'],
        mentions=[("Brask", "PERSON")],
    )
    assert statement.attribution == "Brask"


def test_a_name_the_story_resolves_as_an_organisation_is_no_person_where_the_tagger_said_person():
    # invented: "built by Halden Marine" was tagged a person here, but the story's reports resolve
    # the name as a company; read as a person, it made the sentence's 40 cars that person's own
    from dataclasses import replace

    from corroborate.model import Entity

    document = analysed("d1", ["The ferry, built by Halden Marine, was carrying 40 cars when it ran aground."],
                        published="2025-10-14", mentions=[("Halden Marine", "PERSON")])
    document.mentions = [replace(m, entity="e1") for m in document.mentions]
    story = story_of([document])
    (alone,) = extract_statements(story, [document], DEFAULT_SETTINGS).statements
    assert alone.entities == {"person:marine"}
    story.entities = [Entity(id="e1", name="Halden Marine", type="ORG")]
    (statement,) = extract_statements(story, [document], DEFAULT_SETTINGS).statements
    assert statement.entities == {"e1"}


def test_a_clause_that_ends_in_a_bracket_keeps_the_closing_bracket():
    # invented: the first of two coordinated clauses ended "... about 5 miles (8 km" without the ")"
    _, statements = statements_of(["The river rose about 5 miles (8 km) upstream of the weir, and the council closed the towpath."])
    assert [s.text for s in statements] == ["The river rose about 5 miles (8 km) upstream of the weir",
                                            "the council closed the towpath"]
    _, statements = statements_of(["The river burst its banks over about 5 miles (8 km), and the council closed the towpath."])
    assert statements[0].text == "The river burst its banks over about 5 miles (8 km)"


def test_not_until_tells_when_and_nothing_less_than_measures_and_a_sentence_lists_what_it_denies():
    # invented: "did not reopen until Monday" says it reopened on Monday; "no fewer than" and
    # "nothing less than" compare; "but had no money" denies in a clause the head does not govern
    _, (until,) = statements_of(["The bridge over the Vantor did not reopen until Monday morning, officials said."])
    assert until.negated is False
    _, (stake,) = statements_of(["Nothing less than the future of the Vantor valley is at stake, the mayor told the council."])
    assert stake.negated is False
    _, (married,) = statements_of(["The painter Ilse Varga was married twice but had no children of her own."])
    assert (married.negated, sorted(married.denials)) == (False, ["child"])
    _, (never,) = statements_of(["The painter suffered a stroke in May and never regained consciousness, her agent said."])
    assert (never.negated, sorted(never.denials)) == (False, ["consciousness", "regain"])


def test_a_name_the_parser_cut_at_a_hyphen_is_the_whole_speaker():
    # invented: the parser ended the speaker phrase at "Ha" of "Choi Ha-rin" (in a full report, as
    # "estate agent Bae Min" of "Bae Min-seok"); the tagger's name runs on, and it is the speaker
    import spacy

    from corroborate.corroboration.claims import _speaker
    from corroborate.model import Mention

    text = "Shopkeeper Choi Ha-rin said sales had picked up."
    doc = spacy.blank("en")(text)
    phrase = [t for t in doc if t.idx < text.index("-rin")]
    name = Mention("Choi Ha-rin", "PERSON", text.index("Choi"), text.index("Choi") + len("Choi Ha-rin"), 0)
    found = _speaker(phrase, [name], {}, {})
    assert (found.name, found.is_person) == ("Choi Ha-rin", True)


def test_a_second_subject_from_inside_the_quotation_is_not_the_speaker():
    # invented: the parser hung "said" on the quotation's verb and gave it two subjects, "the
    # budget" (inside the quotation) and the engineer; the one nearest the verb speaks, and the
    # quotation's second clause stays content
    _, (statement,) = statements_of(
        ['"This is the first bridge of its type to open on time, and the budget held in every phase we planned," '
         'chief engineer Lena Vos said.'],
        mentions=[("Lena Vos", "PERSON")],
    )
    assert statement.attribution == "Lena Vos"
    assert statement.content == ("This is the first bridge of its type to open on time, and the budget held in every "
                                 "phase we planned")


def test_an_organisation_named_with_of_is_the_speaker_by_its_whole_name():
    # invented: "of Meteorology" is part of the name, not a phrase attached to the speaker; a
    # spokesman "of the bureau" is still the spokesman
    _, (statement,) = statements_of(["The Bureau of Meteorology said the cyclone would weaken over land."],
                                    mentions=[("Bureau of Meteorology", "ORG")])
    assert (statement.attribution, statement.speaker_key) == ("Bureau of Meteorology", "ORG:bureau of meteorology")
    _, (spokesman,) = statements_of(["A spokesman of the Bureau of Meteorology said the cyclone would weaken over land."],
                                    mentions=[("Bureau of Meteorology", "ORG")])
    assert spokesman.attribution == "spokesman"


def test_a_three_word_sentence_that_counts_a_fate_is_a_statement():
    # invented: "Two were rescued." is short but news; a short label without a verb stays out
    _, statements = statements_of(["Nine climbers set out from the hut at dawn.", "Two were rescued.", "Photo 2 above.", "More photos."])
    assert [s.text for s in statements] == ["Nine climbers set out from the hut at dawn.", "Two were rescued."]


def test_the_agency_said_in_a_rewrite_that_credits_one_agency_names_that_agency():
    # invented: a rewrite credits Reuters in its lede, then says "the agency said" and "according to
    # the news agency"; both are Reuters. Without a credit in the text, "agency" stays as written.
    _, statements = statements_of([
        "Two ferries collided off Bergen on Monday, Reuters reported, citing the coastguard.",
        "One of the ferries was carrying 40 passengers, the agency said.",
        "No passenger on either ferry was hurt in the collision, according to the news agency.",
    ])
    assert [s.attribution for s in statements] == ["Reuters", "Reuters", "Reuters"]
    _, (statement,) = statements_of(["One of the ferries was carrying 40 passengers, the agency said."])
    assert statement.attribution == "agency"


def test_a_name_set_off_after_a_role_is_the_speaker_when_the_tagger_took_it_for_no_person():
    # invented: the tagger read "Ilse Varga" as an organisation; a role in lower case with a
    # capitalised name set off after it is a person and her title, so the name speaks
    _, (statement,) = statements_of(
        ["The bureau's head of forecasting, Ilse Varga, told reporters the gauges had been checked twice."],
        mentions=[("Ilse Varga", "ORG")],
    )
    assert (statement.attribution, statement.speaker_key) == ("Ilse Varga", "person:varga")


def test_a_he_after_another_person_is_named_since_the_last_speaker_is_left_open():
    # invented: "he" may be the goalkeeper who spoke last or the striker the next sentence is about;
    # the city-marathon probe put a runner's words in the mouth of the runner quoted before him
    _, statements = statements_of(
        ["Goalkeeper Tomas Ruud said afterwards that he had played with a sore knee.",
         "For Erik Lind, the youngest player on the pitch, the night was about more than the trophy.",
         "\"My family were all in the stand tonight,\" he said."],
        mentions=[("Tomas Ruud", "PERSON"), ("Erik Lind", "PERSON")],
    )
    assert [s.attribution for s in statements] == ["Tomas Ruud", None, None]
    # with no one else named between, "he" is still the last speaker
    _, statements = statements_of(
        ["Goalkeeper Tomas Ruud said afterwards that he had played with a sore knee.",
         "\"My family were all in the stand tonight,\" he said."],
        mentions=[("Tomas Ruud", "PERSON")],
    )
    assert [s.attribution for s in statements] == ["Tomas Ruud", "Tomas Ruud"]


def test_according_to_a_role_then_a_name_the_parser_hung_elsewhere_is_the_name():
    # invented: the parser hangs "Dr. Ana Reis" on the sentence's verb, not on "doctor"; the name
    # after the comma is who the role is (the city-marathon probe's "the event's medical director")
    _, (statement,) = statements_of(
        ["Forty swimmers were treated for cold, according to the club's doctor, Dr. Ana Reis."],
        mentions=[("Ana Reis", "PERSON")],
    )
    assert (statement.attribution, statement.content) == ("Ana Reis", "Forty swimmers were treated for cold")


def test_a_clause_after_and_is_no_content_of_the_reporting_verb():
    # invented: the parser hangs the clause after ", and" on "reported" as its complement; the
    # company reporting its results is a statement, not dropped as a frame with two words of content
    _, statements = statements_of(["Harlow Foods reported its results for the April-September half on Friday, and the "
                                   "figures were better than most in the market had hoped."])
    assert statements and statements[0].text.startswith("Harlow Foods reported its results for the April-September half")
    assert statements[0].attribution is None
def test_did_not_with_a_bare_verb_is_done_and_a_relative_clause_describes_its_object():
    # invented: "did not cut" is the past told through "did"; "which remains at 3 percent" is said of
    # the rate, not denied with the cut
    _, (statement,) = statements_of(["The central bank did not cut its main rate, which remains at 3 percent."])
    assert (statement.tense, statement.negated, statement.predicate) == ("done", True, "cut")
    assert statement.described == frozenset({"remain"})


def test_a_place_that_only_modifies_the_speaker_is_not_the_speaker():
    # invented: "the Danish shipping group" speaks, not Denmark; "Tarnow officers" are the police
    # of a town; a place that is the whole subject still speaks
    _, (group,) = statements_of(["The Danish shipping group said it would reroute its vessels around the cape."],
                                mentions=[("Danish", "NORP")])
    assert (group.attribution, group.speaker_key, group.speaker_is_person) == (
        "Danish shipping group", "group:danish group shipping", False)
    _, (officers,) = statements_of(["Tarnow officers said the driver had fled on foot."], mentions=[("Tarnow", "PLACE")])
    assert (officers.attribution, officers.speaker_key) == ("Tarnow officers", "group:officer tarnow")
    _, (town,) = statements_of(["Tarnow said the bridge would reopen in May."], mentions=[("Tarnow", "PLACE")])
    assert town.speaker_key == "PLACE:tarnow"


def test_a_name_followed_by_an_age_is_a_person_speaking():
    # invented: the tagger took the first name for a place; ", 45," tells a person
    _, (statement,) = statements_of(['"The water came up to the windows," said Aruna, 45, a shopkeeper in the old town.'],
                                    mentions=[("Aruna", "PLACE")])
    assert (statement.attribution, statement.speaker_is_person) == ("Aruna", True)


def test_a_finding_that_indicates_speaks_for_whoever_made_it():
    # invented: "initial estimates" speak as a document does: no person, no rival of the operator
    _, (statement,) = statements_of(["Initial estimates indicate that repairs to the cable will take about twelve days."])
    assert statement.via_document is True


def test_a_county_found_as_its_town_is_an_area():
    # "Harlan County" is found only as the town of Harlan (the gazetteer has no counties): it is an
    # area, so a city of its country may lie in it; a town found by its own name stays a city
    from corroborate.analyze.places import load_gazetteer
    from corroborate.corroboration.claims import _geocoded_kind

    gazetteer = load_gazetteer()
    town = next(p for p in gazetteer.candidates("Harlan County") if p.country == "US")
    assert _geocoded_kind(gazetteer, "Harlan County", town.lat, town.lon) == "region"
    assert _geocoded_kind(gazetteer, "Harlan", town.lat, town.lon) == "city"


def test_a_possessor_after_according_to_is_no_name_of_the_source():
    # invented: "Okafor ’ appeal" (a possessive apostrophe set apart, as some feeds print it) opens
    # what the office said; the office is the source
    _, (statement,) = statements_of(["According to the county prosecutor's office, Okafor ’ appeal had not been filed as of "
                                     "Friday, March 6, 2026."], mentions=[("Okafor", "PERSON")])
    assert statement.attribution == "county prosecutor's office"


def test_a_clause_after_a_colon_explains_the_verb_and_leaves_its_subject_the_theme():
    """"The siren did not sound: its wires had been cut" denies the siren's sounding (the art-heist
    probe: the parser calls the clause after the colon the verb's complement, which hid the theme and
    kept the denial from meeting "The siren sounded at 2 a.m.")."""
    from corroborate.corroboration.claims import _theme, load_parser
    from corroborate.settings import DEFAULT_SETTINGS

    nlp = load_parser(DEFAULT_SETTINGS.analyze)
    doc = nlp("According to a caretaker, the siren did not sound: its wires had been cut before the fire began.")
    head = next(t for t in doc if t.dep_ == "ROOT")
    assert (head.lemma_, _theme(head)) == ("sound", "siren")
    said = nlp("The minister said: the bridge will stay closed.")
    assert _theme(next(t for t in said if t.dep_ == "ROOT")) is None


def test_one_of_a_group_speaks_as_that_share_of_the_group():
    """"One of the two caretakers, who asked not to be named, said ..." is said by one of the
    caretakers, not by "One" (the art-heist probe); a plain "of" phrase still stays off the speaker
    ("a lawyer of the family said" is the lawyer's), and so does an adjective after the noun with
    its phrase ("a source close to the inquiry" was "source close")."""
    _, (one,) = statements_of(["One of the two caretakers, who asked not to be named, said the door was locked."])
    assert one.attribution == "One of the two caretakers"
    _, (some,) = statements_of(["Some of the residents said the water was brown."])
    assert some.attribution == "Some of the residents"
    _, (lawyer,) = statements_of(["A lawyer of the family said the verdict would be appealed."])
    assert lawyer.attribution == "lawyer"
    _, (source,) = statements_of(["According to a source close to the inquiry, the door was not locked."])
    assert source.attribution == "source"
    _, (people,) = statements_of(["People familiar with the matter said the sale of the shipyard had been called off."])
    assert people.attribution == "People"


def test_the_title_said_speaks_as_the_person_the_report_gave_that_title():
    """"'...,' the coach said" after "Her coach Ilse Varga ...": the claim is Ilse Varga's, as the
    quotation is (the tennis-final probe: "according to coach"); with no coach named it stays "coach"."""
    from corroborate.analyze.quotes import find_quotes

    def statements_with_quotes(sentences, mentions):
        document = analysed("d1", sentences, published="2025-10-14", mentions=mentions)
        document.quotes = find_quotes(document.text, document.sentences, document.mentions)
        return extract_statements(story_of([document]), [document], DEFAULT_SETTINGS).statements

    statements = statements_with_quotes(
        ["Her coach Ilse Varga watched Lena Brandt win the final in Split.",
         "\"She has trained for this race since the spring of last year,\" the coach said."],
        [("Ilse Varga", "PERSON"), ("Lena Brandt", "PERSON")],
    )
    assert [s.attribution for s in statements if s.sentence == 1] == ["Ilse Varga"]
    statements = statements_with_quotes(
        ["Lena Brandt won the final in Split.", "\"She has trained for this race since the spring of last year,\" the coach said."],
        [("Lena Brandt", "PERSON")],
    )
    assert [s.attribution for s in statements if s.sentence == 1] == ["coach"]


def test_told_reporters_after_a_quotation_names_its_speaker():
    # invented: the object of "told" is its listener, not what it reports, so "..., the force's
    # commander, Marta Quell, told reporters at the scene" (which the parser makes a clause of its
    # own) frames the quotation's last sentence as "said at the scene" does
    for verb in ("told reporters at the scene", "said at the scene"):
        _, statements = statements_of(
            ["\"The bridge is shut.",
             "We are using divers and sonar, and the search is slow because the river is high,\" the force's "
             f"commander, Marta Quell, {verb}."],
            mentions=[("Marta Quell", "PERSON")],
        )
        last = statements[-1]
        assert (last.attribution, last.content.startswith("We are using divers")) == ("Marta Quell", True), verb


def test_the_nationality_or_age_that_stands_for_a_person_is_the_person_the_report_just_told_of():
    # invented: "the Norwegian" and "the 29-year-old" name the skier of the sentence before, as "he"
    # would; a plural nationality ("the Austrians") is a team or a people, left as written
    sentences = ["Lars Eide won the downhill in Kitzbuehel on Saturday.",
                 "The Norwegian said the course was the fastest of the season.",
                 "\"I took every risk,\" the 29-year-old said.",
                 "The Austrians said they would appeal the timing."]
    _, statements = statements_of(sentences, mentions=[("Lars Eide", "PERSON"), ("Kitzbuehel", "GPE"),
                                                      ("Norwegian", "NORP"), ("Austrians", "NORP")])
    assert [s.attribution for s in statements] == [None, "Lars Eide", "Lars Eide", "Austrians"]
    assert statements[1].speaker_is_person and statements[1].speaker_key == statements[2].speaker_key


def test_the_agency_said_in_the_wire_story_itself_is_not_the_wire_agency():
    # invented: the dateline credits Reuters, and the story's "the agency" is the one it names
    # before; only a credit in the report's own words ("..., Reuters reported") makes it the wire's
    _, statements = statements_of([
        "BERGEN, Norway (Reuters) - Two ferries collided off Bergen on Monday, the coastal agency said.",
        "One of the ferries was carrying 40 passengers, the agency said.",
    ])
    assert [s.attribution for s in statements] == ["coastal agency", "agency"]


def test_a_name_set_off_after_a_role_of_a_named_place_speaks():
    # invented: the parser hangs "Ola Brandvik" on "Hovden", the place that ends the role's "of"
    # phrase; a person is no apposition of a place, so the harbour master speaks, not "harbour
    # master" (the hostage-release probe gave a village head's words to "village head")
    _, (statement,) = statements_of(
        ["At the quay, the harbour master of Hovden, Ola Brandvik, said the fleet had stayed in port since the storm."],
        mentions=[("Hovden", "ORG"), ("Ola Brandvik", "PERSON")],
    )
    assert (statement.attribution, statement.speaker_is_person) == ("Ola Brandvik", True)


def test_a_given_name_the_parser_read_as_a_preposition_is_part_of_the_speakers_name():
    # invented: "Per" of "director Per Lund" is parsed as the preposition "per", which made the
    # name a phrase attached to the title; the name speaks, and the "he said" after it is his
    _, statements = statements_of(
        ["Patients are being sent to other clinics, regional health director Per Lund told the radio.",
         "\"Nobody will be turned away,\" he said."],
        mentions=[("Per Lund", "PERSON")],
    )
    assert [s.attribution for s in statements] == ["Per Lund", "Per Lund"]


def test_a_surname_first_name_and_its_first_word_are_one_speaker():
    # invented: with no resolved entity, "Lin said" was keyed "lin" and "Lin Wei-chen" by her given
    # name "wei-chen", so one person's two statements had two speakers
    from corroborate.model import Mention

    sentences = ["Fire chief Lin Wei-chen said on Monday that the blaze at the paint works was out.",
                 "Lin said on Monday that the cause of the blaze was not yet known.",
                 "The owner, Anne-Marie Keller, said on Monday that the paint works would stay shut.",
                 "Keller said on Monday that the works would reopen in May."]
    document = analysed("d1", sentences, published="2025-10-14")
    at = 0
    for name in ("Lin Wei-chen", "Lin", "Anne-Marie Keller", "Keller"):
        start = document.text.index(name, at)
        sentence = next(s.index for s in document.sentences if s.start <= start < s.end)
        document.mentions.append(Mention(name, "PERSON", start, start + len(name), sentence))
        at = start + len(name)
    parsed = extract_statements(story_of([document]), [document], DEFAULT_SETTINGS)
    assert [s.speaker_key for s in parsed.statements] == ["person:lin", "person:lin", "person:keller", "person:keller"]


def test_hours_spent_to_do_something_measure_that_doing():
    # invented: "took about six hours to free" and "battled for nearly ten hours to put out" time the
    # freeing and the putting out; the hours hung on "take" and "battle", so two reports' times of
    # one rescue were never compared; a count keeps its own verb, and a plain duration too
    sentences = ["Rescuers took about six hours to free the driver.",
                 "Firefighters battled for nearly ten hours to put out the fire.",
                 "Medics took 12 people to hospital.",
                 "The road was closed for three hours."]
    document = analysed("d1", sentences, published="2025-10-14", quantities=[
        dict(text="about six hours", value=6.0, unit="hour", kind="duration", approximate=True),
        dict(text="nearly ten hours", value=10.0, unit="hour", kind="duration", approximate=True),
        dict(text="12", value=12.0, unit="people", kind="count"),
        dict(text="three hours", value=3.0, unit="hour", kind="duration"),
    ])
    parsed = extract_statements(story_of([document]), [document], DEFAULT_SETTINGS)
    assert [list(s.figure_predicates.values()) for s in parsed.statements] == [["free"], ["put out"], ["take"], ["close"]]


def test_a_clause_that_a_semicolon_ends_is_a_statement_of_its_own():
    # invented: the parser hangs the first clause on the second's verb as its complement; the
    # semicolon says they are two facts, and the denial is the second one's alone
    _, statements = statements_of(["The wave tore the ferry's ramp away; it did not run aground, the harbour master said."])
    assert [(s.content, s.negated, s.attribution) for s in statements] == [
        ("it did not run aground", True, "harbour master"), ("The wave tore the ferry's ramp away", False, "harbour master")]
    # a clause the reporting verb takes, with no semicolon, stays whole
    _, statements = statements_of(["The harbour master said the wave tore the ferry's ramp away."])
    assert [s.content for s in statements] == ["the wave tore the ferry's ramp away"]


def test_a_headlines_semicolon_splits_nothing():
    # invented: a headline's halves would align with other headlines on the story's topic alone
    # (the protest-march example: "Madrid rent march ends in clashes" beside "Rent march fills
    # Madrid"); the same words in the body are two statements
    headline = "Island ferry run ends in storm; harbour ramp torn away"
    document = analysed("d1", [headline, "The wave tore the ferry's ramp away."], published="2025-10-14", title=headline)
    statements = extract_statements(story_of([document]), [document], DEFAULT_SETTINGS).statements
    assert [(s.content, s.headline) for s in statements] == [(headline, True), ("The wave tore the ferry's ramp away", False)]
    body = analysed("d2", ["The wave tore the ferry's ramp away.", headline + "."], published="2025-10-14")
    statements = extract_statements(story_of([body]), [body], DEFAULT_SETTINGS).statements
    assert sorted(s.content for s in statements) == [
        "Island ferry run ends in storm", "The wave tore the ferry's ramp away", "harbour ramp torn away"]


def test_a_name_that_closes_a_roles_phrase_ending_in_a_thing_is_the_speaker():
    # invented: the parser hangs "Ida Brandt" on "plant", the last noun of the manager's phrase; a
    # person set off by commas at the end of a role's phrase is the role's, and speaks
    _, (statement,) = statements_of(
        ["The manager of a laundry opposite the plant, Ida Brandt, said a third of her regulars were Brenner employees."],
        mentions=[("Ida Brandt", "PERSON")],
    )
    assert (statement.attribution, statement.speaker_key) == ("Ida Brandt", "person:brandt")


def test_what_a_credit_after_the_content_goes_on_to_tell_is_content():
    # invented: the parser hangs "in a restructuring ..." and "after a car hit ..." on the credit
    # set after the content; they go on telling the content, so their figures and words are the
    # statement's. An aside of the speaker (", adding ...") and a medium ("in a statement") stay frame
    _, (mill,) = statements_of(["The mill will close in March, the owner announced this morning, in a restructuring "
                                "that will cut 300 jobs by the end of 2027."])
    assert mill.attribution == "owner"
    assert {"restructuring", "cut", "job"} <= mill.words and not {"owner", "announce"} & mill.words
    # the parser may make the credit a clause of its own ("announced" coordinated with "shut")
    _, (works,) = statements_of(["Ostrava Glassworks will shut its Brno plant, the glass-bottle maker announced this "
                                 "morning, in a restructuring that will cut 600 jobs by the end of 2028."])
    assert works.attribution == "glass-bottle maker"
    assert works.text.endswith("will cut 600 jobs by the end of 2028") and {"restructuring", "cut", "job"} <= works.words
    _, (crash,) = statements_of(["Two people were killed in Leeds, police said on Monday, after a car hit a bus shelter."])
    assert crash.attribution == "police" and {"car", "hit", "shelter"} <= crash.words
    _, (ship,) = statements_of(["The ship sank near the pier, the coastguard said, adding that all crew were safe."])
    assert (ship.attribution, ship.content) == ("coastguard", "The ship sank near the pier")
    _, (bridge,) = statements_of(["The bridge will close for a month, the council said in a statement."])
    assert (bridge.attribution, bridge.content) == ("council", "The bridge will close for a month")
    # what the speaker did next (a verb with no subject of its own) is no content
    _, (plan,) = statements_of(["The mayor backed the plan, the prosecutor told the court, before asking for a term of "
                                "at least eight years."])
    assert (plan.attribution, plan.content) == ("prosecutor", "The mayor backed the plan")


def test_a_credit_read_as_an_apposition_frames_the_sentence_and_dismissing_a_person_denies_nothing():
    """"X have dismissed their coach Y, the agency reported on Monday, after ...": the parser hangs
    the credit on the name before it as an apposition with a clause; it is the sentence's source,
    and "dismissed" with a person as its object fired someone, it denied no claim (coach-sacked
    probe: the club was made the speaker and "Y" the whole content)."""
    _, (statement,) = statements_of([
        "Harbour Rovers have dismissed their Danish manager Lars Holm, the Nordic Wire agency reported on Tuesday, "
        "after five games without a goal pushed the team to the foot of the table."])
    assert statement.attribution == "the Nordic Wire agency"
    assert statement.content.startswith("Harbour Rovers have dismissed their Danish manager Lars Holm")
    assert statement.content.endswith("after five games without a goal pushed the team to the foot of the table")
    assert not statement.negated
    # nor does dismissing someone whom a relative clause describes; a denied report keeps its clause
    _, (statement,) = statements_of(["The board dismissed the chief executive, who had run the firm for a decade."])
    assert (statement.attribution, statement.negated) == (None, False)
    _, (statement,) = statements_of(["Police denied reports they had fired on protesters."])
    assert (statement.attribution, statement.content, statement.negated) == (
        "Police", "reports they had fired on protesters", True)
    # an apposition that is a person's role stays part of what is said of him
    _, (statement,) = statements_of(["Police arrested Jan Olsen, the mayor's driver, on Monday."])
    assert statement.attribution is None
    assert statement.content == "Police arrested Jan Olsen, the mayor's driver, on Monday"


def test_a_title_with_its_own_words_before_a_name_gives_a_reported_statement_to_the_name():
    # invented: "Commissioner of Customs Arvid Lunde said" made "Commissioner" the speaker of the
    # reported statement (the parser heads the phrase with the title), so a "he said" after it
    # found no person; the analysis stage's speaker, named right after the title, is the speaker
    from corroborate.model import Quote

    sentences = ["The harbour clerk has been dismissed for lapses in the checks, Commissioner of Customs Arvid Lunde said.",
                 '"We will find out what failed at the gate," he said.']
    document = analysed("d1", sentences, published="2025-10-14", mentions=[("Arvid Lunde", "PERSON")])
    reported = "The harbour clerk has been dismissed for lapses in the checks"
    document.quotes.append(Quote(reported, "reported", 0, len(reported), 0, speaker="Arvid Lunde"))
    statements = extract_statements(story_of([document]), [document], DEFAULT_SETTINGS).statements
    assert [s.attribution for s in statements] == ["Arvid Lunde", "Arvid Lunde"]
    # a title apart from the name in the sentence is no title of that name
    from corroborate.corroboration.claims import _title_then_name
    assert not _title_then_name("The commissioner told reporters that Arvid Lunde had resigned.", "commissioner", "Arvid Lunde")


def test_a_bare_title_says_the_one_person_the_report_named_with_it_before():
    # invented: "The collector said ..." gave the statement to "collector", though the report had
    # named "District collector Mira Kessel" two sentences before; with two people of one title
    # named, the title stays as written
    _, statements = statements_of(
        ["District collector Mira Kessel visited the camp on Monday.",
         "Tents were handed out to the families.",
         "The collector said the camp would stay open until March."],
        mentions=[("Mira Kessel", "PERSON")])
    assert statements[-1].attribution == "Mira Kessel"
    _, statements = statements_of(
        ["District collector Mira Kessel and the former collector Jon Alvik visited the camp on Monday.",
         "The collector said the camp would stay open until March."],
        mentions=[("Mira Kessel", "PERSON"), ("Jon Alvik", "PERSON")])
    assert statements[-1].attribution == "collector"


def test_a_first_line_that_starts_with_the_outlets_own_name_is_its_masthead_and_no_claim():
    # invented: "Radio Borealis 101.2 FM - the midday news" was a claim of the bulletin; a first
    # line that makes the outlet the subject of a sentence is news
    def texts(first, outlet="Radio Borealis"):
        document = analysed("d1", [first, "Two ferries were cancelled on Monday because of ice in the strait."],
                            published="2025-10-14")
        document.document.outlet = outlet
        return [s.text for s in extract_statements(story_of([document]), [document], DEFAULT_SETTINGS).statements]

    assert texts("Radio Borealis 101.2 FM - the midday news") == [
        "Two ferries were cancelled on Monday because of ice in the strait."]
    assert len(texts("Radio Borealis learned that the harbour master resigned")) == 2
    assert len(texts("Radio Borealis 101.2 FM - the midday news", outlet="Coast Daily")) == 2


def test_what_the_outlet_is_or_does_is_no_claim_but_what_it_learned_is():
    # invented (the probes' "The Chancery Brief is written for people who work in foreign affairs.",
    # "Wildlife Matters has written to the park ...": the outlet about itself, in no other report);
    # the outlet as the source of news, or another subject, keeps its statement
    def texts(sentence, outlet="The Harbour Ledger"):
        document = analysed("d1", ["Two ferries were cancelled on Monday because of ice in the strait.", sentence],
                            published="2025-10-14")
        document.document.outlet = outlet
        return [s.text for s in extract_statements(story_of([document]), [document], DEFAULT_SETTINGS).statements]

    only_news = ["Two ferries were cancelled on Monday because of ice in the strait."]
    assert texts("The Harbour Ledger is written for people who work at sea.") == only_news
    assert texts("Harbour Ledger has written to the ferry company to ask when crossings will resume.") == only_news
    assert texts("The Harbour Ledger is read by 40,000 seafarers.") == only_news
    assert len(texts("The Harbour Ledger has learned that the harbour master resigned.")) == 2
    assert len(texts("The Harbour Ledger is written for people who work at sea.", outlet="Coast Daily")) == 2
    assert len(texts("The ferry company has written to passengers to apologise.")) == 2


def test_a_hand_over_to_the_reporter_is_no_claim_but_the_reporter_is_whom_he_says_means():
    # invented (the zoo-escape probe: "Our reporter Yousef Nasser has been in Jubeiha all afternoon."
    # was a claim; removed at ingest, the next "He says" went to the spokesman named before it)
    _, statements = statements_of(
        ["The spokesman, Colonel Omar Haddad, said officers had sealed the valley behind the park.",
         "Our reporter Samir Aziz has been in the valley all afternoon.",
         "He says most of the animals have been caught.",
         "Our reporter Lina Saleh spoke to families collecting their children from the school."],
        mentions=[("Omar Haddad", "PERSON"), ("Samir Aziz", "PERSON"), ("Lina Saleh", "PERSON")],
    )
    assert [(s.text, s.attribution) for s in statements] == [
        ("The spokesman, Colonel Omar Haddad, said officers had sealed the valley behind the park.", "Omar Haddad"),
        ("He says most of the animals have been caught.", "Samir Aziz"),
        ("Our reporter Lina Saleh spoke to families collecting their children from the school.", None),
    ]


def test_a_bulletins_turn_to_another_item_ends_the_story_for_its_paragraph():
    # invented: "In other news tonight, ..." and the sentence after it were claims of the story;
    # the next paragraph is the story again
    document = analysed("d1", ["Two ferries were cancelled on Monday because of ice in the strait.",
                               "In other news tonight, the weather service has warned of snow in the hills. Roads may close.",
                               "The ferry company said crossings would resume on Wednesday."], published="2025-10-14")
    texts = [s.text for s in extract_statements(story_of([document]), [document], DEFAULT_SETTINGS).statements]
    assert not any("snow" in t or "Roads" in t for t in texts)
    assert any(t.startswith("The ferry company said") or "crossings would resume" in t for t in texts)


def test_a_bulletins_turn_to_the_rest_of_the_news_ends_the_story_for_good():
    # invented (the diplomat-expulsion probe: a bulletin's "Now the rest of today's news." and the
    # items after it were claims of the story); a sentence that only opens alike is prose
    def texts(turn):
        document = analysed("d1", ["Two ferries were cancelled on Monday because of ice in the strait.", turn,
                                   "Heavy snow has closed the mountain pass for the second time this week.",
                                   "The opera house has cancelled three performances after the soprano fell ill."],
                            published="2025-10-14")
        return [s.text for s in extract_statements(story_of([document]), [document], DEFAULT_SETTINGS).statements]

    for turn in ("Now the rest of today's news.", "And now for the rest of the news."):
        assert texts(turn) == ["Two ferries were cancelled on Monday because of ice in the strait."]
    assert len(texts("The rest of the news from the strait was grim for the ferry company.")) == 4


def test_a_date_of_the_document_a_speaker_said_it_in_dates_the_telling():
    # invented: "said in a statement on Monday" dates the statement, so the saying, not the burst
    # dam; "burst on Saturday" dates what was told
    dated = analysed("d3", ["The levee gave way on Saturday, the water board said in a statement on Monday."],
                     published="2025-10-14", times=[("Saturday", "2025-10-11", "day"), ("Monday", "2025-10-13", "day")])
    (statement,) = extract_statements(story_of([dated]), [dated], DEFAULT_SETTINGS).statements
    assert [(t.text, t.start in statement.telling_times) for t in statement.times] == [("Saturday", False), ("Monday", True)]


def test_a_headline_that_is_the_outlets_name_and_its_programme_is_no_statement():
    # invented: a radio script's first line names the station and the programme; a headline that
    # names the outlet and then tells news keeps its statement
    heading = analysed("d4", ["Harbour FM - Night Desk", "The ferry to the islands ran aground on a sandbank at dawn."],
                       published="2025-10-14", title="Harbour FM - Night Desk")
    heading.document.outlet = "Harbour FM"
    statements = extract_statements(story_of([heading]), [heading], DEFAULT_SETTINGS).statements
    assert [s.text for s in statements] == ["The ferry to the islands ran aground on a sandbank at dawn."]
    news = analysed("d5", ["Harbour FM: island ferry runs aground on sandbank", "The ferry ran aground on a sandbank at dawn."],
                    published="2025-10-14", title="Harbour FM: island ferry runs aground on sandbank")
    news.document.outlet = "Harbour FM"
    statements = extract_statements(story_of([news]), [news], DEFAULT_SETTINGS).statements
    assert len(statements) == 2


def test_a_quantifier_alone_is_no_speaker():
    """"Several said ...", "Many said ...", "A few said ...": the quantifier counts people
    named before it and names no one; "Several neighbours said" is said by the neighbours."""
    _, statements = statements_of(
        ["Shop owners on the square described a night of noise.",
         "Several said they had closed early because of the crowds.",
         "Many said the crowds were the largest in years.",
         "A few said they would not open on Saturday.",
         "Several neighbours said the music went on until dawn."])
    assert [s.attribution for s in statements] == [None, None, None, None, "Several neighbours"]
