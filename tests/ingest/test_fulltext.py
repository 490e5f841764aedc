"""Full article text: pages fetched for summary-only entries, main text extracted or the summary kept."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from ingest_samples import NOW, Feed, Item, source
from pytest_httpserver import HTTPServer

from monitor.fetch import FetchSettings, poll_sources
from monitor.fulltext import extract_page

PARAGRAPHS = (
    "Delegations from Ukraine and Russia sat down in Abu Dhabi on Wednesday for a second round of talks "
    "brokered by the United States, officials on both sides said after the first session ended.",
    "The meeting opened with a plenary before the negotiators split into smaller groups on military and "
    "economic questions, according to a person familiar with the schedule who asked not to be named.",
    "Ukraine's delegation is again led by Rustem Umerov, the secretary of the national security council, "
    "while Russia sent a team headed by the military intelligence chief, Igor Kostyukov.",
    "Neither side expected a breakthrough on territory, the question that has stalled every attempt to end "
    "the war, but both spoke of a possible exchange of prisoners before the end of the week.",
)
BOILERPLATE = "Ten quick recipes for a cold evening"


def article_page(paragraphs: tuple[str, ...] = PARAGRAPHS, extra_head: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>Talks resume</title>{extra_head}</head>"
        "<body><header><nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a>"
        "</nav></header><div class='ad'>Advertisement</div>"
        f"<main><article><h1>Negotiators meet again in Abu Dhabi</h1>{body}</article></main>"
        f"<aside><h3>Most read</h3><ul><li><a href='/x'>{BOILERPLATE}</a></li>"
        "<li><a href='/y'>Weather for the weekend</a></li></ul></aside>"
        "<footer>Copyright 2026 Example News. All rights reserved.</footer></body></html>"
    )


@pytest.fixture
def page_settings(settings: FetchSettings) -> FetchSettings:
    # These tests serve no robots.txt (the loopback server would answer 500: "stay out"); robots.txt has
    # its own tests below.
    return dataclasses.replace(settings, fetch_pages=True, page_min_chars=300, respect_robots=False)


def serve_feed_linking(httpserver: HTTPServer, paths: list[str], content: str | None = None) -> str:
    items = tuple(
        Item(
            f"Story {path}",
            httpserver.url_for(path),
            description="Talks resumed on Wednesday.",
            content=content,
        )
        for path in paths
    )
    httpserver.expect_request("/feed").respond_with_data(
        Feed(items=items).rss(), content_type="application/rss+xml"
    )
    return httpserver.url_for("/feed")


def test_a_summary_only_entry_gets_the_pages_main_text(
    httpserver: HTTPServer, page_settings: FetchSettings
) -> None:
    feed = serve_feed_linking(httpserver, ["/article"])
    httpserver.expect_request("/article").respond_with_data(
        article_page(), content_type="text/html; charset=utf-8"
    )

    [result] = poll_sources([source(feed)], page_settings, NOW)

    [entry] = result.entries
    assert entry.text_origin == "page"
    assert entry.summary == "Talks resumed on Wednesday."
    for paragraph in PARAGRAPHS:
        assert paragraph in entry.text
    assert BOILERPLATE not in entry.text
    assert "Advertisement" not in entry.text and "All rights reserved" not in entry.text


def test_full_content_in_the_feed_is_used_without_fetching_the_page(
    httpserver: HTTPServer, page_settings: FetchSettings
) -> None:
    feed = serve_feed_linking(httpserver, ["/article"], content="".join(f"<p>{p}</p>" for p in PARAGRAPHS))

    [result] = poll_sources([source(feed)], page_settings, NOW)

    [entry] = result.entries
    assert entry.text_origin == "feed"
    assert PARAGRAPHS[2] in entry.text
    assert [r.path for r, _ in httpserver.log] == ["/feed"]


@pytest.mark.parametrize(
    ("page", "note"),
    [
        (article_page(PARAGRAPHS[:1]), "short"),
        (
            article_page(
                extra_head='<script type="application/ld+json">{"isAccessibleForFree": false}</script>'
            ),
            "paywalled",
        ),
        (article_page((*PARAGRAPHS, "Subscribe to continue reading this article.")), "paywalled"),
        ("<html><head><title>Photo</title></head><body><img src='a.png'></body></html>", "no text found"),
    ],
    ids=["short", "schema-paywall", "paywall-phrase", "empty"],
)
def test_the_summary_is_kept_when_the_page_is_short_paywalled_or_empty(
    httpserver: HTTPServer, page_settings: FetchSettings, page: str, note: str
) -> None:
    feed = serve_feed_linking(httpserver, ["/article"])
    httpserver.expect_request("/article").respond_with_data(page, content_type="text/html")

    [result] = poll_sources([source(feed)], page_settings, NOW)

    [entry] = result.entries
    assert entry.text_origin == "summary"
    assert entry.text == "Talks resumed on Wednesday."
    assert entry.page_note == note


def test_a_failing_page_keeps_the_summary_and_says_why(
    httpserver: HTTPServer, page_settings: FetchSettings
) -> None:
    feed = serve_feed_linking(httpserver, ["/missing", "/pdf"])
    httpserver.expect_request("/missing").respond_with_data("no", status=404)
    httpserver.expect_request("/pdf").respond_with_data(b"%PDF-1.7", content_type="application/pdf")

    [result] = poll_sources([source(feed)], page_settings, NOW)

    notes = {e.url.rsplit("/", 1)[1]: (e.text_origin, e.page_note) for e in result.entries}
    assert result.outcome == "fetched"
    assert notes == {
        "missing": ("summary", "page answered HTTP 404"),
        "pdf": ("summary", "page is application/pdf, not HTML"),
    }


def test_pages_are_switched_off_per_source_and_globally(
    httpserver: HTTPServer, page_settings: FetchSettings
) -> None:
    feed = serve_feed_linking(httpserver, ["/article"])
    httpserver.expect_request("/article").respond_with_data(article_page(), content_type="text/html")

    [per_source] = poll_sources([source(feed, full_text=False)], page_settings, NOW)
    [globally] = poll_sources([source(feed)], dataclasses.replace(page_settings, fetch_pages=False), NOW)

    assert per_source.entries[0].text_origin == "summary"
    assert globally.entries[0].text_origin == "summary"
    assert "/article" not in [r.path for r, _ in httpserver.log]


def test_pages_of_stored_articles_are_not_fetched_again(
    httpserver: HTTPServer, page_settings: FetchSettings
) -> None:
    feed = serve_feed_linking(httpserver, ["/old", "/new"])
    httpserver.expect_request("/new").respond_with_data(article_page(), content_type="text/html")
    asked: list[list[str]] = []

    def known(urls: object) -> set[str]:
        asked.append(sorted(urls))  # type: ignore[call-overload]
        return {httpserver.url_for("/old")}

    [result] = poll_sources([source(feed)], page_settings, NOW, known=known)

    assert asked == [sorted([httpserver.url_for("/old"), httpserver.url_for("/new")])]
    assert {e.url.rsplit("/", 1)[1]: e.text_origin for e in result.entries} == {
        "old": "summary",
        "new": "page",
    }
    assert "/old" not in [r.path for r, _ in httpserver.log]


def test_article_links_to_private_addresses_are_refused(httpserver: HTTPServer, tmp_path: Path) -> None:
    # The feed is a local file (trusted); its link points at a loopback server, which must never be asked.
    httpserver.expect_request("/article").respond_with_data(article_page(), content_type="text/html")
    feed = tmp_path / "feed.xml"
    feed.write_bytes(Feed(items=(Item("Story", httpserver.url_for("/article"), "Talks resumed."),)).rss())

    [result] = poll_sources([source(str(feed))], FetchSettings(fetch_pages=True), NOW)

    [entry] = result.entries
    assert result.outcome == "fetched"
    assert entry.text_origin == "summary"
    assert entry.page_note is not None
    # Refused before anything is asked of it: robots.txt first, the page itself never.
    assert entry.page_note.startswith("page not fetched: robots.txt not read: refused: localhost resolves")
    assert "loopback address" in entry.page_note
    assert httpserver.log == []


def test_extraction_needs_more_than_the_feed_already_gave() -> None:
    html = article_page().encode("utf-8")

    better = extract_page(html, "http://example.test/a", have_chars=20, min_chars=300)
    not_better = extract_page(html, "http://example.test/a", have_chars=10_000, min_chars=300)

    assert better.note == "extracted" and better.text is not None and PARAGRAPHS[0] in better.text
    assert not_better == type(not_better)(None, "short")


# --- robots.txt ---------------------------------------------------------------------------------------


def robots_settings(settings: FetchSettings) -> FetchSettings:
    return dataclasses.replace(settings, fetch_pages=True, page_min_chars=300, respect_robots=True)


def test_pages_a_sites_robots_txt_keeps_us_out_of_are_not_fetched(
    httpserver: HTTPServer, settings: FetchSettings
) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data(
        "User-agent: *\nDisallow: /members/\n\nUser-agent: Parley\nDisallow: /archive/\n",
        content_type="text/plain",
    )
    for path in ("/news/a", "/members/b", "/archive/c"):
        httpserver.expect_request(path).respond_with_data(article_page(), content_type="text/html")
    url = serve_feed_linking(httpserver, ["/news/a", "/members/b", "/archive/c"])

    [result] = poll_sources([source(url)], robots_settings(settings), NOW)

    by_path = {e.url.rsplit("/", 2)[-2]: e for e in result.entries}
    assert by_path["news"].text_origin == "page"
    # The section for our agent is the one that applies to us: /archive/ is out, /members/ is not.
    assert by_path["archive"].text_origin == "summary"
    assert by_path["archive"].page_note == "page not fetched: robots.txt asks crawlers to stay out"
    assert by_path["members"].text_origin == "page"
    requested = [entry.path for entry, _ in httpserver.log]
    assert requested.count("/robots.txt") == 1 and "/archive/c" not in requested


@pytest.mark.parametrize(("status", "fetched"), [(404, True), (410, True), (503, False), (500, False)])
def test_a_missing_robots_txt_allows_everything_and_an_unreadable_one_nothing(
    httpserver: HTTPServer, settings: FetchSettings, status: int, fetched: bool
) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("", status=status)
    httpserver.expect_request("/news/a").respond_with_data(article_page(), content_type="text/html")
    url = serve_feed_linking(httpserver, ["/news/a"])

    [result] = poll_sources([source(url)], robots_settings(settings), NOW)

    [entry] = result.entries
    assert (entry.text_origin == "page") is fetched
    if not fetched:
        assert entry.page_note == f"page not fetched: robots.txt not read: HTTP {status}"


def test_robots_txt_is_not_asked_when_switched_off(httpserver: HTTPServer, settings: FetchSettings) -> None:
    httpserver.expect_request("/news/a").respond_with_data(article_page(), content_type="text/html")
    url = serve_feed_linking(httpserver, ["/news/a"])

    [result] = poll_sources(
        [source(url)], dataclasses.replace(robots_settings(settings), respect_robots=False), NOW
    )

    assert result.entries[0].text_origin == "page"
    assert "/robots.txt" not in [entry.path for entry, _ in httpserver.log]
