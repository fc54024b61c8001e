"""The spaCy pipeline: loaded once, with only the components the extractors read."""

from __future__ import annotations

import pytest

from corroborate.analyze.nlp import load_pipeline
from corroborate.errors import ConfigurationError
from corroborate.settings import AnalyzeSettings


def test_only_the_needed_components_run_and_the_pipeline_is_loaded_once():
    settings = AnalyzeSettings()
    nlp = load_pipeline(settings)
    assert nlp.pipe_names == ["ner"]  # the small pipeline's NER has its own token vectors
    assert load_pipeline(settings) is nlp
    # a component that listens to the shared tok2vec brings it along
    tagged = load_pipeline(AnalyzeSettings(spacy_components=("tagger", "ner")))
    assert tagged.pipe_names == ["tok2vec", "tagger", "ner"]


def test_a_pipeline_that_is_not_installed_is_named_in_the_error():
    with pytest.raises(ConfigurationError, match="no_such_pipeline_xyz"):
        load_pipeline(AnalyzeSettings(spacy_model="no_such_pipeline_xyz"))


def test_components_without_a_model_are_asked_whether_they_listen_without_failing():
    # attribute_ruler and lemmatizer have "model": null; asking them used to raise, and whether
    # it did depended on the order a set of names came out in (string hashing is per process)
    from corroborate.analyze.nlp import _listens
    from corroborate.corroboration.claims import PARSER_COMPONENTS, load_parser

    nlp = load_pipeline(AnalyzeSettings(spacy_components=PARSER_COMPONENTS))
    assert [name for name in PARSER_COMPONENTS if _listens(nlp, name)] == ["tagger", "parser"]
    assert load_parser(AnalyzeSettings()) is nlp  # loaded once, never again per story
