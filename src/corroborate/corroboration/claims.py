"""Statements: the atomic, attributed assertions that claims are made of.

A sentence can carry several facts ("Hospitals switched to generators, and the government opened
shelters") and a speaker ("..., the regulator said"). Alignment across reports must compare the
facts, not the reporting frame, and discrepancy finding must know who says a thing, whether it is
denied, planned or merely possible. So each sentence is parsed once (spaCy dependency parse), its
reporting frame ("X said", "according to X", "officials believe") is separated from its content,
and coordinated clauses with their own subject become separate statements.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

import numpy

from ..analyze.lexicon import family_name, word_set
from ..analyze.quotes import FEMALE_WORDS, MALE_WORDS, QUANTIFIER_SPEAKERS, compatible, gender_of
from ..analyze.sentences import in_other_news, other_news_spans
from ..group.credits import find_credits
from ..model import AnalyzedDocument, Mention, Modality, Quantity, Sentence, Story, TimeExpression
from ..settings import AnalyzeSettings, CorroborationSettings, Settings

# Verbs that introduce what someone says, thinks or asserts; the class decides the modality.
SAYING_VERBS = frozenset(
    ["say", "tell", "add", "state", "announce", "report", "note", "explain", "warn", "emphasize", "emphasise", "stress", "insist", "cite", "write", "declare", "reiterate", "argue", "comment", "disclose", "reveal", "maintain", "describe", "caution", "testify", "inform", "recall"]
)
BELIEF_VERBS = frozenset(["believe", "suspect", "think", "assess", "estimate", "suggest", "indicate", "fear", "doubt", "conclude"])
ALLEGATION_VERBS = frozenset(["allege", "accuse", "claim", "charge"])
DENIAL_VERBS = frozenset(["deny", "reject", "dismiss", "refute", "rebut", "dispute"])
CONFIRMATION_VERBS = frozenset(["confirm", "acknowledge", "admit", "concede", "verify"])
# Verbs by which a report passes on what it found out: "The Post has learned that ...", "the BBC
# understands that ...". What follows is the content, as after "said"; the outlet is its source.
KNOWING_VERBS = frozenset(["learn", "understand"])
REPORTING_VERBS = SAYING_VERBS | BELIEF_VERBS | ALLEGATION_VERBS | DENIAL_VERBS | CONFIRMATION_VERBS | KNOWING_VERBS
# Verbs of a participle by which a speaker adds to the reported words (", calling it a precaution").
ASIDE_VERBS = SAYING_VERBS | DENIAL_VERBS | CONFIRMATION_VERBS | frozenset(["call"])
# Verbs that pass on someone else's words: "X was quoted as saying", "is reported to have said".
PASSING_ON_VERBS = frozenset(["quote", "cite", "report", "say"])
# Verbs whose infinitive complement has not happened yet ("is preparing to issue").
PLAN_VERBS = frozenset(["plan", "prepare", "intend", "expect", "aim", "schedule", "propose", "promise", "pledge", "vow", "threaten", "set", "slate"])
# Adjectives of a copula whose infinitive has not happened yet: "was due to start on Saturday".
PLAN_ADJECTIVES = frozenset(["due", "poised", "ready", "likely", "unlikely"])
FUTURE_AUX = frozenset(["will", "wo", "shall", "would", "'ll"])
POSSIBLE_AUX = frozenset(["could", "may", "might", "can"])
HEDGE_VERBS = frozenset(["appear", "seem"])
BACKGROUND_ADVERBS = frozenset(["previously", "formerly", "once"])
# Verbs that keep a state going: "classes will remain suspended" is still to come, but it plans
# no step: it says the suspension already made goes on.
LASTING_VERBS = frozenset(["remain", "stay"])
# Verbs that take their meaning from the noun they act on: "lodged an appeal" is to appeal, "opened
# an investigation" to investigate, "launched a review" to review.
LIGHT_VERBS = frozenset(["lodge", "file", "launch", "submit", "make", "mount", "issue", "bring", "hold", "conduct", "open", "begin", "start"])
# Verbs of deciding: what they are "on" is an act to be taken ("will decide on an appeal"), where
# "arraigned on charges" is not.
DECISION_VERBS = frozenset(["decide", "vote", "rule"])
NEGATORS = frozenset(["not", "n't", "never", "no", "nobody", "nothing", "none", "neither", "nor"])
SPEAKER_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i"])
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})

# Which modality a statement carries when several apply: the most marked one wins.
_MODALITY_RANK: dict[str, int] = {
    "denied": 7, "alleged": 6, "believed": 5, "possible": 4, "planned": 3, "reported": 2, "asserted": 1,
}

_QUOTE_SPAN = re.compile(r"[\"“”«»„]([^\"“”«»„]{3,}?)[\"“”«»„]")


@dataclass(slots=True)
class Statement:
    """One atomic assertion of one document, with its reporting frame and its anchors."""

    document: str
    sentence: int  # Sentence.index in its document
    sentence_start: int
    sentence_end: int
    sentence_text: str
    start: int  # the clause's span (equal to the sentence's unless the sentence was split)
    end: int
    text: str  # the clause as written: what a claim built on it says
    content: str  # the asserted content, without the reporting frame: what alignment compares
    position: float  # 0 at the top of its document, 1 at the end: ledes first
    sentence_content: str = ""  # the content of the whole sentence (before clauses were split)
    published: date | None = None
    attribution: str | None = None  # who says it, as written ("Jane Smith", "US officials")
    speaker_key: str | None = None  # a comparable identity for the speaker (entity id or name)
    speaker_is_person: bool = False
    # the speaker is named in the statement's own sentence, or is the "she" of "X declared ... She
    # said:" right after the sentence that named X (not a speaker from further back, nor a
    # quotation's speaker found elsewhere): only then do the sentences show who said it
    speaker_in_sentence: bool = False
    # the speaker spoke through a document: "a statement from the board said", "the company said
    # in a statement" (data/analyze/document_nouns.txt)
    via_document: bool = False
    modality: Modality = "asserted"
    negated: bool = False  # the content is denied or negated
    confirmed: bool = False  # the content is explicitly confirmed or acknowledged
    mixed_polarity: bool = False  # the sentence both denies and acknowledges (a sequence of events)
    tense: str = "other"  # "planned" (will, is preparing to), "done" (issued, has opened), "other"
    # the clause keeps a state going ("will remain suspended", "will stay closed"): no step to take
    lasting: bool = False
    theme: str | None = None  # what is acted on: "advisory" in "will issue a new advisory"
    # the common noun the clause is about, its subject active or passive: "school" in "schools stayed
    # open" and in "all schools were closed" (none where the verb has an object: "X opened the
    # scoring" acts on the scoring); what a state the clause tells is a state of
    holder: str | None = None
    # the nouns that name the theme's kind: "alert" in "raised the alert level"
    theme_modifiers: frozenset[str] = frozenset()
    # the acts a plan or a deed names, looking through the verb of planning: "appear" in "is
    # expected to appear", "issue" in "is preparing to issue"; a plan and a deed are one step
    # only when they name one act ("expected to be arraigned" is not "was charged")
    steps: frozenset[str] = frozenset()
    # acts named by nouns: "appeal" in "lodged an appeal" or "will decide on an appeal"
    step_nouns: frozenset[str] = frozenset()
    # what the clause says of its subject: the head verb's lemma ("postpone"), or what a copula
    # joins it to ("match" in "was no match for"); a denial must deny this of the other's fact
    predicate: str | None = None
    words: frozenset[str] = frozenset()
    # the lemmas of the content's verbs and adjectives: what it says happened or is so
    predicates: frozenset[str] = frozenset()
    # those of them said in a relative clause of a noun ("its forecast, which stays at ...") or in
    # a clause of reason ("because the wards are still open"): they describe the thing or give a
    # cause, and a denial of the clause's verb does not deny them
    described: frozenset[str] = frozenset()
    # each adjective that qualifies a noun, with that noun: ("toxic", "gas") in "no toxic gas had
    # leaked"; another report that names the noun names the thing, whatever kind it says it is
    epithets: frozenset[tuple[str, str]] = frozenset()
    # what the statement's whole sentence denies, in any clause: the lemmas of each negated verb
    # and its object ("never regained consciousness": regain, consciousness; "had no children":
    # have, child); a report that denies it too is no rival of a denial
    denials: frozenset[str] = frozenset()
    entities: frozenset[str] = frozenset()
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    places: list[PlaceSlot] = field(default_factory=list)
    # places named only to locate another ("in Kachia, 60 kilometres south of Kajuru"): lower case;
    # the statement does not say that anything happened there
    landmarks: frozenset[str] = frozenset()
    # what each figure (by its start offset) says happened to what it counts: "kill" in "killed 5
    # people", "injure" in "12 injured"; None when the parse says nothing
    figure_predicates: dict[int, str | None] = field(default_factory=dict)
    # the happening each date (by start offset) dates: "break out" in "broke out on Monday"; None
    # when it hangs on no verb or on a reporting verb ("said on Monday" dates the saying)
    time_events: dict[int, str | None] = field(default_factory=dict)
    # the dates (by start offset) that date the telling, not the told: "said on Tuesday"
    telling_times: frozenset[int] = frozenset()
    # the tense of the happening each date (by start offset) dates: "will begin on Wednesday,
    # Renner said" plans the beginning, though the sentence's own verb tells a saying done
    time_tenses: dict[int, str] = field(default_factory=dict)
    # who did what: each verb of the statement (lemma with its particle, "send off") whose subject
    # is a named person, with that person as (key, name as written)
    acts: dict[str, tuple[str, str]] = field(default_factory=dict)


    # the noun a figure describes (by start offset): "pilot" in "the 41-year-old pilot", "Horton"
    # in "Horton, 34,"; None when it describes no noun
    figure_holders: dict[int, str | None] = field(default_factory=dict)
    quotes: list[QuotedSpan] = field(default_factory=list)
    split: bool = False
    # the document's headline (its title, kept as its first line): it restates the opening
    # sentence, so alignment lets it share a claim with one body statement of its own report
    headline: bool = False


@dataclass(slots=True)
class PlaceSlot:
    """A place named in a statement and the slot it fills ("substation *in* X")."""

    key: str
    name: str
    preposition: str | None
    head: str | None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    kind: str | None = None  # "country", "region", "city", "water": what the geocoded place is
    # the verb whose object the head noun is: "present" in "presented at the congress in X", a slot
    # that "presented in Y" fills too
    verb: str | None = None


@dataclass(slots=True)
class QuotedSpan:
    """Words inside quotation marks: a verbatim claim whose wording can be compared."""

    document: str
    start: int
    end: int
    text: str
    normalized: str
    sentence_text: str
    speaker: str | None = None
    # a piece of a quotation that runs over several sentences, cut at the sentence's edge: it
    # names its speaker's words, but its wording is not the whole quotation's
    partial: bool = False


# Words that give a person's gender away: a report that calls one person both "Mr." and
# "spokeswoman" (or two reports that disagree) contradicts itself about who spoke.
MALE_CUES = MALE_WORDS
FEMALE_CUES = FEMALE_WORDS


@dataclass(slots=True)
class PersonCue:
    """How one mention of a person describes them: the words around the name and any gender cue."""

    key: str
    name: str
    document: str
    sentence_text: str
    phrase: str  # the name with its title as written ("Ms. Smith", "spokesman John Smith")
    gender: str | None  # "male", "female" or None
    context: frozenset[str]  # title and affiliation words ("national", "security", "council", ...)


@dataclass(slots=True)
class ParsedStory:
    statements: list[Statement]
    people: list[PersonCue]


def normalize_wording(text: str) -> str:
    """Lower case, words only: quotes are compared on words, not on typography."""
    return " ".join(re.findall(r"[\w']+", text.lower().replace("’", "'")))


# What statement extraction reads: tags, lemmas and the dependency parse (names come from the
# analysis stage's mentions, so NER stays off).
PARSER_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


def load_parser(settings: AnalyzeSettings):
    """The analysis stage's pipeline loader, with the parser on (loaded once per process)."""
    from ..analyze.nlp import load_pipeline

    return load_pipeline(replace(settings, spacy_components=PARSER_COMPONENTS))


def extract_statements(story: Story, documents: Sequence[AnalyzedDocument], settings: Settings) -> ParsedStory:
    """Every statement of every document of a story, in document order, and how people are named."""
    nlp = load_parser(settings.analyze)
    person_keys = _person_keys(documents)
    entity_coords = {e.id: (e.lat, e.lon, e.country, e.name) for e in story.entities}
    entity_types = {e.id: e.type for e in story.entities}
    gazetteer = _gazetteer_lookup(settings.analyze.gazetteer_min_population)
    statements: list[Statement] = []
    people: list[PersonCue] = []
    parsed = _parse(nlp, documents, settings)
    for analyzed, doc in zip(documents, parsed, strict=True):
        cues = _person_cues(analyzed, doc, person_keys)
        found = _document_statements(
            analyzed, doc, person_keys, entity_coords, settings.corroboration, gazetteer, _genders(cues), entity_types
        )
        if (agency := _agency_credited_in_text(analyzed)) is not None:
            for statement in found:
                if statement.attribution and RELAYING_AGENCY.fullmatch(statement.attribution.strip()):
                    statement.attribution = agency
        statements.extend(found)
        people.extend(cues)
    return ParsedStory(statements, people)


# "..., the agency said", "according to the news agency": in a report that credits one wire agency
# in its own words, that agency
RELAYING_AGENCY = re.compile(r"(?:the\s+)?(?:news\s+)?agency", re.IGNORECASE)


def _agency_credited_in_text(analyzed: AnalyzedDocument) -> str | None:
    """The one wire agency a report credits in its own words ("..., Belga reported"): a rewrite
    that goes on to say "the agency said" means it. Not a dateline's agency, in the text or set
    aside: a wire story (or its copy) tells of other agencies ("the volcanology agency said") and
    never calls itself "the agency"."""
    agencies = {credit.agency for credit in find_credits(analyzed.text) if credit.how != "dateline"}
    return agencies.pop() if len(agencies) == 1 else None


_PARSES: OrderedDict[tuple, object] = OrderedDict()
_PARSES_LOCK = threading.Lock()


def _parse(nlp, documents: Sequence[AnalyzedDocument], settings: Settings) -> list:
    """Parsed documents, from a bounded cache: a story that grows (a feed, the service) is
    corroborated again with every new report, and its older reports need no second parse."""
    # the id is a content hash, but callers may build documents by hand: the text is in the key too
    keys = [(d.id, hash(d.text), hash(tuple(s.start for s in d.sentences))) for d in documents]
    with _PARSES_LOCK:
        cached = {key: _PARSES[key] for key in keys if key in _PARSES}
    missing = [(key, d) for key, d in zip(keys, documents, strict=True) if key not in cached]
    if missing:
        fresh = nlp.pipe((_with_sentence_starts(nlp, d) for _, d in missing), batch_size=settings.analyze.batch_size)
        for (key, _), doc in zip(missing, fresh, strict=True):
            doc.tensor = numpy.zeros((0,), dtype="float32")  # token vectors are not read again: free them
            cached[key] = doc
        with _PARSES_LOCK:
            for key, _ in missing:
                _PARSES[key] = cached[key]
            while len(_PARSES) > settings.corroboration.parse_cache_size:
                _PARSES.popitem(last=False)
    return [cached[key] for key in keys]


def _counted_happening(tokens) -> bool:
    """A sentence of three words that counts what befell people ("Four were killed.", "Two died."):
    short, but a figure and its verb, not a fragment of page furniture."""
    return len(tokens) <= 4 and any(t.like_num for t in tokens) and any(t.pos_ == "VERB" for t in tokens)


def _figure_predicate(doc, quantity: Quantity) -> str | None:
    """The verb or adjective that says what the counted things did or underwent."""
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    if token.dep_ in ("nummod", "quantmod", "compound", "amod", "npadvmod", "nmod") and token.head.i != token.i:
        token = token.head  # the counted noun
    if token.lemma_.lower() == "vote" and token.dep_ == "pobj" and token.head.lower_ == "by":
        # "approved by 81 votes to 62", "gave it their confidence by 79 votes": a tally of one vote,
        # whatever verb tells its outcome
        return "vote"
    for child in token.children:  # "12 injured people", "five dead"
        if child.dep_ == "amod" and child.tag_ in ("VBN", "VBG", "JJ") and child.lemma_.lower() in PREDICATE_ADJECTIVES:
            return child.lemma_.lower()
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") or (token.pos_ == "ADJ" and token.dep_ in ("acomp", "ROOT", "conj")):
            if quantity.kind == "duration" and (purpose := _purpose(token)) is not None:
                return _with_particle(purpose)
            return token.lemma_.lower()
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _purpose(verb):
    """The verb of an infinitive of purpose after a time spent: "took five hours to put it out",
    "battled for nine hours to put out the fire": the hours are how long putting it out took."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "advcl") and child.pos_ == "VERB" and any(
            g.dep_ == "aux" and g.lower_ == "to" and g.i < child.i for g in child.children
        ):
            return child
    return None


def _with_particle(verb) -> str:
    """A verb's lemma with its particle: "put out", "send off"."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()} {particle}" if particle else verb.lemma_.lower()


def _figure_holder(doc, quantity: Quantity) -> str | None:
    """The noun a figure describes: "pilot" in "the 41-year-old pilot", "Buckley" in "31-year-old
    Robert Buckley", "Horton" in "Horton, 34,": whose age or figure it is."""
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    for _ in range(4):
        if token.head.i == token.i or token.dep_ not in HOLDER_DEPENDENCIES:
            return None
        token = token.head
        if token.pos_ in ("NOUN", "PROPN") and not span.start <= token.i < span.end:
            return token.lemma_.lower()
    return None


# How a figure hangs on the noun it describes: "12 people", "a 41-year-old pilot", "Horton, 34".
HOLDER_DEPENDENCIES = frozenset(["nummod", "amod", "npadvmod", "compound", "quantmod", "nmod", "appos"])


def _time_event(doc, time: TimeExpression) -> str | None:
    """The verb, with its particle, whose happening a date places in time: "break out" in "broke
    out late on Sunday"; none for a reporting verb or a date that hangs on a noun."""
    verb = _dated_verb(doc, time)
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    if lemma in REPORTING_VERBS:
        return None
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    if particle is None:
        # "came ashore", "ran aground": an adverb of where to completes the verb as a particle does;
        # "made landfall", "took place": a light verb's bare object names the happening
        particle = next((c.lower_ for c in verb.children if c.dep_ == "advmod" and c.lower_ in DIRECTION_ADVERBS), None)
    if particle is None and lemma in EVENT_LIGHT_VERBS:
        particle = next((c.lemma_.lower() for c in verb.children
                         if c.dep_ == "dobj" and not any(d.dep_ in ("det", "poss", "nummod") for d in c.children)), None)
    if particle is None and lemma in CHANGE_OF_STATE_VERBS:
        # "became president in 2002", "became the first physician ... in 1995": what one became
        # is the happening, as the object of a light verb is
        particle = next((c.lemma_.lower() for c in verb.children if c.dep_ in ("attr", "acomp", "oprd")), None)
    return f"{lemma} {particle}" if particle else lemma


# Adverbs of where to that complete a verb of movement as a particle does ("came ashore").
DIRECTION_ADVERBS = frozenset(["ashore", "aground", "inland", "overboard", "abroad"])
# Light verbs whose bare object names the happening ("made landfall", "took place").
EVENT_LIGHT_VERBS = frozenset(["make", "take"])
# Verbs whose complement names the happening ("became president", "turned professional").
CHANGE_OF_STATE_VERBS = frozenset(["become", "turn"])


def _acts(tokens, mentions, person_keys, genders) -> dict[str, tuple[str, str]]:
    """The named person who is the subject of each verb ("Ferrie was sent off", "Orr equalised"),
    by the verb's lemma and particle; a verb done by two people in the statement says nothing."""
    found: dict[str, set[tuple[str, str]]] = {}
    for verb in tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() in REPORTING_VERBS:
            continue
        subject = _subject_tokens(verb)
        if not subject or _pronoun(subject) is not None:
            continue
        person = _speaker(subject, mentions, person_keys, genders)
        if person is None or not person.is_person or not person.key:
            continue
        found.setdefault(_with_particle(verb), set()).add((person.key, person.name))
    return {lemma: next(iter(people)) for lemma, people in found.items() if len({key for key, _ in people}) == 1}


def _date_tense(doc, time: TimeExpression, head, tense: str) -> str:
    """The tense of the verb a date hangs on; the statement's own when that verb is its head or
    the date hangs on none."""
    verb = _dated_verb(doc, time)
    return tense if verb is None or verb.i == head.i else _tense(verb)


def _dates_telling(doc, time: TimeExpression) -> bool:
    """Whether a date dates the telling ("officials said on Tuesday", "Lusa reported on Tuesday"):
    when something was said is no date of what was said."""
    verb = _dated_verb(doc, time)
    if verb is None or verb.lemma_.lower() not in REPORTING_VERBS:
        verb = _verb_of_dated_document(doc, time)
    if verb is None or verb.lemma_.lower() not in REPORTING_VERBS:
        return False
    # "the goalkeeper will be assessed on Monday": a verb of telling in the passive, with a thing or
    # a person as its subject and no words reported, is done to that subject, not said
    acted_upon = any(c.dep_ == "nsubjpass" and c.lower_ not in ("it", "this") for c in verb.children)
    return not (acted_upon and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children))


def _verb_of_dated_document(doc, time: TimeExpression):
    """The verb a date reaches through the document it dates: "said in a statement on Sunday" dates
    the statement, and so the saying (data/analyze/document_nouns.txt), one step further than
    _dated_verb walks."""
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None:
        return None
    prep = span.root.head
    noun = prep.head
    if prep.dep_ != "prep" or noun.dep_ != "pobj" or noun.lemma_.lower() not in word_set("document_nouns.txt"):
        return None
    verb = noun.head.head
    return verb if noun.head.dep_ == "prep" and verb.pos_ == "VERB" else None


def _dated_verb(doc, time: TimeExpression):
    """The verb a date hangs on (through a preposition or a noun at most), if any."""
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    for _ in range(3):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ == "VERB":
            return token
        if token.pos_ not in ("ADP", "NOUN", "PROPN"):
            return None
    return None


# Verbs that give a figure as the value of their subject: "cases rose to 468", "deaths reach 14".
FIGURE_VERBS = frozenset(["reach", "rise", "climb", "increase", "grow", "jump", "fall", "drop", "decline", "stand", "hit", "top", "total", "exceed", "surpass"])
# Subjects that are a figure of something: "the number of cases", "the death toll".
FIGURE_NOUNS = frozenset(["number", "total", "tally", "count", "toll"])


def _with_subject_noun(doc, quantity: Quantity) -> Quantity:
    """A bare count that is the value its sentence gives a subject counts that subject: "Cholera
    cases in Angoche rise to 468" counts cases, "the number of suspected cases rose to 468" too,
    and "the death toll reached 11" deaths; unnamed, it would meet any other unnamed count."""
    if quantity.kind != "count" or quantity.unit:
        return quantity
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None:
        return quantity
    token = span.root
    if token.dep_ == "pobj" and token.head.lower_ in ("to", "at") and token.head.head.i != token.head.i:
        verb = token.head.head
    elif token.dep_ == "dobj":
        verb = token.head
    else:
        return quantity
    if verb.lemma_.lower() not in FIGURE_VERBS:
        return quantity
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if subject is not None and subject.lemma_.lower() in FIGURE_NOUNS:
        # "the death toll of the fire": a toll counts what its compound names, a number what follows "of"
        compound = next((c for c in subject.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
        of = next((c for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children if c.dep_ == "pobj"), None)
        counted = compound if subject.lemma_.lower() == "toll" else of
        subject = counted if counted is not None and counted.pos_ == "NOUN" else None
    if subject is None:
        return quantity
    return replace(quantity, unit=subject.lemma_.lower())


# Participles and adjectives that, in front of a counted noun, say what happened to it.
PREDICATE_ADJECTIVES = frozenset(["injured", "wounded", "dead", "killed", "missing", "arrested", "detained", "displaced", "evacuated", "rescued",
                                  "trapped", "stranded"])


def _gazetteer_lookup(min_population: int):
    """The analysis stage's gazetteer (loaded once): is a name a known place, is it a country."""
    from ..analyze.places import load_gazetteer

    return load_gazetteer(min_population)


def _with_sentence_starts(nlp, analyzed: AnalyzedDocument):
    """A tokenised document whose sentences are the analysis stage's, so that the parser (which
    respects preset boundaries) never attaches a headline word to the lede below it."""
    from spacy.attrs import IDX, SENT_START

    doc = nlp.make_doc(analyzed.text)
    if len(doc) < 2:
        return doc
    # set as one array: Token.is_sent_start checks the whole document on every assignment
    offsets = doc.to_array(IDX)
    at_start = numpy.isin(offsets, numpy.fromiter((s.start for s in analyzed.sentences), dtype=offsets.dtype))
    sent_starts = doc.to_array(SENT_START)
    sent_starts[1:] = numpy.where(at_start[1:], 1, -1)
    doc.from_array([SENT_START], sent_starts.reshape(-1, 1).astype(numpy.uint64))
    return doc


def _person_cues(analyzed: AnalyzedDocument, doc, person_keys) -> list[PersonCue]:
    sentences = {s.index: s for s in analyzed.sentences}
    out = []
    for mention in analyzed.mentions:
        if mention.type != "PERSON":
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        phrase_tokens = set(root.subtree)
        if root.dep_ == "appos":  # "The spokeswoman of the city council, Mr. Lee"
            phrase_tokens |= {t for t in root.head.subtree if t.i < root.i or t in phrase_tokens}
        if span.start > 0:
            phrase_tokens.add(doc[span.start - 1])
        name_tokens = set(span)
        cues: dict[str, object] = {}  # gender -> the nearest word that gives it
        for token in sorted(phrase_tokens, key=lambda t: abs(t.i - span.start)):
            word = token.lower_
            if word in MALE_CUES or word in FEMALE_CUES:
                cues.setdefault("male" if word in MALE_CUES else "female", token)
        if mention.title and mention.title.lower() in MALE_CUES | FEMALE_CUES and not cues:
            cues["male" if mention.title.lower() in MALE_CUES else "female"] = None
        context = frozenset(
            t.lemma_.lower() for t in phrase_tokens
            if t not in name_tokens and t.is_alpha and not t.is_stop and t.lower_ not in MALE_CUES | FEMALE_CUES
        )
        key = person_key(mention.text, person_keys)
        sentence = sentences.get(mention.sentence)
        if key is None or sentence is None:
            continue
        for gender, cue_token in (cues or {None: None}).items():
            phrase = mention.text
            if cue_token is not None and cue_token not in name_tokens:
                lo = min(cue_token.idx, mention.start)
                hi = max(cue_token.idx + len(cue_token.text), mention.end)
                phrase = analyzed.text[lo:hi] if hi - lo <= 60 else f"{cue_token.text} {mention.text}"
            elif mention.title and gender:
                phrase = f"{mention.title} {mention.text}"
            out.append(PersonCue(key, mention.text, analyzed.id, sentence.text, phrase, gender, context))
    return out


def _genders(cues: list[PersonCue]) -> dict[str, str]:
    """Each person's gender where the document gives one and only one ("spokeswoman Jane Roe")."""
    found: dict[str, set[str]] = {}
    for cue in cues:
        if cue.gender:
            found.setdefault(cue.key, set()).add(cue.gender)
    return {key: genders.pop() for key, genders in found.items() if len(genders) == 1}


def _person_keys(documents: Sequence[AnalyzedDocument]) -> dict[str, str]:
    """A key per person name that joins "Jane Smith", "Smith" and "Ms. Smith" within a story.

    The resolved entity id is used when the analysis set one; otherwise the surname, unless two
    different full names share it.
    """
    full_names: dict[str, set[tuple[str, str]]] = {}
    for analyzed in documents:
        for mention in analyzed.mentions:
            if mention.type == "PERSON":
                tokens = _name_tokens(mention.text)
                if tokens:
                    surname = _family_token(mention.text, tokens)
                    given = "" if len(tokens) == 1 else tokens[1] if surname == tokens[0] else tokens[0]
                    full_names.setdefault(surname, set()).add((" ".join(tokens), given))
    keys: dict[str, str] = {}
    for surname, names in full_names.items():
        firsts = {given for _, given in names if given}
        for name, _ in names:
            keys[name] = f"person:{surname}" if len(firsts) <= 1 else f"person:{name}"
    return keys


def _family_token(text: str, tokens: list[str]) -> str:
    """Which of a name's lower-cased tokens is the surname: the last, or the first of a
    surname-first name ("Chou Ming-hsien")."""
    return tokens[0] if len(tokens) == 2 and family_name(_HONORIFIC.sub("", text.strip())).lower() == tokens[0] else tokens[-1]


_HONORIFIC = re.compile(r"^(mr|mrs|ms|miss|dr|sir|dame|lord|lady|prof|gen|col|capt|sen|rep|gov)\.?\s+", re.I)


def _name_tokens(text: str) -> list[str]:
    text = _HONORIFIC.sub("", text.strip())
    return [t for t in re.findall(r"[\w'-]+", text.lower()) if t not in {"the"}]


def person_key(text: str, person_keys: dict[str, str]) -> str | None:
    tokens = _name_tokens(text)
    if not tokens:
        return None
    name = " ".join(tokens)
    return person_keys.get(name) or f"person:{_family_token(text, tokens)}"


@dataclass(slots=True)
class _Speaker:
    """Who a sentence's reporting frame names: as written, a comparable key, whether a person,
    and the person's gender where a title gives it away."""

    name: str
    key: str | None
    is_person: bool
    gender: str | None = None
    sentence: int = -1


def _bare_quotation(text: str) -> bool:
    """A sentence that is one quotation and nothing else: '"We were the better side."'."""
    text = text.strip()
    return len(text) > 2 and text[0] in "\"“" and text[-1] in "\"”" and not any(mark in text[1:-1] for mark in "\"“”")


def _inside_quotation(sentence, quotes) -> str | None:
    """The speaker of a quotation that opened in an earlier sentence and holds the whole of this
    one ('... Haddad said. "Bashir was born here. Every keeper knew him."'): the words of its
    second sentence are the speaker's as much as those of its first. Only a sentence with no
    words outside the quotation: one that frames itself ("The Argentine said") names its own."""
    for quote in quotes:
        if quote.kind != "reported" and quote.speaker and quote.start < sentence.start <= sentence.end <= quote.end + 2:
            return quote.speaker
    return None


def _document_statements(
    analyzed: AnalyzedDocument, doc, person_keys, entity_coords, settings: CorroborationSettings, gazetteer,
    genders: dict[str, str], entity_types: dict[str, str] | None = None,
) -> list[Statement]:
    text = analyzed.text
    published = analyzed.document.published
    total = max(1, len(analyzed.sentences) - 1)
    mentions_by_sentence: dict[int, list[Mention]] = {}
    for mention in analyzed.mentions:
        mentions_by_sentence.setdefault(mention.sentence, []).append(_as_the_story_names_it(mention, entity_types or {}))
    misread_people = _places_named_like_people(analyzed.mentions, entity_coords)
    quote_speakers = [(q.start, q.speaker, q.kind) for q in analyzed.quotes if q.speaker]
    tokens_all = [t for t in doc if not t.is_space]
    out: list[Statement] = []
    seen: set[str] = set()
    min_words = settings.min_statement_words
    last_speaker: _Speaker | None = None  # who spoke in the last sentence that named a speaker
    quoted = [(q.start, q.end) for q in analyzed.quotes if q.kind != "reported"]
    named_people: list[tuple[int, str | None, str | None]] = []  # (sentence, key, gender) of each person named
    headline_index = _headline_sentence(analyzed)
    other_news = other_news_spans(analyzed.text, analyzed.sentences)
    cursor = 0
    for sentence in analyzed.sentences:
        while cursor < len(tokens_all) and tokens_all[cursor].idx < sentence.start:
            cursor += 1
        end_cursor = cursor
        while end_cursor < len(tokens_all) and tokens_all[end_cursor].idx < sentence.end:
            end_cursor += 1
        tokens = tokens_all[cursor:end_cursor]
        cursor = end_cursor
        if not tokens or (sentence.index in (0, headline_index) and _outlets_own_heading(analyzed, sentence, tokens, headline_index)):
            continue
        if in_other_news(sentence, other_news):
            continue  # "In other news tonight, ...", "Now the rest of today's news.": other stories
        if _outlet_about_itself(analyzed, tokens):
            continue  # "The Chancery Brief is written for people who work in foreign affairs."
        mentions = mentions_by_sentence.get(sentence.index, [])
        frame = _reporting_frame(tokens)
        pronoun = _pronoun(frame.speaker)
        speaking = [_as_person(m) if m.type == "PLACE" and m.text in misread_people else m for m in mentions]
        if pronoun is None and _described_person(frame.speaker, speaking):
            pronoun = "person"  # "the Argentine said": whom "he" or "she" would be, of either gender
        if pronoun is None:
            found = _speaker(frame.speaker, speaking, person_keys, genders)
        else:
            found = _pronoun_speaker(pronoun, frame, speaking, person_keys, genders, last_speaker, sentence.index,
                                     settings.pronoun_speaker_max_gap, named_people)
            if found is None and pronoun == "person":
                pronoun = None  # nobody to stand for: the description as written, as before
                found = _speaker(frame.speaker, speaking, person_keys, genders)
        continued = False  # the sentence only carries on a quotation opened before it
        if found is None and pronoun not in ("he", "she"):
            # the analysis stage's quote speaker (a "he" left open above stays open: no guessing)
            for q_start, q_speaker, q_kind in quote_speakers:
                if q_kind == "reported" and _object_of_verb(tokens, q_start):
                    continue  # "X conceded defeat on Monday": X did something, said nothing
                if sentence.start <= q_start < sentence.end:
                    key = person_key(q_speaker, person_keys)
                    # with the gender the story gives the person, so a later "she" is not a spokesman
                    found = _Speaker(q_speaker, key, True, genders.get(key or ""))
                    break
            else:
                if pronoun is None and not frame.verbs and (held := _inside_quotation(sentence, analyzed.quotes)) is not None:
                    key = person_key(held, person_keys)
                    found = _Speaker(held, key, True, genders.get(key or ""))
                    continued = True
        if found is not None and not found.is_person and found.name.lower() in word_set("titles.txt"):
            # "'...,' the coach said": the analysis stage found whom the report gave that title
            for q_start, q_speaker, q_kind in quote_speakers:
                if (q_kind != "reported" or _title_then_name(sentence.text, found.name, q_speaker)) \
                        and sentence.start <= q_start < sentence.end:
                    key = person_key(q_speaker, person_keys)
                    found = _Speaker(q_speaker, key, True, genders.get(key or ""))
                    break
            else:
                # "The collector said ...": the one person the report named with that title before
                holder = _titled_holder(found.name, analyzed.text, [
                    m for k in range(sentence.index) for m in mentions_by_sentence.get(k, []) if m.type == "PERSON"])
                if holder is not None:
                    key = person_key(holder, person_keys)
                    found = _Speaker(holder, key, True, genders.get(key or ""))
        named_people.extend(_people_named(speaking, text, quoted, person_keys, genders, sentence.index))
        previous = last_speaker
        if found is not None and continued:
            found.sentence = sentence.index  # the quotation's speaker spoke last already, as first named
        elif found is not None:
            found.sentence = sentence.index
            last_speaker = found
        elif (actor := _person_subject(tokens, speaking, person_keys, genders)) is not None:
            # "Governor Jane Roe declared an emergency. '...,' she said.": the person the sentence
            # is about is whom a "she" in the next one most likely means, not an earlier speaker
            actor.sentence = sentence.index
            last_speaker = actor
        attribution = found.name if found else None
        speaker_key = found.key if found else None
        is_person = found.is_person if found else False
        speaker_in_sentence = found is not None and (
            found.name in sentence.text
            or (pronoun is not None and previous is not None and found.key == previous.key
                and sentence.index - previous.sentence <= 1)
            # '"..., " Mayor X said. "...."': a quotation that goes on in the next sentence, with no
            # frame of its own, is X's as surely as the first
            or (not frame.verbs and _bare_quotation(sentence.text) and previous is not None and found.key == previous.key
                and sentence.index - previous.sentence == 1)
            or _named_after_quotation(analyzed, sentence, found.name)
        )
        via_document = found is not None and _via_document(frame)
        if HAND_OVER.match(sentence.text.strip()):
            continue  # the programme's turn to its reporter, who is whom the next "He says" means
        quotes = _quoted_spans(analyzed.id, sentence.text, sentence.start, attribution)
        in_body = sentence.index != headline_index
        clauses = _clauses(frame.content_head, in_body) if frame.content_head is not None else []
        if frame.more_heads:  # a clause hung on a credit inside the content is a clause of its own
            hung = set().union(*(set(extra.subtree) for extra in frame.more_heads))
            clauses = [[t for t in clause if t not in hung] for clause in clauses]
        for extra in frame.more_heads:
            clauses.extend(_clauses(extra, in_body))
        if len(clauses) > 1 and any(q.start <= frame.content_head.idx < q.end for q in quotes):
            clauses = [sorted(frame.content_head.subtree, key=lambda t: t.i)]  # a quotation stays whole
        if frame.after_credit and clauses:
            clauses = _with_content_after_credit(clauses, frame)
        if not clauses:
            clauses = [[t for t in tokens if t not in frame.frame_tokens]]
        split = len(clauses) > 1
        denials = _denied_words(tokens)
        whole_content = _content_text(text, [t for c in clauses for t in c], frame, sentence)
        for clause_tokens in clauses:
            clause_tokens = [
                t for t in clause_tokens if sentence.start <= t.idx < sentence.end and t not in frame.frame_tokens
            ]
            content_tokens = [t for t in clause_tokens if not t.is_punct]
            while content_tokens and content_tokens[0].dep_ in ("mark", "cc"):  # "that ...", "but ..."
                content_tokens = content_tokens[1:]
            while content_tokens and content_tokens[-1].dep_ in ("mark", "cc", "preconj"):  # "... but"
                content_tokens = content_tokens[:-1]
            counted = _counted_happening(content_tokens)
            if not content_tokens or (sum(not t.is_punct for t in tokens) < 4 and not counted):
                continue
            words = frozenset(
                t.lemma_.lower() for t in content_tokens if (t.is_alpha or t.like_num) and not t.is_stop and t.pos_ in CONTENT_POS
            )
            if len(words) < min_words and not counted and not _denies_a_thing(content_tokens):
                continue
            c_start = content_tokens[0].idx
            c_end = _past_closing_bracket(text, c_start, content_tokens[-1].idx + len(content_tokens[-1].text))
            if split:
                start, end = c_start, c_end
            else:
                start, end = sentence.start, sentence.end
            content = text[c_start:c_end]
            key = normalize_wording(content)
            head = _clause_head(clause_tokens, frame.content_head)
            planned_in_headline = sentence.index == headline_index and (infinitive := _headline_infinitive(head)) is not None
            if planned_in_headline:
                head = infinitive
            if frame.verbs and head.i == frame.content_head.i and _indirect_question(head, _withheld(frame)):
                continue  # "did not say which supplier made the part" tells nothing of the supplier
            if key in seen:  # a repeated headline or pull quote says nothing new
                continue
            seen.add(key)
            # "did not say how many, but a filing lists 400": a clause of its own beside the frame
            # is the writer's, and the frame's "not" or "denied" does not reach it
            coordinated = any(head in extra.subtree for extra in frame.more_heads)
            negated, confirmed = _polarity(head, replace(frame, verbs=[]) if coordinated else frame)
            tense = "planned" if planned_in_headline else _tense(head)
            contrasted = _contrasted(head)
            entities, places, landmarks = _anchors(mentions, c_start, c_end, person_keys, entity_coords, doc, gazetteer,
                                                   _source_happenings(frame))
            out.append(
                Statement(
                    document=analyzed.id,
                    sentence=sentence.index,
                    sentence_start=sentence.start,
                    sentence_end=sentence.end,
                    sentence_text=sentence.text,
                    start=start,
                    end=end,
                    text=text[start:end] if split else sentence.text,
                    content=content,
                    sentence_content=whole_content or content,
                    position=sentence.index / total,
                    published=published,
                    attribution=attribution,
                    speaker_key=speaker_key,
                    speaker_is_person=is_person,
                    speaker_in_sentence=speaker_in_sentence,
                    via_document=via_document,
                    modality=_modality(head, frame, clause_tokens),
                    negated=negated,
                    confirmed=confirmed,
                    mixed_polarity=frame.mixed_polarity or _denied_until(head),
                    tense=tense,
                    lasting=_lasting(head),
                    landmarks=landmarks,
                    theme=_theme(head),
                    holder=_holder(head),
                    theme_modifiers=_theme_modifiers(head),
                    steps=frozenset(verb.lemma_.lower() for verb in _step_verbs(head)),
                    step_nouns=_step_nouns(head),
                    predicate=_predicate(head),
                    words=words,
                    predicates=frozenset(
                        t.lemma_.lower() for t in content_tokens
                        if t.pos_ in ("VERB", "ADJ") and t.lemma_.lower() in words and t not in contrasted
                        and not _refusal(t)  # "declined to sign": a polarity, as "not" is
                    ),
                    described=frozenset(
                        t.lemma_.lower() for t in content_tokens
                        if t.pos_ in ("VERB", "ADJ") and t is not head
                        and any(a is not head and a in clause_tokens and (a.dep_ == "relcl" or _reason_clause(a))
                                for a in (t, *t.ancestors))
                    ),
                    epithets=frozenset(
                        (t.lemma_.lower(), t.head.lemma_.lower()) for t in content_tokens
                        if t.dep_ == "amod" and t.pos_ == "ADJ" and t.head.pos_ == "NOUN"
                    ),
                    denials=denials,
                    entities=entities,
                    quantities=[_with_subject_noun(doc, q) for q in analyzed.quantities if start <= q.start < end],
                    figure_predicates={
                        q.start: _figure_predicate(doc, q) for q in analyzed.quantities if start <= q.start < end
                    },
                    figure_holders={
                        q.start: _figure_holder(doc, q) for q in analyzed.quantities if start <= q.start < end
                    },
                    times=[t for t in analyzed.times if start <= t.start < end],
                    time_events={t.start: _time_event(doc, t) for t in analyzed.times if start <= t.start < end},
                    telling_times=frozenset(t.start for t in analyzed.times if start <= t.start < end and _dates_telling(doc, t)),
                    time_tenses={t.start: _date_tense(doc, t, head, tense) for t in analyzed.times if start <= t.start < end},
                    acts=_acts(content_tokens, speaking, person_keys, genders),
                    places=places,
                    quotes=[q for q in quotes if start <= q.start < end] if split else quotes,
                    split=split,
                    headline=sentence.index == headline_index,
                )
            )
    return out


_SENTENCE_END = (".", "!", "?", ";", ":", ",", "…", '"', "”", "’")


_REASON_MARKS = frozenset({"because", "since", "although", "though"})


def _reason_clause(token) -> bool:
    """An adverbial clause that gives a reason or a concession ("because the wards are open",
    "although the board asked"): it says why, not what happened."""
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _REASON_MARKS for c in token.children)




def _outlets_own_heading(analyzed: AnalyzedDocument, sentence, tokens, headline_index: int | None) -> bool:
    """Whether the headline, or a first line that stands alone, is the outlet's own heading: its
    name (with a frequency or "FM"), then a dash, colon or bar and the programme or section, or
    nothing, with no stop and no verb ("Radio X 93.5 FM - evening news", "Valley Post | Business").
    It names the messenger, not the news; "Radio X: ferry runs aground" is news, and "Radio X
    reported that ..." a sentence."""
    outlet = (analyzed.document.outlet or "").strip()
    text = sentence.text.strip()
    if len(outlet) < 3 or not text.lower().startswith(outlet.lower()) or text.endswith(_SENTENCE_END):
        return False
    if not re.match(r"[\s\d.]*(?:[A-Z]{2,3}\b)?\s*(?:[-–—:|]|$)", text[len(outlet):]):
        return False
    after = sentence.start + (len(sentence.text) - len(sentence.text.lstrip())) + len(outlet)
    if any(t.pos_ in ("VERB", "AUX") and t.idx >= after for t in tokens):
        return False
    return sentence.index == headline_index or analyzed.text[sentence.end : sentence.end + 2].startswith("\n") \
        or sentence.end >= len(analyzed.text.rstrip())


# a programme's hand-over to its reporter, "Our reporter Yousef Nasser has been in Jubeiha all
# afternoon.": no news, but the person a following "He says ..." means, so it is read for the
# speakers and left out of the claims (ingest removes the plain "Our Europe correspondent, Ana
# Ruiz, is in Brussels.", after which no "he" refers to the reporter)
HAND_OVER = re.compile(
    r"^our\s+(?:[\w'’-]+\s+){0,3}(?:correspondent|reporter|editor)(?:\s*,)?\s+(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*"
    r"(?:\s*,)?\s+(?:is|has\s+been|was)\s+(?:in|at|with|outside)\s+(?:[\w'’.-]+\s+){0,4}[\w'’-]+[.!]?$",
    re.IGNORECASE,
)


def _outlet_about_itself(analyzed: AnalyzedDocument, tokens) -> bool:
    """Whether the sentence tells what the report's own outlet is or does ("Heartland Justice Watch
    tracks police use of force", "Wildlife Matters has written to the park"): the messenger, which
    no other report tells of. What the outlet says, learned or understands ("Radio X has learned
    that ...") is its news, and stays; "written for", "written to the park" say nothing."""
    outlet = _without_article((analyzed.document.outlet or "").strip().lower())
    if len(outlet) < 3:
        return False
    for root in (t for t in tokens if t.dep_ == "ROOT"):
        if root.lemma_.lower() in REPORTING_VERBS and any(c.dep_ in ("ccomp", "xcomp") for c in root.children):
            return False
        for subject in (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")):
            words = sorted(subject.subtree, key=lambda t: t.i)
            # "Harbour FM: island ferry runs aground": the outlet's label before a headline
            labelled = any(t.text in (":", "-", "–", "—", "|") for t in subject.doc[words[-1].i + 1 : root.i])
            if not labelled and _without_article(" ".join(t.text for t in words).lower()) == outlet:
                return True
    return False


def _without_article(name: str) -> str:
    return name[4:] if name.startswith("the ") else name


def _headline_sentence(analyzed: AnalyzedDocument) -> int | None:
    """The index of the sentence that is the report's headline, if it has one: ingest keeps the
    headline as the first paragraph and as the title; a first line that differs from a title taken
    from the page's metadata is still the headline when it stands alone and ends without a stop."""
    title = analyzed.document.title
    if not title or len(analyzed.sentences) < 2:
        return None
    first = analyzed.sentences[0]
    if normalize_wording(first.text) == normalize_wording(title):
        return first.index
    stands_alone = analyzed.text[first.end : first.end + 2].startswith("\n")
    if stands_alone and not first.text.rstrip().endswith(_SENTENCE_END):
        return first.index
    return None


@dataclass(slots=True)
class _Frame:
    content_head: object | None  # the token heading the asserted content
    speaker: list  # tokens naming who says it
    verbs: list  # the reporting verbs, outermost first
    frame_tokens: set
    mixed_polarity: bool = False
    more_heads: list = field(default_factory=list)  # further clauses under the same frame
    # the subject of every reporting verb of the sentence: "Mayor X said ... "...," he said"
    # names X in the sentence itself, whichever verb the parse made the frame's
    subjects: list = field(default_factory=list)
    # what the parser hung on a credit set after the content, which goes on telling the content:
    # "two were killed, police said, after a car hit a shelter"
    after_credit: list = field(default_factory=list)


def _sentence_root(tokens):
    members = set(tokens)
    roots = [t for t in tokens if t.head.i == t.i or t.head not in members]
    for root in roots:
        if root.pos_ in ("VERB", "AUX"):
            return root
    return roots[0] if roots else tokens[0]


def _content_text(text: str, tokens, frame: _Frame, sentence) -> str:
    kept = sorted((t for t in tokens if t not in frame.frame_tokens and not t.is_punct and sentence.start <= t.idx < sentence.end),
                  key=lambda t: t.i)
    if not kept:
        return ""
    return text[kept[0].idx : kept[-1].idx + len(kept[-1].text)]


def _with_content_after_credit(clauses: list[list], frame: _Frame) -> list[list]:
    """The clauses with what a credit after them goes on to tell joined to the clause of content
    it follows (not to the credit's own clause, which the parser may have made one)."""
    moved = sorted(set().union(*(set(t.subtree) for t in frame.after_credit)), key=lambda t: t.i)
    clauses = [[t for t in clause if t not in moved] for clause in clauses]

    def last_content(clause: list) -> int:
        return max((t.i for t in clause if t not in frame.frame_tokens and not t.is_punct and t.i < moved[0].i), default=-1)

    before = [clause for clause in clauses if last_content(clause) >= 0]
    if not before:
        return clauses
    owner = max(before, key=last_content)
    owner.extend(moved)
    owner.sort(key=lambda t: t.i)
    return clauses


def _reporting_frame(tokens) -> _Frame:
    """Separate "X said (that) ...", "... , according to X" and "X believes ..." from the content."""
    root = _sentence_root(tokens)
    speaker: list = []
    verbs: list = []
    frame_tokens: set = set()
    more_heads: list = []
    after_credit: list = []
    head = root
    lemmas = {t.lemma_.lower() for t in tokens}
    mixed = bool(lemmas & DENIAL_VERBS) and bool(lemmas & CONFIRMATION_VERBS)
    for _ in range(3):  # "Smith said officials believe the plant could ..." nests frames
        lemma = head.lemma_.lower()
        speech = _passed_on_speech(head)
        if lemma not in REPORTING_VERBS and speech is None:
            break
        complement = _content_clause(head)
        if complement is None and speech is not None:
            complement = _content_clause(speech)
        if complement is None and lemma in DENIAL_VERBS | CONFIRMATION_VERBS:
            # "denied using drones", "rejected the claims that it sent drones": what is denied is a
            # happening; "did not admit liability" names only a thing, so the whole sentence is the
            # statement (else its content would be the one word "liability")
            complement = next((c for c in head.children if c.dep_ in ("xcomp", "pcomp")
                               or (c.dep_ == "dobj" and any(t.pos_ in ("VERB", "AUX") for t in _own_words(c)))), None)
        if complement is None:
            break
        verbs.append(head)
        if speech is not None:
            verbs.append(speech)  # "was quoted as denying" denies
        who = _quoted_speaker(head) if speech is not None else _subject_tokens(head)
        trailing = _trailing_speaker(head, complement) if not who and speech is None else []
        who = who or trailing
        if not speaker and who:
            speaker = who
        # "suggests that the project has been greenlit, and construction is underway": the parser
        # may hang the second clause on the reporting verb; it is content, not frame
        extra = [c for c in head.children if _separate_clause(c) and c.i > complement.i]
        trail = _content_after_credit(head, complement)
        after_credit.extend(trail)
        kept = set(complement.subtree).union(*(set(c.subtree) for c in [*extra, *trail]))
        for aside in _speaker_asides(complement):
            kept -= set(aside.subtree)
        kept -= set(trailing)
        frame_tokens |= {t for t in head.subtree} - kept
        more_heads.extend(extra)
        head = complement
    if not verbs:
        tail = _tail_report(root)
        if tail is not None:
            # "... in sub-zero weather, the agency reported on Tuesday": the parser made the credit
            # a clause of its own; it frames the clause before it
            speaker = _subject_tokens(tail)
            verbs.append(tail)
            # a stray second subject of the credit (a clause of the quotation before it) is content
            stray = [c for c in tail.children if c.dep_ in ("nsubj", "csubj") and c not in speaker]
            trail = _content_after_credit(tail, root)
            after_credit.extend(trail)
            frame_tokens |= set(tail.subtree) - set().union(*(set(c.subtree) for c in [*stray, *trail]))
            frame_tokens |= {c for c in root.children if c.dep_ in ("punct", "cc") and c.i == tail.left_edge.i - 1}
        credit = _mid_credit(root) if tail is None else None
        appositive = _appositive_credit(tokens) if tail is None and credit is None else None
        if appositive is not None:
            # "X have dismissed their coach Y, the agency reported on Monday, after ...": the parser
            # hung the credit on the name before it as an apposition; it frames the sentence
            noun, verb = appositive
            speaker = [t for t in noun.subtree if t not in set(verb.subtree) and not t.is_punct]
            verbs.append(verb)
            frame_tokens |= set(noun.subtree)
            frame_tokens |= {t for t in tokens if t.is_punct and t.i in (noun.left_edge.i - 1, noun.right_edge.i + 1)}
        if credit is not None:
            # "... to protest the plan, the agency reported, and 14 were arrested": the credit frames
            # the clause before it, and the parser hangs the next clause on the credit
            extra = [c for c in credit.children if _separate_clause(c)]
            speaker = _subject_tokens(credit)
            verbs.append(credit)
            frame_tokens |= set(credit.subtree) - set().union(*(set(c.subtree) for c in extra))
            more_heads.extend(extra)
    for token in tokens:
        if token.lemma_.lower() == "accord" and token.dep_ in ("prep", "advcl"):
            to = next((c for c in token.children if c.lower_ == "to"), None)
            obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if obj is not None:
                name = _detached_apposition(obj)
                if not speaker:
                    speaker = _without_information_noun(obj) + name
                frame_tokens |= set(token.subtree) | set(name)
                verbs.append(token)
    subjects = [who for t in tokens if t.lemma_.lower() in REPORTING_VERBS and (who := _subject_tokens(t))]
    return _Frame(head, speaker, verbs, frame_tokens, mixed, more_heads, subjects, after_credit)


def _content_after_credit(verb, content) -> list:
    """What a credit set after its content goes on to tell of the content: a phrase or clause
    set off by a comma after the reporting verb ("..., the owner announced this morning, in a
    restructuring that will cut 300 jobs"; "..., police said, after a car hit a shelter"). Not what
    the speaker did (", adding ...", ", before asking for ...": a verb with no subject of its own),
    nor what follows the verb without a comma ("said on Monday", "said in a statement"), nor what
    follows a quotation's credit ('"...," he said, after the vote': when the words were said)."""
    if content.i > verb.i or any(t.text in _QUOTE_MARKS for t in content.subtree):
        return []
    doc = verb.doc
    return [
        c for c in verb.children
        if c.i > verb.i and c.dep_ in ("prep", "advcl") and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","
        and not _speakers_act(c)
        and not any(t.dep_ == "pobj" and t.lemma_.lower() in word_set("document_nouns.txt") for t in c.children)
    ]


_QUOTE_MARKS = frozenset({'"', "“", "”"})


def _speakers_act(phrase) -> bool:
    """Whether a phrase after a credit tells what the speaker did: a verb with no subject of its
    own (", adding that ...", ", before asking for a longer term")."""
    verb = phrase if phrase.dep_ == "advcl" else next((c for c in phrase.children if c.dep_ == "pcomp"), None)
    return verb is not None and verb.pos_ in ("VERB", "AUX") and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _detached_apposition(obj) -> list:
    """The name after "according to the club's doctor, Dr. Ana Reis" that the parser hung on the
    sentence's verb instead of on the role: the comma and the name, when the role names no one and
    the name ends the sentence or its clause."""
    doc = obj.doc
    comma = obj.right_edge.i + 1
    if obj.pos_ == "PROPN" or comma + 1 >= len(doc) or doc[comma].text != ",":
        return []
    end = comma + 1
    while end < len(doc) and (doc[end].pos_ == "PROPN" or doc[end].lower_.rstrip(".") in word_set("titles.txt")):
        end += 1
    name = list(doc[comma + 1 : end])
    # "according to the city attorney's office, Williams' case had not ...": a possessive after the
    # name makes it the possessor opening what is said, no name of the role
    if not any(t.pos_ == "PROPN" for t in name) or (end < len(doc) and (not doc[end].is_punct or doc[end].dep_ == "case"
                                                                         or doc[end].text in ("'", "’", "'s", "’s"))):
        return []
    return [doc[comma], *name]


def _trailing_speaker(verb, complement) -> list:
    """"... and was met by fire crews, an airport spokesman, Jan Doe, said": a reporting verb at
    the end with no subject, whose speaker the parser hung on the content's last noun as
    appositions. The appositions that run up to the verb, one of them a name or a title, speak
    (with the comma before them)."""
    if verb.i < complement.i or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return []
    before = [t for t in complement.subtree if t.i < verb.i and not t.is_punct]
    if not before:
        return []
    last = max(before, key=lambda t: t.i)
    chain = next((a for a in [last, *last.ancestors] if a.dep_ == "appos"), None)
    if chain is None or chain not in set(complement.subtree):
        return []
    appositions = sorted((c for c in chain.head.children if c.dep_ == "appos" and c.i <= chain.i), key=lambda t: t.i)
    # the appositions that follow one another up to the verb, each after a comma
    run = [chain]
    for candidate in reversed(appositions[:-1] if appositions and appositions[-1] is chain else appositions):
        gap = verb.doc[candidate.right_edge.i + 1 : run[0].left_edge.i]
        if all(t.is_punct for t in gap):
            run.insert(0, candidate)
        else:
            break
    start = run[0].left_edge.i
    if start == 0 or verb.doc[start - 1].text != ",":
        return []
    tokens = list(verb.doc[start - 1 : verb.i])
    words = [t for t in tokens if not t.is_punct]
    if not any(t.pos_ == "PROPN" or t.lower_ in word_set("titles.txt") for t in words):
        return []
    return tokens


def _mid_credit(root):
    """A credit set in the middle of the sentence (", the agency reported, and ..."): a reporting
    verb the parser put beside the clause before it, with a subject, nothing it reports of its own,
    and at most further clauses coordinated after it."""
    for child in root.children:
        if (
            child.dep_ == "parataxis" and child.i > root.i and child.lemma_.lower() in SAYING_VERBS
            and any(c.dep_ == "nsubj" for c in child.children)
            and not any(c.dep_ in ("ccomp", "dobj", "xcomp", "parataxis") and not _told_to(child, c) for c in child.children)
        ):
            return child
    return None


def _own_words(noun) -> list:
    """A noun phrase's words that may tell what a denial denies: not an apposition set off after it
    (in "the coach Y, the agency reported on Monday," the parser hung the credit on Y), nor a
    relative clause that describes it ("dismissed Olsen, who had led the agency": Olsen was fired);
    "rejected claims that it sent drones" keeps its clause."""
    aside = set().union(*(
        set(c.subtree) for c in noun.children
        if c.dep_ == "appos" or (c.dep_ == "relcl" and c.left_edge.tag_ in ("WP", "WP$", "WDT"))
    ))
    return [t for t in noun.subtree if t not in aside]


def _appositive_credit(tokens):
    """A credit the parser read as an apposition with a clause (", the agency reported on Monday,"
    after a name): the noun and its saying verb, when the verb reports nothing of its own, the
    phrase is set off by commas, and the verb is a simple past or the noun names someone (a
    participle after a plain noun, "the figures reported on Monday", describes the noun)."""
    for verb in tokens:
        noun = verb.head
        if not (
            verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and verb.lemma_.lower() in SAYING_VERBS
            and noun.dep_ == "appos" and noun.i < verb.i and noun.pos_ in ("PROPN", "NOUN")
            and not any(c.dep_ in ("ccomp", "dobj", "xcomp", "parataxis", "nsubj", "agent") for c in verb.children)
        ):
            continue
        named = any(t.pos_ == "PROPN" for t in noun.subtree if t.i < verb.i)
        if verb.tag_ == "VBN" and not named:
            continue
        doc = verb.doc
        before, after = noun.left_edge.i - 1, noun.right_edge.i + 1
        if before >= 0 and doc[before].text == "," and (after >= len(doc) or doc[after].text in (",", ".")):
            return noun, verb
    return None


def _credit_after_object(verb, clause) -> bool:
    """"The board declared a state of emergency, Jensen said, ...": a reporting verb with a plain
    noun object did something, and the credit set after it between commas (a saying verb with a
    subject and nothing it reports of its own) frames the sentence; it is not what the verb reports."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or any(t.pos_ in ("VERB", "AUX") for t in obj.subtree) or clause.i < obj.i:
        return False
    return (
        clause.dep_ == "parataxis" and clause.lemma_.lower() in SAYING_VERBS
        and (clause.left_edge.text == "," or (clause.left_edge.i > 0 and verb.doc[clause.left_edge.i - 1].text == ","))
        and any(c.dep_ == "nsubj" for c in clause.children)
        and not any(c.dep_ in ("ccomp", "dobj", "xcomp", "parataxis") and not _told_to(clause, c) for c in clause.children)
    )


def _told_to(verb, child) -> bool:
    """Whether ``child`` is whom the words were told to ("told reporters at the site"): the object
    of "tell" is its listener, not what it reports."""
    return verb.lemma_.lower() == "tell" and child.dep_ == "dobj" and not any(t.pos_ in ("VERB", "AUX") for t in child.subtree)


def _tail_report(root):
    """A reporting verb coordinated after the sentence's clause, with a subject and nothing it
    reports of its own ("..., the agency reported on Tuesday."), if the sentence ends with one."""
    for child in root.children:
        if (
            child.dep_ == "conj" and child.i > root.i and child.lemma_.lower() in SAYING_VERBS
            and any(c.dep_ in ("nsubj",) for c in child.children)
            and not any(c.dep_ in ("ccomp", "dobj", "xcomp", "parataxis", "conj") and not _told_to(child, c) for c in child.children)
            and child.right_edge.i >= max(t.i for t in root.subtree if not (t.is_punct or t.is_space))
        ):
            return child
    return None


def _speaker_asides(complement) -> list:
    """What the speaker did beside the reported words, which the parser may hang inside them:
    "denied that the part was faulty, calling the recall a precaution" (also ", saying ...",
    ", adding ..."). A participle of another verb is content: "said the storm hit, killing 12"."""
    doc = complement.doc
    return [
        t for t in complement.subtree
        if t.dep_ == "advcl" and t.tag_ == "VBG" and t.i > complement.i and t.i > 0 and doc[t.i - 1].text == ","
        and t.lemma_.lower() in ASIDE_VERBS and not any(c.dep_ in SUBJECT_DEPS for c in t.children)
    ]


def _via_document(frame: _Frame) -> bool:
    """The speaker is a document ("a ministry statement said") or speaks through one ("said in a
    statement", "said in a press release")."""
    documents = word_set("document_nouns.txt")
    members = {t.i for t in frame.speaker}
    heads = [t for t in frame.speaker if t.head.i == t.i or t.head.i not in members]
    if any(t.lemma_.lower() in documents for t in heads):
        return True
    return any(
        prep.dep_ == "prep" and prep.lower_ in ("in", "through", "via")
        and any(obj.dep_ == "pobj" and obj.lemma_.lower() in documents for obj in prep.children)
        for verb in frame.verbs for prep in verb.children
    )


def _passed_on_speech(verb):
    """The speech verb of "X was quoted as saying ...", "X was cited as saying ...", "X is
    reported to have said ..." and "the agency quoted X as saying ...": the words are X's, and
    the outer verb only tells who passed them on, so it frames the content as a report would."""
    if verb.lemma_.lower() not in PASSING_ON_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            inner = next((c for c in child.children if c.dep_ in ("pcomp", "pobj", "advcl")), None)
            if inner is not None and inner.lemma_.lower() in REPORTING_VERBS:
                return inner
        if child.dep_ == "xcomp" and child.lemma_.lower() in REPORTING_VERBS:
            return child
    return None


def _quoted_speaker(verb) -> list:
    """Who is quoted: the object of "the agency quoted X as saying", the subject of "X was quoted"."""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            return list(child.subtree)
    return _subject_tokens(verb)


def _content_clause(verb):
    """What a reporting verb introduces: its clausal complement, or the "that" clause the parser
    hung on the medium in "said in a statement that ..." (it is what was said, not the statement's
    description)."""
    # "Acme reported its results on Monday, and the figures beat what most had hoped": a clause the
    # parser hung on the verb after its "and" is coordinated, not what the verb reports
    joined = [c.i for c in verb.children if c.dep_ == "cc" and c.i > verb.i]
    found = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis")
                  and not any(verb.i < i < c.left_edge.i for i in joined) and not _credit_after_object(verb, c)), None)
    if found is not None:
        return found
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for medium in (c for c in prep.children if c.dep_ == "pobj"):
            for clause in medium.children:
                if (
                    clause.dep_ in ("acl", "relcl", "ccomp")
                    and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
                    and any(c.dep_ in SUBJECT_DEPS for c in clause.children)
                ):
                    return clause
    return None


def _without_information_noun(obj) -> list:
    """"according to the information of X" (or "figures from X") names X, not "the information"."""
    if obj.lemma_.lower() in {"information", "report", "statement", "data", "datum", "figure", "estimate", "statistic", "number", "record"}:
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "from", "by")), None)
        inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if inner is not None:
            return list(inner.subtree)
    return list(obj.subtree)


def _subject_tokens(verb) -> list:
    # '"... , and the budget held," chief engineer Jan Doe said': the parser may give the verb a
    # second subject from inside the quotation before it; the subject nearest the verb is its own
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj"):
            child = min(subjects, key=lambda c: abs(c.i - verb.i))
            return [t for t in child.subtree if t.dep_ not in ("punct",) or t.tag_ == "HYPH"]
        if child.dep_ == "nsubjpass" and child.lower_ not in ("it", "this"):
            return list(child.subtree)
    for child in verb.children:  # "it was said by the port authority"
        if child.dep_ == "agent":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return list(obj.subtree)
    return []


def _separate_clause(token) -> bool:
    """A coordinated verb with a subject of its own carries a fact of its own; one opened by "after",
    "when", "because" (a misparse) is a subordinate clause of the verb before it ("that" opens a
    coordinated reported clause: "said prices rose and that wages fell"). One opened by "whether"
    asks, and stays in its sentence: "an inquiry into whether X had paid and whether it had lied"
    does not say that it had lied."""
    return (
        token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and any(g.dep_ in SUBJECT_DEPS for g in token.children)
        and not any(g.dep_ == "mark" and g.lower_ != "that" for g in token.children)
    )


def _before_a_semicolon(token) -> bool:
    """A clause with a subject of its own that ends at a semicolon before the verb it hangs on:
    "The collision tore a hole in the hull; it did not run aground" is two facts, though the
    parser makes the first a complement of the second."""
    head = token.head
    return (
        token.dep_ in ("ccomp", "parataxis") and token.i < head.i and token.pos_ in ("VERB", "AUX")
        and any(g.dep_ in SUBJECT_DEPS for g in token.children)
        and any(c.dep_ == "punct" and c.text == ";" and token.i < c.i < head.i for c in head.children)
    )


def _clauses(head, semicolons: bool = True) -> list[list]:
    """Split coordinated clauses that have their own subject, and clauses a semicolon ends: each
    carries a separate fact. A headline's semicolon is left alone (``semicolons``): its halves
    would align with other headlines on the story's topic alone ("Rent march ends in clashes" /
    "Rent march fills the city")."""
    separate = [c for c in head.children if _separate_clause(c) or (semicolons and _before_a_semicolon(c))]
    if not separate:
        return [sorted(head.subtree, key=lambda t: t.i)]
    removed: set = set()
    for conj in separate:
        removed |= set(conj.subtree)
    for child in head.children:  # the "and"/"but" and the comma before a split-off clause
        if child.dep_ in ("cc", "punct") and any(child.i < c.i for c in separate) and child.i > head.i:
            removed.add(child)
        if child.dep_ == "punct" and child.text == ";" and any(c.i < child.i < head.i for c in separate):
            removed.add(child)  # the semicolon after a split-off clause before the head
    first = sorted((t for t in head.subtree if t not in removed), key=lambda t: t.i)
    out = [first]
    for conj in separate:
        out.extend(_clauses(conj, semicolons))
    return out


WH_TAGS = frozenset(["WDT", "WP", "WP$", "WRB"])
WH_MODIFIER_DEPS = frozenset(["det", "advmod", "amod", "poss", "nummod", "quantmod", "npadvmod"])


def _withheld(frame: _Frame) -> bool:
    """The speaker did not tell: "did not say", "would not say"."""
    return any(c.dep_ == "neg" for verb in frame.verbs for c in verb.children)


def _indirect_question(head, withheld: bool) -> bool:
    """A reported clause that asks rather than states: "whether the plant was hit", and, where the
    speaker did not tell, "which supplier made the part", "how many are affected" ("described how
    drones are shipped" tells how). A free relative ("what happened was an accident") states
    something and is kept: its wh-word sits deeper than the clause's arguments."""
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in head.children):
        return True
    first = min(head.subtree, key=lambda t: t.i)
    if not withheld or first.tag_ not in WH_TAGS:
        return False
    token = first  # up through what modifies a noun ("how many ships", "which supplier") to the clause
    while token.dep_ in WH_MODIFIER_DEPS and token.head.i != head.i and token.head.i != token.i:
        token = token.head
    if token.i == first.i:
        return token.head.i == head.i
    return token.head.i == head.i and token.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "advmod")


def _clause_head(clause_tokens, content_head):
    if content_head is not None and content_head in clause_tokens:
        return content_head
    members = set(clause_tokens)
    for token in clause_tokens:
        if token.head not in members or token.head.i == token.i:
            return token
    return clause_tokens[0]


def _places_named_like_people(mentions: Sequence[Mention], entity_coords) -> set[str]:
    """Entities the tagger took for places that are people's names: no gazetteer knows them, and the
    report writes them both in full and by the last word alone ("Marta Zielinska" ... "Zielinska
    said"), as it names people and not places. As speakers they are persons (so a later "she said"
    can stand for them); as anchors they stay what the analysis found."""
    full = {m.text.split()[-1] for m in mentions if m.type == "PLACE" and 2 <= len(m.text.split()) <= 3
            and all(word[:1].isupper() for word in m.text.split())}
    return {
        m.text for m in mentions
        if m.type == "PLACE" and " " not in m.text and m.text in full
        and entity_coords.get(m.entity, (None,))[0] is None
    }


def _past_closing_bracket(text: str, start: int, end: int) -> int:
    """The end of a clause that would stop inside its own bracket ("at about 48 km (30 miles" before
    ", and ..."): just past the bracket's close, which the clause's last word is followed by."""
    if text.count("(", start, end) > text.count(")", start, end):
        after = re.match(r"\s*\)", text[end:])
        if after:
            return end + after.end()
    return end


def _as_the_story_names_it(mention: Mention, entity_types: dict[str, str]) -> Mention:
    """A name the tagger took for a person here that the story's reports, taken together, name as
    an organisation or a place ("built by Nordlys Orbital" beside four "Nordlys Orbital said"): not
    a person, so a figure in its sentence is not that person's own."""
    resolved = entity_types.get(mention.entity or "")
    if mention.type == "PERSON" and resolved in ("ORG", "PLACE"):
        return replace(mention, type=resolved)
    if mention.type == "ORG" and resolved == "PLACE":
        # "..., Bina Teguh Sdn Bhd, in Seremban": a town the tagger swept into the company's name
        # before it is the place the story resolves it as, and fills the verb's place slot
        return replace(mention, type="PLACE")
    return mention


def _as_person(mention: Mention) -> Mention:
    return replace(mention, type="PERSON")


def _object_of_verb(tokens, content_start: int) -> bool:
    """Whether what the analysis read as reported speech starts with a reporting verb's plain noun
    object: "conceded defeat", "admitted liability", "announced the result" name a thing done, not
    words said (the reading from word patterns cannot tell; the parse can)."""
    first = next((t for t in tokens if t.idx <= content_start < t.idx + len(t.text)), None)
    if first is None:
        return False
    for verb in first.ancestors:
        # a noun spelled like a reporting verb ("a state of emergency", "the report") is no verb
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in REPORTING_VERBS:
            continue
        if any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
            return False
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return obj is not None and first in obj.subtree and not any(t.pos_ in ("VERB", "AUX") for t in obj.subtree)
    return False


def _pronoun(tokens) -> str | None:
    """The pronoun a speaker is ("he" in "he said"), if it is one."""
    words = [t for t in tokens if not t.is_punct]
    return words[0].lower_ if len(words) == 1 and words[0].lower_ in SPEAKER_PRONOUNS else None


def _quantifier_alone(tokens) -> bool:
    """Whether a speaker phrase is a quantifier alone ("Several", "A few", "Most"), no one named."""
    words = [t.lower_ for t in tokens if not t.is_punct and t.lower_ not in ("a", "the")]
    return bool(words) and all(w in QUANTIFIER_SPEAKERS for w in words)


# a person named by age or nationality alone: "the 23-year-old said", "the Argentine said", "the
# 31-year-old Spaniard said"
_DESCRIBED_PERSON = re.compile(r"^(?i:the)\s+(?:(?P<age>\d{1,3}-year-old)\s*)?(?P<nationality>[A-Z][\w'’-]*)?$")
# with "the", these forms of a nationality are a people or a team ("the French", "the Swiss",
# "the Austrians"), not one person
_COLLECTIVE_NATIONALITY = re.compile(r"(?:s|ch|sh|ese)$", re.IGNORECASE)


def _denies_a_thing(tokens) -> bool:
    """"No arrests have been made", "No bodies were found": a denial that a thing exists or was
    done is a claim of its own however few words it has ("make" and "find" are stop words)."""
    return any(t.dep_ == "det" and t.lower_ == "no" and t.head.dep_ in ("nsubj", "nsubjpass", "dobj") for t in tokens)


def _named_after_quotation(analyzed: AnalyzedDocument, sentence: Sentence, name: str) -> bool:
    """'"We pulled them out with our bare hands. The sea was rough," commander X told reporters':
    a quotation that starts in this sentence and runs into the next, which names its speaker
    right after it, is that speaker's in this sentence too, whether the next sentence gives the
    whole name or, the report having named the speaker before, the family name alone ("...,"
    Gueye said)."""
    following = next((s for s in analyzed.sentences if s.start >= sentence.end), None)
    if following is None:
        return False
    naming = re.compile(rf"\b(?:{re.escape(name)}|{re.escape(family_name(name))})\b")
    return any(
        sentence.start <= quote.start < sentence.end < quote.end <= following.end
        and naming.search(analyzed.text[quote.end : following.end])
        for quote in analyzed.quotes
        if quote.kind != "reported"
    )


def _described_person(tokens, mentions) -> bool:
    """Whether a speaker is a person the report names only by age or nationality, as a pronoun
    would: a report says "the Argentine said" of the player it has just named."""
    if not tokens:
        return False
    text = tokens[0].doc.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    match = _DESCRIBED_PERSON.match(" ".join(text.split()))
    if match is None or not (match.group("age") or match.group("nationality")):
        return False
    nationality = match.group("nationality")
    if nationality is None:
        return True
    return not _COLLECTIVE_NATIONALITY.search(nationality) and any(
        m.type == "NORP" and m.text == nationality for m in mentions
    )


def _pronoun_speaker(
    pronoun: str, frame: _Frame, mentions, person_keys, genders, last: _Speaker | None, index: int, max_gap: int,
    named_people: Sequence[tuple[int, str | None, str | None]] = (),
) -> _Speaker | None:
    """Who "he" or "she" (or "the Argentine", ``pronoun`` "person") is: a person the sentence itself names as a speaker before the pronoun,
    else the speaker of the previous sentence that named one, if a person of a fitting gender.
    Anyone else (an organisation, "she" after a spokesman, a speaker long ago) leaves it open:
    an unattributed claim misleads less than one put in the wrong mouth."""
    if pronoun not in ("he", "she", "person"):
        return None
    at = min((t.idx for t in frame.speaker), default=0)
    named = [
        found for who in frame.subjects
        if _pronoun(who) is None and max(t.idx for t in who) < at
        and (found := _speaker(who, mentions, person_keys, genders)) is not None and found.is_person
    ]
    if named:
        nearest = named[-1]
        return nearest if compatible(nearest.gender, pronoun) else None
    if last is None or not last.is_person or index - last.sentence > max_gap or not compatible(last.gender, pronoun):
        return None
    if any(last.sentence < at_sentence < index and key != last.key and compatible(gender, pronoun)
           for at_sentence, key, gender in named_people):
        # "Roe finished fifth, he said. For Jan Doe, the day was about more than the clock. '...,' he
        # said.": another person named since the last speaker may be the "he" as well; leave it open
        return None
    return _Speaker(last.name, last.key, True, last.gender)


def _people_named(mentions, text: str, quoted: list[tuple[int, int]], person_keys, genders,
                  index: int) -> list[tuple[int, str | None, str | None]]:
    """The persons a sentence names outside quotation marks, not as possessors ("Doe's daughter"):
    (sentence, key, gender), for telling whether a later "he" has more than one candidate."""
    out = []
    for mention in mentions:
        if mention.type != "PERSON" or any(s <= mention.start < e for s, e in quoted):
            continue
        if re.match(r"['’]s?\b", text[mention.end : mention.end + 2]):
            continue
        key = person_key(mention.text, person_keys)
        out.append((index, key, genders.get(key or "")))
    return out


def _person_subject(tokens, mentions, person_keys, genders) -> _Speaker | None:
    """The named person who is the subject of a sentence's main verb, if one is."""
    subject = _subject_tokens(_sentence_root(tokens))
    if not subject or _pronoun(subject) is not None:
        return None
    found = _speaker(subject, mentions, person_keys, genders)
    return found if found is not None and found.is_person else None


def _titled(mention: Mention, doc) -> bool:
    """A name with a person's title as its modifier ("spokesman Mihai Doe") names a person,
    whatever type the tagger gave it."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    return before.pos_ in ("NOUN", "PROPN") and before.lower_ in word_set("titles.txt") and before.head in span


def _aged(mention: Mention, doc) -> bool:
    """A name followed by an age in commas ("said Maral, 45, a resident of the city") names a
    person, whatever type the tagger gave it."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.end + 2 >= len(doc):
        return False
    comma, age, after = doc[span.end], doc[span.end + 1], doc[span.end + 2]
    return comma.text == "," and age.text.isdigit() and 0 < int(age.text) < 120 and after.text in (",", ")")


def _speaker(tokens, mentions, person_keys, genders) -> _Speaker | None:
    """Who says it: the name as written, a key that compares across documents, if a person, and
    the person's gender where the phrase or the document gives it."""
    if not tokens:
        return None
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    # the possessive mark of "the workers' union" is tagged punctuation, but it is part of the name,
    # and so is the hyphen of "the Oslo-based line"
    words = [t for t in tokens if not t.is_punct or t.dep_ == "case" or t.tag_ == "HYPH"]
    if _pronoun(tokens) is not None or _quantifier_alone(tokens):
        return None
    # the speaker is the phrase's own noun (with its titles, possessors and appositions), not a
    # name in a clause or phrase attached to it: "Gallagher, who ran to Johnson", "a lawyer for Smith"
    # ("One of the night guards said" is said by one of them: a share's "of" phrase names who)
    # and an adjective after its noun goes with its phrase ("a source close to the talks": the source)
    # a word of a person's name is no phrase attached to it, though the parser read it as one
    # ("director Per Wikström told": "Per" a preposition)
    in_names = [(m.start, m.end) for m in mentions if m.type == "PERSON" and start <= m.start < end]
    attached = [t for t in words if ((t.dep_ in ("acl", "relcl", "prep") and not _partitive(t))
                or (t.dep_ == "amod" and t.i > t.head.i and any(c.dep_ == "prep" for c in t.children)))
                and not any(s <= t.idx < e for s, e in in_names)]
    set_off = _name_set_off_after_a_named_place(words, mentions)
    named = [t for t in words if t in set_off or (t not in attached and not any(a in attached for a in _ancestors_within(t, words)))]
    named_at = {t.idx for t in named}
    # a name the phrase begins is in it though the parser cut the phrase inside the name ("estate
    # agent Bae Min-seok said", parsed up to "Min")
    inside = [m for m in mentions if start <= m.start < end and any(m.start <= i < m.end for i in named_at)]
    people = [m for m in inside if m.type == "PERSON" or _titled(m, tokens[0].doc) or _aged(m, tokens[0].doc)]
    # "said Jan Berg, Acme's head of quality": the possessor is whom the speaker works for
    owned = [m for m in people if not _possessor(m, tokens[0].doc)]
    heads = [t for t in named if t.head.i == t.i or t.head not in named]
    # "Reid's rep told ...": the rep speaks, not Reid ("Reid's statement" is Reid's)
    represented = bool(people) and not owned and bool(heads) and heads[0].pos_ == "NOUN" \
        and heads[0].lemma_.lower() not in word_set("document_nouns.txt")
    people = [] if represented else owned or people
    if not people and not represented:
        # the tagger reads a bare surname ("Marquardt said") as an organisation now and then; the
        # story's people tell: a name that is a person's full name or unambiguous surname is that person
        people = [m for m in inside if _known_person(m.text, person_keys)]
    if people:
        person = _with_given_name(people[-1], tokens)
        key = person_key(person.text, person_keys)
        gender = gender_of([t.lower_ for t in tokens] + (person.title or "").split()) or genders.get(key or "")
        return _Speaker(person.text, key, True, gender)
    if (name := _name_set_off_after_a_role(heads, named)) is not None:
        key = person_key(name, person_keys)
        return _Speaker(name, key, True, gender_of([t.lower_ for t in tokens]) or genders.get(key or ""))
    # the speaker's noun phrase, without what follows it ("a finding released by the White House")
    core = [t for t in named if not any(a.dep_ == "appos" and a in named for a in _ancestors_within(t, named))]
    core = [t for t in core if t.dep_ != "appos" and not (t.dep_ == "det" and t.i == core[0].i)]
    while core and core[0].dep_ in ("cc", "punct"):  # ", and investigators say"
        core = core[1:]
    written = doc_text(core) if core else doc_text(words)
    if not written:
        return None  # a phrase of punctuation only names no one
    # "the US software giant said", "Bloomington officers said": a place or a people that only
    # modifies the phrase's noun tells where the speaker is from; the noun speaks
    inside = [m for m in inside if not (m.type in ("PLACE", "NORP") and heads and heads[0].pos_ == "NOUN"
                                        and not m.start <= heads[0].idx < m.end)]
    if inside:
        organisation = inside[-1]
        if core and all(organisation.start <= t.idx < organisation.end for t in core):
            # "The Office of Civil Defense said": the name's own "of" phrase is no attached phrase
            written = organisation.text
        return _Speaker(written, organisation.entity or f"{organisation.type}:{organisation.text.lower()}", False)
    return _Speaker(written, "group:" + " ".join(sorted({t.lemma_.lower() for t in core or words if not t.is_stop and not t.is_punct})), False)


def _name_set_off_after_a_named_place(words, mentions) -> set:
    """"the village head of Kufana, Danjuma Kaura, said": the parser hangs the name set off by
    commas on the place that ends the role's "of" phrase; a person is no apposition of a named place
    or organisation, so the name is the role's, and speaks. So too when the phrase of a role ends
    in a thing ("the owner of a cafe near the port, Ana Ruiz, said"): the name that closes the phrase
    is the role's. The tokens of such names."""
    at = {t.idx: t for t in words}
    last = max((t for t in words if not t.is_punct), key=lambda t: t.i, default=None)
    named = set()
    for mention in mentions:
        if mention.type != "PERSON":
            continue
        tokens = [t for i, t in at.items() if mention.start <= i < mention.end]
        root = next((t for t in tokens if t.head not in tokens), None)
        if root is None or root.dep_ != "appos" or root.head.dep_ != "pobj" or root.head.head.dep_ != "prep":
            continue
        if any(m.type != "PERSON" and m.start <= root.head.idx < m.end for m in mentions) or (
            root is last and _role_phrase_ends_in_a_thing(root.head)
        ):
            named |= set(root.subtree)
    return named


def _role_phrase_ends_in_a_thing(noun) -> bool:
    """Whether ``noun`` ends a chain of prepositional phrases hung on a role ("the owner of a bakery
    opposite the plant"): a common noun that is no title itself ("a spokesman for the president,
    Jan Berg" leaves open whose name it is) under a role noun that is one."""
    titles = word_set("titles.txt")
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in titles or noun.lower_ in titles:
        return False
    role = noun
    while role.dep_ in ("pobj", "prep") and role.head.i != role.i:
        role = role.head
        if role.pos_ == "NOUN" and (role.lemma_.lower() in titles or role.lower_ in titles):
            return role.dep_ != "pobj"  # a title inside the chain ("a son of the mayor of the town, ...")
    return False


def _name_set_off_after_a_role(heads, named) -> str | None:
    """"the office's head of forecasting, Ilse Varga, told": a role (a common noun) with a name of
    two to four capitalised words set off after it, which the tagger did not find; the name speaks."""
    if not heads or heads[0].pos_ != "NOUN":
        return None
    for token in named:
        if token.dep_ != "appos" or token.head.i != heads[0].i:
            continue
        words = list(token.subtree)
        if 2 <= len(words) <= 4 and all(w.pos_ == "PROPN" and w.is_alpha and w.is_title for w in words):
            return " ".join(w.text for w in words)
    return None


def _with_given_name(mention: Mention, tokens) -> Mention:
    """The speaker's full name where the tagger took only its last word: in "said Anders Holm, the
    company's security chief" it read "Holm", but the parser joins "Anders" to it as one name. A
    capitalised word so joined is the given name unless it is a title ("Professor Holm")."""
    before = [t for t in tokens if t.idx + len(t.text) <= mention.start]
    if not before:
        return mention
    token = before[-1]
    if (
        token.dep_ == "compound" and token.pos_ == "PROPN" and mention.start <= token.head.idx < mention.end
        and token.is_title and token.is_alpha and mention.text[:1].isupper()
        and token.lower_ not in word_set("titles.txt") and token.idx + len(token.text_with_ws) == mention.start
    ):
        return replace(mention, text=token.text + " " + mention.text, start=token.idx)
    return mention


def _possessor(mention: Mention, doc) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "poss"


def _known_person(text: str, person_keys: dict[str, str]) -> bool:
    """Whether a name is one the story's people go by: a full name tagged as a person elsewhere,
    or the surname of exactly one such person (so "Smith" with two Smiths stays unresolved)."""
    tokens = _name_tokens(text)
    if not tokens:
        return False
    name = " ".join(tokens)
    if name in person_keys:
        return True
    return len(tokens) == 1 and any(
        key == f"person:{name}" and len(full.split()) > 1 for full, key in person_keys.items()
    )


# Words that count a share of a group named by their "of" phrase: "one of the guards".
PARTITIVE_WORDS = frozenset(["one", "some", "several", "many", "most", "few", "none", "two", "three", "four", "both", "each", "all"])


def _partitive(token) -> bool:
    """The "of" of "One of the two guards", "Some of the residents": the phrase is the speaker."""
    return token.dep_ == "prep" and token.lower_ == "of" and token.head.lower_ in PARTITIVE_WORDS


def _ancestors_within(token, members) -> list:
    out = []
    member_ids = {t.i for t in members}
    head = token.head
    while head.i != token.i and head.i in member_ids:
        out.append(head)
        token, head = head, head.head
    return out


def doc_text(tokens) -> str:
    """The words as written, spacing included (“Ukraine’s foreign ministry”, not “Ukraine ’s”);
    where a token was left out between two others, a space keeps their neighbours apart."""
    tokens = sorted(tokens, key=lambda t: t.i)
    parts = []
    for token, following in zip(tokens, [*tokens[1:], None][: len(tokens)], strict=True):
        parts.append(token.text_with_ws)
        if following is not None and following.i > token.i + 1 and not token.whitespace_:
            parts.append(" ")
    return "".join(parts).strip()


def _modality(head, frame: _Frame, clause_tokens) -> Modality:
    found: list[str] = []
    for verb in frame.verbs:
        lemma = verb.lemma_.lower()
        if lemma in DENIAL_VERBS:
            found.append("denied")
        elif lemma in ALLEGATION_VERBS:
            found.append("alleged")
        elif lemma in BELIEF_VERBS:
            found.append("believed")
        else:
            found.append("reported")
    if any(t.lower_ in ("alleged", "allegedly", "purported", "purportedly", "reportedly") for t in clause_tokens):
        found.append("alleged")
    aux = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
    if aux & POSSIBLE_AUX:
        found.append("possible")
    if _tense(head) == "planned":
        found.append("planned")
    if not found:
        return "asserted"
    return max(found, key=lambda m: _MODALITY_RANK[m])  # type: ignore[return-value]


def _tense(head) -> str:
    """Planned ("will open", "is preparing to issue") versus done ("opened", "has opened")."""
    aux = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    aux_words = {c.lower_ for c in aux}
    if _hypothetical(head):
        return "other"
    if aux_words & FUTURE_AUX or (aux_words & {"going"}):
        return "planned"
    if head.lemma_.lower() in PLAN_VERBS and any(c.dep_ == "xcomp" for c in head.children):
        return "planned"
    if any(c.dep_ == "acomp" and c.lemma_.lower() in PLAN_ADJECTIVES and any(g.dep_ == "xcomp" for g in c.children) for c in head.children):
        return "planned"
    if aux_words & POSSIBLE_AUX:
        return "other"
    if any(c.dep_ == "advmod" and c.lower_ in BACKGROUND_ADVERBS for c in head.children):
        return "other"  # "previously served as host": a past state, not a plan carried out
    if head.tag_ == "VBD" and not aux:
        return "done"
    if head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "did" for c in aux):
        return "done"  # "did not raise its forecast": the past told through "did"
    if head.tag_ == "VBN" and any(c.lemma_ == "have" for c in aux):
        return "done"
    if head.tag_ == "VBN" and any(c.tag_ == "VBD" for c in aux if c.dep_ == "auxpass"):
        return "done"
    return "other"


def _lasting(head) -> bool:
    """Whether the clause keeps a state going: "will remain suspended" (the parser may make
    "remain" an auxiliary of "suspended"), "will stay closed"."""
    return head.lemma_.lower() in LASTING_VERBS or any(
        c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in LASTING_VERBS for c in head.children
    )


def _headline_infinitive(head):
    """"Council to close library next year", "Acme to cut 300 jobs": a headline writes a plan as a
    bare infinitive, which the parser reads as an untensed verb or hangs on the subject noun."""
    def infinitive(token) -> bool:
        return token.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)

    if infinitive(head) and head.dep_ == "ROOT":
        return head
    # the subject noun at the root, or the first word (a name) mistaken for a verb; not a verb
    # with a purpose clause ("Police hunt man to question")
    if not (head.pos_ in ("NOUN", "PROPN") or (head.i == head.sent.start and head.tag_ == "VB")):
        return None
    return next((c for c in head.children if c.dep_ in ("relcl", "acl", "advcl") and c.i > head.i and infinitive(c)), None)


def _hypothetical(head) -> bool:
    """"If he leads one more drive, he would have the record", "it would appear the fire started":
    a condition or a hedge, not a plan."""
    if head.lemma_.lower() in HEDGE_VERBS:
        return True
    for child in (head, *[c for c in head.children if c.dep_ == "advcl"]):
        if any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in child.children):
            return True
    return False


def _predicate(head) -> str | None:
    if head is None:
        return None
    # a copula or "have" says little by itself: what it joins the subject to is the predicate
    # ("no match", "a harbour master")
    joined = {"be": ("attr", "acomp", "oprd"), "have": ("dobj",)}.get(head.lemma_.lower(), ())
    for child in head.children:
        if child.dep_ in joined:
            return child.lemma_.lower()
    return head.lemma_.lower()


def _step_verbs(head) -> list:
    """The acts themselves rather than the planning of them: "is expected to appear" steps
    "appear", "was due to start" steps "start"; "would study the ruling and decide" steps both."""
    if head is None:
        return []
    verb = head
    for _ in range(3):  # "is expected to be ready to open" nests plans
        complements = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
        if verb.lemma_.lower() not in PLAN_VERBS:
            complements = [
                g for c in verb.children if c.dep_ == "acomp" and c.lemma_.lower() in PLAN_ADJECTIVES
                for g in c.children if g.dep_ == "xcomp" and g.pos_ in ("VERB", "AUX")
            ]
        if not complements:
            break
        verb = complements[0]
    # a verb joined by "and" shares the first one's tense and polarity unless it has its own ("was
    # arrested and will be arraigned", "has addressed it but has not overturned it")
    return [verb, *[
        c for c in verb.children
        if c.dep_ == "conj" and c.pos_ == "VERB" and not any(g.dep_ in ("aux", "auxpass", "neg") for g in c.children)
    ]]


def _step_nouns(head) -> frozenset[str]:
    """Acts named by a noun: the object of a verb that takes its meaning from it ("lodged an
    appeal", "opened an investigation") and what a decision is on ("will decide on an appeal")."""
    nouns = set()
    for verb in _step_verbs(head):
        for child in verb.children:
            if child.dep_ == "dobj" and child.pos_ == "NOUN" and verb.lemma_.lower() in LIGHT_VERBS:
                nouns.add(child.lemma_.lower())
            if child.dep_ == "prep" and child.lower_ == "on" and verb.lemma_.lower() in DECISION_VERBS:
                nouns.update(g.lemma_.lower() for g in child.children if g.dep_ == "pobj" and g.pos_ == "NOUN")
    return frozenset(nouns)


def _theme(head) -> str | None:
    """The thing acted upon ("investigation" in "will open an investigation", "guideline" in
    "guidelines would be announced"), looking through "is preparing to issue"."""
    token = _theme_token(head)
    return None if token is None else token.lemma_.lower()


def _holder(head) -> str | None:
    """The lemma of the noun a clause is about: its subject, active or passive ("schools stayed
    open", "all schools were closed"), or the whole of a share of it ("two of the schools"). A verb
    with an object acts on the object ("Brodie opened the scoring"): the clause tells no state of
    its subject, and has no holder."""
    if any(c.dep_ in ("dobj", "dative") for c in head.children):
        return None
    for child in head.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "NOUN":
            return _partitive_whole_token(child).lemma_.lower()
    return None


def _theme_modifiers(head) -> frozenset[str]:
    """The nouns that name the theme's kind: "alert" in "raised the alert level". Another report's
    "raised the alert" acts on the same thing."""
    token = _theme_token(head)
    if token is None:
        return frozenset()
    # the tagger reads the "alert" of "alert level" as an adjective as often as a noun
    return frozenset(c.lemma_.lower() for c in token.children if c.dep_ in ("compound", "amod"))


def _theme_token(head):
    """The token of ``_theme``: the object or passive subject, else the subject of a verb of no object."""
    verbs = [head, *[c for c in head.children if c.dep_ == "xcomp"]]
    verbs += [g for c in head.children if c.dep_ == "acomp" for g in c.children if g.dep_ == "xcomp"]
    for verb in verbs:
        for child in verb.children:
            if child.dep_ in ("dobj", "nsubjpass") and child.pos_ in ("NOUN", "PROPN"):
                return _partitive_whole_token(child)
    # "the vaccination campaign will start" / "a vaccination campaign began": a verb without an
    # object acts on its subject, a thing (a common noun, not a person or a pronoun); a verb of a
    # state ("the bridge will remain shut") does nothing to it
    if not any(c.dep_ in ("dobj", "attr", "ccomp", "xcomp") for verb in verbs for c in verb.children if verb is not head) and not any(
        c.dep_ in ("dobj", "attr", "ccomp") or (c.dep_ in ("acomp", "oprd") and c.lemma_.lower() not in PLAN_ADJECTIVES)
        for c in head.children if not _after_colon(head, c)
    ):
        for child in head.children:
            if child.dep_ == "nsubj" and child.pos_ == "NOUN":
                return child
    return None


def _partitive_whole_token(token):
    """The group a share of it stands for: "detainees" in "none of the detainees had been charged"
    or "two of the wagons were lifted". A denial of "none of the detainees" and an assertion about
    "the 14 detainees" act on one thing."""
    if token.lower_ not in PARTITIVE_WORDS:
        return token
    for prep in token.children:
        if _partitive(prep):
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.pos_ in ("NOUN", "PROPN"):
                    return noun
    return token


def _after_colon(head, child) -> bool:
    """"The alarm did not sound: its cable had been cut": a clause after the verb's colon explains
    it, and is no complement of the verb (the parser calls it one); after a verb of saying ("said:")
    it is what was said."""
    return head.lemma_.lower() not in REPORTING_VERBS and child.i > head.i and any(c.lower_ in (":", ";") and head.i < c.i < child.i for c in head.children)


# The complement of a verb that says what its subject is or is found to be: "pleaded not guilty",
# "was found not guilty", "declared the bridge not safe". Its "not" denies the verb's claim.
PREDICATIVE_DEPS = frozenset(["acomp", "oprd"])


# "did not take the lead until the 80th minute", "will not reopen till Monday": the "not" says
# when it happened or will, not that it did not
UNTIL_WORDS = frozenset(["until", "till", "til"])
# "nothing less than the future of Europe", "no fewer than 20": a negator that measures, not denies
COMPARED_AWAY = frozenset(["less", "more", "fewer", "short"])


def _until(head) -> bool:
    return any(
        c.lower_ in UNTIL_WORDS or (c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in UNTIL_WORDS for g in c.children))
        for c in head.children
    )


def _denied_until(head) -> bool:
    """"Will not be opened until the restoration is complete": a denial up to a time and an
    assertion after it, so neither a report that denies the verb ("will not open for years") nor
    one that asserts it ("will reopen in May") nor one that tells the state before ("will stay
    closed until ...") is its rival."""
    return _until(head) and any(c.dep_ == "neg" or c.lower_ == "never" for c in head.children)


def _denied_words(tokens) -> frozenset[str]:
    """The lemmas a sentence denies: a verb with "not" or "never" (unless "not ... until") and its
    object, and a noun with "no" and the verb it hangs on."""
    denied: set[str] = set()
    for token in tokens:
        if _refusal(token):
            # "refused to sign the accord", "declined to comment": the verb refused is not done
            for verb in (c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
                denied.add(verb.lemma_.lower())
                denied.update(c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "attr"))
        if token.dep_ == "neg" or token.lower_ == "never":
            verb = token.head
            if verb.pos_ in ("VERB", "AUX") and not _until(verb):
                denied.add(verb.lemma_.lower())
                denied.update(c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "attr", "nsubjpass", "acomp"))
        elif token.dep_ == "det" and token.lower_ == "no" and token.head.pos_ == "NOUN":
            denied.add(token.head.lemma_.lower())
            if token.head.head.pos_ in ("VERB", "AUX"):
                denied.add(token.head.head.lemma_.lower())
    return frozenset(denied - LIGHT_DENIALS)


# verbs that deny the verb they govern: "refused to sign", "declined to comment", "failed to agree"
REFUSAL_VERBS = frozenset(["refuse", "decline", "fail"])


def _refusal(token) -> bool:
    """Whether a verb refuses the verb it governs ("refused to sign"); "made the brakes fail" is
    no refusal."""
    return token.lemma_.lower() in REFUSAL_VERBS and any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in token.children)


# verbs too light to say what is denied ("is not", "has no"): only their objects do
LIGHT_DENIALS = frozenset(["be", "do", "have"])


def _polarity(head, frame: _Frame) -> tuple[bool, bool]:
    negated = any(c.dep_ == "neg" or c.lower_ in ("never",) for c in head.children) and not _until(head)
    if not negated:  # "pleaded not guilty" against "pleaded guilty"
        negated = any(
            (c.dep_ in PREDICATIVE_DEPS or (c.dep_ == "ccomp" and c.pos_ == "ADJ")) and any(g.dep_ == "neg" for g in c.children)
            for c in head.children
        )
    if not negated:
        for child in head.children:  # "there was no evidence", "nobody was hurt"
            if child.dep_ in ("nsubj", "nsubjpass", "attr", "dobj") and (
                (child.lower_ in NEGATORS and not any(g.lower_ in COMPARED_AWAY for g in child.children))
                or any(g.dep_ == "det" and g.lower_ == "no" for g in child.children)
            ):
                negated = True
    if _refusal(head):
        negated = not negated  # "X declined to sign the accord" denies that X signed it
    confirmed = False
    for verb in frame.verbs:
        lemma = verb.lemma_.lower()
        if lemma in DENIAL_VERBS:
            negated = not negated
        elif lemma in CONFIRMATION_VERBS:
            confirmed = True
        if any(c.dep_ == "neg" for c in verb.children):  # "did not say", "would not confirm"
            negated = not negated
            confirmed = False
    return negated, confirmed


def _contrasted(head) -> set:
    """The words of a predicate joined by "but" or "yet" ("pleaded not guilty but was convicted"),
    or of a concession or condition ("though it may", "if it rains"): the contrast says it does not
    share the first predicate's polarity, so a denial of the first does not deny it too."""
    contrasted: set = set()
    for conj in head.children:
        if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "cc" and c.lower_ in ("but", "yet") and c.i < conj.i for c in head.children):
            contrasted |= set(conj.subtree)
    for clause in head.children:
        # "has not opened the gates, though it may do so if inflows keep rising": a concession or
        # a condition is not what the clause asserts or denies
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONCESSIVE_MARKS for c in clause.children):
            contrasted |= set(clause.subtree)
    return contrasted


CONCESSIVE_MARKS = frozenset(["though", "although", "if", "unless", "whereas"])


LOCATIVE_PREPOSITIONS = frozenset(["in", "at", "near", "of", "outside", "from"])


def _source_happenings(frame: _Frame) -> list[tuple[int, int]]:
    """Where "according to results presented on Sunday at a congress in X" tells a happening of its
    own inside the frame: the participle clause of the source ("presented ... in X", "released in
    Y"), as character spans. Its places are where that happened, not who says it."""
    spans = []
    for verb in frame.verbs:
        if verb.lemma_.lower() != "accord":
            continue
        to = next((c for c in verb.children if c.lower_ == "to"), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        for clause in source.children if source is not None else ():
            if clause.dep_ == "acl" and clause.tag_ == "VBN":
                tokens = sorted(clause.subtree, key=lambda t: t.i)
                spans.append((tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)))
    return spans


def _anchors(mentions, c_start, c_end, person_keys, entity_coords, doc, gazetteer, source_spans=()):
    """The entities the asserted content names (not its speaker), and the places with their slot
    (also those of a happening the frame's source tells: ``source_spans``)."""
    entities: set[str] = set()
    places: list[PlaceSlot] = []
    landmarks: set[str] = set()
    for mention in mentions:
        in_source = any(start <= mention.start < end for start, end in source_spans)
        if not (c_start <= mention.start < c_end) and not in_source:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        preposition = head = verb = None
        if span is not None:
            root = span.root
            if root.dep_ == "compound" and root.head.lemma_.lower() in SETTLEMENT_NOUNS:
                # "in Kajuru town", "taken to hospitals in Hsinchu city": the noun that says what
                # kind of place the name is fills the slot, and the name is that place
                root = root.head
            if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in NAMED_PLACE_NOUNS:
                # "taken to the port of Pozzallo", "left the Libyan port of Zuwara": the port is the
                # place named, and the slot the port fills is the name's
                root = root.head.head
            if root.dep_ == "pobj":
                preposition = root.head.lower_
                noun = root.head.head
                destination = _destination_before(root.head)
                if destination is not None:
                    noun = destination
                head = noun.lemma_.lower()
                if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB":
                    verb = noun.head.head.lemma_.lower()
            elif root.dep_ in ("compound", "poss"):
                head = root.head.lemma_.lower()
        is_place = mention.type == "PLACE" or (
            # a one-word name the tagger took for a person, in a place's slot ("a substation of
            # Lyon"), that the gazetteer knows and the story never gives a first name
            mention.type == "PERSON" and preposition in LOCATIVE_PREPOSITIONS and span is not None
            and span.root.head.head.pos_ == "NOUN" and len(_name_tokens(mention.text)) == 1
            and person_keys.get(_name_tokens(mention.text)[0], "").endswith(_name_tokens(mention.text)[0])
            and not any(len(name.split()) > 1 and name.split()[-1] == _name_tokens(mention.text)[0] for name in person_keys)
            and bool(gazetteer.candidates_exact(mention.text))
        )
        if is_place and mention.type != "PLACE":
            key = f"PLACE:{mention.text.lower()}"
        elif mention.type == "PERSON":  # by name: "Ms. Smith" and "John Smith" are one person here
            key = person_key(mention.text, person_keys)
        else:
            key = mention.entity or f"{mention.type}:{mention.text.lower()}"
        if in_source and not (c_start <= mention.start < c_end) and not is_place:
            continue
        if key:
            entities.add(key)
        if is_place and LANDMARK_BEFORE.search(doc.text[max(0, mention.start - 60) : mention.start]):
            landmarks.add(mention.text.lower())  # "60 kilometres south of Kajuru": where the place is
            continue
        if is_place and ALTERNATIVE_BEFORE.search(doc.text[max(0, mention.start - 40) : mention.start]):
            landmarks.add(mention.text.lower())  # "taken to Aswan rather than to Giza": where it is not
            continue
        if is_place:
            lat, lon, country, name = entity_coords.get(mention.entity or "", (None, None, None, None))
            kind = "country" if name and country and country in gazetteer.country_codes(name) else _geocoded_kind(gazetteer, name, lat, lon)
            places.append(PlaceSlot(key or mention.text.lower(), mention.text, preposition, head, lat, lon, country, kind, verb))
    return frozenset(entities), places, frozenset(landmarks)


# Nouns of a place that "of" and a name after them name: "the port of Pozzallo", "the island of Kos".
NAMED_PLACE_NOUNS = frozenset(["port", "city", "town", "village", "island", "capital", "harbour", "harbor", "municipality"])

# Nouns of a settlement or an area that a name before them names ("Kajuru town", "Kachia district").
SETTLEMENT_NOUNS = frozenset(["town", "city", "village", "township", "county", "district", "province", "prefecture",
                              "region", "municipality", "borough", "parish"])

# A place set aside, right before its name: "taken to Aswan rather than to Giza", "in Lyon instead
# of Paris" name where something does not happen, a place no other report's slot disagrees with.
ALTERNATIVE_BEFORE = re.compile(
    r"\b(?:rather\s+than|instead\s+of)\s+(?:(?:to|in|at|from|into)\s+)?(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)

# A direction or a distance from a place, right before its name: the name locates another place
# ("a village 20 km north-east of Leeds", "two miles from Dover", "south of the city of Lyon").
LANDMARK_BEFORE = re.compile(
    r"\b(?:(?:north|south)(?:[- ]?(?:east|west))?|east|west|kilomet(?:re|er)s?|km|miles?)\s+(?:of|from)\s+"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)


def _destination_before(preposition):
    """"sent to the hospital in Jönköping": the parser may hang "in X" on the verb, though it
    follows the verb's destination right away and names where that is; the destination noun is the
    place's slot, as in "diverted to the hospital in Halmstad" where it hangs on the noun."""
    verb = preposition.head
    if verb.pos_ != "VERB" or preposition.lower_ not in ("in", "at"):
        return None
    before = preposition.doc[preposition.i - 1] if preposition.i > 0 else None
    for to in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "into") and c.i < preposition.i):
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ == "NOUN" and before is not None and before.i == obj.right_edge.i:
            return obj
    return None


# Words that make a name an administrative area ("Fulton County", "Kaski District").
AREA_WORDS = re.compile(r"\b(?:county|district|province|prefecture|region|oblast|governorate|municipality|parish|borough)\b", re.IGNORECASE)


def _geocoded_kind(gazetteer, name: str | None, lat: float | None, lon: float | None) -> str | None:
    """The kind (city, region, ...) of the gazetteer entry the story's geocoding chose for a name:
    "Cumbria" is a county, "Millom" a town in it."""
    if not name or lat is None or lon is None:
        return None
    if AREA_WORDS.search(name) and not gazetteer.candidates_exact(name):
        # "Fulton County" found as the town of Fulton: the name is an area around it, and a town
        # in it is no other place
        return "region"
    # "Bangkok", "Vienna": a capital that is its own province has a city and a region a few hundred
    # metres apart; the entry geocoding chose is the nearest, not the first listed
    near = [p for p in gazetteer.candidates(name) if abs(p.lat - lat) < 0.01 and abs(p.lon - lon) < 0.01]
    return min(near, key=lambda p: abs(p.lat - lat) + abs(p.lon - lon)).kind if near else None


# a title's own words before its holder's name: "Commissioner of Police", "Minister for Health",
# "Director-General of the Fire Service" (capitalised words and lower-case linking words only)
_TITLE_TAIL = r"(?:\s+(?:of|for|and|the|[A-Z][\w'’.-]*)){0,5}\s+"


def _titled_holder(title: str, text: str, people: list[Mention]) -> str | None:
    """The one person a report named with ``title`` right before the name ("District collector Jane
    Roe", "Collector Jane Roe"), whom a later "the collector said" means; None where it named none,
    or two people with that title."""
    bare = title.strip().lower()
    if not bare.isalpha():
        return None
    holders = {m.text for m in people
               if re.search(rf"(?<![\w-])(?i:{re.escape(bare)}){_TITLE_TAIL}{re.escape(m.text)}\b", text)}
    full = {h for h in holders if not any(h != other and h in other for other in holders)}
    return full.pop() if len(full) == 1 else None


def _title_then_name(text: str, title: str, name: str) -> bool:
    """Whether ``text`` writes the title right before the name, with at most the title's own words
    between: "Superintendent of Police Jane Roe said ..." makes Jane Roe the speaker of a reported
    statement, not the title; a title and a name apart in the sentence are two people."""
    return re.search(rf"\b{re.escape(title)}{_TITLE_TAIL}{re.escape(name)}\b", text) is not None


def _quoted_spans(document: str, sentence_text: str, offset: int, speaker: str | None) -> list[QuotedSpan]:
    out = []
    for lo, hi, partial in _quotation_ranges(sentence_text):
        words = sentence_text[lo:hi]
        stripped = words.strip(" ,.;:")
        if len(stripped.split()) < 2:
            continue
        start = offset + lo + (len(words) - len(words.lstrip(" ,.;:")))
        out.append(QuotedSpan(
            document, start, start + len(stripped), stripped, normalize_wording(stripped), sentence_text, speaker, partial
        ))
    return out


_OPENING_MARKS = "“«„"
_CLOSING_MARKS = "”»"


def _quotation_ranges(text: str) -> list[tuple[int, int, bool]]:
    """Where the quoted words of a sentence lie, and whether each is a piece of a longer quotation.
    A quotation of two sentences leaves each with one mark: '"The river will rise.' opens one that
    runs to the sentence's end, and 'People must stay away," said X.' closes one begun in the
    sentence before, which quotes all the words up to the mark."""
    marks = [m.start() for m in re.finditer(r"[\"“”«»„]", text)]
    if len(marks) % 2 == 1:
        if text[:marks[0]].strip() and text[marks[0]] not in _OPENING_MARKS:
            rest = marks[0] + 1  # the sentence begins inside a quotation
            return [(0, marks[0], True), *((rest + m.start(1), rest + m.end(1), False) for m in _QUOTE_SPAN.finditer(text[rest:]))]
        if text[marks[-1] + 1:].strip() and text[marks[-1]] not in _CLOSING_MARKS:
            # a quotation that goes on into the next sentence
            return [*((m.start(1), m.end(1), False) for m in _QUOTE_SPAN.finditer(text[:marks[-1]])), (marks[-1] + 1, len(text), True)]
    return [(m.start(1), m.end(1), False) for m in _QUOTE_SPAN.finditer(text)]
