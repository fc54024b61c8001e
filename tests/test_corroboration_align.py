"""Alignment: paraphrased, reordered and shortened statements of different reports become one
claim; different facts of one story do not; a report never backs a claim twice."""

from __future__ import annotations

import functools
from dataclasses import replace
from pathlib import Path

from corroborate.corroboration import corroborate_story
from corroborate.corroboration.align import cluster_statements, similarity_matrix
from corroborate.corroboration.claims import extract_statements
from corroborate.settings import DEFAULT_SETTINGS
from tests.conftest import EXAMPLES
from tests.test_corroboration_builders import analysed, story_of

# Four outlets report the same December statement in their own words (drone-factory-2023).
DECEMBER = [
    ("d000", "President Joe Biden’s administration publicly stated in December that it believed Tehran and Moscow were "
             "considering standing up a drone assembly line in Russia for the Ukraine war."),
    ("d001", "The Biden administration stated in December that it suspected Iran and Russia were considering building a "
             "drone assembly line for the war in Ukraine."),
    ("d002", "In December, the Biden administration said it believed Tehran and Moscow were considering setting up a drone "
             "assembly line in Russia to support its illegal invasion of Ukraine."),
    ("d003", "The administration of US President Joe Biden, Ukraine’s most important supporter, had previously alleged "
             "that Iran and Russia were discussing the possibility of setting up a drone assembly line inside of Russia."),
]
# Other facts of the same story, one per report.
OTHER = {
    "d000": "In response to Iran’s aid to Russia, Ukraine’s parliament recently approved a 50-year sanctions package against Iran.",
    "d001": "In April, Iran announced that it had finalized a deal to buy Su-35 fighter jets from Russia.",
    "d002": "Meanwhile, Vladimir Putin has announced that Russia will start deploying tactical nuclear weapons in Belarus in a few months.",
    "d003": "The Biden administration has previously sanctioned Iranian defence firms involved in drone production.",
}


def documents():
    return [analysed(doc_id, [sentence, OTHER[doc_id]]) for doc_id, sentence in DECEMBER]


def clusters_by_text(docs):
    parsed = extract_statements(story_of(docs), docs, DEFAULT_SETTINGS)
    scores = similarity_matrix(parsed.statements, DEFAULT_SETTINGS)
    groups = cluster_statements(parsed.statements, scores, DEFAULT_SETTINGS)
    return parsed.statements, scores, groups


def test_four_paraphrases_are_one_claim_and_other_facts_stay_apart():
    statements, _, groups = clusters_by_text(documents())
    december = [g for g in groups if any("December" in statements[i].sentence_text for i in g)]
    assert len(december) == 1
    assert sorted(statements[i].document for i in december[0]) == ["d000", "d001", "d002", "d003"]
    others = [g for g in groups if g is not december[0]]
    assert sorted(len(g) for g in others) == [1, 1, 1, 1]


def test_scores_are_symmetric_and_zero_within_one_document():
    statements, scores, _ = clusters_by_text(documents())
    assert (scores == scores.T).all()
    for i, a in enumerate(statements):
        for j, b in enumerate(statements):
            if a.document == b.document:
                assert scores[i, j] == 0.0


def test_a_report_backs_a_claim_once_even_when_it_repeats_itself():
    repeated = analysed("r1", ["White House Says Iran Helping Russia Build Drone Factory East of Moscow",
                               "Iran is providing Russia with materials to build a drone manufacturing plant east of "
                               "Moscow, according to a U.S. intelligence finding released by the White House on Friday."])
    other = analysed("r2", ["Iran is supplying Russia with materials to build a drone manufacturing plant near Moscow, "
                            "according to a recently declassified US intelligence report released by the White House on Friday."])
    statements, _, groups = clusters_by_text([repeated, other])
    for group in groups:
        documents_in_group = [statements[i].document for i in group]
        assert len(documents_in_group) == len(set(documents_in_group))
    lede = next(g for g in groups if any(statements[i].document == "r2" for i in g))
    assert sorted(statements[i].document for i in lede) == ["r1", "r2"]


# ------------------------------------------------------------------------------------------------
# headlines: a report's headline restates its opening sentence (an invented story)

GROUNDING_TITLE = "Cargo ship runs aground near Port Elstow, fuel spill closes harbour"
GROUNDING_COPY_TITLE = "Fuel spill after cargo ship runs aground near Port Elstow"
GROUNDING_LEDE = ("A cargo ship carrying timber ran aground near the harbour of Port Elstow on Monday, spilling fuel "
                  "into the bay.")
GROUNDING_CLOSURE = "The harbour master said the port would stay closed until Wednesday while divers inspect the hull."
OWN_TITLE = "Port Elstow harbour shut after timber ship hits sandbank"
OWN_LEDE = "A timber freighter ran aground outside Port Elstow on Monday, leaking fuel and forcing the harbour to close."
OWN_CREW = "None of the fourteen crew members was hurt, the shipping company said."


def grounding_reports():
    """A wire story, its copy under another headline, and an independent report."""
    return [
        analysed("a", [GROUNDING_TITLE, GROUNDING_LEDE, GROUNDING_CLOSURE], title=GROUNDING_TITLE),
        analysed("b", [GROUNDING_COPY_TITLE, GROUNDING_LEDE, GROUNDING_CLOSURE], title=GROUNDING_COPY_TITLE),
        analysed("c", [OWN_TITLE, OWN_LEDE, OWN_CREW], title=OWN_TITLE),
    ]


def test_headlines_and_opening_sentences_of_one_fact_are_one_claim():
    """Alignment alone puts the three headlines in one claim and the three opening sentences in
    another; each report backs the joined claim with both, its body sentence first, counted once."""
    docs = grounding_reports()
    story = story_of(docs, [["a", "b"], ["c"]])
    corroborate_story(story, docs, DEFAULT_SETTINGS)
    cross_report = [[s.document for s in c.support] for c in story.claims if len({s.document for s in c.support}) > 1]
    assert cross_report == [["a", "a", "b", "b", "c", "c"], ["a", "b"]]  # the lead, and the closure (one origin)
    claim = story.claims[0]
    assert [(s.document, s.sentence) for s in claim.support] == [
        ("a", GROUNDING_LEDE), ("a", GROUNDING_TITLE), ("b", GROUNDING_LEDE), ("b", GROUNDING_COPY_TITLE),
        ("c", OWN_LEDE), ("c", OWN_TITLE),
    ]
    assert claim.text == GROUNDING_LEDE  # a body sentence says the fact in full, a headline does not
    assert (claim.independent_sources, claim.status) == (2, "corroborated")


def test_the_headline_is_the_first_line_when_it_is_the_title_and_scores_against_its_own_report():
    docs = grounding_reports()[:1] + [
        # no title: the first sentence is an opening sentence like any other
        analysed("d", [OWN_LEDE, OWN_CREW]),
        # a title from the page's metadata that differs from the first line, which stands alone without a stop
        analysed("e", [OWN_TITLE, OWN_LEDE, OWN_CREW], title="Ship aground at Port Elstow | Coast News"),
        # a first sentence with a full stop is no headline, whatever the title
        analysed("f", [OWN_LEDE, OWN_CREW], title=OWN_TITLE),
    ]
    parsed = extract_statements(story_of(docs), docs, DEFAULT_SETTINGS)
    headlines = sorted({(s.document, s.sentence_text) for s in parsed.statements if s.headline})
    assert headlines == [("a", GROUNDING_TITLE), ("e", OWN_TITLE)]
    scores = similarity_matrix(parsed.statements, DEFAULT_SETTINGS)
    statements = parsed.statements
    for i, a in enumerate(statements):
        for j, b in enumerate(statements):
            if a.document == b.document and a.headline == b.headline:
                assert scores[i, j] == 0.0
    title = next(i for i, s in enumerate(statements) if s.document == "e" and s.headline)
    lede = next(i for i, s in enumerate(statements) if s.document == "e" and s.sentence_text == OWN_LEDE)
    crew = next(i for i, s in enumerate(statements) if s.document == "e" and s.sentence_text == OWN_CREW)
    assert scores[title, lede] >= DEFAULT_SETTINGS.corroboration.align_threshold > scores[title, crew]


# ------------------------------------------------------------------------------------------------
# the whole pipeline on the team's example corpus with the static (throughput) backend


@functools.lru_cache(maxsize=2)
def example_briefing(backend: str):
    """examples/harbour-blackout through every stage, once per backend and test session.

    Returns (stories, file prefix of each document id)."""
    from corroborate.analyze import analyze_documents, describe_story
    from corroborate.corroboration import corroborate_story
    from corroborate.group import group_stories
    from corroborate.ingest import read_inputs

    settings = replace(DEFAULT_SETTINGS, embedding=replace(DEFAULT_SETTINGS.embedding, backend=backend))
    documents, _ = read_inputs([str(EXAMPLES)], published=None, settings=settings.ingest)
    analyzed = analyze_documents(documents, settings)
    stories = group_stories(analyzed, settings)
    by_id = {a.id: a for a in analyzed}
    for story in stories:
        describe_story(story, [by_id[d] for d in story.documents], settings)
        corroborate_story(story, [by_id[d] for d in story.documents], settings)
    prefix = {a.id: Path(a.document.source).name[:2] for a in analyzed}
    return stories, prefix


def cross_report_claims(backend: str) -> set[tuple[str, ...]]:
    stories, prefix = example_briefing(backend)
    return {
        tuple(sorted(f"{prefix[s.document]} {s.sentence.strip()[:30]}" for s in claim.support))
        for story in stories
        for claim in story.claims
        if len({s.document for s in claim.support}) > 1
    }


def test_static_backend_aligns_these_claims_of_the_example_corpus():
    """Pinned: with the static embeddings on the transformer's scale (Embedder.comparable), every
    cross-report claim it forms is right; it does not align the lede of 03 with the ledes of 01 and
    02 (the accurate backend does), but 03's headline brings it to the claim of the headlines; and
    it puts 04's "fire began at dawn" with the ledes instead of with "the blaze broke out" (an
    acceptable pair in the known answers)."""
    assert cross_report_claims("static") == {
        ('01 "We expect full power to be re', '02 "We expect full power to be re', '03 "We hope that all power will b'),
        ("01 A fire at an electrical substa", "02 A fire at an electrical substa", "04 The fire began at dawn yesterd"),
        ("01 Fire at substation plunges Chi", "02 Blackout halts Valparaíso port", "03 The port of Valparaíso in Chil",
         "03 Valparaíso port is without ele", "04 Power returned to parts of Val"),
        ("01 He said the fire was caused by", "03 The fire has been caused by an"),
        ("01 Hospitals in the region switch", "03 Hospitals of the region are wo"),
        ("01 Police said there was no evide", "02 Police said there was no evide", "03 The police told there is no ev"),
        ("01 Port authority spokeswoman Car", "02 Port authority spokeswoman Car", "03 The spokeswoman of the port au",
         "04 Our reporters counted at least"),
        ("01 The blaze broke out shortly af", "02 The blaze broke out shortly af"),
        ("01 The energy ministry will open ", "04 The energy ministry has opened"),
        ("01 The grid company denied that s", "04 The grid company acknowledged "),
    }


def test_a_third_report_s_sentence_beside_the_headlines_neither_keeps_them_apart_nor_borrows_their_support():
    """Report d's "the first cargo ship to run aground ..." aligns with the headlines of a and b (they
    say little), while d's opening sentence aligns with the opening sentences: d held a body slot in
    both, so the headlines could not join the claim they restate, and a fact only d states stood
    with 2 independent sources. The sentence that joined on headlines alone leaves the claim."""
    title = "Divers inspect hull as Port Elstow stays closed"
    first = "The freighter is the first cargo ship to run aground near Port Elstow in a decade."
    lede = "A timber freighter ran aground outside Port Elstow on Monday and spilled fuel into the bay, the coastguard said."
    docs = grounding_reports() + [analysed("d", [title, lede, first], title=title)]
    story = story_of(docs, [["a", "b"], ["c"], ["d"]])
    corroborate_story(story, docs, DEFAULT_SETTINGS)
    aground = story.claims[0]
    assert [(s.document, s.sentence) for s in aground.support] == [
        ("a", GROUNDING_LEDE), ("a", GROUNDING_TITLE), ("b", GROUNDING_LEDE), ("b", GROUNDING_COPY_TITLE),
        ("c", OWN_LEDE), ("c", OWN_TITLE), ("d", lede),
    ]
    (alone,) = [c for c in story.claims if c.text == first]
    assert ([s.document for s in alone.support], alone.independent_sources) == (["d"], 1)


def test_third_reports_sentences_that_leave_the_headlines_claim_leave_it_together():
    """Reports d and e both write "the first cargo ship to run aground ... in a decade"; both
    sentences joined the headlines' claim and leave it when the headlines join their opening
    sentences. They still say one thing, so they stay one claim backed by both (the
    diplomat-expulsion probe split "the first ... in more than ten years" into three claims)."""
    title = "Divers inspect hull as Port Elstow stays closed"
    first = "The freighter is the first cargo ship to run aground near Port Elstow in a decade."
    lede = "A timber freighter ran aground outside Port Elstow on Monday and spilled fuel into the bay, the coastguard said."
    other_title = "Fuel spill closes Port Elstow"
    other_first = "It is the first cargo ship to run aground near Port Elstow in a decade, the coastguard said."
    other_lede = "A freighter loaded with timber ran aground off Port Elstow on Monday and leaked fuel, closing the harbour."
    docs = grounding_reports() + [analysed("d", [title, lede, first], title=title),
                                  analysed("e", [other_title, other_lede, other_first], title=other_title)]
    story = story_of(docs, [["a", "b"], ["c"], ["d"], ["e"]])
    corroborate_story(story, docs, DEFAULT_SETTINGS)
    (decade,) = [c for c in story.claims if "in a decade" in c.text]
    assert ([(s.document, s.sentence) for s in decade.support], decade.independent_sources) == (
        [("d", first), ("e", other_first)], 2)


def test_two_people_s_different_quotations_are_two_claims_and_one_quotation_in_two_mouths_is_one(tmp_path):
    # invented: two analysts' opinions of one bid were one claim "corroborated" by two sources
    from corroborate.analyze import analyze_documents
    from corroborate.ingest import read_inputs
    from corroborate.model import Story

    lede = "Harlow Foods agreed on Tuesday to buy the bakery chain Brackwater for 2.1 billion pounds sterling."
    texts = {
        "a.txt": f"{lede}\n\n\"Harlow is paying far too much for a chain with falling sales,\" said Nina Falk, an analyst at Corve Securities.",
        "b.txt": f"{lede}\n\n\"Harlow is buying at the very top of the market,\" said Tomas Greve, who manages a fund at Ostra Capital.",
        "c.txt": f"{lede}\n\n\"Harlow is paying far too much for a chain with falling sales,\" said Ivo Brandt, a fund manager in Leeds.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    documents, _ = read_inputs([str(tmp_path)])
    analyzed = analyze_documents(documents, DEFAULT_SETTINGS)
    story = Story(id="s1", documents=[a.id for a in analyzed])
    corroborate_story(story, analyzed, DEFAULT_SETTINGS)
    source = {a.id: Path(a.document.sources[0]).name for a in analyzed}
    quoted = sorted(sorted(source[s.document] for s in claim.support) for claim in story.claims if claim.text.startswith('"Harlow'))
    assert quoted == [["a.txt", "c.txt"], ["b.txt"]]


def test_a_body_that_said_it_had_done_a_thing_aligns_with_a_report_that_it_did():
    # invented: "it" alone met nothing that names the regulator (0.50, two claims); a person's "it"
    # is no self-reference and stays as written
    from corroborate.corroboration.align import _named

    said = analysed("r1", ["The rail regulator said it had opened an inquiry into the signal failure and was sending "
                           "three inspectors to Leeds."], mentions=[("Leeds", "PLACE")])
    done = analysed("r2", ["The rail regulator has opened an inquiry into the signal failure."])
    statements, scores, groups = clusters_by_text([said, done])
    assert _named(statements[0], statements[0].content).startswith("rail regulator had opened an inquiry")
    assert scores[0, 1] >= DEFAULT_SETTINGS.corroboration.align_threshold and groups == [[0, 1]]
    person = analysed("r3", ["Inspector Jo Hale said it was too early to say what caused the failure."],
                      mentions=[("Jo Hale", "PERSON")])
    (statement,), _, _ = clusters_by_text([person])
    assert _named(statement, statement.content) == statement.content == "it was too early to say what caused the failure"


def test_two_headlines_that_share_only_the_story_s_topic_are_no_claim():
    # invented: two titles about one strike that say different things of it, with opening sentences
    # that align with neither
    titles = ["Lisbon tram strike ends with pay deal for drivers", "Commuters walk as Lisbon tram strike enters third day"]
    ledes = ["Tram drivers in Lisbon returned to work after the city operator offered a 6% raise.",
             "Thousands of commuters in Lisbon walked to work as drivers stayed away from the depots."]
    docs = [analysed(name, [title, lede], title=title) for name, title, lede in zip("xy", titles, ledes, strict=True)]
    parsed = extract_statements(story_of(docs), docs, DEFAULT_SETTINGS)
    scores = similarity_matrix(parsed.statements, DEFAULT_SETTINGS)
    heads = [i for i, s in enumerate(parsed.statements) if s.headline]
    assert len(heads) == 2 and DEFAULT_SETTINGS.corroboration.align_threshold <= scores[heads[0], heads[1]]
    groups = cluster_statements(parsed.statements, scores, DEFAULT_SETTINGS)
    assert not any(set(heads) <= set(group) for group in groups)


def test_one_quotation_in_two_long_frames_aligns_and_a_short_shared_phrase_does_not_tie():
    # invented: the same words, given to the chief executive before her guests in one report and to
    # the chief designer on a walk round the boat in the other, scored below alignment in a story
    # (product-launch probe: 0.52, two claims, and the quotation in two mouths was never disputed);
    # a quotation of at least six words worded identically is one statement. A short phrase that two
    # people may both say ("a step forward") ties nothing.
    from corroborate.model import Quote

    def report(doc_id, words, frame, speaker):
        document = analysed(doc_id, [f"\"{words},\" {frame}"], published="2025-10-14", mentions=[(speaker, "PERSON")])
        normalized = " ".join(w.strip(",.").lower() for w in words.split())
        document.quotes.append(Quote(words, "direct", 1, 1 + len(words), 0, speaker=speaker, normalized=normalized, verb="said"))
        return document

    lakes = "This boat will open the northern lakes to everyone"
    ceo = report("v1", lakes, "Norrvik Marine chief executive Ada Lind told about 900 guests at the Tampere exhibition hall.",
                 "Ada Lind")
    designer = report("v2", lakes, "said Per Holm, the company's Danish-born chief designer, as he walked reporters round the "
                      "engine bay, the galley and the sleeping cabin after the evening presentation on the quay.", "Per Holm")
    documents = [ceo, designer]
    statements = extract_statements(story_of(documents), documents, DEFAULT_SETTINGS).statements
    assert similarity_matrix(statements, DEFAULT_SETTINGS)[0, 1] >= DEFAULT_SETTINGS.corroboration.strong_align_threshold
    step = [report("v3", "A step forward", "union leader Ada Lind said of the offer.", "Ada Lind"),
            report("v4", "A step forward", "said Per Holm, who chairs the harbour board, after a long evening meeting on the quay.",
                   "Per Holm")]
    statements = extract_statements(story_of(step), step, DEFAULT_SETTINGS).statements
    assert similarity_matrix(statements, DEFAULT_SETTINGS)[0, 1] < DEFAULT_SETTINGS.corroboration.strong_align_threshold
