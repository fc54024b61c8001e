"""The onnx embedding backend: the installed transformer exported locally to ONNX Runtime gives
the transformer's own vectors (float32) or close ones (int8), survives a fork, and says what is
missing when ONNX Runtime is not installed."""

from __future__ import annotations

import json
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from corroborate import embeddings
from corroborate.embeddings import Embedder, ensure_onnx_model, get_embedder
from corroborate.errors import ConfigurationError
from corroborate.parallel import _initialize_worker
from corroborate.settings import EmbeddingSettings

pytest.importorskip("onnxruntime", reason="the onnx extra is not installed (make test installs it)")

# invented sentences (none from the shared corpora); one long enough to be cut at 256 tokens
SENTENCES = [
    "The lighthouse keeper reported that the northern beacon failed twice before midnight.",
    "  A bakery in the old town doubled its bread prices on Thursday, citing flour costs.  ",
    "Volunteers counted 312 herons along the estuary. " * 40,
]
ACCURATE = EmbeddingSettings(backend="sentence-transformers", device="cpu", cache=False)


@pytest.fixture(scope="module")
def onnx_folder(tmp_path_factory) -> str:
    """One export for the module, into a temporary folder (not the user's cache)."""
    folder = tmp_path_factory.mktemp("onnx") / "model"
    ensure_onnx_model(EmbeddingSettings(backend="onnx", onnx_model=str(folder)), progress=False)
    return str(folder)


@pytest.fixture(scope="module")
def torch_vectors() -> np.ndarray:
    return Embedder(ACCURATE).encode(SENTENCES)


def onnx_settings(folder: str, precision: str) -> EmbeddingSettings:
    return EmbeddingSettings(backend="onnx", onnx_model=folder, onnx_precision=precision, cache=False)


def test_export_holds_both_precisions_the_tokenizer_and_its_limits(onnx_folder):
    names = {p.name for p in Path(onnx_folder).iterdir()}
    assert {"model.onnx", "model-int8.onnx", "tokenizer.json", embeddings.ONNX_CONFIG, "README.md"} <= names
    config = json.loads((Path(onnx_folder) / embeddings.ONNX_CONFIG).read_text())
    assert config["max_seq_length"] == 256 and config["dimension"] == 384
    assert config["export_max_difference"] < 1e-4


def test_float32_vectors_are_the_transformers_own(onnx_folder, torch_vectors):
    vectors = Embedder(onnx_settings(onnx_folder, "float32")).encode(SENTENCES)
    assert vectors.dtype == np.float32 and vectors.shape == (3, 384)
    np.testing.assert_allclose(vectors, torch_vectors, atol=1e-5)  # 3e-7 measured, truncation included


def test_int8_vectors_point_where_the_transformers_do(onnx_folder, torch_vectors):
    vectors = Embedder(onnx_settings(onnx_folder, "int8")).encode(SENTENCES)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    cosines = np.einsum("ij,ij->i", vectors, torch_vectors)
    assert cosines.min() > 0.97  # 0.98-0.99 measured; bench/embedding_backends.py has the full picture
    # the three sentences are unrelated: their pair cosines stay close to the transformer's
    pairs = [(0, 1), (0, 2), (1, 2)]
    got = np.array([vectors[a] @ vectors[b] for a, b in pairs])
    expected = np.array([torch_vectors[a] @ torch_vectors[b] for a, b in pairs])
    assert np.abs(got - expected).max() < 0.05


def test_onnx_cosines_are_on_the_threshold_scale_untouched(onnx_folder):
    cosines = np.array([0.2, 0.6], dtype=np.float32)
    assert Embedder(onnx_settings(onnx_folder, "int8")).comparable(cosines) is cosines


def test_a_second_use_reads_the_export_instead_of_exporting_again(onnx_folder, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("exported again")

    monkeypatch.setattr(embeddings, "export_onnx_model", refuse)
    assert str(ensure_onnx_model(onnx_settings(onnx_folder, "int8"))) == onnx_folder


def _encode_in_worker(settings: EmbeddingSettings) -> np.ndarray:
    return get_embedder(settings).encode(SENTENCES[:2])


def test_a_forked_worker_encodes_with_its_own_session(onnx_folder):
    """ONNX Runtime's thread pool does not survive a fork: the parent's session is dropped before
    one, and the worker (one thread, as engine workers run) makes its own."""
    settings = onnx_settings(onnx_folder, "int8")
    parent = get_embedder(settings).encode(SENTENCES[:2])
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=_initialize_worker) as pool:
        child = pool.submit(_encode_in_worker, settings).result(timeout=120)
    np.testing.assert_allclose(child, parent, atol=1e-6)
    np.testing.assert_allclose(get_embedder(settings).encode(SENTENCES[:2]), parent, atol=1e-6)  # parent again


def test_without_onnxruntime_the_error_names_what_to_install(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # as if not installed
    embedder = Embedder(EmbeddingSettings(backend="onnx", onnx_model=str(tmp_path / "none")))
    with pytest.raises(ConfigurationError, match=r"needs ONNX Runtime: pip install 'corroborate\[onnx\]'"):
        embedder.encode(["a sentence"])


def test_unknown_precision_is_a_clear_error():
    with pytest.raises(ConfigurationError, match="unknown ONNX precision 'int4'"):
        Embedder(EmbeddingSettings(backend="onnx", onnx_precision="int4"))


def test_a_model_without_mean_pooling_is_refused(tmp_path):
    (tmp_path / "modules.json").write_text(json.dumps([{"type": "sentence_transformers.models.Transformer"}]))
    (tmp_path / "1_Pooling").mkdir()
    (tmp_path / "1_Pooling" / "config.json").write_text(json.dumps({"pooling_mode_cls_token": True}))
    settings = EmbeddingSettings(backend="onnx", model=str(tmp_path), onnx_model=str(tmp_path / "out"))
    with pytest.raises(ConfigurationError, match="mean-pooled, normalised"):
        ensure_onnx_model(settings, progress=False)
