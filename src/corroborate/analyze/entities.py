"""Named-entity mentions from the spaCy NER, cleaned for comparison across reports.

What is cleaned and why: determiners and possessives are not part of a name ("the White House's"
-> "White House"); titles are kept apart from names ("Ms. Smith" -> name "Smith", title "Ms."),
because the same person is titled differently by different outlets and that difference is itself
something the corroboration stage reports; title-case headlines confuse the tagger, so a mention
found only in one is dropped; plural acronyms ("UAVs") are common nouns, not organisations.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..group.credits import wire_agencies
from ..model import EntityType, Mention, Sentence
from .lexicon import family_name, word_list, word_set
from .places import currency_word_after
from .sentences import sentence_index

LABELS: dict[str, EntityType] = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "FACILITY",
    "NORP": "NORP",
    "EVENT": "EVENT",
    "PRODUCT": "PRODUCT",
    "LAW": "LAW",
}
LEADING_WORDS = frozenset({"the", "a", "an", "all", "this", "that", "these", "those"})
POSSESSIVE = re.compile(r"(?:['’]s?|['’])$")
# a result written after a name ("Argentina 6-4", "Celtic 2-1"): the tagger takes it into the name
SCORE_TAIL = re.compile(r"\s+\d{1,3}\s*[-–]\s*\d{1,3}(?:\s*\(\d{1,2}\))?$")
PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")
# "landed at 7:30 p.m. (1630 GMT)": a clock's time zone, which taggers read as an organisation
TIME_ZONES = frozenset(["GMT", "UTC", "CET", "CEST", "BST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "EET", "EEST"])
# generic words after a place name that belong to it ("Shenzhen special economic zone")
PLACE_DESIGNATOR = re.compile(
    r"\s+((?:special |free |industrial )?(?:economic |trade )?zone|region|province|oblast|district|"
    r"county|governorate|prefecture|territory|peninsula)\b",
    re.IGNORECASE,
)

# "Candipuro district", "Aldama county", "the Sabarivka pumping station": an area or a site of a
# place's kind (data/analyze/place_kind_nouns.txt) written in lower case after a name makes the name
# a place whatever the tagger said ("Candipuro District Council" is an organisation)
def _area_after_name(text: str, end: int) -> re.Match | None:
    return _area_pattern().match(text, end)


@cache
def _area_pattern() -> re.Pattern:
    nouns = sorted(word_list("place_kind_nouns.txt"), key=len, reverse=True)
    return re.compile(r"\s+(?:" + "|".join(re.escape(n) for n in nouns) + r")\b(?![ \t]+[A-Z])")

# "the Hermanos Ameijeiras hospital", "the Ngozi Adeyemi stadium": a building in lower case after a
# name is named after a person, and the name is the building's, which says nothing ("she said")
FACILITY_AFTER_NAME = re.compile(
    r"\s+(?:hospital|clinic|university|college|school|theatre|theater|museum|stadium|arena|airport|hotel|cathedral|"
    r"church|prison|library)\b(?![ \t]+[A-Z])"
)


# "the Libyan port of Zuwara", "the island of Lampedusa", "the town of Kalat": a generic word of
# settlement in lower case, then "of", names a place (a capitalised "Port of Rotterdam" is a body)
PLACE_WORD_BEFORE_NAME = re.compile(r"\b(?:port|city|town|village|island|capital|harbour|harbor|municipality)\s+of\s+$")


# "Bae Min-seok", "Park Ji-eun": a romanised given name of two syllables joined by a hyphen, which the
# tagger cuts at the hyphen; an English word after a name's hyphen ("Johnson-led", "Cox-style")
# makes a modifier of the name instead
GIVEN_NAME_TAIL = re.compile(r"-(?!(?:\w+ed|like|style|type|era|born|made|run|free|wide)\b)[a-z]{2,5}(?![\w-])")


def listed_agency(name: str) -> bool:
    """Whether ``name`` is a news agency of the data file, written out ("Yonhap reported" names no
    person) or by an abbreviation of three letters or more in capitals ("told IRNA", "(IRNA) -"
    names no place); two letters ("PA", "AP") may well be a state or a place."""
    return any(name.lower() == spelling.lower() for agency in wire_agencies() for spelling in (agency.name, *agency.names)) \
        or any(name == abbreviation for agency in wire_agencies() for abbreviation in agency.abbreviations
               if len(abbreviation) >= 3 and abbreviation.isupper())


# what may stand around a name but is no part of it: spaces and line breaks included
NAME_EDGES = " \t\r\n\f\v\u00a0,.;:-–—\"“”'’"
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _end_within_sentence(text: str, start: int, end: int, sentences: list[Sentence]) -> int:
    """Where a name found from ``start`` to ``end`` really ends: the tagger may run a name over a
    line break into the next paragraph or sentence ("... near Brno" + blank line + "BRNO, Czech
    Republic"), but a name never crosses one."""
    brk = PARAGRAPH_BREAK.search(text, start, end)
    if brk and text[start : brk.start()].strip():
        end = brk.start()
    holder = sentences[sentence_index(sentences, start)] if sentences else None
    if holder is not None and holder.start <= start < holder.end < end and text[start : holder.end].strip():
        end = holder.end
    return end


def is_title_case(sentence: Sentence) -> bool:
    """A headline in Title Case: most longer words capitalised."""
    if sentence.text.rstrip().endswith((".", "?", "!", '"', "”")):
        return False  # headlines carry no full stop; a sentence full of names does
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", sentence.text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _title_before(doc, ent) -> tuple[str | None, int | None]:
    """The title phrase that directly precedes a person's name, and where it starts."""
    titles = word_set("titles.txt")
    modifiers = word_set("title_modifiers.txt")
    i = ent.start - 1
    if i >= 0 and doc[i].text == "," and i - 1 >= 0 and doc[i - 1].lower_ in titles:
        i -= 1  # apposition: "the country's Foreign Minister, Jane Smith"
    if i >= 0 and doc[i].lower_ not in titles:
        # a title with its portfolio: "Minister of Communications and Information Technology",
        # "Leader of the Opposition"
        j = i
        while (
            j >= 0 and i - j < 8 and (doc[j].lower_ in {"of", "and", "for", "&", "the"} or doc[j].text[:1].isupper())
        ):
            if doc[j].lower_ in titles:
                break
            j -= 1
        if j >= 0 and i - j < 8 and doc[j].lower_ in titles and doc[j + 1].lower_ in {"of", "for"}:
            if j + 1 == i:
                # "Oleh Kravets, chief engineer of Misto Vodservis": the name right after "of" is the
                # body the title belongs to, no one the title describes
                return None, None
            i_title_end = i
            i = j
        else:
            return None, None
    else:
        i_title_end = i
    if i < 0:
        return None, None
    first = i
    while first - 1 >= 0:
        token = doc[first - 1]
        lower = token.lower_
        if token.is_sent_start and not token.text[:1].isupper():
            break
        if lower in titles or lower in modifiers or (token.text[:1].isupper() and token.is_alpha):
            first -= 1
            if token.is_sent_start:
                break
            continue
        break
    # a phrase never starts with glue words
    while first < i and doc[first].lower_ in {"of", "for", "and", "the", "'s", "’s"}:
        first += 1
    span = doc[first : i_title_end + 1]
    return span.text, span.start_char


def _portfolio_of_title(doc, start: int, end: int) -> bool:
    """One capitalised word directly before a capitalised title: the title's portfolio."""
    return end - start == 1 and end < len(doc) and doc[end].text[:1].isupper() and doc[end].lower_ in word_set("titles.txt")


def _titled_name(doc, start: int, end: int) -> int | None:
    """Where a person's name starts when a span the tagger called an organisation is one: a
    personal title stands before it and it reads as a name (two to four capitalised words, none of
    them an organisation word). A given name the tagger left between the title and the span
    belongs to it ("mayor Ana [Lúcia Borges]")."""
    titles = word_set("titles.txt")
    org_words = word_set("org_words.txt")

    def name_word(token) -> bool:
        return token.text[:1].isupper() and token.is_alpha and token.lower_ not in org_words

    first = start
    if start >= 2 and name_word(doc[start - 1]) and doc[start - 1].lower_ not in titles and doc[start - 2].lower_ in titles:
        first = start - 1
    glue = 2 if start >= 3 and doc[start - 1].lower_ == "the" and doc[start - 2].lower_ == "of" else (
        1 if start >= 2 and doc[start - 1].lower_ == "of" else 0)
    if glue and doc[start - glue - 1].lower_ in titles and name_word(doc[start]):
        # "Leader of the Opposition Jane Doe": one word the title's object, then a given name and a
        # surname; "director of the European Polymer Producers' Forum" is an organisation
        words = list(doc[start + 1:end])
        return start + 1 if len(words) == 2 and all(name_word(t) for t in words) else None
    if first == 0 or doc[first - 1].lower_ not in titles:
        return None
    words = [t for t in doc[first:end] if not t.is_punct]
    if 2 <= len(words) <= 4 and len(doc[start:end]) <= 3 and all(name_word(t) for t in words):
        return first
    return None


def _title_inside_a_name(doc, start: int, end: int) -> bool:
    """Whether a span the tagger called an organisation opens with a capitalised personal title
    followed by a name: two or three capitalised words, none of them an organisation word
    ("Pastor Ruth Okafor"; "General Motors" and "King Abdullah University" stay organisations)."""
    org_words = word_set("org_words.txt")
    words = [t for t in doc[start + 1:end] if not t.is_punct]
    return (doc[start].lower_ in word_set("titles.txt") and doc[start].text[:1].isupper() and 2 <= len(words) <= 3
            and all(t.text[:1].isupper() and t.is_alpha and t.lower_ not in org_words and t.lower_ not in word_set("titles.txt")
                    for t in words))


def _office_of_title_start(doc, start: int, end: int) -> int:
    """Where an office named after a two-word title starts: the tagger often leaves the first word
    out ("Attorney General's Office" tagged as "General's Office"; "Prosecutor General's Office"),
    so capitalised title words right before an organisation that opens with a title word join it."""
    titles = word_set("titles.txt")
    first = start
    if end - start < 2 or doc[first].lower_ not in titles:
        return start
    while first > 0 and doc[first - 1].lower_ in titles and doc[first - 1].text[:1].isupper():
        first -= 1
    return first


def _strip_leading_titles(doc, start: int, end: int) -> tuple[int, str | None]:
    """Title tokens that the NER put inside a name span ("Ms. Smith", "President Joe Biden")."""
    titles = word_set("titles.txt")
    first = start
    while first < end - 1 and doc[first].lower_ in titles and doc[first].text[:1].isupper():
        first += 1
    # "Qeshm Governor Mehdi Irannejad": a title word inside the span ends the title phrase
    for k in range(end - 2, first - 1, -1):
        if doc[k].lower_ in titles and doc[k].text[:1].isupper() and k + 1 < end:
            first = k + 1
            break
    if first == start:
        return start, None
    return first, doc[start:first].text


def extract_mentions(doc, text: str, sentences: list[Sentence]) -> list[Mention]:
    """Mentions of names in one spaCy ``doc`` of ``text``, with titles kept apart."""
    headline = {s.index for s in sentences if is_title_case(s)}
    mentions: list[Mention] = []
    for ent in doc.ents:
        kind = LABELS.get(ent.label_)
        if kind is None:
            continue
        start_token, end_token = ent.start, ent.end
        while start_token < end_token - 1 and doc[start_token].lower_ in LEADING_WORDS:
            start_token += 1
        title = None
        if kind == "ORG":
            start_token = _office_of_title_start(doc, start_token, end_token)
        if kind == "ORG" and _portfolio_of_title(doc, start_token, end_token):
            continue  # "Energy" in "Energy Minister Ana Ruiz" is her title, not an organisation
        if kind == "ORG" and (named_from := _titled_name(doc, start_token, end_token)) is not None:
            kind = "PERSON"  # "Freight Company spokesman Jan Novak": a title names a person, whatever the tag
            start_token = named_from
        elif kind == "ORG" and _title_inside_a_name(doc, start_token, end_token):
            kind = "PERSON"  # "Pastor Ruth Okafor" tagged whole as an organisation: the title is stripped below
        if kind == "PERSON":
            start_token, title = _strip_leading_titles(doc, start_token, end_token)
            if title is None:
                title, _ = _title_before(doc, doc[start_token:end_token])
        span = doc[start_token:end_token]
        start, end = span.start_char, _end_within_sentence(text, span.start_char, span.end_char, sentences)
        name = text[start:end].rstrip()
        score = SCORE_TAIL.search(name)
        if score and score.start() > 0:
            name = name[: score.start()]  # "beating ... of Argentina 6-4, 3-6": the set score is no part of the name
        end = start + len(name)
        possessive = POSSESSIVE.search(name)
        if possessive and len(name) > len(possessive.group(0)) + 1:
            end -= len(possessive.group(0))
            name = text[start:end]
        if "(" in name and ")" not in name[name.index("(") :]:
            name = name[: name.index("(")]  # "Mozambique (Lusa" of a dateline: a name never opens a bracket it does not close
        name = name.strip(NAME_EDGES)
        if not name or not any(c.isalpha() for c in name):
            continue
        if not any(c.isupper() for c in name) and any(c.lower() != c.upper() for c in name):
            continue  # a word of a cased script without a capital ("hose", "the cap") is no name
        start = text.find(name, start)
        end = start + len(name)
        if kind == "ORG" and (PLURAL_ACRONYM.match(name) or name in TIME_ZONES):
            continue
        if kind == "PLACE" and currency_word_after(text, end):
            continue
        if kind in ("PERSON", "PLACE") and listed_agency(name):
            kind = "ORG"  # "Xinhua reported", "(Photo: Xinhua)": the agency, not the county of that name
        tail = GIVEN_NAME_TAIL.match(text, end) if kind == "PERSON" and len(name.split()[-1]) <= 4 else None
        if tail and _end_within_sentence(text, start, tail.end(), sentences) == tail.end():
            end = tail.end()
            name = text[start:end]
        org_word = ORG_WORD_AFTER_NAME.match(text, end) if kind in ("PERSON", "PLACE") and title is None else None
        if org_word and org_word.group(1).lower() in word_set("org_words.txt") \
                and _end_within_sentence(text, start, org_word.end(1), sentences) == org_word.end(1):
            end, kind = org_word.end(1), "ORG"  # "told Baobab FM": the tagger left the organisation's word out
            name = text[start:end]
        surname = SURNAME_AFTER_GIVEN_NAME.match(text, end) if kind == "PERSON" and title and " " not in name else None
        if surname and not any(e.start_char == surname.start(1) for e in doc.ents) \
                and sentence_index(sentences, start) not in headline \
                and _end_within_sentence(text, start, surname.end(1), sentences) == surname.end(1):
            end = surname.end(1)  # "Captain Mamadou Sy confirmed": the tagger left the surname out
            name = text[start:end]
        if kind in ("ORG", "PERSON") and title is None and (area := _area_after_name(text, end)) \
                and _end_within_sentence(text, start, area.end(), sentences) == area.end():
            kind = "PLACE"
        if kind in ("PERSON", "ORG") and title is None and PLACE_WORD_BEFORE_NAME.search(text, max(0, start - 24), start):
            kind = "PLACE"  # "the Libyan port of Zuwara", "the island of Lampedusa": a place, whatever the tag
        if kind == "PERSON" and title is None and (building := FACILITY_AFTER_NAME.match(text, end)) \
                and _end_within_sentence(text, start, building.end(), sentences) == building.end():
            kind = "ORG"
        if kind == "PLACE":
            designator = PLACE_DESIGNATOR.match(text, end)
            if designator and _end_within_sentence(text, start, designator.end(), sentences) == designator.end():
                end = designator.end()
                name = text[start:end]
        mentions.append(Mention(name, kind, start, end, sentence_index(sentences, start), title=title))
    mentions = _without_common_nouns_opening_sentences(mentions, text, sentences)
    mentions = _titled_places_as_people(doc, mentions)
    mentions = sorted(mentions + _untagged_people(doc, text, sentences, mentions), key=lambda m: m.start)
    mentions = sorted(mentions + _untagged_surnames(text, sentences, mentions), key=lambda m: m.start)
    return _drop_headline_only(_without_roles_before_names(_join_split_names(mentions, text), text), headline)


def opens_its_sentence(text: str, start: int, sentences: list[Sentence]) -> bool:
    """Whether only quotation marks, brackets or spaces stand between a sentence's start and ``start``."""
    if not sentences:
        return not text[:start].strip(" \t\r\n\"“‘'(")
    holder = sentences[sentence_index(sentences, start)]
    return holder.start <= start and not text[holder.start : start].strip(" \t\r\n\"“‘'(")


def common_noun_at_sentence_start(word: str, start: int, text: str, sentences: list[Sentence]) -> bool:
    """Whether a one-word name is a common noun capitalised only because it opens its sentence
    ("Schools stayed open", "Keepers said the bear ..."): the report writes it in lower case
    elsewhere ("all schools", "two keepers") and never capitalised inside a sentence or as part of
    a longer name ("Mark Price" keeps "Price said ... the price" a person)."""
    if " " in word or not word[:1].isupper() or word.isupper() or not word.isalpha():
        return False
    if not opens_its_sentence(text, start, sentences):
        return False
    return written_as_common_noun(word, text) and capitalised_only_opening_sentences(word, text, sentences)


def written_in_lower_case(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` in lower case somewhere ("schools" for "Schools")."""
    return re.search(rf"(?<![\w'’-]){re.escape(word.lower())}(?![\w'’-])", text) is not None


def written_as_common_noun(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word``, or the singular of a plural ``word``, in lower case: "Keepers
    were still looking ..." is the common noun of "A keeper discovered ..." even when the report
    never writes "keepers" itself."""
    lowered = word.lower()
    forms = {lowered}
    if len(lowered) >= 5 and lowered.endswith("s") and not lowered.endswith("ss"):
        forms.add(lowered[:-1])
        if lowered.endswith("ies"):
            forms.add(lowered[:-3] + "y")
        elif lowered.endswith("es"):
            forms.add(lowered[:-2])
    return any(written_in_lower_case(form, text) for form in forms)


def capitalised_only_opening_sentences(word: str, text: str, sentences: list[Sentence]) -> bool:
    """Whether every capitalised ``word`` of ``text`` opens its sentence (none inside a sentence or a
    longer name)."""
    return all(opens_its_sentence(text, m.start(), sentences)
               for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text))


def _without_common_nouns_opening_sentences(mentions: list[Mention], text: str, sentences: list[Sentence]) -> list[Mention]:
    """No one-word "person" that is a common noun capitalised by the start of its sentence (other
    types are left: "Police said" is a body that speaks)."""
    return [m for m in mentions
            if m.type != "PERSON" or m.title or not common_noun_at_sentence_start(m.text, m.start, text, sentences)]


# what may stand between a role and the name it titles: "Madaripur Superintendent of Police Jan Doe"
ROLE_TO_NAME = re.compile(r"\s+(?:of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3})?")


def _without_roles_before_names(mentions: list[Mention], text: str) -> list[Mention]:
    """A "person" whose last word is a capitalised title, right before a person's name, is that
    person's role, not a person: "Madaripur Superintendent of Police Rezaul Karim Talukder" (the
    bus-crash probe listed "Madaripur Superintendent" among the people). A name that only ends like a
    title ("Harold Bishop said") is kept."""
    titles = word_set("titles.txt")
    kept = []
    for index, mention in enumerate(mentions):
        words = mention.text.split()
        following = next((m for m in mentions[index + 1 :] if m.start >= mention.end), None)
        if (
            mention.type == "PERSON" and len(words) >= 2 and words[-1].lower() in titles and words[-1][:1].isupper()
            and following is not None and following.type == "PERSON" and following.sentence == mention.sentence
            and ROLE_TO_NAME.fullmatch(text[mention.end : following.start])
        ):
            continue
        kept.append(mention)
    return kept


def outlet_named(mentions: list[Mention], outlet: str | None, text: str) -> list[Mention]:
    """A person's (or a product's) name that is the report's own outlet after "the", whole or by its
    last words ("told the Chronicle" in The Southern Chronicle, "gave the Courier"), is that organisation: not a person whom a later
    "he said" could stand for (the bus-crash probe listed "Chronicle" as a person). A name without
    "the" ("in Campinas", a radio's town) is left as the tagger had it. Nor is a person the last
    words of the outlet's name that the words right before it complete ("Qasr" of "Radio Qasr 99.1 FM"
    in Radio Qasr's own bulletin): the whole name is the organisation."""
    if not outlet:
        return mentions
    words = re.sub(r"^the\s+", "", outlet.strip(), flags=re.IGNORECASE).split()
    names = {" ".join(words[k:]).lower() for k in range(len(words))}
    out = []
    for mention in mentions:
        name = re.sub(r"^the\s+", "", mention.text, flags=re.IGNORECASE).lower()
        article = mention.text.lower().startswith("the ") or text[max(0, mention.start - 4) : mention.start].lower() == "the "
        if mention.type in ("PERSON", "PRODUCT") and article and name in names:
            mention = replace(mention, type="ORG", title=None)
        elif mention.type == "PERSON" and name in names and name != " ".join(words).lower():
            head = " ".join(words[: len(words) - len(name.split())])
            start = mention.start - len(head) - 1
            if start >= 0 and text[start : mention.start].lower() == head.lower() + " ":
                mention = replace(mention, type="ORG", title=None, start=start, text=text[start : mention.end])
        out.append(mention)
    return out


# capitalised words that start a sentence or name a day, not a person: "On Monday, the mayor ..."
# prepositions that put the name after them in a place: "In San Remo, the mayor said" names a town
PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "near", "into", "off", "outside"})
CALENDAR_WORDS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
)
APPOSITION_END = frozenset({",", ";", ".", "for", "of", "at", "with", "from", "in", "who", "whose", "which"})


def _titled_appositions(doc) -> list[tuple[int, int]]:
    """The character spans of two or three capitalised words that a person's title describes
    between commas ("Florian Gruber, a spokesman for the pilots' union, ...")."""
    spans = []
    for comma in (t for t in doc if t.text == "," and t.i >= 2):
        run = []
        for token in reversed(doc[max(0, comma.i - 3) : comma.i]):
            if not (token.is_title and token.is_alpha) or token.is_stop or token.lower_ in CALENDAR_WORDS:
                break
            run.insert(0, token)
        if len(run) < 2 or (run[0].i > 0 and doc[run[0].i - 1].is_title and doc[run[0].i - 1].is_alpha):
            continue  # one word, or a longer run of capitals than a name
        phrase = []
        for token in doc[comma.i + 1 : comma.i + 7]:
            if token.lower_ in APPOSITION_END:
                break
            phrase.append(token)
        if len(phrase) < 2 or phrase[0].lower_ not in ("a", "an", "the") or phrase[-1].lower_ not in word_set("titles.txt"):
            continue
        if run[0].i > 0 and doc[run[0].i - 1].lower_ in PLACE_PREPOSITIONS:
            continue  # "In New York, the city's mayor said": a place, and whose mayor it is
        spans.append((run[0].idx, run[-1].idx + len(run[-1].text)))
    return spans


def _untagged_people(doc, text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """Two or three capitalised words the tagger passed over that a person's title describes
    between commas ("Florian Gruber, a spokesman for the pilots' union, praised ..."): a person,
    so that a "he said" after it stands for him and not for an earlier speaker."""
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for start, end in _titled_appositions(doc):
        if any(s < end and start < e for s, e in taken):
            continue
        found.append(Mention(text[start:end], "PERSON", start, end, sentence_index(sentences, start)))
        taken.append((start, end))
    found.extend(_untagged_after_title(doc, text, sentences, taken))
    found.extend(_untagged_between_commas_after_title(text, sentences, taken))
    return found


# two or three capitalised words set off by commas, then a verb of saying: "..., Jane Roe, said"
NAME_BETWEEN_COMMAS = re.compile(r",\s+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}),\s+(?P<verb>[a-z]+)\b")


def _untagged_between_commas_after_title(text: str, sentences: list[Sentence], taken: list[tuple[int, int]]) -> list[Mention]:
    """Two or three capitalised words the tagger passed over, set off by commas right after a
    title's phrase and before a verb of saying ("Our correspondent in the capital, Jane Roe, said
    ..."): the title's holder, a person, the speaker."""
    speech = word_set("speech_verbs.txt")
    found = []
    for match in NAME_BETWEEN_COMMAS.finditer(text):
        start, end = match.span("name")
        if match.group("verb") not in speech or any(s < end and start < e for s, e in taken):
            continue
        mention = Mention(match.group("name"), "PERSON", start, end, sentence_index(sentences, start))
        if _name_after_a_title(text, mention):
            found.append(mention)
            taken.append((start, end))
    return found


def _titled_places_as_people(doc, mentions: list[Mention]) -> list[Mention]:
    """A name the tagger read as a place (or a building) that a person's title describes in apposition ("Hanna
    Berglund, the Swedish captain of the rescue ship, described ..."): a person, so that the "she
    said" after it stands for her and her quotation is not given to a town named before. So is a
    name the tagger read as an organisation set off by commas right after a title ("Its spokesman
    in Rome, Davide Ferlito, said"), the title's holder."""
    titled = set(_titled_appositions(doc))
    text = doc.text
    out = []
    for m in mentions:
        described = m.type in ("PLACE", "FACILITY") and (m.start, m.end) in titled
        out.append(replace(m, type="PERSON") if described or (m.type in ("ORG", "PLACE", "FACILITY") and _name_after_a_title(text, m)) else m)
    return out


# the phrase of a title right before a comma and a name: "Its spokesman in Rome, ", "the agency's
# chief, "; no full stop, semicolon or other comma between the title and the name
TITLE_PHRASE_BEFORE_NAME = re.compile(r"(?:^|[.;,:]\s*)(?P<phrase>[^.;,:]{2,60}),\s+$")


def _name_after_a_title(text: str, mention: Mention) -> bool:
    words = mention.text.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    if any(w.lower() in word_set("org_words.txt") for w in words) or text[mention.end : mention.end + 1] != ",":
        return False
    before = TITLE_PHRASE_BEFORE_NAME.search(text, max(0, mention.start - 64), mention.start)
    if before is None:
        return False
    phrase = re.findall(r"[\w'’-]+", before.group("phrase"))
    titles = word_set("titles.txt")
    # the title ends the phrase's head: "spokesman in Rome", not "a report by the minister of X"
    return any(w.lower() in titles for w in phrase[:3]) and not any(w.lower() in ("by", "from", "with") for w in phrase)


def _untagged_surnames(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The surname of a person the report names in full, where the tagger tagged nothing ("Taras Doe
    was banned ... Doe denied any wrongdoing. '...,' he said"): that person, so that the sentence has
    its subject and the "he" after it stands for him, not for the speaker quoted before. Not beside
    another capitalised word ("Anna Doe", "Doe Holdings" name someone or something else), and not a
    name the report also writes as a common word: the "Freight" of a "Carpathia Freight" the tagger
    took for a person is also the "freight" of "a freight train"."""
    surnames = {family_name(m.text) for m in mentions if m.type == "PERSON" and 2 <= len(m.text.split()) <= 3}
    found = []
    for surname in sorted(s for s in surnames if len(s) >= 3 and s[0].isupper() and not s.isupper()):
        if re.search(rf"(?<![\w'’-]){re.escape(surname.lower())}(?![\w-])", text):
            continue
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w-])", text):
            start, end = match.span()
            if any(m.start < end and start < m.end for m in mentions):
                continue
            if re.search(r"[A-Z][\w'’-]*[ \t]+$", text[max(0, start - 40):start]) or re.match(r"[ \t]+[A-Z]", text[end:]):
                continue
            found.append(Mention(surname, "PERSON", start, end, sentence_index(sentences, start)))
    return found


def _untagged_after_title(doc, text: str, sentences: list[Sentence], taken: list[tuple[int, int]]) -> list[Mention]:
    """Two or three capitalised words the tagger passed over between a title in lower case and a
    verb of saying ("regional health director Per Wikström told the radio"): a person, the speaker."""
    titles, speech = word_set("titles.txt"), word_set("speech_verbs.txt")
    found = []
    for title in (t for t in doc if t.lower_ in titles and t.text == t.lower_ and t.i + 3 < len(doc)):
        run = []
        # mid-sentence capitals are a name's, even where a word is a stop word too ("Per")
        for token in doc[title.i + 1 : title.i + 4]:
            if not (token.is_title and token.is_alpha) or token.lower_ in ("the", "a", "an", "i") or token.lower_ in CALENDAR_WORDS:
                break
            run.append(token)
        after = doc[run[-1].i + 1] if run and run[-1].i + 1 < len(doc) else None
        if len(run) < 2 or after is None or after.lower_ not in speech:
            continue
        start, end = run[0].idx, run[-1].idx + len(run[-1].text)
        if any(s < end and start < e for s, e in taken):
            continue
        found.append(Mention(text[start:end], "PERSON", start, end, sentence_index(sentences, start)))
    return found


NAME_PARTICLES = frozenset(
    {
        "de",
        "del",
        "della",
        "di",
        "da",
        "do",
        "dos",
        "du",
        "la",
        "le",
        "el",
        "al",
        "van",
        "von",
        "der",
        "den",
        "y",
    }
)
# "Captain Mamadou Sy confirmed": one capitalised word, untagged, between a titled given name and
# a lower-case word is the person's surname
SURNAME_AFTER_GIVEN_NAME = re.compile(r" ([A-Z][a-z'’-]+)(?= [a-z])")
# "Baobab FM", "Keur Records": a capitalised word right after a name that makes it an organisation
ORG_WORD_AFTER_NAME = re.compile(r" ([A-Z][\w.]*)(?![\w'’-])")
NAME_TAIL = re.compile(r" (?:" + "|".join(sorted(NAME_PARTICLES - {"y"})) + r") [A-ZÀ-Þ][\w'’-]+")
GENERIC_PLACE_WORDS = frozenset(
    {"port", "city", "region", "province", "state", "capital", "town", "zone", "harbour", "harbor", "centre", "center"}
)
# "the eastern Kazakh city of Oskemen", "the Chilean port of San Antonio": an adjective before a
# lower-case generic word describes the place named after "of"; a name's own word is capitalised
# ("Mexico City"), and "Rampur village" with no "of" after it names the village
DESCRIBED_PLACE = re.compile(r"(?:[A-Z][\w'’-]*\s+)+(?:" + "|".join(sorted(GENERIC_PLACE_WORDS | {"village"})) + r")")
DESCRIBED_PLACE_NAMED_AFTER = re.compile(r"\s+of\s+[A-Z]")


def _join_split_names(mentions: list[Mention], text: str) -> list[Mention]:
    """Rejoin one name the tagger cut in two ("Viña" + "del Mar") and drop a lone generic word
    read as a place ("Port" of "Port authority spokeswoman")."""
    joined: list[Mention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        gap = text[previous.end : mention.start] if previous else ""
        first_word = mention.text.split()[0]
        if (
            previous is not None
            and previous.type == mention.type
            and previous.sentence == mention.sentence
            and gap.strip() == ""
            and len(gap) <= 1
            and (first_word in NAME_PARTICLES or first_word[:1].isupper())
        ):
            previous.end = mention.end
            previous.text = text[previous.start : previous.end]
            continue
        if previous is not None and _given_name_mistagged(previous, mention, gap):
            previous.end, previous.type = mention.end, "PERSON"
            previous.text = text[previous.start : previous.end]
            previous.title = previous.title or mention.title
            continue
        if mention.type == "PLACE" and (mention.text.lower() in GENERIC_PLACE_WORDS or (
                DESCRIBED_PLACE.fullmatch(mention.text) and DESCRIBED_PLACE_NAMED_AFTER.match(text, mention.end))):
            continue
        tail = NAME_TAIL.match(text, mention.end)  # "Viña" + " del Mar"
        if tail and mention.type in {"PLACE", "PERSON", "ORG", "FACILITY"}:
            mention.end = tail.end()
            mention.text = text[mention.start : mention.end]
        joined.append(mention)
    return joined


def _given_name_mistagged(previous: Mention, mention: Mention, gap: str) -> bool:
    """"culture councillor Beatriz Olmedo", tagged "Beatriz" a place and "Olmedo" a person: one
    capitalised word right before a lone surname is the person's given name, whatever its tag."""
    return (
        mention.type == "PERSON"
        and previous.type in ("PLACE", "ORG")
        and previous.sentence == mention.sentence
        and gap == " "
        and len(previous.text.split()) == 1
        and len(mention.text.split()) == 1
        and previous.text.isalpha()
        and previous.text[:1].isupper()
        and not previous.text.isupper()
    )


def _drop_headline_only(mentions: list[Mention], headline: set[int]) -> list[Mention]:
    """A name the tagger found only inside Title Case headlines is most likely a misreading."""
    if not headline:
        return mentions
    body_names = {m.text for m in mentions if m.sentence not in headline}
    return [m for m in mentions if m.sentence not in headline or m.text in body_names]
