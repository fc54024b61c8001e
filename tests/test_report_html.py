"""The HTML briefing: what the page holds (fast, no browser) and how it behaves in headless Chromium."""

from __future__ import annotations

import base64
import hashlib
import os
import re
from html import unescape
from importlib import resources
from pathlib import Path

import pytest

from corroborate.model import Briefing, Story
from corroborate.report.basemap import MapPlace, map_views
from corroborate.report.html_report import build_page, cut_segments, render_html, write_html
from corroborate.settings import ReportSettings
from tests.conftest import EXAMPLES, REPO
from tests.report_briefing import HOSTILE, analyzed_corpus, make_briefing

ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


# --- the page's content, without a browser ---------------------------------------------------


def test_segments_carry_the_keys_of_every_span_covering_them():
    segments = cut_segments("Alpha beta. Gamma delta.", [(0, 11, "c0"), (12, 24, "c1"), (0, 24, "e2"), (30, 40, "x9")], "p")
    assert [(s.text, s.keys, s.anchor) for s in segments] == [
        ("Alpha beta.", "c0 e2", "p-g0"),
        (" ", "e2", "p-g1"),
        ("Gamma delta.", "c1 e2", "p-g2"),
    ]
    assert [(s.text, s.keys) for s in cut_segments("plain", [], "p")] == [("plain", "")]


def test_map_is_zoomed_to_the_places_and_shades_their_countries():
    tallinn, helsinki = MapPlace("e0", "Tallinn", 59.437, 24.7536), MapPlace("e1", "Helsinki", 60.1699, 24.9384)
    [view] = map_views([tallinn, helsinki])
    west, south, east, north = view.bounds
    assert west < 24.75 < 24.94 < east and south < 59.4 < 60.2 < north
    assert east - west < 40  # zoomed in, not the whole world
    assert 1.3 <= view.width / view.height <= 2.2
    assert [(p.place.name, 0 < p.x < view.width, 0 < p.y < view.height) for p in view.places] == [
        ("Tallinn", True, True), ("Helsinki", True, True)]
    by_name = {p.place.name: p for p in view.places}
    assert by_name["Helsinki"].y < by_name["Tallinn"].y  # north is up
    assert all(p.label for p in view.places)  # two places: room for both names
    assert view.highlighted_land and view.land  # Estonia and Finland shaded, their neighbours not
    assert map_views([]) == []


def test_far_places_get_an_overview_and_each_place_one_marker():
    region = [MapPlace("e0", "Kyiv", 50.45, 30.52, 5), MapPlace("e1", "Moscow", 55.76, 37.62, 5),
              MapPlace("e2", "Tehran", 35.69, 51.39, 4), MapPlace("e3", "Minsk", 53.9, 27.57, 2)]
    far = MapPlace("e4", "Washington", 38.9, -77.04, 2)
    detail, overview = map_views([*region, far])
    assert [p.place.name for p in detail.places] == ["Kyiv", "Moscow", "Tehran", "Minsk"]
    assert [p.place.name for p in overview.places] == ["Washington"]
    assert len(overview.context) == 4 and overview.focus_box is not None and overview.overview
    assert detail.bounds[0] > -20  # the detail map does not stretch to America
    [world] = map_views([*region, far], ReportSettings(map_focus_share=1.0))  # a focus must hold every place
    assert len(world.places) == 5 and world.bounds[0] < -77


def test_page_view_groups_copies_and_orders_claims():
    page = build_page(make_briefing())
    ferry, fire = page["stories"]
    assert [(g["label"], [d["label"] for d in g["docs"]]) for g in ferry["groups"]] == [
        ("Source A", ["Baltic Wire", "Harbour Times"]), ("Source B", ["Nordic Daily"])]
    assert [c["text"] for c in ferry["lead"]] == ["Two ferries collided outside the port of Tallinn on Monday."]
    assert [c["independent"] for c in ferry["claims"]] == [2, 1, 1]
    assert [c["disputes"] for c in ferry["claims"]] == [
        [{"anchor": "st1-x0", "kind": "quantity", "values": "14 vs at least 16"}], [], []]
    assert [(t["label"], t["expression"]) for t in ferry["timeline"]] == [
        ("3 March 2025", "on Monday morning"), ("5 March 2025", "until Wednesday")]
    assert [p["name"] for p in ferry["places"]] == ["Tallinn", "Helsinki", "Baltic Sea"]
    assert [p["name"] for p in ferry["unmapped"]] == ["Baltic Sea"]
    assert [(p["name"], p["aliases"], p["titles"]) for p in ferry["people"]] == [("Liis Tamm", ["Tamm"], ["spokeswoman"])]
    assert [d["variants"][0]["value"] for d in ferry["discrepancies"]] == ["14"]
    assert fire["headline"] == "Wildfire burns 300 hectares near Marseille"


def test_report_text_is_escaped_and_the_page_allows_no_outside_source():
    html = render_html(make_briefing())
    assert HOSTILE not in html
    assert "&lt;script&gt;window.__xss=2&lt;/script&gt;" in html
    assert 'href="javascript:' not in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html.replace('href="https://baltic-wire.example/ferries"', ""))
    csp = unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1))
    assert "default-src 'none'" in csp
    for tag in ("style", "script"):
        body = re.search(rf"<{tag}>(.*?)</{tag}>", html, re.S).group(1)
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp, tag
    assert html.count("<script>") == 1 and html.count("<style>") == 1


def test_possible_update_is_shown_only_between_reports_of_different_days():
    briefing = make_briefing()
    assert render_html(briefing).count("possibly an update</span>") == 1
    briefing.document("d3indep").document.published = briefing.document("d1wire").document.published
    assert "possibly an update" not in render_html(briefing)


def test_sparse_briefings_render_without_error():
    """A story that names a report the briefing lacks, or holds nothing at all, still renders."""
    briefing = make_briefing()
    briefing.stories[1].documents.append("missing")
    briefing.stories.append(Story(id="s3", documents=[]))
    page = build_page(briefing)
    assert [d["id"] for d in page["stories"][1]["docs"]] == ["d4fire", "d5fire"]
    assert page["stories"][2]["headline"] == "Story 3" and page["stories"][2]["maps"] == []
    html = render_html(briefing)
    assert "No claims." in html and "No place is named in these reports." in html
    assert render_html(Briefing(documents=[], stories=[])).count("data-story>") == 0


def test_write_html_creates_folders(tmp_path):
    path = write_html(make_briefing(), tmp_path / "out" / "b.html")
    assert path.read_text(encoding="utf-8").startswith("<!doctype html>")


# --- in a real headless Chromium -------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: scripts/test-deps.sh installs Debian's chromium")
        pytest.skip(f"{CHROMIUM} is missing: run scripts/test-deps.sh as root")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class OpenPage:
    """A page opened from a file, with every request, console message and page error recorded."""

    def __init__(self, browser, path: Path, width: int = 1366, height: int = 900, scheme: str = "light"):
        self.url = path.resolve().as_uri()
        self.page = browser.new_page(viewport={"width": width, "height": height}, color_scheme=scheme)
        self.requests: list[str] = []
        self.problems: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.problems.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.problems.append(f"pageerror: {e}"))
        self.page.goto(self.url)
        self.page.wait_for_load_state("load")

    def assert_clean_and_offline(self):
        assert self.problems == []
        assert self.requests == [self.url]

    def highlighted_text_by_report(self, story: str) -> dict[str, str]:
        return self.page.evaluate(
            """story => { const out = {};
                 for (const doc of document.querySelectorAll('#' + story + ' .doc')) {
                   const marks = [...doc.querySelectorAll('.ev.on')].map(m => m.textContent);
                   if (marks.length) out[doc.dataset.doc] = marks.join('');
                 } return out; }""",
            story,
        )

    def screenshot(self, name: str, full_page: bool = True):
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / name), full_page=full_page)


def covered_text(text: str, spans: list[tuple[int, int]]) -> str:
    """The characters of ``text`` inside any of ``spans``, in order (what the page highlights)."""
    covered = sorted({i for start, end in spans for i in range(start, end)})
    return "".join(text[i] for i in covered)


@pytest.fixture(scope="module")
def fixture_html(tmp_path_factory) -> Path:
    return write_html(make_briefing(), tmp_path_factory.mktemp("page") / "briefing.html")


@pytest.mark.browser
def test_page_is_clean_offline_and_safe(browser, fixture_html):
    opened = OpenPage(browser, fixture_html)
    page = opened.page
    opened.assert_clean_and_offline()
    assert page.evaluate("window.__xss") is None
    page.goto(opened.url + "#%E0%A4%A")  # a malformed link into the page is no script error
    assert page.locator("#st1").is_visible()
    assert opened.problems == []
    assert page.locator("#st1-d1 .doc-title").text_content() == f"Ferry crash {HOSTILE}"
    assert page.locator("#st1 .marker").count() == 2  # Tallinn, Helsinki; the Baltic Sea has no coordinates
    removed = page.locator("#st1-d0 details.removed")
    assert not removed.locator("li").first.is_visible()
    removed.locator("summary").click()
    assert removed.locator("li").all_text_contents() == ["Sign up for our newsletter", HOSTILE]
    headings = page.evaluate("[...document.querySelectorAll('h1,h2,h3,h4')].map(h => +h.tagName[1])")
    assert headings[0] == 1 and all(b - a <= 1 for a, b in zip(headings, headings[1:], strict=False))
    opened.screenshot("briefing-fixture-desktop.png")
    page.close()


@pytest.mark.browser
@pytest.mark.parametrize(("width", "scheme"), [(1366, "light"), (390, "light"), (1366, "dark")])
def test_page_passes_axe_accessibility_checks(browser, fixture_html, width, scheme):
    """axe-core's WCAG 2.1 A/AA and best-practice rules (contrast, names, landmarks, headings),
    with a claim chosen so that the highlight colours are checked too, in light and dark mode."""
    axe = resources.files("axe_playwright_python").joinpath("axe.min.js").read_text(encoding="utf-8")
    opened = OpenPage(browser, fixture_html, width=width, scheme=scheme)
    opened.page.locator("#st1-lead .claim-pick").first.click()
    opened.page.evaluate(axe)
    result = opened.page.evaluate(
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})")
    assert [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]] == []
    opened.page.close()


@pytest.mark.browser
def test_choosing_a_claim_highlights_its_sentence_in_every_report(browser, fixture_html):
    opened = OpenPage(browser, fixture_html)
    page = opened.page
    claim = page.locator("#st1-lead .claim-pick").first
    claim.click()
    assert claim.get_attribute("aria-pressed") == "true"
    sentence = "Two ferries collided outside the port of Tallinn on Monday morning, injuring 14 passengers."
    assert opened.highlighted_text_by_report("st1") == {
        "d1wire": sentence, "d2copy": sentence,
        "d3indep": "At least 16 passengers were hurt when two ferries collided near Tallinn on Monday.",
    }
    assert page.locator("#selection-bar .bar-count").text_content() == "3 passages in 3 reports:"
    current = "[...document.querySelectorAll('.ev.current')].map(m => m.closest('.doc').dataset.doc + ': ' + m.textContent).join('')"
    page.locator("#selection-bar [data-bar=next]").click()
    assert page.evaluate(current) == f"d1wire: {sentence[:66]}d1wire: {sentence[66:]}"
    page.locator("#selection-bar [data-bar=prev]").click()
    assert page.evaluate(current).startswith("d3indep: At least 16")
    page.keyboard.press("Escape")
    assert opened.highlighted_text_by_report("st1") == {}

    # by keyboard: the third row of the matrix, then the map marker for Helsinki
    page.locator("#st1-claims tbody tr:nth-child(3) .claim-pick").focus()
    page.keyboard.press("Enter")
    assert opened.highlighted_text_by_report("st1") == {
        "d3indep": "Maritime administration spokeswoman Liis Tamm said an inquiry had opened."}
    page.locator('#st1 .marker[aria-label^="Helsinki"]').focus()
    page.keyboard.press("Enter")
    assert opened.highlighted_text_by_report("st1") == {
        "d1wire": "Service to Helsinki was suspended until Wednesday.",
        "d2copy": "Service to Helsinki was suspended until Wednesday, operators said."}
    # a passage two reports share, chosen from the sources section, shows in both
    page.locator("#st1-sources details.shared summary").click()
    page.locator("#st1-sources .passages .pick").first.click()
    shared = "Two ferries collided outside the port of Tallinn on Monday morning"
    assert opened.highlighted_text_by_report("st1") == {"d1wire": shared, "d2copy": shared}
    opened.assert_clean_and_offline()
    page.close()


@pytest.mark.browser
def test_story_list_switches_stories(browser, fixture_html):
    opened = OpenPage(browser, fixture_html, width=390, height=844)
    page = opened.page
    assert page.locator("#st1").is_visible() and not page.locator("#st2").is_visible()
    opened.screenshot("briefing-fixture-phone.png")
    page.locator('[data-story-link="st2"]').click()
    assert page.locator("#st2").is_visible() and not page.locator("#st1").is_visible()
    assert page.locator('[data-story-link="st2"]').get_attribute("aria-current") == "true"
    assert page.locator("#st2 .marker").count() == 1
    page.locator("#st2-lead .claim-pick").first.click()
    assert opened.highlighted_text_by_report("st2") == {
        "d4fire": "A wildfire burned 300 hectares north of Marseille on Saturday.",
        "d5fire": "Firefighters contained a wildfire north of Marseille on Saturday evening after it burned 300 hectares.",
    }
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # nothing wider than a phone
    # on paper every story prints, without the controls
    page.emulate_media(media="print")
    assert page.locator("#st1").is_visible() and page.locator("#st2").is_visible()
    assert not page.locator(".story-nav").is_visible() and not page.locator("#selection-bar").is_visible()
    opened.assert_clean_and_offline()
    page.close()


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("corpus", ["drone", "examples"])
def test_real_pipeline_page_in_the_browser(browser, corpus, drone_corpus, tmp_path):
    briefing = analyzed_corpus(str(drone_corpus if corpus == "drone" else EXAMPLES))
    path = write_html(briefing, tmp_path / f"{corpus}.html")
    for width, height, device in ((1366, 900, "desktop"), (390, 844, "phone")):
        opened = OpenPage(browser, path, width, height)
        opened.assert_clean_and_offline()
        opened.screenshot(f"briefing-{corpus}-{device}.png", full_page=device == "desktop")  # a long phone page: its first screen
        page = opened.page
        for number, story in enumerate(briefing.stories, 1):
            geocoded = [e for e in story.entities if e.type in ("PLACE", "FACILITY") and e.lat is not None and e.lon is not None]
            assert page.locator(f"#st{number} .marker").count() == len(geocoded)
        story = briefing.stories[0]
        if story.claims:
            lead = page.locator("#st1-lead .claim-pick").first
            lead.click()
            claim = story.claims[int(lead.get_attribute("data-select").removeprefix("c"))]
            assert lead.text_content() == claim.text
            spans: dict[str, list[tuple[int, int]]] = {}
            for support in claim.support:
                if 0 <= support.start < support.end <= len(briefing.document(support.document).text):
                    spans.setdefault(support.document, []).append((support.start, support.end))
            expected = {doc: covered_text(briefing.document(doc).text, s) for doc, s in spans.items()}
            assert opened.highlighted_text_by_report("st1") == expected
        page.close()

