"""What a story's documents say together: places on the map, one entry per quotation, a timeline.

Per-document findings are merged here, never invented: a quotation is one quotation when its
wordings overlap enough (typography and small edits aside) and no two different speakers are
named; a timeline entry is one event when its date is the same and its sentences share words.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..model import AnalyzedDocument, Entity, Quote, StoryQuote, TimelineEntry
from ..settings import AnalyzeSettings
from .lexicon import family_name
from .places import (
    REGION_COUNTRY_SHARE,
    Gazetteer,
    Place,
    distance_km,
    geocode,
    normalize_place,
    places_named_in,
)
from .quotes import normalize_wording

GEOCODED_TYPES = {"PLACE", "FACILITY"}
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "by",
        "with",
        "from",
        "and",
        "or",
        "but",
        "that",
        "this",
        "these",
        "those",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "it",
        "its",
        "as",
        "he",
        "she",
        "they",
        "we",
        "i",
        "said",
        "says",
        "will",
        "would",
        "could",
        "can",
        "may",
        "also",
        "not",
        "no",
        "than",
        "then",
        "there",
        "their",
        "his",
        "her",
    ]
)


# "the Santa Cruz quarter", "the Kadikoy neighbourhood": a name so written is a part of a town
PART_OF_A_TOWN = re.compile(r"\s+(?:quarter|neighbou?rhood)\b", re.IGNORECASE)
PART_OF_A_TOWN_KM = 30.0


def geocode_places(
    entities: list[Entity], documents: list[AnalyzedDocument], gazetteer: Gazetteer, window: int
) -> None:
    """Coordinates for place entities, disambiguated by the countries, regions and seas named
    within ``window`` sentences of their mentions."""
    named: dict[tuple[str, int], list[Place]] = {}
    countries: dict[str, Counter] = defaultdict(Counter)
    regions: dict[str, Counter] = defaultdict(Counter)
    places_by_id: dict[str, Place] = {}
    geocoded = {e.id for e in entities if e.type in GEOCODED_TYPES}
    towns_beside: dict[str, set[str]] = defaultdict(set)  # a part of a town: the places named beside it
    for analyzed in documents:
        for mention in analyzed.mentions:
            if mention.entity not in geocoded:  # the story's type, not the tagger's guess
                continue
            if PART_OF_A_TOWN.match(analyzed.text, mention.end):
                towns_beside[mention.entity] |= {m.text for m in analyzed.mentions if m.sentence == mention.sentence
                                                 and m.entity in geocoded and m.entity != mention.entity}
            own = normalize_place(mention.text)
            for index in range(max(0, mention.sentence - window), mention.sentence + window + 1):
                if index >= len(analyzed.sentences):
                    break
                key = (analyzed.id, index)
                if key not in named:
                    named[key] = places_named_in(analyzed.sentences[index].text, gazetteer)
                decay = 0.5 ** abs(index - mention.sentence)  # the same sentence counts most
                for place in named[key]:
                    if normalize_place(place.name) == own:
                        continue
                    if place.kind == "country":
                        countries[mention.entity][place.country] += decay
                    else:
                        regions[mention.entity][place.id] += decay
                        places_by_id[place.id] = place
                        if place.kind == "region" and place.country:
                            # "Queensland" says Australia, however far its centre lies from a town
                            countries[mention.entity][place.country] += decay * REGION_COUNTRY_SHARE
    story_countries = _story_countries(countries)
    surnames = _surnames(entities)
    filed_from = _dateline_countries(documents, gazetteer)
    for entity in entities:
        if entity.type not in GEOCODED_TYPES:
            continue
        if entity.name in surnames:
            continue  # "Ibarra said": the surname of a person the story names in full, not a town
        # a place named far from any country ("the Inguri neighbourhood") lies in the story's
        # country unless its context says otherwise: a village of that name abroad is a guess
        context = story_countries | {code: weight for code, weight in _capped(countries.get(entity.id, Counter())).items()
                                     if weight > story_countries.get(code, 0.0)}
        near = [(places_by_id[i], weight) for i, weight in _capped(regions.get(entity.id, Counter())).items()]
        dateline_country = next((filed_from[key] for key in map(normalize_place, [entity.name, *entity.aliases]) if key in filed_from), None)
        if dateline_country is not None:
            # "GENEVA, Switzerland (Keystone-SDA) -": the dateline names the city's country, which no
            # country named near a mention ("the United States did not sign") outweighs
            context = {dateline_country: 1.0}
        found = geocode([entity.name, *entity.aliases], gazetteer, context, near)
        if found and entity.id in towns_beside and not _within_a_town(found.place, towns_beside[entity.id], gazetteer):
            continue  # "Seville's Santa Cruz quarter" is not a town of that name elsewhere in Spain
        if found:
            entity.lat, entity.lon = found.place.lat, found.place.lon
            entity.country = found.place.country
            entity.geo_confidence = found.confidence


def _within_a_town(place: Place, towns: set[str], gazetteer: Gazetteer) -> bool:
    """Whether a part of a town found in the gazetteer lies in a town named beside it ("Madrid's
    Salamanca neighbourhood" is Madrid's, not the city of Salamanca)."""
    return any(distance_km(place, town) <= PART_OF_A_TOWN_KM for name in towns for town in gazetteer.candidates(name))


def _dateline_countries(documents: list[AnalyzedDocument], gazetteer: Gazetteer) -> dict[str, str]:
    """The city each dateline files from, by its normalised name, with the country the dateline
    names after it ("GENEVA, Switzerland (Keystone-SDA)" gives Geneva in CH); a dateline with a
    state or no country ("SPRINGFIELD, Ill.", "WASHINGTON") names none."""
    found: dict[str, str] = {}
    for analyzed in documents:
        dateline = analyzed.document.dateline
        if not dateline:
            continue
        city, _, country = re.sub(r"\s*\([^()]*\)\s*$", "", dateline).partition(",")
        codes = gazetteer.country_codes(country.strip()) if country.strip() else set()
        if len(codes) == 1:
            found[normalize_place(city)] = next(iter(codes))
    return found


def _surnames(entities: list[Entity]) -> set[str]:
    """The family names of the story's people ("Tomás Ibarra" gives "Ibarra", "Chou Ming-hsien" "Chou"): a
    one-word place of that name is that person, whom a later sentence calls by surname alone."""
    return {
        family_name(e.name) for e in entities if e.type == "PERSON" and len(words := e.name.split()) >= 2
        and all(word[:1].isupper() for word in words)
    }


def _story_countries(countries: dict[str, Counter]) -> dict[str, float]:
    """The country the story is set in, when one country is named near most of its places: a
    half weight, enough to turn down a small namesake elsewhere, not to outweigh a place's own
    context. Nothing when the story spans countries."""
    near_places = Counter(code for weights in countries.values() for code in weights)
    if not near_places:
        return {}
    (code, count), *rest = near_places.most_common()
    if rest and rest[0][1] * 2 > count:
        return {}
    return {code: 0.5}


def _capped(weights: Counter) -> dict:
    """Evidence per country or region, up to 1: a name in the same sentence is already enough."""
    return {key: min(1.0, weight) for key, weight in weights.items()}


def link_speakers(documents: list[AnalyzedDocument], entities: list[Entity]) -> None:
    """Quote.entity: the entity of the mention the speaker span covers, else the entity so named."""
    by_name: dict[str, str] = {}
    for entity in entities:
        for name in [entity.name, *entity.aliases]:
            by_name.setdefault(name.lower(), entity.id)
    for analyzed in documents:
        for quote in analyzed.quotes:
            entity_id = None
            if quote.speaker_start is not None:
                for mention in analyzed.mentions:
                    if (
                        mention.start < quote.speaker_end
                        and quote.speaker_start < mention.end
                        and mention.entity
                    ):
                        entity_id = mention.entity
                        break
            if entity_id is None and quote.speaker:
                entity_id = by_name.get(quote.speaker.lower())
            quote.entity = entity_id


def _dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def merge_quotes(
    documents: list[AnalyzedDocument], entities: list[Entity], settings: AnalyzeSettings
) -> list[StoryQuote]:
    """Direct and partial quotations across documents, one StoryQuote per quotation."""
    names = {e.id: e.name for e in entities}
    clusters: list[dict] = []
    for analyzed in documents:
        for quote in analyzed.quotes:
            if quote.kind == "reported" or len(quote.normalized.split()) < 3:
                continue
            words = set(quote.normalized.split())
            speaker = names.get(quote.entity) if quote.entity else quote.speaker
            home = None
            for cluster in clusters:
                if cluster["speaker"] and speaker and cluster["speaker"] != speaker:
                    continue
                if _dice(words, cluster["words"]) >= settings.quote_merge_similarity:
                    home = cluster
                    break
            if home is None:
                home = {"words": set(), "speaker": None, "quotes": [], "documents": []}
                clusters.append(home)
            home["words"] |= words
            home["speaker"] = home["speaker"] or speaker
            home["quotes"].append(quote)
            if analyzed.id not in home["documents"]:
                home["documents"].append(analyzed.id)
    merged = []
    for cluster in clusters:
        quotes: list[Quote] = cluster["quotes"]
        wording = Counter(q.text for q in quotes).most_common()
        text = max(wording, key=lambda w: (w[1], len(w[0])))[0]
        kind = "direct" if any(q.kind == "direct" for q in quotes) else "partial"
        merged.append(
            StoryQuote(text=text, speaker=cluster["speaker"], documents=cluster["documents"], kind=kind)
        )
    return merged


def _clause(text: str, start: int, end: int, limit: int) -> str:
    """The sentence, or when it is long, the clause around [start, end) that the date anchors."""
    if len(text) <= limit:
        return text.strip()
    cuts = (
        [0]
        + [m.end() for m in re.finditer(r"[,;:—–]\s+|\s+(?:but|while|whereas|and then)\s+", text)]
        + [len(text)]
    )
    left = max(c for c in cuts if c <= start)
    right_candidates = [c for c in cuts if c >= end]
    right = min(right_candidates) if right_candidates else len(text)
    # widen to neighbouring clauses while the result stays within the limit
    while right < len(text) and right - left < limit // 2:
        later = [c for c in cuts if c > right]
        right = later[0] if later else len(text)
    return text[left:right].strip(" ,;:—–")


def build_timeline(documents: list[AnalyzedDocument], settings: AnalyzeSettings) -> list[TimelineEntry]:
    """One entry per dated event: resolved time expressions with the clause they anchor, merged
    across documents when the date is the same and the events share words."""
    entries: list[tuple[TimelineEntry, set[str]]] = []
    for analyzed in documents:
        for time in analyzed.times:
            if not time.resolved or not time.date:
                continue
            sentence = analyzed.sentences[time.sentence]
            event = _clause(
                sentence.text,
                time.start - sentence.start,
                time.end - sentence.start,
                settings.timeline_event_max_chars,
            )
            words = {w for w in normalize_wording(event).split() if w not in _STOP and not w.isdigit()}
            words -= set(normalize_wording(time.text).split())
            home = None
            for entry, entry_words in entries:
                if (
                    entry.date == time.date
                    and _dice(words, entry_words) >= settings.timeline_merge_similarity
                ):
                    home = (entry, entry_words)
                    break
            if home is None:
                entries.append(
                    (
                        TimelineEntry(
                            date=time.date, expression=time.text, documents=[analyzed.id], event=event
                        ),
                        words,
                    )
                )
            else:
                entry, entry_words = home
                entry_words |= words
                if analyzed.id not in entry.documents:
                    entry.documents.append(analyzed.id)
    return sorted((e for e, _ in entries), key=lambda e: e.date)
