"""Rounds of talks and other meetings of the parties, one fact per round per article.

A sentence names a round by number ("the second round", "round two", "the first and second rounds", "the
second, on Feb. 4-5"), relative to others ("a new round", "the next round", "the previous round"), or
generically ("the talks", "the consultations"). A meeting that is not a numbered round ("Putin received
Witkoff and Kushner in the Kremlin", "Trump and Zelensky met in Davos") is a round of its own with no number,
made when a sentence has a meeting verb or noun, two parties and a place or a day.

The work is split by job:

- `round_triggers` finds where a sentence names a round;
- `round_mentions` reads what each stretch of words says of one round (status from `status`, days from
  `dates` via `round_fields`, place, sides and heads via `round_fields` and `round_sides`), remembering
  what a reader remembers ("there", "the same day", "the two leaders");
- `round_merge` merges the mentions into one round per round or meeting and resolves "next" and "last";
- this module checks that the article is about the story at all and turns each round into a `RoundFact`.

Rounds need the story: an article where no sentence names a person of the pack, or two of its parties,
together with talks, meetings or delegations (a bank merger's "second round", a boxing "third round")
yields none.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from monitor.extract.context import Doc
from monitor.extract.round_fields import TALK_OR_MEETING
from monitor.extract.round_mentions import MentionReader
from monitor.extract.round_merge import Round, build_rounds
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
    """Does a sentence name talks together with a person of the pack, or with two of its parties (one by
    name, not only by adjective)? A tennis match between a Ukrainian and a Russian player does not."""
    for view in doc.views:
        mentions = view.mentions
        if not mentions:
            continue
        person = any(m.first("person") for m in mentions)
        parties = {m.party for m in mentions if m.party and not m.first("venue")}
        named = any(m.first("party", "institution") for m in mentions)
        if (person or (len(parties) >= 2 and named)) and TALK_OR_MEETING.search(view.text):
            return True
    return False


def _finish(r: Round, doc: Doc, talk_parties: Counter[str]) -> RoundFact:
    parties = set(r.parties)
    if r.trilateral and len(parties) < 3:
        for party, _count in talk_parties.most_common():
            if len(parties) >= 3:
                break
            parties.add(party)
    fmt = "trilateral" if r.trilateral and not r.bilateral else None
    if fmt is None:
        if r.bilateral or len(parties) == 2:
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
