"""Origins: which reports of one story derive from one source, so support is counted per origin.

Three kinds of evidence join two reports into one origin, each written down as a sentence a reader
can check:

* text reuse: near-duplicates (MinHash) or passages of unquoted words that both contain;
* credit lines: both credit the same wire agency ("The Associated Press contributed to this
  article", "WASHINGTON (AA) -", "according to Reuters");
* structure: a rewrite may keep few words but keeps the lede and the order of the facts, so the
  opening sentences mean the same (sentence embeddings) and further sentences align in order.

Quoted words never count: two reports that both reproduce a spokesman's statement copied the
spokesman, not each other.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

from ..model import AnalyzedDocument, Origin, SharedPassage
from ..settings import GroupSettings, Settings
from .credits import Credit, agency_name, document_credits, initials
from .reuse import near_duplicates, passage_words, quoted_regions, shared_passages, unnamed_words, words

Encode = Callable[[list[str]], np.ndarray]
_TERMINAL = re.compile(r"[.!?][\"'”’)]?$")


@dataclass(slots=True)
class _Link:
    a: str
    b: str
    reason: str


class _Groups:
    """Union-find over document ids."""

    def __init__(self, ids: Sequence[str]):
        self.parent = {i: i for i in ids}

    def find(self, item: str) -> str:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def label(document: AnalyzedDocument) -> str:
    """How evidence names a report: its outlet or title when known, always its id."""
    name = document.document.outlet or document.document.title
    return f"{document.id[:8]} ({name})" if name else document.id[:8]


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


# -- structure -----------------------------------------------------------------------------------


def body_sentences(document: AnalyzedDocument, min_words: int = 6) -> list[str]:
    """Sentences of running text, without headlines, captions or quoted statements: the skeleton
    of facts a rewrite keeps. A sentence mostly in quotation marks, or one that opens with a
    quotation ('"Sales fell," the chief executive said at the company's headquarters last night'),
    is a speaker's statement however long its attribution: two reports that both quote it copied
    the speaker, not each other."""
    text = document.text
    regions = quoted_regions(text)
    spans = [(s.start, s.end) for s in document.sentences] or _fallback_sentences(text)
    out = []
    for span_start, span_end in spans:
        # a headline or caption glued to the next sentence is its own line
        for line in re.finditer(r"[^\n]+", text[span_start:span_end]):
            start, end = span_start + line.start(), span_start + line.end()
            sentence = line.group().strip()
            if len(sentence.split()) < min_words or not _TERMINAL.search(sentence):
                continue
            inside = sum(max(0, min(e, end) - max(b, start)) for b, e in regions)
            opens_quoted = any(b <= start + (len(line.group()) - len(line.group().lstrip())) < e for b, e in regions)
            if inside > 0.5 * (end - start) or opens_quoted:
                continue
            out.append(sentence)
    return out


_BOUNDARY = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(A-Z0-9])|\n+")


def _fallback_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans when the analysis gave none: split after end punctuation, but not after an
    initial ("U.S.", "J. Smith")."""
    spans, start = [], 0
    for match in _BOUNDARY.finditer(text):
        if text[match.start()] == "." and re.search(r"(?:^|[\s.])[A-Z]$", text[max(0, match.start() - 2) : match.start()]):
            continue
        spans.append((start, match.start() + 1))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def ordered_alignment(similarity: np.ndarray, threshold: float) -> list[tuple[int, int]]:
    """The heaviest chain of sentence pairs above ``threshold`` that keeps both orders (the
    dynamic programme of longest common subsequence, weighted by similarity)."""
    rows, cols = similarity.shape
    best = np.zeros((rows + 1, cols + 1))
    for i in range(rows):
        for j in range(cols):
            gain = similarity[i, j] if similarity[i, j] >= threshold else -np.inf
            best[i + 1, j + 1] = max(best[i, j + 1], best[i + 1, j], best[i, j] + gain)
    pairs = []
    i, j = rows, cols
    while i > 0 and j > 0:
        if similarity[i - 1, j - 1] >= threshold and np.isclose(best[i, j], best[i - 1, j - 1] + similarity[i - 1, j - 1]):
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif best[i, j] == best[i - 1, j]:
            i -= 1
        else:
            j -= 1
    return pairs[::-1]


@dataclass(frozen=True, slots=True)
class Rewrite:
    lede_similarity: float
    lede_a: str
    lede_b: str
    aligned: int


def rewrite_evidence(sentences_a: list[str], vectors_a: np.ndarray, sentences_b: list[str], vectors_b: np.ndarray,
                     settings: GroupSettings) -> Rewrite | None:
    """A rewrite: the ledes say the same thing and more facts follow in the same order."""
    if not sentences_a or not sentences_b:
        return None
    similarity = vectors_a @ vectors_b.T
    lede = settings.lede_sentences
    lede_block = similarity[:lede, :lede]
    i, j = np.unravel_index(int(np.argmax(lede_block)), lede_block.shape)
    lede_similarity = float(lede_block[i, j])
    if lede_similarity < settings.rewrite_lede_similarity:
        return None
    aligned = ordered_alignment(similarity, settings.rewrite_sentence_similarity)
    if len(aligned) < settings.rewrite_min_aligned:
        return None
    return Rewrite(lede_similarity, sentences_a[i], sentences_b[j], len(aligned))


def quoted_people(document: AnalyzedDocument) -> dict[str, str]:
    """The people a report quotes in their own words, by surname: the speaker of a direct or
    partial quotation whose words a person-name mention covers."""
    people = {}
    persons = [m for m in document.mentions if m.type == "PERSON"]
    for quote in document.quotes:
        if quote.kind == "reported" or quote.speaker_start is None or quote.speaker_end is None:
            continue
        for mention in persons:
            if mention.start < quote.speaker_end and quote.speaker_start < mention.end:
                surname = mention.text.split()[-1].strip(".,'’")
                if surname[:1].isupper() and surname.isalpha():
                    people.setdefault(surname, mention.text)
    return people


def own_reporting(a: AnalyzedDocument, b: AnalyzedDocument,
                  credited: Mapping[str, set[str]] | None = None) -> dict[str, str] | None:
    """Why neither of two reports that follow one order can be a rewrite of the other, or None.

    A rewrite may cut its source but does not quote people its source never names, and it cannot
    be published before its source. So structure alone joins two reports only when one of them
    could derive from the other; when each either quotes someone the other never names or is
    older, they are two pieces of reporting that tell the story in the usual order. A report that
    credits a wire agency says where it comes from: it rewrites that agency's story, not a report
    that neither credits the agency nor is published by it. ``credited``: the agencies each report
    credits, by document id. Returned: for each report, the reason it is not
    the other's rewrite."""
    credited = credited or {}
    reasons = {}
    for derived, source in ((a, b), (b, a)):
        if derived.document.published and source.document.published and derived.document.published < source.document.published:
            reasons[derived.id] = (f"it was published on {derived.document.published.isoformat()}, before "
                                   f"{label(source)} ({source.document.published.isoformat()})")
            continue
        its_agencies = credited.get(derived.id, set())
        publisher = {agency_name(source.document.outlet)} if source.document.outlet else set()
        if its_agencies and its_agencies.isdisjoint(credited.get(source.id, set()) | publisher):
            reasons[derived.id] = (f"it credits {', '.join(sorted(its_agencies))}, which {label(source)} neither "
                                   f"credits nor publishes")
            continue
        named = set(re.findall(r"[^\W\d_]+", source.text))  # words, accented letters included
        added = [full for surname, full in quoted_people(derived).items() if surname not in named]
        if added:
            reasons[derived.id] = f"it quotes {', '.join(sorted(added)[:3])}, whom {label(source)} never names"
            continue
        interview = own_interview(derived)
        if interview is None or interview.lower() in source.text.lower():
            return None
        reasons[derived.id] = f"it tells what was said to its own outlet or reporter (“{interview}”)"
    return reasons


_TO_US = (r"\b(?:told|said\s+to|speaking\s+to|in\s+an\s+interview\s+with)\s+(?:this|our)\s+"
          r"(?:newspaper|paper|station|programme|program|reporters?|correspondents?|website|site)\b"
          r"|\bour\s+(?:own\s+)?(?:reporters?|correspondents?)\b")


def own_interview(document: AnalyzedDocument) -> str | None:
    """The words by which a report says it did its own reporting, or None.

    "X told Radio Gulf:" in Radio Gulf's bulletin, "told the Gazette" in the Gazette, "our reporter
    says": a rewrite of another outlet's report cannot have been told things by its own outlet."""
    patterns = [_TO_US]
    outlet = document.document.outlet
    if outlet:
        names = outlet.split()
        # the outlet's name or its last words: "the Gazette" for the Eastern Province Gazette
        endings = [" ".join(names[k:]) for k in range(len(names)) if names[k][:1].isupper() and names[k].lower() != "the"]
        if endings:
            patterns.append(r"\b(?:told|said\s+to|speaking\s+to|in\s+an\s+interview\s+with)\s+(?:the\s+)?(?:"
                            + "|".join(re.escape(e) for e in endings) + r")\b(?!\s+[A-Z])")
    for pattern in patterns:
        match = re.search(pattern, document.text, flags=0 if pattern is not _TO_US else re.IGNORECASE)
        if match:
            return match.group(0)
    return None


# -- origins -------------------------------------------------------------------------------------


def find_origins(
    story_id: str,
    documents: Sequence[AnalyzedDocument],
    settings: Settings,
    encode: Encode | None = None,
    signatures: Mapping[str, MinHash] | None = None,
) -> tuple[list[Origin], list[SharedPassage]]:
    """Partition a story's documents into origins, each with its evidence, and return every
    passage two of them share (quoted or not). ``signatures``: MinHash signatures by document id
    that the caller already has."""
    group = settings.group
    ids = [d.id for d in documents]
    by_id = {d.id: d for d in documents}
    groups = _Groups(ids)
    links: list[_Link] = []

    # text reuse
    for a, b, jaccard in near_duplicates({d.id: d.text for d in documents}, group, signatures):
        groups.union(a, b)
        links.append(_Link(a, b, f"{label(by_id[b])} is a near-duplicate of {label(by_id[a])} "
                                  f"(estimated Jaccard {jaccard:.2f} over {group.shingle_words}-word shingles)"))
    tokenised = {d.id: words(d.text) for d in documents}
    size = group.min_passage_words
    seeds = {i: {hash(w.tokens[k : k + size]) for k in range(len(w.tokens) - size + 1)} for i, w in tokenised.items()}
    passages: list[SharedPassage] = []
    quoted_only: dict[str, list[tuple[str, SharedPassage]]] = {}
    few_shared: dict[str, list[tuple[str, list[SharedPassage]]]] = {}  # unquoted, below the bar
    for index, a in enumerate(documents):
        for b in documents[index + 1 :]:
            if seeds[a.id].isdisjoint(seeds[b.id]):
                continue  # not one shared run of words: nothing to align
            found = shared_passages(a.id, a.text, b.id, b.text, group, tokenised[a.id], tokenised[b.id])
            passages.extend(found)
            unquoted = [p for p in found if not p.quoted]
            shared_words = sum(passage_words(p) for p in unquoted)
            longest = max(unquoted, key=passage_words, default=None)
            # names shared are the story's, not evidence of copying: the bars count the other words
            copied_words = sum(unnamed_words(p) for p in unquoted)
            if (copied_words >= group.min_unquoted_shared_words and len(unquoted) >= group.min_unquoted_passages) or (
                longest is not None and unnamed_words(longest) >= group.min_unquoted_passage_words
            ):
                groups.union(a.id, b.id)
                links.append(_Link(a.id, b.id, f"{label(a)} and {label(b)} share {shared_words} unquoted words "
                                               f"in {len(unquoted)} passage(s), e.g. “{_clip(longest.text)}”"))
            elif unquoted:
                few_shared.setdefault(a.id, []).append((b.id, unquoted))
                few_shared.setdefault(b.id, []).append((a.id, unquoted))
            elif any(p.quoted for p in found):
                example = max((p for p in found if p.quoted), key=passage_words)
                quoted_only.setdefault(a.id, []).append((b.id, example))
                quoted_only.setdefault(b.id, []).append((a.id, example))

    # credit lines: reports crediting one agency, and the agency's own report, are one origin
    credits = _resolved_credits(documents)
    first_with: dict[str, str] = {}
    for document_id in ids:
        for agency, _ in credits[document_id]:
            if agency in first_with:
                groups.union(first_with[agency], document_id)
            else:
                first_with[agency] = document_id
    for document in documents:
        outlet = agency_name(document.document.outlet) if document.document.outlet else None
        if outlet and outlet in first_with and first_with[outlet] != document.id:
            groups.union(first_with[outlet], document.id)
            links.append(_Link(first_with[outlet], document.id,
                               f"{label(document)} is published by {outlet}, the source other reports credit"))

    # structure
    credited = {d.id: {agency for agency, _ in credits[d.id]} for d in documents}
    sentences = {d.id: body_sentences(d) for d in documents}
    own_reporting_notes: dict[str, list[tuple[str, str]]] = {}
    if len(documents) > 1:
        encode = encode or _default_encoder(settings)
        vectors = {i: encode(s) if s else np.zeros((0, 1), dtype=np.float32) for i, s in sentences.items()}
        for index, a in enumerate(ids):
            for b in ids[index + 1 :]:
                rewrite = rewrite_evidence(sentences[a], vectors[a], sentences[b], vectors[b], group)
                if rewrite is None:
                    continue
                own = own_reporting(by_id[a], by_id[b], credited)
                if own is not None:
                    own_reporting_notes.setdefault(a, []).append((b, own[a]))
                    own_reporting_notes.setdefault(b, []).append((a, own[b]))
                    continue
                groups.union(a, b)
                links.append(_Link(a, b, f"{label(by_id[b])} follows the structure of {label(by_id[a])}: "
                                         f"the ledes mean the same (similarity {rewrite.lede_similarity:.2f}), "
                                         f"“{_clip(rewrite.lede_a, 120)}” / “{_clip(rewrite.lede_b, 120)}”, "
                                         f"and {rewrite.aligned} sentences say the same in the same order"))

    members: dict[str, list[str]] = {}
    for document_id in ids:
        members.setdefault(groups.find(document_id), []).append(document_id)
    origins = []
    for number, docs in enumerate(members.values(), start=1):
        origins.append(_origin(f"{story_id}-o{number}", docs, by_id, credits, links, quoted_only, few_shared,
                               own_reporting_notes, len(ids)))
    return origins, passages


def _resolved_credits(documents: Sequence[AnalyzedDocument]) -> dict[str, list[tuple[str, Credit]]]:
    """Each document's credits under one name per source: an unlisted abbreviation in a dateline
    ("(MNA)") resolves to the full name another report or outlet of the story spells out whose
    initials it is ("Meridian News Agency")."""
    raw = {d.id: document_credits(d.document) for d in documents}
    spelled = {c.agency for found in raw.values() for c in found if not _abbreviation(c.agency)}
    spelled |= {agency_name(d.document.outlet) for d in documents if d.document.outlet}
    by_initials = {initials(name): name for name in sorted(spelled) if len(initials(name)) >= 2}
    resolved = {}
    for document_id, found in raw.items():
        resolved[document_id] = [
            (by_initials.get(c.agency, c.agency) if _abbreviation(c.agency) else c.agency, c) for c in found
        ]
    return resolved


def _abbreviation(name: str) -> bool:
    return name.isupper() and " " not in name and len(name) <= 6


def _origin(origin_id, docs, by_id, credits, links, quoted_only, few_shared, own_reporting_notes, story_size) -> Origin:
    inside = set(docs)
    evidence = []
    agencies = Counter(agency for d in docs for agency, _ in credits[d])
    for document_id in docs:
        for agency, credit in credits[document_id]:
            evidence.append(f"{label(by_id[document_id])} credits {agency} ({credit.how}): “{_clip(credit.line, 200)}”")
    evidence.extend(link.reason for link in links if link.a in inside and link.b in inside)
    if len(docs) == 1 and story_size > 1:
        only = docs[0]
        shared_little = [(other, found) for other, found in few_shared.get(only, []) if other not in inside]
        what = "copied passages" if shared_little else "unquoted passage"
        shares_no = f"{what} or credit line" if own_reporting_notes.get(only) else f"{what}, credit line or lede structure"
        evidence.append(f"{label(by_id[only])} shares no {shares_no} "
                        f"with the other {story_size - 1} report(s) of the story")
        for other, found in shared_little[:3]:
            longest = max(found, key=passage_words)
            evidence.append(f"it shares {len(found)} short unquoted passage(s) with {label(by_id[other])}, "
                            f"{sum(passage_words(p) for p in found)} words, e.g. “{_clip(longest.text)}”: a sentence "
                            f"in common (a shared statement or stock phrase), not a copied report")
        for other, passage in quoted_only.get(only, [])[:3]:
            evidence.append(f"it shares only quoted words with {label(by_id[other])}, “{_clip(passage.text)}”: "
                            f"a statement reproduced from its speaker, not copying")
    for document_id in docs:
        for other, note in own_reporting_notes.get(document_id, []):
            if other not in inside:
                evidence.append(f"{label(by_id[document_id])} follows the order of {label(by_id[other])}'s lede and facts, "
                                f"but not as a rewrite: {note}")
    credit = agencies.most_common(1)[0][0] if agencies else None
    return Origin(id=origin_id, documents=list(docs), credit=credit, evidence=evidence)


def _default_encoder(settings: Settings) -> Encode:
    from ..embeddings import get_embedder

    return get_embedder(settings.embedding).encode
