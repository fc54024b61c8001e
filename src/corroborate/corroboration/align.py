"""Alignment: statements of different documents that assert the same thing become one claim.

A rewrite keeps the meaning but changes the words; a translation-like rewrite changes them more; a
shortened report drops half a sentence. No single signal survives all three, so the score of a pair
combines meaning (embedding cosine of the content), words (Dice overlap of content lemmas) and
anchors (the entities, numbers and dates both mention, as an overlap coefficient so that a shorter
statement is not punished for what it leaves out; anchors only raise a score, never lower it). Every signal is a matrix product over all
statements of a story at once: no Python loop over sentence pairs.

Clustering is constrained agglomeration over the pairs above the threshold, best pair first: two
clusters merge only if they share no document (one statement per document per claim: a report
does not corroborate itself) and their average pairwise score stays above a link threshold, so that
a chain of loosely similar sentences does not collapse into one claim. Then one exception: a
report's headline restates its opening sentence ("Freight train derails near X" over "A freight
train derailed near X on Thursday"), so the group holding a headline and the group holding the body
statement it restates become one claim (``join_headlines``). Without it, the headlines of several
reports form one claim and their opening sentences another, and the support of a story's main fact
is split in two. Discrepancies compare the groups as alignment formed them, one statement per
report: two body sentences that share a claim only because their headlines restate each other may
tell different events ("power returned on Wednesday, a day after the fire" beside "the fire cut
power on Tuesday"), and a report does not disagree with its own headline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS

from ..embeddings import get_embedder
from ..settings import Settings
from .claims import Statement


def binary_matrix(sets: Sequence[frozenset[str]]) -> np.ndarray:
    vocabulary: dict[str, int] = {}
    for items in sets:
        for item in items:
            vocabulary.setdefault(item, len(vocabulary))
    matrix = np.zeros((len(sets), max(1, len(vocabulary))), dtype=np.float32)
    for row, items in enumerate(sets):
        for item in items:
            matrix[row, vocabulary[item]] = 1.0
    return matrix


def anchor_set(statement: Statement) -> frozenset[str]:
    """What pins a statement to one fact: who/what/where, which figure, which day."""
    anchors = set(statement.entities)
    for quantity in statement.quantities:
        value = quantity.value if quantity.value is not None else quantity.low
        if value is not None:
            anchors.add(f"num:{quantity.kind}:{value:.3g}")
    for time in statement.times:
        if time.date:
            anchors.add(f"date:{time.date}")
    return frozenset(anchors)


# the pronoun that opens what a named speaker said about itself: "the office said it had opened an
# inquiry" ("it", "they" for a body; "he", "she" for a person)
_SELF_PRONOUN = re.compile(r"^(?P<pronoun>it|they|he|she)\b", re.IGNORECASE)


def _named(statement: Statement, content: str) -> str:
    """What is said, with the speaker's name for the pronoun by which it speaks of itself: "the
    office said it had opened an investigation" says "the office had opened an investigation", as
    another report words it; "it" alone, with the subject gone, meets no sentence that names the
    subject. Only a speaker the sentence names, and a pronoun that fits it (a person is no "it")."""
    match = _SELF_PRONOUN.match(content)
    if match is None or not statement.attribution or not statement.speaker_in_sentence:
        return content
    personal = match.group("pronoun").lower() in ("he", "she")
    if personal != statement.speaker_is_person:
        return content
    return statement.attribution + content[match.end() :]


def _without_story_topic(vectors: np.ndarray, topic_shrinkage: float) -> np.ndarray:
    """Remove what every sentence of the story shares (its topic), so that cosine measures the fact.

    All sentences of a story about drones and Iran are alike; subtracting their mean direction
    spreads the scores of same-fact pairs away from merely same-story pairs.
    """
    # A few statements do not tell the topic from the facts: the mean is shrunk towards zero
    # (weight n / (n + topic_shrinkage)), so a two-report story keeps plain cosine.
    weight = len(vectors) / (len(vectors) + topic_shrinkage)
    centered = vectors - weight * vectors.mean(axis=0, keepdims=True)
    norms = np.linalg.norm(centered, axis=1, keepdims=True)
    return centered / np.maximum(norms, 1e-6)


def similarity_matrix(statements: Sequence[Statement], settings: Settings) -> np.ndarray:
    """Pairwise alignment scores in [0, 1]; pairs within one document score 0, except a headline
    and a body statement of its own report (whether the headline restates it)."""
    n = len(statements)
    if n == 0:
        return np.zeros((0, 0), dtype=np.float32)
    cfg = settings.corroboration
    embedder = get_embedder(settings.embedding)
    clause = _without_story_topic(embedder.encode([_named(s, s.content) for s in statements]), cfg.topic_shrinkage)
    whole = _without_story_topic(
        embedder.encode([_named(s, s.sentence_content or s.content) for s in statements]), cfg.topic_shrinkage
    )
    # a clause split off one report may match a whole sentence of another ("greenlit, and
    # construction is underway" vs "has moved beyond conception"): the better reading counts
    # (on the transformer's scale, where the thresholds were tuned, whichever backend embedded them)
    meaning = np.clip(embedder.comparable(np.maximum(clause @ clause.T, whole @ whole.T)), 0.0, 1.0)

    words = binary_matrix([s.words for s in statements])
    shared = words @ words.T
    sizes = words.sum(axis=1)
    dice = 2.0 * shared / np.maximum(sizes[:, None] + sizes[None, :], 1.0)

    anchors = binary_matrix([anchor_set(s) for s in statements])
    shared_anchors = anchors @ anchors.T
    anchor_sizes = anchors.sum(axis=1)
    smaller = np.minimum(anchor_sizes[:, None], anchor_sizes[None, :])
    overlap = np.where(smaller > 0, shared_anchors / np.maximum(smaller, 1.0), 0.0)

    # anchors only add: a rewrite that garbles a date or a place must still align with its source,
    # or the discrepancy would never be seen
    base = (cfg.embedding_weight * meaning + cfg.word_weight * dice) / (cfg.embedding_weight + cfg.word_weight)
    score = base + cfg.anchor_weight * overlap * (1.0 - base)
    documents = np.array([s.document for s in statements])
    headline = np.array([s.headline for s in statements])
    score[(documents[:, None] == documents[None, :]) & (headline[:, None] == headline[None, :])] = 0.0
    for i, j in _one_quotation(statements):
        score[i, j] = score[j, i] = max(score[i, j], cfg.strong_align_threshold)
    for i, j in _two_voices(statements, cfg.distinct_quotation_overlap):
        score[i, j] = score[j, i] = 0.0
    return score.astype(np.float32)


# words a quotation needs before its wording alone tells one statement: "This is the car that will
# take us to Europe" (10), not "a gesture of good faith" (5), which two people may well say
_OWN_WORDING_LENGTH = 6


def _one_quotation(statements: Sequence[Statement]) -> list[tuple[int, int]]:
    """Pairs of statements of two documents that quote the same words (a quotation of at least
    ``_OWN_WORDING_LENGTH`` words, worded identically): one statement, whoever each report says
    said it and whatever each adds around it. The frames ("told 2,000 guests at the launch" /
    "said the chief designer as he walked reporters round the car") can differ so much that the
    sentences score below alignment, and a quotation given to two people was then never disputed."""
    quoted = []
    for index, statement in enumerate(statements):
        wordings = {q.normalized for q in statement.quotes if len(q.normalized.split()) >= _OWN_WORDING_LENGTH}
        if wordings:
            quoted.append((index, statement.document, wordings))
    return [(i, j) for a, (i, doc_i, words_i) in enumerate(quoted) for j, doc_j, words_j in quoted[a + 1:]
            if doc_i != doc_j and words_i & words_j]


def _two_voices(statements: Sequence[Statement], distinct_overlap: float) -> list[tuple[int, int]]:
    """Pairs of statements that are two people's own words: quotations of two named persons that
    say different things ("Rheinwerk is paying a full price," said one analyst; "Rheinwerk is
    buying at the top of the cycle," said another) are two opinions, not one claim that two
    sources back. One quotation given to two people is one claim, disputed on who said it."""
    voiced = []
    for index, statement in enumerate(statements):
        words = {w for q in statement.quotes for w in q.normalized.split() if w not in STOP_WORDS}
        if statement.speaker_is_person and statement.speaker_key and len(words) >= 3:
            voiced.append((index, statement.speaker_key, words))
    pairs = []
    for a, (i, speaker_i, words_i) in enumerate(voiced):
        for j, speaker_j, words_j in voiced[a + 1:]:
            shared = len(words_i & words_j) / min(len(words_i), len(words_j))
            if speaker_i != speaker_j and shared < distinct_overlap:
                pairs.append((i, j))
    return pairs


def cluster_statements(statements: Sequence[Statement], scores: np.ndarray, settings: Settings) -> list[list[int]]:
    """Groups of statement indices, at most one per document, best-supported pairs first."""
    cfg = settings.corroboration
    n = len(statements)
    cluster_of = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    docs: dict[int, set[str]] = {i: {statements[i].document} for i in range(n)}
    rows, cols = np.nonzero(np.triu(scores >= cfg.align_threshold, k=1))
    order = np.argsort(-scores[rows, cols], kind="stable")
    for k in order:
        a, b = cluster_of[rows[k]], cluster_of[cols[k]]
        if a == b or docs[a] & docs[b]:
            continue
        link = float(scores[np.ix_(members[a], members[b])].mean())
        if link < cfg.cluster_link_threshold:
            continue
        if all(statements[i].headline for i in members[a] + members[b]) and link < cfg.headline_pair_threshold:
            continue  # two titles that share the story's topic, not a claim they both make
        keep, gone = (a, b) if len(members[a]) >= len(members[b]) else (b, a)
        for i in members[gone]:
            cluster_of[i] = keep
        members[keep].extend(members.pop(gone))
        docs[keep] |= docs.pop(gone)
    return [sorted(group) for group in members.values()]


def _slots(statements: Sequence[Statement], group: Sequence[int]) -> set[tuple[str, bool]]:
    """What a claim holds at most once: each document's body statement, and its headline."""
    return {(statements[i].document, statements[i].headline) for i in group}


def join_headlines(
    statements: Sequence[Statement], groups: Sequence[Sequence[int]], scores: np.ndarray, settings: Settings
) -> list[list[int]]:
    """Claims: the groups of ``cluster_statements``, where a report's headline sits in one group and
    the body statement it restates in another, merged into one claim.

    The headlines of several reports align with each other more readily than with the opening
    sentences below them, so alignment alone leaves the story's main fact split between a claim of
    headlines and a claim of opening sentences, and a third report's opening sentence joins one or
    the other. The headline and its own report's sentence are the bridge: they must align (the
    alignment threshold), the merged claim must hold each document's body statement and headline
    at most once, and its average link must stay above the link threshold, as for any merge.
    """
    cfg = settings.corroboration
    cluster_of = {i: g for g, group in enumerate(groups) for i in group}
    members: dict[int, list[int]] = {g: list(group) for g, group in enumerate(groups)}
    bodies: dict[str, list[int]] = {}
    for i, statement in enumerate(statements):
        if not statement.headline:
            bodies.setdefault(statement.document, []).append(i)
    bridges = sorted(
        (-float(scores[h, b]), h, b)
        for h, headline in enumerate(statements) if headline.headline
        for b in bodies.get(headline.document, [])
        if scores[h, b] >= cfg.align_threshold
    )
    for _, h, b in bridges:
        x, y = cluster_of[h], cluster_of[b]
        if x == y:
            continue
        evicted = _third_report_clashes(statements, members[x], members[y], statements[h].document)
        if evicted is None:
            continue
        rest_x = [i for i in members[x] if i not in evicted]
        rest_y = [i for i in members[y] if i not in evicted]
        if float(scores[np.ix_(rest_x, rest_y)].mean()) < cfg.cluster_link_threshold:
            continue
        # the evicted statements leave together: they aligned with each other as one claim, and
        # only their shared group's headline joined them to the wrong one
        if evicted:
            apart = max(members) + 1
            for i in evicted:
                members[cluster_of[i]].remove(i)
                cluster_of[i] = apart
            members[apart] = list(evicted)
        keep, gone = (x, y) if len(members[x]) >= len(members[y]) else (y, x)
        for i in members[gone]:
            cluster_of[i] = keep
        members[keep].extend(members.pop(gone))
    return [sorted(group) for group in members.values()]


def _third_report_clashes(
    statements: Sequence[Statement], x: Sequence[int], y: Sequence[int], bridge_document: str
) -> list[int] | None:
    """The statements to leave out so that the headline's group ``x`` and the body group ``y`` can
    join: none when they share no slot; where both hold a body statement of a third report, the one
    in the headline's group, which joined it on a headline's few words, not on a sentence (a third
    report's "X is the first woman elected mayor" beside the headlines "X wins mayoral race" must
    not keep those headlines from the opening sentences they restate, nor be the claim's text);
    None when a headline or the bridge's own report clashes, which no eviction resolves."""
    clashes = _slots(statements, x) & _slots(statements, y)
    if any(headline or document == bridge_document for document, headline in clashes):
        return None
    return [i for i in x if (statements[i].document, statements[i].headline) in clashes]
