"""corroborate_story end to end on the real stages before it: the example corpus (whose answers
are known) and the drone corpus (whose briefing must carry aligned claims and discrepancies)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from corroborate.analyze import analyze_documents, describe_story
from corroborate.api import analyze
from corroborate.corroboration import corroborate_story
from corroborate.ingest import read_inputs
from corroborate.model import Origin, Story
from corroborate.report.json_report import briefing_to_dict
from corroborate.settings import DEFAULT_SETTINGS
from tests.conftest import EXAMPLES, SCHEMA


@pytest.fixture(scope="module")
def example_story():
    documents, _ = read_inputs([str(EXAMPLES)], published=None, settings=DEFAULT_SETTINGS.ingest)
    analysed = analyze_documents(documents, DEFAULT_SETTINGS)
    prefix = {a.id: Path(a.document.source).name[:2] for a in analysed}
    wire = [a.id for a in analysed if prefix[a.id] in ("01", "02", "03")]
    independent = [a.id for a in analysed if prefix[a.id] == "04"]
    # the known origins (examples/harbour-blackout.answers.md), so that this tests corroboration only
    story = Story(id="s1", documents=[a.id for a in analysed],
                  origins=[Origin("s1-o1", wire), Origin("s1-o2", independent)])
    describe_story(story, analysed, DEFAULT_SETTINGS)
    corroborate_story(story, analysed, DEFAULT_SETTINGS)
    return story, prefix


def _found(story, prefix, kind, phrase_a, phrase_b):
    """The discrepancy of ``kind`` whose variants' evidence holds phrase_a on one side, phrase_b on the other."""
    for discrepancy in story.discrepancies:
        if discrepancy.kind != kind:
            continue
        sides = [" ".join(v.evidence) for v in discrepancy.variants]
        if any(phrase_a in a and phrase_b in b for a in sides for b in sides if a is not b):
            return discrepancy
    return None


@pytest.mark.parametrize(
    ("answer", "kind", "side_a", "side_b"),
    [
        ("D1", "quantity", "12 container ships", "21 container ships"),
        ("D2", "quantity", "about 5 miles (8 km)", "5 kilometres from the port"),
        ("D6", "quote", "We expect full power", "We hope that all power"),
        ("D7", "attribution", "He said the fire was caused", "it was said by the port authority"),
        ("D8", "attribution", "spokeswoman Carmen Ruiz", "Mr. Ruiz"),
        ("D9", "status", "will open an investigation", "has opened an investigation"),
        ("D10", "negation", "denied that scheduled maintenance", "acknowledged that scheduled maintenance"),
    ],
)
def test_the_deliberate_disagreements_of_the_example_are_found(example_story, answer, kind, side_a, side_b):
    story, _ = example_story
    assert _found(story, None, kind, side_a, side_b) is not None, answer


def test_the_example_status_change_is_a_possible_update_and_the_rewrite_garble_is_not(example_story):
    story, _ = example_story
    assert _found(story, None, "status", "will open", "has opened").update
    assert not _found(story, None, "quantity", "12 container ships", "21 container ships").update  # same origin


def test_consistent_statements_of_the_example_raise_no_alarm(example_story):
    story, _ = example_story
    for discrepancy in story.discrepancies:
        evidence = " ".join(e for v in discrepancy.variants for e in v.evidence)
        assert "at least a dozen" not in evidence  # agrees with 12
        assert "several kilometres" not in evidence  # agrees with about 5 miles (8 km)
        assert not (discrepancy.kind == "quote" and "evidence of" in evidence)  # paraphrase, no quotation marks


def test_the_example_claims_count_origins(example_story):
    story, prefix = example_story
    sabotage = next(c for c in story.claims if "sabotage" in c.text)
    assert sorted(prefix[s.document] for s in sabotage.support) == ["01", "02", "03"]
    assert (sabotage.independent_sources, sabotage.status) == (1, "single-source")  # one wire story
    investigation = next(c for c in story.claims if "investigation" in c.text)
    assert (investigation.independent_sources, investigation.status) == (2, "disputed")


def test_the_drone_briefing_carries_aligned_claims_and_discrepancies_with_evidence(drone_corpus):
    briefing = analyze(str(drone_corpus))
    data = briefing_to_dict(briefing)
    jsonschema.validate(data, json.loads(SCHEMA.read_text(encoding="utf-8")))
    texts = {d["id"]: d["text"] for d in data["documents"]}
    claims = [c for s in data["stories"] for c in s["claims"]]
    discrepancies = [d for s in data["stories"] for d in s["discrepancies"]]
    for claim in claims:
        for support in claim["support"]:
            assert texts[support["document"]][support["start"]:support["end"]] == support["sentence"]
    december = [c for c in claims if "December" in c["text"] and "assembly line" in c["text"]]
    assert len(december) == 1 and len(december[0]["support"]) == 4
    assert max(len({s["document"] for s in c["support"]}) for c in claims) == 5  # the lede, in all five

    quotes = [d for d in discrepancies if d["kind"] == "quote"]
    assert any(
        any("large-scale" in v["value"] for v in d["variants"]) and any("full-scale" in v["value"] for v in d["variants"])
        for d in quotes
    )
    (distance,) = [d for d in discrepancies if d["kind"] == "quantity"]
    assert sorted(v["value"] for v in distance["variants"]) == ["about 680 miles", "several hundred kilometers"]
    for discrepancy in discrepancies:
        assert len(discrepancy["variants"]) >= 2
        assert all(v["evidence"] and v["documents"] for v in discrepancy["variants"])
