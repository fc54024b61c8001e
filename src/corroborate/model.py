"""The one typed data model every stage reads and writes.

Offsets are the shared currency: every span (sentence, mention, quote, quantity, time expression,
piece of evidence) is a pair of character offsets into its document's cleaned ``text``, never a
copy that could drift from it. Stages add to these objects; only the report stage turns them into
the JSON contract ``corroborate.briefing/1``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

BRIEFING_FORMAT = "corroborate.briefing/1"

EntityType = Literal["PERSON", "ORG", "PLACE", "NORP", "EVENT", "PRODUCT", "FACILITY", "LAW", "OTHER"]
Precision = Literal["year", "month", "day"]
ClaimStatus = Literal["corroborated", "single-source", "disputed"]
DiscrepancyKind = Literal["quantity", "date", "place", "quote", "attribution", "status", "negation", "other"]
QuoteKind = Literal["direct", "partial", "reported"]
Modality = Literal["asserted", "possible", "alleged", "believed", "denied", "planned", "reported"]


def content_id(text: str) -> str:
    """Why a hash: ingesting the same report twice must change nothing, whatever its source."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


# ---------------------------------------------------------------------------------------------
# ingest: sources -> Document


@dataclass(slots=True)
class Document:
    """One report, cleaned. ``text`` is what every offset in the system refers to."""

    id: str
    text: str
    sources: list[str]  # every path, URL or feed item this exact content was read from
    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    url: str | None = None
    byline: str | None = None
    dateline: str | None = None
    captions: list[str] = field(default_factory=list)  # photo captions, kept as metadata
    credits: list[str] = field(default_factory=list)  # "X contributed to this article", "(via AP)"
    boilerplate_removed: list[str] = field(default_factory=list)

    @property
    def source(self) -> str:
        return self.sources[0]


@dataclass(slots=True)
class SkippedInput:
    """An input that could not be read; the run goes on and the briefing says why."""

    source: str
    reason: str


# ---------------------------------------------------------------------------------------------
# analyze: Document -> AnalyzedDocument


@dataclass(slots=True)
class Sentence:
    index: int  # position in its document
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Mention:
    """A named-entity mention in one document, before cross-document resolution."""

    text: str
    type: EntityType
    start: int
    end: int
    sentence: int
    title: str | None = None  # "spokesman", "President", "Ms." kept apart from the name
    entity: str | None = None  # Entity.id once resolved within a story


@dataclass(slots=True)
class Quote:
    """Words attributed to a speaker: verbatim (direct, partial) or reported speech."""

    text: str  # the quoted words without quotation marks (for reported speech: the content)
    kind: QuoteKind
    start: int  # span of ``text`` in the document
    end: int
    sentence: int
    speaker: str | None = None  # the speaker as written, or as resolved from a pronoun
    speaker_start: int | None = None
    speaker_end: int | None = None
    normalized: str = ""  # lower case, no punctuation, for comparing wordings
    verb: str | None = None  # "said", "according to", "added"
    entity: str | None = None  # Entity.id of the speaker once resolved


@dataclass(slots=True)
class Quantity:
    """A number with what it counts or measures; vague amounts become flagged ranges."""

    text: str
    start: int
    end: int
    sentence: int
    value: float | None  # the point value when there is one
    low: float | None  # the range in ``unit``: equal to value when exact
    high: float | None
    unit: str | None  # normalised unit ("km", "USD", "%", "year") or the counted noun ("drone")
    kind: str = "count"  # count, length, mass, money, percent, duration, area, speed, energy, power, other
    approximate: bool = False  # "about", "nearly", "some"
    vague: bool = False  # "several hundred", "hundreds of", "dozens"
    original_value: float | None = None  # as written, before unit conversion ("680" of "680 miles")
    original_unit: str | None = None  # as written ("mile"), when ``unit`` is a converted one ("km")


@dataclass(slots=True)
class TimeExpression:
    text: str
    start: int
    end: int
    sentence: int
    date: str | None  # YYYY, YYYY-MM or YYYY-MM-DD; None when it cannot be resolved
    precision: Precision | None
    resolved: bool  # False: relative, and there was no publication date to anchor it
    relative: bool = False
    modifier: str | None = None  # "early", "mid", "late" or a season: a part of the period in ``date``


@dataclass(slots=True)
class AnalyzedDocument:
    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.document.id

    @property
    def text(self) -> str:
        return self.document.text

    def sentence_at(self, offset: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None


# ---------------------------------------------------------------------------------------------
# group: AnalyzedDocument -> Story (documents and origins)


@dataclass(slots=True)
class Evidence:
    """A span of one document that proves a judgement."""

    document: str
    start: int
    end: int
    text: str
    score: float | None = None


@dataclass(slots=True)
class SharedPassage:
    """Text two documents share, found by passage alignment."""

    document_a: str
    start_a: int
    end_a: int
    document_b: str
    start_b: int
    end_b: int
    text: str
    quoted: bool = False  # inside quotation marks: shared primary source, not copying


@dataclass(slots=True)
class Origin:
    """Documents that are not independent of each other: copies or rewrites of one source."""

    id: str
    documents: list[str]
    credit: str | None = None  # the named original source, e.g. a wire agency
    evidence: list[str] = field(default_factory=list)  # human-readable reasons, with the text


@dataclass(slots=True)
class Entity:
    """An entity resolved across a story's documents."""

    id: str
    name: str
    type: EntityType
    aliases: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    mentions: int = 0
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    geo_confidence: float | None = None


# ---------------------------------------------------------------------------------------------
# corroborate: Story -> claims and discrepancies


@dataclass(slots=True)
class ClaimSupport:
    document: str
    sentence: str
    start: int
    end: int
    score: float = 1.0
    origin: str | None = None


@dataclass(slots=True)
class Claim:
    id: str
    text: str
    support: list[ClaimSupport]
    independent_sources: int
    status: ClaimStatus
    attributed_to: str | None = None
    modality: Modality = "asserted"
    origins: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Variant:
    value: str
    documents: list[str]
    evidence: list[str]
    normalized: object = None
    published: str | None = None


@dataclass(slots=True)
class Discrepancy:
    id: str
    kind: DiscrepancyKind
    summary: str
    variants: list[Variant]
    claim: str | None = None
    update: bool = False  # variants differ in publication time: maybe an update, not a conflict


@dataclass(slots=True)
class StoryQuote:
    text: str
    speaker: str | None
    documents: list[str]
    kind: QuoteKind = "direct"


@dataclass(slots=True)
class TimelineEntry:
    date: str
    expression: str
    documents: list[str]
    event: str = ""


@dataclass(slots=True)
class Story:
    id: str
    documents: list[str]
    headline: str = ""
    origins: list[Origin] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    discrepancies: list[Discrepancy] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[StoryQuote] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    shared_passages: list[SharedPassage] = field(default_factory=list)

    def origin_of(self, document_id: str) -> str | None:
        for origin in self.origins:
            if document_id in origin.documents:
                return origin.id
        return None


@dataclass(slots=True)
class Briefing:
    documents: list[AnalyzedDocument]
    stories: list[Story]
    skipped: list[SkippedInput] = field(default_factory=list)
    generated_at: str | None = None
    format: str = BRIEFING_FORMAT

    def document(self, document_id: str) -> AnalyzedDocument:
        for analyzed in self.documents:
            if analyzed.id == document_id:
                return analyzed
        raise KeyError(document_id)
