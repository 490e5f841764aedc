"""Statements: who said what, quoted or paraphrased.

Attribution forms read, in the order they appear in a sentence:

- speaker before a speech verb: "Peskov said (that) …", "Peskov told reporters …", "Umerov added via
  Telegram that “…”", "Zelensky accused Russia of …", "“…,” Peskov said", "Peskov, the Kremlin spokesman,
  said: “…”", "He noted that …" (the last named speaker);
- speaker after the verb: "“…,” said Kremlin spokesman Dmitry Peskov";
- "according to X, …" and "…, according to X";
- a dash after a quote: "“…” — Dmitry Peskov";
- a quote in one sentence attributed by the next ("“…” Zelensky said this on Telegram."), and a quote that
  runs on in the next sentence of the paragraph after its attribution: one statement.

Only the first attribution of a sentence makes a statement: a speech verb inside what a speaker says
("Zelensky said Putin had told Trump …") reports someone else's words and is not a statement of its own.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from monitor.extract.context import Doc, View
from monitor.extract.dates import find_dates
from monitor.extract.literal_first import first_char_gate
from monitor.extract.names import Entity, trie_pattern
from monitor.extract.speakers import (
    PARTY_PEOPLE,
    Memory,
    Speaker,
    co_speaker,
    introduced_earlier,
    is_presenter,
    relayed_source,
    role_named,
    speaker_ending_at,
    speaker_starting_at,
)
from monitor.facts import UNNAMED_SOURCE, ActorFact, StatementFact

# Participles that report speech ("..., with Kyiv warning that the hardest questions remain unresolved")
_SPEECH_PARTICIPLES = (
    "telling",
    "saying",
    "adding",
    "noting",
    "stressing",
    "writing",
    "warning",
    "insisting",
)
_SPEECH_WORDS = [
    "let it be known",
    # "Ushakov was quoted as saying": the words are his, whoever quoted them
    "was quoted as saying",
    "were quoted as saying",
    "is quoted as saying",
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "noted",
    "notes",
    "note",
    "stated",
    "stressed",
    "stresses",
    "emphasized",
    "emphasised",
    "emphasizes",
    "emphasises",
    "underlined",
    "underscored",
    "announced",
    "announces",
    "wrote",
    "writes",
    "written",  # "Umerov has written on Telegram that ..." ("was written by" is passive, no one's statement)
    "posted",
    # "the General Staff reported dozens of attacks"; "Reuters reported, citing people familiar with the
    # matter, that ...": its sources speak (`relayed_source`), as an outlet is never a speaker of its own
    "reported",
    "declared",
    "declares",
    "insisted",
    "insists",
    "warned",
    "warns",
    # "Zelensky thanked the Emirates and the United States for their mediation": thanks said in public
    "thanked",
    "explained",
    "explains",
    "claimed",
    "claims",
    "argued",
    "argues",
    "accused",
    "accuses",
    "blamed",
    "blames",
    "tweeted",
    "quipped",
    "joked",
    "contended",
    "alleged",
    "retorted",
    "answered",
    "mused",
    "affirmed",
    "reaffirmed",
    "objected",
    "protested",
    "confirmed",
    "confirms",
    "denied",
    "denies",
    "commented",
    "remarked",
    "replied",
    "responded",
    "recalled",
    "reminded",
    "observed",
    "acknowledged",
    "admitted",
    "suggested",
    "urged",
    "urges",
    "reiterated",
    "reiterates",
    "repeated",
    "repeats",
    "asserted",
    "maintained",
    "assured",
    "promised",
    "vowed",
    "predicted",
    "speculated",
    "complained",
    "revealed",
    "disclosed",
    "conceded",
    "countered",
    "cautioned",
    "hinted",
    "indicated",
    "signalled",
    "signaled",
    "described",
    # "Russian officials describe it as an American acceptance ..." (only with "as" after it, `_AS_LATER`)
    "describe",
    "describes",
    # "dismissed the report as “fake news”", "branded the plan a trap" only with "as" after them (`_AS_LATER`)
    "dismissed",
    "dismisses",
    "branded",
    "brands",
    "criticised",
    "criticized",
    "admits",
    "informed",
    "specified",
    "clarified",
    "lamented",
    "boasted",
    "pledged",
    "reassured",
    "estimated",
    # "Budanov had mentioned Feb. 26-27 as possible dates": naming aloud ("was mentioned" is no one's)
    "mentioned",
    *_SPEECH_PARTICIPLES,
]
# "emerged on Wednesday to tell reporters the talks had been tough": the subject's words, as a participle's
_TO_TELL = ("to tell reporters", "to tell journalists", "to tell the press")
_SPEECH_TRIE = trie_pattern(
    [
        *_SPEECH_WORDS,
        "pointed out",
        # "made it clear that ...", "expressed hope that ...", "voiced doubt that ...": words said in a phrase
        "made clear",
        "made it clear",
        "expressed hope",
        # ("The ministry expressed the hope that the dialogue would continue": translated copy's article)
        "expressed the hope",
        "expressed confidence",
        "expressed doubt",
        "expressed concern",
        "voiced hope",
        "voiced confidence",
        "voiced doubt",
        "voiced concern",
        "quoted as saying",
        "put it",
        # "One Ukrainian diplomat summed up the mood in five words: “...”"
        "summed up",
        "sums up",
        "called",
        "calls",
        "calling",
        "spoke of",
        # "Witkoff spoke afterwards of “meaningful progress”"
        *(f"spoke {when} of" for when in ("afterwards", "afterward", "later", "again", "publicly", "openly")),
        "asked",
        *_TO_TELL,
    ]
)
SPEECH_VERB = re.compile(r"(?<![\w-])(?:" + _SPEECH_TRIE + r")(?!\w)")
# `SPEECH_VERB` searched from the character before the verb (any but a word character or "-", as its
# lookbehind asks), in the sentence after a space (which stands for the start, where the lookbehind passes):
# a pattern that opens with a class of characters lets `re` skip to the places that hold one, where one that
# opens with a lookbehind is tried at every place. The matches are the same: a verb ends before a character
# that is no word character, and the next match starts at that character or later, as in `finditer`.
_SPEECH_AFTER = re.compile(r"[^\w-](" + _SPEECH_TRIE + r")(?!\w)")

# A speech verb found in a sentence: its start, its end and its words ("said", "told", "to tell reporters").
Verb = tuple[int, int, str]


def speech_verbs(view: View) -> list[Verb]:
    """The speech verbs of a sentence, found once: `attribute` looks for them again after each break (the
    matches of `SPEECH_VERB`, as plain tuples)."""
    found = view.memo.get("speech")
    if found is None:
        # (offsets in the spaced text, less one: the verb starts where its match does)
        found = [(m.start(), m.end() - 1, m[1]) for m in _SPEECH_AFTER.finditer(" " + view.text)]
        view.memo["speech"] = found
    return found  # type: ignore[return-value]


_CALLS = frozenset({"called", "calls", "calling"})
_NOT_SPEECH_AFTER_CALLED = re.compile(r"\s+(?:for|off|on)\b")
_PARTICIPLE = frozenset(
    # ("Ushakov came out calling the conversation “substantive”": the subject's words)
    {
        *_SPEECH_PARTICIPLES,
        "calling",
        *_TO_TELL,
    }
)
# A party named as a speaker by metonym ("Kyiv says") speaks only through plain speech verbs; "Ukraine
# emphasizes freezing the front" or "Russia insists that" is a position, not a statement.
_PARTY_VERBS = frozenset(
    [
        "said",
        "says",
        "say",
        "told",
        "tells",
        "stated",
        "announced",
        "announces",
        "wrote",
        "declared",
        "confirmed",
        "confirms",
        "denied",
        "denies",
        "warned",
        "replied",
        "responded",
        "noted",
        "added",
        "accused",
        "accuses",
        "blamed",
        "blames",
        "claimed",
        "claims",
        "informed",
        "argued",
        "argues",
        # "both Kyiv and Washington described it as constructive": a side's verdict, told as its own words
        "described",
        "describes",
        # "Moscow went further, saying that ...": the party speaks
        "saying",
        "adding",
        "warning",
    ]
)
# silence, not "said nothing new" (which is something said)
_REFUSED = re.compile(
    r"\b(?:refused|refuses|declined|declines|not|never|unwilling|reluctant|unable|wanted|want|wants)\s+$"
)
_CLOSING_SPEAKER = re.compile(
    r",\s+(?:[A-Z][\w.’'-]*\s+){1,5}|,\s+(?:he|she)\s+|,\s+(?:the|his|her|its|a|an)\s+(?:[\w.’'-]+\s+){1,4}"
)
_CLOSING = re.compile(r"[^,;“”\"]{0,70}$")
_PEOPLE_IN = ("Officials in ", "officials in ", "Diplomats in ", "diplomats in ")
_APPOSED_CHARGE = re.compile(
    r",\s+(?:a|an|the)\s+(?:charge|claim|accusation|allegation|assertion|version)s?\s"
)
_SAID_NOTHING = re.compile(r"\s+nothing(?=\s*[.;,]|\s+(?:since\s+)?(?:about|on|of|publicly|more)\b)")
_DENIAL = re.compile(r"(?:\b(?:not|never|no|declined to|refused to)\s+(?:\w+\s+)?$)")


_NEITHER = re.compile(r"\b(?:[Nn]either|[Nn]or|[Nn]o one|[Nn]obody)\b")


def _clause_start(text: str, pos: int) -> int:
    """Where the clause of `pos` starts: after the last ", " before it, else the sentence's start."""
    comma = text.rfind(", ", 0, pos)
    return comma + 2 if comma >= 0 else 0


def _may_deny_all(lower: str) -> bool:
    """A cheap test before `_NEITHER`: its words in the sentence at all."""
    return "nor" in lower or "neither" in lower or "no one" in lower or "nobody" in lower


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_AUXILIARY = re.compile(
    r"(?:\s+|^)(?:also|later|then|again|has|have|had|was|were|is|are|would|will|reportedly|previously"
    r"|earlier|repeatedly|publicly|once|further|separately|subsequently|recently|already|himself|herself"
    # "Zelensky afterwards described the talks as ...": the adverb stands between the speaker and the verb
    r"|afterwards|afterward"
    # "Ukrainian officials privately say ...", "The Kremlin has consistently said ..."
    r"|privately|consistently|insistently|quietly|firmly"
    r"|itself|themselves|openly|bluntly|flatly|simply|only|just|first|now|since|still|on\s+(?:Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday)|(?:late|early)\s+on\s+\w+|on\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
    r"|in\s+a\s+statement|on\s+Telegram)$"
)
# (whole words only: "Whitcombe said", "Francis said" end in "be" and "is")
_PASSIVE = re.compile(r"(?<![\w’'-])(?:was|were|been|being|be|is|are|to|not)\s+$")
_ACCORDING = re.compile(r"(?<![\w])[Aa]ccording to\s+")
_DASH_AFTER_QUOTE = re.compile(r"[”\"][.,]?\s*[—–-]{1,2}\s*")
_LEAD_IN = re.compile(
    r"(?:\s*(?:to\s+)?(?:reporters|journalists|the\s+press|the\s+media|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*"
    # "told lawmakers in Kyiv that", "told European leaders that": whom the words were said to
    r"|lawmakers|legislators|deputies|senators|students|diplomats|ambassadors|supporters|investors|delegates"
    r"|soldiers|troops|officials|leaders|allies|partners|an?\s+(?:audience|rally|forum|gathering|conference)"
    r"|the\s+[\w-]+(?:\s+agency)?|a\s+(?:press\s+conference|briefing|news\s+conference)"
    # "told state TV that", "told Ukrainian television that"
    r"|(?:state|Russian|Ukrainian|American|US|national|local)\s+(?:TV|television|radio|media)"
    # "told the RIA Novosti agency that", "told the state news agency TASS that"
    r"|the\s+(?:[\w-]+\s+){1,3}?(?:agency|newspaper|broadcaster|channel|daily|outlet|television)(?:\s+[A-Z]\w+)?"
    r"|(?:on|in|at|via|during|after|before|through|over|aboard|outside|late|early|earlier|later|also|while)"
    r"(?:\s+[^\s,“”\":;]+){1,5}?"
    r"|afterwards?|again|later|earlier|separately|publicly|privately|repeatedly|then|today|yesterday"
    r"|(?:last|this)\s+(?:week|month|year|morning|afternoon|evening|night|Monday|Tuesday|Wednesday|Thursday"
    r"|Friday|Saturday|Sunday)|tonight))*"
    # ("said that night, referring to ...": "that" opens a time, not the words said)
    r"\s*,?\s*(?:that\b(?!\s+(?:night|day|evening|morning|afternoon|week|weekend)\b)|:)\s*"
)


@dataclass(frozen=True)
class Attribution:
    speaker: Speaker
    content: tuple[int, int]  # the words attributed, in sentence offsets
    frame: tuple[int, int]  # the attribution itself ("Peskov told reporters on Monday")
    direct: bool
    introduced: bool = False  # the words follow "that" or a colon
    core: tuple[int, int] | None = None  # speaker and verb alone ("he added")
    # told in a clause hung on the speaker ("Witkoff, who said ..."): the rest of the sentence is the author's
    relative: bool = False


@dataclass
class _Open:
    """The statement being built: a later pure-quote sentence may extend it."""

    fact: StatementFact
    view: View


def read_statements(doc: Doc) -> tuple[list[StatementFact], list[ActorFact], dict[int, Attribution]]:
    """Statements and new actors of an article, and each sentence's attribution (for rounds/positions)."""
    memory = Memory()
    statements: list[StatementFact] = []
    actors: dict[str, ActorFact] = {}
    attributions: dict[int, Attribution] = {}
    previous: _Open | None = None
    pending_quote: View | None = None
    answering: _Open | None = None  # an answer given under its speaker's name, running to the paragraph's end
    asking: int | None = None  # the paragraph of a question put under a host's or reporter's label
    readout: Speaker | None = None  # the institution whose readout the article gives
    unsaid: View | None = None  # the last sentence no one was found to say, for "This was stated by ..."
    for view in doc.views:
        if answering is not None and answering.view.paragraph == view.paragraph:
            # the rest of the answer is the speaker's too: positions read its stances as his
            label = attributions[answering.view.index]
            attributions[view.index] = replace(label, content=(0, len(view.text)), frame=(0, 0), core=(0, 0))
            answering.fact = _extend(answering.fact, doc, answering.view, view)
            statements[-1] = answering.fact
            answering.view = view
            memory.saw(view)
            continue
        answering = None
        if asking == view.paragraph or (
            ":" in view.text and _QUESTION_LABEL.match(view.text) and _asks(view, doc)
        ):
            # "HOST: Steve Witkoff told American television yesterday that ... Is that realistic?": the
            # question's words are the host's, reported to set up the answer; no one's statement (an anchor's
            # paragraph that asks nothing reads the news: its reports are statements as any)
            asking = view.paragraph
            memory.saw(view)
            continue
        asking = None
        if view.text.endswith("?") and not view.quotes and _unknown_label_asks(view, doc, memory):
            # "VANCE: Has the Kremlin said anything?": an anchor's question under a name that is no speaker's
            memory.saw(view)
            continue
        if view.text.endswith("?") and not view.quotes and _WH_QUESTION.match(view.text):
            # "What does Moscow say?": an explainer's question to the reader, no one's statement
            memory.saw(view)
            continue
        if view.text.startswith("(") and _EDITORS_NOTE.match(view.text):
            # "(Adds comments in paragraph 6; corrects paragraph 4 to say Budanov, not Umerov, mentioned the
            # dates)": a wire's note on its own update; the speech verbs in it tell what the story now says
            memory.saw(view)
            continue
        attribution = _labelled(view, doc, memory)
        if attribution is not None:
            # "Kyslytsya: No. We are asking for thirty to fifty years.": an interview's answer
            attributions[view.index] = attribution
            fact = _statement(view, doc, attribution)
            if fact.text:
                statements.append(fact)
                answering = previous = _Open(fact, view)
            _note_actor(actors, attribution.speaker, doc, view)
            memory.spoke(attribution.speaker, view.index)
            memory.saw(view)
            pending_quote = None
            continue
        attribution = attribute(view, doc, memory)
        attribution = attribution or _manner_colon(view, doc, memory) or _dash_source(view, doc, memory)
        if attribution is None and readout is not None:
            attribution = _readout_voice(view, readout)
        if (
            attribution is None
            and unsaid is not None
            and unsaid.index == view.index - 1
            and unsaid.paragraph == view.paragraph
            and view.text.startswith(("This ", "That "))
        ):
            # "The process is in a “situational pause”. This was stated on Thursday to journalists by the
            # press secretary ..., Dmitry Peskov.": translated copy that names the speaker of the sentence
            # before in a sentence of its own
            said_before = _said_before(unsaid, view, doc, memory)
            if said_before is not None:
                attributions[unsaid.index] = said_before
                fact = _statement(unsaid, doc, said_before)
                statements.append(fact)
                previous, pending_quote, unsaid = _Open(fact, unsaid), None, None
                memory.spoke(said_before.speaker, view.index)
                memory.saw(view)
                continue
        if attribution is None and " by " in view.text:
            attribution = _passive_speech(view, doc, memory)
        if attribution is None and (
            " how " in view.text
            or " the word" in view.text
            or view.text.startswith(("Those were", "That was"))
        ):
            after_quote = pending_quote is not None and pending_quote.index == view.index - 1
            attribution = _was_how(view, doc, memory, after_quote)
        if attribution is None and view.quotes and "s " in view.text and _WAS_REPLY.search(view.text):
            attribution = _was_reply(view, doc, memory)
        if readout is None and "readout" in view.lower:
            readout = _readout_of(view)
        if attribution is None and pending_quote is not None and pending_quote.index == view.index - 1:
            # "“…” Rubio offered that assessment to …": the quote belongs to whoever opens the next sentence.
            attribution = _opening_speaker(view, doc, memory)
        if attribution is None:
            if view.pure_quote():
                if (
                    previous is not None
                    and previous.view.paragraph == view.paragraph
                    and previous.fact.direct
                ):
                    previous.fact = _extend(previous.fact, doc, previous.view, view)
                    statements[-1] = previous.fact
                    previous.view = view
                else:
                    pending_quote = view
                    previous = None
                    manner = _in_manner(view, doc, memory)
                    if manner is not None:
                        # "Zelensky was categorical. “There will be no referendum ...”": his words
                        attributions[view.index] = manner
                        fact = _statement(view, doc, manner)
                        statements.append(fact)
                        previous, pending_quote = _Open(fact, view), None
                        memory.spoke(manner.speaker, view.index)
            else:
                previous, pending_quote = None, None
                unsaid = view
            memory.introduced(view, doc.matcher)
            memory.saw(view)
            continue
        attributions[view.index] = attribution
        second = _second_utterance(view, doc, memory, attribution)
        if second is not None:
            # "The Kremlin said …, while Zelensky announced …": two utterances, the first ends at the break
            cut, _ = second
            if attribution.content[0] < cut < attribution.content[1]:
                attribution = replace(attribution, content=(attribution.content[0], cut))
        first_view = view
        content, direct = _words(view, attribution), attribution.direct
        follows_quote = pending_quote is not None and pending_quote.index == view.index - 1
        if follows_quote and pending_quote is not None and _attributes_previous(view, attribution):
            first_view, content, direct = (
                pending_quote,
                pending_quote.text[pending_quote.quote_start() :],
                True,
            )
        speaker = attribution.speaker
        fact = StatementFact(
            speaker=speaker.name,
            party=speaker.party,
            role=speaker.role,
            date=_statement_date(view, attribution, doc.published),
            text=_clean(content, direct),
            direct=direct,
            evidence=doc.evidence(first_view, view),
            speaker_kind=speaker.kind,
        )
        if fact.text:
            statements.append(fact)
            previous = _Open(fact, view)
            co = co_speaker(view, speaker, doc.matcher, memory)
            if co is not None:
                # "Witkoff and Kushner told reporters ...": the same words, said by both
                statements.append(
                    replace(fact, speaker=co.name, party=co.party, role=co.role, speaker_kind=co.kind)
                )
                _note_actor(actors, co, doc, view)
        _note_actor(actors, speaker, doc, view)
        memory.spoke(speaker, view.index, single=_ONE_SOURCE.match(view.text, speaker.start) is not None)
        if speaker.kind == "anonymous" and attribution.content[0] == 0 and attribution.frame[0] > 0:
            # "Zelensky intends to announce elections ..., according to officials. His office said ...": the
            # person the sources' words are about is the one "his" is next
            memory.introduced(view, doc.matcher)
        if second is not None:
            other = _statement(view, doc, second[1], floor=second[0])
            if other.text:
                statements.append(other)
                previous = _Open(other, view)
            memory.spoke(second[1].speaker, view.index)
        memory.saw(view)
        pending_quote = None
    return statements, list(actors.values()), attributions


def _in_manner(view: View, doc: Doc, memory: Memory) -> Attribution | None:
    """A quote right after a sentence that tells only how a person spoke ("Zelensky was categorical.",
    "Peskov was more guarded."), in the same paragraph: that person's words."""
    topic = memory.topic
    if topic is None or topic[0] != view.index - 1 or view.index == 0:
        return None
    before = doc.views[view.index - 1]
    if before.paragraph != view.paragraph or len(before.text) > 160 or not _MANNER.search(before.text):
        return None
    return Attribution(topic[1], (0, len(view.text)), (0, 0), True)


def _dash_source(view: View, doc: Doc, memory: Memory) -> Attribution | None:
    """ "Talks end after roughly two hours - Ukrainian delegation.": a bulletin names its source after a
    dash at the end of the line."""
    text = view.text
    if "-" not in text and "–" not in text and "—" not in text:
        return None  # no dash, no match of the pattern (most sentences)
    dash = _DASH_SOURCE.search(text)
    if dash is None or dash.start() < 12:
        return None
    end = len(text.rstrip(" .")) if text.rstrip().endswith(".") else len(text.rstrip())
    speaker = speaker_ending_at(view, end, doc.matcher, memory)
    if speaker is None or speaker.start != dash.end():
        # "- Ukrainian delegation.": a side's delegation, named without its article
        side = view.mention_starting_at(dash.end())
        if side is None or side.party is None or not _SIDE_NOUN.fullmatch(text, side.end, end):
            return None
        speaker = Speaker(side.party, "institution", side.party, None, dash.end(), end)
    content_start = _BULLETIN_LEAD.match(text).end()  # type: ignore[union-attr]
    content = (content_start, dash.start())
    return Attribution(speaker, content, (dash.start(), len(text)), _has_quote(view, *content), True)


_SIDE_NOUN = re.compile(r"\s+(?:delegation|side|team|negotiators)")
# " - Kremlin.", " - source in the U.S. delegation." at the end of a line
_DASH_SOURCE = re.compile(r"\s[-–—]\s+(?=[^-–—]{3,60}$)")
# "16:20 - URGENT - ", "22:47 MOSCOW, Jan 22 - ": a bulletin's time, dateline and flag before its words
_BULLETIN_LEAD = re.compile(
    r"(?:\d{1,2}[:.]\d{2}\s+)?(?:[A-Z][A-Z'. ]+,\s+\w+\.?\s+\d{1,2}\s+[-–—]\s+)?(?:[-–—]\s+)?"
    r"(?:(?:URGENT|BREAKING|FLASH)\s+[-–—]\s+)?"
)


def _manner_colon(view: View, doc: Doc, memory: Memory) -> Attribution | None:
    """ "Peskov was blunt: “There is nothing to discuss.”": the quote after the colon is his."""
    text = view.text
    colon = text.find(":")
    if colon < 0 or not text[colon + 1 :].lstrip().startswith(_QUOTE_OPENERS):
        return None
    manner = _MANNER.search(text, 0, colon) or _DAY_BEFORE_COLON.search(text, 0, colon)
    if manner is None or text[manner.end() : colon].strip():
        return None
    # ("Zelensky on Monday: “We will not give up Donbas.”": a day between the speaker and the colon)
    speaker = speaker_ending_at(view, len(text[: manner.start()].rstrip()), doc.matcher, memory)
    if speaker is None or text[: speaker.start].strip():
        return None
    return Attribution(speaker, (colon + 1, len(text)), (0, colon + 1), True, True, (0, colon + 1))


_QUOTE_OPENERS = ("“", '"', "‘")
_DAY_BEFORE_COLON = re.compile(
    r",?\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today"
    r"|yesterday|last\s+night)\b(?:\s+(?:morning|afternoon|evening|night))?"
)
_MANNER = re.compile(
    r"\b(?:was|were|is|sounded|seemed|remained)\s+(?:more\s+|less\s+|equally\s+|even\s+|rather\s+)?"
    r"(?:categorical|blunt|direct|clear|guarded|cautious|upbeat|optimistic|pessimistic|defiant|emphatic|firm"
    r"|sceptical|skeptical|candid|terse|brief|scathing|dismissive)\b"
)


def _note_actor(actors: dict[str, ActorFact], speaker: Speaker, doc: Doc, view: View) -> None:
    """A person the pack does not know who speaks is a new actor, first seen in this sentence."""
    if speaker.kind == "person" and not speaker.known and speaker.name not in actors:
        actors[speaker.name] = ActorFact(speaker.name, speaker.party, speaker.role, doc.evidence(view))


def _labelled(view: View, doc: Doc, memory: Memory) -> Attribution | None:
    """A paragraph that opens with a speaker's name and a colon, as an interview or a transcript gives an
    answer ("Kyslytsya: That is not on the table for us."); not "Q:", a heading or a dated line."""
    # "16:31 DAVOS, Jan 22 - URGENT - Zelensky: trilateral talks to be held in UAE": a bulletin's time,
    # dateline and flag come first, and its words are the agency's summary, quoted only where marked
    if ":" not in view.text:
        return None  # no label without its colon (most sentences): neither pattern need run
    lead = _BULLETIN_LEAD.match(view.text)
    bulletin = lead is not None and lead.end() > 0 and view.text[:1].isdigit()
    if view.index > 0 and doc.views[view.index - 1].paragraph == view.paragraph:
        return None
    label = _LABEL.match(view.text, lead.end() if bulletin and lead is not None else 0)
    if label is None or not label.group("name")[1:2].islower():
        return None if bulletin else _transcript_label(view, doc, memory)
    speaker = speaker_ending_at(view, label.end("name"), doc.matcher, memory)
    if speaker is None or speaker.kind != "person" or speaker.start != label.start("name"):
        return None if bulletin else _transcript_label(view, doc, memory)
    content, frame = (label.end(), len(view.text)), (label.start(), label.end())
    # a bulletin's or a list's line gives the gist, quoted only where marked; an interview, the words
    listed = bulletin or label.group("bullet") or label.group("post")
    direct = _has_quote(view, *content) if listed else True
    return Attribution(speaker, content, frame, direct, True, frame)


def _transcript_label(view: View, doc: Doc, memory: Memory) -> Attribution | None:
    """A transcript's speaker label: "BUDANOV: A little more.", "MR FORBES: It's purely a matter of
    scheduling.", "K. Dmitriev: I would not exclude it." The name is a person of the pack or one the article
    has named; a host's, a reporter's or a question's label ("HOST:", "QUESTION:") is no speaker's."""
    answer = _ANSWER_LABEL.match(view.text)
    if answer is not None and any(
        start >= answer.end() and not _FIRST_PERSON_BEFORE.search(view.text, answer.end(), start)
        for start, _, _ in speech_verbs(view)
    ):
        # "Q: Whose idea was the pause? | A: Volodymyr Zelensky said on Friday that ...": an explainer's
        # answer tells who said what; an interviewee does not report his own words
        return None
    if answer is not None:
        # "Q: ... | A: We negotiate with the Russian state.": a question-and-answer interview's answer is
        # the interviewee's, the person the piece is about
        interviewee = _interviewee(view, doc)
        if interviewee is None:
            return None
        role = memory.roles.get(interviewee.name) or doc.matcher.people[interviewee.name].role
        speaker = Speaker(interviewee.name, "person", interviewee.party, role, 0, answer.end("name"))
        content, frame = (answer.end(), len(view.text)), (0, answer.end("name"))
        return Attribution(speaker, content, frame, True, True, frame)
    label = _UPPER_LABEL.match(view.text) or _INITIALS_LABEL.match(view.text)
    if label is None:
        return None
    words = label.group("name").split()
    if words[-1].upper() in _NO_SPEAKER_LABELS:
        return None
    surname = words[-1].title() if words[-1].isupper() else words[-1]
    speaker = None
    for mention in doc.matcher.mentions(surname):
        person = mention.person
        if person is not None and mention.surface == surname:
            role = memory.roles.get(person.name) or doc.matcher.people[person.name].role
            speaker = Speaker(person.name, "person", person.party, role, 0, label.end("name"))
            break
    if speaker is None and surname in memory.strangers:
        known = memory.strangers[surname]
        # ("Marta Hlib, the programme's Moscow correspondent, reports ...": the programme's own people ask)
        if not (known.role and is_presenter(known.role)):
            speaker = replace(known, start=0, end=label.end("name"))
    if speaker is None:
        # a person the article introduced without quoting, as a briefing's header names its spokesperson
        speaker = introduced_earlier(doc.views[: view.index], surname)
    if speaker is None:
        return None
    speaker = replace(speaker, start=0, end=label.end("name"))
    content, frame = (label.end(), len(view.text)), (0, label.end())
    return Attribution(speaker, content, frame, True, True, frame)


def _unknown_label_asks(view: View, doc: Doc, memory: Memory) -> bool:
    """Does the sentence open a paragraph under a transcript's label that names no speaker ("VANCE: Has the
    Kremlin said anything?")? An anchor's or a host's, whose name the bulletin never gives a role."""
    if view.index > 0 and doc.views[view.index - 1].paragraph == view.paragraph:
        return False
    return _UPPER_LABEL.match(view.text) is not None and _transcript_label(view, doc, memory) is None


def _asks(view: View, doc: Doc) -> bool:
    """Does the paragraph a host's or reporter's label opens put a question? An interviewer's always does;
    an anchor's or a presenter's may only read the news."""
    if not view.text.startswith(_NEWS_READERS):
        return True
    return any(v.paragraph == view.paragraph and "?" in v.text for v in doc.views)


_NEWS_READERS = ("ANCHOR", "PRESENTER", "REPORTER")


def _interviewee(view: View, doc: Doc) -> Entity | None:
    """Whom a question-and-answer interview's answers are from: the person of the pack its headline names
    ("Interview: Sybiha on Geneva"), else the one it names most before its first question (the introduction
    says who spoke to the paper; a person named in passing there is named once)."""
    for mention in doc.matcher.mentions(doc.article.title or ""):
        if mention.person is not None:
            return mention.person
    named: Counter[str] = Counter()
    people: dict[str, Entity] = {}
    for before in doc.views[: view.index]:
        if ":" in before.text and _QUESTION_LABEL.match(before.text):
            break
        for mention in before.mentions:
            if mention.person is not None:
                named[mention.person.name] += 1
                people[mention.person.name] = mention.person
    return people[named.most_common(1)[0][0]] if named else None


# "A: As I said, ...", "we told them": the interviewee speaking of his own words
_FIRST_PERSON_BEFORE = re.compile(r"\b(?:I|[Ww]e)\s+(?:\w+\s+){0,2}$")
_WH_QUESTION = re.compile(
    r"(?:What|How|Why|Where|When|Who|Which)\s+(?:does|do|did|has|have|had|is|are|was|were)\s"
)
_EDITORS_NOTE = re.compile(
    r"\((?:Adds|Updates|Corrects|Recasts|Changes|Rewrites|Refiles|Fixes|Removes|Inserts)\b[^()]*\)\s*$"
)
# "of what he said", "what Peskov told reporters": a free relative, the words said standing in for a noun
_WHAT_SUBJECT = re.compile(r"\b[Ww]hat\s+(?:he|she|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+$")
_AGE_SET_OFF = re.compile(r",\s*\d{1,3}$")
_SAID_TOLD = frozenset({"said", "says", "told"})
_MADE_CLEAR = frozenset({"made clear", "explained", "makes clear", "explains"})
_WH_OBJECT = re.compile(r"\s+(?:where|how|why|what|when|whether)\b")
_ANSWERED_QUESTIONS = re.compile(
    r"\s+(?:the\s+|reporters['’]\s+|journalists['’]\s+|a\s+few\s+|several\s+)?questions?\b"
)
_HOW_PUT = re.compile(r"\b(?:[Tt]his|[Hh]ere)\s+is\s+how\s+(?:he|she|they|[A-Z][\w’'-]+)\s+$")
_QUESTION_LABEL = re.compile(r"(?:HOST|QUESTION|Q|INTERVIEWER|ANCHOR|PRESENTER|MODERATOR|REPORTER)\s*:\s")


def _was_how(view: View, doc: Doc, memory: Memory, after_quote: bool = False) -> Attribution | None:
    """ "“Difficult, but businesslike,” was how Vladimir Medinsky summed up the two days": the quote is the
    words of the person named after "was how"; "“A week has four days.” That was how Zelensky put it.":
    the quote of the sentence before is."""
    how = _WAS_HOW.search(view.text)
    if how is None and after_quote:
        # ("“We are not there yet.” Those were Peskov's words on Monday.")
        that = _THAT_WAS_HOW.match(view.text) or _THOSE_WERE_WORDS.match(view.text)
        speaker = speaker_starting_at(view, that.end(), doc.matcher, memory) if that is not None else None
        if speaker is None:
            return None
        return Attribution(speaker, (0, len(view.text)), (0, speaker.end), False, False, (0, speaker.end))
    if how is None:
        return None
    speaker = speaker_starting_at(view, how.end(), doc.matcher, memory)
    if speaker is None:
        return None
    content, frame = (0, how.start() + 1), (how.start() + 1, speaker.end)
    return Attribution(speaker, content, frame, True, False, frame)


# (or "“Constructive” was the word Volodymyr Zelensky chose", "“Tense” is the word one participant used")
_WAS_HOW = re.compile(r"[”\"],?\s+(?:was|is)\s+(?:how|the\s+(?:word|phrase|term)\s+(?:that\s+)?)\s*")
# "“Never,” was Zelensky's reply": after the quote, "was" and the speaker whose reply it was
_WAS_REPLY = re.compile(r"[”\"],?\s+(?:was|came)\s+(?:the\s+)?")
_REPLY_AFTER = re.compile(r"['’]s\s+(?:reply|answer|response|verdict|assessment|retort|comment|summary)\b")


def _was_reply(view: View, doc: Doc, memory: Memory) -> Attribution | None:
    """ "“Never,” was Zelensky's reply when asked about Donbas": the quote is the words of the one whose
    reply, answer or verdict it is said to be."""
    was = _WAS_REPLY.search(view.text)
    speaker = speaker_starting_at(view, was.end(), doc.matcher, memory) if was is not None else None
    if was is None or speaker is None or not _REPLY_AFTER.match(view.text, speaker.end):
        return None
    content, frame = (0, was.start() + 1), (was.start() + 1, speaker.end)
    return Attribution(speaker, content, frame, True, False, frame)


_THAT_WAS_HOW = re.compile(r"(?:That|This|Such)\s+(?:was|is)\s+how\s+")
_THOSE_WERE_WORDS = re.compile(
    r"(?:That|This|Those|These)\s+(?:was|is|were|are)\s+"
    r"(?=(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*['’]s\s+(?:own\s+)?(?:words|verdict|answer|reply|message|assessment)\b)"
)


def _passive_speech(view: View, doc: Doc, memory: Memory) -> Attribution | None:
    """ "Reports of a meeting in Turkey were denied by Zelensky's office", "The new date was confirmed on
    Monday by Peskov": what was said is the subject, the speaker the agent after "by"."""
    said = _SAID_BY.search(view.text)
    if said is None or said.start() == 0:
        return None
    speaker = speaker_starting_at(view, said.end(), doc.matcher, memory)
    if speaker is None or speaker.kind == "anonymous" and speaker.party is None and not speaker.known:
        return None
    content, frame = (0, said.start()), (said.start(), speaker.end)
    if said.group().rstrip().endswith("described by"):
        # "The first day was described by two participants as “tense”; ...": the words they chose follow
        # "as", up to the clause's end
        close = view.text.find(";", speaker.end)
        content = (0, close if close > 0 else len(view.text))
    return Attribution(speaker, content, frame, _has_quote(view, *content), False, frame)


_THIS_WAS_SAID = re.compile(
    r"(?:This|That)\s+was\s+(?:stated|said|announced|reported|declared|noted|emphasized|emphasised|stressed)"
    r"\b[^;:“”\"]{0,80}?\bby\s+"
)


def _said_before(before: View, view: View, doc: Doc, memory: Memory) -> Attribution | None:
    """The speaker a "This was stated ... by X" sentence gives the sentence before it, as its attribution."""
    said = _THIS_WAS_SAID.match(view.text)
    if said is None:
        return None
    speaker = speaker_starting_at(view, said.end(), doc.matcher, memory)
    if speaker is None:
        # "... by the press secretary of the President of the Russian Federation, Dmitry Peskov.": the person
        # the long title is set off by
        people = [m for m in view.mentions if m.person and m.start >= said.end()]
        speaker = speaker_ending_at(view, people[-1].end, doc.matcher, memory) if people else None
    if speaker is None:
        return None
    speaker = replace(speaker, start=0, end=0)
    content = (0, len(before.text))
    return Attribution(speaker, content, (0, 0), _has_quote(before, *content), False, (0, 0))


_SAID_BY = re.compile(
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|later\s+|swiftly\s+)?"
    r"(?:confirmed|denied|announced|dismissed|disclosed|revealed|acknowledged|described)"
    r"(?:\s+(?:on|late on|early on|in|at)\s+[\w.]+(?:\s+\d{1,2})?)?\s+by\s+"
)


def _readout_of(view: View) -> Speaker | None:
    """ "the readout posted on the website of the Office of the President of Ukraine", "a Kremlin readout":
    the institution whose account the article goes on to give."""
    word = view.lower.find("readout")
    for mention in view.mentions:
        institution = mention.first("institution")
        if institution is not None and abs(mention.start - word) <= 80:
            return Speaker(institution.name, "institution", institution.party, None, 0, 0)
    return None


def _readout_voice(view: View, readout: Speaker) -> Attribution | None:
    """ "It was noted that the text ... has been finalised": a readout's impersonal voice is its
    institution's."""
    voice = _IT_WAS_NOTED.match(view.text)
    if voice is None:
        return None
    frame, content = (0, voice.end()), (voice.end(), len(view.text))
    return Attribution(replace(readout, end=voice.end()), content, frame, False, True, frame)


# "A member of the team", "One Ukrainian official", "a source": one unnamed person, whom "he" can name next
_ONE_SOURCE = re.compile(r"(?:[Aa]n?|[Oo]ne|[Tt]he(?=\s+interlocutor\b))\s")
_IT_WAS_NOTED = re.compile(
    r"It\s+was\s+(?:also\s+)?(?:noted|stressed|emphasi[sz]ed|underlined|pointed out|stated|agreed|confirmed)"
    r"\s+that\s+"
)
_UPPER_LABEL = re.compile(
    r"(?:(?:MR|MRS|MS|DR|GEN|ADM|SEN|REP)\.?\s+)?(?P<name>[A-Z][A-Z’'-]+(?:\s+[A-Z][A-Z’'-]+)?)"
    # "VOLODYMYR ZELENSKY (through interpreter):", "PRIYA RAMAN, ALBION INSTITUTE:": a note or a role after
    r"(?:\s+\([^()]{1,30}\))?(?:,\s+[A-Z][A-Z .’'&-]{1,40}(?:\s+\([^()]{1,30}\))?)?:\s+(?=\S)"
)
_ANSWER_LABEL = re.compile(r"(?P<name>A|ANSWER|Answer)\s*:\s+(?=\S)")
_INITIALS_LABEL = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+|(?:[A-Z][a-z]?\.\s*){1,2})(?P<name>[A-Z][a-z][\w’'-]+):\s+(?=\S)"
)
_NO_SPEAKER_LABELS = frozenset(
    ("HOST", "ANCHOR", "PRESENTER", "INTERVIEWER", "REPORTER", "MODERATOR", "QUESTION", "Q", "A")
    + ("CORRECTION", "UPDATE", "NOTE", "EDITOR", "CHAIR", "SPEAKER", "VOICE", "CALLER")
)


_SPEAKING_ASIDE = re.compile(
    r",\s+(?:speaking|writing|addressing|talking|appearing|answering)\b[^;,]*(?:,[^;,]*)?,\s*$"
)
_SO_BEFORE = re.compile(r"\s*(?:So|Thus|This is how|That is how)\s+(?:has\s+|had\s+)?")
_INVERTED_AUX = re.compile(r"(?<=,)\s+(?:has|had)$")
# "“I have not slept since Monday,” his mother, Halyna Moroz, said": a relation of someone told of
_RELATION = r"(?:his|her|their)\s+(?:mother|father|wife|husband|son|daughter|sister|brother|lawyer|colleague)"
_ROLE_BEFORE_NAME = re.compile(
    r"\b(?:spokes(?:man|woman|person)|minister|ambassador|adviser|advisor|envoy|official|diplomat|negotiator"
    rf"|{_RELATION})$"
)
_RELATION_BEFORE = re.compile(rf"\b{_RELATION}$")
_APPOSED_NAME = re.compile(r",\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2},\s*")
# "Kyslytsya: ...", "- Peskov: ...", "- Sybiha (Friday): ..."
_LABEL = re.compile(
    r"(?P<bullet>[-*•–]\s+)?(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2})(?:\s+\([^()]{1,30}\))?"
    # "Witkoff on X: ...": a post, told in a line under the poster's name
    r"(?P<post>\s+on\s+(?:X|Telegram|Facebook|Twitter|Truth Social))?:\s+(?=\S)"
)
# (and "and" right after a closing quote: 'Medinsky called the talks "difficult" and Witkoff spoke of ...')
_UTTERANCE_BREAK = re.compile(
    r",\s+(?:while|whereas|but|and)\s+|;\s+|,\s+as\s+|\s+while\s+|(?<=[”\"])\s+and\s+"
)
# Without "while" in the sentence, every break opens with ",", ";" or a space after a closing quote.
_UTTERANCE_BREAK_NO_WHILE = re.compile(
    r"[,;](?:(?<=,)\s+(?:whereas|but|and)\s+|(?<=;)\s+|(?<=,)\s+as\s+)|(?<=[”\"])\s+and\s+"
)


def _second_utterance(
    view: View, doc: Doc, memory: Memory, first: Attribution
) -> tuple[int, Attribution] | None:
    """A second speaker with a speech verb of their own after a clause break ("…, but Kremlin spokesman
    Dmitry Peskov acknowledged that …"). A speech verb with no break before it reports words inside the
    first statement ("Zelensky said Putin had told Trump …") and is no utterance of its own."""
    text = view.text
    start = (first.core or first.frame)[1]
    if not _may_attribute(view, start):
        # nothing to attribute after the first attribution (most sentences), so after none of its breaks:
        # every break ends after `start`, and `_may_attribute` holds for fewer words, never for more
        return None
    pattern = _UTTERANCE_BREAK if "while" in text else _UTTERANCE_BREAK_NO_WHILE
    for brk in pattern.finditer(text, start):
        if view.in_quote(brk.start()) or not _may_attribute(view, brk.end()):
            continue
        if text.startswith("that ", brk.end()):
            # "said the talks went well, and that Kyiv had said yes": more of the first speaker's words
            continue
        found = attribute(view, doc, memory, after=brk.end())
        if (
            found is None
            or not (brk.end() <= found.speaker.start <= brk.end() + 60)
            or found.frame[0] < brk.end()
        ):
            continue
        if text[found.speaker.start : found.speaker.end] in _PRONOUNS:
            # "Peskov said the Kremlin expected Kyiv to reciprocate; Moscow, he said, still ruled out ...": a
            # pronoun after the break is the sentence's first speaker, saying more
            return brk.start(), replace(
                found,
                speaker=replace(first.speaker, start=found.speaker.start, end=found.speaker.end),
            )
        if found.speaker.name != first.speaker.name:
            return brk.start(), found
    return None


_PRONOUNS = ("he", "she", "He", "She")


def _may_attribute(view: View, after: int) -> bool:
    """Whether `attribute` has anything to try after `after`: a speech verb, "according to" or a quote."""
    verbs = speech_verbs(view)
    # The verbs come in text order: the last one says whether any starts at `after` or later.
    return (
        bool(verbs and verbs[-1][0] >= after)
        or "ccording to" in view.text
        or "citing " in view.text
        or bool(view.quotes)
    )


def _statement(view: View, doc: Doc, attribution: Attribution, floor: int = 0) -> StatementFact:
    speaker = attribution.speaker
    direct = attribution.direct
    return StatementFact(
        speaker=speaker.name,
        party=speaker.party,
        role=speaker.role,
        date=_statement_date(view, attribution, doc.published),
        text=_clean(_words(view, attribution, floor), direct),
        direct=direct,
        evidence=doc.evidence(view),
        speaker_kind=speaker.kind,
    )


def attribute(view: View, doc: Doc, memory: Memory, after: int = 0) -> Attribution | None:
    """The first attribution in a sentence (or in its words from `after` on), if any."""
    candidates: list[tuple[int, str, Any]] = []  # a `Verb` or a match of the other forms
    text = view.text
    quoted = bool(view.quotes)
    for verb in speech_verbs(view):
        start, end, word = verb
        if start < after:
            continue
        if word in _CALLS and _NOT_SPEECH_AFTER_CALLED.match(text, end):
            continue  # "called for" is a demand, "called off" a cancellation
        if word in ("summed up", "sums up") and " how " in text[:start]:
            continue  # "“…,” was how Medinsky summed up the two days": `_was_how` reads it whole
        if word in _AS_VERBS and _AS_LATER.match(text, end) is None:
            continue  # "Kyiv dismissed the proposal" is a stance; "dismissed it as “absurd”" is said
        if word == "asked" and not text.endswith(("?”", '?"'), 0, start - 1):
            continue  # only "“What talks are these?” asked a tram driver": a question quoted, then its asker
        if "whether" in text and _ASKED_WHETHER.search(text, max(0, start - 80), start):
            continue  # "Asked whether Zelensky had said ...", "not clear whether he had told ...": a question
        if word in _MADE_CLEAR and _WH_OBJECT.match(text, end) and not quoted and ":" not in text[end:]:
            continue  # "made clear where he thinks the sequence should start": what was said is not given
        if word == "answered" and _ANSWERED_QUESTIONS.match(text, end):
            continue  # "Zelensky answered questions first": a turn at a news conference, no words given
        if word == "put it" and _HOW_PUT.search(text, max(0, start - 30), start) and not quoted:
            continue  # "This is how he put it a little later.": the words follow, in a clip of their own
        if word in _SAID_TOLD and "what " in text and _WHAT_SUBJECT.search(text, max(0, start - 40), start):
            continue  # "We have a little of what he said in Kyiv": words said, referred to, not given
        if not (quoted and view.in_quote(start)):
            candidates.append((start, "verb", verb))
    if "ccording to" in text:
        for match in _ACCORDING.finditer(text, after):
            if not (quoted and view.in_quote(match.start())):
                candidates.append((match.start(), "according", match))
    if "citing " in text:
        for match in _CITING.finditer(text, after):
            if not (quoted and view.in_quote(match.start())):
                candidates.append((match.start(), "citing", match))
    if quoted:
        for match in _DASH_AFTER_QUOTE.finditer(text, after):
            candidates.append((match.start(), "dash", match))
    if " words" in text:
        for match in _IN_WORDS.finditer(text, after):
            if not (quoted and view.in_quote(match.start())):
                candidates.append((match.start(), "words", match))
    if (
        after == 0
        and ":" in text
        and ("’s " in text or "'s " in text or "message" in text or "warning" in text)
    ):
        possessed = _POSSESSED_WORDS.match(text) or _HAD_A_MESSAGE.match(text)
        if possessed is not None and not (quoted and view.in_quote(possessed.start())):
            candidates.append((possessed.start(), "possessed", possessed))
    if not candidates and after == 0 and text.startswith(("Speaking", "In his ", "In her ", "Addressing")):
        spoken = _speaking_opening(view, doc, memory)
        if spoken is not None:
            return spoken
    verbs: list[Verb] = []
    if len(candidates) > 1:  # (one candidate is in order, and is not two verbs)
        candidates.sort(key=lambda c: c[0])
        verbs = [c[2] for c in candidates if c[1] == "verb"]
    comma = text.rfind(",", 0, verbs[-1][0]) if len(verbs) >= 2 else -1
    if (
        comma > 0
        and _CLOSING.fullmatch(text, verbs[-1][1])
        and _CLOSING_SPEAKER.fullmatch(text, comma, verbs[-1][0])
        # (not "..., a charge Kyiv denies": the words after the comma describe the accusation told before)
        and not _APPOSED_CHARGE.match(text, comma)
    ):
        # "..., and Ukraine has confirmed its participation, President Volodymyr Zelensky told journalists on
        # Friday.": an attribution that closes the sentence frames all before it, speech verbs included
        closing = _by_verb(view, doc, memory, verbs[-1])
        if closing is not None and closing.content[0] == 0:
            return closing
    for _, form, match in candidates:
        if form == "verb":
            found = _by_verb(view, doc, memory, match, after)
        elif form == "according":
            found = _by_according(view, doc, memory, match, after)
        elif form == "words":
            found = _by_words(view, doc, memory, match, after)
        elif form == "citing":
            found = _by_citing(view, doc, memory, match, after)
        elif form == "possessed":
            found = _by_possessed(view, doc, memory, match)
        else:
            found = _by_dash(view, doc, memory, match)
        if found is not None:
            return found
    return None


def _speaking_opening(view: View, doc: Doc, memory: Memory) -> Attribution | None:
    """ "Speaking in Geneva, Zelensky rejected any referendum on Donbas", "In his evening address, the
    president thanked the Emirates": a sentence whose opening phrase says the subject spoke gives the subject
    the words of its main clause, whatever the verb."""
    text = view.text
    opening = _SPEAKING_OPENING.match(text)
    if opening is None:
        return None
    pos = opening.end()
    pronoun = _SUBJECT_PRONOUN_AT.match(text, pos)
    if pronoun is not None:
        last = memory.pronoun_person(view, pronoun.group(1))
        speaker = (
            Speaker(last.name, "person", last.party, last.role, pos, pronoun.end(1), last.known)
            if last is not None
            else None
        )
    else:
        speaker = speaker_starting_at(view, pos, doc.matcher, memory)
    if speaker is None or speaker.kind != "person" or not _MAIN_VERB_AT.match(text, speaker.end):
        return None
    content, frame = (speaker.end, len(text)), (0, speaker.end)
    return Attribution(speaker, content, frame, _has_quote(view, *content), False, frame)


# "Speaking in Geneva,", "Speaking to reporters after the talks,", "In his nightly address,", "Addressing
# parliament on Tuesday,": a phrase that says the subject spoke
_SPEAKING_OPENING = re.compile(
    r"(?:Speaking|Addressing\s+[^,;]{2,40}|In\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}"
    r"(?:address|speech|interview|remarks|video\s+address|statement|post))\b(?:[^,;:“”\"]{0,80},\s+){1,2}?"
    r"(?=(?:he|she|[A-Z])\w*\s)"
)
_SUBJECT_PRONOUN_AT = re.compile(r"(he|she)\s")
# A verb in the past or present after the subject (not "said": the verb itself is then the attribution)
_MAIN_VERB_AT = re.compile(r"\s+(?:also\s+|again\s+)?(?:[a-z]+ed|[a-z]+s)\b(?<!\bsaid)(?<!\bwas)(?<!\bhas)")


def _by_verb(view: View, doc: Doc, memory: Memory, verb: Verb, opening: int = 0) -> Attribution | None:
    """The attribution made by a speech verb; its words begin no earlier than `opening` (a second utterance
    after a clause break: "X said ...; Y, speaking in Kyiv, said ..." gives Y none of X's words)."""
    text = view.text
    verb_start, verb_end, word = verb
    if _PASSIVE.search(text, max(0, verb_start - 8), verb_start) and not _quote_then(text, verb_start):
        return None
    if _DENIAL.search(text, max(0, verb_start - 30), verb_start):
        return None  # "did not comment", "declined to say"
    if "nothing" in text and _SAID_NOTHING.match(text, verb_end):
        return None  # "Kyiv said nothing." (the pattern only where its word is)
    if word.startswith("to tell") and _REFUSED.search(text, max(0, verb_start - 30), verb_start):
        return None  # "refused to tell reporters anything"
    if word == "reported" and _REPORTED_TO.match(text, verb_end):
        return None  # "Umerov reported twice by phone to President Zelensky": reporting to a superior
    if word == "adding" and text.startswith(" to ", verb_end):
        return None  # "drones have hit refineries, adding to pressure on fuel prices"
    speaker, inverted = _verb_speaker(view, doc, memory, verb)
    if speaker is None or (
        _may_deny_all(view.lower)
        # (the words before the speaker's own phrase only: "Neither Kyiv nor Moscow has embraced the zone, the
        # official acknowledged" is the official's statement)
        and any(
            not view.in_quote(m.start())
            # (not "Nobody was hurt, he said": the words before the comma are what he said)
            for m in _NEITHER.finditer(
                text, max(0, speaker.start - 25, _clause_start(text, speaker.start)), speaker.end
            )
        )
    ):
        return None  # "Neither Moscow nor Kyiv commented"; a "nobody" inside a quote says nothing of that
    party_speaks = speaker.kind == "institution" and speaker.name in doc.matcher.party_names
    # "Russian officials have suggested that ...": people of the party speak with any verb of speech
    # (the speaker's words, not sliced; "officials in Kyiv" are the side's people too)
    people = text.endswith(PARTY_PEOPLE, speaker.start, speaker.end) or text.startswith(
        _PEOPLE_IN, speaker.start
    )
    if party_speaks and word not in _PARTY_VERBS and not people:
        return None
    after = verb_end if not inverted else speaker.end
    if speaker.end > after:
        after = speaker.end  # "Reuters reported, citing two officials, that ...": after the sources named
    frame_start = min(speaker.start, verb_start)
    content_start, strong = _content_start(text, after, told=word in ("told", "tells"))
    body = text[content_start:].strip(" .")
    before = text[opening:frame_start].strip()
    described = _DESCRIBED_AS.match(text, after) if word.startswith(("describ", "call", "term")) else None
    if described is not None and not inverted:
        # "a visit the Kremlin later described as “a useful exchange of views”", "The talks, which Peskov
        # described as “constructive”, ended late": the words quoted after "as" are the speaker's
        quote_end = next((end for start, end in view.quotes if start == described.end()), len(text))
        content, frame = (described.end(), quote_end), (frame_start, described.end())
        return Attribution(
            speaker, content, frame, _has_quote(view, *content), False, (frame_start, after), False
        )
    if before.endswith(", as") and body.startswith(","):
        # "Kyiv's position, as Sybiha put it on Monday, is that guarantees come first": the aside frames the
        # words on both sides of it
        aside = text.rfind(", as", opening, frame_start)
        content, frame = (opening, len(text)), (aside, content_start)
        return Attribution(speaker, content, frame, _has_quote(view, *content), False, frame)
    # "…, Sybiha said, a step Kyiv has sought": words after a comma that follows the verb are the
    # author's, and the attributed words are before. (The quote and frame tests run last: they matter only
    # when the cheap tests pass.)
    if (
        not strong
        and word not in _PARTICIPLE
        # ("“We’ll see,” Trump told reporters aboard Air Force One": a quote before the frame is the
        # speaker's words, however short)
        and (_at_least_words(before, 3) or before.startswith(("“", '"')))
        and (
            _has_quote(view, opening, frame_start)
            or _after_is_frame(body)
            or _only_whom(word, body)
            # ("..., Zelensky's office said; the president himself wrote ...": a clause of its own follows)
            or body.startswith(";")
        )
    ):
        content, frame = (opening, frame_start), (frame_start, len(text))
        if (
            _SPEECH_GOES_ON.match(body)
            or (before.endswith(",") and _CLAUSE_GOES_ON.match(body))
            # ("..., Witkoff said in a post on X, calling it “a concrete result”": after the frame's words)
            or ("calling" in body and _QUOTE_PARTICIPLE_AFTER.match(body) is not None)
        ):
            # "Moscow's aim had narrowed, he said, and Kyiv would face “hard” choices": a clause joined after
            # the attribution, with a subject of its own (or "adding: “…”"), goes on with the speaker's words
            content, frame = (opening, len(text)), (frame_start, content_start)
        elif before.endswith(",") and _OBJECT_GOES_ON.match(body) and _WANTS_AN_OBJECT.search(before):
            # "Moscow now wants, he said, the roughly 20 per cent of Donetsk region": the frame stands between
            # a verb and its object, and the words on both sides of it are the speaker's
            content, frame = (opening, len(text)), (frame_start, content_start)
        elif _PREDICATE_GOES_ON.match(body.lstrip(", ")) and before.endswith(","):
            # "The military track, he said, had moved forward, but ... “still different”": the frame stands
            # between the subject and its verb, and the words on both sides are the speaker's
            content, frame = (opening, len(text)), (frame_start, content_start)
    elif before.endswith(",") and body.startswith(",") and _PREDICATE_GOES_ON.match(body.lstrip(", ")):
        # "Moscow, said Peskov, would not accept foreign troops": the frame between subject and verb, the
        # words on both sides of it the speaker's
        content, frame = (opening, len(text)), (frame_start, content_start)
    elif before and _WHEN_ASKED.match(body):
        # "“No comment,” Peskov said when asked about the talks": what he was asked is the author's frame
        content, frame = (opening, frame_start), (frame_start, len(text))
    elif _at_least_words(body, 3) or "“" in body or '"' in body:
        content, frame = (content_start, len(text)), (frame_start, content_start)
    elif before:
        content, frame = (opening, frame_start), (frame_start, len(text))
    else:
        # "Kyiv has denied any involvement": too short to stand without its verb.
        content, frame = (verb_start, len(text)), (frame_start, verb_start)
    who = (
        _WHO_CLAUSE.search(text, 0, _strip_auxiliaries(text, verb_start))
        if text.startswith(",", speaker.end)
        else None
    )
    relative = who is not None and who.start() == speaker.end
    if (
        relative
        and content[1] == len(text)
        and content[0] > frame_start
        and not text[: speaker.start].strip()
    ):
        close = text.find(", ", content[0])
        if close > 0 and not view.in_quote(close):
            # "Witkoff, who told reporters that a deal was close, arrived in Moscow": the clause set off after
            # the subject ends what was said; the sentence goes on with the subject's own verb
            content = (content[0], close)
    core = (frame_start, after)
    if text[speaker.start : speaker.end].strip() in ("he", "she", "He", "She") and _NAMELESS.search(
        text, verb_end
    ):
        # "“...,” he said, declining to give his name": whoever "he" is, the article keeps him unnamed
        speaker = replace(speaker, name=UNNAMED_SOURCE, kind="anonymous", party=None, role=None, known=True)
    return Attribution(
        speaker, content, frame, _has_quote(view, *content), strong and content[0] > 0, core, relative
    )


# Verbs that report words only with "as" and what the thing was called: "dismissed the report as “fake”"
_AS_VERBS = frozenset(["dismissed", "dismisses", "branded", "brands", "describe", "describes"])
_AS_LATER = re.compile(r"[^,;.:“”\"]{0,80}?\s+as\s+")

# What a speaker "described" a thing "as", quoted right after the verb (the thing itself told before it)
_DESCRIBED_AS = re.compile(r"\s+as\s+(?=[“\"])")


_NAMELESS = re.compile(
    r"\b(?:declin\w+|refus\w+|unwilling) to (?:give|be) (?:(?:his|her|their) )?(?:name|named|identified)"
    r"|\basked not to be (?:named|identified)|\bcondition of anonymity"
)
# "whether" and the words of its clause up to the verb, with no comma, colon or quote to close the question
_ASKED_WHETHER = re.compile(r"\bwhether\b[^,;:“”\"]*$")
_WHEN_ASKED = re.compile(
    r"(?:when|after being|after he was|after she was)?\s*asked\s+(?:about|whether|if|what|when|how|why|to)\b"
)
_QUOTE_PARTICIPLE_AFTER = re.compile(r"[^,;“\"]{0,40},\s+calling\b[^.;“\"]{0,80}[“\"]")
_SPEECH_GOES_ON = re.compile(
    # (an adverb of time may come first: "..., he stressed, and until then Russia would go on ...")
    r",\s+(?:(?:and|but)\s+(?:(?:until\s+then|since\s+then|for\s+now|meanwhile|in\s+the\s+meantime|then),?\s+)?"
    r"(?:the|its|their|his|her|this|these|those|there|it|they|we|he|she|[A-Z][\w’'-]*)\b"
    r"|adding\s*:\s*[“\"]"
    # "..., US envoy Steve Witkoff said, calling the meetings “constructive”": his words quoted after it
    r"|(?:adding|calling|describing|saying)\b[^.;“\"]{0,80}[“\"]"
    # "Russia was ready to go on, he said, “as long as the lists are honest”": a quote right after the frame
    r"|\s*[“\"])"
)
# "Until that happens, he added, Russia will continue ...", "there is no settlement, he said, until ...":
# after an attribution set inside the sentence, a clause with its own subject and verb, or a condition
_CLAUSE_GOES_ON = re.compile(
    r",\s+(?:[A-Z][\w’'-]*\s+(?:[a-z]+\s+)?(?:will|would|had|has|have|was|were|is|are|could|can|must|should)\b"
    r"|(?:until|unless|if|because|as long as|provided)\b)"
)
# A verb that takes its object after a frame set inside the sentence ("wants, he said, the rest of ..."), and
# the object's first word
_WANTS_AN_OBJECT = re.compile(
    r"\b(?:wants?|wanted|demands?|demanded|seeks?|sought|needs?|needed|rejects?|rejected|accepts?|accepted"
    r"|proposes?|proposed|offers?|offered|expects?|expected|insists? on|insisted on|calls? for|called for"
    r"|refuses?|refused|rules? out|ruled out|is ready to accept|would accept|will not accept"
    r"|would not accept)\s*,$"
)
_OBJECT_GOES_ON = re.compile(
    r",\s+(?:the|a|an|all|any|its|their|his|her|our|some|no|every|only|roughly|about|at least|nothing|more"
    r"|full|direct|international|American|Russian|Ukrainian|European)\b"
)
_PREDICATE_GOES_ON = re.compile(
    r"(?:had|has|have|was|were|is|are|would|will|could|should|must|did|remained|remains)\s"
)


def _only_whom(verb: str, body: str) -> bool:
    """ "..., a source told the state news agency TASS on Monday": after "told", a few words with no "that"
    name whom it was told, and the words told are before."""
    return verb in ("told", "tells") and _WHOM.fullmatch(body) is not None and len(body.split()) <= 9


_WHOM = re.compile(r"(?![^,;:“”\"]*\bthat\b)[^,;:“”\"]*")


def _after_is_frame(body: str) -> bool:
    """The words after the verb are the author's, not the speaker's: none, or a comma or frame words open
    them."""
    return not body or _FRAME_TAIL.match(body.lstrip(", ")) is not None or body.startswith(",")


def _verb_speaker(view: View, doc: Doc, memory: Memory, verb: Verb) -> tuple[Speaker | None, bool]:
    text = view.text
    verb_start, verb_end, word = verb
    end = _strip_auxiliaries(text, verb_start)
    head = text[:end]
    if word in _PARTICIPLE and " with " in text:
        named = speaker_ending_at(view, end, doc.matcher, memory)
        if (
            named is not None
            and not text[named.end : verb_start].strip()
            and _WITH_BEFORE.search(text, max(0, named.start - 6), named.start)
        ):
            # "..., with Kyiv warning that the hardest questions remain unresolved": the subject of the
            # participle is named right before it, after "with"
            return named, False
    if word in _WITH_ONLY:
        return None, False  # "issued a warning that ...", "kept insisting": no speech of its own
    if word in _PARTICIPLE or head.endswith((" and", ",and")):
        # "Peskov refused to say ..., telling reporters ...", "Trump ... and said": the sentence's subject.
        subject = _sentence_subject(view, doc, memory, verb_start)
        return (subject, False) if subject is not None or word in _PARTICIPLE else (None, False)
    speaker = speaker_ending_at(view, end, doc.matcher, memory)
    role_aside = _ROLE_WHO_ASIDE.match(text) if ", who " in head else None
    if role_aside is not None and not text[role_aside.end() : end].strip():
        # "The aide, who sat in along with the investment envoy Kirill Dmitriev, called them ...": the role
        # that opens the sentence speaks, not the person its aside names last
        resolved = role_named(view, role_aside.start(1), role_aside.end(1), doc.matcher, memory)
        speaker = resolved if resolved is not None and resolved.kind == "person" else speaker
    aside = _SPEAKING_ASIDE.search(head) if head.endswith(",") else None
    if aside is not None:
        # "Zelensky, speaking in Davos after an hour-long meeting with President Donald Trump, called ...":
        # the subject before the aside speaks, not the last name in it
        before_aside = view.mention_ending_at(aside.start())
        if before_aside is not None and before_aside.person:
            speaker = speaker_ending_at(view, aside.start(), doc.matcher, memory) or speaker
    if speaker is None and head.endswith(","):
        # "Witkoff, who led the U.S. team with Kushner and Gruenbaum, called ...": the name before "who"
        # speaks, not the last one inside the clause
        if _RELATIVE_WHO.search(head):
            speaker = _named_before_relative(view, doc, memory, head)
        # An apposition between subject and verb: "Ukraine's chief negotiator, Rustem Umerov, described",
        # "Peskov, the Kremlin spokesman, said".
        named = view.mention_ending_at(end - 1)
        corrected = (
            _NOT_SET_OFF.search(text, max(0, named.start - 8), named.start) if named is not None else None
        )
        if speaker is None and corrected is not None:
            # "Budanov, not Umerov, mentioned the dates": the person the correction sets off does not speak
            speaker = speaker_ending_at(view, corrected.start(), doc.matcher, memory)
            named = None
        if speaker is None and named is not None and named.person:
            speaker = speaker_ending_at(view, end - 1, doc.matcher, memory)
        comma = text.rfind(",", max(0, end - 120), end - 1)
        if (
            speaker is None
            and named is None
            and comma > 0
            and _APPOSED_NAME.fullmatch(text, comma, end)
            and (
                any(m.party for m in view.mentions_between(max(0, comma - 80), comma))
                # "A Swiss foreign ministry spokeswoman, Corinne Vuillemin, said": a role, then the name
                or _ROLE_BEFORE_NAME.search(text, max(0, comma - 20), comma) is not None
            )
        ):
            # "The spokesperson for the Ministry of Foreign Affairs of Ukraine, Oleh Nazarenko, told ...": the
            # person set off by commas speaks, not the body in his title (a side's, so a story's, title)
            person = speaker_ending_at(view, end - 1, doc.matcher, memory)
            speaker = person if person is not None and person.kind == "person" else None
            relation = _RELATION_BEFORE.search(text, max(0, comma - 20), comma)
            if speaker is not None and relation is not None:
                # ("“…,” his mother, Halyna Moroz, said": the frame opens at the relation, after the quote)
                speaker = replace(speaker, start=relation.start())
        if speaker is None and comma > 0 and not view.in_quote(comma):
            inverted = speaker_starting_at(view, verb_end, doc.matcher, memory)
            if (
                inverted is not None
                and inverted.kind == "person"
                and _ENDS_AFTER_SPEAKER.fullmatch(text, inverted.end) is not None
            ):
                # "... a hard sell in Moscow, which regards it as Russian property, said Tetiana Hrebeniuk, an
                # energy researcher.": the person named after the verb, ending the sentence, speaks
                return inverted, True
            age = _AGE_SET_OFF.search(text, max(0, comma - 8), comma)
            if age is not None:
                comma = age.start()  # "Larysa Moroz, 52, a pharmacist from the Podil district, said"
            speaker = speaker_ending_at(view, _strip_auxiliaries(text, comma), doc.matcher, memory)
            if speaker is None:
                speaker = _body_described(view, comma, end)
    if speaker is None and head.endswith("who"):
        # "Witkoff, who told reporters last week that a deal was close, ...": an utterance in a relative
        # clause is the person's the clause hangs on
        who = _WHO_CLAUSE.search(head)
        if who is None and _SAID_AFTER_VERB.match(text, verb_end):
            who = _APPOSED_WHO.search(head)
        named = view.mention_ending_at(who.start()) if who is not None else None
        if named is not None and named.person:
            speaker = speaker_ending_at(view, who.start(), doc.matcher, memory)
    if speaker is None and head.endswith("which"):
        # "a proposal from Ukraine, which says it had proposed an Easter truce": a side or a body the clause
        # hangs on speaks
        which = _WHICH_CLAUSE.search(head)
        named = view.mention_ending_at(which.start()) if which is not None else None
        if named is not None and not named.person and named.first("party", "institution") is not None:
            speaker = speaker_ending_at(view, which.start(), doc.matcher, memory)
    if speaker is None:
        # A phrase between subject and verb: "Dmitriev in a conversation with journalists called ...".
        phrase = _TRAILING_PHRASE.search(text, max(0, end - 80), end)
        if phrase is not None and phrase.start() > 0:
            speaker = speaker_ending_at(view, _strip_auxiliaries(text, phrase.start()), doc.matcher, memory)
    if (speaker is None or not speaker.known) and word in _REPORTED and " citing " in text:
        # "Reuters reported, citing people familiar with the matter, that ...": the outlet's sources speak
        outlet = _OUTLET_BEFORE.search(text, max(0, end - 60), end)
        relayed = relayed_source(view, outlet.start(), verb_end) if outlet is not None else None
        if relayed is not None:
            return relayed, False
    if speaker is None and (
        _INVERTED_AUX.sub("", text[:verb_start].rstrip()).endswith((",", "”", '"'))
        or _SO_BEFORE.fullmatch(text, 0, verb_start)
    ):
        # "“…,” said Peskov"; "“…” So wrote Steve Witkoff on X."; translated copy keeps the auxiliary before
        # the verb: "…, has indicated a source close to the negotiations", "So has announced Medinsky."
        speaker = speaker_starting_at(view, verb_end, doc.matcher, memory)
        return speaker, speaker is not None
    return speaker, False


_WITH_BEFORE = re.compile(r"\bwith\s+$")
# what may follow a speaker named after the verb at the end of the sentence: an apposition, then the end
_ENDS_AFTER_SPEAKER = re.compile(r"(?:,\s*[^,;:“”\"]{3,120})?\s*[.!]?\s*")
# Participles that report speech only after "with" and their subject ("with Kyiv warning that ...")
_WITH_ONLY = frozenset(("warning", "insisting"))
_NOT_SET_OFF = re.compile(r",\s+not\s+$")
_REPORTED_TO = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:back\s+)?to\s+(?:the\s+)?(?:[A-Z]|his\b|her\b|their\b)")
_REPORTED = frozenset(("reported", "reports", "said", "says", "wrote", "writes"))
# The name of an outlet right before its verb: "Reuters", "the Financial Times", "RIA Novosti"
_OUTLET_BEFORE = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*\s*$")
_RELATIVE_WHO = re.compile(r",\s+(?:who|whose)\b")
_WHO_CLAUSE = re.compile(r",\s+who$")
_WHICH_CLAUSE = re.compile(r",\s+which$")
# "Vladimir Medinsky, a Kremlin aide who has called the talks “...”": after the person's apposition
_APPOSED_WHO = re.compile(r",\s+(?:an?|the)\s+[^,;]{1,60}?\s+who$")
# ... for words quoted or told after "that" (not "who has written popular books")
_SAID_AFTER_VERB = re.compile(r"\s+(?:that\b|[^.;]{0,60}[“\"])")
_DESCRIBED = re.compile(
    r",\s+(?:the|a|an|who|whose|his|her|[A-Z]"
    # "Rustem Umerov, secretary of the council, who heads the delegation, wrote": a role with no article
    r"|(?:secretary|head|chief|director|adviser|advisor|aide|spokesman|spokeswoman|spokesperson|minister"
    r"|envoy|deputy|chairman|chairwoman|member|leader|commander|ambassador)\b)"
)
_UP_TO_COMMA = re.compile(r"[^,]*,\s*")
_QUOTE_OPENS = re.compile(r"\s*[“\"]")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# A time said after the verb, before words "that" does not open (not "today's meeting", "on Monday's call")
_WHEN_SAID = re.compile(
    rf"\s*(?:(?:late|early)\s+)?(?:on\s+)?{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?(?!['’\w])"
    r"|\s*(?:yesterday|today|tonight|last\s+(?:week|night|month)|this\s+(?:week|morning|afternoon))(?!['’\w])"
)
# "told Reuters the meeting ...", "told the RBC newspaper the ...": whom "told" names before the words
_TOLD_WHOM = re.compile(
    r"\s*(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}|the\s+(?:[\w-]+\s+){0,3}?(?:newspaper|agency|broadcaster|daily"
    r"|channel|magazine|website|radio|television))(?=\s+(?:the|a|an|it|he|she|they|we|there|[A-Z]\w*)\s)"
)
_WHERE_TOLD = re.compile(r"\s+(?:in|at|outside)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?=\s+[a-z])")
_AUDIENCE = re.compile(r"\s*(?:to\s+)?(?:reporters|journalists|the\s+press)\b,?|\s*(?:on|via)\s+Telegram\b,?")


def _body_described(view: View, comma: int, end: int) -> Speaker | None:
    """ "Ukrenergo, the national grid operator, said": a name the pack lacks, set out as a body by its
    apposition, is an institution speaking."""
    text = view.text
    if _BODY_APPOSITION.fullmatch(text, comma, end) is None:
        return None
    name = _NAME_BEFORE.search(text, max(0, comma - 60), comma)
    if name is None or view.mentions_between(name.start(), comma):
        return None
    return Speaker(name.group(), "institution", None, None, name.start(), comma, known=False)


_BODY_APPOSITION = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,4}?(?:operator|company|agency|utility|regulator|watchdog"
    r"|broadcaster|firm|group|body|authority|monitor|organi[sz]ation|institute|think tank|news agency)\s*,"
)
# A name at the start of the sentence or after a break: "Ukrenergo", "Naftogaz", "Energoatom"
_NAME_BEFORE = re.compile(r"(?:^|(?<=[.;:]\s))[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}$")


def _named_before_relative(view: View, doc: Doc, memory: Memory, head: str) -> Speaker | None:
    """ "Kirill Dmitriev, the Kremlin's envoy, who met Witkoff, Kushner and Bessent in Miami, said": the
    person the appositions and the relative clause describe, not the last name inside them."""
    for mention in view.mentions:
        if mention.end >= len(head) or not mention.person:
            continue
        if _DESCRIBED.match(head[mention.end :]):
            return speaker_ending_at(view, mention.end, doc.matcher, memory)
        break  # only the sentence's first person can be described this way
    return None


# What may follow the verb in an attribution that closes a sentence ("…, Zelensky said on Sunday in Vilnius").
_FRAME_TAIL = re.compile(
    r"(?:in|at|on|by|during|after|before|while|via|outside|from|to|as|late|early|earlier|later|in an?|when"
    r"|speaking|who|because|citing|asking|adding|although|though|but|while|whereas)\b"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b",
)
_TRAILING_PHRASE = re.compile(
    r"\s+(?:in|at|during|on|via|after|before|while|speaking|through|from)\b[^,;:“”\"]{1,60}$"
)


_OPENING_SOURCE = re.compile(r"(?:An?|One|Two|Three|Several|Some)\s")
_OPENING_PRONOUN = re.compile(r"(?:[A-Z][^,;:“”\"]{0,30},\s+)?(He|She)\b")


def _sentence_subject(view: View, doc: Doc, memory: Memory, verb: int) -> Speaker | None:
    """The speaker that opens the sentence ("Kremlin spokesman Dmitry Peskov had on Wednesday ..."), named
    before the verb (in "..., and afterwards said Moscow might ...", Moscow is what was said)."""
    opening = [m for m in view.mentions[:4] if m.start <= 60 and m.end <= verb]
    people = [m for m in opening if m.person]
    source = speaker_starting_at(view, 0, doc.matcher, memory) if _OPENING_SOURCE.match(view.text) else None
    if source is not None and source.kind == "anonymous":
        return source  # "A Ukrainian official familiar with the planning went further, saying ..."
    pronoun = _OPENING_PRONOUN.match(view.text)
    if pronoun is not None and not any(m.start < pronoun.start(1) for m in people):
        # "He met Witkoff and Kushner in Geneva and told Russian television ...": he, not the men he met
        last = memory.pronoun_person(view, pronoun.group(1))
        if last is not None:
            return Speaker(
                last.name, "person", last.party, last.role, pronoun.start(1), pronoun.end(1), last.known
            )
    role = _DEFINITE_SUBJECT.search(view.text, 0, people[0].start) if people and "the " in view.text else None
    if role is not None:
        # "In his nightly video address, the president thanked Donald Trump, saying ...": the role that is the
        # subject speaks (the president named last before), not the person it thanked
        resolved = role_named(view, role.start(1), role.end(1), doc.matcher, memory)
        if resolved is not None and resolved.kind == "person":
            return resolved
    for mention in people or [m for m in opening if m.first("institution", "party")]:
        speaker = speaker_ending_at(view, mention.end, doc.matcher, memory)
        if speaker is not None:
            return speaker
    return None


_ROLE_WHO_ASIDE = re.compile(
    r"(The\s+(?:[\w-]+\s+){0,2}?(?:president|minister|spokesman|spokeswoman|envoy|aide|negotiator|admiral"
    r"|general)),\s+who\s+[^,;]+,\s+(?:also\s+|later\s+)?"
)
# "the president thanked", "the minister repeated": a definite role as the subject of a verb in the past
_DEFINITE_SUBJECT = re.compile(
    r"(?:^|,\s+)(the\s+(?:president|prime\s+minister|foreign\s+minister|minister|spokesman|spokeswoman"
    r"|envoy|aide))\s+(?:also\s+|again\s+)?[a-z]+ed\b"
)


def _by_according(
    view: View, doc: Doc, memory: Memory, match: re.Match[str], opening: int = 0
) -> Attribution | None:
    speaker = speaker_starting_at(view, match.end(), doc.matcher, memory)
    if speaker is None:
        return None
    text = view.text
    after = text[speaker.end :]
    comma = _UP_TO_COMMA.match(after)
    if match.start() < 3 and comma is not None:
        content = (speaker.end + comma.end(), len(text))
    elif (
        text[: match.start()].rstrip().endswith(",")
        and after.startswith(",")
        and after.strip(" ,.;")
        and not _clause_before_according(text, opening, match.start(), after)
    ):
        # "The Americans, according to two people who took part, floated a “free zone”": set off inside the
        # sentence, the attribution covers the words on both sides of it (after a whole clause, "The round is
        # expected on Sunday, according to a US official, a week after the first", only the clause)
        content = (opening, len(text))
    else:
        content = (opening, match.start())
    return Attribution(speaker, content, (match.start(), speaker.end), _has_quote(view, *content))


def _by_citing(
    view: View, doc: Doc, memory: Memory, match: re.Match[str], opening: int = 0
) -> Attribution | None:
    """ "Two newspapers reported this week, citing officials in Kyiv, that Zelensky will ...": the sources a
    report cites are who say what it reports (the outlet only passes it on)."""
    speaker = speaker_starting_at(view, match.end(), doc.matcher, memory)
    if speaker is None or speaker.kind != "anonymous":
        return None
    text = view.text
    that = _CITED_THAT.match(text, speaker.end)
    if that is not None:
        # "..., citing officials in Kyiv, that Zelensky will ...", "Turkish media, citing unnamed officials,
        # reported on Tuesday that ..."
        content = (that.end(), len(text))
    elif _REPORT_OPENS.match(text, opening, match.start()) and text.startswith(", ", speaker.end):
        # "According to a report by a wire agency last week, citing three people familiar with the talks,
        # Washington proposed ...": the words after the opening phrase
        content = (speaker.end + 2, len(text))
    else:
        # "Washington proposed ..., the newspaper reported, citing three people": the clause before the frame
        frame = _REPORTED_BEFORE.search(text, opening, match.start())
        content = (opening, frame.start() if frame is not None else match.start())
    if content[1] - content[0] < 12:
        return None
    return Attribution(speaker, content, (match.start(), speaker.end), _has_quote(view, *content))


# "citing three people familiar with the talks"
_CITING = re.compile(r"\bciting\s+")
# what goes on after the sources cited, up to the words reported: ", that ...", ", reported on Tuesday that"
_CITED_THAT = re.compile(r",?\s*(?:(?:reported|said|wrote|added|claimed)\b[^,;:“”\"]{0,40}?\s+)?that\s+")
_REPORT_OPENS = re.compile(
    r"\s*(?:According\s+to|In|A)\s+(?:a\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?report\b[^;:]*?,\s*"
)
_REPORTED_BEFORE = re.compile(
    r",\s+(?:[\w.’'-]+\s+){1,5}(?:reported|said|wrote|claimed|added)(?:\s+on\s+\w+)?\s*,?\s*$"
)


def _by_words(
    view: View, doc: Doc, memory: Memory, match: re.Match[str], opening: int = 0
) -> Attribution | None:
    """ "the document is, in Ukrainian officials' words, “practically agreed”", "In the words of Peskov, the
    talks are alive": the words set off around or after the phrase are the speaker's."""
    speaker = speaker_starting_at(view, match.end(), doc.matcher, memory)
    if speaker is None:
        return None
    text = view.text
    tail = _WORDS_TAIL.match(text, speaker.end) if match.group(1) is None else None
    if match.group(1) is None and tail is None:
        return None  # "in Kyiv's" is no one's words without "words" after the name
    end = tail.end() if tail is not None else speaker.end
    frame = (match.start(), end)
    # "In Peskov's words, the talks are alive": the words after; set off inside the sentence, both sides
    content = (min(len(text), end + 1), len(text)) if match.start() < 3 else (opening, len(text))
    return Attribution(speaker, content, frame, _has_quote(view, *content), False, frame)


def _by_possessed(view: View, doc: Doc, memory: Memory, match: re.Match[str]) -> Attribution | None:
    """ "Peskov's answer was blunt: “There is no date.”", "Witkoff's verdict: “Meaningful progress.”": the
    words after the colon are those of the one whose answer opens the sentence."""
    speaker = speaker_ending_at(view, match.start("owner_end"), doc.matcher, memory)
    if speaker is None:
        return None
    content, frame = (match.end(), len(view.text)), (0, match.end())
    return Attribution(speaker, content, frame, _has_quote(view, *content), True, frame)


# "Peskov's answer was blunt:", "Witkoff's verdict:", "Ushakov's message to the Americans was simple:"
_POSSESSED_WORDS = re.compile(
    r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*(?P<owner_end>)['’]s\s+(?:answer|verdict|reply|response|message"
    r"|assessment|comment|summary|retort|words)\b(?:\s+[^:;“”\"]{0,40}?)?:\s*"
)
# "Zelensky had a message for Moscow:", "Peskov had a warning for the Americans:"
_HAD_A_MESSAGE = re.compile(
    r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*(?P<owner_end>)\s+(?:had|has|sent|delivered)\s+a\s+"
    r"(?:blunt\s+|clear\s+|short\s+)?(?:message|warning)\s+(?:for|to)\s+[^:;“”\"]{1,40}:\s*"
)


# "in Ukrainian officials' words", "In Peskov's own words", "in the words of one negotiator"
_IN_WORDS = re.compile(
    r"\b[Ii]n\s+(?:(the\s+words\s+of)\s+|(?=[^,;:“”\"]{2,60}?['’]s?\s+(?:own\s+)?words\b))"
)
_WORDS_TAIL = re.compile(r"['’]s?\s+(?:own\s+)?words\b")


def _clause_before_according(text: str, opening: int, start: int, after: str) -> bool:
    """Is "according to X" set off after a whole clause, the words after it another's ("The round is
    expected on Sunday, according to a US official, a week after the first")? Not after "and" ("lasted
    four hours and, according to a source, was tense") nor before a clause on the source (", who ...")."""
    before = text[opening:start].rstrip()
    return (
        _at_least_words(before, 6)
        and not before.endswith((" and,", " but,"))
        and not after.lstrip(" ,").startswith(("who ", "which "))
    )


def _by_dash(view: View, doc: Doc, memory: Memory, match: re.Match[str]) -> Attribution | None:
    speaker = speaker_starting_at(view, match.end(), doc.matcher, memory)
    if speaker is None or view.text[speaker.end :].strip(" .,;") and "," not in view.text[speaker.end :][:2]:
        return None
    return Attribution(speaker, (0, match.start() + 1), (match.start(), len(view.text)), True)


# The last words `_AUXILIARY` can end with; any other word ends the search at once.
_AUXILIARY_TAILS = _word_set(
    """also later then again has have had was were is are would will reportedly previously earlier repeatedly
    publicly once further separately subsequently recently already afterwards afterward himself herself itself
    themselves openly privately consistently insistently quietly firmly
    bluntly flatly simply only just first now since still Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday statement Telegram"""
)


def _strip_auxiliaries(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    while True:
        last = text[text.rfind(" ", max(0, end - 40), end) + 1 : end]
        if last not in _AUXILIARY_TAILS and not last.isdigit() and " on " not in text[max(0, end - 30) : end]:
            return end
        match = _AUXILIARY.search(text, max(0, end - 40), end)
        if match is None or match.start() == match.end():
            return end
        end = match.start()
        while end > 0 and text[end - 1].isspace():
            end -= 1


def _content_start(text: str, pos: int, told: bool = False) -> tuple[int, bool]:
    """Where the attributed words begin after the verb, and whether "that", a colon or a quote opens them."""
    # A lead-in counts only within 80 characters, and it ends with "that" or a colon: without either there,
    # the costly pattern cannot give one.
    window = text[pos : pos + 80]
    lead = _LEAD_IN.match(text, pos) if "that" in window or ":" in window else None
    if lead is not None and lead.end() - pos <= 80:
        return lead.end(), True
    # (matched at `pos` in the text, not in a copy of its rest: neither pattern looks behind its start)
    if _QUOTE_OPENS.match(text, pos):
        return pos, True
    # "told reporters …", "wrote on Telegram …": skip the audience and the channel; "said on Monday there
    # was no date": and the day it was said
    skip = _AUDIENCE.match(text, pos) or (_TOLD_WHOM.match(text, pos) if told else None)
    pos = skip.end() if skip else pos
    where = _WHERE_TOLD.match(text, pos) if skip else None
    pos = where.end() if where else pos  # "tells reporters in Moscow there is ...": where they were told
    when = _WHEN_SAID.match(text, pos)
    return when.end() if when else pos, False


def _quote_then(text: str, pos: int) -> bool:
    """A closing quote, perhaps with a comma, ends the text before `pos`."""
    before = text[:pos].rstrip()
    return before.endswith(("”", '"')) or before.endswith(("”,", '",'))


def _has_quote(view: View, start: int, end: int) -> bool:
    for q_start, q_end in view.quotes:  # noqa: SIM110 (a loop is faster than any() here)
        if q_start >= start and q_end <= end + 1:
            return True
    return False


def _at_least_words(text: str, count: int) -> bool:
    """len(text.split()) >= count, without splitting the words after the count-th (a split at most count - 1
    times gives count parts only when the text has that many words: blanks alone are no last part)."""
    return len(text.split(None, count - 1)) >= count


def _opening_speaker(view: View, doc: Doc, memory: Memory) -> Attribution | None:
    first = view.mentions[0] if view.mentions else None
    if first is None or first.start > 2 or not first.person:
        return None
    speaker = speaker_ending_at(view, first.end, doc.matcher, memory)
    if speaker is None:
        return None
    return Attribution(speaker, (0, 0), (0, len(view.text)), False)


def _attributes_previous(view: View, attribution: Attribution) -> bool:
    """A sentence that only attributes the quote before it ("That was how a U.S. official put it.")."""
    return not attribution.introduced and not view.quotes


def _words(view: View, attribution: Attribution, floor: int = 0) -> str:
    """The attributed words; a quote split by its attribution ("“A,” he added, “B.”") is joined. Quotes
    before `floor` (a second utterance's break) are another speaker's."""
    start, end = attribution.core or attribution.frame
    before = [q for q in view.quotes if floor <= q[0] and q[1] <= start]
    after = [q for q in view.quotes if q[0] >= end]
    if before and after and not view.text[end : after[0][0]].strip(" ,"):
        return " ".join(_clean(view.text[q[0] : q[1]], True) for q in before + after)
    return view.text[slice(*attribution.content)]


def _clean(content: str, direct: bool) -> str:
    text = content.strip().strip(",;: ")
    if text.count("“") == 1 and text.startswith("“") and text.rstrip(".").endswith("”"):
        text = text.strip("“”").rstrip(",")
    elif text.count('"') == 2 and text.startswith('"') and text.rstrip(".").endswith('"'):
        text = text.strip('"').rstrip(",")
    return " ".join(text.split())


# Every date form holds a digit, a month, or one of these words; most attributions ("Peskov said") hold none.
_DATE_HINT = re.compile(
    r"\d|day|night|week|month|year|morrow|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
)
# The same with the ASCII digits as literals, which lets `re` skip to the letters the words start with;
# other digits are looked for only in a sentence that is not ASCII.
_ASCII_DATE_HINT = re.compile(
    r"0|1|2|3|4|5|6|7|8|9|day|night|week|month|year|morrow|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
)


def _statement_date(view: View, attribution: Attribution, published: date) -> date:
    # Read apart from the sentence: what someone said is in the past even when it speaks of the future.
    start, end = attribution.frame
    text = view.text
    if not _ASCII_DATE_HINT.search(text, start, end) and (
        text.isascii() or not _DATE_HINT.search(text, start, end)
    ):
        return published
    for mention in find_dates(view.text[start:end], published):
        if mention.first is not None:
            return mention.first
    return published


def _extend(fact: StatementFact, doc: Doc, first: View, view: View) -> StatementFact:
    evidence = doc.evidence(_first_view(doc, fact), view)
    return replace(fact, text=fact.text + " " + _clean(view.text, True), evidence=evidence)


def _first_view(doc: Doc, fact: StatementFact) -> View:
    for view in doc.views:
        if view.sentence.start == fact.evidence.start:
            return view
    raise LookupError(fact.evidence.start)


# The patterns of this module searched most where `first_char_gate` pays, written as it writes them: the
# same matches, found faster (`literal_first`).
_DENIAL = first_char_gate(_DENIAL)
_ACCORDING = first_char_gate(_ACCORDING)
_ASKED_WHETHER = first_char_gate(_ASKED_WHETHER)
