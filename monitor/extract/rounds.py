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
- this module checks that the article is about the story at all and turns each round into a `RoundFact`
  (a trilateral round of the story has its three main sides: the parties with most people in the pack).

Rounds need the story: an article that never names talks together with the story's sides (a bank merger's
"second round", a boxing "third round", a tennis "fourth-round match") yields none.
"""

from __future__ import annotations

import re
import weakref
from collections import Counter
from datetime import date, timedelta

from monitor.extract.context import Doc
from monitor.extract.names import Matcher
from monitor.extract.round_fields import TALK_OR_MEETING
from monitor.extract.round_mentions import MentionReader
from monitor.extract.round_merge import Round, build_rounds
from monitor.extract.round_triggers import TRILATERAL
from monitor.extract.statements import Attribution
from monitor.facts import RoundFact


def read_rounds(doc: Doc, attributions: dict[int, Attribution]) -> list[RoundFact]:
    """One fact per round or meeting the article speaks of."""
    if not about_the_story(doc):
        return []
    reader = MentionReader(doc)
    mentions = [m for view in doc.views for m in reader.read(view, attributions.get(view.index))]
    rounds = build_rounds(mentions, doc.published)
    # The parties the article names around talks fill a trilateral round whose own sentence names fewer.
    talk_parties = Counter(p for m in mentions for p in m.parties)
    return [_finish(r, doc, talk_parties) for r in sorted(rounds, key=lambda r: min(r.views))]


def about_the_story(doc: Doc) -> bool:
    """Does the article speak of talks between the story's sides?

    A sentence names talks with a person of the pack; or with two of its parties, one named as such ("Kyiv
    and Moscow"); or negotiations, not a mere "round", of two parties named by adjective ("Russian and
    Ukrainian negotiators"); or trilateral talks of one party. Or the article names a person of the pack
    and, elsewhere, talks of one of its parties. A tennis match of a Ukrainian and a Russian player ("a
    fourth-round match") and a bank merger in Abu Dhabi do not.
    """
    person_named = talks_named = False
    for view in doc.views:
        mentions = view.mentions
        if not mentions:
            continue
        parties = {m.party for m in mentions if m.first("party", "adjective", "institution", "person")}
        if not parties:
            continue
        person = any(m.person for m in mentions)
        named = person or any(m.first("party", "institution") for m in mentions)
        talk = TALK_OR_MEETING.search(view.text) is not None
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


_NEGOTIATION = re.compile(
    r"\b(?:talks|negotiat\w+|consultations|delegations?|envoys?|met|meet|meeting|summit)\b", re.IGNORECASE
)


def _finish(r: Round, doc: Doc, talk_parties: Counter[str]) -> RoundFact:
    parties = set(r.parties)
    if r.trilateral:
        # Trilateral talks of the story are those of its three main sides, even when a sentence names
        # fewer ("the trilateral meeting ... has been moved") or a fourth ("U.S. European Command").
        main = _main_sides(doc)
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
    end = r.end
    if r.start is not None and end is None and r.duration:
        end = r.start + timedelta(days=r.duration - 1)
    return RoundFact(
        number=r.number,
        format=fmt,
        parties=tuple(sorted(parties)),
        start=r.start,
        end=end,
        venue=r.venue,
        status=_settle_status(r.status, r.start, end, doc.published),
        heads=tuple(sorted(r.heads.items())),
        evidence=doc.evidence(r.mention.view),
        outcomes=tuple(r.outcomes),
        reference=r.reference,
    )


def _main_sides(doc: Doc) -> set[str]:
    """The story's three main sides: the parties with the most people in the pack."""
    # Worked out once per pack (its matcher), not once per trilateral round.
    main = _MAIN_SIDES.get(doc.matcher)
    if main is None:
        people = Counter(p.party for p in doc.matcher.people.values() if p.party)
        order = {name: i for i, name in enumerate(doc.matcher.party_names)}
        ranked = sorted(people, key=lambda party: (-people[party], order.get(party, len(order))))
        main = _MAIN_SIDES[doc.matcher] = frozenset(ranked[:3])
    return set(main)


_MAIN_SIDES: weakref.WeakKeyDictionary[Matcher, frozenset[str]] = weakref.WeakKeyDictionary()


def _settle_status(status: str | None, start: date | None, end: date | None, published: date) -> str | None:
    if status == "ongoing" and start is not None and _over(start, end, published):
        return "concluded"
    if status in ("scheduled", "announced"):
        return "scheduled" if start is not None else "announced"
    return status


def _over(start: date, end: date | None, published: date) -> bool:
    """A round said to be under way whose days are past: the article speaks of it afterwards."""
    if end is not None:
        return end < published
    return start < published - timedelta(days=1)
