"""Cross-document entity resolution within one story.

Mentions join one entity when their names are the same after normalisation; then a surname alone
joins the one full name that ends with it ("Smith" -> "Jane Smith"; two Smiths and it stays
apart); then spelling and transliteration variants join when their letters are close *and* their
consonant skeletons agree (Gaddafi/Qaddafi/Kadhafi), and places join when the
gazetteer says they are one place (Kiev/Kyiv). A type the tagger disagrees on is settled by
weighted evidence: each tag is one vote, a personal title votes PERSON, an organisation word
("Technologies", "Ministry") votes ORG, a gazetteer hit votes PLACE.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from ..model import AnalyzedDocument, Entity, Mention
from ..settings import AnalyzeSettings
from .entities import (
    capitalised_only_opening_sentences,
    listed_agency,
    opens_its_sentence,
    written_as_common_noun,
)
from .lexicon import family_name, word_set
from .places import Gazetteer, geocode, normalize_place

MERGEABLE_TYPES = {"PERSON", "ORG", "PLACE", "FACILITY", "EVENT", "PRODUCT", "LAW", "OTHER"}
_DIGRAPHS = (
    ("kh", "k"),
    ("dh", "d"),
    ("th", "t"),
    ("ph", "f"),
    ("sh", "s"),
    ("zh", "z"),
    ("ch", "c"),
    ("ck", "k"),
)
_CLASSES = str.maketrans({"q": "k", "g": "k", "c": "k", "w": "v", "z": "s", "j": "y"})


def name_key(name: str) -> str:
    """Normal form of a name: no accents, case, apostrophes, leading article or trailing designator."""
    return normalize_place(re.sub(r"^(?:the)\s+", "", name.strip(), flags=re.IGNORECASE))


def skeleton(key: str) -> str:
    """Consonants up to common transliteration swaps: what variant spellings of a name keep."""
    text = key.replace(" ", "")
    for digraph, single in _DIGRAPHS:
        text = text.replace(digraph, single)
    text = text.translate(_CLASSES)
    text = re.sub(r"[aeiouy]", "", text)
    return re.sub(r"(.)\1+", r"\1", text)


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def are_variants(a: str, b: str, threshold: float) -> bool:
    """Two normalised names are spellings of one name: word by word, letters close and
    consonant skeletons equal. Short names need identical skeletons of at least two letters."""
    if a == b:
        return True
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b):
        return False
    for x, y in zip(words_a, words_b, strict=True):
        if x == y:
            continue
        if x[0].isdigit() or y[0].isdigit():
            return False
        sx, sy = skeleton(x), skeleton(y)
        if sx != sy or len(sx) < 2:
            return False
        if SequenceMatcher(None, x, y).ratio() < threshold:
            return False
    return True


@dataclass
class _Group:
    key: str
    mentions: list[tuple[str, Mention]] = field(default_factory=list)  # (document id, mention)
    votes: Counter = field(default_factory=Counter)
    place_ids: set[str] = field(default_factory=set)
    best_place: str | None = None  # the gazetteer's best reading of the name alone
    known_place: bool = False  # the gazetteer knows it as a country, region, sea or large city
    makes_product: bool = False  # written right before a product's name: its maker ("Toyota Corolla")
    kind_named: bool = False  # written right after a noun of an organisation's kind ("club X")

    @property
    def type(self) -> str:
        return self.votes.most_common(1)[0][0]

    def absorb(self, other: _Group) -> None:
        self.mentions.extend(other.mentions)
        self.votes.update(other.votes)
        self.place_ids |= other.place_ids


# "has worked at Wadi Sura since 2019", "a farm near Ban Pong", "sank off Lampedusa", "20 miles
# south of Rhodes": a name that a preposition of place governs directly is where something is,
# whatever the tagger said; people are seldom "at", "in", "off" or to the south of anything
PLACE_PREPOSITION_BEFORE = re.compile(
    r"\b(?:at|in|near|off|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of)\s+$"
)


def _vote(group: _Group, mention: Mention, gazetteer: Gazetteer | None, text: str = "") -> None:
    group.votes[_read_type(mention, text)] += 1
    if text and mention.type != "NORP" and _after_kind_noun(mention, text):
        group.kind_named = True
    if mention.title:
        group.votes["PERSON"] += 2
    words = mention.text.lower().split()
    if words and words[-1] in word_set("org_words.txt"):
        group.votes["ORG"] += 3
    elif len(words) > 1 and (
        words[0] in word_set("place_words.txt") or words[-1] in word_set("place_words.txt")
    ):
        group.votes["PLACE"] += 3  # "Rue de Castiglione", "Mount Sefton", "Hennepin County"


def _after_kind_noun(mention: Mention, text: str) -> bool:
    """Whether a lower-case noun of an organisation's kind stands right before the name ("Pro
    League club Dammam Rovers", "the carmaker Veltra")."""
    before = re.search(r"([a-z][a-z-]*)\s+$", text[max(0, mention.start - 24) : mention.start])
    return before is not None and before.group(1) in word_set("org_kind_nouns.txt")


def _read_type(mention: Mention, text: str) -> str:
    """The tagger's type, but a place for a "person" that a preposition of place governs."""
    return "PLACE" if governed_as_a_place(mention, text) else mention.type


def governed_as_a_place(mention: Mention, text: str) -> bool:
    """Whether an untitled name the tagger read as a person stands right after "at", "in", "near",
    "off" or "south of" (not "in Smith's office"): where something is, no one to speak."""
    if mention.type != "PERSON" or mention.title or not text:
        return False
    before = text[max(0, mention.start - 16) : mention.start]
    possessive = text[mention.end : mention.end + 2] in ("'s", "\u2019s")
    return PLACE_PREPOSITION_BEFORE.search(before) is not None and not possessive


def resolve_entities(
    story_id: str, documents: list[AnalyzedDocument], settings: AnalyzeSettings, gazetteer: Gazetteer | None
) -> list[Entity]:
    """Entities of a story from its documents' mentions; sets ``Mention.entity`` on each."""
    groups: dict[tuple[str, str], _Group] = {}
    for analyzed in documents:
        products = {m.start for m in analyzed.mentions if m.type == "PRODUCT"}
        for mention in analyzed.mentions:
            key = name_key(mention.text)
            if not key:
                continue
            family = "NORP" if mention.type == "NORP" else "NAME"
            group = groups.setdefault((family, key), _Group(key))
            group.mentions.append((analyzed.id, mention))
            _vote(group, mention, gazetteer, analyzed.text)
            if mention.end + 1 in products and analyzed.text[mention.end : mention.end + 1] == " ":
                group.makes_product = True
    common = [g for (family, _), g in groups.items() if family == "NAME" and _common_noun_of_the_story(g, documents)]
    for group in common:
        # "Schools and kindergartens ... were shut" in one report, "all schools" in another: a common
        # noun capitalised by the start of its sentence names nothing, in any report of the story
        del groups[("NAME", group.key)]
        dropped = {id(mention) for _, mention in group.mentions}
        for analyzed in documents:
            analyzed.mentions = [m for m in analyzed.mentions if id(m) not in dropped]
    names = [g for (family, _), g in groups.items() if family == "NAME"]
    surnames = {_family_word(g) for g in names if g.type == "PERSON" and len(g.key.split()) > 1}
    dateline_cities = {name_key(city) for analyzed in documents if (city := dateline_city(analyzed.document.dateline))}
    for group in names:
        if group.key in dateline_cities and not any(m.title for _, m in group.mentions) \
                and _unclaimed_place_name(group, names, surnames):
            # "DASU, Pakistan (APP) -": the city a report is filed from is a place wherever the story
            # names it, though the gazetteer may not know a small town and the tagger read an organisation
            group.votes["PLACE"] = max(group.votes.values()) + 1
    for group in names:
        if group.kind_named and not any(m.title for _, m in group.mentions):
            # "club X", "the airline X": the story says what kind of thing the name is
            group.votes["ORG"] = max(group.votes.values()) + 1
    if gazetteer is not None:
        for group in names:
            hits = gazetteer.candidates(group.key)
            strong = [p for p in hits if p.kind in {"country", "region", "water"} or p.population >= 100_000]
            group.known_place = bool(strong)
            # a maker named like a city ("a 2013 Toyota Camry") is no place, however large the city,
            # nor a listed news agency ("according to IRNA"), whatever town shares its letters
            if strong and not group.makes_product and not any(m.title for _, m in group.mentions) \
                    and not any(m.type == "ORG" and listed_agency(m.text) for _, m in group.mentions):
                group.votes["PLACE"] += 1.5
                if _unclaimed_place_name(group, names, surnames):
                    # a name of a large city or a country that no one in the story bears as a
                    # surname or with a title is the place, however often the tagger read it as a
                    # person ("Rotterdam dockworkers strike", "Shah Alam district police chief")
                    group.votes["PLACE"] = max(group.votes.values()) + 1
            if group.type == "PLACE" and hits:
                group.place_ids = {p.id for p in hits}
                best = geocode([group.key], gazetteer)
                group.best_place = best.place.id if best else None
    merged = _merge_acronyms(_merge_surnames(names))
    merged = _merge_variants(merged, settings.name_variant_similarity)
    merged += [g for (family, _), g in groups.items() if family == "NORP"]
    return _entities(story_id, merged, settings, gazetteer)


def _common_noun_of_the_story(group: _Group, documents: list[AnalyzedDocument]) -> bool:
    """Whether a one-word "person" is a common noun that only the start of its sentences
    capitalised: every mention a person's, opens its sentence, untitled, no report capitalises the word inside a sentence,
    and some report of the story writes it (or a plural's singular) in lower case."""
    word = group.mentions[0][1].text
    if any(m.text != word or m.title or m.type != "PERSON" for _, m in group.mentions) or " " in word or not word.isalpha() or word.isupper():
        return False
    by_id = {analyzed.id: analyzed for analyzed in documents}
    if not all(opens_its_sentence(by_id[d].text, m.start, by_id[d].sentences) for d, m in group.mentions):
        return False
    if not all(capitalised_only_opening_sentences(word, analyzed.text, analyzed.sentences) for analyzed in documents):
        return False
    return any(written_as_common_noun(word, analyzed.text) for analyzed in documents)


# the city of a dateline: "DASU, Pakistan (APP)", "VALPARAÍSO, Chile (MNA)", "LONDON (Reuters)"
DATELINE_CITY = re.compile(r"^\s*(?P<city>[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+){0,3})\s*[,(]")


def dateline_city(dateline: str | None) -> str | None:
    """The city a dateline names, as a name is written ("DASU" -> "Dasu"), or None."""
    found = DATELINE_CITY.match(dateline or "")
    if found is None:
        return None
    city = found.group("city")
    return " ".join(word.capitalize() for word in city.split()) if city.isupper() else city


def _unclaimed_place_name(group: _Group, names: list[_Group], surnames: set[str]) -> bool:
    """Whether no one in the story bears the name: one word that is nobody's surname, or several
    whose last word is the surname of no other name and never stands alone ("Shah Alam" beside no
    "Alam said")."""
    words = group.key.split()
    if len(words) == 1:
        return group.key not in surnames
    others = {_family_word(g) for g in names if g is not group and g.type == "PERSON" and len(g.key.split()) > 1}
    return words[-1] not in others and not any(g.key == words[-1] for g in names)


def _merge_surnames(groups: list[_Group]) -> list[_Group]:
    """A one-word person name joins the only multi-word person name that ends with it."""
    full_by_last: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        words = group.key.split()
        if group.type == "PERSON" and len(words) > 1:
            full_by_last[_family_word(group)].append(group)
    kept = []
    for group in groups:
        words = group.key.split()
        owners = full_by_last.get(group.key, []) if len(words) == 1 else _owners_of_hyphened(group, groups)
        # a one-word "place" the gazetteer does not know, or knows only as a small town, is a
        # surname the tagger misread ("Baehr"; "Stubbs", another name of a Californian village)
        # a name the gazetteer knows as a large place is the person's only when a title calls it a
        # person ("Mr Ba", "Ms Georgia": the surname of the one full name ending in it)
        titled = any(m.title for _, m in group.mentions)
        if len(owners) == 1 and group.type in {"PERSON", "ORG", "OTHER", "PLACE"} and (not group.known_place or titled):
            # the surname is the person: however the tagger read it, it votes as the person, or ten
            # "Stubbs" read as a place would make "Warren Stubbs" one
            group.votes = Counter({owners[0].type: sum(group.votes.values())})
            owners[0].absorb(group)
        else:
            kept.append(group)
    return kept


def _owners_of_hyphened(group: _Group, groups: list[_Group]) -> list[_Group]:
    """The person names that end with a surname written as one hyphened word ("Al-Fadhli",
    "Smith-Jones"), whose key splits it into several: "Colonel Al-Fadhli said" calls "Nasser
    Al-Fadhli" by the surname as "Doe said" calls "Jane Doe"."""
    if any(" " in mention.text.strip() or "-" not in mention.text for _, mention in group.mentions):
        return []
    n = len(group.key.split())
    return [g for g in groups if g is not group and g.type == "PERSON" and len(g.key.split()) > n
            and g.key.split()[-n:] == group.key.split()]


def _family_word(group: _Group) -> str:
    """The word of a person's name key that the story may call them by alone: the surname, first
    in a surname-first name as written ("Chou Ming-hsien")."""
    words = group.key.split()
    written = [m.text.split() for _, m in group.mentions]
    if any(len(w) == 2 and family_name(" ".join(w)) == w[0] for w in written):  # the key splits "Ming-hsien"
        return words[0]
    return words[-1]


def _merge_acronyms(groups: list[_Group]) -> list[_Group]:
    """An all-capitals short name joins the one longer name whose initials it is ("MNA" ->
    "Meridian News Agency"), whatever the tagger called it."""
    by_initials: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        words = [w for w in group.key.split() if w not in {"of", "the", "and", "for", "de"}]
        if len(words) >= 2:
            by_initials["".join(w[0] for w in words)].append(group)
    kept = []
    for group in groups:
        surface = group.mentions[0][1].text.replace(".", "")
        owners = (
            by_initials.get(group.key.replace(" ", ""), [])
            if surface.isupper() and 2 <= len(surface) <= 6
            else []
        )
        if len(owners) == 1 and owners[0] is not group:
            owners[0].absorb(group)
        else:
            kept.append(group)
    return kept


def _merge_variants(groups: list[_Group], threshold: float) -> list[_Group]:
    """Spelling/transliteration variants of one type merge, largest group first."""
    groups = sorted(groups, key=lambda g: -len(g.mentions))
    kept: list[_Group] = []
    skeletons: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        target = None
        kind = group.type
        for other in skeletons.get(skeleton(group.key), []) + [
            k for k in kept if kind == "PLACE" and k.place_ids
        ]:
            if other.type != kind or kind not in MERGEABLE_TYPES:
                continue
            if kind == "PLACE" and group.place_ids and other.place_ids:
                # the gazetteer knows both names: it alone says whether they are one place
                # (Kiev/Kyiv are; Niger/Nigeria, alike in spelling, are not)
                if _same_best(group, other):
                    target = other
                    break
                continue
            if are_variants(group.key, other.key, threshold):
                target = other
                break
        if target is not None:
            target.absorb(group)
        else:
            kept.append(group)
            skeletons[skeleton(group.key)].append(group)
    return kept


def _same_best(a: _Group, b: _Group) -> bool:
    """Two place names whose best gazetteer reading is the same record (Kiev/Kyiv)."""
    return a.best_place is not None and a.best_place == b.best_place


def single_spaced(text: str) -> str:
    """A name as a reader sees it: a name hard-wrapped over a line break, or with a tab or a
    double space in it, is the same name written on one line."""
    return " ".join(text.split())


def _display_name(group: _Group) -> str:
    counts = Counter(single_spaced(m.text) for _, m in group.mentions)
    if group.type == "PERSON":
        longest = max(len(name.split()) for name in counts)
        counts = Counter({n: c for n, c in counts.items() if len(n.split()) == longest})
    return max(counts, key=lambda n: (counts[n], len(n)))


def _entities(
    story_id: str, groups: list[_Group], settings: AnalyzeSettings, gazetteer: Gazetteer | None
) -> list[Entity]:
    groups = sorted(groups, key=lambda g: (-len(g.mentions), g.key))
    entities = []
    for index, group in enumerate(groups):
        name = _display_name(group)
        entity = Entity(id=f"{story_id}-e{index}", name=name, type=group.type, mentions=len(group.mentions))
        for document_id, mention in group.mentions:
            mention.entity = entity.id
            alias = single_spaced(mention.text)
            if alias and alias != name and alias not in entity.aliases:
                entity.aliases.append(alias)
            title = single_spaced(mention.title or "")
            if title and title not in entity.titles:
                entity.titles.append(title)
            if document_id not in entity.documents:
                entity.documents.append(document_id)
        entities.append(entity)
    return entities
