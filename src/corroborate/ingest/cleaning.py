"""Plain-text cleaning: article text in, boilerplate out, and nothing lost without a record.

Why line classification and not a learned extractor: plain-text reports (and the text an HTML
extractor returns) keep the outlet's furniture as whole lines — newsletter boxes, comment prompts,
share buttons, photo captions, credit lines, desk notes. Every rule below looks at the *form* of a
line (its length, where it sits, how it opens and closes), never at one outlet's words, and every
rule errs toward keeping: a sentence is removed only when its form says it is not article prose.
Whatever is removed is returned (``removed``), and captions, credits and the byline are kept as
metadata, so the origins stage can read a credit line that is no longer in the body.

The headline stays in the body as its first paragraph (it is also the title); only later copies
of it are removed. Paragraph breaks in the cleaned text are ``"\\n\\n"``.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from dataclasses import dataclass, field
from datetime import date, datetime

from ..settings import IngestSettings

# ---------------------------------------------------------------------------------------------
# characters

_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_INVISIBLE = re.compile(r"[\u00ad\u200b\u2060\ufeff\x00-\x08\x0e-\x1f\x7f]")
_SPACE_RUNS = re.compile(r" {2,}")

# a sentence end glued to the next sentence: "Nations.On", "production.“Iran", "Russia.”The".
# The two lower-case letters before the stop keep abbreviations ("U.S.Army", "a.m.The", "Dr.No")
# and decimals ("2.5") out; tokens that are URLs or e-mail addresses are left alone.
_GLUED_SENTENCE = re.compile(
    r"(?<=[a-zß-öø-ÿ]{2}[.!?])(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]|[“‘][A-ZÀ-ÖØ-Þ])"
    r"|(?<=[a-zß-öø-ÿ]{2}[.!?][”’\"])(?=[A-ZÀ-ÖØ-Þ“‘])"
)
_URLISH = re.compile(r"(?:://|www\.|@|\.(?:com|org|net|gov|edu|io|co|uk|de|fr)\b)", re.IGNORECASE)

# a contraction or possessive split by a tokeniser: "didn ’ t", "I ’ m", "the company ' s".
# Only the endings of English contractions join, and "t" only after "n", so a quotation mark
# between two words ("the ' social ' drinker") is left alone. The parser misses a negation it
# cannot see as one word, and two reports would then read as saying opposite things.
_SPLIT_CONTRACTION = re.compile(r"(?<=\w) ([’']) (?=(?:(?<=n [’'] )t|s|m|re|ve|ll|d)\b)")


def normalize_spaces(line: str) -> str:
    """Non-breaking and other odd spaces become plain spaces; invisible characters go; runs collapse."""
    line = unicodedata.normalize("NFC", line)
    line = _INVISIBLE.sub("", _ODD_SPACES.sub(" ", line))
    return _SPACE_RUNS.sub(" ", line).strip()


def join_split_contractions(line: str) -> str:
    """Rejoin "didn ’ t" as "didn’t" (text that went through a word tokeniser and back)."""
    return _SPLIT_CONTRACTION.sub(r"\1", line)


def fix_glued_sentences(line: str) -> str:
    """Insert the missing space after a sentence end ("Nations.On" -> "Nations. On")."""
    pieces: list[str] = []
    last = 0
    for match in _GLUED_SENTENCE.finditer(line):
        at = match.start()
        token_start = line.rfind(" ", 0, at) + 1
        token_end = line.find(" ", at)
        token = line[token_start : token_end if token_end != -1 else len(line)]
        if _URLISH.search(token):
            continue
        pieces.append(line[last:at])
        pieces.append(" ")
        last = at
    pieces.append(line[last:])
    return "".join(pieces)


# ---------------------------------------------------------------------------------------------
# line forms

_TERMINAL = ('.', '!', '?', '"', '”', '’', "'", ')', ':', ';', '…')

# (pattern, most words a line may have to match it): short limits where an article sentence
# could open the same way ("Share the burden, ..." is prose; "Share this article" is a button)
# furniture speaks to the reader; a report about a policy does not. Anchored at a line's start: the
# lookahead reads the whole line from there, and searched from every position it cost a quadratic
# scan of each short line (most of the ingest stage's time)
_READER = r"(?m:^)(?=.*\b(?:you|your|our)\b)"
_BOILERPLATE_PATTERNS: list[tuple[str, int]] = [
    # comment prompts
    (r"^(?:leave|post|add|write|submit|view|show|read|see|load)\s+(?:a|the|all|your|our|\d+)?\s*(?:comments?|reply|replies|responses?)\b", 6),
    (r"^\d+\s+comments?$", 3),
    (r"^comments?(?:\s*\(\d+\))?$", 2),
    (r"^(?:join|start)\s+the\s+(?:conversation|discussion)\b", 8),
    (r"\b(?:in|to|into)\s+the\s+comments?(?:\s+section)?\s+below\b", 15),
    # share buttons
    (r"^share\s+(?:this|on|via|article|story|post)\b", 8),
    (r"^(?:share|tweet|e-?mail|print|facebook|twitter|whatsapp|linkedin|telegram|reddit|pinterest|copy link|x)"
     r"(?:(?:\s*[|/·•,]\s*|\s+)(?:share|tweet|e-?mail|print|facebook|twitter|whatsapp|linkedin|telegram|reddit|pinterest|copy link|x))*$", 10),
    # newsletters and subscriptions
    (r"^(?:sign\s*up|subscribe|register)\b.*\b(?:newsletters?|daily|weekly|briefing|digest|alerts?|updates|inbox|e-?mails?)\b", 20),
    (r"^(?:get|receive)\b.*\b(?:newsletters?|briefing|digest|inbox)\b", 15),
    # "Forward this briefing to a colleague", "Send this newsletter to a friend", a newsletter's own
    # foot "Forward it to a friend": a prompt to pass the outlet's mail on
    (r"^(?:forward|send|share)\s+(?:it|us|this|the|our|today['’]s)\s+"
     r"(?:(?:briefing|newsletter|e-?mail|digest|bulletin|edition|issue)\s+)?to\s+(?:a|your)\s+(?:friends?|colleagues?)\b", 12),
    (r"^by\s+(?:registering|signing\s+up|subscribing|clicking|continuing|using\s+(?:this|our)\s+(?:site|website))\b", 25),
    (r"^(?:privacy\s+policy|terms\s+of\s+(?:use|service)|cookie\s+policy|all\s+rights\s+reserved)\b", 12),
    (_READER + r".*\b(?:privacy\s+policy|terms\s+of\s+(?:use|service)|cookie\s+policy|unsubscribe\s+at\s+any\s+time)\b", 25),
    # cookies
    (r"^(?:we|this\s+(?:site|website))\s+uses?\s+cookies\b", 25),
    (r"^(?:accept|reject|manage)\s+(?:all\s+)?cookies\b", 8),
    (r"^cookies?\s+(?:settings|preferences|consent)\b", 6),
    # links to other stories and site furniture
    (r"^(?:read|see|watch|listen)(?:\s+the)?\s+(?:more|also|next|full\s+(?:story|article)|related|now)\s*(?::|$)", 20),
    (r"^(?:read|see)\s+(?:more|also)\s*:", 20),
    (r"^(?:related|recommended|more\s+from|more\s+on\s+this|most\s+read|most\s+popular|trending|also\s+read|"
     r"editor'?s\s+picks|top\s+stories|latest\s+news)\b\s*(?::|$)", 20),
    (r"^(?:click|tap)\s+here\b", 15),
    (r"^follow\s+us\b", 12),
    # "Follow the Harbour Post for more ferry news": a prompt to follow the outlet, not a walk
    (r"^follow\s+(?:[\w&'’.-]+\s+){1,4}for\s+(?:more|the\s+latest|all\s+the\s+latest|updates|breaking)\b(?!\s+than)", 12),
    # "Follow the Herald for every county cricket score": the same prompt, promising every result
    (r"^follow\s+(?:[\w&'’.-]+\s+){1,4}for\s+(?:every|all\s+the)\s+(?:[\w-]+\s+){0,3}"
     r"(?:results?|scores?|updates?|news|stories|headlines|reports?|analysis)\b", 14),
    # "Follow our storm tracker for hourly updates on the track": the prompt, with the updates described
    (r"^follow\s+(?:[\w&'’.-]+\s+){1,4}for\s+(?:[\w-]+\s+){1,2}(?:updates|coverage)\b", 14),
    # "Listen to the interviews on Estuary FM's catch-up service", "... on the Radio Kent app",
    # "Catch up on all our bulletins on the ... app": a pointer to the outlet's player; "Hear the full
    # interview ... on the ... app", "You can hear ... on ... Radio's evening programme", "Catch the
    # full bulletin again on the ... app" too, and "You can hear our bulletins on Harbour FM 101.2 and on
    # the Harbour FM app" (a frequency among the words before the player)
    (r"^(?:you\s+can\s+)?(?:listen|watch|hear|catch(?:[\s-]+up)?)\s+(?:again\s+)?(?:to\s+)?(?:[\w'’.-]+\s+){0,10}?on\s+"
     r"(?:our|[\w&'’.-]+(?:\s+[\w&'’.-]+){0,3}['’]s|the(?:\s+[\w&'’.-]+){1,4})"
     r"\s+(?:[\w-]+\s+){0,2}(?:app|catch-?up(?:\s+service)?|player|podcast|website|channel|feed|programme|bulletin)\b", 25),
    # "Hear our next news bulletin at one o'clock on Radio X 91.2 FM": a pointer to the outlet's next
    # broadcast, whatever station or frequency follows
    (r"^(?:you\s+can\s+)?(?:hear|listen\s+to|watch|catch|join\s+us\s+for|tune\s+in\s+(?:to|for))\s+(?:our|the)\s+next\s+"
     r"(?:[\w-]+\s+){0,2}(?:bulletin|programme|program|show|update|edition|broadcast)\b", 25),
    # "Stay with Radio X for updates through the day", "Stay tuned to the Herald for the latest": a
    # prompt to keep following the outlet, like "Follow ... for more news"; "Stay with Radio X for
    # full commentary of Friday's match" promises the outlet's own coverage
    (r"^stay\s+(?:with|tuned(?:\s+(?:to|in\s+to))?)\s+(?:[\w&'’.-]+\s+){0,4}?(?:for\s+)?"
     r"(?:more|the\s+latest|all\s+the\s+latest|(?:further\s+|live\s+)?updates|breaking|"
     r"(?:full\s+|live\s+|our\s+)?(?:commentary|coverage))\b(?!\s+than)", 14),
    # "That's the sport.", "That's all the news for now.": a bulletin's sign-off of its own section
    # "That was the evening news on Radio X.": the same, told after the programme
    (r"^that(?:'|’|\s+i)s\s+(?:all\s+)?(?:(?:the|our)\s+)?(?:latest\s+)?(?:news|sports?|headlines|bulletin|"
     r"business(?:\s+news)?|round-?up)(?:\s+(?:for|from)\s+[^.!?]{1,40})?[.!]?$", 10),
    (r"^that\s+was\s+(?:(?:the|our)\s+)?(?:latest\s+|morning\s+|midday\s+|lunchtime\s+|evening\s+|late\s+)?"
     r"(?:news|headlines|bulletin|news\s+bulletin)(?:\s+(?:for|from|on)\s+[^.!?]{1,40})?[.!]?$", 10),
    # "Next bulletin at nine.", "The next news is at six o'clock": when the outlet's next programme airs
    (r"^(?:the\s+)?next\s+(?:news\s+)?(?:bulletin|news|update|edition)\s+(?:is\s+)?at\s+(?:\d{1,2}(?:[:.]\d{2})?"
     r"(?:\s*[ap]\.?m\.?)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight|"
     r"the\s+top\s+of\s+the\s+hour)(?:\s+o['’]clock)?[.!]?$", 10),
    # "We will bring you more on this story as we get it", "We'll have the latest for you": a
    # promise of the outlet's next report, like "Stay with Radio X for updates"
    (r"^we(?:\s+will|'ll|’ll)\s+(?:bring\s+you\s+(?:more|the\s+latest|(?:further\s+|live\s+)?updates)(?!\s+than)"
     r"|keep\s+you\s+(?:updated|posted|informed)|have\s+(?:more|the\s+latest)\s+(?:on\s+(?:this|that|the)\s+story|for\s+you))\b", 16),
    # "You're listening to Evening Report on Radio X", "Coming up after the break: ...": a station's
    # own voice about its programme, not news
    (r"^you(?:['’]re|\s+are)\s+(?:listening\s+to|watching|tuned\s+(?:in\s+)?to)\s+[^,]*\bon\s+[^,]+$", 14),
    # "You're listening to Radio X.": the station's name alone (capitalised words, a frequency)
    (r"^you(?:['’]re|\s+are)\s+(?:listening\s+to|watching|tuned\s+(?:in\s+)?to)\s+"
     r"(?-i:[A-Z][\w'’&.-]*(?:\s+(?:[A-Z0-9][\w'’&.-]*|FM|AM)){0,4})\s*[.!]?$", 8),
    # "More news on the hour, every hour.", "Headlines at the top of every hour": the station's clock
    (r"^(?:more\s+)?(?:news|headlines|updates)\s+(?:on\s+the\s+hour|at\s+the\s+top\s+of\s+(?:the|every)\s+hour|"
     r"every\s+(?:hour|half[\s-]+hour))(?:\s*,?\s*every\s+(?:hour|half[\s-]+hour))?\s*[.!]?$", 10),
    (r"^coming\s+up(?:\s+next|\s+(?:after|on|in|at)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?\s*:", 20),
    # a programme's hand-over to its reporter and the reporter's sign-off: "Our Europe correspondent,
    # Ana Ruiz, is in Brussels", "Ana Ruiz in Brussels." (a name, where from, a full stop: a headline
    # such as "Record Heat in Seville" has none)
    (r"^our\s+(?:[\w'’-]+\s+){0,3}(?:correspondent|reporter|editor)(?:\s*,)?\s+(?:[A-Z][\w'’-]*\s+){1,3}?[A-Z][\w'’-]*"
     r"(?:\s*,)?\s+is\s+(?:in|at|with|outside)\b[^,;]*$", 16),
    (r"^(?-i:[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\s+(?:in|at|reporting\s+from)\s+(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\.$", 7),
    # "Subscribe to The Morning Hour wherever you get your podcasts", "Read our tracker of ...": a
    # pointer to the outlet's own programme or pages
    (r"^(?:or\s+)?subscribe\s+(?:to\s+)?.*\bwherever\s+you\s+(?:get|find)\s+your\s+podcasts\b", 20),
    (r"^(?:read|see|explore|search|browse)\s+our\s+(?:[\w-]+\s+){0,2}"
     r"(?:database|archive|tracker|map|guide|explainer|live\s+blog|full\s+coverage|coverage)\b", 12),
    (r"^(?:download|get)\s+(?:our|the)\s+(?:free\s+)?app\b", 12),
    # a newsletter's own foot: "Read past issues", "Unsubscribe"
    (r"^(?:read|see|browse)\s+(?:our\s+)?(?:past|previous|earlier|back)\s+(?:issues|editions|newsletters|episodes)$", 6),
    (r"^unsubscribe$", 1),
    (r"^advertisement$", 1),
    (r"^(?:story|article)\s+continues\s+below\b", 6),
    (r"^skip\s+to\s+(?:main\s+)?content$", 4),
    (r"^(?:©|\(c\)\s*\d{4}|copyright\s+(?:©\s*|\(c\)\s*)?\d{4})", 30),
    (r"^(?:listen\s+to|play)\s+(?:this\s+)?(?:article|story)\b", 8),
    (r"^\d+\s+min(?:ute)?s?\s+read$", 3),
]
_BOILERPLATE = [(re.compile(p, re.IGNORECASE), limit) for p, limit in _BOILERPLATE_PATTERNS]

# words of site furniture: a fragment of a few words made mostly of them is a button or a label
_FURNITURE_WORDS = {
    "newsletter", "newsletters", "subscribe", "subscription", "sign", "up", "in", "log", "login", "register",
    "comment", "comments", "share", "cookies", "cookie", "advertisement", "advert", "sponsored", "menu",
    "navigation", "skip", "content", "related", "trending", "most", "read", "popular", "recommended", "more",
    "stories", "follow", "us", "icon", "logo", "home", "back", "top", "print", "email", "e-mail", "facebook",
    "twitter", "whatsapp", "linkedin", "search", "close", "open", "toggle", "next", "previous", "article",
    "articles", "view", "all", "contentview", "donate", "unsubscribe",
}

_CREDIT = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\bcontributed\s+(?:reporting\s+)?to\s+this\s+(?:article|report|story)\b",
        r"\bcontributed\s+reporting\b",
        # "Gazette writer Ana Ruiz contributed from Valdivia.": a staff line, however the town is named
        r"\b(?:writers?|reporters?|correspondents?|journalists?|staff)\b[^.]{0,80}\bcontributed"
        r"(?:\s+(?:from|in)\s+[^.]{1,40})?\.?\s*$",
        # a staff list: "Reporting by A; Editing by B" (two roles), or one short role line, with or
        # without a dash before it ("-- Reporting by A in Lima; editing by B")
        r"^(?:[—–-]{1,2}\s*)?(?:additional\s+)?(?:reporting|writing|editing|compiled|research|translation|translated|produced)\s+by\b"
        r".*[;,]\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|research|translation|translated|produced)\s+by\b",
        r"^(?:[—–-]{1,2}\s*)?(?=(?:\S+\s+){0,7}\S+\s*$)(?:additional\s+reporting|reporting|writing|editing|compiled)\s+by\b",
        # "With files from the Canadian Press", "--With assistance from Ana Ruiz and Tom Lee."
        r"^[—–-]{0,2}\s*with\s+(?:files|reporting|assistance)\s+(?:from|by)\b(?=(?:\s+\S+){1,8}\s*$)",
        # a wire's desk lines: "To contact the reporter on this story: Ana Ruiz in Lima at aruiz@..."
        r"^to\s+contact\s+the\s+(?:reporters?|editors?|authors?|writers?|correspondents?)\b"
        r"(?:\s+responsible)?(?:\s+(?:on|for|of)\s+this\s+(?:story|article|report))?\s*:",
        r"^this\s+(?:article|story|report)\s+(?:was|is|has\s+been)\s+(?:originally|first)\s+"
        r"(?:published|written|produced|reported|distributed)\b",
        r"^this\s+(?:article|story|report)\s+(?:was|is|has\s+been)\s+(?:republished|adapted|reproduced|syndicated)\b",
    )
]
# inside parentheses, a role line needs no second role: "(Reporting by Ana Lopez)"
_PAREN_CREDIT = re.compile(
    r"^(?:additional\s+)?(?:reporting|writing|editing|compiled|research|translation|translated|produced)\s+by\b",
    re.IGNORECASE,
)

_PARENTHETICAL = re.compile(r"^[(\[](?P<inner>.+)[)\]]\.?$")
_TRAILING_PAREN = re.compile(r"\((?P<inner>[^()]{2,160})\)\s*\.?$")
_STRONG_PHOTO = re.compile(
    r"©|\(c\)|\bphoto(?:graph)?s?\b|\bimages?\b|\bpictures?\b|\bcredit\b|\bcourtesy\b|\bhandout\b|"
    r"\bscreen\s*(?:shot|grab)\b|\bvideo\s+grab\b|\bstringer\b|[A-Z][\w.]*\s*/\s*[A-Z]",
    re.IGNORECASE,
)
# a credit naming a photo by itself (not just "images" or "A/B", which article parentheses use too)
_PHOTO_ONLY = re.compile(
    r"©|\(c\)|\bphoto(?:graph)?s?\b|\bphoto\s+credit\b|\bcourtesy\b|\bhandout\b|\bgetty\b|"
    r"\bscreen\s*(?:shot|grab)\b|\bvideo\s+grab\b|\bstringer\b",
    re.IGNORECASE,
)
_VIA = re.compile(r"\bvia\s+[A-Z]")
_CAPTION_STRONG_OPENER = re.compile(
    r"^(?:(?:photo|image|picture|caption|pictured|file\s+photo|file|photo\s+credit|credit)\s*[:|–—-]\s+"
    r"|(?:image|photo|video|media)\s+(?:caption|source|copyright|credit)\b"
    r"|(?:in\s+)?(?:this|these)\s+(?:[\w-]+\s+){0,3}?(?:image|photo|photograph|picture|handout|screenshot|"
    r"screen\s+grab|frame\s+grab|video\s+still|still)s?\b)",
    re.IGNORECASE,
)
_CAPTION_WEAK_OPENER = re.compile(
    r"^(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:image|photo|photograph|picture|handout|screenshot|screen\s+grab|"
    r"frame\s+grab|video\s+still)s?\s+(?:[\w-]+\s+){0,4}?(?:provided|released|taken|made\s+available|obtained|"
    r"distributed|shows?|showing|posted)\b",
    re.IGNORECASE,
)
_NOTE_WORDS = re.compile(
    r"\b(?:desk|editor'?s?|editorial|newsroom|updated|updates?|articles?|posted|published|corrected|"
    r"correction|subscribers?|readers|live\s+blog|time\s*stamps?)\b|\bthis\s+(?:story|report|article|post)\b",
    re.IGNORECASE,
)
# how a newsroom's own note opens: "(Updated with ...)", "(Adds comment ...)", "(This story has ...)"
_NOTE_OPENER = re.compile(
    r"^(?:updated?|updates|corrects?|corrected|correction|adds|recasts|changes|refiles|fixes|editor|"
    r"this\s+(?:story|article|report|post))\b",
    re.IGNORECASE,
)
_EDITOR_NOTE = re.compile(r"^editor[’']?s\s+note\b", re.IGNORECASE)

_BYLINE = re.compile(r"^(?:by|written\s+by|words\s+by)\s+(?P<name>\S.*)$", re.IGNORECASE)
_NAME_CONNECTORS = {"and", "&", "de", "da", "das", "do", "dos", "van", "von", "der", "den", "al", "el", "bin",
                    "ibn", "la", "le", "del", "della", "di", "du", "ben", "st.", "mc"}
_NAME_TRAILERS = {"staff", "reporters", "reporter", "correspondent", "correspondents", "agencies", "writer",
                  "writers", "editor", "editors", "desk", "team", "contributor", "in", "at", "for", "the"}
# "our correspondent", "a staff reporter", "our own correspondent in Kyiv", "our Tehran
# correspondent", "our Middle East reporter": a byline with no name, alone or with the place the
# report was filed from (one or two words of a beat or a place before the role); the paper may name
# itself before the role ("a Gazette staff reporter, Jubeiha")
_ANONYMOUS_BYLINE = re.compile(
    r"^(?:our|an?)\s+(?:own\s+)?(?:[\w'’.-]+\s+){0,2}(?:(?:staff|special|foreign|local|political|sports)\s+)?"
    r"(?:correspondents?|reporters?|writers?|staff|team)\b(?:\s*(?:,|in|at)\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?\.?$",
    re.IGNORECASE,
)
_NOT_NAMES = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "then", "now", "noon", "midnight", "tonight", "tomorrow", "yesterday", "today", "early", "late", "last",
    "next", "the", "this", "that", "these", "those", "law", "contrast", "comparison", "design", "default",
    "mid", "dawn", "dusk", "far", "all", "most", "some", "its", "their", "his", "her", "our", "my",
    "christmas", "easter", "ramadan", "eid", "new", "summer", "winter", "spring", "autumn", "fall", "nightfall",
    "daybreak", "sunrise", "sunset", "lunchtime", "evening", "morning", "afternoon", "night", "year", "week",
    "month", "way", "chance", "accident", "order", "virtue", "means",
}

_DATELINE = re.compile(r"^(?P<head>[^\s].{1,80}?)(?:\s+[-–—]{1,2}|:)\s+(?=\S)")
_DATELINE_LABELS = {"BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "LIVE", "ANALYSIS",
                    "OPINION", "EDITORIAL", "VIDEO", "PHOTOS", "CORRECTION", "NOTE", "WARNING", "ALERT",
                    "FACT CHECK", "COMMENT", "REVIEW", "EXPLAINER", "INTERVIEW", "FEATURE", "UPDATE 1", "URGENT"}

# a time stamp line: "Published: July 29, 2004", "Posted on: 3:35 pm, December 23, 2012", "May 03, 2013"
_STAMP_LABEL = re.compile(
    r"^(?P<label>(?:last\s+|first\s+)?(?:updated|published|posted|date))\s*(?:on|at)?\s*:\s*(?P<value>.+)$",
    re.IGNORECASE,
)
_STAMP_BARE_LABEL = re.compile(
    r"^(?P<label>(?:last\s+|first\s+)?(?:updated|published|posted))\s+(?:on\s+|at\s+)?(?P<value>\S.*)$", re.IGNORECASE
)
_MONTH = r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
_WEEKDAY = r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
_STAMP_TOKEN = re.compile(
    rf"(?:{_MONTH}|{_WEEKDAY})\.?|\d{{1,4}}(?:st|nd|rd|th)?|\d{{1,4}}(?:[./-]\d{{1,4}}){{1,2}}|"
    r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|[ap]\.?|m\.?|[ap]\.?m\.?|[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|"
    r"at|on|@|[|/,–—-]",
    re.IGNORECASE,
)
_DATE_IN_TEXT = re.compile(
    rf"\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})\.?,?\s+\d{{4}}\b",
    re.IGNORECASE,
)

# a bulletin's label for the story it opens with, "Our top story tonight: the singer ...", "Leading
# the news this hour: ...": furniture before the report's first sentence, which starts after it
_LEAD_IN = re.compile(
    r"^(?:(?:our|the|today['’]s|tonight['’]s)\s+)?(?:top|main|lead|leading|big|biggest)\s+(?:news\s+)?"
    r"(?:story|headline|news)|^leading\s+(?:the|our)\s+(?:news|headlines|bulletin)",
    re.IGNORECASE,
)
_LEAD_IN_END = re.compile(r"(?:\s+(?:tonight|today|now|this\s+(?:morning|afternoon|evening|hour)|at\s+this\s+hour))?\s*:\s+(?=\S)",
                          re.IGNORECASE)

_MD_HEADING = re.compile(r"^#{1,6}\s+")
_MD_IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?P<inner>\S(?:.*?\S)?)\1")
_MD_ITALIC = re.compile(r"(?<![\w*])([*_])(?P<inner>[^\s*_](?:[^*_]*?[^\s*_])?)\1(?![\w*])")
_MD_CODE = re.compile(r"`(?P<inner>[^`]+)`")
_MD_BULLET = re.compile(r"^[-*+]\s+")
_MD_RULE = re.compile(r"^(?:[-*_]\s*){3,}$")
_MD_QUOTE = re.compile(r"^>\s?")


# ---------------------------------------------------------------------------------------------
# the result


@dataclass(slots=True)
class CleanedText:
    text: str
    title: str | None = None
    byline: str | None = None
    dateline: str | None = None
    captions: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # every line taken out of the body, in order
    stamped: date | None = None  # the publication date a time-stamp line states


@dataclass(slots=True)
class _Paragraph:
    text: str
    block: int
    heading: bool = False  # a Markdown heading
    kind: str = "body"  # body, headline, boilerplate, repeat, caption, credit, note, byline, stamp


_REMOVED = {"boilerplate", "repeat", "caption", "credit", "note", "byline", "stamp"}


def words(text: str) -> int:
    return len(text.split())


def comparable(text: str) -> str:
    """Lower-case letters and digits only: two copies of a headline compare equal despite markup."""
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


# ---------------------------------------------------------------------------------------------
# the cleaner


def clean_text(
    raw: str,
    settings: IngestSettings,
    *,
    title: str | None = None,
    markdown: bool = False,
    captions: list[str] | None = None,
) -> CleanedText:
    """Clean one report's plain text (or the text an HTML extractor returned).

    ``title`` is a title known from elsewhere (a manifest, the HTML metadata); a paragraph equal to
    it is the headline. ``captions`` are captions found outside the text (HTML <figcaption>).
    """
    paragraphs, md_captions = _paragraphs(raw, markdown)
    result = CleanedText(text="")
    result.captions.extend(captions or [])
    result.captions.extend(md_captions)
    for paragraph in paragraphs:
        paragraph.kind = _line_kind(paragraph.text, settings)
    _find_stamps(paragraphs, result)
    _expand_furniture_blocks(paragraphs)
    _find_bylines(paragraphs, result)
    _find_headline(paragraphs, result, title, settings)
    _attach_photo_credits(paragraphs)

    kept: list[str] = []
    pending_caption: list[str] = []
    for paragraph in paragraphs:
        if paragraph.kind in _REMOVED:
            result.removed.append(paragraph.text)
        if paragraph.kind == "caption":
            if pending_caption and not _PARENTHETICAL.match(paragraph.text):  # a new caption, not a credit
                result.captions.append(" ".join(pending_caption))
                pending_caption = []
            pending_caption.append(paragraph.text)
            continue
        if pending_caption:
            result.captions.append(" ".join(pending_caption))
            pending_caption = []
        if paragraph.kind == "credit":
            result.credits.append(paragraph.text)
        elif paragraph.kind == "body" and (lead_in := _lead_in(paragraph.text)):
            result.removed.append(lead_in.strip())
            rest = paragraph.text[len(lead_in):]
            kept.append(rest[:1].upper() + rest[1:])
        elif paragraph.kind in ("body", "headline"):
            kept.append(paragraph.text)
    if pending_caption:
        result.captions.append(" ".join(pending_caption))

    lede = next((p for p in paragraphs if p.kind == "body"), None)
    result.dateline = _dateline(lede.text) if lede is not None else None
    result.text = "\n\n".join(kept)
    return result


def _lead_in(text: str) -> str | None:
    """The bulletin's label before its lead story's first sentence, with the colon after it."""
    label = _LEAD_IN.match(text)
    end = label and _LEAD_IN_END.match(text, label.end())
    return text[: end.end()] if end else None


def _paragraphs(raw: str, markdown: bool) -> tuple[list[_Paragraph], list[str]]:
    """Split into paragraphs: each non-blank line, unless a block of lines is hard-wrapped prose."""
    blocks: list[list[tuple[str, bool]]] = []
    current: list[tuple[str, bool]] = []
    md_captions: list[str] = []
    for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        heading = False
        line = normalize_spaces(line)
        if markdown and line:
            line, heading, alts = _strip_markdown(line)
            md_captions.extend(alts)
        line = fix_glued_sentences(join_split_contractions(line))
        if not line:
            if current:
                blocks.append(current)
                current = []
            continue
        current.append((line, heading))
    if current:
        blocks.append(current)

    paragraphs: list[_Paragraph] = []
    for index, block in enumerate(blocks):
        if _hard_wrapped([text for text, _ in block]):
            paragraphs.append(_Paragraph(" ".join(text for text, _ in block), index))
            continue
        for text, heading in block:
            paragraphs.append(_Paragraph(text, index, heading=heading))
    return paragraphs, md_captions


def _strip_markdown(line: str) -> tuple[str, bool, list[str]]:
    if _MD_RULE.match(line):
        return "", False, []
    alts = [m.group("alt").strip() for m in _MD_IMAGE.finditer(line) if m.group("alt").strip()]
    line = _MD_IMAGE.sub("", line)
    heading = bool(_MD_HEADING.match(line))
    line = _MD_HEADING.sub("", line)
    line = _MD_QUOTE.sub("", line)
    line = _MD_BULLET.sub("", line)
    line = _MD_LINK.sub(lambda m: m.group("text"), line)
    line = _MD_EMPHASIS.sub(lambda m: m.group("inner"), line)
    line = _MD_ITALIC.sub(lambda m: m.group("inner"), line)
    line = _MD_CODE.sub(lambda m: m.group("inner"), line)
    return line.strip().rstrip("#").strip(), heading, alts


def _hard_wrapped(lines: list[str]) -> bool:
    """Prose wrapped at a fixed width: similar line lengths, most lines not ending a sentence."""
    if len(lines) < 3:
        return False
    body = lines[:-1]
    longest = max(len(line) for line in lines)
    if not 50 <= longest <= 100 or min(len(line) for line in body) < 0.6 * longest:
        return False
    open_ended = sum(1 for line in body if not line.endswith(_TERMINAL))
    continued = sum(1 for line in lines[1:] if line[:1].islower())
    return open_ended >= 0.6 * len(body) and continued >= 1


def _line_kind(text: str, settings: IngestSettings) -> str:
    n_words = words(text)
    if _EDITOR_NOTE.match(text):
        return "note"
    paren = _PARENTHETICAL.match(text)
    if paren:
        inner = paren.group("inner")
        if _PAREN_CREDIT.match(inner) or any(p.search(inner) for p in _CREDIT):
            return "credit"
        if words(inner) <= 12 and _STRONG_PHOTO.search(inner):
            return "caption"
        if words(inner) <= 6 and _VIA.search(inner):
            return "credit"
        if _NOTE_OPENER.match(inner) or len(_NOTE_WORDS.findall(inner)) >= 2:
            return "note"
    if n_words <= 30 and any(p.search(text) for p in _CREDIT):
        return "credit"
    if _is_caption(text):
        return "caption"
    limit = settings.boilerplate_max_words
    if any(n_words <= min(max_words, limit) and p.search(text) for p, max_words in _BOILERPLATE):
        return "boilerplate"
    if _is_furniture_fragment(text):
        return "boilerplate"
    # a row of buttons and links on one line ("Share this story | Subscribe to our briefing"):
    # furniture when every piece between the separators is
    pieces = [piece.strip() for piece in _SEPARATORS.split(text)]
    if len(pieces) > 1 and all(piece and _line_kind(piece, settings) == "boilerplate" for piece in pieces):
        return "boilerplate"
    # two prompts joined by ", or" ("Listen again on the Radio X app, or subscribe to the show
    # wherever you get your podcasts"): furniture when both are, however long the line
    prompts = [piece.strip() for piece in _OR_PROMPT.split(text)]
    if len(prompts) > 1 and all(piece and _line_kind(piece, settings) == "boilerplate" for piece in prompts):
        return "boilerplate"
    # two prompts run into one line ("Stay with Radio X for updates. You can listen live on the Radio X
    # app."): furniture when every sentence of it is; a programme's credit ("Culture Hour is produced
    # by Radio X in Dakar.") is furniture beside such a prompt, never alone
    sentences = _SENTENCE_BREAK.split(text)
    if len(pieces) == 1 and 1 < len(sentences) <= 3:
        kinds = ["programme" if _PROGRAMME_CREDIT.match(sentence) else _line_kind(sentence, settings) for sentence in sentences]
        if "boilerplate" in kinds and all(kind in ("boilerplate", "programme") for kind in kinds):
            return "boilerplate"
    return "body"


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# and an outlet's line about itself ("Valley Briefing is a free weekly newsletter.") beside a prompt
_PROGRAMME_CREDIT = re.compile(
    r"^(?:[A-Z][\w'’&-]*\s+){1,4}(?:is|was)\s+(?:produced|presented)\s+by\s+(?:[A-Z][\w'’&.-]*\s*){1,4}"
    r"(?:in\s+[A-Z][\w'’-]*\s*)?\.?$"
    r"|^(?:[A-Z][\w'’&-]*\s+){1,4}is\s+an?\s+(?:[\w-]+\s+){0,3}(?:newsletter|podcast|digest|briefing)\.?$")


_SEPARATORS = re.compile(r"\s+[|·•]\s+")
_OR_PROMPT = re.compile(r",\s+(?=or\s+[a-z])")


def _is_furniture_fragment(text: str) -> bool:
    """A label of a few words, most of them site furniture: "acme newsletter icon", "Most read"."""
    if words(text) > 5 or text.endswith("."):
        return False
    tokens = [t for t in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", text.casefold())]
    if not tokens:
        return False
    return sum(1 for t in tokens if t in _FURNITURE_WORDS) / len(tokens) > 0.5


def _is_caption(text: str) -> bool:
    trailing = _TRAILING_PAREN.search(text)
    strong_credit = bool(trailing and _STRONG_PHOTO.search(trailing.group("inner")))
    any_credit = strong_credit or bool(trailing and _VIA.search(trailing.group("inner")))
    if words(text) > 90:
        return False
    if _CAPTION_STRONG_OPENER.match(text):
        return True
    if _CAPTION_WEAK_OPENER.match(text) and any_credit:
        return True
    # no caption opener: only a credit that names a photo makes a caption of the paragraph
    return bool(trailing and trailing.start() > 0 and _PHOTO_ONLY.search(trailing.group("inner")) and words(text) <= 60)


def _find_stamps(paragraphs: list[_Paragraph], result: CleanedText) -> None:
    """Time-stamp lines are page furniture, but the date they state is the report's date.

    A labelled stamp ("Published: ...") counts anywhere; a bare date line only near the top or the
    bottom, where pages print them. Published/posted beat a bare stamp, which beats "updated".
    """
    candidates: list[tuple[int, date]] = []
    edge = {id(p) for p in paragraphs[:4]} | {id(p) for p in paragraphs[-2:]}
    for paragraph in paragraphs:
        if paragraph.kind != "body" or words(paragraph.text) > 20:
            continue
        labelled = _STAMP_LABEL.match(paragraph.text) or _STAMP_BARE_LABEL.match(paragraph.text)
        if labelled and labelled.re is _STAMP_BARE_LABEL and not _only_date_tokens(labelled.group("value")):
            labelled = None
        if labelled:
            stated = _stamp_date(labelled.group("value"))
            if stated is None and not _DATE_IN_TEXT.search(paragraph.text) and not re.search(r"\d", labelled.group("value")):
                continue
            paragraph.kind = "stamp"
            if stated is not None:
                rank = 2 if "updated" in labelled.group("label").lower() else 0
                candidates.append((rank, stated))
        elif id(paragraph) in edge and words(paragraph.text) <= 16 and _only_date_tokens(_without_stamp_labels(_without_outlet(paragraph.text))):
            stated = _stamp_date(paragraph.text)
            if stated is not None:
                paragraph.kind = "stamp"
                candidates.append((1, stated))
            elif _without_outlet(paragraph.text) != paragraph.text:
                # "Harbour Evening Post, Tuesday": the outlet's name and a day without its date is
                # the page's stamp all the same, not a claim; it dates nothing on its own
                paragraph.kind = "stamp"
    if candidates:
        result.stamped = min(candidates, key=lambda c: c[0])[1]


# "Harbour Evening Post, Tuesday 4 May 2026": a name of capitalised words and a comma before a date
_OUTLET_BEFORE_DATE = re.compile(r"^(?:[A-Z][\w'’.&-]*\s+){0,5}[A-Z][\w'’.&-]*,\s+")


def _without_outlet(text: str) -> str:
    """A stamp line without the outlet or author name the page prints before the date."""
    return _OUTLET_BEFORE_DATE.sub("", text, count=1)


# "21 July 2013 Last updated at 11:11 GMT": a label inside a date line, after its date
_INNER_STAMP_LABEL = re.compile(r"\b(?:last\s+|first\s+)?(?:updated|published|posted)(?:\s+(?:on|at))?\s*:?", re.IGNORECASE)


def _without_stamp_labels(text: str) -> str:
    """A date line without the labels some pages print after its date."""
    return _INNER_STAMP_LABEL.sub(" ", text)


# "August 8, 2012-4:43 pm": a date and its clock time joined by a dash
_DATE_DASH_TIME = re.compile(r"(?<=\d)\s*[-–—]\s*(?=\d{1,2}[:.]\d{2})")


def _only_date_tokens(text: str) -> bool:
    tokens = [t.strip("(),|") for t in _DATE_DASH_TIME.sub(" ", text).split()]
    tokens = [t for t in tokens if t]
    return bool(tokens) and all(_STAMP_TOKEN.fullmatch(t) for t in tokens)


def _stamp_date(value: str) -> date | None:
    """A full date (year, month and day all stated) or None."""
    from dateutil import parser

    value = re.split(r"\s*\|\s*|\s+(?:last\s+)?updated\b", _DATE_DASH_TIME.sub(" ", value), maxsplit=1, flags=re.IGNORECASE)[0]
    for text in [value] + [m.group(0) for m in _DATE_IN_TEXT.finditer(value)]:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                one = parser.parse(text, fuzzy=True, ignoretz=True, default=datetime(1900, 1, 1))
                two = parser.parse(text, fuzzy=True, ignoretz=True, default=datetime(1904, 2, 2))
        except (ValueError, OverflowError, TypeError):
            continue
        if one.date() == two.date() and 1900 < one.year < 2100:
            return one.date()
    return None


def _expand_furniture_blocks(paragraphs: list[_Paragraph]) -> None:
    """A box of short lines that is mostly furniture is all furniture ("Stay informed ...")."""
    by_block: dict[int, list[_Paragraph]] = {}
    for paragraph in paragraphs:
        by_block.setdefault(paragraph.block, []).append(paragraph)
    for members in by_block.values():
        if len(members) < 2:
            continue
        furniture = sum(1 for p in members if p.kind == "boilerplate")
        rest = [p for p in members if p.kind == "body"]
        if furniture >= max(2, (len(members) + 1) // 2) and all(words(p.text) <= 12 for p in rest):
            for paragraph in rest:
                paragraph.kind = "boilerplate"


def _find_bylines(paragraphs: list[_Paragraph], result: CleanedText) -> None:
    for paragraph in paragraphs[:4]:
        if paragraph.kind != "body":
            continue
        name = _byline_name(paragraph.text)
        if name:
            paragraph.kind = "byline"
            result.byline = result.byline or name


def _byline_name(text: str) -> str | None:
    match = _BYLINE.match(text)
    if not match or words(text) > 12:
        return None
    name = match.group("name").strip()
    if _ANONYMOUS_BYLINE.match(name):
        return name  # "By our correspondent, Lampedusa", "By a staff reporter": the paper's own, unnamed
    if name.endswith((".", "!", "?", ";")) and not re.search(r"\b[A-Z]\.$|\b(?:Jr|Sr)\.$", name):
        return None  # a sentence ("By Christmas, the shelves were empty."), not a name
    head = re.split(r"\s*[,|•·]\s*|\s+[-–—]\s+", name, maxsplit=1)
    tokens = head[0].split()
    if not tokens or tokens[0].casefold().strip(",") in _NOT_NAMES or not tokens[0][:1].isupper():
        return None
    for token in tokens:
        bare = token.casefold().strip(",")
        if token[:1].isupper() or bare in _NAME_CONNECTORS or bare in _NAME_TRAILERS:
            continue
        return None
    return name


def _find_headline(paragraphs: list[_Paragraph], result: CleanedText, title: str | None, settings: IngestSettings) -> None:
    known = comparable(title) if title else None
    body = [p for p in paragraphs if p.kind == "body"]
    headline: str | None = None
    if body:
        first = body[0]
        has_more = len(body) > 1
        if (known and comparable(first.text) == known) or first.heading or (has_more and _looks_like_headline(first.text, settings)):
            first.kind = "headline"
            headline = comparable(first.text)
            result.title = title or first.text
    result.title = result.title or title
    copies = {c for c in (known, headline) if c}
    for paragraph in paragraphs:
        if paragraph.kind == "body" and comparable(paragraph.text) in copies:
            paragraph.kind = "repeat"


def _looks_like_headline(text: str, settings: IngestSettings) -> bool:
    n_words = words(text)
    if not 2 <= n_words <= settings.headline_max_words:
        return False
    if text.endswith((".", ",", ";", ":", "…")) or not (text[0].isupper() or text[0].isdigit() or text[0] in "“‘\"'"):
        return False
    return _dateline(text) is None


def _attach_photo_credits(paragraphs: list[_Paragraph]) -> None:
    """A short parenthetical right after a caption is that photo's credit, even without photo words."""
    for before, paragraph in zip(paragraphs, paragraphs[1:], strict=False):
        if before.kind == "caption" and paragraph.kind in ("body", "credit"):
            paren = _PARENTHETICAL.match(paragraph.text)
            if paren and words(paren.group("inner")) <= 12:
                paragraph.kind = "caption"


def _dateline(text: str) -> str | None:
    """ "WASHINGTON (AA) - Iran is ..." -> "WASHINGTON (AA)"; the place must be in capitals."""
    match = _DATELINE.match(text)
    if not match:
        return None
    if match.group(0).rstrip().endswith(":") and not text.endswith(_TERMINAL[:6]):
        return None  # "REPORT: Red Sox make offer" is a headline kicker, not a place
    head = match.group("head").strip()
    agency = re.search(r"\s*\(([^()]{1,30})\)$", head)
    place_part = head[: agency.start()] if agency else head
    place, _, rest = place_part.partition(",")
    letters = [c for c in place if c.isalpha()]
    if len(letters) < 2 or place.upper() != place or place.strip().upper() in _DATELINE_LABELS:
        return None
    if words(place) > 4 or (rest and (words(rest) > 4 or any(c in rest for c in ".!?;:"))):
        return None
    if rest and not all(t[:1].isupper() or t[:1].isdigit() for t in rest.split()):
        return None
    return head
