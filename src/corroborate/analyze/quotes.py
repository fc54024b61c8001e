"""Quotations and reported speech, each with its speaker.

Direct quotes are found by their marks (curly or straight, across sentences; a paragraph that
opens a quote without closing it runs to its end, as news style does). A quote is *partial* when
it is a fragment inside the writer's sentence (no capital at its start). Reported speech is the
content of "X said (that) ...", "..., X said." and "according to X". The speaker is the name or
pronoun next to a speech verb; a pronoun or "the official" takes the nearest person named before
it; a quote with no attribution that directly continues an attributed one keeps its speaker.
"""

from __future__ import annotations

import bisect
import re

from ..model import Mention, Quote, Sentence
from .lexicon import word_list, word_set
from .sentences import sentence_index

PRONOUNS = {"he": "PERSON", "she": "PERSON", "they": None, "it": None, "we": None, "i": None}
SPEAKER_TYPES = {"PERSON", "ORG", "PLACE", "NORP"}
PASSIVE = re.compile(r"\b(?:was|were|been|be|is|are)\s+(?:\w+ly\s+|also\s+)*$")
# what may stand between a speaker and its verb in reported speech
ADJACENT = re.compile(r"^(?:['’]s\s+[a-z ]{0,40}?)?\s*(?:(?:\w+ly|also|has|have|had|then|now|,)\s*)*$")


def normalize_wording(text: str) -> str:
    """Lower case, plain apostrophes, no punctuation: two wordings compare equal when only
    typography differs."""
    text = text.lower().replace("’", "'").replace("‘", "'")
    text = re.sub(r"[^\w\s']", " ", text)
    return " ".join(text.replace("'", "").split())


def _verbs() -> str:
    return "|".join(sorted(word_list("speech_verbs.txt"), key=len, reverse=True))


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words inside each pair of quotation marks."""
    spans = []
    position = 0
    for line in text.splitlines(keepends=True):
        open_at = None
        straight = False
        for i, char in enumerate(line):
            at = position + i
            if char == "“" or (char == '"' and open_at is None):
                if open_at is None:
                    open_at, straight = at + 1, char == '"'
            elif (char == "”" or (char == '"' and straight)) and open_at is not None:
                spans.append((open_at, at))
                open_at = None
        if open_at is not None:  # a quote that runs on into the next paragraph
            end = position + len(line.rstrip())
            if end - open_at > 20:
                spans.append((open_at, end))
        position += len(line)
    return spans


class _Speakers:
    """Looks up who a span of text names: a mention, a pronoun, or a speaker noun."""

    def __init__(self, text: str, mentions: list[Mention]):
        self.text = text
        self.mentions = sorted((m for m in mentions if m.type in SPEAKER_TYPES), key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.persons = [m for m in self.mentions if m.type == "PERSON"]
        self.person_starts = [m.start for m in self.persons]

    def full_name(self, mention: Mention) -> str:
        """A surname alone is the fullest name in the document that ends with it."""
        if mention.type != "PERSON" or " " in mention.text:
            return mention.text
        longer = [m.text for m in self.persons if m.text.endswith(" " + mention.text)]
        return max(longer, key=len) if longer else mention.text

    def mention_in(self, start: int, end: int, last: bool = False) -> Mention | None:
        """The mention inside [start, end): the first or, with ``last``, the last; persons first."""
        i = bisect.bisect_left(self.starts, start)
        inside = []
        while i < len(self.mentions) and self.mentions[i].end <= end:
            inside.append(self.mentions[i])
            i += 1
        if not inside:
            return None
        people = [m for m in inside if m.type == "PERSON"] or [m for m in inside if m.type == "ORG"] or inside
        return people[-1] if last else people[0]

    def person_before(self, offset: int) -> Mention | None:
        i = bisect.bisect_left(self.person_starts, offset)
        return self.persons[i - 1] if i > 0 else None


def _speaker_phrase(speakers: _Speakers, start: int, end: int, last: bool) -> tuple[str, int, int] | None:
    """Who [start, end) names: (speaker, start, end), resolving pronouns and speaker nouns."""
    if last:  # "Ukraine, he added": the word next to the verb speaks, not an earlier name
        near = _pronoun(speakers, start, end, last=True)
        if near:
            return near
    mention = speakers.mention_in(start, end, last=last)
    if mention:
        return speakers.full_name(mention), mention.start, mention.end
    return _pronoun(speakers, start, end, last)


def _pronoun(speakers: _Speakers, start: int, end: int, last: bool) -> tuple[str, int, int] | None:
    """A pronoun or a role noun ("he", "the official") stands for the person named before it."""
    words = list(re.finditer(r"[A-Za-z]+", speakers.text[start:end]))
    if not words:
        return None
    word = words[-1] if last else words[0]
    lower = word.group(0).lower()
    w_start, w_end = start + word.start(), start + word.end()
    anaphoric_noun = lower in word_set("speaker_nouns.txt") and speakers.text[:w_start].endswith("the ")
    if lower in {"he", "she"} or anaphoric_noun:
        person = speakers.person_before(w_start)
        if person:
            return speakers.full_name(person), w_start, w_end
    return None


def find_quotes(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Quote]:
    """Direct and partial quotes, then reported speech, in document order."""
    speakers = _Speakers(text, mentions)
    verbs = _verbs()
    after = re.compile(
        rf"^[\s,;:—–-]*(?:(?P<verb1>{verbs})\s+(?P<who1>[^.,;“”\"]{{1,60}}?)(?=[.,;]|$)|(?P<who2>[^.,;“”\"]{{1,60}})\s+(?P<verb2>{verbs})\b)"
    )
    before_verb = re.compile(rf"\b(?P<verb>{verbs})\b", re.IGNORECASE)
    quotes: list[Quote] = []
    spans = _quote_spans(text)
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
        tail = text[end + 1 : min(tail_end, end + 120)]
        m = after.match(tail)
        if m:
            who = "who1" if m.group("who1") else "who2"
            w_start, w_end = end + 1 + m.start(who), end + 1 + m.end(who)
            found = _speaker_phrase(speakers, w_start, w_end, last=False)
            if found:
                speaker, speaker_span = found[0], found[1:]
                verb = m.group("verb1") or m.group("verb2")
        if speaker is None and lead.strip():
            verb_matches = list(before_verb.finditer(lead))
            if verb_matches and not PASSIVE.search(lead[: verb_matches[-1].start()]):
                v = verb_matches[-1]
                found = _speaker_phrase(speakers, sentence.start, sentence.start + v.start(), last=True)
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
    return quotes


def _reported(text: str, sentences: list[Sentence], speakers: _Speakers, spans) -> list[Quote]:
    """Reported speech: "X said (that) ...", "..., X said.", "according to X"."""
    verbs = _verbs()
    lead_verb = re.compile(
        rf"^(?P<who>.{{2,90}}?)\s+(?:\w+ly\s+|also\s+|has\s+|have\s+|had\s+){{0,2}}(?P<verb>{verbs})\b(?:\s+(?:in|on|to)\s+[^,]{{1,40}}?(?=\s+that\b))?\s*(?:that\s+|,\s*)?(?P<content>.+)$"
    )
    tail_verb = re.compile(
        rf"^(?P<content>.+?),\s*(?P<who>[^,“”\"]{{2,60}}?)\s+(?P<verb>{verbs})(?:\s+[^,]{{0,40}})?\.?$"
    )
    according = re.compile(r"(?:^|,\s*)according to (?P<who>[^,.]{2,80})(?:,\s*|\.?$)", re.IGNORECASE)
    reported = []
    quote_chars = [(s, e) for s, e in spans]
    for sentence in sentences:
        body = sentence.text.rstrip()
        if any(s < sentence.end and sentence.start < e and (e - s) > 0.5 * len(body) for s, e in quote_chars):
            continue  # a quotation: already attributed as a direct quote
        found = None
        m = according.search(body)
        if m:
            who = (sentence.start + m.start("who"), sentence.start + m.end("who"))
            content = (body[: m.start()] + " " + body[m.end() :]).strip(" ,.")
            c_start = sentence.start + (0 if m.start() > 0 else m.end())
            c_end = sentence.start + (m.start() if m.start() > 0 else len(body))
            found = (who, "according to", c_start, c_end, content)
        else:
            m = tail_verb.match(body) or lead_verb.match(body)
            if m and len(m.group("content").split()) >= 4:
                who = (sentence.start + m.start("who"), sentence.start + m.end("who"))
                c_start, c_end = sentence.start + m.start("content"), sentence.start + m.end("content")
                found = (who, m.group("verb"), c_start, c_end, None)
        if not found:
            continue
        (w_start, w_end), verb, c_start, c_end, _ = found
        if verb != "according to" and len(text[w_start:w_end].split()) > 8:
            continue  # the subject is not a speaker but a whole clause
        last = verb != "according to"
        speaker = _speaker_phrase(speakers, w_start, w_end, last=last)
        # the speaker must stand next to the verb: "Iran rejected the claims that" is no speech
        if verb != "according to" and (speaker is None or not ADJACENT.match(text[speaker[2] : w_end])):
            continue
        speaker_text = speaker[0] if speaker else text[w_start:w_end].strip()
        span_s, span_e = (speaker[1], speaker[2]) if speaker else (w_start, w_end)
        content = text[c_start:c_end].strip(" ,.")
        if not content:
            continue
        c_start = text.find(content, c_start)
        reported.append(
            Quote(
                text=content,
                kind="reported",
                start=c_start,
                end=c_start + len(content),
                sentence=sentence.index,
                speaker=speaker_text if speaker or verb == "according to" else None,
                speaker_start=span_s,
                speaker_end=span_e,
                normalized=normalize_wording(content),
                verb=verb,
            )
        )
    return reported
