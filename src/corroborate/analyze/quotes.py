"""Quotations and reported speech, each with its speaker.

Direct quotes are found by their marks (curly or straight); a quote left open at a paragraph's
end continues into the next paragraph, as news style writes long quotations. A quote is *partial*
when it is a fragment of the writer's sentence (no capital at its start). Reported speech is the
content of "X said (that) ..." anywhere in a sentence, "..., X said.", "..., said X." and
"according to X". The speaker is the name, pronoun or group ("a police source", "the agency") next
to a speech verb; "he"/"she" and "the official" take the nearest person named before; a
participle ("..., saying") takes the sentence's subject; a quote with no attribution that directly
continues an attributed one keeps its speaker. Speech verbs and speaker nouns are general-English
word lists in data/analyze/.
"""

from __future__ import annotations

import bisect
import re

from ..model import Mention, Quote, Sentence
from .lexicon import family_name, word_list, word_set
from .resolve import governed_as_a_place
from .sentences import sentence_index

SPEAKER_TYPES = {"PERSON", "ORG", "PLACE", "NORP"}
# "..., and the commission has asked for a plan": a clause joined by "and" or "but" after the last
# comma is a statement of its own, not a credit for the words before it ("..., the mayor said")
COORDINATED = re.compile(r"(?:and|but|while|whereas)\s", re.IGNORECASE)
NOT_A_CLAUSE = re.compile(r"(?:against|about|for|of|on|in|to|with|at|from|by|into)\b", re.IGNORECASE)
SOURCE_END = re.compile(
    r"\s+(?:released|quoted|issued|published|cited|seen|obtained|reported|by|from|on|in|at|who|which|that)\b"
)
RELATIVE = re.compile(
    r"\b(?:where|when|which|who|whom|whose|if|because|while|as|after|before|than)\b", re.IGNORECASE
)
PASSIVE = re.compile(r"\b(?:was|were|been|be|is|are)\s+(?:\w+ly\s+|also\s+)*$")
# "was quoted by the agency as (saying)", "is reported to have (said)": a speech verb passed on
PASSED_ON = re.compile(
    r"\s+(?:is|are|was|were|has been|have been|had been)\s+(?:quoted|cited|reported|said)"
    r"(?:\s+(?:by|in)\s+[^,]{1,40}?)?\s+(?:as|to|to have)\s*$"
)
QUOTED_AS = re.compile(r"\b(?:quoted|cited)\s+(?P<who>[^,]{2,60}?)\s+as\s*$")
# what may stand between a speaker and its verb in reported speech
ADVERBS = r"\w+ly|also|already|long|still|then|now|again|later|earlier|has|have|had|,"


# Words that give a person's gender away ("spokeswoman Jane Roe", "Mr. Doe"): "he said" cannot
# be hers, and a report that calls one person both "Mr." and "spokeswoman" contradicts itself.
MALE_WORDS = frozenset(
    ["mr", "mr.", "sir", "lord", "spokesman", "chairman", "congressman", "councilman", "businessman", "policeman", "anchorman"]
)
FEMALE_WORDS = frozenset(
    ["ms", "ms.", "mrs", "mrs.", "miss", "madam", "dame", "lady", "spokeswoman", "chairwoman", "congresswoman",
     "councilwoman", "businesswoman", "policewoman", "anchorwoman"]
)
PRONOUN_GENDER = {"he": "male", "she": "female"}
# kin written just before a name ("whose brother Thabo", "her daughter Ana") say its gender
KIN_GENDER = {
    **dict.fromkeys(["brother", "son", "husband", "father", "nephew", "uncle", "grandson", "grandfather", "boyfriend"], "male"),
    **dict.fromkeys(["sister", "daughter", "wife", "mother", "niece", "aunt", "granddaughter", "grandmother", "girlfriend"], "female"),
}
# ", a spokeswoman for the county" after a name: the words of the apposition
APPOSITION = re.compile(r"^,\s+(?:a|an|the)\s+((?:[\w'’.-]+\s+){0,4}[\w'’.-]+)")


def gender_of(words) -> str | None:
    """"male" or "female" when the words (a title, a speaker phrase) say so, and only one."""
    found = {"male" for w in words if w.lower() in MALE_WORDS} | {"female" for w in words if w.lower() in FEMALE_WORDS}
    return found.pop() if len(found) == 1 else None


def compatible(gender: str | None, pronoun: str) -> bool:
    """A pronoun fits a person unless the person's gender is known and is the other one."""
    wanted = PRONOUN_GENDER.get(pronoun.lower())
    return gender is None or wanted is None or gender == wanted


def title_before(text: str, start: int) -> str | None:
    """The title word written just before a name ("spokesman Mihai Doe" -> "spokesman")."""
    m = re.search(r"([A-Za-z][\w.'’-]*)\s+$", text[max(0, start - 40) : start])
    return m.group(1) if m and m.group(1).lower() in word_set("titles.txt") else None


def mention_gender(text: str, mention: Mention) -> str | None:
    """What the name's title, the word before it or an apposition after it say of its gender."""
    kin = re.search(r"\b([a-z]+)\s+$", text[max(0, mention.start - 20) : mention.start])
    if kin and kin.group(1) in KIN_GENDER:
        return KIN_GENDER[kin.group(1)]
    words = (mention.title or "").split()
    before = title_before(text, mention.start)
    if before:
        words.append(before)
    apposition = APPOSITION.match(text[mention.end : mention.end + 80])
    if apposition:
        words.extend(apposition.group(1).split())
    return gender_of(words)


TIME_PHRASE = re.compile(
    r"\b(?:(?:on|late|early)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b"
    r"|\bin\s+an?\s+(?:statement|interview|email|e-mail|letter|post)\b",
    re.IGNORECASE,
)


def _adjacent(between: str) -> bool:
    """Only role words and adverbs stand between a speaker and its verb ("Biden administration
    stated", "the foreign ministry said", "Smith also said")."""
    roles = word_set("title_modifiers.txt") | word_set("speaker_nouns.txt") | word_set("group_speakers.txt")
    between = TIME_PHRASE.sub(" ", between)  # "An NFL spokesman on Wednesday said"
    words = re.findall(r"[\w'’]+|,", between.lower().replace("’s", " ").replace("'s", " "))
    adverbs = re.compile(rf"^(?:{ADVERBS})$")
    return all(w in roles or w in word_set("titles.txt") or adverbs.match(w) for w in words)


def normalize_wording(text: str) -> str:
    """Lower case, plain apostrophes, no punctuation: two wordings compare equal when only
    typography differs."""
    text = text.lower().replace("’", "'").replace("‘", "'")
    text = re.sub(r"[^\w\s']", " ", text)
    return " ".join(text.replace("'", "").split())


def _mask_quotes(text: str, offset: int, spans: list[tuple[int, int]]) -> str:
    """``text`` (starting at ``offset``) with quoted words blanked out, offsets unchanged."""
    chars = list(text)
    for start, end in spans:
        for i in range(max(start, offset), min(end, offset + len(text))):
            chars[i - offset] = " "
    return "".join(chars)


def _verbs() -> str:
    return "|".join(sorted(word_list("speech_verbs.txt"), key=len, reverse=True))


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words inside each pair of quotation marks.

    News style opens a quotation that runs over several paragraphs in each of them and closes it
    only in the last; a paragraph that leaves a quote open and a next one that goes on without an
    opening mark make one quotation, spanning the paragraph break."""
    spans: list[tuple[int, int]] = []
    position = 0
    carried = False
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        lead = len(body) - len(body.lstrip())
        continues = carried and body.strip() and body.lstrip()[:1] not in '"“'
        open_at = position + lead if continues else None
        straight = bool(continues)
        for i, char in enumerate(body):
            at = position + i
            if char == "“" or (char == '"' and open_at is None):
                if open_at is None:
                    open_at, straight = at + 1, char == '"'
            elif (char == "”" or (char == '"' and straight)) and open_at is not None:
                if continues and open_at == position + lead:
                    spans[-1] = (spans[-1][0], at)  # the quote left open above ends here
                    continues = False
                elif at > open_at:
                    spans.append((open_at, at))
                open_at = None
        carried = False
        if open_at is not None:
            end = position + len(body.rstrip())
            if continues and open_at == position + lead:
                spans[-1] = (spans[-1][0], end)
                carried = True
            elif end - open_at > 20:
                spans.append((open_at, end))
                carried = True
        position += len(line)
    return spans


POSSESSOR = re.compile(r"['’](?:s\b|\s)")


class _Speakers:
    """Looks up who a span of text names: a mention, a pronoun, or a speaker noun."""

    def __init__(self, text: str, mentions: list[Mention], quoted: list[tuple[int, int]] = ()):
        self.text = text
        # a one-word name that is the last word of a person's full name in the report ("Jonas Doe" ...
        # "For Doe, the worst part ..."), whatever type the tagger gave it (a product, a work of art),
        # is that person's surname
        surnames = {family_name(m.text) for m in mentions if m.type == "PERSON" and 2 <= len(m.text.split()) <= 3}
        self.mentions = sorted(
            (m for m in mentions if m.type in SPEAKER_TYPES or m.text in surnames), key=lambda m: m.start
        )
        self.starts = [m.start for m in self.mentions]
        # a name the tagger took for an organisation is a person's when a title stands before it
        # ("spokesman Mihai Doe"): a later "he" may stand for it; a name inside quotation marks is
        # someone the speaker talks about ("'Doe lost the city,' he said"), never the "he"
        self.persons = [
            m for m in self.mentions
            if (m.type == "PERSON" or title_before(text, m.start) or m.text in surnames)
            and not any(s <= m.start < e for s, e in quoted) and not governed_as_a_place(m, text)
        ]
        known = {(m.start, m.end) for m in self.mentions}
        self.persons += [m for m in _aged_names(text) if (m.start, m.end) not in known and not any(s <= m.start < e for s, e in quoted)]
        self.persons.sort(key=lambda m: m.start)
        self.person_starts = [m.start for m in self.persons]

    def full_name(self, mention: Mention) -> str:
        """A surname alone is the fullest name in the document that ends with it."""
        if " " in mention.text or (mention.type != "PERSON" and mention not in self.persons):
            return mention.text
        longer = [m.text for m in self.persons if " " in m.text and family_name(m.text) == mention.text]
        return max(longer, key=len) if longer else mention.text

    def mention_in(
        self, start: int, end: int, last: bool = False, people_first: bool = False
    ) -> Mention | None:
        """The mention inside [start, end): the first or, with ``last``, the last (the one next
        to a verb after it); with ``people_first``, persons then organisations first."""
        i = bisect.bisect_left(self.starts, start)
        inside = []
        while i < len(self.mentions) and self.mentions[i].end <= end:
            inside.append(self.mentions[i])
            i += 1
        if not inside:
            return None
        if people_first:
            inside = (
                [m for m in inside if m.type == "PERSON"] or [m for m in inside if m.type == "ORG"] or inside
            )
        return inside[-1] if last else inside[0]

    def titled_before(self, offset: int, title: str) -> Mention | None:
        """The last person named before ``offset`` with ``title`` written before the name or in it."""
        i = bisect.bisect_left(self.person_starts, offset)
        for person in reversed(self.persons[:i]):
            words = [*(person.title or "").lower().split(), (title_before(self.text, person.start) or "").lower()]
            if title in words:
                return person
        return None

    def person_before(self, offset: int) -> Mention | None:
        """The last person named before ``offset``, passing over possessors: after "a company of
        Acme's size" or "Smith's daughter", "she said" is not Acme or Smith."""
        i = bisect.bisect_left(self.person_starts, offset)
        while i > 0 and POSSESSOR.match(self.text, self.persons[i - 1].end):
            i -= 1
        return self.persons[i - 1] if i > 0 else None


# "Sumarni, a 54-year-old farmer," / "Okoro, 61,": a name given an age is a person's
AGED_NAME = re.compile(r"(?<![\w'’])([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}),\s+(?:an?\s+\d{1,3}-year-old\b|\d{1,3},)")


def _aged_names(text: str) -> list[Mention]:
    """Names the tagger missed that the report gives an age: people, whom a later "she said" may
    stand for."""
    return [Mention(m.group(1), "PERSON", m.start(1), m.end(1), -1) for m in AGED_NAME.finditer(text)]


def _speaker_phrase(
    speakers: _Speakers, start: int, end: int, last: bool, people_first: bool = False
) -> tuple[str, int, int] | None:
    """Who [start, end) names: (speaker, start, end), resolving pronouns and speaker nouns."""
    if last:  # "Ukraine, he added": the word next to the verb speaks, not an earlier name
        near = _nominal(speakers, start, end, last=True)
        if near and near[0] is not None:
            return near
    mention = speakers.mention_in(start, end, last=last, people_first=people_first)
    if mention and last and mention.type == "PLACE" and LOCATED.search(speakers.text[start : mention.start]):
        # "Dr. Jan Doe, a surgeon at a hospital in Lyon, said": the place says where the speaker
        # works; the person before it speaks
        person = speakers.mention_in(start, mention.start, last=True, people_first=True)
        if person is not None and person.type == "PERSON":
            mention = person
    if mention and last and mention.type == "PLACE" and (origin := FROM_PLACES.search(speakers.text[start : mention.start])):
        # "Fellow musicians from Dakar and Abidjan posted ...": the places say where the speakers
        # come from; a person or a group noun before them speaks, or no one the phrase names
        person = speakers.mention_in(start, start + origin.start(), last=True, people_first=True)
        if person is not None and person.type == "PERSON":
            return speakers.full_name(person), person.start, mention.end
        return _nominal(speakers, start, start + origin.start(), last=True)
    if mention:
        person = _affiliated_person(speakers, start, mention)
        if person is not None:  # the phrase runs to the affiliation's end, next to the verb
            return speakers.full_name(person), person.start, mention.end
        return speakers.full_name(mention), mention.start, mention.end
    found = _nominal(speakers, start, end, last)
    if found:
        return found
    return _capitalised(speakers.text, start, end)


LOCATED = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?$", re.IGNORECASE)
# "musicians from Dakar and ...", "fans from Lagos, Accra and ...": where people come from, up to
# the last place of a list of names
FROM_PLACES = re.compile(r"\s+from\s+(?:the\s+)?(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:\s*,\s*|\s+and\s+))*$")
AFFILIATION = re.compile(r"^,?\s+(?:of|at|from|with)\s+(?:the\s+)?$", re.IGNORECASE)


# "Jan Doe, director of the City Museum, said": a title set off after the name, then where
ROLE_AFFILIATION = re.compile(r"^,\s+(?P<role>(?:[A-Za-z'’-]+\s+){1,4})(?:of|at|from|with)\s+(?:the\s+)?$")


def _affiliated_person(speakers: _Speakers, start: int, mention: Mention) -> Mention | None:
    """The person of "Jan Doe of the City Museum said" or "Jan Doe, director of the City Museum,
    said": the name after "of" says where the speaker works; the person speaks. The words of a role
    set off by a comma must be a title ("officials of the ministry" are other speakers)."""
    for person in reversed(speakers.persons):
        if start <= person.start and person.end <= mention.start and person is not mention:
            between = speakers.text[person.end : mention.start]
            if AFFILIATION.match(between):
                return person
            role = ROLE_AFFILIATION.match(between)
            titles = word_set("titles.txt")
            words = role.group("role").lower().split() if role else []
            if words and words[-1] in titles and all(w in titles or w in word_set("title_modifiers.txt") or w in ("a", "an", "the")
                                                      for w in words):
                return person
            return None
    return None


def _nominal(speakers: _Speakers, start: int, end: int, last: bool) -> tuple[str, int, int] | None:
    """A pronoun or a role noun ("he", "the official") stands for the person named before it; a
    group noun ("Police", "the agency", "her spokesman") speaks as itself."""
    words = list(re.finditer(r"[A-Za-z]+", speakers.text[start:end]))
    if not words:
        return None
    if not last:  # "the authority said": the noun speaks, not its article
        words = [w for w in words if w.group(0).lower() not in ("the", "a", "an")] or words
    word = words[-1] if last else words[0]
    lower = word.group(0).lower()
    w_start, w_end = start + word.start(), start + word.end()
    before = speakers.text[max(0, w_start - 4) : w_start].lower()
    if before.endswith("the ") and lower in word_set("titles.txt"):
        # "Her coach Ilse Varga ... 'quote,' the coach said": the person the report gave that title
        titled = speakers.titled_before(w_start, lower)
        if titled is not None:
            return speakers.full_name(titled), w_start, w_end
    if lower in {"he", "she"} or (lower in word_set("speaker_nouns.txt") and before.endswith("the ")):
        person = speakers.person_before(w_start)
        if person and compatible(mention_gender(speakers.text, person), lower):
            return speakers.full_name(person), w_start, w_end
        if lower in PRONOUN_GENDER:
            return None  # the nearest person cannot be "he" (she is a spokeswoman): leave it open
    if lower in word_set("group_speakers.txt") or lower in word_set("speaker_nouns.txt"):
        return _group_phrase(speakers.text, start, w_start, w_end)
    return None


def _group_phrase(text: str, floor: int, w_start: int, w_end: int) -> tuple[str, int, int]:
    """A group noun with the words that name the group: "U.S. officials", "Ukraine's foreign
    ministry", "the Biden administration" (without the article)."""
    roles = word_set("title_modifiers.txt") | word_set("group_speakers.txt")
    start = w_start
    for word in reversed(list(re.finditer(r"[\w.'’-]+", text[floor:w_start]))):
        token = word.group(0)
        bare = re.sub(r"['’]s$", "", token)
        if bare.lower() in roles or bare[:1].isupper():
            start = floor + word.start()
            continue
        break
    while True:
        first = re.match(r"(?:the|a|an|his|her|its|their)\s+", text[start:w_end], re.IGNORECASE)
        if not first:
            break
        start += first.end()
    return text[start:w_end], start, w_end


# a quantifier that stands for people named before it ("Residents described ... Several said", "Many
# told us"): it counts them, it names no one
QUANTIFIER_SPEAKERS = frozenset(["several", "many", "some", "others", "most", "both", "few", "all"])


def _capitalised(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """A short capitalised name the tagger missed ("Lyons said"): the speaker as written."""
    phrase = text[start:end].strip(" ,;:")
    if phrase.lower() in {"he", "she", "they", "it", "we", "i"}:
        return None  # a pronoun no one could be found for is no name
    if re.sub(r"^(?:a|the)\s+", "", phrase.lower()) in QUANTIFIER_SPEAKERS:
        return None  # "Several said:", "A few told us": a quantifier names no one
    if re.fullmatch(r"(?:[A-Z][\w'’.-]+)(?:\s+[A-Z][\w'’.-]+){0,3}", phrase):
        first = text.find(phrase, start)
        return phrase, first, first + len(phrase)
    return None


# "one fan", "a supporter", "another resident": someone the report does not name
UNNAMED_SPEAKER = re.compile(r"(?:one|a|an|another)\s+[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,2}")


def _unnamed_speaker(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """'"...," one fan told the radio': the speaker is someone left unnamed, not the person the
    quotation before was given to."""
    phrase = text[start:end].strip(" ,;:")
    if not UNNAMED_SPEAKER.fullmatch(phrase):
        return None
    first = text.find(phrase, start)
    return phrase, first, first + len(phrase)


TITLE_DOT = re.compile(r"\b([A-Z][a-z]{1,4})\.(?=\s+[A-Z])")


def _title_dots_masked(tail: str) -> str:
    """The words after a quotation with the full stop of a title ("said Dr. Ana Reis") blanked, so
    that the speaker runs to the name, not to "Dr"; offsets are kept."""
    titles = word_set("titles.txt")
    return TITLE_DOT.sub(lambda m: m.group(1) + " " if m.group(1).lower() in titles else m.group(0), tail)


# a relative clause set off by commas right before the speech verb ("The union, which represents
# about 6,000 workers, said"); a comma inside a figure does not end it
RELATIVE_BEFORE_VERB = re.compile(r",\s+(?:which|who|whose)\b(?:[^,]|,(?=\d))*,\s*$")


def _next_to_verb(speakers: _Speakers, found, w_start: int, w_end: int, match, offset: int):
    """Who speaks in '"...," X Y said': the person named next to the verb ("Harlow chief executive
    Mara Quint said", even when the tagger took the company for a person too), or the name set off
    by commas after a role ("the trust's chairman, Ivo Brandt, said")."""
    if match.group("appos"):
        a_start, a_end = offset + match.start("appos"), offset + match.end("appos")
        named = speakers.mention_in(a_start, a_end, people_first=True)
        if named is not None and named.type == "PERSON":
            return speakers.full_name(named), named.start, named.end
        if found is None:
            return _capitalised(speakers.text, a_start, a_end) or found
        # "the office's head of forecasting, Ilse Varga, told": a role in lower case, then a name of
        # two to four capitalised words that the tagger missed; the name speaks, not the role
        name = _capitalised(speakers.text, a_start, a_end)
        if name is not None and " " in name[0] and speakers.text[w_start:w_end].strip()[:1].islower():
            return name
    if found is None:
        return None
    nearest = speakers.mention_in(w_start, w_end, last=True, people_first=True)
    if (
        nearest is not None and nearest.type == "PERSON" and nearest.start > found[1]
        and _affiliated_person(speakers, w_start, nearest) is None
        and not speakers.text[nearest.end : w_end].strip()
    ):
        return speakers.full_name(nearest), nearest.start, nearest.end
    return found


def _role_then_name(speakers: _Speakers, found, w_start: int, w_end: int, a_start: int, a_end: int):
    """Who speaks in 'said his coach, Jan Doe' or 'according to the club's doctor, Dr. Ana Reis':
    a role that names no one, then the person it is, set off by a comma."""
    if speakers.mention_in(w_start, w_end, people_first=True) is not None:
        return found  # "said Jan Doe, the coach": the name comes first and speaks
    named = speakers.mention_in(a_start, a_end, people_first=True)
    titles = word_set("titles.txt")
    if named is None or (named.type != "PERSON" and not _titled_name(speakers.text[w_start:w_end], named, titles)):
        return found
    if all(word.lower() in titles for word in re.findall(r"[A-Za-z]+", speakers.text[a_start : named.start])):
        return speakers.full_name(named), named.start, named.end
    return found


# "Shibchar fire station officer Monirul Haque": lower-case words of a role, the last a title
ROLE_WORDS = re.compile(r"^\s+((?:[a-z][a-z'’-]*\s+){1,4})$")


def _titled_name_after(speakers: _Speakers, found, w_end: int):
    """Who speaks in 'said Shibchar fire station officer Monirul Haque' or 'said Acme chief
    executive Mara Quint': the name first after the verb is where the speaker works (a town, a
    company, whatever type the tagger gave it); the person after the role speaks."""
    if found is None or found[2] >= w_end:
        return found
    for named in speakers.persons:
        if named.start < found[2] or named.end > w_end:
            continue
        role = ROLE_WORDS.match(speakers.text[found[2] : named.start])
        words = role.group(1).split() if role else []
        if words and words[-1] in word_set("titles.txt") and not speakers.text[named.end : w_end].strip():
            return speakers.full_name(named), named.start, named.end
        return found
    return found


def _titled_name(role: str, named: Mention, titles: frozenset[str]) -> bool:
    """Whether a name the tagger gave another type is a person's, set off after a role that ends in
    a title ("said the gym's manager, Jan Doe"): a name of two or three capitalised words with no
    word of an organisation's ("Brezno Holdings" stays a company)."""
    role_words = re.findall(r"[A-Za-z]+", role.lower())
    name_words = named.text.split()
    return (
        bool(role_words) and role_words[-1] in titles and 2 <= len(name_words) <= 3
        and all(w[:1].isupper() for w in name_words)
        and not any(w.lower().strip(".,") in word_set("org_words.txt") for w in name_words)
    )


def find_quotes(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Quote]:
    """Direct and partial quotes, then reported speech, in document order."""
    spans = _quote_spans(text)
    speakers = _Speakers(text, mentions, spans)
    verbs = _verbs()
    after = re.compile(
        rf"^[\s,;:—–-]*(?:(?P<verb1>{verbs})\s+(?P<who1>[^.,;“”\"]{{1,60}}?)(?:,\s+(?P<appos1>[^.,;“”\"]{{1,40}}?))?(?=[.,;]|$)|(?P<who2>(?:[^.,;“”\"]|(?<=\b[A-Z])\.){{1,60}})(?:,(?P<appos>[^,;“”\"]{{1,40}}),)?\s+(?P<verb2>{verbs})\b)"
    )
    before_verb = re.compile(rf"\b(?P<verb>{verbs})\b", re.IGNORECASE)
    naming_verb = re.compile(rf"\b(?P<verb>{'|'.join(word_list('naming_verbs.txt'))})\b", re.IGNORECASE)
    quotes: list[Quote] = []
    for start, end in spans:
        inner = text[start:end]
        words = inner.strip(" ,.;:").strip()
        if not words:
            continue
        s_index = sentence_index(sentences, start)
        sentence = sentences[s_index]
        lead = text[sentence.start : max(sentence.start, start - 1)]
        first_char = words[0]
        whole = not lead.strip() or lead.rstrip().endswith(":")
        kind = "direct" if (first_char.isupper() and (whole or len(words.split()) >= 6)) else "partial"
        speaker = verb = None
        speaker_span = (None, None)
        tail_end = text.find("\n", end)
        tail_end = len(text) if tail_end < 0 else tail_end
        tail = _title_dots_masked(text[end + 1 : min(tail_end, end + 120)])
        m = after.match(tail)
        if m:
            who = "who1" if m.group("who1") else "who2"
            w_start, w_end = end + 1 + m.start(who), end + 1 + m.end(who)
            # "Acme Rail's spokeswoman Jane Roe said", "the agency quoted Jane Roe as saying":
            # the person speaks, the organisation before her only says for whom
            found = _speaker_phrase(speakers, w_start, w_end, last=False, people_first=True)
            if who == "who1" and m.group("appos1"):
                found = _role_then_name(speakers, found, w_start, w_end, end + 1 + m.start("appos1"),
                                        end + 1 + m.end("appos1"))
            if who == "who1":
                found = _titled_name_after(speakers, found, w_end)
            if who == "who2":
                found = _next_to_verb(speakers, found, w_start, w_end, m, end + 1)
            if found is None:
                found = _unnamed_speaker(text, w_start, w_end)
            if found:
                speaker, speaker_span = found[0], found[1:]
                verb = m.group("verb1") or m.group("verb2")
        if speaker is None and lead.strip():
            # verbs inside an earlier quotation ("false claims") attribute nothing
            verb_matches = list(before_verb.finditer(_mask_quotes(lead, sentence.start, spans)))
            if not verb_matches and kind == "partial":
                # "She called the scheme 'a calculated deception'": the words are the namer's
                verb_matches = list(naming_verb.finditer(_mask_quotes(lead, sentence.start, spans)))
            if verb_matches and not PASSIVE.search(lead[: verb_matches[-1].start()]):
                v = verb_matches[-1]
                # "X blasted Iran ..., saying": a participle's speaker is the sentence's subject
                participle = v.group(0).lower().endswith("ing")
                # "The union, which represents 6,000 workers, said": the clause describes the speaker
                described = RELATIVE_BEFORE_VERB.search(lead[: v.start()])
                found = _speaker_phrase(
                    speakers,
                    sentence.start,
                    sentence.start + (described.start() if described else v.start()),
                    last=not participle,
                    people_first=participle,
                )
                if found:
                    speaker, speaker_span, verb = found[0], found[1:], v.group(0)
        if speaker is None and kind == "direct" and quotes and quotes[-1].speaker:
            previous = quotes[-1]
            if s_index - previous.sentence <= 2 and not lead.strip():
                speaker, verb = previous.speaker, previous.verb
                speaker_span = (previous.speaker_start, previous.speaker_end)
        quotes.append(
            Quote(
                text=inner.strip(),
                kind=kind,
                start=start + (len(inner) - len(inner.lstrip())),
                end=start + len(inner.rstrip()),
                sentence=s_index,
                speaker=speaker,
                speaker_start=speaker_span[0],
                speaker_end=speaker_span[1],
                normalized=normalize_wording(inner),
                verb=verb,
            )
        )
    quotes.extend(_reported(text, sentences, speakers, spans))
    quotes.sort(key=lambda q: q.start)
    _pronouns_after_a_speaker(text, quotes, speakers)
    return quotes


NAME_WORDS = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}")


def _person_speaking(text: str, quote: Quote, speakers: _Speakers) -> str | None:
    """The gender word of a quote's speaker when it is a person ("" when unknown), None when it is
    no person (a group, an organisation, a pronoun)."""
    span = text[quote.speaker_start : quote.speaker_end]
    if span.lower() in PRONOUN_GENDER or quote.speaker_start is None:
        return None
    for person in speakers.persons:
        if person.start < quote.speaker_end and quote.speaker_start < person.end:
            return mention_gender(text, person) or ""
    if any(m.start < quote.speaker_end and quote.speaker_start < m.end for m in speakers.mentions):
        return None  # an organisation or a place the tagger named
    words = span.split()
    if NAME_WORDS.fullmatch(span) and not any(w.lower().strip(".,") in word_set("org_words.txt") for w in words):
        return gender_of(words) or ""
    return None


def _pronouns_after_a_speaker(text: str, quotes: list[Quote], speakers: _Speakers) -> None:
    """'Jan Doe, who owns Acme Travel, said the bus was safe. "We check it every month," he said.':
    a "he" or "she" right after a sentence that a person said is that person, not a name inside
    the sentence (a company in a relative clause) nor a name before it that the tagger knew when it
    missed the speaker's (the bus-crash probe)."""
    for index, quote in enumerate(quotes):
        if quote.speaker_start is None or text[quote.speaker_start : quote.speaker_end].lower() not in PRONOUN_GENDER:
            continue
        pronoun = text[quote.speaker_start : quote.speaker_end].lower()
        before = [q for q in quotes[:index] if q.sentence == quote.sentence - 1 and q.speaker]
        if not before or before[-1].speaker == quote.speaker:
            continue
        gender = _person_speaking(text, before[-1], speakers)
        if gender is not None and compatible(gender or None, pronoun):
            quote.speaker = before[-1].speaker


def _reported(text: str, sentences: list[Sentence], speakers: _Speakers, spans) -> list[Quote]:
    """Reported speech: "according to X", "..., X said.", "..., said X." and "X said (that) ..."
    anywhere in a sentence, with the speaker standing next to its verb."""
    verbs = _verbs()
    according = re.compile(r"(?:^|,\s*)according to (?P<who>[^,]{2,120}?)(?:,\s*|\.?$)", re.IGNORECASE)
    tail_verb = re.compile(
        rf"^(?P<content>.+),\s*(?P<who>[^,“”\"]{{2,60}}?)\s+(?P<verb>{verbs})(?:\s+[^,]{{0,40}})?\.?$"
    )
    tail_inverted = re.compile(rf"^(?P<content>.+),\s*(?P<verb>{verbs})\s+(?P<who>[^,“”\"]{{2,80}}?)\.?$")
    # "..., the state commissioner, Jan Doe, told reporters": a role and a name set off by commas
    tail_appositive = re.compile(
        rf"^(?P<content>.+),\s*(?P<who>[^,“”\"]{{2,80}}?,\s*[^,“”\"]{{2,60}}?),\s+(?P<verb>{verbs})(?:\s+[^,]{{0,40}})?\.?$"
    )
    # "told in an interview that", not "reported to have said that": that is the speech verb
    verb_anywhere = re.compile(
        rf"\b(?P<verb>{verbs})\b(?:\s+(?:in|on|to)\s+(?!have\b)[^,]{{1,40}}?(?=\s+that\b))?\s*(?:that\s+|,\s*)?"
    )
    reported = []
    for sentence in sentences:
        body = sentence.text.rstrip()
        if any(s < sentence.end and sentence.start < e and (e - s) > 0.5 * len(body) for s, e in spans):
            continue  # a quotation: already attributed as a direct quote
        found = _reported_in(speakers, sentence, body, according, (tail_verb, tail_inverted, tail_appositive), verb_anywhere)
        if not found:
            continue
        speaker, verb, c_start, c_end = found
        content = text[c_start:c_end].strip(" ,.")
        if len(content.split()) < 4 or content[:1] in '"“‘':
            continue  # "warned against ...", "added 16 points": no statement follows the verb
        c_start = text.find(content, c_start)
        reported.append(
            Quote(
                text=content,
                kind="reported",
                start=c_start,
                end=c_start + len(content),
                sentence=sentence.index,
                speaker=speaker[0],
                speaker_start=speaker[1],
                speaker_end=speaker[2],
                normalized=normalize_wording(content),
                verb=verb,
            )
        )
    return reported


def _trim_auxiliaries(text: str, start: int, end: int) -> int:
    """End of the subject before its verb: "White House officials have (said)" -> "officials"."""
    adverbs = re.compile(rf"(?:\s|,)*\b(?:{ADVERBS})$")
    while True:
        trimmed = adverbs.sub("", text[start:end].rstrip(" ,"))
        if len(trimmed) == len(text[start:end].rstrip(" ,")):
            return start + len(trimmed)
        end = start + len(trimmed)


def _passed_on(text: str, start: int, end: int) -> tuple[int, int]:
    """The speaker's words before a speech verb that someone else passes on: "X was quoted (by
    the agency) as (saying)", "X is reported to have (said)", "the agency quoted X as (saying)"
    name X, as "X (said)" would."""
    words = text[start:end]
    passive = PASSED_ON.search(words)
    if passive:
        return start, start + passive.start()
    active = QUOTED_AS.search(words)
    if active:
        return start + active.start("who"), start + active.end("who")
    return start, end


# the phrase set off by a comma after "according to the club's doctor,": up to the next comma or the end
APPOSITIVE_AFTER = re.compile(r"\s*(?P<name>(?:[^,.]|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z])\.){2,60}?)(?:,\s*|\.?$)")


# "..., and police said": a conjunction that opens the clause of a speech verb
COORDINATED_OPENING = re.compile(r"\s*(?:and|but|while|whereas)\s+", re.IGNORECASE)
# "asked drivers heading north to wait", "urged residents to leave", "told them to stay indoors":
# a verb of asking with its listener and an infinitive is a request, not a report of the sentence
# ("asked Iranians if they wanted to be ..." still asks a question)
REQUEST_VERBS = frozenset({"ask", "asked", "asks", "asking", "urge", "urged", "urges", "urging",
                           "tell", "told", "tells", "telling", "order", "ordered", "orders", "ordering"})
TOLD_TO_DO = re.compile(
    r"(?:(?!(?:if|whether|that|what|who|how|when|why|where)\b)[\w'’-]+\s+){1,5}?to\s+(?!(?:the|a|an|his|her|its|their|our|this|that|these|those|them|him|us)\b)[a-z]+\b"
)


# verbs whose object is the one told, never the speaker: "..., told reporters in Kaduna"
HEARER_VERBS = frozenset({"told", "tells", "tell", "telling"})


def _reported_in(speakers, sentence, body, according, tails, verb_anywhere):
    """(speaker, verb, content start, content end) of the reported statement in one sentence."""
    base = sentence.start
    m = according.search(body)
    if m:
        # the source is the head phrase: "a US intelligence finding [released by ...]"
        head = SOURCE_END.search(m.group("who"))
        who_end = m.start("who") + (head.start() if head else len(m.group("who")))
        who = (base + m.start("who"), base + who_end)
        speaker = _speaker_phrase(speakers, *who, last=True, people_first=True)
        speaker = speaker or (body[m.start("who") : m.end("who")].strip(), *who)
        after = m.end()
        appos = APPOSITIVE_AFTER.match(body, m.end()) if m.group(0).rstrip().endswith(",") else None
        if appos:  # "according to the club's doctor, Dr. Ana Reis": the name is who the role is
            named = _role_then_name(speakers, None, *who, base + appos.start("name"), base + appos.end("name"))
            if named is not None:
                speaker, after = named, appos.end()
        if m.start() > 0:
            return speaker, "according to", base, base + m.start()
        return speaker, "according to", base + after, base + len(body)
    tail_verb, tail_inverted, tail_appositive = tails
    for pattern, inverted, longest in ((tail_verb, False, 8), (tail_inverted, True, 8), (tail_appositive, False, 14)):
        m = pattern.match(body)
        if inverted and m and m.group("verb").lower() in HEARER_VERBS:
            continue  # "..., told reporters in Kaduna": who was told, not who spoke
        if m and len(m.group("who").split()) <= longest and not COORDINATED.match(m.group("who")):
            who_start, who_end = base + m.start("who"), base + m.end("who")
            if not inverted:
                who_start, who_end = _passed_on(speakers.text, who_start, who_end)
            if RELATIVE.search(speakers.text[who_start:who_end]):
                continue
            if not inverted:
                who_end = _trim_auxiliaries(speakers.text, who_start, who_end)
            # "..., said the Egyptian news agency": the head noun or the person ends the phrase
            speaker = _speaker_phrase(speakers, who_start, who_end, last=True, people_first=inverted)
            if speaker and (inverted or _adjacent(speakers.text[speaker[2] : who_end])):
                return speaker, m.group("verb"), base + m.start("content"), base + m.end("content")
    for m in verb_anywhere.finditer(body):
        # "Jan Doe, who owns Kelso Lines, said ...": the clause describes the speaker before it
        described = RELATIVE_BEFORE_VERB.search(body[: m.start("verb")])
        subject_end = described.start() if described else m.start("verb")
        clause_start = max(body.rfind(",", 0, subject_end), body.rfind(";", 0, subject_end), -1) + 1
        if opener := COORDINATED_OPENING.match(body, clause_start, subject_end):
            clause_start = opener.end()  # "..., and police said ...": the conjunction is no part of who
        who_start, who_end = base + clause_start, base + subject_end
        if who_end - who_start < 2 or PASSIVE.search(body[: m.start("verb")]):
            continue
        who_start, who_end = _passed_on(speakers.text, who_start, who_end)
        who_end = _trim_auxiliaries(speakers.text, who_start, who_end)
        speaker = _speaker_phrase(speakers, who_start, who_end, last=True)
        # "Iran rejected the claims that": no speaker next to the verb, so no speech
        if speaker and _adjacent(speakers.text[speaker[2] : who_end]):
            after = body[m.end() :]
            if not m.group(0).rstrip().endswith("that") and (
                after[:1].isdigit() or NOT_A_CLAUSE.match(after)
            ):
                continue  # "Lawson added 16 points", "warned against ...": no statement follows
            if m.group("verb").lower() in REQUEST_VERBS and not m.group(0).rstrip().endswith("that") \
                    and TOLD_TO_DO.match(after):
                continue  # "police have asked drivers to wait": a request, not a report of the sentence
            return speaker, m.group("verb"), base + m.end(), base + len(body)
    return None
