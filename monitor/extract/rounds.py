"""Rounds of talks and other meetings of the parties, one fact per round per article.

A sentence names a round by number ("the second round", "round two", "the first and second rounds", "the
second, on Feb. 4-5"), relative to others ("a new round", "the next round", "the previous round"), or
generically ("the talks", "the consultations"). A meeting that is not a numbered round ("Putin received
Witkoff and Kushner in the Kremlin", "Trump and Zelensky met in Davos") is a round of its own with no number,
made when a sentence has a meeting verb or noun, two parties and a place or a day.

The work is split by job:

- `round_triggers` finds where a sentence names a round;
- `round_clauses` tells where the words about one round begin and end in its sentence;
- `round_mentions` reads what those words say of it (status and tense from `status`; days via
  `round_fields` and `dates`; place via `round_fields`; sides, heads and outcomes via `round_sides`),
  remembering what a reader remembers ("there", "the same day", "the two leaders");
- `round_merge` merges the mentions into one round per round or meeting, gives a round no words give a
  status one from its days or tense, and resolves "next" and "last";
- this module checks that the article is about the story at all, reads what section headings and factbox
  lines say of rounds ("Round 2: Abu Dhabi, February 4-5", "Where: Geneva") and what the headline or the
  dateline says of a round the body never places, and turns each round into a `RoundFact` (a trilateral
  round of the story has its three main sides: the parties with most people in the pack).

Rounds need the story: an article that never names talks together with the story's sides (a bank merger's
"second round", a boxing "third round", a tennis "fourth-round match") yields none.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

from monitor.extract.context import Doc, View
from monitor.extract.names import Mention
from monitor.extract.round_fields import TALK_WORDS, talk_or_meeting
from monitor.extract.round_length import one_length
from monitor.extract.round_mentions import (
    DAY_HEADING,
    LIVE_ENTRY,
    MentionReader,
    RoundMention,
    _may_speak_of_rounds,
    in_live_entry,
    of_the_headings_time,
)
from monitor.extract.round_merge import Round, build_rounds
from monitor.extract.round_sides import foreign_talks
from monitor.extract.round_triggers import NUMBER_WORDS, ORDINALS, TRILATERAL, find_triggers
from monitor.extract.sentences import Sentence
from monitor.extract.statements import Attribution
from monitor.extract.status import round_status
from monitor.facts import RoundFact


def read_rounds(doc: Doc, attributions: dict[int, Attribution]) -> list[RoundFact]:
    """One fact per round or meeting the article speaks of."""
    if not about_the_story(doc):
        return []
    reader = MentionReader(doc)
    mentions = [m for view in doc.views for m in reader.read(view, attributions.get(view.index))]
    mentions = _denied_after(doc, mentions)
    _label_lines(doc, mentions)
    _demonstratives(doc, mentions)
    _that_was_on(doc, mentions)
    entries = _dated_entries(doc, mentions)
    if entries:
        mentions = sorted([*mentions, *entries], key=lambda m: m.view.index)
    _calendar_days(doc, mentions)
    _bulletin_places(doc, mentions)
    headed = _heading_mentions(doc, mentions)
    if headed:
        # A heading comes before the body sentences of its section: it is read first among them.
        first = {id(m) for m in headed}
        mentions = sorted([*headed, *mentions], key=lambda m: (m.view.index, id(m) not in first))
    mentions = _headline_rounds(doc, mentions) + mentions
    mentions = _not_the_headlines_talks(doc, mentions)
    rounds = build_rounds(mentions, doc.published)
    _ended_in_a_live_entry(doc, mentions, rounds)
    if any(r.venue is None for r in rounds):
        _headline_venues(doc, sorted(rounds, key=lambda r: min(r.views)))
        _dateline_venue(doc, rounds)
        _held_here(doc, rounds)
        _sideline_venues(rounds)
        _the_one_place(doc, rounds)
    _length_told_apart(doc, rounds)
    # The parties the article names around talks fill a trilateral round whose own sentence names fewer.
    talk_parties = Counter(p for m in mentions for p in m.parties)
    return [
        _finish(r, doc, talk_parties)
        for r in sorted(rounds, key=lambda r: min(r.views))
        if not _no_ones_meeting(doc, r)
    ]


def _no_ones_meeting(doc: Doc, r: Round) -> bool:
    """A meeting with fewer than two sides named, told only by a verb of meeting ("Putin had lunch alone in
    the Kremlin", "the families gathered outside the headquarters"): no meeting of the story. Unnumbered talks
    with no side named are still kept where their words name talks ("the Geneva talks last month")."""
    if r.number is not None or r.reference is not None or len(r.parties) >= 2 or r.trilateral:
        return False
    return not any(TALK_WORDS.search(doc.views[index].text) for index in r.views)


def about_the_story(doc: Doc) -> bool:
    """Does the article speak of talks between the story's sides?

    A sentence names talks with a person of the pack; or with two of its parties, one named as such ("Kyiv
    and Moscow"); or negotiations, not a mere "round", of two parties named by adjective ("Russian and
    Ukrainian negotiators"); or trilateral talks of one party. Or the article names a person of the pack
    and, elsewhere, talks of one of its parties or of negotiators and delegations named by no side
    ("Negotiators meet again in Geneva on Tuesday"). A tennis match of a Ukrainian and a Russian player ("a
    fourth-round match") and a bank merger in Abu Dhabi do not.
    """
    person_named = talks_named = False
    for view in doc.views:
        mentions = view.mentions
        parties = {m.party for m in mentions if m.first("party", "adjective", "institution", "person")}
        if not parties:
            # "Negotiators meet again in Geneva on Tuesday for a third round": the story's talks told of no
            # side by name, in an article that names the story's people elsewhere
            text = view.text
            talks_named = talks_named or (
                ("egotiat" in text or "elegations" in text) and _NEGOTIATORS.search(text) is not None
            )
            # ("The truce comes with the peace talks frozen. The last round, in Geneva, ...")
            talks_named = talks_named or ("peace " in text and _PEACE_TALKS.search(text) is not None)
            if person_named and talks_named:
                return True
            continue
        person = any(m.person for m in mentions)
        named = person or any(m.first("party", "institution") for m in mentions)
        talk = talk_or_meeting(view.text)
        if talk and (person or (len(parties) >= 2 and named) or TRILATERAL.search(view.text)):
            return True
        if len(parties) >= 2 and _NEGOTIATION.search(view.text):
            return True
        # One of the story's people named somewhere and talks somewhere: "Zelensky said on Tuesday ... He
        # said the negotiators would adjust their work ahead of the talks."
        person_named, talks_named = person_named or person, talks_named or talk
        if person_named and talks_named:
            return True
    return False


def _heading_mentions(doc: Doc, body: list[RoundMention]) -> list[RoundMention]:
    """What the section headings of an explainer say of the rounds they name.

    A heading such as "Round 1: Abu Dhabi, January 23-24" names a round and, after the colon, its place and
    days, with no verb or "in" to tie them to it: a label, read as one. The body sentences of the section
    speak of the round the heading names, so the heading counts as standing just before them. A heading
    that is only a place and days ("Geneva, Feb. 17-18") labels the round the section's first sentence
    names.
    """
    starts = [view.sentence.start for view in doc.views]
    reader = MentionReader(doc)  # a reader of its own: headings are no part of the body's memory
    found: list[RoundMention] = []
    for sentence in _headings(doc):
        if sentence.text.isupper():
            # "ROUND ONE: ABU DHABI, JAN. 23-24": names and months are read in their usual case
            sentence = replace(sentence, text=sentence.text.title())
        view = View(bisect_left(starts, sentence.start), sentence, doc.matcher, doc.published)
        read = reader.read(view, None)
        for mention in read:
            label = _LABEL.search(view.text)
            if mention.number is not None and mention.venue is None and label is not None:
                mention.venue = _first_venue(view, doc, label.end())
            found.append(mention)
        if not read:
            found += _place_and_days(view, doc, body) or _field(view, doc, [*body, *found])
    for view in doc.views:
        # (a field holds a colon: most sentences are spared the pattern)
        if view.text[:1].isupper() and ":" in view.text and _FIELD.match(view.text):
            found += _field(view, doc, [*body, *found])  # a factbox line with a full stop is a sentence
    return found


def _bulletin_places(doc: Doc, mentions: list[RoundMention]) -> None:
    """ "22:47 MOSCOW, Jan 22 - Putin receives U.S. envoys ...": a bulletin filed from a place on the day of
    a meeting it reports as happening there and then places the meeting, when its words place it nowhere.
    A live entry ("12:50 - Medinsky also held a separate meeting in Geneva ...") that gives the meeting no
    day tells of the day it was filed, placed or not ("12:05 - The two presidents have sat down together")."""
    for mention in mentions:
        if (
            mention.dates[0] is None
            and (mention.is_meeting() or (mention.meeting and len(mention.parties) == 2))
            and (
                mention.status in ("ongoing", "concluded")
                or (mention.status is None and mention.tense == "past")
            )
            and (LIVE_ENTRY.match(mention.view.text) or in_live_entry(doc, mention.view))
            and not _LINE_DATELINE.match(mention.view.text)
            and mention.dates[1] in (None, doc.published)
        ):
            mention.dates = (doc.published, None)
        if mention.venue is None and mention.is_meeting_like():
            # "- GENEVA (tbc): Dmitriev is expected to hold separate talks with the U.S. side": a calendar's
            # line headed by a city in capitals places the meeting it lists there
            head = _CITY_HEAD.match(mention.view.text)
            if head is not None:
                mention.venue = _city_venue(doc, head.group(1).title())
        if mention.venue is not None or not mention.is_meeting():
            continue
        view = mention.view
        line = _LINE_DATELINE.match(view.text)
        if line is None or mention.status not in ("ongoing", "concluded", None):
            continue
        filed = [d.first for d in view.dates if d.start >= line.start(2) and d.start < line.end()]
        if not filed or mention.dates[0] not in (None, filed[0]):
            continue
        mention.venue = _city_venue(doc, line.group(1).title())


def _ended_in_a_live_entry(doc: Doc, mentions: list[RoundMention], rounds: list[Round]) -> None:
    """ "17:20 - The talks have ended." in a live report: the one round under way the report follows is
    over, on the day of the report. (Not "18:00 - The first day of talks has ended": a part of the talks.)"""
    going = [r for r in rounds if r.status == "ongoing" and not r.meeting and not r.plural]
    if len(going) != 1:
        return
    for mention in mentions:
        low = mention.view.lower
        if (
            mention.status == "concluded"
            and not mention.named
            and not mention.meeting
            and mention.dates == (None, None)
            and mention.venue in (None, going[0].venue)
            and in_live_entry(doc, mention.view)
            and _PART_OF_TALKS.search(low) is None
            and ("talks" in low or "negotiations" in low)
        ):
            r = going[0]
            r.status = "concluded"
            if r.start is not None and r.start < doc.published and r.end is None:
                r.end = doc.published
            return


# The parts of talks that end before the talks do: a day, a session, a sitting, a working group's meeting
_PART_OF_TALKS = re.compile(
    r"\b(?:day|days|session|sessions|sitting|morning|afternoon|evening|group|groups|first|opening)\b"
)


def _city_venue(doc: Doc, city: str) -> str | None:
    """The pack venue a city's name ("Geneva", from "GENEVA") is, if any."""
    places = [m.venue for m in doc.matcher.mentions(city) if m.venue is not None and m.surface == city]
    return places[0].name if places else None


def _calendar_days(doc: Doc, mentions: list[RoundMention]) -> None:
    """ "TUESDAY, FEB. 17 - WEDNESDAY, FEB. 18" over a calendar's items: the rounds and meetings its section
    names without days of their own are on those days."""
    every = _headings(doc)
    headings = [h for h in every if DAY_HEADING.fullmatch(h.text) or _DATE_HEADING.fullmatch(h.text)]
    if not headings:
        return
    starts = [view.sentence.start for view in doc.views]
    bounds = sorted(bisect_left(starts, h.start) for h in every)
    for heading in headings:
        first = bisect_left(starts, heading.start)
        last = next((b for b in bounds if b > first), len(starts))
        titled = replace(heading, text=heading.text.title())
        days = [d for d in View(first, titled, doc.matcher, doc.published).dates if d.first is not None]
        if not days:
            continue
        span = (days[0].first, days[-1].last or days[-1].first)
        gone = (span[1] or span[0]) < doc.published  # type: ignore[operator]
        for mention in mentions:
            section = first <= mention.view.index < last
            if (
                section
                and mention.dates[0] is None
                and (mention.named or mention.is_meeting_like())
                and of_the_headings_time(mention, span[0], doc.published)  # type: ignore[arg-type]
            ):
                mention.dates = span
                if gone and mention.status in (None, "ongoing", "scheduled"):
                    # "Friday, January 23 | The security talks open in Abu Dhabi": a diary's present, of a
                    # day gone by
                    mention.status = "concluded"


# A diary's heading that is only a day, in any case: "Saturday, January 17", "Jan. 23-24", "23 January"
_DATE_HEADING = re.compile(
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar"
    r"|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?|\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December))"
    r"(?:,?\s+20\d\d)?[.:]?"
)
# The headings of the last article read: `read_rounds` asks for them twice or three times. Holding the doc
# keeps its identity from being reused.
_last_headings: tuple[Doc | None, list[Sentence]] = (None, [])


def _headings(doc: Doc) -> list[Sentence]:
    """The lines between body sentences, after the body opens: what the splitter kept apart as headings.
    (The list is shared by the callers of one article: none changes it.)"""
    global _last_headings
    if _last_headings[0] is doc:
        return _last_headings[1]
    found = _find_headings(doc)
    _last_headings = (doc, found)
    return found


def _find_headings(doc: Doc) -> list[Sentence]:
    text, views = doc.article.text, doc.views
    found: list[Sentence] = []
    for i, view in enumerate(views):
        lo = view.sentence.end
        hi = views[i + 1].sentence.start if i + 1 < len(views) else len(text)
        if hi - lo < 3 or text[lo:hi].isspace():
            continue  # most gaps: the blank line between two paragraphs
        for line in _LINE.finditer(text, lo, hi):
            found.append(Sentence(line.group(), line.start(), line.end(), view.paragraph, "heading"))
    return found


# "That third round", "This second round": a round named as the one the sentence before described
_THE_TALKS = re.compile(r"The\s+(?:talks|meeting|negotiations|consultations|session)\b")
# "That was on February 26", "This was on Thursday": the day of what the sentence before told
_THAT_WAS_ON = re.compile(r"(?:That|This)\s+(?:was|happened|came)\s+(?:on\s+)?")
# ("That round, the second, ran last Wednesday": the ordinal set off after it)
_DEMONSTRATIVE = re.compile(r"\s*(?:That|This)\s+(?:[a-z0-9]+\s+round\b|round,\s+the\s+[a-z0-9]+,)")
# "The two-day talks that ended in Abu Dhabi on Thursday ... | It was the second round of trilateral talks"
_IT_WAS_ROUND = re.compile(
    # ("The talks were the third round of negotiations": the talks told of by name)
    r"\s*(?:It|This|That|(?P<talks>The\s+(?:talks|meeting|negotiations|consultations)|They|These))\s+"
    r"(?:was|were|is|are|had been|has been|marked|marks|will be)\s+"
    # ("They are formally the first round of a trilateral security working group")
    r"(?:(?:formally|officially|technically|in effect|effectively|nominally)\s+)?(?:the|a)\s+[a-z0-9]+"
    # (a word may qualify the round: "This was the second such round", "the third trilateral round")
    r"\s+(?:[a-z-]+\s+)?round\b"
)


_NO_SUCH = re.compile(r"\b[Nn]o such (?:meeting|talks|round|contacts?|session)\b")
# "Reports said the delegations would gather in Turkey on March 11. Kyiv denied them within hours": the
# reports of the sentence before, denied
_DENIED_THEM = re.compile(r"\bdenied\s+(?:them|it|the\s+(?:reports?|claims?|rumou?rs?))\b")
# "... as the day the negotiators would meet in Turkey. They are not meeting.": a short sentence that says
# the meeting just told of is not happening
_NOT_HAPPENING = re.compile(
    r"(?:They|It|That|This|The\s+(?:meeting|talks|round))\s+(?:are|is|was|were|will)\s+not\s+"
    r"(?:meeting|happening|taking place|going ahead|be held|happen|take place|go ahead)\s*[.!]?"
)


def _denied_after(doc: Doc, mentions: list[RoundMention]) -> list[RoundMention]:
    """ "A Russian source had said a trilateral meeting would take place in the Swiss city this week. “No
    such meeting is planned,” Peskov said.": talks the next sentence denies are no round."""
    # (within a paragraph: "... last met in Florida on March 21 and 22. || Asked whether negotiators would
    # meet over the holiday, Peskov said no such meeting was planned" denies another meeting)
    denied = {
        view.index - 1
        for view in doc.views
        if view.index > 0
        and doc.views[view.index - 1].paragraph == view.paragraph
        and (
            ("o such " in view.text and _NO_SUCH.search(view.text))
            or (" not " in view.text and _NOT_HAPPENING.fullmatch(view.text))
            or ("denied" in view.text and _DENIED_THEM.search(view.text))
        )
    }
    if not denied:
        return mentions
    # (a round named there and still to come is denied too: "a fourth round would take place in Geneva ...
    # Kyiv said no such meeting had been agreed"; one held is not, nor a meeting held)
    return [
        m
        for m in mentions
        if m.view.index not in denied
        or (m.named and m.status not in (None, "announced", "scheduled"))
        or (m.meeting and m.status == "concluded" and m.tense == "past")
    ]


def _demonstratives(doc: Doc, mentions: list[RoundMention]) -> None:
    """ "The last time the three delegations sat at one table was in Geneva on Feb. 17 and 18. That third
    round was followed by ...": a sentence that opens with "that" and a numbered round points back at the
    talks of the sentence before, whose one place and one day are then the round's."""
    pointed: set[int] = set()
    for mention in mentions:
        view = mention.view
        if mention.number is None or view.index == 0:
            continue
        it_was = _IT_WAS_ROUND.match(view.text)
        if it_was is not None:
            if view.index in pointed:
                continue  # "This was the second such round; the first was also held there": the first named
            pointed.add(view.index)
            # the talks the sentence before told of, unnamed, are this round (even talks of two sides named,
            # when "the talks" are said to be the round)
            prev = doc.views[view.index - 1]
            named_talks = it_was.group("talks") is not None
            told = [
                m
                for m in mentions
                if m.view is prev and not m.named and (named_talks or not m.is_meeting_like())
            ]
            if len(told) == 1 and not any(m.view is prev and m.named for m in mentions):
                told[0].number = mention.number
                _told_before(doc, mentions, told[0])
            continue
        if not _DEMONSTRATIVE.match(view.text):
            continue
        prev = doc.views[view.index - 1]
        if prev.paragraph != view.paragraph or any(m.view is prev and m.named for m in mentions):
            continue  # the sentence before names a round of its own: "that" is that one
        places = {m.venue.name for m in prev.mentions if m.venue is not None}
        if mention.venue is None and len(places) == 1:
            mention.venue = places.pop()
        days = [d for d in prev.dates if d.first is not None] if mention.dates[0] is None else []
        if len(days) == 1:
            mention.dates = (days[0].first, days[0].last)


def _told_before(doc: Doc, mentions: list[RoundMention], talks: RoundMention) -> None:
    """ "Ukrainian and Russian officials sat down in the same room on Friday. The talks, in the Emirati
    capital, are expected to last two days. They are formally the first round ...": talks that open their
    sentence as "the talks" are the one meeting of the sentence before, which is then the same round."""
    view = talks.view
    if view.index == 0 or _THE_TALKS.match(view.text) is None:
        return
    prev = doc.views[view.index - 1]
    told = [m for m in mentions if m.view is prev]
    if len(told) == 1 and not told[0].named and told[0].is_meeting_like():
        told[0].number, told[0].meeting = talks.number, False


def _that_was_on(doc: Doc, mentions: list[RoundMention]) -> None:
    """ "Umerov went back to Geneva for a meeting with Witkoff. That was on February 26": a sentence that only
    dates "that" gives its day to the one meeting or round of the sentence before, told with no day."""
    for view in doc.views:
        if view.index == 0 or not view.text.startswith(("That ", "This ")):
            continue
        opening = _THAT_WAS_ON.match(view.text)
        days = [d for d in view.dates if d.first is not None] if opening is not None else []
        if not days or days[0].start != opening.end():  # type: ignore[union-attr]
            continue
        prev = doc.views[view.index - 1]
        told = [m for m in mentions if m.view is prev]
        if prev.paragraph == view.paragraph and len(told) == 1 and told[0].dates[0] is None:
            told[0].dates = (days[0].first, days[0].last)


def _field(view: View, doc: Doc, before: list[RoundMention]) -> list[RoundMention]:
    """A factbox line ("Where: Geneva", "When: February 17-18", "Status: under way") gives its field to the
    round named last before it."""
    fields = list(_FIELD.finditer(view.text))
    if not fields:
        return []
    named = [m for m in before if m.view.index <= view.index and m.named and m.view.offset < view.offset]
    if not named:
        return []
    last = max(named, key=lambda m: m.view.offset)
    mention = RoundMention(view, number=last.number, reference=last.reference)
    text = view.text
    for field in fields:  # one a line: "Venue: ...\nDates: ...\nStatus: ..."
        key, value = field.group("key").lower(), field.end()
        end = text.find("\n", value)
        end = len(text) if end < 0 else end
        if key in _PLACE_KEYS:
            mention.venue = _first_venue(view, doc, value, end)
        elif key in _DAY_KEYS:
            days = [d for d in view.dates if d.first is not None and value <= d.start < end]
            mention.dates = (days[0].first, days[0].last) if days else (None, None)
        else:
            mention.status = round_status(text[value:end])
    return [mention]


def _place_and_days(view: View, doc: Doc, body: list[RoundMention]) -> list[RoundMention]:
    """The round a heading of only a place and days labels: the one the section's first sentence names."""
    places = [m for m in view.mentions if m.venue is not None or m.surface in doc.matcher.party_cities]
    if len(places) != 1:
        return []  # (before the days: most headings are spared reading them)
    days = [d for d in view.dates if d.first is not None]
    if len(days) != 1:
        return []
    place, day = places[0], days[0]
    text = view.text
    rest = text[: min(place.start, day.start)] + text[max(place.end, day.end) :]
    rest += text[min(place.end, day.end) : max(place.start, day.start)]
    if _LABEL_FILLER.sub("", rest).strip(" ,:;—–-()"):
        return []  # more than a label: "Talks in Geneva resume on Feb. 17"
    named = [m for m in body if m.view.index == view.index and m.number is not None]
    if not named:
        return []
    venue = place.venue.name if place.venue is not None else place.surface
    return [RoundMention(view, number=named[0].number, venue=venue, dates=(day.first, day.last))]


def _headline(doc: Doc) -> View | None:
    """The headline as a view of its own, or None when the text opens with its body."""
    text = doc.article.text
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if not doc.views or doc.views[0].sentence.start < end:
        return None
    line = text[start:end].rstrip()
    global _last_headline_names
    if _last_headline_names[0] is not doc:
        _last_headline_names = (doc, doc.matcher.mentions(line))
    sentence = Sentence(line, start, start + len(line), 0, "headline")
    return View(0, sentence, doc.matcher, doc.published, mentions=_last_headline_names[1])


# The names of the headline, for the last article: three callers ask for the headline, each gets a view of
# its own (`_not_the_headlines_talks` tells the headline's mentions by their view), and the names depend on
# the line alone. (No caller changes the list.)
_last_headline_names: tuple[Doc | None, list[Mention]] = (None, [])


# The headline's mentions as a fresh reader reads them, for the last article: `_headline_rounds` and
# `_headline_venues` both ask, and the read depends on the doc alone. Each caller gets copies of its own.
_last_headline: tuple[Doc | None, list[RoundMention]] = (None, [])


def _read_headline(doc: Doc, view: View) -> list[RoundMention]:
    """`MentionReader(doc).read(view, None)` of the headline `view`, read once per article."""
    global _last_headline
    if _last_headline[0] is not doc:
        _last_headline = (doc, MentionReader(doc).read(view, None))
    return [
        replace(m, parties={*m.parties}, persons={*m.persons}, heads=dict(m.heads), outcomes=[*m.outcomes])
        for m in _last_headline[1]
    ]


def _headline_rounds(doc: Doc, body: list[RoundMention]) -> list[RoundMention]:
    """A round the headline numbers and the body speaks of only as "the round" or "the talks" ("Second round
    of talks opens in Abu Dhabi" over "The round began this morning ..."): the headline names it, and the
    body's words about talks join it."""
    view = _headline(doc)
    if view is None or not _numbers_a_round(view):
        # (a headline that numbers no round is read, once, only if `_headline_venues` needs its places)
        return []
    numbered = {n for m in body for n in (m.number,) if n is not None}
    return [
        m
        for m in _read_headline(doc, view)
        if m.number is not None and m.number not in numbered and not m.unsure
    ]


def _numbers_a_round(view: View) -> bool:
    """May a fresh reader's read of the headline `view` give a mention a number? Only the triggers that are
    not rounds named together do ("Second round ends", "the first and second rounds"): a reader with nothing
    read before looks for them in the whole line, with no paragraph before it."""
    if not _may_speak_of_rounds(view.lower):
        return False
    triggers = find_triggers(view, 0, len(view.text), "")
    return any(not t.plural and (t.number is not None or t.more) for t in triggers)


def _not_the_headlines_talks(doc: Doc, mentions: list[RoundMention]) -> list[RoundMention]:
    """ "US and Iran end third round of nuclear talks in Geneva" over "Diplomats say the next round, in
    Vienna, will focus on ...": under a headline about another nation's talks, a round named with none of
    the story's sides in its sentence (the headline's own, or one the body names) is a round of those
    talks."""
    view = _headline(doc)
    if view is None or not foreign_talks(view, 0, len(view.text)):
        return mentions
    return [m for m in mentions if not (m.named and not any(n.party for n in m.view.mentions))]


def _headline_venues(doc: Doc, rounds: list[Round]) -> None:
    """A round whose place the body never names takes the one the headline gives it ("Third round ends in
    Geneva ...", "Geneva talks: a tense first day"): the headline's talks are the article's first round,
    unless it names another by number or a meeting by its sides."""
    view = _headline(doc)
    if view is None:
        return
    read = _read_headline(doc, view)
    if not read:
        # "Geneva showed that the hard part has not yet begun": a headline that names talks only by the place
        # of a venue of the story, as its subject, speaks of the talks held there
        places = {m.venue.name for m in view.mentions if m.venue is not None}
        subject = _PLACE_SUBJECT.match(view.text)
        if subject is not None and len(places) == 1 and not places & set(doc.matcher.party_cities):
            held = [r for r in rounds if not r.meeting and r.reference != "next" and r.status == "concluded"]
            if held and held[0].venue is None:
                held[0].venue = places.pop()
    journey = _HEADLINE_JOURNEY.search(view.text) if not any(m.venue for m in read) else None
    if journey is not None:
        # "Delegations head for Geneva as ...": the negotiators travel to the talks the body tells of, still
        # to come or just begun
        places = [m.venue.name for m in view.mentions if m.venue is not None and m.start >= journey.end()]
        ahead = [r for r in rounds if not r.meeting and r.status in ("announced", "scheduled", "ongoing")]
        if places and places[0] not in doc.matcher.party_cities and ahead and ahead[0].venue is None:
            ahead[0].venue = places[0]
    for mention in read:
        if mention.venue is None or mention.status in _PUT_OFF:
            continue  # the place of a round put off is no longer its place
        if mention.number is not None:
            targets = [r for r in rounds if r.number == mention.number]
        elif mention.reference is not None:
            targets = [r for r in rounds if r.reference == mention.reference]
        elif mention.is_meeting():
            # (not meetings "held several times", which the headline's one meeting is not)
            targets = [
                r for r in rounds if r.meeting and r.parties == mention.parties and not r.mention.repeated
            ]
        else:
            targets = [r for r in rounds if not r.meeting]
            if mention.tense != "future" and mention.status not in ("announced", "scheduled"):
                # "Three-way talks end in Abu Dhabi; delegations to meet again on Feb. 1": the talks the
                # headline reports are not the next round the body announces, whichever it names first
                targets = [r for r in targets if r.reference != "next"] or targets
            targets = targets[:1]
        for r in targets:
            if r.status not in _PUT_OFF:
                r.venue = r.venue or mention.venue


_PUT_OFF = ("postponed", "cancelled")
# "Delegations head for Geneva", "Negotiators arrive in Abu Dhabi": the talkers' journey to a place
_HEADLINE_JOURNEY = re.compile(
    r"\b(?:[Dd]elegations|[Nn]egotiators|[Ee]nvoys|[Tt]eams|[Dd]elegates)\s+(?:head|fly|travel|arrive|gather"
    r"|converge|return)s?\s+(?:for|to|in|on|back\s+to)\s+"
)
# A headline that opens with a place as the subject of a verb: "OPINION | Geneva showed that ..."
_PLACE_SUBJECT = re.compile(r"(?:[A-Z]+\s*[|:]\s*)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+[a-z]+ed\b")


def _held_here(doc: Doc, rounds: list[Round]) -> None:
    """ "Good morning from Abu Dhabi, where the second round opens today. The first trilateral round, held
    here on January 23 and 24, ...": "here" is the place the report was just told to be filed from."""
    for r in rounds:
        if r.venue is not None:
            continue
        for index in r.views:
            view = doc.views[index]
            if " here" not in view.text or _HELD_HERE.search(view.text) is None:
                continue
            told_from = [
                m.venue.name
                for before in doc.views[max(0, index - 2) : index + 1]
                for m in before.mentions
                if m.venue is not None and before.text.endswith(_FROM_ENDS, 0, m.start)
            ]
            if told_from:
                r.venue = told_from[-1]
                break


_HELD_HERE = re.compile(r"\b(?:held|hosted|met|meet|meeting|took place|opened|ended)\s+here\b")
_FROM_ENDS = ("from ", "From ")


def _dateline_venue(doc: Doc, rounds: list[Round]) -> None:
    """A round under way on the day of a report filed from a city where talks are held, and placed nowhere
    else, is in that city: "GENEVA, Feb. 18 — The third round resumes today ...". Not a party's own city:
    a report from Moscow or Kyiv tells where the reporter is, not the talks."""
    if not doc.views:
        return
    text = doc.article.text
    line_start = text.rfind("\n", 0, doc.views[0].sentence.start) + 1
    # (the splitter may have kept the dateline in the first sentence: "DAVOS, Switzerland, Jan. 22 - Trump")
    dateline = _DATELINE_CITY.match(text, line_start, doc.views[0].sentence.end)
    if dateline is None:
        return
    city = dateline.group(1).title()
    places = [m.venue.name for m in doc.matcher.mentions(city) if m.venue is not None and m.surface == city]
    if not places or city in doc.matcher.party_cities:
        return
    published = doc.published
    for r in rounds:
        start, last = r.start, r.last_day
        ended = last or r.end  # ("ended on Wednesday": an end with no start)
        if (
            ended is not None
            and r.venue is None
            and r.status == "concluded"
            and 0 <= (published - ended).days <= 1
        ):
            # "GENEVA, Feb. 19 - The third round ended on Wednesday without a deal": talks that ended on the
            # day of the report or the day before, told from a city where talks are held, ended there (the
            # reporter files from where the talks were, before leaving)
            r.venue = places[0]
            continue
        if start is None or last is None or r.venue is not None:
            continue
        if r.meeting and start == published:
            # "DAVOS, Jan. 22 - Trump and Zelensky met for about an hour on Thursday in a side room of the
            # Congress Centre", "Dmitriev was due to meet Witkoff later today": a meeting of the day a report
            # is filed, placed by no city of its own, is in the city of the report
            r.venue = places[0]
        elif r.status == "ongoing" and start <= published <= last:
            r.venue = places[0]


def _sideline_venues(rounds: list[Round]) -> None:
    """A meeting placed nowhere, held on a day of a numbered round that is placed, was held on its
    sidelines, in its city: "The third round ended in Geneva on Wednesday ... Medinsky also held a separate
    meeting with the Ukrainian negotiators on Tuesday evening"; and a numbered round placed nowhere is where a
    meeting on its margins, on one of its days, was held."""
    for n in rounds:
        if n.number is None or n.venue is not None or n.start is None:
            continue
        # "On Wednesday, on the margins of the Geneva talks, Medinsky met the Ukrainian delegation": a meeting
        # held on the margins of talks, on a day of the round, was where the round was
        beside = {
            r.venue
            for r in rounds
            if r.meeting
            and r.venue is not None
            and n.holds_day(r.start)
            and _MARGINS.search(r.mention.view.text) is not None
        }
        if len(beside) == 1:
            n.venue = beside.pop()
    placed = [r for r in rounds if r.number is not None and r.venue is not None and r.start is not None]
    for r in rounds:
        if r.number is not None or r.venue is not None or r.start is None:
            continue
        during = {
            n.venue for n in placed if n.start is not None and n.start <= r.start <= (n.last_day or n.start)
        }
        if len(during) == 1:
            r.venue = during.pop()


_MARGINS = re.compile(
    r"\b(?:sidelines|margins?)\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:talks|round|negotiations|plenary|sessions?)\b"
)


def _label_lines(doc: Doc, mentions: list[RoundMention]) -> None:
    """A line that opens with a round's name and a colon, a dash or a bracket labels the round with the
    place on it: "Round one — Abu Dhabi (January 23-24)", "- Round 2: Feb. 4-5, Abu Dhabi.", "Round 3
    (Feb. 17-18, Geneva): ...", headings the splitter took for sentences or lists."""
    unplaced = [m for m in mentions if m.number is not None and m.venue is None]
    for view in dict.fromkeys(m.view for m in unplaced):
        for label in _LABEL_LINE.finditer(view.text) if "round" in view.lower else ():
            number = _label_number(label.group("n") or label.group("o"))
            line_end = view.text.find("\n", label.end())
            venue = _first_venue(view, doc, label.end(), line_end if line_end >= 0 else len(view.text))
            for mention in unplaced:
                if mention.view is view and mention.number == number and venue is not None:
                    mention.venue = venue


def _dated_entries(doc: Doc, mentions: list[RoundMention]) -> list[RoundMention]:
    """A chronicle's entry that opens its paragraph with its day, and maybe its place, dates what it tells:
    "Jan. 31, Miami: Kirill Dmitriev sees Witkoff ...", "Feb. 4-5, Abu Dhabi: second trilateral round, moved
    from Feb. 1. It ends with a swap ..." (told in the present of a chronicle, of days gone by: held). An
    entry that tells no meeting in words but names two sides ("Saturday 31 January - Miami. Dmitriev with
    Witkoff, Kushner and Bessent.") is a meeting of theirs; those are returned."""
    entries: dict[int, tuple[date, date, str | None, View]] = {}
    for view in doc.views:
        if view.index and doc.views[view.index - 1].paragraph == view.paragraph:
            continue  # an entry's day opens its paragraph
        entry = _entry_label(doc, view)
        if entry is not None:
            entries[view.paragraph] = entry
    if not entries:
        return []
    told: set[int] = set()
    for mention in mentions:
        entry = entries.get(mention.view.paragraph)
        if entry is not None and mention.dates[0] is not None and entry[0] < doc.published:
            _from_the_entry_day(mention, entry[0])
        if entry is None or not (mention.named or mention.meeting):
            continue
        if mention.named or mention.is_meeting_like():
            told.add(mention.view.paragraph)
        first, last, place, _ = entry
        if mention.dates[0] is None and mention.status not in ("postponed", "cancelled"):
            # (not a round put off: "Mon 23 Mar - The fourth round remains without a date" is told that day)
            mention.dates = (first, last if last != first else None)
        if mention.venue is None and place is not None and not mention.moved:
            mention.venue = place
        if mention.status in (None, "ongoing", "scheduled", "announced") and last < doc.published:
            # ("February 4-5 - Round two, Abu Dhabi, a few days later than first planned", in April)
            mention.status = "concluded"
    made = []
    for paragraph, (first, last, place, label) in entries.items():
        if paragraph in told:
            continue
        views = [v for v in doc.views[label.index : label.index + 2] if v.paragraph == paragraph]
        named = _sides_listed(doc, views, label.memo["entry"])  # type: ignore[arg-type]
        sides = {m.party for m in named}
        if len(sides) != 2:
            continue
        status = "concluded" if last < doc.published else "scheduled" if first > doc.published else "ongoing"
        made.append(
            RoundMention(
                label,
                status=status,
                tense="past" if status == "concluded" else "future",
                dates=(first, last if last != first else None),
                venue=place,
                parties=sides,  # type: ignore[arg-type]
                persons={m.person.name for m in named if m.person is not None},
                bilateral=True,
                meeting=True,
            )
        )
    return made


def _sides_listed(doc: Doc, views: list[View], start: int) -> list[Mention]:
    """The people and sides an entry opens with, when it only lists them ("Ukraine and the United States.",
    "Dmitriev with Witkoff, Kushner and Bessent.", "Witkoff and Kushner with Umerov."): names joined by
    "and", "with" and commas, up to the first name of a second side (not "Russia strikes energy facilities
    across Ukraine", which tells of something else)."""
    for view in views:
        lo = start if view is views[0] else 0
        names = [m for m in view.mentions if m.start >= lo and m.party is not None and m.venue is None]
        if not names:
            continue
        first = names[0].party
        other = next((m for m in names if m.party != first), None)
        if (
            other is None
            or other.party not in doc.matcher.party_names
            or first not in doc.matcher.party_names
        ):
            return []
        text = view.text[lo : other.start]
        for m in names:
            if m.end <= other.start:
                text = text.replace(view.text[m.start : m.end], " ")
        if all(word.lower() in _LISTING_WORDS for word in _WORDS.findall(text)):
            return [m for m in names if m.party in (first, other.party)]
        return []
    return []


def _from_the_entry_day(mention: RoundMention, day: date) -> None:
    """ "Thu 19 Mar, 20:40 - Zelensky says a team is on its way to the United States for talks on Saturday",
    in a timeline of March 23: a weekday still ahead in an entry is the one after the entry's day."""
    first, last = mention.dates
    told = [
        d
        for d in mention.view.dates
        if d.weekday and d.first == first and d.start >= mention.view.memo.get("entry", 0)
    ]
    if not told or first is None or first <= day:
        return
    after = day + timedelta(days=(first.weekday() - day.weekday()) % 7 or 7)
    if after < first:
        mention.dates = (after, last - (first - after) if last is not None else None)


def _entry_label(doc: Doc, view: View) -> tuple[date, date, str | None, View] | None:
    """The day, the last day and the place an entry's opening label gives: "Jan. 31, Miami:", "Saturday 17
    January - Miami.", "Friday 23 - Saturday 24 January - Abu Dhabi.", "Sunday:" (a weekday only ahead: a
    week-ahead's present, "Tuesday: talks resume in Miami", looks ahead as a week gone by would not)."""
    if not view.text[:1].isalnum():
        return None
    days = [d for d in view.dates if d.first is not None]
    # ("Sat 21 Mar, 16:00 - ...": a weekday cut short before the day)
    opening = _SHORT_WEEKDAY.match(view.text) if view.text[3:4] in (" ", ".", ",", "s") else None
    if not days or days[0].start != (opening.end() if opening is not None else 0):
        return None
    day = days[0]
    label = _AFTER_ENTRY_DAY.match(view.text, day.end)
    if label is None or (day.weekday and day.first < doc.published):  # type: ignore[operator]
        return None
    place = _first_venue(view, doc, day.end, label.end()) if label.group("place") else None
    if label.group("mark") == "," and place is None:
        return None  # "January 17, Umerov flew to Miami": a sentence that opens with its day, no entry
    if place is not None and _HEDGED_PLACE.search(label.group("place")):
        place = None  # "5-9 March - Abu Dhabi, probably.": a place only guessed at
    view.memo["entry"] = label.end()
    return day.first, day.last or day.first, place, view  # type: ignore[return-value]


def _label_number(word: str) -> int | None:
    word = word.lower()
    digits = re.sub(r"\D", "", word)
    return ORDINALS.get(word) or NUMBER_WORDS.get(word) or (int(digits) if digits else None)


def _first_venue(view: View, doc: Doc, start: int, end: int | None = None) -> str | None:
    for mention in view.mentions_between(start, len(view.text) if end is None else end):
        if mention.venue is not None:
            return mention.venue.name
        if mention.surface in doc.matcher.party_cities:
            return mention.surface
    return None


_CITY_HEAD = re.compile(r"[-*•]?\s*([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+)?)\s*(?:\([^)\n]{0,20}\)\s*)?:\s")
_LINE_DATELINE = re.compile(
    r"(?:\d{1,2}[:.]\d{2}\s+)?([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+)?),\s+((?:[A-Z][a-z]{2,8}\.?|\d{1,2})\s+\w+)"
)
# "GENEVA, Feb. 18 -", "GENEVA (Wire) -", "GENEVA - ": a city in capitals, then a comma, an agency or a dash
_DATELINE_CITY = re.compile(r"([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+)?)(?:,|\s+\(|\s+[—–-]\s)")
_LINE = re.compile(r"[^\s][^\n]*[^\s]|[^\s]")
_LABEL = re.compile(r"[:—–,]\s+")
_LABEL_LINE = re.compile(
    # a bracket labels only with days in it ("Round 3 (Feb. 17-18, Geneva)"), not an aside ("(after two in
    # Abu Dhabi)")
    r"(?im)^[-*•]?\s*(?:the\s+)?(?:round\s+(?:no\.\s*)?(?P<n>\w+)|(?P<o>\w+)\s+round)\s*(?:[:—–]|\((?=[^)]*\d))\s*"
)
# "Sat 21 Mar, 16:00 - ": a weekday cut short before an entry's day
_SHORT_WEEKDAY = re.compile(r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+(?=\d)")
# After an entry's day: ", late - Moscow. ", ", Miami: ", ": ", " - Geneva. "
_AFTER_ENTRY_DAY = re.compile(
    # ("Sat 21 Mar, 16:00 - Talks begin in Florida.": a time of day after the day)
    r"(?:,\s*(?:late|early|morning|evening|night|\d{1,2}[:.]\d{2}))?\s*(?P<mark>:|[-–—]|,)\s*"
    r"(?:(?P<place>[A-Z][^.:;\n]{1,30}?)\s*(?:[.:]|\s[-–—])(?:\s|$))?"
)
_WORDS = re.compile(r"[\w.]+")
# What may stand between the names an entry lists as the sides of a meeting
_LISTING_WORDS = frozenset(
    [
        "and",
        "with",
        "the",
        "team",
        "teams",
        "delegation",
        "delegations",
        "side",
        "sides",
        "envoy",
        "envoys",
        "army",
        "treasury",
        "secretary",
        "president",
        "us",
        "u.s.",
        "american",
        "ukrainian",
        "russian",
        "admiral",
        "general",
        "minister",
        "foreign",
    ]
)
_HEDGED_PLACE = re.compile(r"\b(?:probably|possibly|likely|perhaps|maybe)\b")
_PLACE_KEYS = ("where", "venue", "location", "place")
_DAY_KEYS = ("when", "dates", "date")
_FIELD = re.compile(r"(?im)^(?P<key>where|venue|location|place|when|dates?|status)\s*:\s*")
_LABEL_FILLER = re.compile(r"\b(?:again|too|also|then|and)\b")


_PEACE_TALKS = re.compile(r"\bpeace\s+(?:talks|negotiations|process)\b")
_NEGOTIATORS = re.compile(r"\b(?:[Nn]egotiators|[Dd]elegations|[Nn]egotiating teams)\b")
_NEGOTIATION = re.compile(
    r"\b(?:talks|negotiat\w+|consultations|delegations?|envoys?|met|meet|meeting|summit)\b", re.IGNORECASE
)


def _finish(r: Round, doc: Doc, talk_parties: Counter[str]) -> RoundFact:
    parties = set(r.parties)
    if r.trilateral:
        # Trilateral talks of the story are those of its three main sides, even when a sentence names
        # fewer ("the trilateral meeting ... has been moved") or a fourth ("U.S. European Command").
        main = set(doc.matcher.main_parties)
        if not (len(parties) == 3 and parties <= main):
            parties &= main
            for party, _count in talk_parties.most_common():
                if len(parties) < 3 and party in main:
                    parties.add(party)
            parties |= main if len(parties) < 3 else set()
    fmt = "trilateral" if r.trilateral and not r.bilateral else None
    if fmt is None:
        # Two parties named around a numbered round ("the third round of talks between Russia and Ukraine")
        # do not make it bilateral: only a meeting of two, or the word, does.
        if r.bilateral or (len(parties) == 2 and r.meeting):
            fmt = "bilateral"
        elif len(parties) > 3:
            fmt = "multilateral"
        elif len(parties) == 3:
            fmt = "trilateral"
    if fmt is None:
        # Sides named around talks of no known format ("Russia's delegation in Geneva") are not all of
        # their sides: the round lists none, as one named only by its number.
        parties = set()
    start, end = r.start, r.end
    if start is not None and end is None and r.duration:
        end = start + timedelta(days=r.duration - 1)
    elif start is None and end is not None and r.duration:
        start = end - timedelta(days=r.duration - 1)  # "ended on Saturday" ... "the two-day talks"
    stale = r.status == "postponed" and r.off and start is not None and _over(start, end, doc.published)
    # a round put off whose days are gone by, told as still off ("will not take place this week"): those
    # days were a plan that did not hold, not the days it was held on
    status = "postponed" if stale else _settle_status(r.status, start, end, doc.published)
    if status in _PUT_OFF and (stale or not r.firm_days):
        # "It was planned for March 5-9 ... it has been put off": the days of the plan are no longer its own
        start = end = None
    # A round put off with no new days has no place either ("the Abu Dhabi round has been called off"),
    # unless the words move it to one ("moved from Abu Dhabi to Istanbul")
    venue = None if status in _PUT_OFF and start is None and not r.moved else r.venue
    return RoundFact(
        number=r.number,
        format=fmt,
        parties=tuple(sorted(parties)),
        start=start,
        end=end,
        venue=venue,
        status=status,
        heads=tuple(sorted(r.heads.items())),
        evidence=doc.evidence(r.mention.view),
        outcomes=tuple(r.outcomes),
        reference=r.reference,
    )


def _the_one_place(doc: Doc, rounds: list[Round]) -> None:
    """ "When Medinsky walked into the InterContinental in Geneva on Tuesday morning, ..." in a profile that
    dates the third round and places it nowhere: the one round an article dates as over is in the one city
    of talks the article places anything in, when no other meeting of the article is there. (Not a round
    under way: "Umerov arrived in Geneva on Monday. The third round opens on Tuesday" may be a journey to
    another meeting, and a report of talks under way names their place or files from it.)"""
    held = [
        r for r in rounds if not r.meeting and not r.plural and (r.start or r.end) and r.status == "concluded"
    ]
    if len(held) != 1 or held[0].venue is not None:
        return
    taken = {r.venue for r in rounds if r.venue is not None}
    places = {
        m.venue.name
        for view in doc.views
        for m in view.mentions
        if m.venue is not None and _PLACED_IN.search(view.text, 0, m.start) is not None
    }
    places -= doc.matcher.party_cities
    if len(places) == 1 and not places & taken:
        held[0].venue = places.pop()


# "in Geneva", "at the Kremlin", "to Abu Dhabi": a place named as where something is or happens
_PLACED_IN = re.compile(r"\b(?:in|at|to)\s+(?:the\s+)?$")


def _length_told_apart(doc: Doc, rounds: list[Round]) -> None:
    """ "When the second round ended in Abu Dhabi on Thursday, ..." under "What two days in Abu Dhabi bought":
    the one round an article dates, known by one of its days, lasted the one length the article tells."""
    # (a next round is seldom the one a report's lengths are about: "the next round will take place on
    # Sunday, after the first two days of negotiations ended")
    dated = [
        r for r in rounds if not r.meeting and not r.plural and (r.start or r.end) and r.reference != "next"
    ]
    if len(dated) != 1:
        return  # lengths in a piece on several rounds may be any one's
    r = dated[0]
    if r.duration or (r.start is not None and r.end is not None and r.end != r.start):
        return
    title = doc.article.title or ""
    length = one_length(f"{title}\n{doc.article.text}")
    if length is None or length < 2:
        return
    over = (
        r.status == "concluded"
        and r.start is not None
        and r.start + timedelta(days=length - 1) > doc.published
    )
    if r.ended or over or (r.start is None and r.end is not None):
        # a round known by the day it ended on began that many days before (as does one over by the time
        # of writing whose known day, counted as its first, would have it end after that)
        r.end = r.end or r.start
        r.start = None
    elif r.end == r.start:
        r.end = None
    r.duration = length


def _settle_status(status: str | None, start: date | None, end: date | None, published: date) -> str | None:
    if status == "ongoing" and start is not None and _over(start, end, published):
        return "concluded"
    if status == "postponed" and start is not None and _over(start, end, published):
        return "concluded"  # "first planned for Feb. 1, was pushed back by three days", told after them
    last = end or start
    if status == "concluded" and last is not None and last > published:
        # "the second round concludes on Thursday", said on Wednesday: under way when begun by the article's
        # day (a live report of its first day), else still to come
        return "ongoing" if start is not None and start <= published else "scheduled"
    if status == "ongoing" and start is not None and start > published:
        return "scheduled"  # "the third round opens in Geneva on Tuesday", said on Sunday
    if status in ("scheduled", "announced"):
        return "scheduled" if start is not None else "announced"
    return status


def _over(start: date, end: date | None, published: date) -> bool:
    """A round said to be under way whose days are past: the article speaks of it afterwards."""
    if end is not None:
        return end < published
    return start < published - timedelta(days=1)
