"""Shared helpers for the extraction tests: the bundled pack and articles written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest

from monitor.extract import extract_article
from monitor.facts import Article, ArticleFacts
from monitor.pack import StoryPack, load_pack


@pytest.fixture(scope="session")
def pack() -> StoryPack:
    return load_pack()


def _article(text: str, published: date = date(2026, 2, 4), source: str = "test") -> Article:
    return Article(
        source=source,
        published=datetime.combine(published, datetime.min.time(), UTC),
        title=None,
        text=text,
    )


@pytest.fixture(scope="session")
def make_article() -> Callable[..., Article]:
    """An article from a text written for a test (published 2026-02-04, a Wednesday, unless given)."""
    return _article


@pytest.fixture
def extract(pack: StoryPack) -> Callable[..., ArticleFacts]:
    """Extract facts from a text written for a test (published 2026-02-04, a Wednesday, unless given)."""

    def run(text: str, published: date = date(2026, 2, 4)) -> ArticleFacts:
        return extract_article(_article(text, published), pack)

    return run


Extract = Callable[..., ArticleFacts]
# Rounds are read only in articles about the story (a sentence naming talks with its parties or people):
# `story` texts open with this sentence, which does so and names no round.
CONTEXT = "Ukraine and Russia have been at war since 2022; the United States mediates the talks. "


@pytest.fixture
def story(extract: Extract) -> Extract:
    """Like `extract`, for a short text that needs the story's context to be read for rounds."""

    def run(text: str, published: date = date(2026, 2, 4)) -> ArticleFacts:
        return extract(CONTEXT + text, published)

    return run
