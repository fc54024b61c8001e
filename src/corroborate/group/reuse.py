"""Copies and text reuse: near-duplicate reports and the passages two reports share.

Near-duplicates come from MinHash signatures of word shingles in an LSH index (datasketch), which
finds pairs above a Jaccard threshold without comparing every pair. Shared passages come from
seed-and-extend alignment: word n-grams both reports contain are extended to maximal runs, and
each run is mapped back to character offsets in both cleaned texts.

A passage inside quotation marks is marked ``quoted``: two reports that reproduce a spokesman's
statement both copied the spokesman, not each other, so origins must not count it as copying.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from datasketch import MinHash, MinHashLSH
from datasketch.lsh import _optimal_param

from ..model import SharedPassage
from ..settings import GroupSettings

_WORD = re.compile(r"\w+(?:['’.-]\w+)*", re.UNICODE)
_OPENING = "“«„"
_CLOSING = "”»“"
_MIN_SEGMENT_WORDS = 4  # a quoted or unquoted piece shorter than this is glue, not a passage


@dataclass(frozen=True, slots=True)
class Words:
    """A text's words, normalised for comparison, with their character offsets and whether each
    lies inside quotation marks."""

    tokens: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    quoted: tuple[bool, ...]


def normalize_token(token: str) -> str:
    return token.lower().replace("’", "'").replace(".", "")


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """Character spans between quotation marks. Straight double quotes alternate open/close within
    a paragraph; typographic ones open and close explicitly. An unclosed quote runs to the end of
    its paragraph, which is how news writes multi-paragraph statements."""
    regions: list[tuple[int, int]] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        start_of_quote: int | None = None
        for match in re.finditer(r"[\"“”«»„]", paragraph.group()):
            mark = match.group()
            position = paragraph.start() + match.start()
            if start_of_quote is None:
                if mark == '"' or mark in _OPENING:
                    start_of_quote = position
            elif mark == '"' or mark in _CLOSING:
                regions.append((start_of_quote, position + 1))
                start_of_quote = None
        if start_of_quote is not None:
            regions.append((start_of_quote, paragraph.end()))
    return regions


@lru_cache(maxsize=2048)
def words(text: str) -> Words:
    """Cached: story assignment and origin finding both need every document's words (the result
    is immutable, so sharing it is safe)."""
    regions = quoted_regions(text)
    tokens, starts, ends, quoted = [], [], [], []
    region = 0
    for match in _WORD.finditer(text):
        while region < len(regions) and regions[region][1] <= match.start():
            region += 1
        inside = region < len(regions) and regions[region][0] <= match.start() < regions[region][1]
        tokens.append(normalize_token(match.group()))
        starts.append(match.start())
        ends.append(match.end())
        quoted.append(inside)
    return Words(tuple(tokens), tuple(starts), tuple(ends), tuple(quoted))


# -- near-duplicates -----------------------------------------------------------------------------


def shingles(tokens: Sequence[str], size: int) -> set[str]:
    if len(tokens) < size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def lsh_index(settings: GroupSettings) -> MinHashLSH:
    """An empty LSH index for near-duplicates at the configured Jaccard threshold."""
    return MinHashLSH(
        threshold=settings.near_duplicate_jaccard,
        num_perm=settings.minhash_permutations,
        params=_band_layout(settings.near_duplicate_jaccard, settings.minhash_permutations),
    )


@lru_cache(maxsize=8)
def _band_layout(threshold: float, permutations: int) -> tuple[int, int]:
    """datasketch's (bands, rows) for a threshold: it integrates error curves for every layout
    (about 30 ms), which every story's index would otherwise repeat."""
    return _optimal_param(threshold, permutations, 0.5, 0.5)


def minhash(text: str, settings: GroupSettings) -> MinHash:
    signature = MinHash(num_perm=settings.minhash_permutations, seed=1)
    signature.update_batch([s.encode("utf-8") for s in shingles(words(text).tokens, settings.shingle_words)])
    return signature


def near_duplicates(
    texts: dict[str, str], settings: GroupSettings, known: Mapping[str, MinHash] | None = None
) -> list[tuple[str, str, float]]:
    """Pairs of documents whose shingle sets overlap above ``near_duplicate_jaccard`` (estimated),
    found through LSH buckets rather than all pairs. ``known`` signatures (story assignment
    already computed them) are reused instead of hashing every shingle again."""
    lsh = lsh_index(settings)
    signatures = {}
    pairs = []
    for document_id, text in texts.items():
        signature = known[document_id] if known and document_id in known else minhash(text, settings)
        for other in lsh.query(signature):
            jaccard = signature.jaccard(signatures[other])
            if jaccard >= settings.near_duplicate_jaccard:
                pairs.append((other, document_id, round(float(jaccard), 3)))
        lsh.insert(document_id, signature)
        signatures[document_id] = signature
    return pairs


# -- shared passages -----------------------------------------------------------------------------


def shared_passages(
    id_a: str, text_a: str, id_b: str, text_b: str, settings: GroupSettings,
    words_a: Words | None = None, words_b: Words | None = None,
) -> list[SharedPassage]:
    """Maximal runs of at least ``min_passage_words`` words that both texts contain, split where
    they enter or leave a quotation, with offsets into each text."""
    a = words_a or words(text_a)
    b = words_b or words(text_b)
    size = settings.min_passage_words
    seeds: dict[tuple[str, ...], list[int]] = {}
    for i in range(len(a.tokens) - size + 1):
        seeds.setdefault(a.tokens[i : i + size], []).append(i)
    runs: list[tuple[int, int, int]] = []  # (start in a, start in b, length)
    covered_b = -1
    j = 0
    while j <= len(b.tokens) - size:
        best = None
        for i in seeds.get(b.tokens[j : j + size], ()):
            if any(start_a <= i < start_a + length for start_a, _, length in runs):
                continue
            length = size
            while i + length < len(a.tokens) and j + length < len(b.tokens) and a.tokens[i + length] == b.tokens[j + length]:
                length += 1
            if best is None or length > best[2]:
                best = (i, j, length)
        if best is not None and j > covered_b:
            runs.append(best)
            covered_b = j + best[2] - 1
            j += best[2]
        else:
            j += 1
    passages = []
    for start_a, start_b, length in sorted(runs):
        passages.extend(_split_by_quotation(id_a, text_a, a, start_a, id_b, b, start_b, length))
    return passages


def _split_by_quotation(id_a, text_a, a: Words, start_a, id_b, b: Words, start_b, length) -> list[SharedPassage]:
    """A run becomes one passage per stretch that is quoted (in either text) or unquoted in both."""
    flags = [a.quoted[start_a + k] or b.quoted[start_b + k] for k in range(length)]
    pieces = []
    k = 0
    while k < length:
        end = k
        while end < length and flags[end] == flags[k]:
            end += 1
        pieces.append([k, end, flags[k]])
        k = end
    # a short piece at either end ("said." before a quotation) is attribution glue: drop it;
    # a short piece inside joins its longer neighbour
    while len(pieces) > 1 and pieces[0][1] - pieces[0][0] < _MIN_SEGMENT_WORDS:
        pieces.pop(0)
    while len(pieces) > 1 and pieces[-1][1] - pieces[-1][0] < _MIN_SEGMENT_WORDS:
        pieces.pop()
    merged: list[list] = []
    for piece in pieces:
        if merged and (piece[1] - piece[0] < _MIN_SEGMENT_WORDS or merged[-1][1] - merged[-1][0] < _MIN_SEGMENT_WORDS):
            previous = merged[-1]
            keep_flag = previous[2] if previous[1] - previous[0] >= piece[1] - piece[0] else piece[2]
            merged[-1] = [previous[0], piece[1], keep_flag]
        else:
            merged.append(piece)
    out = []
    for first, last, quoted in merged:
        sa, ea = a.starts[start_a + first], a.ends[start_a + last - 1]
        sb, eb = b.starts[start_b + first], b.ends[start_b + last - 1]
        out.append(SharedPassage(id_a, sa, ea, id_b, sb, eb, text=text_a[sa:ea], quoted=quoted))
    return out


def passage_words(passage: SharedPassage) -> int:
    return len(_WORD.findall(passage.text))


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+$")


def unnamed_words(passage: SharedPassage) -> int:
    """The passage's words less the capitalised ones inside a sentence: the names of a story
    ("a director of the contractor, Bina Teguh Construction Sdn Bhd, in") are what every report
    of it writes, so only the words around them show that one report copied another."""
    count = 0
    for match in _WORD.finditer(passage.text):
        if not match.group()[0].isupper() or (match.start() and _SENTENCE_END.search(passage.text[: match.start()])):
            count += 1
    return count
