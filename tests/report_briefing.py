"""A small briefing built by hand with every section the report shows: two stories, copies of one
wire story, a discrepancy that may be an update, places with coordinates and one without, a
timeline, aliases, quotes, removed boilerplate, and hostile markup in a report.

The report tests use it so that they do not depend on how far the other stages have come.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from corroborate.model import (
    AnalyzedDocument,
    Briefing,
    Claim,
    ClaimSupport,
    Discrepancy,
    Document,
    Entity,
    Mention,
    Origin,
    Sentence,
    SharedPassage,
    SkippedInput,
    Story,
    StoryQuote,
    TimeExpression,
    TimelineEntry,
    Variant,
)

HOSTILE = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'

WIRE = (
    "Two ferries collided outside the port of Tallinn on Monday morning, injuring 14 passengers. "
    "The Estonian Maritime Administration said both vessels had returned to port. "
    "Service to Helsinki was suspended until Wednesday."
)
COPY = (
    "Two ferries collided outside the port of Tallinn on Monday morning, injuring 14 passengers. "
    "Service to Helsinki was suspended until Wednesday, operators said."
)
INDEPENDENT = (
    "At least 16 passengers were hurt when two ferries collided near Tallinn on Monday. "
    "Maritime administration spokeswoman Liis Tamm said an inquiry had opened. "
    '"We will know more by Friday," Tamm said.'
)
FIRE_A = "A wildfire burned 300 hectares north of Marseille on Saturday. Firefighters contained it by evening."
FIRE_B = "Firefighters contained a wildfire north of Marseille on Saturday evening after it burned 300 hectares."


def sentences_of(text: str) -> list[Sentence]:
    """Sentences split after a full stop (or a closing quote after one) and a space."""
    out = []
    for i, match in enumerate(re.finditer(r'.+?[.!?]"?(?=\s|$)', text)):
        start = match.start() + (len(match.group()) - len(match.group().lstrip()))
        out.append(Sentence(i, start, match.end(), text[start:match.end()]))
    return out


def _doc(doc_id: str, text: str, outlet: str, day: int, **extra) -> AnalyzedDocument:
    document = Document(id=doc_id, text=text, sources=[f"reports/{doc_id}.txt"], outlet=outlet,
                        published=date(2025, 3, day), **extra)
    return AnalyzedDocument(document=document, sentences=sentences_of(text))


def _mention(analyzed: AnalyzedDocument, text: str, kind, entity: str) -> Mention:
    start = analyzed.text.index(text)
    sentence = analyzed.sentence_at(start)
    return Mention(text, kind, start, start + len(text), sentence.index, entity=entity)


def _support(analyzed: AnalyzedDocument, index: int, origin: str) -> ClaimSupport:
    s = analyzed.sentences[index]
    return ClaimSupport(analyzed.id, s.text, s.start, s.end, 1.0, origin)


def _time(analyzed: AnalyzedDocument, text: str, resolved: str) -> TimeExpression:
    start = analyzed.text.index(text)
    return TimeExpression(text, start, start + len(text), analyzed.sentence_at(start).index, resolved, "day", True, True)


def make_briefing() -> Briefing:
    wire = _doc("d1wire", WIRE, "Baltic Wire", 3, title="Ferries collide off Tallinn",
                url="https://baltic-wire.example/ferries", byline="By Mari Kask",
                boilerplate_removed=["Sign up for our newsletter", HOSTILE])
    copy = _doc("d2copy", COPY, "Harbour Times", 3, title=f"Ferry crash {HOSTILE}",
                url="javascript:window.__xss=3", credits=["Baltic Wire contributed to this report"])
    independent = _doc("d3indep", INDEPENDENT, "Nordic Daily", 4, title="Sixteen hurt in ferry collision",
                       captions=["Rescue boats near the harbour."])
    fire_a = _doc("d4fire", FIRE_A, "Provence Post", 8)
    fire_b = _doc("d5fire", FIRE_B, "Riviera Radio", 9)

    for analyzed in (wire, copy, independent):
        analyzed.mentions.append(_mention(analyzed, "Tallinn", "PLACE", "s1-tallinn"))
    for analyzed in (wire, copy):
        analyzed.mentions.append(_mention(analyzed, "Helsinki", "PLACE", "s1-helsinki"))
        analyzed.times.append(_time(analyzed, "on Monday morning", "2025-03-03"))
        analyzed.times.append(_time(analyzed, "until Wednesday", "2025-03-05"))
    wire.mentions.append(_mention(wire, "Estonian Maritime Administration", "ORG", "s1-ema"))
    independent.mentions.append(_mention(independent, "Maritime administration", "ORG", "s1-ema"))
    independent.mentions.append(_mention(independent, "Liis Tamm", "PERSON", "s1-tamm"))
    for analyzed in (fire_a, fire_b):
        analyzed.mentions.append(_mention(analyzed, "Marseille", "PLACE", "s2-marseille"))

    ferry = Story(id="s1", documents=["d1wire", "d2copy", "d3indep"], headline="Two ferries collide outside Tallinn")
    ferry.origins = [
        Origin("s1-o1", ["d1wire", "d2copy"], credit="Baltic Wire",
               evidence=['shared passage: "Two ferries collided outside the port of Tallinn on Monday morning"']),
        Origin("s1-o2", ["d3indep"]),
    ]
    shared = "Two ferries collided outside the port of Tallinn on Monday morning"
    ferry.shared_passages = [SharedPassage("d1wire", 0, len(shared), "d2copy", 0, len(shared), shared)]
    ferry.claims = [
        Claim("s1-c1", "Two ferries collided outside the port of Tallinn on Monday.",
              [_support(wire, 0, "s1-o1"), _support(copy, 0, "s1-o1"), _support(independent, 0, "s1-o2")],
              2, "corroborated", origins=["s1-o1", "s1-o2"]),
        Claim("s1-c2", "Service to Helsinki was suspended until Wednesday.",
              [_support(wire, 2, "s1-o1"), _support(copy, 1, "s1-o1")], 1, "single-source", origins=["s1-o1"]),
        Claim("s1-c3", "An inquiry has opened.", [_support(independent, 1, "s1-o2")], 1, "single-source",
              attributed_to="Liis Tamm", modality="reported", origins=["s1-o2"]),
    ]
    ferry.discrepancies = [
        Discrepancy("s1-x1", "quantity", "Reports give 14 or at least 16 injured passengers",
                    [Variant("14", ["d1wire", "d2copy"], [wire.sentences[0].text], 14),
                     Variant("at least 16", ["d3indep"], [independent.sentences[0].text], 16)],
                    claim="s1-c1", update=True),
    ]
    ferry.entities = [
        Entity("s1-tallinn", "Tallinn", "PLACE", documents=["d1wire", "d2copy", "d3indep"], mentions=3,
               lat=59.437, lon=24.7536, country="EE"),
        Entity("s1-helsinki", "Helsinki", "PLACE", documents=["d1wire", "d2copy"], mentions=2,
               lat=60.1699, lon=24.9384, country="FI"),
        Entity("s1-baltic", "Baltic Sea", "PLACE", documents=["d3indep"], mentions=0),
        Entity("s1-ema", "Estonian Maritime Administration", "ORG", aliases=["Maritime administration"],
               documents=["d1wire", "d3indep"], mentions=2),
        Entity("s1-tamm", "Liis Tamm", "PERSON", aliases=["Tamm"], titles=["spokeswoman"], documents=["d3indep"],
               mentions=2),
    ]
    ferry.quotes = [StoryQuote("We will know more by Friday,", "Liis Tamm", ["d3indep"], "direct")]
    ferry.timeline = [
        TimelineEntry("2025-03-05", "until Wednesday", ["d1wire", "d2copy"], "Service to Helsinki suspended until"),
        TimelineEntry("2025-03-03", "on Monday morning", ["d1wire", "d2copy"], "Ferries collide"),
    ]

    fire = Story(id="s2", documents=["d4fire", "d5fire"], headline="Wildfire burns 300 hectares near Marseille")
    fire.origins = [Origin("s2-o1", ["d4fire"]), Origin("s2-o2", ["d5fire"])]
    fire.claims = [
        Claim("s2-c1", "A wildfire burned 300 hectares north of Marseille on Saturday.",
              [_support(fire_a, 0, "s2-o1"), ClaimSupport("d5fire", FIRE_B, 0, len(FIRE_B), 0.8, "s2-o2")],
              2, "corroborated", origins=["s2-o1", "s2-o2"]),
    ]
    fire.entities = [Entity("s2-marseille", "Marseille", "PLACE", documents=["d4fire", "d5fire"], mentions=2,
                            lat=43.2965, lon=5.3698, country="FR")]
    fire.timeline = [TimelineEntry("2025-03-08", "on Saturday", ["d4fire", "d5fire"], "Wildfire")]

    return Briefing(
        documents=[wire, copy, independent, fire_a, fire_b],
        stories=[ferry, fire],
        skipped=[SkippedInput("reports/empty.txt", "no text")],
        generated_at="2025-03-10T12:00:00+00:00",
    )


@cache
def analyzed_corpus(path: str) -> Briefing:
    """The real pipeline's briefing for a corpus, computed once per test session for every report test."""
    from corroborate.api import analyze

    return analyze(path)
