"""Stance cues: the words that say what a party does about an issue, found in one sentence.

The lexicon is English, not story data: verbs and nouns of demanding, rejecting, proposing, accepting,
supporting, considering and conditioning ("insists on", "rules out", "floated", "is ready to", "backs",
"is open to", "provided that"), plus obligations ("must", "has to") that a speaker states. All literal forms
are compiled into one trie and matched on the lower-cased sentence, so a sentence costs one pass however
long the lexicon grows.

Each cue is read in its context:

- negation turns it round ("does not reject" considers, "will not accept" and "does not want" reject);
- a form that is a participle or a prediction rather than a party's act is dropped ("the swap agreed in
  Geneva", "the talks are expected to", "refused to say whether", "came back");
- a noun ("Moscow's demand", "a U.S. proposal") is marked `nominal`: it names a stance held by its
  possessor, and does not end the clause of a verb before it;
- "tied … to", "linking … to" make the words up to "to" conditional, and what follows is the condition;
- a condition marker after an acceptance, offer or consideration ("ready to … if", "would accept … only
  as part of") makes it conditional; the condition's own words take no stance.

`condition_spans` gives the stretches of a sentence that are conditions ("if Russia does the same",
"provided that Ukraine holds elections"): no cue inside them is a stance of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.extract.guards import Guarded
from monitor.extract.literal_first import any_word_start, first_char_gate, word_start
from monitor.extract.names import ACTOR_NOUNS, Mention, trie_pattern

# Literal forms per stance, lower case. Longest match wins ("will not accept" reads as one rejection).
_LEXICON: dict[str, tuple[str, ...]] = {
    "conditions": (
        "only if",
        "only after",
        # "Kyiv says a vote can only follow a ceasefire": what is to come only after another waits on it
        "only follow",
        "only come after",
        "only when",
        "only once",
        "only as part of",
        "only within",
        "only in exchange for",
        "in exchange for",
        "in return for",
        "provided that",
        "providing that",
        "on condition that",
        "on the condition that",
        # "agreed to the energy pause only on the understanding that ..."
        "on the understanding that",
        "only on the understanding that",
        "as long as",
        "conditional on",
        "conditioned on",
        "contingent on",
        "contingent upon",
    ),
    "links": ("tie", "ties", "tied", "tying", "link", "links", "linked", "linking"),
    "considers": (
        "open to",
        "might accept",
        "could accept",
        "may accept",
        "would consider",
        "consider",
        "considers",
        "considered",
        "considering",
        "studying",
        "weighing",
        "mulling",
        "no objection to",
        "no objections to",
        # "has expressed interest in a free economic zone", "is interested in"
        "interest in",
        "interested in",
        # "signalled it could live with international monitoring"
        "could live with",
        "can live with",
        "would live with",
        # "has signalled flexibility on the plant"
        "flexibility on",
        "flexible on",
        "openness to",
        # "Washington is leaning toward a freeze", "Moscow is warming to the idea"
        "leaning toward",
        "leaning towards",
        "leans toward",
        "leans towards",
        "leaned toward",
        "leaned towards",
        "warming to",
        "warmed to",
        "warms to",
        "exploring",
        "explore",
        "explores",
        "examining",
        # "said it would examine the proposal", "will weigh it" ("study" and "review" are nouns as often)
        "examine",
        "examines",
        "looking at",
        "weigh",
        "weighs",
    ),
    "rejects": (
        "reject",
        "rejects",
        "rejected",
        "rejecting",
        "rejection",
        "refuse",
        "refuses",
        "refused",
        "refusing",
        "refusal",
        "rule out",
        "rules out",
        # "Moscow excludes any compromise", "would not exclude that guarantees can be found" ("excluded from
        # the talks" is no stance)
        "exclude",
        "excludes",
        "ruled out",
        "ruling out",
        # "Kyiv has ruled that out": the object between the verb and its particle
        *(
            f"{verb} {it} out"
            for verb in ("rule", "rules", "ruled", "ruling")
            for it in ("it", "that", "this")
        ),
        # "A longer ceasefire is not excluded, Peskov said": to exclude is to rule out
        "excludes",
        "excluded",
        "oppose",
        "opposes",
        "opposed",
        "opposing",
        "opposition to",
        "object to",
        "objects to",
        "objected to",
        "dismiss",
        "dismisses",
        "dismissed",
        "dismissing",
        "will not",
        "won't",
        "would not",
        "wouldn't",
        "would never",
        "will never",
        # ('would "not trade our land for promises"': the quote opens on the negation)
        *(
            f"{modal} {mark}{word}"
            for modal in ("will", "would")
            for mark in '"“'
            for word in ("not", "never")
        ),
        "cannot accept",
        "can't accept",
        "never accept",
        "unacceptable",
        "no intention of",
        "not going to",
        "turn down",
        "turns down",
        "turned down",
        "not on the table",
        "not on the agenda",
        # "Our land is not a bargaining chip", "Donbas is not for sale": what a side will not give up
        "not for sale",
        "not a bargaining chip",
        "not up for negotiation",
        "not up for discussion",
        "not negotiable",
        "non-negotiable",
        "off the table",
        "out of the question",
        # "has said no to any withdrawal", "is unwilling to give up Donetsk", "balked at an energy truce"
        "say no to",
        "says no to",
        "said no to",
        "saying no to",
        "unwilling to",
        "balk at",
        "balks at",
        "balked at",
        "balking at",
        # "poured cold water on the idea of a ceasefire", "in no hurry to agree a truce"
        "poured cold water on",
        "pours cold water on",
        "pouring cold water on",
        "in no hurry to",
        "push back against",
        "pushes back against",
        "pushed back against",
        "pushing back against",
        "rebuff",
        "rebuffs",
        "rebuffed",
        "rebuffing",
        "brush aside",
        "brushes aside",
        "brushed aside",
        "brushing aside",
        "block",
        "blocks",
        "blocked",
        "blocking",
        # "Kyiv has no plans to withdraw", "Kyiv is against any freeze"
        "no plans to",
        "no plan to",
        "is against",
        "are against",
        "was against",
        "were against",
        "is firmly against",
        "are firmly against",
        "was firmly against",
        "were firmly against",
        # "There will be no withdrawal", said by a side's speaker
        "drew a red line at",
        "draws a red line at",
        "a red line",
        # "Ukraine's red line is any withdrawal from Donetsk"
        "red line is",
        "red line was",
        "red line remains",
        "veto",
        "vetoes",
        "vetoed",
        "shoot down",
        "shoots down",
        "shot down",
        "spurn",
        "spurns",
        "spurned",
        "scoff at",
        "scoffs at",
        "scoffed at",
        "torpedo",
        "torpedoes",
        "torpedoed",
        "walk away from",
        "walks away from",
        "walked away from",
        "back away from",
        "backs away from",
        "backed away from",
        "backing away from",
        "cool on",
        "sceptical of",
        "skeptical of",
        "there will be no",
        "there will never be",
        "there can be no",
        "there would be no",
        "there would never be",
        "there could be no",
        # "has so far resisted calls for a ceasefire", "no appetite for elections", "stands firm against"
        "resist",
        "resists",
        "resisted",
        "resisting",
        "no appetite for",
        "little appetite for",
        "stand firm against",
        "stands firm against",
        "stood firm against",
        "standing firm against",
    ),
    "obliges": (
        "must",
        "should",
        "has to",
        "have to",
        "had to",
        "needs to",
        "need to",
        "will have to",
        "would have to",
    ),
    "demands": (
        "demand",
        "demands",
        "demanded",
        "demanding",
        "insist",
        "insists",
        "insisted",
        "insisting",
        "insist on",
        "insists on",
        "insisted on",
        "insisting on",
        "insistence",
        "want",
        "wants",
        "wanted",
        # "Ukraine needs legally binding guarantees" ("needs to" obliges: the longer cue wins)
        "need",
        "needs",
        "needed",
        "call for",
        "calls for",
        "called for",
        "calling for",
        "precondition",
        "require",
        "requires",
        "required",
        "requirement",
        "emphasize",
        "emphasizes",
        "emphasized",
        "emphasizing",
        "emphasise",
        "emphasises",
        "emphasised",
        "emphasising",
        "push for",
        "pushes for",
        "pushed for",
        "pushing for",
        # "has been pushing both sides to sign up to an energy ceasefire" (not "pushed the talks to March")
        "pushing",
        "pushed",
        "pushes",
        "seek",
        "seeks",
        "seeking",
        "sought",
        "urge",
        "urges",
        "urged",
        "urging",
        # "called on Ukraine to observe the truce": an appeal to act is a demand, as "urged" is
        "call on",
        "calls on",
        "called on",
        "calling on",
        "presses",
        "pressed",
        "pressing",
        "press for",
        "presses for",
        "pressed for",
        "pressing for",
        "ask for",
        "asks for",
        "asked for",
        "asking for",
        "lobby for",
        "lobbies for",
        "lobbied for",
        "lobbying for",
        # "Washington is leaning on Kyiv to accept …": pressure is a demand
        "lean on",
        "leans on",
        "leaned on",
        "leaning on",
        "expect",
        "expects",
        "expected",
        "aims",
        # "Moscow's aim, he said, had narrowed to the fifth of Donetsk it does not control"
        "aim",
        "goal",
        # "Moscow is holding out for the whole of Donetsk"
        "hold out for",
        "holds out for",
        "held out for",
        "holding out for",
        # "Moscow is after sanctions relief", "will keep fighting until Ukraine leaves Donetsk"
        "is after",
        "are after",
        "keep fighting until",
        "keeps fighting until",
        "fight on until",
        "keep advancing until",
        # "Moscow is adamant that Ukrainian forces leave Donetsk"
        "adamant that",
        "adamant on",
        "lay claim to",
        "lays claim to",
        "laid claim to",
        "laying claim to",
        "pressuring",
        # "a durable settlement is impossible without resolving the territorial question"
        "impossible without",
        "no settlement without",
        # "a long-term settlement cannot be achieved without resolving the territorial issue"
        "cannot be achieved without",
        # "Russia would not settle without the whole of Donbas"
        *(f"{modal} {no} settle without" for modal in ("will", "would") for no in ("not", "never")),
        "won't settle without",
        "cannot be reached without",
        "can't be achieved without",
        "could not be achieved without",
        # "For us, guarantees come first"
        "come first",
        "comes first",
        "came first",
    ),
    "proposes": (
        "propose",
        "proposes",
        "proposed",
        "proposing",
        "proposal",
        "proposals",
        "offer",
        # "Russia could provide security guarantees to Ukraine if Kyiv held elections": an offer
        "could provide",
        "would provide",
        "can provide",
        "offers",
        "offered",
        "offering",
        "put forward",
        "puts forward",
        "putting forward",
        "float",
        "floats",
        "floated",
        "floating",
        "suggest",
        "suggests",
        "suggested",
        "suggesting",
        "plan for",
        "plans for",
        # "an American idea of putting the plant under U.S. control": a party's idea is what it puts forward
        "tabled",
        "pitch",
        "pitches",
        "pitched",
        "unveil",
        "unveils",
        "unveiled",
        "idea",
        "ideas",
    ),
    "accepts": (
        "agree",
        "agrees",
        "agreed",
        "agreeing",
        "accept",
        "accepts",
        "accepted",
        "accepting",
        "ready to",
        "ready for",
        "willing to",
        "prepared to",
        "consent to",
        "consents to",
        "consented to",
        # nouns of being ready: "has signalled readiness to hold elections"
        "readiness to",
        "readiness for",
        "willingness to",
        # "ended with an agreement to exchange 500 prisoners": the noun of agreeing to do something; a bare
        # "agreement" or "agreement on" is a deal, no stance ("would not sign any agreement on territory")
        "agreement to",
        # "Russia and Ukraine reached agreement on a prisoner exchange": the deal come to, by those who came
        # to it
        "reached agreement on",
        "reached an agreement on",
        "reached agreement to",
        "reached an agreement to",
        # "remained committed to the exchange", "signed off on the swap"
        "committed to",
        "sign off on",
        "signs off on",
        "signed off on",
        # "we would observe it if Russia does"
        "observe",
        "abide by",
        "sign up to",
        "signs up to",
        "signed up to",
        # "Ukraine has said yes to an energy truce"
        "say yes to",
        "says yes to",
        "said yes to",
        "approve",
        "approves",
        "approved",
        "come around to",
        "comes around to",
        "came around to",
        "come round to",
        "came round to",
        "go along with",
        "goes along with",
        "went along with",
        "going along with",
    ),
    "supports": (
        "back",
        "backs",
        "backed",
        "backing",
        "welcome",
        "welcomes",
        "welcomed",
        "welcoming",
        "favour",
        "favours",
        "favoured",
        "favouring",
        "favor",
        "favors",
        "favored",
        "favoring",
        "support",
        "supports",
        "supported",
        "supporting",
        "endorse",
        "endorses",
        "endorsed",
        "endorsing",
        "in favour of",
        "in favor of",
        "embrace",
        "embraces",
        "embraced",
        "praise",
        "praises",
        "praised",
        "hail",
        "hails",
        "hailed",
        "applaud",
        "applauds",
        "applauded",
    ),
}
_STANCE_OF: dict[str, str] = {}
for _stance, _forms in _LEXICON.items():
    for _form in _forms:
        _STANCE_OF[_form] = _stance
        if "'" in _form:
            _STANCE_OF[_form.replace("'", "’")] = _stance
_CUE = re.compile(r"(?<![\w-])(?:" + trie_pattern(_STANCE_OF) + r")(?!\w)")
# The same cue with the character before it, neither a word character nor "-", matched instead of looked
# back at: `re` skips ahead to such a character in a fast scan, where it tries a pattern that opens with a
# lookbehind at every position. Exact: every form ends in a letter, so the character right after a cue is
# never the one before the next (`_cue_spans`).
_CUE_AFTER = re.compile(r"[^\w-](" + trie_pattern(_STANCE_OF) + r")(?!\w)")
assert all(form[-1].isalpha() for form in _STANCE_OF)
# "We are not withdrawing": a refusal in the progressive, whatever the verb.
_PROGRESSIVE_REFUSAL = re.compile(r"\b(?:am|is|are|was|were)\s+not\s+(\w+ing)\b")
_NOT_PROGRESSIVE = frozenset(
    ["something", "anything", "nothing", "being", "going", "thing", "everything", "during"]
)

# Forms that are nouns only, and forms that are nouns after a determiner or an adjective.
_ALWAYS_NOMINAL = frozenset(
    [
        "red line is",
        "red line was",
        "red line remains",
        "proposal",
        "proposals",
        "idea",
        "ideas",
        "agreement to",
        "readiness to",
        "readiness for",
        "willingness to",
        "interest in",
        "openness to",
        "refusal",
        "rejection",
        "requirement",
        "precondition",
        "insistence",
        "aims",
        "goal",
    ]
)
_MAYBE_NOMINAL = frozenset(
    ["demand", "demands", "offer", "offers", "support", "backing", "call for", "calls for", "plan for", "aim"]
)
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|our|this|that|these|those|any|every|no|such|new|old|key|main|core"
    r"|central|long-standing|latest|own|maximalist|territorial|main)|['’]s)(?:\s+[\w-]+){0,2}\s+$"
)
_SUBJECT_BEFORE = re.compile(
    r"\b(?:it|they|we|he|she|i|who|which|that|also|still|now|long|repeatedly|again|has|have|had|will|would"
    r"|does|do|did|could|can|may|might|firmly|strongly|publicly|privately|reportedly|always|only)\s+$"
)
# A past verb, or a preposition, before "calls for" or "demands" makes them nouns: "rejected calls for",
# "brushed aside calls for", "amid demands for"; "the 15 years on offer from Washington".
# (and a phrasal verb's particle: "turned down calls for", "waved off demands for")
_PAST_VERB_BEFORE = re.compile(
    r"\b(?:[a-z]{3,}ed(?:\s+(?:down|off|away))?|aside|amid|despite|against|over|of|with|on|under)\s+$"
)
_LAST_WORD = re.compile(r"([\w’'-]+)\s+$")

_NEGATION = re.compile(
    word_start("not", "never", "no longer", "n't", "n’t")
    + r"\s+(?:\w+\s+){0,1}$|"
    # "Russia stopped short of rejecting the ceasefire"
    + word_start("stopped", "stops", "stop", "stopping")
    + r"\s+short\s+of\s+$"
)
_NEITHER = re.compile(word_start("neither", "nor", "no one", "nobody", "none of") + r"\b[^,;.]*$")
_NEGATED = {
    "rejects": "considers",
    "accepts": "rejects",
    "supports": "rejects",
    "considers": "rejects",
    "demands": "rejects",
}
# "refused to say whether …" declines to answer; it rejects nothing.
_NOT_A_STANCE = re.compile(
    # "refused to give details", not "refuses to give up Donbas"
    # (nor "refuses to give it up", "to give them away")
    r"\s+to\s+(?:say|comment|confirm|disclose|elaborate|answer|specify|name"
    r"|give(?!\s+(?:(?:it|them|that|this)\s+)?(?:up|away)\b)|be drawn)\b"
)
_ADVERB_BACK_AFTER = re.compile(r"\s*(?:to|from|in|on|down|off|together|into|home|and|or|[,.;:])")
_ADVERB_BACK_BEFORE = re.compile(
    r"\b(?:come|comes|came|coming|go|goes|went|going|bring|brings|brought|get|gets|got|send|sent|pull|pulled"
    r"|step|stepped|hold|held|fight|fought|look|looked|way|them|us|him|her|it|everyone|delegations)\s+$"
)
# A modal of possibility before an acceptance ("might be prepared to accept") makes it a consideration, as
# "might accept" is in the lexicon; "could" of the past ("could not") is negation's business.
_POSSIBILITY_BEFORE = re.compile(
    r"\b(?:might|may|could)\s+(?:(?:be|also|still|well|possibly|eventually|yet)\s+)*"
    r"(?:(?:prepared|ready|willing)\s+to\s+)?$"
)
_BE_BEFORE = re.compile(
    any_word_start("is", "are", "was", "were", "be", "been", "being") + r"\s+(?:\w+ly\s+)?$"
)
# Past participles that often qualify a noun ("the swap agreed in Geneva", "the proposed zone").
_PARTICIPLES = frozenset(
    [
        "agreed",
        "accepted",
        "proposed",
        "offered",
        "floated",
        "suggested",
        "considered",
        "required",
        "expected",
    ]
)
_VERBAL_BEFORE = re.compile(
    r"(?:\b(?:has|have|had|having|which|who|that|they|we|it|he|she|i|to|also|both|sides|parties|delegations"
    r"|countries|would|will"
    r"|could|might|may|can|not|never|finally|already|jointly|reportedly|and|or|been|was|were|is|are|be"
    r"|tentatively|quickly|eventually|since|now|each|all|then|later|earlier|just|still|yet|subsequently"
    r"|personally|publicly|privately|initially|originally|first|repeatedly|again|formally|officially"
    # "has more than once floated a free economic zone": how often, between the auxiliary and the participle
    r"|(?:(?:has|have|had)\s+(?:more\s+than\s+)?(?:once|twice)))"
    r"|[,;:—])\s+$"
)
_CONDITION_OPENER = re.compile(
    r"\b(?:if|unless|provided that|providing that|on condition that|on the condition that|as long as"
    r"|on the understanding that"
    r"|only if|only when|only once|only after)\b"
)
_ASKED_PAUSE = re.compile(
    r"\b(?:asked|asks)\s+(?:[\w.’'-]+\s+){1,3}?(?:to\s+(?:halt|stop|pause|suspend|hold\s+off|refrain\s+from)"
    r"|not\s+to\s+(?:strike|hit|attack|target|bomb))\b"
)
_COULD_OFFER = re.compile(
    # ("might guarantee Ukraine's security ... if Ukraine holds elections": an offer, on a condition)
    rf"({word_start('could')}|{word_start('can')}|{word_start('might')}|{word_start('may')})"
    r"\s+(?:itself\s+|also\s+|even\s+|then\s+)?"
    r"(?=(?:guarantee|freeze|exchange|swap|halt|pause)\b)"
)
_MADE_CONDITION = re.compile(
    r"\b(?:made|makes|make|making|set|sets|setting|called|calls|call|named|names)\s+([^,;:]{3,90}?)\s+"
    # ("has set the withdrawal of Ukrainian troops from Donetsk as its price for a ceasefire")
    r"(?:as\s+)?(?:a|the|its|their|his|her|our)\s+(?:(?:key|main|central|first|absolute|basic|non-negotiable)\s+)?"
    r"(?:(?:pre)?condition|price)\b"
)
_IS_THE_BASIS = re.compile(
    r"\b(?:is|remains)\s+(the|our)\s+(?:only\s+)?(?:basis|starting\s+point|foundation)\s+(?:for|of)\b"
)
_HELD_WHEN = re.compile(
    rf"(?:{any_word_start('will', 'would', 'can', 'could')}\s+(?:only\s+)?(?:be\s+held|take\s+place)"
    r"|,\s+yes,)"
    r"\s+(when|once|after|as soon as)\s+(?!that\b|this\b|it\b)"
)
_SPLIT_ONLY = re.compile(word_start("only", head="only") + r"\s+(?:[\w-]+\s+){1,4}?(once|if|when|after)\b")
_CONDITION_END = re.compile(r"[,;:]|\b(?:but|and then|while|whereas)\b")
_TO = re.compile(r"\bto\b")
# Patterns of the helpers below, compiled once rather than looked up in `re`'s cache on every call.
_TO_AFTER = re.compile(r"\s+to\b")
_BY_AFTER = re.compile(r"\s+by\b")
# The word before "not" in "X (still) not agreed": a be-form or a noun makes it a state, an auxiliary of the
# active or a pronoun a side's refusal
_STATE_NOT = re.compile(r"([\w’'-]+)\s+(?:still\s+|yet\s+)?not\s+(?:yet\s+)?$")
_ACTIVE_BEFORE_NOT = frozenset(
    ("has", "have", "had", "did", "does", "do", "would", "will", "could", "can", "may", "might", "should")
    + ("must", "it", "they", "we", "he", "she", "i", "who", "which", "that")
)
# Who a passive "agreed" was agreed by or with: "was agreed by both sides", "had been agreed with Washington"
# (not "agreed by" or "accepted by": "settled on the basis agreed by Putin and Trump" describes the basis)
_PUT_FORWARD = frozenset(("proposed", "offered", "floated", "suggested"))
_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+)?")
_AGENT_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:by|with|between)\b")
# "suggested that X was …": what a sentence in the indicative suggests is a reading of the facts; "suggested
# that X should …", "suggested that the plant be run …" put something forward
_SUGGESTS_A_FACT = re.compile(
    r"\s+that\s+(?:(?!should\b|would\b|could\b|must\b|be\b|might\b|may\b)[\w’'-]+\s+){1,8}?"
    r"(?:was|is|were|are|had|has)\b"
)
_CLAUSE_STOP = re.compile(r"[;:]|\bbut\b")
_TO_BEFORE = re.compile(r"\bto\s+$")
# "a lasting settlement", "peace", "a final deal": what a side says cannot come about without something
_SETTLEMENT = (
    r"(?:(?:durable|lasting|long-term|final|real|just|peace|comprehensive|sustainable|stable)\s+)?"
    r"(?:settlement|peace|deal|agreement)"
)
_NO_PEACE_UNTIL = re.compile(
    rf"{word_start('no', head='no')}\s+{_SETTLEMENT}"
    # "There could be no long-term settlement, he said, unless ...": the attribution between
    r"(?:,\s+[^,;]{2,40}?\s+(?:said|says|added|warned|told reporters),)?"
    # "No lasting settlement was possible unless ...", "no deal would be possible without ..."
    r"(?:\s+(?:is|was|will\s+be|would\s+be|could\s+be|can\s+be)\s+(?:possible|feasible|achievable))?"
    r"\s+(?:until|without|unless)\b"
)
# "Without settling the territorial question, there can be no settlement": the same, the condition first
_NO_PEACE_AFTER = re.compile(
    any_word_start("without", "until", "unless") + r"\b([^;:]{3,160}?),?\s+there\s+"
    r"(?:(?:can|could|will|would|is|was)\s+)?(?:be\s+)?no\s+"
    rf"{_SETTLEMENT}\b"
)
# "ready to ... provided Kyiv holds elections" (not "the weapons provided by Washington")
_IF = re.compile(
    r"\b(?:if|unless|provided(?!\s+by\b)|providing that|as long as|on condition that"
    r"|on the understanding that)\b"
)


# Not frozen, though never changed once made: a frozen dataclass sets each field through
# `object.__setattr__`, which makes it several times dearer to build, and sentences build many.
@dataclass(slots=True)
class StanceCue:
    """A stance word in a sentence; `stance` may be "obliges" (a speaker's demand) or "conditions"."""

    stance: str
    start: int
    end: int
    word: str
    nominal: bool = False
    stop: int | None = None  # where its words end when a condition follows ("offer …, provided that")
    negated: bool = False
    passive: bool = False  # "was put forward by", "had been agreed with"


_AGREEMENT_OF_SIDES = re.compile(r"\bagreements?\s+(?:by|between)\s+[^,;.]{3,60}?\s+(to)\s+(?=[a-z])")
# "Without guarantees there is nothing to sign", "without a ceasefire, no elections": group 2 is the refusal
_WITHOUT_NOTHING = re.compile(
    r"(?:^|[,;:]\s*|\s)(without)\s+[^.;]{3,60}?,?\s+(there\s+(?:is|will\s+be|can\s+be)\s+(?:no|nothing)\b)"
)
_SIGNED_WITHOUT = re.compile(
    r"\b(?:no\s+(?:[\w-]+\s+){0,2}?(?:document|deal|agreement|treaty|accord|paper)s?\s+(?:will|would|can|could)\s+"
    r"be\s+signed\s+|(?:sign|signs|accept|accepts)\s+nothing\s+|(?:will|would|can|could)\s*(?:not|never|n't)\s+"
    r"sign\s+(?:anything|any\s+[\w-]+)\s+)(without)\b"
)
# "put a proposal for an energy ceasefire on the table", "puts the idea on the table again": group 1 is
# what is tabled
_DECLARES_A_TRUCE = re.compile(
    r"\b(declared|declares|declare|declaring|ordered|orders|order|ordering|proclaimed|proclaims|proclaim)\s+"
    r"(?=(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:ceasefire|cease-fire|truce|pause)\b"
    # (not "declared the energy truce dead")
    r"(?!\s+(?:dead|over|null|void|finished|broken|violated|ended|a\s+failure)\b))"
)
_FUNDAMENTAL_FOR = re.compile(
    r"\b(?:is|are|was|were|remains|remained|remain)\s+(?:a\s+|an\s+)?[\"“]?(fundamental)(?:\s+(?:issue|question))?"
    r"[\"”]?(?=\s+for\s)"
)
_TURNED_DOWN = re.compile(
    r"\bturn(?:s|ed|ing)?\s+((?:it|that|them|this|(?:the|an?|its|their)\s[^,;.]{2,60}?))\s+down\b"
)
_PUT_ON_THE_TABLE_LISTED = re.compile(
    r"\b(?:put|puts|putting|placed|laid)\s+(?:[\w-]+\s+){0,3}?(?:ideas?|proposals?|options?|plans?|offers?)"
    r"(?:\s+(?:back|again|forward))?\s+on\s+the\s+table(?:\s+again)?:\s+([^;.]{3,200})"
)
_PUT_ON_THE_TABLE = re.compile(r"\b(?:put|puts|putting|placed|laid)\s+([^,;.]{3,80}?)\s+on\s+the\s+table\b")
# Pressure on someone to act: "pushing both sides to sign up to", "pushed Kyiv to accept"
_PUSHED_TO_ACT = re.compile(
    r"\s+(?:[\w'’-]+\s+){1,3}?to\s+(?!(?:the|a|an|next|early|late|later|mid|march|april|may|june|july|monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday|\d)\b)[a-z]+\b"
)


def condition_spans(lower: str) -> list[tuple[int, int]]:
    """Stretches of the sentence that state a condition: from the marker to the end of its clause."""
    spans: list[tuple[int, int]] = []
    # "no settlement unless the territorial question is resolved": what peace waits for is demanded, not a
    # condition on some stance
    waited_for = (
        {m.end() for m in _NO_PEACE_UNTIL.finditer(lower)}
        | {m.start(1) for m in _NO_PEACE_AFTER.finditer(lower)}
        if "no " in lower
        else set()
    )
    for match in _CONDITION_OPENER.finditer(lower):
        if match.end() in waited_for:
            continue
        end = _CONDITION_END.search(lower, match.end())
        spans.append((match.start(), end.start() if end else len(lower)))
    for match in _SPLIT_ONLY.finditer(lower):
        end = _CONDITION_END.search(lower, match.end())
        spans.append((match.start(1), end.start() if end else len(lower)))
    return spans


_IMPERATIVE = re.compile(
    r"(?:^|[“\"]|[.:;]\s+)(freeze|lift|withdraw|release|return|hand\s+over)\s+(?:the|all|our|your|its)\b"
)
# Searched only where one of these words is: every match holds one.
_IMPERATIVE_WORDS = Guarded(_IMPERATIVE, ("freeze", "lift", "withdraw", "release", "return", "hand"))


def _around_an_object(
    pattern: re.Pattern[str], stance: str, lower: str
) -> tuple[list[StanceCue | None], list[tuple[int, int]]]:
    """Cues whose words stand around their object (group 1 of `pattern`: "made X a precondition", "put X on
    the table"), and the spans they take."""
    found = list(pattern.finditer(lower))
    cues: list[StanceCue | None] = [
        StanceCue(stance, m.start(), m.start(1), m.group(), stop=m.end(1)) for m in found
    ]
    return cues, [m.span() for m in found]


def find_cues(lower: str, mentions: list[Mention]) -> list[StanceCue]:
    """Stance cues of one sentence (given in lower case) in reading order.

    `mentions` are the sentence's pack names: a cue right after a party's name is a verb ("Moscow demands"),
    after an adjective a noun ("a U.S. proposal").
    """
    raw: list[StanceCue | None] = [
        _read(lower, word, start, end, mentions) for word, start, end in _cue_spans(lower)
    ]
    if "could " in lower or "can " in lower or "might " in lower or "may " in lower:
        # "Moscow could itself guarantee Ukraine's security": a side saying what it could do for a settlement
        # offers it (the modal is the cue, the issue is the verb after it)
        offers = [
            StanceCue("proposes", m.start(), m.end(1), m.group(1)) for m in _COULD_OFFER.finditer(lower)
        ]
        raw = _merged(raw, offers)
    if "only " in lower:
        # "would only hold elections once a ceasefire is in place": "only" set apart from its marker
        split = [
            StanceCue("conditions", m.start(1), m.end(1), "only " + m.group(1))
            for m in _SPLIT_ONLY.finditer(lower)
        ]
        raw = _merged(raw, split)
    if "condition" in lower or "price" in lower:
        # "has made binding guarantees a precondition for a ceasefire": what is made the condition is
        # demanded; what it is the condition for is not
        raw = _merged(raw, *_around_an_object(_MADE_CONDITION, "demands", lower))
    if _IMPERATIVE_WORDS.may_match(lower):
        # "“Freeze the line of contact,” Sybiha said", "SYBIHA: Lift the sanctions first.": a speaker's order,
        # at the head of the sentence or of a quote, is the speaker's demand
        orders = [StanceCue("obliges", m.start(1), m.end(1), m.group(1)) for m in _IMPERATIVE.finditer(lower)]
        raw = _merged(raw, orders)
    if "asked " in lower or "asks " in lower:
        # "Trump said he had asked Putin to halt strikes on energy infrastructure for a week": asking the
        # other side for a pause is proposing it
        asked = [StanceCue("proposes", m.start(), m.end(), m.group()) for m in _ASKED_PAUSE.finditer(lower)]
        raw = _merged(raw, asked)
    if "agreement b" in lower:
        # "Geneva produced an agreement by Russia and Ukraine to exchange 500 prisoners each", "an agreement
        # between Moscow and Kyiv to swap prisoners": the noun of agreeing, its sides set between it and "to"
        agreed = [
            StanceCue("accepts", m.start(1), m.end(1), "agreement to", nominal=True)
            for m in _AGREEMENT_OF_SIDES.finditer(lower)
        ]
        raw = _merged(raw, agreed)
    if "without" in lower:
        # "Without guarantees there is nothing to sign": what nothing can be done without is demanded
        needed = [
            StanceCue("demands", m.start(1), m.end(1), m.group(1), stop=m.start(2))
            for m in _WITHOUT_NOTHING.finditer(lower)
        ]
        # ... and so is what nothing will be signed without: "insists that no document will be signed
        # without security guarantees", "Ukraine will sign nothing without guarantees"
        needed += [
            StanceCue("demands", m.start(1), m.end(1), m.group(1)) for m in _SIGNED_WITHOUT.finditer(lower)
        ]
        raw = _merged(raw, needed)
    if "truce" in lower or "ceasefire" in lower or "cease-fire" in lower or "pause" in lower:
        # "Putin has declared a ceasefire for Orthodox Easter": a truce a side declares or orders is its own
        # offer (not "the truce declared by Moscow" told in passing: a past event named, not a stance taken)
        declared = [
            StanceCue("proposes", m.start(1), m.end(1), m.group(1)) for m in _DECLARES_A_TRUCE.finditer(lower)
        ]
        raw = _merged(raw, declared)
    if "fundamental" in lower:
        # 'the territorial issue remains "fundamental" for Moscow': what a side holds fundamental it demands
        raw = _merged(
            raw,
            [
                StanceCue("demands", m.start(1), m.end(), "fundamental")
                for m in _FUNDAMENTAL_FOR.finditer(lower)
            ],
        )
    if " down" in lower and "turn" in lower:
        # "Moscow wants to run the station itself; Kyiv has turned that down": what is turned down is
        # rejected, the object between the verb and "down"
        raw = _merged(raw, *_around_an_object(_TURNED_DOWN, "rejects", lower))
    if "on the table" in lower:
        # "The Americans put a proposal for an energy ceasefire on the table": what is put there is proposed
        raw = _merged(raw, *_around_an_object(_PUT_ON_THE_TABLE, "proposes", lower))
        if ":" in lower:
            # "Washington put two ideas back on the table: a ceasefire limited to energy infrastructure, and
            # a free economic zone": what was put there is listed after the colon
            raw = _merged(raw, *_around_an_object(_PUT_ON_THE_TABLE_LISTED, "proposes", lower))
    if "basis" in lower or "starting point" in lower:
        # "The current line is the basis for a ceasefire": what the speaker sets as the ground of a settlement
        # they demand, as "must be the basis" does
        basis = [StanceCue("obliges", m.start(), m.end(1), m.group()) for m in _IS_THE_BASIS.finditer(lower)]
        raw = _merged(raw, basis)
    if " when " in lower or " once " in lower or " after " in lower:
        # "Elections will be held when the war ends", "Elections, yes, once the guns are silent": what is
        # to happen only at a time set by an event waits on that event
        timed = [
            StanceCue("conditions", m.start(1), m.end(1), m.group(1)) for m in _HELD_WHEN.finditer(lower)
        ]
        raw = _merged(raw, timed)
    if " not " in lower:
        raw = _merged(raw, [_progressive(m) for m in _PROGRESSIVE_REFUSAL.finditer(lower)])
    if "no " in lower:
        # "there can be no durable settlement until the territorial question is resolved": what peace waits
        # for is demanded, and the phrase stands over the "there can be no" it contains
        until = [StanceCue("demands", m.start(), m.end(), m.group()) for m in _NO_PEACE_UNTIL.finditer(lower)]
        spans = [(u.start, u.end) for u in until]
        for m in _NO_PEACE_AFTER.finditer(lower):
            # the cue is the marker, and what it governs ends at the comma before "there can be no"
            until.append(StanceCue("demands", m.start(), m.start(1), m.group(), stop=m.end(1)))
            spans.append((m.start(), m.end()))
        raw = _merged(raw, until, spans)
    cues: list[StanceCue] = []
    for cue in raw:
        if cue is None:
            continue
        if cues and cues[-1].end > cue.start:
            continue  # overlapping forms: the first one read stands
        if (
            cues
            and cues[-1].stance in ("demands", "obliges")
            and not cue.nominal
            and _infinitive_between(lower, cues[-1].end, cue.start)
        ):
            continue  # "urged member states to agree on it": what is demanded, not a second stance
        gap = lower[cues[-1].end : cue.start].strip() if cues else "x"
        refusal = gap in ("", "to") and cues[-1].stance == "rejects" and not cues[-1].nominal
        if cues and (not gap or refusal) and not cue.nominal and cue.stance not in ("conditions", "links"):
            # "will not accept": one cue, read as its last word turned by the negation before it
            first = cues[-1]
            stance = cue.stance
            if first.negated and not cue.negated:
                # "was still not prepared to accept": the negation before the first word turns the last
                stance = _NEGATED.get(stance, stance)
            elif refusal and not first.negated and stance in ("accepts", "supports", "considers"):
                # so does a refusal ("refuses to accept", "unwilling to agree", "in no hurry to accept"); a
                # refusal to give something up is a refusal all the same ("refuses to cede")
                stance = "rejects"
            cues[-1] = StanceCue(
                stance, first.start, cue.end, cue.word, False, None, cue.negated or first.negated
            )
            continue
        cues.append(cue)
    return _conditional(lower, cues)


def _merged(
    raw: list[StanceCue | None], added: list[StanceCue | None], spans: list[tuple[int, int]] | None = None
) -> list[StanceCue | None]:
    """The cues read so far and `added`, in reading order; a cue read inside one of `spans` (a phrase read as
    one cue) gives way to it."""
    if not added:
        return raw
    if spans:
        raw = [c for c in raw if c is None or not any(s < c.end and c.start < e for s, e in spans)]
    return sorted([*raw, *added], key=lambda c: c.start if c else 0)


def _cue_spans(lower: str) -> list[tuple[str, int, int]]:
    """The stance forms of a sentence, as `_CUE.finditer` finds them: the one at its start, then each after
    the character before it."""
    found: list[tuple[str, int, int]] = []
    first = _CUE.match(lower)
    pos = 0
    if first is not None:
        found.append((first.group(), 0, first.end()))
        pos = first.end()
    for match in _CUE_AFTER.finditer(lower, pos):
        found.append((match.group(1), match.start(1), match.end(1)))
    return found


def name_kind(mention: Mention) -> str:
    """The kind of name a mention is first of all ("person", "institution", "party", "adjective", "venue")."""
    for kind in ("person", "institution", "party", "adjective", "venue"):
        if mention.first(kind) is not None:  # type: ignore[arg-type]
            return kind
    return "venue"


def _kind_ending_at(mentions: list[Mention], end: int) -> str | None:
    """The kind of the name that ends at `end` (the last one listed, when two do)."""
    kind = None
    for mention in mentions:
        if mention.end == end:
            kind = name_kind(mention)
    return kind


def _progressive(match: re.Match[str]) -> StanceCue | None:
    if match.group(1) in _NOT_PROGRESSIVE:
        return None
    return StanceCue("rejects", match.start(), match.end(), match.group(), negated=True)


_HOLD_FIRE = re.compile(
    r"\s+(?:be\s+)?(?:strike|strikes|striking|hit|hitting|attack|attacking|target|targeting|bomb)\b"
)


def _read(lower: str, word: str, start: int, end: int, mentions: list[Mention]) -> StanceCue | None:
    stance = _STANCE_OF[word]
    before = lower[max(0, start - 48) : start]
    if word == "back" and (_ADVERB_BACK_AFTER.match(lower, end) or _ADVERB_BACK_BEFORE.search(before)):
        return None  # "came back", "back to the table"
    if _NOT_A_STANCE.match(lower, end):
        return None
    if before.endswith("yet to "):
        return None  # "has yet to accept": nothing done yet, no stance
    if stance == "rejects" and _HOLD_FIRE.match(lower, end):
        # "If Russia does not strike our plants, we will not strike their refineries": a side holding its fire
        # refuses no truce, it keeps one
        return None
    name_before = _kind_ending_at(mentions, _skip_spaces_back(lower, start))
    # Where a verb would stand: only participles and "expect" ask, so only they pay for the pattern.
    verb_position = (word in _PARTICIPLES or word.startswith("expect")) and (
        name_before not in (None, "adjective") or _SUBJECT_BEFORE.search(before) is not None
    )
    passive = (word.endswith(("ed", "en")) or " " in word) and _BE_BEFORE.search(before) is not None
    by = _BY_AGENT.match(lower, end) if word in _PUT_FORWARD and not passive else None
    # (the name may hold its article: "proposed by the United States")
    if by is not None and any(by.end() - 4 <= m.start <= by.end() and m.party for m in mentions):
        # "a pause in strikes on energy, proposed by Donald Trump": a participle with a side's name as its
        # agent is that side's act, told in the passive
        passive = True
    if word in _PARTICIPLES and not (verb_position or passive or _verbal(before, lower, end)):
        return None  # "the swap agreed in Geneva", "the proposed zone": a participle, not an act
    if word in ("considered", "required", "expected") and passive:
        return None  # "is considered the most …", "are expected to …": judgement or forecast, no stance
    if word == "agreed" and passive and not _AGENT_AFTER.match(lower, end):
        return None  # "the terms have been agreed at the level of the teams": an outcome, no side's act
    if word.startswith("expect") and (not verb_position or _TO_AFTER.match(lower[end:])):
        return None  # "Russia expects to …" foresees; "Kyiv expected the documents to be final" demands
    if word.startswith("suggest") and _SUGGESTS_A_FACT.match(lower, end):
        return None  # "suggested that Moscow's silence was itself an answer": a reading, not a proposal
    if word == "pressing" and not (_BE_BEFORE.search(before) or lower.startswith(" for", end)):
        return None  # "a pressing question"; "has been pressing both sides to agree" demands
    if word in ("pushing", "pushed", "pushes") and _PUSHED_TO_ACT.match(lower, end) is None:
        return None  # "pushed the round back", "pushed the talks to March": a date moved, no demand
    if stance == "links" and not _linked_to(lower, end):
        return None
    nominal = word in _ALWAYS_NOMINAL or (word in _MAYBE_NOMINAL and _nominal(word, before, name_before))
    negated = False
    if _NEITHER.search(lower, max(0, start - 48), start):
        return None  # "an idea neither Kyiv nor Moscow has backed": no one holds it
    if not nominal and _NEGATION.search(lower, max(0, start - 24), start):
        flipped = _NEGATED.get(stance)
        if stance == "obliges" and not word.startswith(("has", "have", "had", "will", "would")):
            flipped = "rejects"  # "Ukraine must not cede land": the speaker rejects it
        if flipped is None:
            return None
        if word == "agreed" and _not_agreed_yet(lower, before, start, end, mentions):
            return None  # "territory still not agreed": what is not settled yet, which no side refuses
        stance, negated = flipped, True
    elif stance == "accepts" and not nominal and _POSSIBILITY_BEFORE.search(before):
        stance = "considers"  # "might be prepared to accept", "could agree to": a possible acceptance
    return StanceCue(stance, start, end, word, nominal, None, negated, passive)


def _not_agreed_yet(lower: str, before: str, start: int, end: int, mentions: list[Mention]) -> bool:
    """ "territory still not agreed", "the date is not yet agreed": a state of the talks, where "Kyiv has not
    agreed" and "they did not agree" are a side's refusal."""
    state = _STATE_NOT.search(before)
    if state is None or state.group(1) in _ACTIVE_BEFORE_NOT or _AGENT_AFTER.match(lower, end):
        return False
    named = _kind_ending_at(mentions, start - len(before) + state.end(1))
    return named is None or named == "adjective"


def _verbal(before: str, lower: str, end: int) -> bool:
    return (
        _VERBAL_BEFORE.search(before) is not None
        or not before.strip()
        or _BY_AFTER.match(lower[end:]) is not None
    )


def _nominal(word: str, before: str, name_before: str | None) -> bool:
    """A form that is a verb or a noun ("demands", "offer") is a noun after a determiner, a possessive or a
    party adjective, unless the word before it names who acts ("Russia's delegation demands")."""
    if name_before == "adjective":
        return True
    if name_before is not None or _SUBJECT_BEFORE.search(before):
        return False
    last = _LAST_WORD.search(before)
    if last is not None and last.group(1) in ACTOR_NOUNS:
        return False
    # "has dismissed calls for a ceasefire", "rejected demands for elections": the object of a past verb
    if word.split()[0].endswith("s") and before.endswith("to "):
        return True  # "responded to demands for elections": no infinitive ends in -s
    return _DETERMINER_BEFORE.search(before) is not None or _PAST_VERB_BEFORE.search(before) is not None


def _skip_spaces_back(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] == " ":
        pos -= 1
    return pos


def _linked_to(lower: str, end: int) -> bool:
    """ "tied the guarantees to a deal on territory": a "to" follows in the same clause."""
    clause_end = _CLAUSE_STOP.search(lower[end:])
    limit = end + (clause_end.start() if clause_end else len(lower) - end)
    return _TO.search(lower, end, min(limit, end + 140)) is not None


def _infinitive_between(lower: str, start: int, end: int) -> bool:
    gap = lower[start:end]
    return len(gap) <= 40 and "," not in gap and ";" not in gap and _TO_BEFORE.search(gap) is not None


# The stances a condition after them makes conditional: "ready to … if", "would back it only if Russia
# stops too" (support given on a condition is no plain support)
_CONDITIONAL_STANCES = ("accepts", "considers", "proposes", "supports")


def _conditional(lower: str, cues: list[StanceCue]) -> list[StanceCue]:
    """Fold a condition marker into the acceptance, offer or consideration before it ("ready to … if",
    "would accept … only as part of"); read "tied X to Y" as a condition on X."""
    merged: list[StanceCue] = []
    for i, cue in enumerate(cues):
        if cue.stance == "links":
            to = _TO.search(lower, cue.end)
            stop = to.start() if to else None
            if cue.passive or (to is not None and not lower[cue.end : to.start()].strip()):
                # "the guarantees are tied to a deal": what is tied stands before
                merged.append(
                    StanceCue("conditions", cue.start, cue.end, cue.word, False, cue.end, passive=True)
                )
            else:
                merged.append(StanceCue("conditions", cue.start, cue.end, cue.word, False, stop))
            continue
        if cue.stance in _CONDITIONAL_STANCES and not cue.negated and not cue.nominal:
            limit = cues[i + 1].start if i + 1 < len(cues) else len(lower)
            plain = _IF.search(lower[cue.end : limit])
            if plain is not None and not _CLAUSE_STOP.search(lower[cue.end : cue.end + plain.start()]):
                stop = cue.end + plain.start()
                merged.append(
                    StanceCue("conditions", cue.start, cue.end, cue.word, False, stop, passive=cue.passive)
                )
                continue
        if cue.stance == "conditions" and merged and merged[-1].stance in _CONDITIONAL_STANCES:
            last = merged[-1]
            if not last.negated and not last.nominal:
                merged[-1] = StanceCue(
                    "conditions", last.start, last.end, last.word, False, cue.start, passive=last.passive
                )
                continue
        merged.append(cue)
    return merged


# The patterns of this module searched most where `first_char_gate` pays, written as it writes them: the
# same matches, found faster (`literal_first`).
_IF = first_char_gate(_IF)
_CONDITION_OPENER = first_char_gate(_CONDITION_OPENER)
_CLAUSE_STOP = first_char_gate(_CLAUSE_STOP)
_VERBAL_BEFORE = first_char_gate(_VERBAL_BEFORE)
_POSSIBILITY_BEFORE = first_char_gate(_POSSIBILITY_BEFORE)
_CONDITION_END = first_char_gate(_CONDITION_END)
