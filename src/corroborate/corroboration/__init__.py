"""corroboration: claims aligned across a story's documents, independent support, discrepancies.

statements (claims.py) -> pairwise alignment scores and clusters (align.py) -> claims with their
support counted by origin (support.py) -> discrepancies between aligned statements
(discrepancies.py) -> the headline (headline.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import AnalyzedDocument, Story
from ..settings import Settings
from .align import cluster_statements, join_headlines, similarity_matrix
from .claims import extract_statements
from .discrepancies import find_discrepancies, person_state_subjects, to_discrepancy
from .headline import choose_headline
from .support import build_claims, origin_of


def corroborate_story(story: Story, documents: Sequence[AnalyzedDocument], settings: Settings) -> None:
    """Fill ``story.claims`` (lead claims first), ``story.discrepancies`` and ``story.headline``."""
    parsed = extract_statements(story, documents, settings)
    statements = parsed.statements
    scores = similarity_matrix(statements, settings)
    groups = cluster_statements(statements, scores, settings)
    claim_groups = join_headlines(statements, groups, scores, settings)
    claims = build_claims(story, statements, claim_groups, scores)
    claim_of = {index: claim for claim, group in claims for index in group}
    claim_by_key = {(statements[i].document, statements[i].sentence_text): claim_of[i] for i in claim_of}
    # a sentence split into clauses has a statement in each of several claims: a finding disputes
    # the claim of the clause it read (the date of "derailed on Thursday, and ammonia forced ...")
    claim_by_statement = {id(statements[i]): claim_of[i] for i in claim_of}

    discrepancies = []
    # discrepancies compare the groups as alignment formed them, one statement per report
    found = find_discrepancies(parsed, groups, scores, settings, origin=lambda d: origin_of(story, d), claim_groups=claim_groups)
    for finding in found:
        involved = []
        # a person named two ways disputes the sentences of the odd naming, not every mention
        sides = finding.sides if finding.kind != "attribution" or finding.claim_statements else [
            min(finding.sides, key=lambda side: len({s.document for s in side.statements}))
        ]
        for side in sides:
            for statement in side.statements:
                claim = claim_by_statement.get(id(statement)) or claim_by_key.get((statement.document, statement.sentence_text))
                if claim is not None and claim not in involved:
                    involved.append(claim)
        for claim in involved:
            claim.status = "disputed"
        if finding.kind == "negation" or finding.subject in person_state_subjects():
            # "X was unarmed" backed by a report that says "X had a knife": that report is the other side
            for claim in involved:
                _count_only_its_side(claim, finding, story)
        lead = max(involved, key=lambda c: (c.independent_sources, len({s.document for s in c.support})), default=None)
        discrepancies.append(
            to_discrepancy(finding, len(discrepancies) + 1, story.id, lead.id if lead else None, lambda d: origin_of(story, d))
        )

    story.claims = [claim for claim, _ in claims]
    story.discrepancies = discrepancies
    story.headline = choose_headline(documents, story.claims, settings)


def _count_only_its_side(claim, finding, story: Story) -> None:
    """A report that asserts what the claim denies (or denies what it asserts) shares its words,
    not its fact: its origin backs the other side, so the claim counts only the origins of the side
    its own text is on."""
    own = next((side for side in finding.sides if any(s.text.strip() == claim.text for s in side.statements)), None)
    if own is None:
        return
    mine = {origin_of(story, s.document) for s in own.statements}
    opposed = {origin_of(story, s.document) for side in finding.sides if side is not own for s in side.statements}
    backing = [origin for origin in claim.origins if origin not in opposed - mine]
    claim.independent_sources = max(1, len(backing))
