"""HTML pages: main text, title, date and outlet; navigation, boxes and footers out but recorded."""

from __future__ import annotations

from datetime import date

from corroborate.ingest import read_inputs
from corroborate.ingest.html import extract_html, looks_like_html
from corroborate.settings import IngestSettings

# a fictional news page, written for this test, with the furniture real pages carry
PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Lighthouse keeper rescues six from capsized yacht | The Northern Tide</title>
  <meta property="og:site_name" content="The Northern Tide">
  <meta property="og:title" content="Lighthouse keeper rescues six from capsized yacht">
  <meta property="article:published_time" content="2024-08-17T09:12:00+01:00">
  <meta name="author" content="Ingrid Solberg">
  <script>window.dataLayer = [{"section": "coast"}];</script>
  <style>body { font-family: serif; }</style>
</head>
<body>
  <div class="cookie-banner"><p>We use cookies to give you the best experience. Accept all cookies</p></div>
  <nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/coast">Coast</a></li>
    <li><a href="/weather">Weather</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav>
  <header><p class="tagline">The Northern Tide — the voice of the fjord since 1911</p></header>
  <main>
    <article>
      <h1>Lighthouse keeper rescues six from capsized yacht</h1>
      <p class="byline">By Ingrid Solberg</p>
      <time datetime="2024-08-17">17 August 2024</time>
      <p>SKARVIK — A lighthouse keeper pulled six sailors from the water off Skarvik Point on Friday
      night after their yacht capsized in a sudden squall, the regional rescue centre said.</p>
      <p>Keeper Arne Lunde, 61, saw the yacht's distress flare at about 11 p.m. and rowed out in the
      station's dinghy, reaching the sailors roughly 20 minutes later.</p>
      <figure><img src="/img/skarvik.jpg" alt="Skarvik lighthouse">
        <figcaption>The lighthouse at Skarvik Point on Saturday morning. (Photo: Kari Holm / The Northern Tide)</figcaption>
      </figure>
      <p>"I have rowed that stretch a thousand times, but never in the dark with the wind like that,"
      Lunde said. "They were holding on to the hull and singing to keep warm."</p>
      <p>All six were taken to hospital in Bodvik with mild hypothermia and were released on Saturday,
      a hospital spokeswoman said.</p>
      <p>The rescue centre said the squall had not been forecast and that winds reached 25 metres per
      second for about an hour.</p>
    </article>
  </main>
  <aside class="most-read"><h2>Most read</h2><ol>
    <li><a href="/a">Ferry timetable changes for the winter</a></li>
    <li><a href="/b">Herring prices fall for a third week</a></li></ol></aside>
  <footer>
    <p>Sign up for our morning newsletter.</p>
    <p>© 2024 The Northern Tide. All rights reserved.</p>
    <p><a href="/privacy">Privacy policy</a> · <a href="/terms">Terms of use</a></p>
  </footer>
</body>
</html>
"""

SETTINGS = IngestSettings()


def test_news_page_main_text_and_metadata(tmp_path):
    path = tmp_path / "rescue.html"
    path.write_text(PAGE, encoding="utf-8")
    documents, skipped = read_inputs([str(path)])
    assert skipped == []
    (document,) = documents
    paragraphs = document.text.split("\n\n")
    assert paragraphs[0] == "Lighthouse keeper rescues six from capsized yacht"
    assert paragraphs[1].startswith("SKARVIK — A lighthouse keeper pulled six sailors from the water")
    assert paragraphs[-1].startswith("The rescue centre said the squall had not been forecast")
    assert len(paragraphs) == 6
    assert document.title == "Lighthouse keeper rescues six from capsized yacht"
    assert document.outlet == "The Northern Tide"
    assert document.published == date(2024, 8, 17)
    assert document.byline == "Ingrid Solberg"
    assert document.dateline == "SKARVIK"
    assert document.captions == ["The lighthouse at Skarvik Point on Saturday morning. (Photo: Kari Holm / The Northern Tide)"]
    # the furniture is gone from the text ...
    for furniture in ("cookies", "Home", "Most read", "Herring prices", "newsletter", "All rights reserved",
                      "Privacy policy", "voice of the fjord", "dataLayer", "font-family"):
        assert furniture not in document.text
    # ... and recorded, so nothing disappears silently
    removed = document.boilerplate_removed
    assert "Most read" in removed
    assert "Herring prices fall for a third week" in removed
    assert "© 2024 The Northern Tide. All rights reserved." in removed
    assert "The Northern Tide — the voice of the fjord since 1911" in removed
    assert not any("dataLayer" in line or "font-family" in line for line in removed)


def test_example_page_of_the_team_corpus(examples_dir):
    documents, skipped = read_inputs([str(examples_dir / "02-coastal-courier.html")])
    assert skipped == []
    (document,) = documents
    assert document.credits == ["Meridian News Agency contributed to this report."]
    assert document.captions == ["Idle cranes at the port of Valparaíso on Tuesday. (Photo: Meridian News Agency)"]
    assert "contributed to this report" not in document.text
    assert document.text.split("\n\n")[-1] == "Police said there was no evidence of sabotage."
    for line in ("Coastal Courier — news from the shore", "Most read", "Sign up for our daily newsletter.",
                 "We use cookies to improve your experience."):
        assert line in document.boilerplate_removed


def test_malformed_html_without_text_is_skipped_with_a_reason(tmp_path):
    path = tmp_path / "broken.html"
    path.write_text("<html><head><title></title><script>var a = '<p>';</script></head><body><div><<<>>></div", encoding="utf-8")
    documents, skipped = read_inputs([str(path)])
    assert documents == []
    assert [(s.source, s.reason) for s in skipped] == [
        (str(path), "malformed or empty HTML: no article text found in the page")
    ]


def test_unclosed_tags_still_give_the_text(tmp_path):
    path = tmp_path / "sloppy.htm"
    path.write_text(
        "<html><body><article><h1>Ferry runs again<p>The island ferry ran again on Sunday after a two-day "
        "strike ended, the operator said.<p>Crews accepted a pay rise of four percent, the union said.",
        encoding="utf-8",
    )
    documents, skipped = read_inputs([str(path)])
    assert skipped == []
    assert "The island ferry ran again on Sunday" in documents[0].text
    assert "Crews accepted a pay rise of four percent" in documents[0].text


def test_html_saved_as_txt_is_recognised(tmp_path):
    path = tmp_path / "saved.txt"
    path.write_text(PAGE, encoding="utf-8")
    documents, _ = read_inputs([str(path)])
    assert documents[0].title == "Lighthouse keeper rescues six from capsized yacht"
    assert "<p>" not in documents[0].text


def test_looks_like_html():
    assert looks_like_html("  <!DOCTYPE html><html>")
    assert looks_like_html("<html lang='en'>")
    assert not looks_like_html("The <b> tag is bold.")


def test_extract_html_keeps_tables_of_figures():
    html = (
        "<html><body><article><h1>Harbour traffic</h1><p>Traffic at the harbour rose sharply last year, the port "
        "authority said in its annual report on Tuesday.</p><table><tr><td>Ships</td><td>1,204</td></tr>"
        "<tr><td>Passengers</td><td>88,000</td></tr></table></article></body></html>"
    )
    page = extract_html(html, "x", SETTINGS)
    assert "1,204" in page.text and "88,000" in page.text


def test_site_name_is_cut_from_the_page_title(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Ferry runs again | Island Times</title>"
        '<meta property="og:site_name" content="Island Times"></head><body><article>'
        "<p>The island ferry ran again on Sunday after a two-day strike ended, the operator said. Crews "
        "accepted a pay rise of four percent, the union said, and the first boat left at six.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    documents, _ = read_inputs([str(path)])
    assert documents[0].title == "Ferry runs again"
    assert documents[0].outlet == "Island Times"
