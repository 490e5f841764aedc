"""What every rule needs to know about one sentence, computed once and shared.

A `View` holds a body sentence with its pack mentions, issue cues, quote spans and (on demand) its dates,
all with offsets relative to the sentence. `views_of` builds the views of an article with one pass of the
name and cue patterns over the whole text. A `Doc` holds the article, its views, whether it is about the
story at all, and the evidence builder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from monitor.extract.dates import DateMention, find_dates, may_hold_a_day
from monitor.extract.names import ACTOR_NOUNS, Cue, Matcher, Mention
from monitor.extract.sentences import Sentence
from monitor.facts import Article, Evidence

_ACTOR_AFTER = re.compile(
    r"(?:\s+[A-Z][\w-]*){0,2}\s+(?:" + "|".join(sorted(ACTOR_NOUNS)) + r")\b", re.IGNORECASE
)
_TIME_LEAD = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[-–—]\s*)?")
_QUOTE = re.compile(r"“[^“”]*(?:”|$)|\"[^\"]*(?:\"|$)")


_WEEKEND = ("weekend", "Weekend")
_AT_THE = ("at the ", "At the ")
_WEEKEND_SPANS = ("last weekend", "this weekend", "past weekend")


def _no_day(text: str, day: DateMention) -> bool:
    """ "met in Miami at the weekend", "the talks in Abu Dhabi last weekend": like "this week", a weekend
    named as the time of something says no day of it (the days of the talks are told apart, "on Saturday and
    Sunday"). Not "over the weekend" (through both days) nor "last weekend's meeting", which names the
    meeting by its weekend."""
    if not text.endswith(_WEEKEND, day.start, day.end):
        return False
    if text.endswith(_AT_THE, max(0, day.start - 7), day.start):
        return True
    return text[day.start : day.end].lower() in _WEEKEND_SPANS and not text.startswith(("'s", "’s"), day.end)


class View:
    """One body sentence and what the pack's matcher found in it.

    `mentions` and `lower` are filled by `views_of` from one pass over the whole article, and so are `cues`
    on first use (only positions read them, and most articles never get that far); built on its own, a view
    reads its sentence itself. Quotes and dates are read on first use.
    """

    __slots__ = (
        "index",
        "sentence",
        "text",
        "offset",
        "paragraph",
        "lower",
        "mentions",
        "_cues",
        "_cue_source",
        "_matcher",
        "_published",
        "_quotes",
        "_dates",
        "memo",
    )

    def __init__(
        self,
        index: int,
        sentence: Sentence,
        matcher: Matcher,
        published: date,
        *,
        lower: str | None = None,
        mentions: list[Mention] | None = None,
        cues: list[Cue] | None = None,
        cue_source: _ArticleCues | None = None,
    ) -> None:
        self.index = index
        self.sentence = sentence
        self.text = sentence.text
        self.offset = sentence.start
        self.paragraph = sentence.paragraph
        # The sentence in lower case, for cheap keyword tests before any pattern runs.
        self.lower = lower if lower is not None else self.text.lower()
        self.mentions = mentions if mentions is not None else matcher.mentions(self.text)
        self._cues = cues
        self._cue_source = cue_source
        self._matcher = matcher
        self._published = published
        self._quotes: list[tuple[int, int]] | None = None
        self._dates: list[DateMention] | None = None
        # What a rule reads from the whole sentence once and asks again for parts of it (speech verbs).
        self.memo: dict[str, object] = {}

    @property
    def matcher(self) -> Matcher:
        return self._matcher

    @property
    def cues(self) -> list[Cue]:
        """The issue cues of the sentence, offsets relative to it."""
        cues = self._cues
        if cues is None:
            if self._cue_source is not None:
                cues = self._cue_source.cues_of(self.index)
            else:
                cues = self._matcher.cues_in(self.text)
            self._cues = cues
        return cues

    @property
    def quotes(self) -> list[tuple[int, int]]:
        """Spans of quoted text, quote marks included; single-word scare quotes count too."""
        if self._quotes is None:
            text = self.text
            if "“" not in text and '"' not in text:
                self._quotes = []
            else:
                self._quotes = [
                    (m.start(), m.end()) for m in _QUOTE.finditer(text) if m.end() - m.start() > 2
                ]
        return self._quotes

    @property
    def dates(self) -> list[DateMention]:
        if self._dates is None:
            text = self.text
            # a weekend that names no day is a span with no day, as "last week" is
            self._dates = [
                DateMention(d.start, d.end, None, None) if _no_day(text, d) else d
                for d in find_dates(text, self._published)
            ]
        return self._dates

    def may_date(self, start: int, end: int) -> bool:
        """False only when no mention of `dates` with a day lies in text[start:end]: a look for the words
        every such mention holds (`dates.may_hold_a_day`), which spares reading the dates of a sentence whose
        part asked about names no day (most of them)."""
        if self._dates is not None:
            return True  # read already
        lower = self.lower
        return len(lower) != len(self.text) or may_hold_a_day(lower, start, end)

    def in_quote(self, pos: int) -> bool:
        # Rules ask this thousands of times, mostly of sentences with no quote at all.
        for start, end in self.quotes:  # noqa: SIM110 (a loop is faster than any() here)
            if start <= pos < end:
                return True
        return False

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
        quotes = self.quotes
        if len(quotes) != 1 or quotes[0][1] != len(self.text):
            return False
        # a live blog's entry opens with its time: '07:45 - "It turns out a week has four days."'
        return quotes[0][0] == 0 or _TIME_LEAD.fullmatch(self.text, 0, quotes[0][0]) is not None

    def quote_start(self) -> int:
        """Where a pure quote's words start, after a live blog's time."""
        return self.quotes[0][0] if self.quotes else 0


class _ArticleCues:
    """The issue cues of every body sentence of an article, found in one pass when a view first asks."""

    __slots__ = ("_text", "_lower", "_spans", "_matcher", "_cues")

    def __init__(self, text: str, lower: str, spans: list[tuple[int, int]], matcher: Matcher) -> None:
        self._text = text
        self._lower = lower
        self._spans = spans
        self._matcher = matcher
        self._cues: list[list[Cue]] | None = None

    def cues_of(self, index: int) -> list[Cue]:
        if self._cues is None:
            self._cues = self._matcher.scan_cues(self._text, self._lower, self._spans)
        return self._cues[index]


def views_of(text: str, sentences: list[Sentence], matcher: Matcher, published: date) -> list[View]:
    """Views of the body sentences of one article: names and cues found in one pass over the whole text and
    handed to the sentences they fall in, instead of one pass of every pattern per sentence."""
    lower = text.lower()
    spans = [(s.start, s.end) for s in sentences]
    mentions = matcher.scan_names(text, spans)
    cue_source = _ArticleCues(text, lower, spans, matcher)
    same_length = len(lower) == len(text)
    # A timeline's year headings ("2025" on a line of its own) date the entries under them: their days are
    # read as of that year's end, until the next heading
    years = [(m.start(), int(m.group(1))) for m in _YEAR_LINE.finditer(text)] if "\n20" in text else []
    return [
        View(
            index,
            sentence,
            matcher,
            _year_of(years, sentence.start, published),
            lower=lower[sentence.start : sentence.end] if same_length else None,
            mentions=mentions[index],
            cue_source=cue_source,
        )
        for index, sentence in enumerate(sentences)
    ]


_YEAR_LINE = re.compile(r"^(20\d\d)[ \t]*$", re.MULTILINE)


def _year_of(years: list[tuple[int, int]], pos: int, published: date) -> date:
    """The day a sentence's dates are read from: the article's, or the end of a past year whose heading the
    sentence comes under."""
    year = next((y for start, y in reversed(years) if start < pos), None)
    return date(year, 12, 31) if year is not None and year < published.year else published


@dataclass
class Doc:
    article: Article
    matcher: Matcher
    views: list[View]
    shown: Article | None = None  # the article as published, when `article` is a reading of it
    # The headings of the body ("3. Zaporizhzhia nuclear power plant"): no facts of their own, but the
    # topic of the section below them
    headings: tuple[Sentence, ...] = ()
    published: date = field(init=False)
    # The evidence of each span of sentences asked for so far: positions and statements ask for the same
    # sentence's again and again, and an `Evidence` (frozen) is the same whoever holds it.
    _evidence: dict[tuple[int, int], Evidence] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.published = self.article.published.date()
        self._evidence = {}

    def about_the_story(self) -> bool:
        """Whether the article is about the story: it names one of the pack's people, or actors of two of
        the story's main sides (the three parties with the most people in the pack) by name, metonym
        ("Kyiv"), institution ("the Kremlin") or officials ("a U.S. official"), or one such side and an issue
        of the pack. One side named alone may be another story's ("Washington welcomed the border deal"); an
        adjective of a thing ("American beef", "Ukrainian boxer") names no actor, nor does a host or a bloc
        ("Negotiators from India and the United Arab Emirates"); nor does the mediator alone with an issue."""
        main = self.matcher.main_parties
        sides: set[str] = set()
        for view in self.views:
            for mention in view.mentions:
                if mention.party is not None and mention.party not in main:
                    continue
                if mention.person is not None:  # first("person"), as an attribute
                    return True
                if mention.first("party", "institution") is not None or (
                    mention.first("adjective") is not None and _ACTOR_AFTER.match(view.text, mention.end)
                ):
                    # one side named alone ("Washington welcomed the border deal") may be another story's
                    sides.add(mention.party or "")
                    if len(sides) >= 2:
                        return True
        # ... unless the article speaks of an issue of the story: "The Kremlin rejects any withdrawal from
        # Donetsk" is ours; the mediator alone is not ("U.S. observers urged a ceasefire in Doha")
        return bool(sides - self.matcher.mediators) and any(view.cues for view in self.views)

    def evidence(self, first: View, last: View | None = None) -> Evidence:
        start = first.sentence.start
        end = (last or first).sentence.end
        evidence = self._evidence.get((start, end))
        if evidence is None:
            evidence = self._evidence[(start, end)] = Evidence(
                source=self.article.source,
                published=self.published,
                sentence=(self.shown or self.article).text[start:end],
                start=start,
                end=end,
                title=self.article.title,
            )
        return evidence
