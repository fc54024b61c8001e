"""The array-based attribute ruler and lemmatizer give exactly what spaCy's own components give."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.pipeline import AttributeRuler

from corroborate.analyze.array_components import ArrayAttributeRuler, ArrayLemmatizer, speed_up
from corroborate.analyze.nlp import use_numpy_matrix_products
from corroborate.corroboration.claims import load_parser
from corroborate.settings import DEFAULT_SETTINGS

from .conftest import ECB_CORPUS, require_shared

MODEL = DEFAULT_SETTINGS.analyze.spacy_model

# what the ruler's rarer patterns are for: contractions, two-token rules, whitespace, dependency
# conditions ("there is", "do" as a main verb), and documents with nothing in them
AWKWARD = [
    "",
    " ",
    "\n\n",
    "I ain't gonna do it, y'all. Let's go! C'mon, we gotta run.\n\n  There is nothing left.",
    "They ca n't and wo n't; she'd have done it if he had. It's been a long day, hasn't it?",
    "Did you do your homework? I did it myself, and them 'em ol' folks were doin' fine.",
    "Whether or not it rains, those who can will go; that is all that matters.",
]


def _annotations(docs):
    return [[(t.text, t.tag_, t.pos_, t.lemma_, str(t.morph), t.dep_, t.head.i) for t in doc] for doc in docs]


@pytest.fixture(scope="module")
def both_pipelines():
    reference = use_numpy_matrix_products(spacy.load(MODEL, exclude=["ner"]))
    fast = speed_up(use_numpy_matrix_products(spacy.load(MODEL, exclude=["ner"])))
    return reference, fast


def test_the_corroboration_parser_uses_the_array_components():
    parser = load_parser(DEFAULT_SETTINGS.analyze)
    assert isinstance(parser.get_pipe("attribute_ruler"), ArrayAttributeRuler)
    assert isinstance(parser.get_pipe("lemmatizer"), ArrayLemmatizer)
    assert parser.pipe_names == ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]


def test_same_annotations_as_spacy_on_the_example_reports_and_awkward_text(both_pipelines, examples_dir):
    reference, fast = both_pipelines
    texts = [p.read_text(encoding="utf-8") for p in sorted(examples_dir.iterdir()) if p.suffix in (".txt", ".md")]
    texts += AWKWARD
    expected = _annotations(reference.pipe(texts))
    assert _annotations(fast.pipe(texts)) == expected
    # and again, now that every cache is warm
    assert _annotations(fast.pipe(texts)) == expected
    assert expected[len(texts) - len(AWKWARD)] == []  # the empty document stays empty


def test_same_annotations_as_spacy_on_real_articles(both_pipelines):
    reference, fast = both_pipelines
    path = require_shared(ECB_CORPUS) / "documents.jsonl"
    with path.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for _, line in zip(range(120), handle, strict=False)]
    expected = _annotations(reference.pipe(texts))
    actual = _annotations(fast.pipe(texts))
    assert sum(len(doc) for doc in expected) > 30_000
    assert actual == expected


def test_a_ruler_with_patterns_it_cannot_evaluate_stays_spacys_own():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    speed_up(nlp)
    assert nlp.get_pipe("attribute_ruler") is ruler
    # one it can evaluate is replaced, and behaves the same
    other = spacy.blank("en")
    plain = other.add_pipe("attribute_ruler")
    plain.add([[{"LOWER": {"IN": ["very", "quite"]}}, {"IS_SPACE": False}]], {"POS": "ADV"}, index=0)
    plain.add([[{"LOWER": {"REGEX": "^qu"}}]], {"POS": "INTJ"})
    text = "quite very nice, very quiet and quite so"
    expected = [(t.text, t.pos_) for t in other(text)]
    speed_up(other)
    assert isinstance(other.get_pipe("attribute_ruler"), ArrayAttributeRuler)
    assert [(t.text, t.pos_) for t in other(text)] == expected
    assert expected[:2] == [("quite", "INTJ"), ("very", "ADV")]  # the later rule wins, as in spaCy
