"""The shared Embedder: unit vectors, a cache that returns what it stored, and a static backend
that ranks real report passages as the accurate transformer does."""

from __future__ import annotations

import json
from itertools import combinations

import numpy as np
import pytest

from corroborate.embeddings import (
    CALIBRATION_FILE,
    Embedder,
    _load_calibration,
    get_embedder,
    static_model_path,
)
from corroborate.errors import ConfigurationError
from corroborate.settings import EmbeddingSettings
from tests.conftest import DRONE_CORPUS, ECB_CORPUS

STATIC = EmbeddingSettings(backend="static")
ACCURATE = EmbeddingSettings(backend="sentence-transformers", device="cpu")


def first_paragraph(text: str) -> str:
    """The lede: the first paragraph of at least fifteen words (skips a headline line)."""
    return next(p.strip() for p in text.split("\n") if len(p.split()) >= 15)


@pytest.fixture(scope="session")
def ledes() -> tuple[list[str], list[str]]:
    """Five ledes of one story (drone-factory-2023) and the ledes of five unrelated ECB+ articles."""
    if not DRONE_CORPUS.is_dir() or not ECB_CORPUS.is_dir():
        pytest.skip("shared corpora not found")
    story = [first_paragraph(p.read_text(encoding="utf-8")) for p in sorted(DRONE_CORPUS.glob("*.txt"))]
    records = [json.loads(line) for line in (ECB_CORPUS / "documents.jsonl").open(encoding="utf-8")]
    wanted = ["1_10ecb", "3_1ecb", "8_1ecb", "12_1ecb", "20_1ecb"]  # five different ECB+ topics
    by_id = {r["id"]: r for r in records}
    others = [first_paragraph(by_id[i]["text"]) for i in wanted]
    return story, others


@pytest.fixture(scope="session")
def static_embedder() -> Embedder:
    return get_embedder(STATIC)


@pytest.fixture(scope="session")
def accurate_embedder() -> Embedder:
    return get_embedder(ACCURATE)


def test_static_model_ships_with_the_package():
    assert static_model_path(STATIC).parent.name == "data"
    assert (static_model_path(STATIC) / "model.safetensors").exists()


def test_vectors_are_float32_unit_length(static_embedder, ledes):
    story, others = ledes
    vectors = static_embedder.encode(story + others)
    assert vectors.dtype == np.float32
    assert vectors.shape == (10, 256)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_text_without_known_tokens_is_a_zero_vector_not_nan(static_embedder):
    vectors = static_embedder.encode(["", "Iran"])
    assert not np.isnan(vectors).any()
    assert np.linalg.norm(vectors[0]) == 0.0
    assert np.linalg.norm(vectors[1]) == pytest.approx(1.0, abs=1e-5)


def test_cache_returns_identical_vectors_without_encoding_again(ledes, monkeypatch):
    story, _ = ledes
    embedder = Embedder(STATIC)
    first = embedder.encode(story)
    calls = []
    monkeypatch.setattr(embedder, "_encode_uncached", lambda texts: calls.append(texts))
    again = embedder.encode(list(reversed(story)))
    assert calls == []
    assert np.array_equal(again, first[::-1])


def test_cache_keeps_only_new_texts_and_uncached_gives_the_same_vectors(ledes):
    story, others = ledes
    cached = Embedder(STATIC)
    cached.encode(story[:2])
    mixed = cached.encode(story[:2] + [others[0], others[0]])
    assert len(cached._cache) == 3
    plain = Embedder(EmbeddingSettings(backend="static", cache=False, batch_size=1))
    np.testing.assert_allclose(plain.encode(story[:2] + [others[0], others[0]]), mixed, atol=1e-6)
    assert plain._cache == {}


def test_empty_input_gives_an_empty_matrix(static_embedder):
    assert static_embedder.encode([]).shape[0] == 0


def test_unknown_backend_is_a_clear_error():
    with pytest.raises(ConfigurationError, match="unknown embedding backend 'word2vec'"):
        Embedder(EmbeddingSettings(backend="word2vec"))


def _ranks(values: np.ndarray) -> np.ndarray:
    return np.argsort(np.argsort(values)).astype(float)


def test_static_ranks_real_passages_as_the_accurate_model_does(static_embedder, accurate_embedder, ledes):
    story, others = ledes
    texts = story + others
    pairs = list(combinations(range(len(texts)), 2))
    similarities = {}
    for name, embedder in (("static", static_embedder), ("accurate", accurate_embedder)):
        vectors = embedder.encode(texts)
        similarities[name] = np.array([vectors[a] @ vectors[b] for a, b in pairs])
        # every lede of the story is nearest to another lede of the same story
        matrix = vectors @ vectors.T
        np.fill_diagonal(matrix, -1)
        assert all(matrix[i].argmax() < len(story) for i in range(len(story))), name
    same_story = np.array([a < len(story) and b < len(story) for a, b in pairs])
    for name in similarities:
        assert similarities[name][same_story].min() > similarities[name][~same_story].max(), name
    spearman = np.corrcoef(_ranks(similarities["static"]), _ranks(similarities["accurate"]))[0, 1]
    assert spearman > 0.7  # 0.79 measured with the shipped model


def test_accurate_cosines_are_already_on_the_threshold_scale(accurate_embedder):
    cosines = np.array([[1.0, 0.5], [0.5, 1.0]], dtype=np.float32)
    assert accurate_embedder.comparable(cosines) is cosines  # untouched: accurate results cannot move
    assert Embedder(EmbeddingSettings(backend="static", static_calibration=False)).comparable(cosines) is cosines


def test_static_calibration_is_monotone_and_keeps_the_ends_of_the_scale(static_embedder):
    cosines = np.linspace(-1.0, 1.0, 201, dtype=np.float32)
    mapped = static_embedder.comparable(cosines)
    assert mapped.dtype == np.float32
    assert np.all(np.diff(mapped) > 0)  # the static model's own ranking is kept
    assert mapped[0] == pytest.approx(-1.0) and mapped[-1] == pytest.approx(1.0)
    # the knots fitted on ECB+ (evaluation/static_calibration.py): close static pairs score lower
    assert static_embedder.comparable(0.5) == pytest.approx(0.552, abs=0.005)
    assert isinstance(static_embedder.comparable(np.float32(0.5)), float)



def test_calibration_knots_that_do_not_increase_are_a_clear_error(tmp_path):
    (tmp_path / CALIBRATION_FILE).write_text(json.dumps({"knots": [[-1, -1], [0.5, 0.6], [0.4, 0.7], [1, 1]]}))
    with pytest.raises(ConfigurationError, match="increasing"):
        _load_calibration(EmbeddingSettings(backend="static", static_model=str(tmp_path)))
    (tmp_path / CALIBRATION_FILE).unlink()
    assert _load_calibration(EmbeddingSettings(backend="static", static_model=str(tmp_path))) is None  # identity
