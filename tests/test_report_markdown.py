"""The Markdown briefing: exact notes for a hand-made briefing, and the real pipeline's claims."""

from __future__ import annotations

import pytest

from corroborate.model import Story
from corroborate.report.markdown_report import md_escape, render_markdown, write_markdown
from tests.conftest import EXAMPLES
from tests.report_briefing import analyzed_corpus, make_briefing

EXPECTED = """\
# Briefing

2 stories · 5 reports · generated 2025-03-10T12:00:00+00:00

Skipped inputs:

- reports/empty.txt: no text

## 1. Two ferries collide outside Tallinn

3 reports from 2 independent sources · 3 March 2025 – 4 March 2025

### Lead

- **Two ferries collided outside the port of Tallinn on Monday.** — 2 independent sources (3 reports: Baltic Wire, Harbour Times, Nordic Daily)

### Claims

| # | Claim | Status | Independent sources | Outlets |
|---|---|---|---|---|
| 1 | Two ferries collided outside the port of Tallinn on Monday. | corroborated | 2 | Baltic Wire, Harbour Times, Nordic Daily |
| 2 | Service to Helsinki was suspended until Wednesday. | single source | 1 | Baltic Wire, Harbour Times |
| 3 | An inquiry has opened. (according to Liis Tamm) \\[reported\\] | single source | 1 | Nordic Daily |

### Discrepancies

#### Quantity: Reports give 14 or at least 16 injured passengers

Published at different times: possibly an update. Variants in publication order.

- **14**: Baltic Wire, Harbour Times (3 March 2025)
  > Two ferries collided outside the port of Tallinn on Monday morning, injuring 14 passengers.
- **at least 16**: Nordic Daily (4 March 2025)
  > At least 16 passengers were hurt when two ferries collided near Tallinn on Monday.

### Sources

- **Source A** (2 reports, one origin; credited to Baltic Wire): Baltic Wire (3 March 2025), Harbour Times (3 March 2025)
  - shared passage: "Two ferries collided outside the port of Tallinn on Monday morning"
- **Source B**: Nordic Daily (4 March 2025)

### Places

- Tallinn (59.4370, 24.7536)
- Helsinki (60.1699, 24.9384)
- Baltic Sea (not geocoded)

### Timeline

- 3 March 2025: Ferries collide (“on Monday morning”; Baltic Wire, Harbour Times)
- 5 March 2025: Service to Helsinki suspended until (“until Wednesday”; Baltic Wire, Harbour Times)

### People and organisations

- Liis Tamm (person; spokeswoman), also Tamm: 1 report
- Estonian Maritime Administration (organisation), also Maritime administration: 2 reports

### Quotes

- Liis Tamm (direct): “We will know more by Friday,” (Nordic Daily)

### Reports

- Baltic Wire: Source A, *Ferries collide off Tallinn*, 3 March 2025, https://baltic-wire.example/ferries
- Harbour Times: Source A, *Ferry crash \\<img src=x onerror="window.\\_\\_xss=1"\\>\\<script\\>window.\\_\\_xss=2\\</script\\>*, 3 March 2025, javascript:window.\\_\\_xss=3
- Nordic Daily: Source B, *Sixteen hurt in ferry collision*, 4 March 2025, reports/d3indep.txt

## 2. Wildfire burns 300 hectares near Marseille

2 reports from 2 independent sources · 8 March 2025 – 9 March 2025

### Lead

- **A wildfire burned 300 hectares north of Marseille on Saturday.** — 2 independent sources (2 reports: Provence Post, Riviera Radio)

### Claims

| # | Claim | Status | Independent sources | Outlets |
|---|---|---|---|---|
| 1 | A wildfire burned 300 hectares north of Marseille on Saturday. | corroborated | 2 | Provence Post, Riviera Radio |

### Discrepancies

None found.

### Sources

- **Source A**: Provence Post (8 March 2025)
- **Source B**: Riviera Radio (9 March 2025)

### Places

- Marseille (43.2965, 5.3698)

### Timeline

- 8 March 2025: Wildfire (“on Saturday”; Provence Post, Riviera Radio)

### Reports

- Provence Post: Source A, 8 March 2025, reports/d4fire.txt
- Riviera Radio: Source B, 9 March 2025, reports/d5fire.txt
"""


def test_markdown_of_hand_made_briefing_is_exact():
    assert render_markdown(make_briefing()) == EXPECTED


def test_markdown_escapes_markup_and_keeps_table_rows_whole():
    assert md_escape("a | b\n<script>*x*</script> [link](javascript:x)") == (
        "a \\| b \\<script\\>\\*x\\*\\</script\\> \\[link\\](javascript:x)"
    )
    briefing = make_briefing()
    briefing.stories[0].claims[1].text = "Service | suspended\nuntil <b>Wednesday</b>"
    row = next(line for line in render_markdown(briefing).splitlines() if line.startswith("| 2 |"))
    assert row == ("| 2 | Service \\| suspended until \\<b\\>Wednesday\\</b\\> | single source | 1 | "
                   "Baltic Wire, Harbour Times |")


def test_write_markdown_creates_folders(tmp_path):
    path = write_markdown(make_briefing(), tmp_path / "notes" / "briefing.md")
    assert path.read_text(encoding="utf-8") == EXPECTED


@pytest.mark.slow
@pytest.mark.parametrize("corpus", ["drone", "examples"])
def test_markdown_of_real_pipeline_lists_every_claim(corpus, drone_corpus):
    briefing = analyzed_corpus(str(drone_corpus if corpus == "drone" else EXAMPLES))
    text = render_markdown(briefing)
    for number, story in enumerate(briefing.stories, 1):
        assert f"## {number}. {md_escape(story.headline)}" in text
    rows = [line for line in text.splitlines() if line.startswith("| ") and not line.startswith("| # |")]
    assert len(rows) == sum(len(s.claims) for s in briefing.stories)
    for story in briefing.stories:
        for claim in story.claims:
            assert any(f"| {md_escape(claim.text)}" in row for row in rows), claim.text


def test_a_flagged_update_between_same_day_reports_is_not_called_an_update():
    briefing = make_briefing()
    independent = briefing.document("d3indep").document
    independent.published = briefing.document("d1wire").document.published
    text = render_markdown(briefing)
    assert "possibly an update" not in text
    assert "- **at least 16**: Nordic Daily (3 March 2025)" in text


def test_sparse_briefing_renders_notes():
    briefing = make_briefing()
    briefing.stories[1].documents.append("missing")
    briefing.stories.append(Story(id="s3", documents=[]))
    text = render_markdown(briefing)
    assert "## 3. Story 3\n\n0 reports from 0 independent sources\n\n### Claims\n\nNo claims.\n" in text
    assert "- **Source B**: Riviera Radio (9 March 2025)\n\n" in text
