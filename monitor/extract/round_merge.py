"""From the mentions of one article to its rounds: one per round or meeting, merging all it says of each.

1. Mentions that name a round (by number or reference) or describe a meeting make the rounds: one per
   number, per reference, per meeting (same sides, days, month and place that agree).
2. A round whose words give no status has one from its days (past: concluded; ahead: scheduled) or its
   tense; "the previous round" was held.
3. "The next round" is the numbered round still to come and "the previous round" the one held before, when
   the article numbers it; otherwise they stay rounds of their own (`resolve_references`).
4. Every other mention ("the talks, held on Friday") joins the round it fits best: one whose place, days and
   tense agree with it, a numbered round before a side meeting, the nearest in the text. A meeting takes
   only what speaks of it: its place, its people or its sides. Words about people travelling only give a
   meeting of theirs its place. A trilateral mention that fits no round ("the trilateral round due this
   week has been called off") is a round of its own; a second pass lets words read before it join it.
5. A meeting on a day of a round, with no place of its own, is held where the round is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from monitor.extract.round_mentions import RoundMention
from monitor.extract.status import PRIORITY


@dataclass
class Round:
    number: int | None
    reference: str | None
    mention: RoundMention  # the first mention: the fact's evidence
    meeting: bool = False  # a meeting the text does not number
    status: str | None = None
    tense: str | None = None
    start: date | None = None
    end: date | None = None
    month: int | None = None
    year: int | None = None  # a year gone by, said with no day ("in Istanbul last year")
    venue: str | None = None
    parties: set[str] = field(default_factory=set)
    persons: set[str] = field(default_factory=set)
    trilateral: bool = False
    bilateral: bool = False
    duration: int | None = None
    heads: dict[str, str] = field(default_factory=dict)
    outcomes: list[str] = field(default_factory=list)
    views: list[int] = field(default_factory=list)
    sure: bool = False  # some words speak of it as more than a possibility
    moved: bool = False  # its place is one it was moved to
    plural: bool = False  # rounds named together, one item ("two rounds in Abu Dhabi")
    firm_days: bool = False  # days it is set for or was moved to, not only expected on
    ended: bool = False  # its first day known is the one its words say it ended on ("ending after 3 a.m.")
    off: bool = False  # said to be put off with no new days: "will not take place this week"

    def add(self, mention: RoundMention, generic: bool = False) -> None:
        self.views.append(mention.view.index)
        self.sure |= not mention.unsure
        if (
            mention.status in ("postponed", "cancelled")
            and mention.dates[0] is None
            and self.status in ("announced", "scheduled")
            and self.start is not None
            and any(day.first == self.start for day in mention.view.dates)
        ):
            # "It was due on Sunday. Sunday's round has been put off.": the day it was planned for, named as
            # the one put off, is no longer its own (not "... will take place on Wednesday. The meeting,
            # initially planned for Sunday, was postponed": there the round's days are the new ones)
            self.start = self.end = None
        if mention.status is not None and PRIORITY[mention.status] > PRIORITY.get(self.status or "", -1):
            self.status = mention.status
        elif (
            self.status == "concluded"
            and mention.status == "ongoing"
            and _STILL_ON.search(mention.view.lower)
        ):
            # "On Saturday morning he was hosted by Witkoff ... The talks were still going on in the
            # afternoon": talks still going on when the report was written are not over, whatever verb told
            # how they began (days gone by make them over again: `rounds._settle_status`)
            self.status = "ongoing"
        elif self.status == "cancelled" and mention.status == "postponed" and mention.dates[0] is not None:
            # "Sunday's round will not go ahead. ... the meeting had been moved to Wednesday": put off to new
            # days, not called off
            self.status = "postponed"
        self.off |= mention.status == "postponed" and mention.dates[0] is None
        if not generic:
            self.tense = self.tense or mention.tense
        first, last = mention.dates
        # days a round "will take place" on, or was moved to, are its own; days it was "expected" on are a
        # plan that a later postponement undoes
        self.firm_days |= first is not None and mention.status in ("postponed", "scheduled")
        self.firm_days |= mention.on_its_day  # "expected on Thursday, was called off", told on Friday
        # "..., originally planned for Sunday, were postponed": the plan it names is not the days known
        self.firm_days |= (
            mention.status == "postponed" and _OLD_PLAN_NAMED.search(mention.view.text) is not None
        )
        if first is not None and (self.start is None or mention.status == "postponed"):
            # "ended on Saturday ... The talks, which opened on Friday": a first day joins a last day known
            known_end = self.end if self.start is None and mention.status != "postponed" else None
            self.start, self.end = first, (last if last != first else None)
            if self.end is None and known_end is not None and known_end > first:
                self.end = known_end
        elif (
            last is not None
            and self.end is None
            and (first is None or (first == self.start and last > first))
        ):
            self.end = last  # "scheduled to run from Tuesday to Wednesday" of a round known to start Tuesday
            if first is None and self.start is not None and (last - self.start).days > 7:
                # "The security group opened on Friday, January 23. ... The security talks ended on
                # Saturday", told in May: a bare weekday read from the article's day; it is the one after
                # the start
                self.end = self.start + timedelta(days=(last.weekday() - self.start.weekday()) % 7 or 7)
        elif (
            first is not None
            and last is not None
            and self.start is not None
            and self.end is None
            and first < self.start <= last
        ):
            self.start, self.end = first, last  # the days of which the one known is one
        elif (
            mention.ended
            and first is not None
            and self.start is not None
            and self.end is None
            and first == self.start + timedelta(days=1)
        ):
            self.end = first  # a meeting that ran past midnight ended the next day
        elif self._goes_on(mention):
            self.end = first  # "The second round opened on Wednesday. The delegations met again on Thursday"
        elif self._ends_later(mention):
            # "... began on Tuesday morning. By the time it ended, on Wednesday afternoon, ..."
            self.end = first
        elif self._began_the_day_before(first):
            # "the talks ran past midnight, ending after 3 a.m. today ... Putin received the envoys late last
            # night": the meeting that ended today began yesterday
            self.start, self.end = first, self.start
        if mention.next_day_end and self.start is not None and self.end is None:
            self.end = self.start + timedelta(days=1)  # "That round ended the following day"
        self.ended |= mention.ended and first is not None and first == self.start and self.end is None
        self.month = self.month or mention.month
        self.year = self.year or mention.year
        if not (
            generic
            and not self.meeting
            and mention.meeting
            and len(mention.parties) == 1
            # ("The Kremlin said the delegations will meet in Geneva on Tuesday": the sides themselves meet)
            and _DELEGATIONS_MEET.search(mention.view.text) is None
        ):
            # "The Russians had invited him to Moscow", "after talks with the Lithuanian president in
            # Vilnius": a meeting of one side with someone else is a visit, whose place is not the round's
            self.venue = self.venue or mention.venue
        self.moved |= mention.moved and mention.venue == self.venue
        self.persons |= mention.persons
        if not (generic and self.meeting):
            # Sides named around a meeting are not its sides ("Russia was not represented").
            self.parties |= mention.parties
            self.trilateral |= mention.trilateral
        self.bilateral |= mention.bilateral
        self.duration = self.duration or mention.duration
        for party, person in mention.heads.items():
            self.heads.setdefault(party, person)
        self.outcomes += [o for o in mention.outcomes if o not in self.outcomes]

    def _ends_later(self, mention: RoundMention) -> bool:
        """Do words of talks that ended a day to three after this round began, told with no last day known,
        tell its last day?"""
        ended_on = mention.dates[1] or mention.dates[0]
        return (
            not self.meeting
            and self.status in ("ongoing", "concluded")
            and mention.status == "concluded"
            and mention.tense != "future"
            and self.start is not None
            and self.end is None
            and ended_on is not None
            and timedelta(days=1) <= ended_on - self.start <= timedelta(days=3)
            and _ENDS.search(mention.view.lower) is not None
        )

    def _goes_on(self, mention: RoundMention) -> bool:
        """Do words of talks taken up again ("met again", "resumed", "continued") tell a next day of this
        round, begun a day or two before and with no last day known?"""
        first = mention.dates[0]
        return (
            not self.meeting
            and first is not None
            and self.start is not None
            and self.end is None
            and self.status in ("ongoing", "concluded")
            and mention.status in ("ongoing", "concluded", None)
            and not mention.parties
            and timedelta(days=1) <= first - self.start <= timedelta(days=2)
            and _GOES_ON.search(mention.view.lower) is not None
        )

    def _began_the_day_before(self, first: date | None) -> bool:
        """Is `first` the day before the one a meeting, known by its end only, ended on?"""
        return (
            self.meeting
            and self.ended
            and first is not None
            and self.start is not None
            and self.end is None
            and first == self.start - timedelta(days=1)
        )

    def absorb(self, other: Round) -> None:
        """Merge a round read under another name ("the next round" that the article also numbers)."""
        self.start, self.end = (self.start, self.end) if self.start else (other.start, other.end)
        if PRIORITY.get(other.status or "", -1) > PRIORITY.get(self.status or "", -1):
            self.status = other.status
        self.venue = self.venue or other.venue
        self.parties |= other.parties
        self.persons |= other.persons
        self.trilateral |= other.trilateral
        self.duration = self.duration or other.duration
        for party, person in other.heads.items():
            self.heads.setdefault(party, person)
        self.outcomes += [o for o in other.outcomes if o not in self.outcomes]
        self.views += other.views
        self.sure |= other.sure
        self.moved |= other.moved and other.venue == self.venue
        self.firm_days |= other.firm_days
        self.off |= other.off

    @property
    def last_day(self) -> date | None:
        if self.start is None:
            return None
        return self.end or self.start + timedelta(days=max(0, (self.duration or 1) - 1))

    def fits(self, mention: RoundMention) -> bool:
        """Could a mention that names no round speak of this one?

        A mention that would move the round to a later state of another tense ("the talks ended" for a round
        only announced) speaks of another round; one that says less than is known does not.
        """
        # A round moved to days now told as held on one of them was held then: "... had slipped to Wednesday
        # and Thursday ... So when the delegations did meet, on Wednesday in the Emirati capital, ..."
        if (
            self.status == "postponed"
            and self.firm_days
            and mention.status in (None, "concluded", "ongoing")
            and (mention.status is not None or mention.tense == "past")
            and self.holds_day(mention.dates[0])
            and (mention.venue is None or self.venue in (None, mention.venue))
        ):
            return True
        if mention.status is not None and self.status is not None:
            said, held = _tense(mention.status), _tense(self.status)
            # (talks under way that the words say ended are over: "Talks end after two hours", in a bulletin
            # of the round's day)
            over = self.status == "ongoing" and mention.status == "concluded" and mention.ended
            # ... and so are talks begun on a day told that the words say ended a day or two later: "The
            # second round opened in Abu Dhabi on Wednesday. The talks ended on Thursday"
            over |= self._ends_later(mention) or self._goes_on(mention)
            if said != held and PRIORITY[mention.status] > PRIORITY[self.status] and not over:
                return False
            if {said, held} == {"past", "future"}:
                return False  # "the round due this week has been called off" is not the round held
        told = _tense(mention.status) if mention.status else mention.tense
        if told is not None and self.status is not None and {told, _tense(self.status)} == {"past", "future"}:
            return False  # "the talks in Abu Dhabi last week" are not the round still to come
        if mention.venue is not None and self.venue is not None and mention.venue != self.venue:
            return False
        if mention.trilateral and self.meeting and len(self.parties) == 2:
            return False  # a meeting of two is not the trilateral talks
        two_sided = len(mention.parties) == 2 and self.parties
        if two_sided and self.bilateral != mention.meeting and not mention.parties <= self.parties:
            return False
        first = mention.dates[0]
        if (
            first is None
            and mention.dates[1] is not None
            and self.start is not None
            and mention.dates[1] < self.start
        ):
            return False  # "The round ended on February 18" is no meeting that began on the 20th
        if _other_month(first, self.month) or _other_month(self.start, mention.month):
            return False  # "the two leaders last met in August" is not the meeting of January 22
        if _other_year(first, self.year) or _other_year(self.start, mention.year):
            return False  # "the Istanbul talks last year" are not the meeting of February 17
        if first is not None and self.status == "cancelled" and mention.status in ("scheduled", "announced"):
            # "The round expected in early March was called off ... The Saturday meeting will be held in
            # Florida": talks set for a day to come are not a round called off
            return False
        if first is not None and self.status is not None and _clash(mention, self.status):
            return False  # a day "planned" is no day of a round that was held
        last = self.last_day
        if mention.status == "postponed" and self.status in ("announced", "scheduled", "postponed"):
            return True  # "Sunday's round has been postponed to Wednesday": new days for a round to come
        if first is not None and self.start is not None and last is not None:
            # "Putin received the envoys late on Thursday ... Kremlin talks end after four hours, early on
            # Friday": a meeting that ends the day after it began
            next_day = first == last + timedelta(days=1) and self.end is None
            if mention.ended and self.meeting and next_day and self.status in ("ongoing", "concluded", None):
                return True
            if self._began_the_day_before(first) and self.status in ("ongoing", "concluded", None):
                return True
            if self._goes_on(mention) or self._ends_later(mention):
                return True
            if self.end is None and mention.dates[1] is not None and first < self.start <= mention.dates[1]:
                return True  # "a working group on Feb. 5" of the round, then "the talks ... on Feb. 4 and 5"
            return self.start <= first <= last
        # "Since Geneva, where the third round ended on February 18 ... a meeting on Saturday": a day after a
        # round's last is another meeting's
        return first is None or self.start is not None or self.end is None or first <= self.end

    def holds_day(self, day: date | None) -> bool:
        """Is `day` one of this round's days?"""
        last = self.last_day
        return day is not None and self.start is not None and last is not None and self.start <= day <= last

    def told_before(self, mention: RoundMention, least: int, most: int) -> bool:
        """Was this round told of `least` to `most` sentences before the mention (in any of its sentences:
        a meeting told of again further on was still told of just before)?"""
        return any(least <= mention.view.index - view <= most for view in self.views)

    def speaks_of(self, mention: RoundMention) -> bool:
        """Does a mention that names no round name something of this meeting: its place, people or sides?"""
        if mention.venue is not None and mention.venue == self.venue:
            return True
        if mention.view.index in self.views and not mention.parties - self.parties:
            # "Putin received the envoys late on Thursday, and the talks ran into the early hours of Friday":
            # the talks of the sentence that tells of the meeting are that meeting
            return True
        if mention.persons & self.persons:
            return True
        if (
            mention.ended
            and self.meeting
            and self.end is None
            and self.start is not None
            and (mention.dates[0] or mention.dates[1]) == self.start + timedelta(days=1)
            and mention.parties <= self.parties
            and self.told_before(mention, 0, 1)
        ):
            # "Putin received the envoys on Thursday evening. The conversation ... ended in the early hours of
            # Friday": talks said to end the day after a meeting began, told right after it, are that meeting
            return True
        if mention.parties and mention.parties <= self.parties and self.holds_day(mention.dates[0]):
            # "... on its way to the United States for a meeting on Saturday": the meeting held that day
            return True
        if (
            not mention.parties
            and not mention.persons
            and mention.status in ("scheduled", "announced")
            and self.holds_day(mention.dates[0])
        ):
            # "A team is on its way to the U.S. for a meeting on Saturday ... The Saturday meeting will be
            # held in Florida": talks still to come that name no sides, on the day a meeting is set for, are
            # that meeting
            return True
        if (
            not mention.parties
            and not mention.persons
            and self.told_before(mention, 1, 1)
            and self.start is not None
            and mention.dates[0] is not None
            and mention.dates[0] <= self.last_day  # type: ignore[operator]
            and self.start <= (mention.dates[1] or mention.dates[0])
        ):
            # "Talks between the American and Ukrainian negotiators continued in Florida on Sunday. The
            # two-day meeting is due to end later today": talks naming no sides, told right after a meeting,
            # on days of it, are that meeting
            return True
        if (
            not mention.parties
            and not mention.persons
            and self.holds_day(mention.dates[0])
            and self.venue in (None, mention.venue)
            and min(self.views) - mention.view.index == 1
        ):
            # "They met again eight days later, this time in Miami. Dmitriev flew in to see Witkoff ... on
            # January 31": talks naming no sides on the day of a meeting told right after are that meeting
            return True
        if (
            mention.venue is not None
            and self.venue is None
            and not mention.parties
            and not mention.persons
            and self.told_before(mention, 0, 2)
        ):
            # "... for a meeting with the Americans on Saturday. ... the talks would be held in Florida"
            return True
        if (
            not mention.parties
            and not mention.persons
            and mention.dates[0] is None
            and mention.status in ("ongoing", "concluded")
            and self.told_before(mention, 1, 1)
        ):
            # "On Saturday morning Dmitriev was hosted by Witkoff. The talks were still going on in the
            # afternoon": talks that name no sides or day, told right after a meeting, are that meeting
            return True
        if (
            mention.parties <= self.parties
            and mention.persons <= self.persons
            and self.start is None
            and self.end is None
            and mention.dates[0] is not None
            and self.told_before(mention, 1, 1)
            and _THE_MEETING.match(mention.view.text) is not None
        ):
            # "... after two days of meetings with the American team in Florida. The meetings took place on
            # Saturday and Sunday": the meeting told just before, with no day yet, is the one the next
            # sentence's subject takes up and dates
            return True
        return len(mention.parties) >= 2 and mention.parties <= self.parties


# A sentence whose subject takes up a meeting told before: "The meetings took place on ...", "The talks ran"
_THE_MEETING = re.compile(
    r"(?:The|These|Those|Both|That|This)\s+(?:meetings?|talks|sessions?|conversations?|discussions)\b"
)
# The negotiators of every side as the ones who meet: "the delegations will meet in Geneva"
_DELEGATIONS_MEET = re.compile(
    r"\b(?:[Dd]elegations|[Nn]egotiators|(?:three|both|two)\s+(?:sides|teams))\s+(?:will|would|are\s+to|are\s+"
    r"(?:due|set|expected)\s+to)\s+(?:again\s+)?(?:meet|sit\s+down|gather|convene|reconvene)\b"
)
_STILL_ON = re.compile(r"\bstill (?:going on|in progress)\b")
_OLD_PLAN_NAMED = re.compile(
    r"\b(?:originally|initially|first|previously)\s+(?:been\s+)?(?:planned|scheduled|expected|set|due|slated)\b"
)


_THE_ROUND = re.compile(r"\b(?:the|that|this)\s+round\b")
_ENDS = re.compile(r"\b(?:ended|wrapped\s+up|closed|concluded|finished|(?:was|were)\s+over)\b")
_GOES_ON = re.compile(r"\b(?:met|meet|sat\s+down|gathered)\s+again\b|\b(?:resumed|continued|reconvened)\b")


def build_rounds(mentions: list[RoundMention], published: date) -> list[Round]:
    rounds: list[Round] = []
    generic: list[RoundMention] = []
    for mention in mentions:
        if mention.named or mention.is_meeting() or mention.plural:
            _target(rounds, mention).add(mention)
        else:
            generic.append(mention)
    for r in rounds:
        _default_status(r, published)
    rounds = resolve_references(rounds, published)
    # Words about talks the article names only later ("ahead of the talks in Abu Dhabi on Wednesday ...
    # The trilateral talks were postponed") join the round once it is made: a second pass.
    waiting = [m for m in generic if not _attach(rounds, m, published)]
    for mention in waiting:
        _attach(rounds, mention, published)
    for r in rounds:
        _default_status(r, published)  # rounds the words about talks made, held on days now past
    _place_side_meetings(rounds)
    rounds = _meetings_of_the_three(rounds)
    # Rounds named together are an item of their own only where the article numbers none of them in that
    # place ("two rounds in Abu Dhabi" beside "the second round, in Abu Dhabi" adds nothing).
    _place_both(rounds)
    placed = {r.venue for r in rounds if r.number is not None}
    return [r for r in rounds if r.sure and not (r.plural and r.venue in placed)]


def _place_both(rounds: list[Round]) -> None:
    """ "He headed the delegation at the first round in the Emirati capital and at the second, on Feb. 4-5.
    ... At both Abu Dhabi rounds ...": the two rounds the article numbers were both held where "both" puts
    them."""
    numbered = [r for r in rounds if r.number is not None and not r.plural]
    if len(numbered) > 2:
        # ("both trilateral rounds held so far in Abu Dhabi ... He will not lead the third"): the two held
        numbered = [r for r in numbered if r.status in ("concluded", "ongoing")]
    if len(numbered) != 2:
        return
    for group in rounds:
        venue = group.venue
        if (
            group.plural
            and venue is not None
            and _BOTH.search(group.mention.view.lower) is not None
            and all(r.venue in (None, venue) for r in numbered)
        ):
            for r in numbered:
                r.venue = venue


def _target(rounds: list[Round], mention: RoundMention) -> Round:
    for existing in rounds:
        if mention.plural:
            if existing.plural and existing.venue == mention.venue:
                return existing
            continue
        if mention.number is not None and existing.number == mention.number:
            return existing
        if (
            mention.number is None
            and mention.reference is not None
            and existing.reference == mention.reference
        ):
            return existing
        if (
            not mention.named
            and existing.meeting
            and not existing.plural
            and existing.parties == mention.parties
            and existing.fits(mention)
            # "met on Saturday ... The two men have met several times over the past year": meetings held
            # again and again are not the one of a day
            and existing.mention.repeated == mention.repeated
        ):
            return existing
    created = Round(mention.number, mention.reference, mention, meeting=not mention.named)
    created.plural = mention.plural
    rounds.append(created)
    return created


def _attach(rounds: list[Round], mention: RoundMention, published: date) -> bool:
    """Add a mention that names no round to the round it speaks of, or make one; False when neither."""
    if mention.travel and mention.talkers:
        # "Delegations arrived in Geneva on Monday. The third round opens on Tuesday": the place of the
        # talks still ahead or begun, told right after, that no words place
        ahead = [
            r
            for r in rounds
            if not r.meeting
            and r.venue is None
            and r.status in ("scheduled", "ongoing")
            and 0 <= min(r.views) - mention.view.index <= 2
        ]
        if ahead:
            ahead[0].venue = mention.venue
        return bool(ahead)
    if mention.travel:
        # "Witkoff and Kushner flew to Moscow": the place of the meeting they went to, nothing more.
        going = [
            r
            for r in rounds
            if r.meeting
            and r.venue is None
            and r.persons & mention.persons
            # a journey still to come ("whether Zelensky travels to Davos next week") is to no meeting held
            and not (r.status == "concluded" and _tense(mention.status or "concluded") == "future")
        ]
        if going:
            min(going, key=lambda r: _distance(r, mention.view.index)).venue = mention.venue
        return bool(going)
    # A meeting takes words about talks that do not name it only when it is all the talks the article
    # tells of: "the talks" then can be no others ("The talks are due to run through Sunday").
    alone = len(rounds) == 1
    # ("Umerov met Witkoff in Geneva on Thursday, after a fourth trilateral round ... failed to take place.
    # ... Budanov had said that the round could take place on Feb. 26-27": "the round" is no meeting of two
    # while the article numbers a round)
    of_a_round = _THE_ROUND.search(mention.view.lower) is not None and any(
        r.number is not None for r in rounds
    )
    # A round only wondered about ("a fourth round could still be held") is none: words about talks that
    # do not name it speak of another.
    fitting = [
        r
        for r in rounds
        if r.sure
        and (r.fits(mention) or _held_as_planned(r, mention, published))
        # talks called off are not "the next round" the article still expects: that one comes after them
        and not (r.reference == "next" and mention.status == "cancelled" and r.status != "cancelled")
        and (not r.meeting or alone or r.speaks_of(mention) or _placed_before(r, mention))
        and not (r.meeting and of_a_round)
        and not _after_the_last(r, mention, published)
    ]
    if fitting:
        best = min(
            fitting,
            key=lambda r: (
                # (a day the round is known to hold before a place: two rounds were held in Abu Dhabi)
                not r.holds_day(mention.dates[0]),
                0 if mention.venue is not None and mention.venue == r.venue else 1,
                _tense_gap(r, mention),
                # a meeting the sentence before told of comes before a round named further off
                not (r.meeting and (r.told_before(mention, 0, 2) or _placed_before(r, mention))),
                r.meeting,
                *_distance(r, mention.view.index),
            ),
        )
        best.add(mention, generic=True)
        return True
    if _makes_a_round(mention):
        # "The trilateral round due this week has been called off", "Talks between Russia, Ukraine and the
        # United States will take place in Abu Dhabi on Wednesday": a round the article does not number.
        created = Round(None, None, mention)
        created.add(mention)
        # Words with no status make a round only of talks held: later words ("continuing the talks is in
        # Russia's interest") must find it held, not waiting for a status.
        created.status = created.status or "concluded"
        rounds.append(created)
        return True
    return False


def _held_as_planned(r: Round, mention: RoundMention, published: date) -> bool:
    """ "Peskov said the second round would take place in Abu Dhabi on Wednesday and Thursday ... The round
    ended with something to show for it", in Sunday's review of the week: a round planned for days now gone
    by, told of as held with no other day or place, was held then."""
    last = r.last_day
    return (
        not r.meeting
        and r.status in ("scheduled", "announced")
        and last is not None
        and last < published
        and mention.status in ("concluded", "ongoing")
        and mention.tense != "future"
        and (mention.dates[0] is None or r.holds_day(mention.dates[0]))
        and mention.venue in (None, r.venue)
        and len(mention.parties) != 2
    )


def _placed_before(r: Round, mention: RoundMention) -> bool:
    """ "The Kremlin meeting is over. Putin received Witkoff and Kushner late on Thursday": words that place
    talks, and nothing else, right before a meeting told with no place of its own are that meeting's."""
    return (
        r.meeting
        and r.venue is None
        and mention.venue is not None
        and not mention.parties
        and mention.dates[0] is None
        and mention.view.index + 1 in r.views
    )


def _after_the_last(r: Round, mention: RoundMention, published: date) -> bool:
    """ "The last meeting ... took place in Geneva": the previous round lies before the article, so words
    that date talks on the article's day or later ("the meeting on Saturday", said on Saturday) are of
    another meeting."""
    return r.reference == "last" and mention.dates[0] is not None and mention.dates[0] >= published


def _makes_a_round(mention: RoundMention) -> bool:
    # Talks placed somewhere on days or in a span gone by were held there ("the Geneva talks last month",
    # "since the talks in Geneva on Feb. 17-18"); other talks need the three sides to be a round the article
    # does not number.
    held = mention.tense == "past" and mention.venue is not None
    if not mention.trilateral:
        return held and not mention.status and (mention.past_span or mention.dates[0] is not None)
    if not mention.status:
        # "have not sat down together since their meeting in Geneva on February 17 and 18": held talks
        return held and (mention.dates[0] is not None or mention.past_span)
    # (a last day places talks as a first does: "Trilateral talks ... ended on Wednesday")
    placed = mention.round_noun or mention.dates != (None, None) or mention.venue is not None
    return placed or mention.status in ("postponed", "cancelled")


def resolve_references(rounds: list[Round], published: date) -> list[Round]:
    """ "The next round" is the numbered round still to come (or under way, said as "a new round").

    It merges into the highest-numbered round of the article whose status fits; "the previous round" into
    the highest-numbered one already held, when what both say of it agrees.
    """
    numbered = [r for r in rounds if r.number is not None]
    kept: list[Round] = []
    for r in rounds:
        if r.reference is None or r.number is not None:
            kept.append(r)
            continue
        if r.reference == "next":
            allowed = {None, "announced", "scheduled", "postponed", "cancelled"}
            if r.status in ("ongoing", None):
                allowed.add("ongoing")
        else:
            allowed = {"concluded"}
        # (a round with no status told of in the past, "said of the first round", is no round to come)
        candidates = [
            n
            for n in numbered
            if n.status in allowed and n.sure and not (n.status is None and n.tense == "past")
        ]
        if r.reference == "last":
            candidates = [n for n in candidates if _agree(n, r) or _apposed(n, r)]
        if r.reference == "next" and r.status not in ("ongoing", None):
            candidates = [n for n in candidates if n.status != "ongoing"]
        if r.reference == "next":
            # the next round comes after every round held: not "the first round" named with no status after
            # the second was told over
            held = max((n.number or 0 for n in numbered if n.status == "concluded"), default=0)
            candidates = [n for n in candidates if (n.number or 0) > held]
            # (nor one planned for days gone by when the article was written: "Peskov said the second round
            # would take place on Wednesday and Thursday", in Sunday's review of the week, came before it)
            # (but a round moved to days since gone by is no next round: "... had slipped to Wednesday and
            # Thursday", told the Sunday after, with "the next round ... in Miami within a week")
            candidates = [
                n
                for n in candidates
                if n.last_day is None
                or n.last_day >= published
                or ("postponed" in (r.status, n.status) and not (n.firm_days and n.status == "postponed"))
            ]
        if candidates:
            max(candidates, key=lambda n: n.number or 0).absorb(r)
        else:
            kept.append(r)
    held = max((n.number or 0 for n in numbered if n.status == "concluded"), default=0)
    for n in numbered:
        if n.status is None and (n.number or 0) < held:
            # "The same as at the first round", after the second was told over: rounds are held in turn
            n.status = "concluded"
    return kept


def _default_status(r: Round, published: date) -> None:
    """A round the words give no status: a previous round was held; otherwise its days or tense tell."""
    if r.status is not None:
        return
    last = r.last_day
    if r.reference == "last" or last is not None and last < published:
        r.status = "concluded"
    elif r.start is not None and last is not None and r.start <= published < last:
        r.status = "ongoing"  # "sat down for a second round today", of a round that runs until tomorrow
    elif not r.meeting and r.start == published and r.end is None and r.tense == "past":
        # "sat down in the UAE capital on Wednesday for a second round", in Wednesday's paper: a round of
        # talks begun on the day it is told of, with no end said, is under way (a meeting of a day is over)
        r.status = "ongoing"
    elif r.start is not None and r.start > published:
        r.status = "scheduled"
    elif r.tense == "past" and r.reference != "next":
        # "what has changed before the new session": the next round is to come, whatever the verbs near it
        r.status = "concluded"
    elif r.tense == "future" or r.reference == "next":
        r.status = "announced"


def _place_side_meetings(rounds: list[Round]) -> None:
    """A meeting on a day of a round, with no place of its own, is held where the round is ("Medinsky also
    met the Ukrainian delegation alone on Wednesday")."""
    for meeting in rounds:
        if not meeting.meeting or meeting.venue is not None or meeting.start is None:
            continue
        for r in rounds:
            last = r.last_day
            if r.meeting or r.venue is None or r.start is None or last is None:
                continue
            if r.start <= meeting.start <= last:
                meeting.venue = r.venue
                break


def _meetings_of_the_three(rounds: list[Round]) -> list[Round]:
    """ "Negotiators from Russia, Ukraine and the United States sat down in Geneva on Tuesday ... The third
    round opened this morning": a meeting of the three sides on a round's first day is that round."""
    kept: list[Round] = []
    for r in rounds:
        same = None
        three = r.trilateral or len(r.parties) >= 3
        if three and r.number is None and r.reference is None and r.start is not None:
            same = next(
                (
                    n
                    for n in rounds
                    if n.number is not None
                    # ("sat down together in Abu Dhabi on Friday and Saturday ... the first round on Saturday
                    # night": a round given one of the meeting's days only)
                    and (n.start == r.start or (n.end is None and r.end is not None and r.holds_day(n.start)))
                    and (n.venue is None or r.venue is None or n.venue == r.venue)
                ),
                None,
            )
        if same is None:
            kept.append(r)
        else:
            status = same.status
            if same.end is None and r.end is not None:
                same.start, same.end = r.start, r.end
            same.absorb(r)
            # the round's own words tell its state, but talks under way that "ended this evening", on the
            # round's last day, are over
            over = status == "ongoing" and r.status == "concluded" and r.end is not None
            over = over and r.end == same.last_day
            same.status = r.status if over else status or same.status
    return kept


def _agree(numbered: Round, relative: Round) -> bool:
    pairs = [(numbered.start, relative.start), (numbered.end, relative.end), (numbered.venue, relative.venue)]
    known = [(a, b) for a, b in pairs if a is not None and b is not None]
    return bool(known) and all(a == b for a, b in known)


def _apposed(numbered: Round, relative: Round) -> bool:
    """ "The last trilateral meeting, the third round, took place in Geneva": the previous round named by
    its number in an apposition, in the same sentence."""
    return (
        set(relative.views) <= set(numbered.views)
        and _APPOSED_NUMBER.search(relative.mention.view.text) is not None
    )


_APPOSED_NUMBER = re.compile(
    r"\b(?:last|previous|latest|most\s+recent)\s+(?:[\w-]+\s+){0,2}?(?:round|meeting|talks|session)"
    r"(?:\s+of\s+talks)?,\s+(?:the|its)\s+(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))"
    r"(?:\s+(?:round|meeting|one))?\s*,"
)


def _tense_gap(r: Round, mention: RoundMention) -> int:
    said = _tense(mention.status) if mention.status else mention.tense
    held = _tense(r.status) if r.status else r.tense
    if said is None or held is None:
        return 1
    return 0 if said == held or {said, held} == {"present", "past"} and mention.status is None else 2


def _other_year(day: date | None, year: int | None) -> bool:
    return day is not None and year is not None and day.year != year


def _other_month(day: date | None, month: int | None) -> bool:
    return day is not None and month is not None and day.month != month


def _clash(mention: RoundMention, status: str) -> bool:
    said = _tense(mention.status) if mention.status else mention.tense
    return {said, _tense(status)} == {"past", "future"}


def _distance(r: Round, index: int) -> tuple[int, int]:
    nearest = min(r.views, key=lambda v: abs(v - index))
    return abs(nearest - index), 0 if nearest <= index else 1


def _tense(status: str) -> str:
    if status == "concluded":
        return "past"
    if status == "ongoing":
        return "present"
    return "future"


_BOTH = re.compile(r"\bboth\b")
