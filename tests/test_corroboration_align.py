"""Alignment: paraphrased, reordered and shortened statements of different reports become one
claim; different facts of one story do not; a report never backs a claim twice."""

from __future__ import annotations

from corroborate.corroboration.align import cluster_statements, similarity_matrix
from corroborate.corroboration.claims import extract_statements
from corroborate.settings import DEFAULT_SETTINGS
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
