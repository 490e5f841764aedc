"""Where the words about one round begin and end inside a sentence.

Pure helpers of `round_mentions`, on plain offsets. A round's words start at the opening of its clause
(after ", and", ", as", "; ", ", which", ", where": the place just before a "where" is the round's), and
stop at the end of a relative clause or before a clause with a subject of its own ("was put off after the
United States struck Iran on Feb. 28": that day is the strike's). A meeting's sides are named in the clause
of its verb, appositions included ("Dmitriev, the Kremlin's envoy, met ..."). A fronted phrase that only
sets the scene of a statement ("Speaking in Vilnius, Zelensky said ...") speaks of no round.
"""

from __future__ import annotations

import re

from monitor.extract.context import View
from monitor.extract.guards import Guarded
from monitor.extract.literal_first import first_char_gate
from monitor.extract.pattern_dispatch import first_char_dispatch
from monitor.extract.round_fields import MEETING_VERB_GUARDED, talk_or_meeting
from monitor.extract.statements import Attribution
from monitor.extract.status import tense_of

# Words that open a clause of their own before a round is named.
_CLAUSE_OPEN = re.compile(
    # (not the colon of a clock time: "due to sit down at 10:00 for the third round")
    # ("... in Geneva on Thursday, the only negotiations held there this week after a fourth round failed to
    # take place": the round after "after a" is another event than the meeting before it)
    r"(?:[;—–]|:(?!\d))\s*|\s-\s|,\s+(?:as|when|while|after|before|since|where|which|who|with|and|but|completing"
    r"|following|amid)\s+|\b(?:as|when|while|since|because|after|before)\s+(?=(?:the|a|an|its|their)\s)"
    # "met ... on Thursday, eight days after the third round ended": a span of time before "after" or
    # "before" opens a clause about another event
    r"|,\s+(?:[\w-]+\s+){0,3}?(?:days?|weeks?|hours?|months?)\s+(?:after|before|since)\s+"
    # ", shortly after the third round ended", ", ahead of the fourth round": the same, with no span
    r"|,\s+(?:shortly|soon|just|right|immediately|only|long|well)\s+(?:after|before)\s+"
    r"|,\s+(?:ahead of|on the eve of|in the run-up to)\s+"
    # "..., the military intelligence chief who led the Russian delegation at the first two rounds": a
    # relative clause with no comma, after a noun
    r"|(?<=[a-z])\s+who\s+(?=[a-z]+ed\s)"
    # right before the round's words, as headlines put it: "... in Davos as first trilateral meeting is set"
    r"|\b(?:as|when|while|since|because)\s+$"
    # a second predicate of saying: "described the Abu Dhabi meeting as constructive and said ... the next
    # meeting" says nothing of the first one's place
    r"|\s+and\s+(?:also\s+)?(?=(?:said|says|told|tells|added|adds|noted|stressed|warned|insisted|announced"
    r"|confirmed|wrote)\b)",
    re.IGNORECASE,
)
# A subordinate clause with a subject of its own: "after the United States and Israel struck Iran".
_OWN_SUBJECT = re.compile(
    r"\b(?:after|because|since|when|once|as)\s+(?=(?:the\s+)?[A-Z])"
    # "..., but Medinsky will lead it in Geneva": a contrast with a subject of its own is another event's
    r"|,\s+(?:but|while|whereas)\s+(?=(?:the\s+)?[A-Z])"
)
# "..., the Kremlin said on Monday, as officials in Moscow sought to lower expectations": people as the
# subject of a clause of their own
_PEOPLE_SUBJECT = re.compile(
    r",\s+(?:as|while|when)\s+(?:officials|diplomats|analysts|observers|investors|traders|markets|residents)\b"
)
# Capitalised words of a title before a name ("President", "Secretary of State", "Mr.")
_TITLE_WORDS = re.compile(r"(?:(?:[A-Z][a-z]+\.?|of)\s+){1,4}")
# A subordinate clause whose subject is an event of war: "when the war with Iran began", "after the strikes"
_WAR_CLAUSE = Guarded(
    re.compile(
        r"\b(?:after|because|when|once|as|before)\s+the\s+(?:war|fighting|strikes?|attacks?|escalation"
        r"|crisis|conflict|offensive|bombing|invasion)\b"
    ),
    (
        "war",
        "fighting",
        "strike",
        "attack",
        "escalation",
        "crisis",
        "conflict",
        "offensive",
        "bombing",
        "invasion",
    ),
)
# Searched at every clause: a first look at the character a match begins with (the same matches, faster)
_CLAUSE_OPEN = first_char_gate(_CLAUSE_OPEN)
# (and the subordinate clause, dispatched on its first character: `pattern_dispatch.first_char_dispatch`)
_OWN_SUBJECT_SOURCE = _OWN_SUBJECT
_OWN_SUBJECT = first_char_dispatch(_OWN_SUBJECT_SOURCE)
_AND_SUBJECT = re.compile(r",\s+and\s+(?:only\s+|then\s+|later\s+)?(?=(?:the\s+)?[A-Z])")
_LIST_COMMA = re.compile(r",\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,?\s+and\s+")
_AFTER_ENDED = re.compile(
    r",\s+(?:after|since|once|when)\s+the\s+[^,;]{0,80}?"
    # (not "went into a closed session", "behind closed doors": a sitting held apart, not one ended)
    r"\b(?:ended|concluded|finished|closed(?!\s+(?:session|sitting|meeting|doors?|-door))|wrapped up"
    r"|broke up)\b"
)
# A verbless phrase set off after plural rounds, which describes them: ", both held in Abu Dhabi", ", in
# Abu Dhabi on Jan. 23-24 and Feb. 4-5"; a participle that describes the round named last ("who spoke after
# the second round, held in the Emirati capital on February 4 and 5").
_APPOSITION = re.compile(r",\s+(?:both|each|all|in|on|at|held|hosted)\s")
# ", the same day that Trump and Zelensky met in Davos", ", the day after Dmitriev saw Witkoff": another
# event told by its day, with a subject of its own
SAME_DAY_AS = (
    r",\s+(?:on\s+)?the\s+(?:same\s+day|very\s+day|day\s+(?:before|after))\s+(?:that\s+|when\s+|as\s+)?"
    r"(?=(?:the\s+)?[A-Z])"
)
# ", more than two months after the three delegations last sat down together in Geneva": a span of time from
# another event, told with a subject of its own
SPAN_AFTER = (
    # (", hours after Donald Trump and Volodymyr Zelensky had met in Davos": a subject named by its name)
    r",\s+(?:[\w-]+\s+){0,3}?(?:days|weeks|months|hours)\s+(?:after|since)\s+"
    r"(?=the\s+[a-z]+\s+[a-z]+\s|[A-Z][a-z]+\s+[A-Z][a-z]+\s+(?:and|had|was|were|met|held)\b)"
)
# Clause breaks of a sentence that names no round (after a colon, a clause that explains the one before);
# ", but was pushed back" goes on with the same subject.
BREAK = re.compile(
    r",\s+(?:and|but|while)\s+(?!(?:was|were|is|are|has|have|had|will|would|did|then)\b)|[;:]\s+|,\s+where\s+"
    r"|\s—\s|" + SAME_DAY_AS + "|" + SPAN_AFTER
)
# The same breaks without the dash, for the sentences that have none: a pattern that opens with "[,;]" lets
# `re` skip to the next comma at C speed instead of trying every place.
_BREAK_NO_DASH = re.compile(
    r"[,;:](?:(?<=,)\s+(?:and|but|while)\s+(?!(?:was|were|is|are|has|have|had|will|would|did|then)\b)"
    r"|(?<=[;:])\s+|(?<=,)\s+where\s+|(?<=,)" + SAME_DAY_AS[1:] + "|(?<=,)" + SPAN_AFTER[1:] + ")"
)


def breaks(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """The clause breaks (`BREAK`) in `text[lo:hi]`."""
    return list((BREAK if "—" in text else _BREAK_NO_DASH).finditer(text, lo, hi))


# (", under which Ukraine would withdraw": a relative clause opened by a preposition names other sides)
_CLAUSE_EDGE = re.compile(
    r",\s+(?:the|a|an|(?:(?:under|by|in|after|during|through)\s+)?which|who|where|while|as|and the|but|said"
    r"|says|told|added|noted|wrote)\b|;|—|\s-\s"
)
_FRONTED = re.compile(
    # (a list item's mark first: "* In Moscow on Monday, Peskov said ...")
    r"(?:[-*•–]\s+)?(?:(?:But|And|Then|Also)\s+)?"
    r"(?:Speaking|Asked|Answering|Responding|Writing|Addressing|Talking|Commenting|In|At|On|During|After"
    r"|Before|Earlier|Later|Yesterday|Today|Tonight|This\s+morning|(?-i:yesterday|today|on|earlier|later))\b"
)
_TENSE_STOP = re.compile(r";|\s(?:where|which|that|who|when|while|because|as|after|before)\s")
# An embedded question ("closer on how a ceasefire would be monitored") tells nothing of the talks' time
_EMBEDDED = re.compile(r"\s(?:how|whether|why)\s")


def region(text: str, attribution: Attribution | None) -> tuple[int, int]:
    """The words that may speak of rounds: all but a fronted phrase that only sets the scene of an
    attribution ("Speaking in Vilnius, Zelensky said ...", "On Monday he told reporters ...")."""
    if attribution is None:
        return 0, len(text)
    content_start = attribution.content[0]
    frame_start = attribution.frame[0]
    scene = text[:frame_start]
    if (
        content_start >= frame_start
        and _FRONTED.match(scene)
        and not talk_or_meeting(scene)
        # "On Saturday, Dmitriev spent several hours in Miami with Witkoff, and said it went well": the scene
        # is also that of the meeting told between the speaker and the verb
        and not talk_or_meeting(text, frame_start, content_start)
    ):
        return frame_start, len(text)
    return 0, len(text)


def statement_frame(text: str, attribution: Attribution | None) -> tuple[int, int]:
    """The words of an attribution that speak of the statement, not of talks: the speaker, the verb and what
    follows up to the next comma ("Peskov told reporters in Moscow on Monday"), not a clause after it
    ("..., said on Thursday, as the second round ended in Abu Dhabi")."""
    if attribution is None:
        return 0, 0
    start, end = attribution.frame
    if attribution.content[1] <= start and _TOLD_WHOM_WHEN.match(text, end):
        # "..., a Russian source told the state news agency TASS on Monday.": whom and when it was told
        end = _TOLD_WHOM_WHEN.match(text, end).end()  # type: ignore[union-attr]
    if attribution.core is not None and attribution.core[1] < end:
        comma = text.find(", ", attribution.core[1], end)
        end = comma if comma >= 0 else end
        # "Witkoff described as constructive the consultations ... that took place in Florida on Saturday":
        # talks that the verb speaks of are no part of the attribution
        talks = _TALKS_SPOKEN_OF.search(text, attribution.core[1], end)
        # (not "told reporters after the talks on Tuesday": the time of the saying; but "said after the second
        # round in Abu Dhabi on February 4 and 5 that ...": talks placed where they are named, the days after
        # the place theirs)
        if talks is not None and (
            not _WHEN_SPOKEN.search(text, max(0, talks.start() - 30), talks.start())
            or _PLACED_AFTER.match(text, talks.end()) is not None
        ):
            end = talks.start()
    else:
        # "Zelensky, speaking after the second round in Abu Dhabi on February 4 and 5, said ...": talks named
        # and placed before the verb
        talks = _TALKS_SPOKEN_OF.search(text, start, end)
        if (
            talks is not None
            and _WHEN_SPOKEN.search(text, max(0, talks.start() - 30), talks.start())
            and _PLACED_AFTER.match(text, talks.end()) is not None
        ):
            end = talks.start()
    return start, end


_TOLD_WHOM_WHEN = re.compile(r"[^,;:.“”\"]*?\b(?:on|late on|early on)\s+[A-Z][a-z]+day\b(?=\s*[.;]?\s*$)")
_TALKS_SPOKEN_OF = re.compile(r"\b(?:talks|consultations|negotiations|meetings?|round)\b")
_PLACED_AFTER = re.compile(r"(?:\s+of\s+(?:[\w-]+\s+)?talks)?\s+(?:in|at)\s+(?:the\s+)?[A-Z]")
_WHEN_SPOKEN = re.compile(
    r"\b(?:after|before|during|following|ahead of|at|on the sidelines of|on the margins of)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}$"
)


# A sentence that opens with its day: "On February 17 and 18", "Late on Thursday"
_FRONTED_DAY = re.compile(
    r"(?:(?:Late|Early)\s+)?(?:[Oo]n|[Bb]y)\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:\s+and\s+\d{1,2})?\s*$"
)
# The comma that closes a relative clause, where the main clause's verb follows it.
_RELATIVE_CLOSED = re.compile(
    r",\s+(?=(?:has|had|have|was|is|were|are|will|would|said|says|told|tells|called|described|summed|made"
    r"|gave|took|saw|met|held|kept|put|left|went|came|[a-z]+ed)\b)"
)


_SPLICED = re.compile(
    r",\s+(?=(?:the|a)\s+(?:next|new|last|first|second|third|fourth|fifth)\s+(?:round|meeting)\s+"
    r"(?:is|was|will|would|has|had|could|may|might)\b)"
)
_REPORTED = re.compile(r"\b(?:that|whether)\s")


def clause_start(text: str, lo: int, pos: int) -> tuple[int, str | None]:
    """Where the clause of the words at `pos` begins, and how it opens: "relative" (", which", ", who"),
    "where" (", where": the place named before it is the round's), "as" (", as", ", while", ", when":
    at the time of the clause before it), or None."""
    found = None
    for match in _CLAUSE_OPEN.finditer(text, lo, pos):
        found = match
    if "," in text[lo:pos]:
        # a clause spliced on with a comma, with a subject and verb of its own: "the trilateral group met in
        # Abu Dhabi last week, the next round is a few days away" (read past `pos`, where its verb is)
        spliced = [m for m in _SPLICED.finditer(text, lo, min(len(text), pos + 60)) if m.end() <= pos]
        if spliced and (found is None or spliced[-1].end() > found.end()):
            return spliced[-1].end(), None
    if found is None:
        return lo, None
    opener = found.group().strip(" ,").lower()
    if opener == "with" and "," in text[found.end() : pos] and _FRONTED_DAY.match(text, lo, found.start()):
        # "On February 17 and 18, with Medinsky now at the head of the Russian delegation, the third round
        # ran ...": a phrase set off after the sentence's opening day is an aside in the round's clause
        return lo, None
    if opener == "who" and not found.group().startswith(","):
        # (a restrictive clause, "the chief who led Moscow's side at the first two rounds, both in Abu Dhabi,
        # on Jan. 23-24": it goes on past the commas after the round)
        return found.end(), None
    if opener in ("which", "who"):
        closed = _RELATIVE_CLOSED.search(text, found.end(), pos)
        if closed is not None:
            # "Medinsky, who led the Russian delegation, summed up the third round ...": the relative clause
            # is over before the round is named; the round's words are the main clause's
            return closed.end(), None
    if opener == "where":
        return found.end(), "where"
    if opener in ("as", "while", "when"):
        # (not a round inside what the clause says was thought or said: "bonds rose on Monday, as investors
        # wagered that the first round had opened a path": not the round's day)
        reported = _REPORTED.search(text, found.end(), pos) is not None
        return found.end(), None if reported else "as"
    return found.end(), "relative" if opener in ("which", "who") else None


def clause_end(view: View, pos: int, end: int, relative: bool) -> int:
    """Where the words about a round stop: at the end of a relative clause (", which agreed at the third
    round last month, completed the swap on Friday"), or before a clause with a subject of its own."""
    text = view.text
    if relative:
        comma = text.find(",", pos, end)
        if comma >= 0 and _APPOSITION.match(text, comma):
            # "who led the Russian side at the first two rounds, both held in Abu Dhabi": a phrase with no
            # verb of its own after the rounds still speaks of them
            comma = text.find(",", comma + 1, end)
        while comma >= 0 and _LIST_COMMA.match(text, comma):
            # "with the participation of Russia, the USA and Ukraine will be held": a list goes on
            comma = text.find(",", comma + 1, end)
        if comma >= 0:
            end = comma
    ended = _AFTER_ENDED.search(text, pos, end)
    if ended is not None:
        # "..., after the first two days of negotiations in the Emirati capital ended": the days and place of
        # a clause about other talks that ended are theirs
        end = ended.start()
    if " the " in text:
        war = _WAR_CLAUSE.search(text, pos, end)
        if war is not None:
            end = war.start()  # "was put off when the war with Iran began": the beginning is the war's
    people = _PEOPLE_SUBJECT.search(text, pos, end) if ", " in text else None
    if people is not None:
        end = people.start()
    # A subject of its own is a party's name (not a place's) where a match ends (or four characters on,
    # after "the "): with no such name in the span the pattern need not run (it misses in nine clauses of ten)
    if not any(pos < m.start <= end + 4 and m.party is not None and not m.venue for m in view.mentions):
        return end
    for match in _OWN_SUBJECT.finditer(text, pos, end):
        subject = view.mention_starting_at(match.end())
        if subject is None and text.startswith("the ", match.end()):
            subject = view.mention_starting_at(match.end() + 4)
        if subject is None:
            # "hours after President Vladimir Putin spent the night with ...": a title before the name
            subject = next(
                (
                    m
                    for m in view.mentions
                    if match.end() < m.start < match.end() + 40
                    and _TITLE_WORDS.fullmatch(text, match.end(), m.start)
                ),
                None,
            )
        if subject is not None and subject.party is not None and not subject.venue:
            return match.start()
    return end


def joined_meeting(view: View, pos: int, end: int) -> tuple[int, int] | None:
    """ "A fourth round was postponed in March, and Umerov met Witkoff in Florida on March 21": a clause
    joined by ", and" with a side's name as its subject and a verb of meeting tells another meeting; where it
    breaks off and where its words begin."""
    text = view.text
    joined = _AND_SUBJECT.search(text, pos, end) if ", and " in text else None
    if joined is None:
        return None
    at = joined.end() + (4 if text.startswith("the ", joined.end()) else 0)
    subject = view.mention_starting_at(at)
    if subject is None or subject.party is None or subject.venue:
        return None
    if MEETING_VERB_GUARDED.search(text, at, min(end, at + 80)) is None:
        return None
    return joined.start(), joined.start() + 1


def clause_around(view: View, pos: int, start: int, end: int) -> tuple[int, int]:
    """The clause of the verb at `pos`; an apposition closed before the verb ("Dmitriev, the Kremlin's
    envoy, met ...") belongs to the clause, and so does the person a "who" stands for."""
    text = view.text
    lo = start
    for match in reversed(list(_CLAUSE_EDGE.finditer(text, start, pos))):
        if _in_a_list(view, match):
            continue
        if "," not in text[match.end() : pos]:
            lo = match.end()
            if match.group().endswith((" the", " a", " an")):
                # "In March, the United States held ...": the article opens the subject, a side to keep
                lo = match.start() + 1
            if match.group().endswith("who"):
                before = [m for m in view.mentions if m.end <= match.start() and m.person]
                lo = before[-1].start if before and match.start() - before[-1].end < 120 else lo
            break
    after = next((m for m in _CLAUSE_EDGE.finditer(text, pos, end) if not _in_a_list(view, m)), None)
    return lo, after.start() if after else end


def _in_a_list(view: View, edge: re.Match[str]) -> bool:
    """Is the ", the" at `edge` a comma of a list of sides ("representatives of Ukraine, the United States and
    Russia"), no apposition: a side before it, and after it a side followed by "and" or a comma?"""
    if not edge.group().endswith(" the"):
        return False
    text = view.text
    before = view.mention_ending_at(edge.start())
    after = view.mention_starting_at(edge.end() + 1) or view.mention_starting_at(edge.end() - 3)
    return (
        before is not None
        and before.party is not None
        and after is not None
        and after.party is not None
        and _LIST_GOES_ON.match(text, after.end) is not None
    )


_LIST_GOES_ON = re.compile(r"\s*,|\s+and\b")


def ends_a_list(view: View, brk: re.Match[str]) -> bool:
    """Is the break at `brk` the ", and" before the last of three or more sides listed ("Russia, the United
    States, and Ukraine") or the second of two after "between", no clause of its own?"""
    if not brk.group().startswith(", and"):
        return False
    between = view.text.rfind("between ", max(0, brk.start() - 120), brk.start())
    if between >= 0 and " and " not in view.text[between : brk.start()]:
        # "a meeting between Kirill Dmitriev, the Kremlin's envoy, and the American team": the second of
        # the two "between" joins, after an apposition of the first
        return True
    last = view.mention_starting_at(brk.end())
    before = view.mention_ending_at(brk.start())
    if last is None or last.party is None or before is None or before.party is None:
        return False
    lead = _LIST_BEFORE.search(view.text, max(0, before.start - 6), before.start)
    first = view.mention_ending_at(lead.start()) if lead is not None else None
    return first is not None and first.party is not None


_LIST_BEFORE = re.compile(r",\s+(?:the\s+)?$")


def tense_around(text: str, start: int, end: int, anchor: int | None) -> str | None:
    """The tense of the words about a round: of its own predicate when they name it ("The third round of
    talks in Geneva brought progress on questions such as the line where it would apply": past), else of
    the words before it, else of all."""
    if anchor is not None:
        stop = _TENSE_STOP.search(text, anchor, end)
        own = tense_of(text[anchor : stop.start() if stop else end]) or tense_of(text[start:anchor])
        if own is not None:
            return own
    else:
        # "Two days of talks in Geneva this week brought the militaries closer on how a ceasefire would be
        # monitored": the tense of the words before an embedded clause, when they tell it
        # (every match holds one of the three words: most clauses are spared the pattern)
        embedded = "how" in text or "whether" in text or "why" in text
        stop = _EMBEDDED.search(text, start, end) if embedded else None
        own = tense_of(text[start : stop.start()]) if stop is not None else None
        if own is not None:
            return own
    return tense_of(text[start:end])
