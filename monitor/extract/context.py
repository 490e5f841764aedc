"""What every rule needs to know about one sentence, computed once and shared.

A `View` holds a body sentence with its pack mentions, issue cues, quote spans and (on demand) its dates,
all with offsets relative to the sentence. A `Doc` holds the article, its views and the evidence builder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from monitor.extract.dates import DateMention, find_dates
from monitor.extract.names import Cue, Matcher, Mention
from monitor.extract.sentences import Sentence
from monitor.facts import Article, Evidence

_QUOTE = re.compile(r"“[^“”]*(?:”|$)|\"[^\"]*(?:\"|$)")


class View:
    """One body sentence and what the pack's matcher found in it."""

    def __init__(self, index: int, sentence: Sentence, matcher: Matcher, published: date) -> None:
        self.index = index
        self.sentence = sentence
        self.text = sentence.text
        self.offset = sentence.start
        self.paragraph = sentence.paragraph
        self._matcher = matcher
        self._published = published

    @cached_property
    def mentions(self) -> list[Mention]:
        return self._matcher.mentions(self.text)

    @cached_property
    def lower(self) -> str:
        """The sentence in lower case, for cheap keyword tests before any pattern runs."""
        return self.text.lower()

    @cached_property
    def cues(self) -> list[Cue]:
        return self._matcher.cues_in(self.text)

    @cached_property
    def quotes(self) -> list[tuple[int, int]]:
        """Spans of quoted text, quote marks included; single-word scare quotes count too."""
        if "“" not in self.text and '"' not in self.text:
            return []
        return [(m.start(), m.end()) for m in _QUOTE.finditer(self.text) if m.end() - m.start() > 2]

    @cached_property
    def dates(self) -> list[DateMention]:
        return find_dates(self.text, self._published)

    def in_quote(self, pos: int) -> bool:
        return any(start <= pos < end for start, end in self.quotes)

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def mention_ending_at(self, end: int) -> Mention | None:
        for mention in self.mentions:
            if mention.end == end:
                return mention
        return None

    def mention_starting_at(self, start: int) -> Mention | None:
        for mention in self.mentions:
            if mention.start == start:
                return mention
        return None

    def pure_quote(self) -> bool:
        """The sentence is one quote and nothing else (a continuation of a quote)."""
        return len(self.quotes) == 1 and self.quotes[0] == (0, len(self.text))


@dataclass
class Doc:
    article: Article
    matcher: Matcher
    views: list[View]
    published: date = field(init=False)

    def __post_init__(self) -> None:
        self.published = self.article.published.date()

    def evidence(self, first: View, last: View | None = None) -> Evidence:
        start = first.sentence.start
        end = (last or first).sentence.end
        return Evidence(
            source=self.article.source,
            published=self.published,
            sentence=self.article.text[start:end],
            start=start,
            end=end,
            title=self.article.title,
        )
