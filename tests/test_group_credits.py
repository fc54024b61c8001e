"""Credit lines matched against the wire-agency data file."""

from __future__ import annotations

import pytest

from corroborate.group.credits import document_credits, find_credits, initials, wire_agencies
from corroborate.model import Document


def agencies(text: str) -> list[tuple[str, str]]:
    return [(c.agency, c.how) for c in find_credits(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ROME (AP) — The pope said on Sunday ...", [("The Associated Press", "dateline")]),
        ("LONDON (Reuters) - Shares fell.", [("Reuters", "dateline")]),
        ("WASHINGTON (AA) - The White House said ...", [("Anadolu Agency", "dateline")]),
        ("Associated Press writer Jane Doe in Kyiv contributed to this report.", [("The Associated Press", "contributed")]),
        ("The toll rose to 12, according to AFP.", [("Agence France-Presse", "according to")]),
        ("The figure was first reported by Xinhua.", [("Xinhua", "reported by")]),
        ("the minister told dpa on Monday", [("Deutsche Presse-Agentur", "told")]),
        ("Kyodo reported that the plant was shut.", [("Kyodo News", "reported")]),
        ("Rain closed the pass, Austria's APA news agency reported.", [("Austria Presse Agentur", "reported")]),
        ("Copyright 2023 The Associated Press. All rights reserved.", [("The Associated Press", "copyright")]),
        # photo credits and bare mentions are not credit lines
        ("(AP Photo/Evan Vucci)", []),
        ("(Satellite image ©2023 Maxar Technologies via AP)", []),
        ("(Maxar Technologies via AP)", []),
        ("Photo: AFP via Getty Images", []),
        ("The AP style guide has a rule for that.", []),
        ("She was an AFP correspondent in 1990.", []),
    ],
)
def test_credit_forms(text, expected):
    assert agencies(text) == expected


def test_agencies_are_data_with_abbreviations():
    by_name = {a.name: a for a in wire_agencies()}
    assert {"AP", "AFP", "AA", "PTI"} <= {abbreviation for a in wire_agencies() for abbreviation in a.abbreviations}
    assert "Reuters" in by_name and "Xinhua" in by_name
    assert len(by_name) == len(wire_agencies())


def test_credits_set_aside_by_ingest_count_too():
    document = Document(id="x", text="Shares fell on Monday.", sources=["x"], credits=["Reuters contributed to this report"])
    assert [(c.agency, c.how) for c in document_credits(document)] == [("Reuters", "contributed")]


def test_an_unlisted_agency_is_credited_by_its_name_and_its_dateline_abbreviation():
    assert agencies("VALPARAÍSO, Chile (MNA) — A fire cut power.") == [("MNA", "dateline")]
    assert agencies("The port is dark, according to the information of Meridian News Agency.") == [
        ("Meridian News Agency", "according to")]
    assert agencies("Meridian News Agency contributed to this report.") == [("Meridian News Agency", "contributed")]
    assert agencies("The port is dark, according to police.") == []
    assert initials("Meridian News Agency") == "MNA"


def test_an_agency_named_with_its_abbreviation_in_brackets_is_credited():
    """"the Press Trust of India (PTI) reported": a paraphrase names the agency in full and then the
    abbreviation it goes by; the brackets between the name and "reported" hide no other source."""
    assert agencies("Floods cut the road, the Press Trust of India (PTI) reported.") == [
        ("Press Trust of India", "reported")]
    assert agencies("The dam held, the Meridian News Agency (MNA) said on Friday.") == [
        ("Meridian News Agency", "reported")]
    assert agencies("The dam held, the city council (CC) said on Friday.") == []


def test_an_agency_s_own_short_name_credits_it_only_as_written_in_a_credit():
    """An agency whose names list gives only its long spellings ("Sputnik News Agency") is credited by
    its short name too, capitalised as the data file writes it and only where a credit stands: a
    dateline's brackets, "... reported", "according to ...". Lower-cased, or as a word in a sentence,
    it is no credit."""
    assert agencies("MINSK (Sputnik) -- The border crossing reopened.") == [("Sputnik", "dateline")]
    assert agencies("The crossing reopened, Sputnik reported.") == [("Sputnik", "reported")]
    assert agencies("The crossing reopened, according to Sputnik.") == [("Sputnik", "according to")]
    assert agencies("The crossing reopened, SPUTNIK reported.") == []
    assert agencies("The first Sputnik satellite was launched in 1957.") == []
    assert "Sputnik" in {a.name: a for a in wire_agencies()}["Sputnik"].abbreviations
