"""The incremental StoryIndex: a new document joins the right story or opens one."""

from __future__ import annotations

import itertools
import json

import numpy as np
import pytest

from corroborate.group.features import DocumentFeatures
from corroborate.group.index import StoryIndex
from corroborate.settings import DEFAULT_SETTINGS, GroupSettings
from tests.conftest import ECB_CORPUS

SETTINGS = GroupSettings(semantic_weight=1.0, entity_weight=0.6, time_weight=0.3, time_conflict_weight=0.3, join_threshold=0.9,
                         min_entity_df_documents=1)


def unit(vector) -> np.ndarray:
    vector = np.asarray(vector, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def quake(document_id: str, direction, names: set[str], year: int) -> DocumentFeatures:
    return DocumentFeatures(document_id, unit(direction), names=frozenset(names), years=(year,))


# two earthquakes: same vocabulary (close vectors), different places and years; and one rehab story
EVENTS = {
    "q1a": quake("q1a", [1.0, 0.10, 0.0, 0.0], {"l'aquila", "italy", "abruzzo"}, 2009),
    "q1b": quake("q1b", [1.0, 0.15, 0.05, 0.0], {"l'aquila", "abruzzo", "civil protection"}, 2009),
    "q1c": quake("q1c", [0.95, 0.1, 0.1, 0.0], {"italy", "l'aquila"}, 2009),
    "q2a": quake("q2a", [1.0, 0.0, 0.12, 0.0], {"christchurch", "new zealand"}, 2011),
    "q2b": quake("q2b", [0.97, 0.05, 0.15, 0.0], {"christchurch", "canterbury", "new zealand"}, 2011),
    "r1a": quake("r1a", [0.0, 0.1, 0.0, 1.0], {"tara reid", "promises"}, 2008),
    "r1b": quake("r1b", [0.05, 0.1, 0.0, 1.0], {"tara reid", "reid", "people"}, 2008),
}
GOLD = [{"q1a", "q1b", "q1c"}, {"q2a", "q2b"}, {"r1a", "r1b"}]


def partition(index: StoryIndex) -> list[set[str]]:
    return sorted((set(m) for m in index.members()), key=lambda s: sorted(s))


def test_a_document_joins_its_event_and_a_same_kind_event_opens_a_new_story():
    index = StoryIndex(4, SETTINGS)
    first = index.add(EVENTS["q1a"])
    assert first.opened and first.story == 0 and first.score is None
    joined = index.add(EVENTS["q1b"])
    assert not joined.opened and joined.story == 0 and joined.score.entities > 0.3
    other_quake = index.add(EVENTS["q2a"])
    assert other_quake.opened and other_quake.story == 1
    # the second quake is close in meaning; its names and year keep it apart
    assert other_quake.score.semantic > 0.98 and other_quake.score.entities == 0.0 and other_quake.score.time == -1.0
    assert index.add(EVENTS["q2b"]).story == 1
    assert index.story_count == 2 and len(index) == 4


def test_assign_does_not_change_the_index():
    index = StoryIndex(4, SETTINGS)
    index.add(EVENTS["q1a"])
    assert index.assign(EVENTS["q1b"]).story == 0
    assert len(index) == 1 and index.story_count == 1


def test_every_input_order_gives_the_gold_stories():
    for order in itertools.permutations(EVENTS):
        index = StoryIndex(4, SETTINGS)
        for document_id in order:
            index.add(EVENTS[document_id])
        assert partition(index) == GOLD, order


def test_the_index_grows_past_its_initial_capacity_and_finds_near_neighbours():
    rng = np.random.default_rng(7)
    index = StoryIndex(16, GroupSettings(join_threshold=0.95, entity_weight=0.0, time_weight=0.0), capacity=4)
    centres = [unit(rng.normal(size=16)) for _ in range(10)]
    for n in range(200):
        centre = centres[n % 10]
        index.add(DocumentFeatures(f"d{n}", unit(centre + 0.02 * rng.normal(size=16))))
    assert len(index) == 200 and index.story_count == 10
    assert all(len(members) == 20 for members in index.members())


def test_bulk_load_then_assign_a_new_document():
    rng = np.random.default_rng(3)
    centres = [unit(rng.normal(size=8)) for _ in range(10)]
    vectors = np.stack([unit(centres[n // 5] + 0.05 * rng.normal(size=8)) for n in range(50)])
    index = StoryIndex(8, GroupSettings(join_threshold=0.9, entity_weight=0.0, time_weight=0.0))
    index.bulk_load(vectors, np.arange(50) // 5)
    assert index.story_count == 10 and len(index) == 50
    assert index.assign(DocumentFeatures("new", unit(centres[2] + 0.01))).story == 2
    assert index.assign(DocumentFeatures("far", unit(-centres[2]))).opened


def test_the_ledes_particulars_split_two_events_of_one_kind_that_mean_the_same():
    """Two title defences by one champion: the reports are as close in meaning as reports of one
    fight, and name the same champion; the opponent, venue and round in the lede tell them apart."""
    settings = GroupSettings(entity_weight=0.0, time_weight=0.0, weekday_weight=0.0, weekday_conflict_weight=0.0,
                             term_weight=1.45, join_threshold=1.43, min_entity_df_documents=1)
    shared = {"champion", "defends", "title", "heavyweight"}
    fights = [
        DocumentFeatures("a1", unit([1.0, 0.70, 0.0]), terms=frozenset(shared | {"hernandez", "bremen", "12", "round"})),
        DocumentFeatures("b1", unit([1.0, 0.0, 0.70]), terms=frozenset(shared | {"nowak", "lisbon", "9", "knockout"})),
        DocumentFeatures("a2", unit([1.0, 0.65, 0.1]), terms=frozenset(shared | {"hernandez", "bremen", "points"})),
        DocumentFeatures("b2", unit([1.0, 0.1, 0.65]), terms=frozenset(shared | {"nowak", "lisbon", "knockout"})),
    ]
    index = StoryIndex(3, settings)
    assignments = [index.add(document) for document in fights]
    assert [a.story for a in assignments] == [0, 1, 0, 1]
    assert 0.6 < assignments[1].score.semantic < 0.8  # meaning alone would not split them at this threshold
    assert assignments[2].score.terms > 0.5 and assignments[3].score.terms > 0.5
    # without the lede terms the same reports fall into one story
    plain = StoryIndex(3, GroupSettings(entity_weight=0.0, time_weight=0.0, term_weight=0.0, join_threshold=0.6))
    assert [plain.add(document).story for document in fights] == [0, 0, 0, 0]


# -- real reports: two ECB+ topics, each with two events of the same kind ----------------------------
# topic 32: a man kills his mother and another woman (New Bedford, 2008 / Falmouth, 2013);
# topic 33: a woman killed by a stray bullet (Albany / Brooklyn). Same vocabulary inside a topic.

ECB_TOPICS = ("32", "33")


@pytest.fixture(scope="session")
def ecb_features():
    from corroborate.analyze import analyze_documents
    from corroborate.embeddings import get_embedder
    from corroborate.group.features import document_features, embedding_text
    from corroborate.model import Document

    if not ECB_CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {ECB_CORPUS}")
    documents, gold = [], {}
    for line in (ECB_CORPUS / "documents.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["id"].split("_")[0] in ECB_TOPICS:
            documents.append(Document(id=record["id"], text=record["text"], sources=[record["id"]], url=record["url"]))
    for line in (ECB_CORPUS / "events.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        document, event = line.split("\t")
        gold[document] = event
    analyzed = analyze_documents(documents, DEFAULT_SETTINGS)
    vectors = get_embedder(DEFAULT_SETTINGS.embedding).encode([embedding_text(a) for a in analyzed])
    return [document_features(a, v) for a, v in zip(analyzed, vectors, strict=True)], gold


def test_two_ecb_topics_give_exactly_the_four_gold_events_in_any_order(ecb_features):
    features, gold = ecb_features
    assert len(features) == 35
    expected = sorted(sorted(d for d in gold if gold[d] == event) for event in {gold[f.id] for f in features})
    assert len(expected) == 4
    for order in (features, features[::-1], sorted(features, key=lambda f: f.id[::-1])):
        index = StoryIndex(len(features[0].vector), DEFAULT_SETTINGS.group)
        index.add_many(order)
        assert sorted(sorted(m) for m in index.members()) == expected
