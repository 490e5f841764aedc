"""Rendering: every format keeps feed text inert, says "no change" and "no data" apart, and fails loudly."""

from __future__ import annotations

import json
from typing import Any

import pytest
from markdown_it import MarkdownIt
from markup_checks import active, assert_no_active_content
from reports_samples import HOSTILE, PERIOD_END, PERIOD_START, STORY, all_kinds, position, statement

from reports.compose import Checked, FailedSource, compose_digest
from reports.errors import RenderError
from reports.render import md, render, render_all

CHECKED = Checked(
    runs=3,
    sources_polled=12,
    not_modified=2,
    failed_count=1,
    articles_read=40,
    new_articles=5,
    skipped=30,
    duplicates=5,
    failed=(FailedSource("https://bad.example/feed", "HTTP 503 <b>busy</b>", PERIOD_END),),
)


def hostile_digest() -> dict[str, Any]:
    quote = statement(text=HOSTILE)
    quote.subject = HOSTILE
    quote.evidence = {
        **quote.evidence,
        "title": HOSTILE,
        "sentence": "He said " + HOSTILE,
        "corroborations": 2,
        "corroborating_sources": ["javascript:alert(4)", "https://ok.example.org/x"],
    }
    bad_link = position()
    bad_link.evidence = {**bad_link.evidence, "source": "javascript:alert(5)", "title": None}
    checked = Checked(runs=1, sources_polled=1, failed=(FailedSource("javascript:alert(6)", HOSTILE),))
    return compose_digest([quote, bad_link], checked, PERIOD_START, PERIOD_END, HOSTILE)


def test_html_escapes_scripts_handlers_and_javascript_links() -> None:
    html = render(hostile_digest(), "html")

    assert_no_active_content(html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown as text, not dropped
    assert 'href="https://ok.example.org/x"' in html


def test_markdown_escapes_so_a_markdown_renderer_makes_no_live_markup() -> None:
    text = render(hostile_digest(), "markdown")
    html = MarkdownIt("commonmark", {"html": True}).enable("table").render(text)

    assert_no_active_content(html)
    assert "javascript:" not in "".join(active(html).links)
    assert "[click](javascript" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # the words survive as text


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("[x](javascript:alert(1))", "[x](javascript:alert(1))"),
        ("<script>alert(1)</script>", "<script>alert(1)</script>"),
        ("**bold** _em_ `code`", "**bold** _em_ `code`"),
        ("# not a heading", "# not a heading"),
        ("1. not a list", "1. not a list"),
        ("- not a list", "- not a list"),
        ("&lt;already an entity&gt;", "&lt;already an entity&gt;"),
        ("![img](https://x.example/p.png)", "![img](https://x.example/p.png)"),
    ],
)
def test_md_filter_output_renders_back_to_exactly_the_input_text(raw: str, shown: str) -> None:
    rendered = MarkdownIt("commonmark", {"html": True}).renderInline(md(raw))
    unescaped = (
        rendered.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")
    )

    assert unescaped == shown
    assert active(rendered).tags == []


def test_text_has_no_control_characters_and_no_non_web_links() -> None:
    quote = statement(text="line one\r\nInjected: header\x1b[31m red \u202eevil")
    text = render(compose_digest([quote], CHECKED, PERIOD_START, PERIOD_END, STORY), "text")
    hostile = render(hostile_digest(), "text")

    assert "\r" not in text and "\x1b" not in text and "\u202e" not in text
    assert "line one Injected: header [31m red evil" in text
    assert "javascript:" not in hostile.replace("(javascript:alert(3))", "")  # only inside the quoted words


def test_json_is_the_payload_and_escapes_markup_characters() -> None:
    payload = hostile_digest()
    text = render(payload, "json")

    assert json.loads(text) == payload
    assert "<" not in text and ">" not in text
    assert "\\u003cscript\\u003e" in text


def test_a_period_without_change_says_so_and_still_lists_what_was_checked() -> None:
    payload = compose_digest([], CHECKED, PERIOD_START, PERIOD_END, STORY)

    for fmt, text in render_all(payload).items():
        if fmt == "json":
            assert json.loads(text)["status"] == "no_change"
            continue
        assert "No change in this period" in text, fmt
        assert "Sources polled: 12 (9 fetched, 2 not modified, 1 failed)" in text, fmt
        assert "Articles read: 40 (5 new, 30 skipped, 5 duplicates)" in text, fmt
        assert "https://bad.example/feed" in text, fmt


def test_no_data_is_told_apart_from_no_change() -> None:
    all_failed = Checked(
        runs=2, sources_polled=4, failed_count=4, failed=(FailedSource("https://a.example/rss", "timeout"),)
    )
    for checked in (Checked(), all_failed):
        payload = compose_digest([], checked, PERIOD_START, PERIOD_END, STORY)
        for fmt in ("markdown", "html", "text"):
            text = render(payload, fmt)
            assert "No data for this period" in text and "No change" not in text


def test_every_change_shows_before_after_date_source_and_evidence() -> None:
    payload = compose_digest(all_kinds(), CHECKED, PERIOD_START, PERIOD_END, STORY)
    for fmt in ("markdown", "html", "text"):
        text = render(payload, fmt)
        assert "Before: scheduled" in text, fmt
        assert "ongoing" in text, fmt
        assert "Russia demands (territory): Ukraine to leave all of Donbas" in text, fmt
        assert "2026-02-04" in text, fmt
        assert "https://news.example.org/2026/02/04/second-round" in text, fmt
        assert "Moscow insists that Ukrainian forces withdraw from the whole of Donbas." in text, fmt
        assert "Corroborated by 2 other sources" in text, fmt


def test_rendering_is_deterministic_so_a_retry_writes_the_same_bytes() -> None:
    payload = compose_digest(all_kinds(), CHECKED, PERIOD_START, PERIOD_END, STORY)
    assert render_all(payload) == render_all(json.loads(json.dumps(payload)))


def test_a_missing_variable_fails_loudly_naming_the_template() -> None:
    payload = compose_digest(all_kinds(), CHECKED, PERIOD_START, PERIOD_END, STORY)
    del payload["checked"]
    for fmt, template in (("markdown", "digest.md"), ("html", "digest.html"), ("text", "digest.txt")):
        with pytest.raises(RenderError, match=template):
            render(payload, fmt)
    item = payload["groups"][0]["changes"][0]
    del item["sentence"]
    with pytest.raises(RenderError, match="sentence"):
        render({**payload, "checked": CHECKED.to_json()}, "html")
