"""URLs and RSS/Atom feeds, served from a local HTTP server in a thread; failures name the URL."""

from __future__ import annotations

import socket
import threading
import time
from datetime import date
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from corroborate.ingest import read_inputs
from corroborate.settings import IngestSettings

ARTICLE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Tide gauge records highest surge in decades | Fjord Post</title>
<meta property="og:site_name" content="Fjord Post">
<meta property="og:title" content="Tide gauge records highest surge in decades">
<meta name="date" content="2024-11-02">
</head><body>
<nav><a href="/">Front page</a> <a href="/sport">Sport</a></nav>
<article><h1>Tide gauge records highest surge in decades</h1>
<p>The tide gauge at Nordvik harbour recorded a storm surge of 1.9 metres on Saturday, the highest
reading since 1987, the coastal authority said.</p>
<p>Several quays were flooded and the ferry to the outer islands was cancelled for the day.</p>
</article><footer><p>Subscribe to the Fjord Post newsletter.</p></footer></body></html>"""

SECOND = """<html><head><title>Quay repairs to start in spring</title></head><body><article>
<h1>Quay repairs to start in spring</h1><p>Repairs to the flooded quays at Nordvik will start in the spring
and cost about 12 million crowns, the municipality said on Monday.</p></article></body></html>"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Fjord Post</title><link>http://HOST/</link><description>News from the fjord</description>
<item><title>Tide gauge records highest surge in decades</title><link>http://HOST/article.html</link>
<guid>surge-1</guid><pubDate>Sat, 02 Nov 2024 18:00:00 GMT</pubDate></item>
<item><title>Island school reopens after storm</title><link>http://HOST/missing.html</link>
<guid>school-2</guid><pubDate>Mon, 04 Nov 2024 07:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>The school on Ytterøy reopened on Monday after three days closed by the storm,
the head teacher said. Pupils from the outer islands came by the first ferry.</p>]]></content:encoded></item>
<item><title>Gone</title><link>http://HOST/gone.html</link><guid>gone-3</guid></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Fjord Post: Coast</title><id>urn:fjord:coast</id>
<updated>2024-11-04T09:00:00Z</updated>
<entry><title>Quay repairs to start in spring</title><link href="http://HOST/second.html"/>
<id>urn:fjord:quay</id><updated>2024-11-04T09:00:00Z</updated><published>2024-11-04T08:30:00Z</published></entry>
</feed>"""


class _Handler(SimpleHTTPRequestHandler):
    pages: dict[str, tuple[str, bytes]] = {}

    def do_GET(self):  # noqa: N802 (the stdlib's name)
        if self.path == "/slow":
            time.sleep(2)
        if self.path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<p>" + b"x" * 5000 + b"</p>")
            return
        page = self.pages.get(self.path)
        if page is None:
            self.send_error(404, "Not Found")
            return
        content_type, body = page
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # keep test output clean
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    host = f"127.0.0.1:{httpd.server_address[1]}"
    _Handler.pages = {
        "/article.html": ("text/html; charset=utf-8", ARTICLE.encode()),
        "/second.html": ("text/html", SECOND.encode()),
        "/feed.xml": ("application/rss+xml", RSS.replace("HOST", host).encode()),
        "/atom": ("application/xml", ATOM.replace("HOST", host).encode()),
        "/note.txt": ("text/plain; charset=windows-1252", "Ferry fares rise in January, the operator said.\n\nA café owner said it was “too much”.".encode("cp1252")),
        "/slow": ("text/html", ARTICLE.encode()),
        "/empty.html": ("text/html", b""),
    }
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://{host}"
    httpd.shutdown()
    httpd.server_close()


def test_page_url_is_fetched_and_extracted(server):
    documents, skipped = read_inputs([f"{server}/article.html"])
    assert skipped == []
    (document,) = documents
    assert document.sources == [f"{server}/article.html"]
    assert document.url == f"{server}/article.html"
    assert document.title == "Tide gauge records highest surge in decades"
    assert document.outlet == "Fjord Post"
    assert document.published == date(2024, 11, 2)
    assert "recorded a storm surge of 1.9 metres on Saturday" in document.text
    assert "Subscribe" not in document.text and "Front page" not in document.text


def test_plain_text_url_with_declared_charset(server):
    documents, _ = read_inputs([f"{server}/note.txt"])
    assert documents[0].text == "Ferry fares rise in January, the operator said.\n\nA café owner said it was “too much”."


def test_rss_items_become_documents(server):
    seen = []
    documents, skipped = read_inputs([f"{server}/feed.xml"], on_skip=seen.append)
    assert [d.sources for d in documents] == [[f"{server}/article.html"], [f"{server}/missing.html"]]
    surge, school = documents
    # the fetched page gives the full report
    assert "Several quays were flooded" in surge.text
    assert surge.published == date(2024, 11, 2)
    assert surge.outlet == "Fjord Post"
    # a page that cannot be fetched falls back to the item's own content
    assert school.text.startswith("The school on Ytterøy reopened on Monday")
    assert school.title == "Island school reopens after storm"
    assert school.published == date(2024, 11, 4)
    assert [(s.source, s.reason) for s in skipped] == [
        (f"{server}/gone.html", "HTTP error 404 Not Found; the item has no content of its own")
    ]
    assert seen == skipped


def test_atom_feed_served_as_plain_xml(server):
    documents, skipped = read_inputs([f"{server}/atom"])
    assert skipped == []
    (document,) = documents
    assert document.sources == [f"{server}/second.html"]
    assert document.title == "Quay repairs to start in spring"
    assert document.published == date(2024, 11, 4)
    assert document.outlet == "Fjord Post: Coast"  # the feed's title, as the page names no site
    assert "cost about 12 million crowns" in document.text


def test_feed_item_content_without_fetching_pages(server):
    documents, skipped = read_inputs([f"{server}/feed.xml"], settings=IngestSettings(fetch_feed_pages=False))
    assert [d.title for d in documents] == ["Island school reopens after storm"]
    assert {(s.source, s.reason) for s in skipped} == {
        (f"{server}/article.html", "feed item has no link and no content"),
        (f"{server}/gone.html", "feed item has no link and no content"),
    }


def test_http_error_names_the_url(server):
    documents, skipped = read_inputs([f"{server}/nowhere.html", f"{server}/article.html"])
    assert len(documents) == 1  # the run goes on
    assert [(s.source, s.reason) for s in skipped] == [(f"{server}/nowhere.html", "HTTP error 404 Not Found")]


def test_unreachable_url_is_skipped_with_a_clear_message():
    with socket.socket() as probe:  # a port that was free a moment ago and is closed now
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/report.html"
    documents, skipped = read_inputs([url])
    assert documents == []
    assert [(s.source, s.reason) for s in skipped] == [(url, "unreachable: Connection refused")]


def test_timeout_names_the_url(server):
    documents, skipped = read_inputs([f"{server}/slow"], settings=IngestSettings(fetch_timeout_s=0.3))
    assert documents == []
    assert [(s.source, s.reason) for s in skipped] == [(f"{server}/slow", "timed out after 0.3 s")]


def test_oversized_response_is_refused(server):
    documents, skipped = read_inputs([f"{server}/big"], settings=IngestSettings(max_bytes=1000))
    assert documents == []
    assert [(s.source, s.reason) for s in skipped] == [
        (f"{server}/big", "too large (over 1000 bytes, settings.ingest.max_bytes)")
    ]


def test_empty_response(server):
    documents, skipped = read_inputs([f"{server}/empty.html"])
    assert [(s.source, s.reason) for s in skipped] == [(f"{server}/empty.html", "empty file")]
