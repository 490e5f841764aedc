"""Positions: which stance a party takes on which issue.

Only sentences with an issue cue of the pack are read. In each, `stances.find_cues` finds the stance words;
a cue governs the words after it up to the next cue, a clause break or a subordinate clause ("before
Ukraine leaves Donetsk", "if Russia does the same"), and each issue cue in those words gives a position.
An issue named only as the complement of another ("monitoring of a ceasefire line") is not the object, but
who rules out a vote on a step rules out the step too ("ruled out a referendum on giving up Donbas"; "would
not hold a referendum on it" only declines to hold the vote).

When those words name no issue, the object stands before the cue: in an ellipsis ("and that Putin had
agreed", "asked for 30 to 50 years", "was not on the table"), a passive ("the idea was floated by
Washington"), a relative clause ("a ceasefire, which Moscow would accept") or an obligation ("the
guarantees must come first"). Words after the cue that say something else ("offered to host the meeting")
give no position. A cue in a relative clause that only describes the object of the cue before it
("rejected any plan that would require it to cede Donetsk") is part of that object.

The holder is, in order: the agent of a passive ("by Washington"); the subject of the clause a cue
continues ("… and rejects …"); a pronoun ("it", "they", "we", "he") resolved to its antecedent; "the two
sides" resolved to the parties named together; the party named just before the cue; else the speaker. A
name after a preposition ("in Ukraine"), a possessive of a thing ("Ukraine's security") and an adjective
that qualifies no actor ("Ukrainian troops") hold nothing. A noun cue ("Moscow's demand", "a U.S. proposal",
"Russia has made elections a central demand") belongs to its possessor or to the subject of the verb that
makes it. "Agreed with X" adds X. An obligation a speaker states ("must", "has to") is the speaker's demand.
A sentence that is only a quote speaks for the speaker of the quote it continues (or of the next sentence,
when that one attributes it).

An issue can be named again without its cue: a definite noun that heads an issue's name in the two
sentences before ("the exchange", "the plant"), "the idea" or "the proposal" after a proposal, an object
pronoun ("refuses to leave it"), a relative clause without "that" ("the truce Washington proposed"), the
head noun of a name the sentence gave, before a relative ("freed prisoners under an exchange that both
agreed"), a bare refusal answering the sentence before ("Ukraine refuses."). A stance asked about
("whether"), the issue a demand is "a condition for", and words past a reporting clause ("…, Zelensky told
the BBC, adding …") take no stance; "but not X" after a stance rejects X.

A condition ("ready to … if", "only once", "provided that", "tied … to") makes the stance before it
`conditions`; the issue inside the condition gets no stance from it. One position per (party, issue) per
article: the last one stated.
"""

from __future__ import annotations

import re
import weakref

from monitor.extract.context import Doc, View
from monitor.extract.guards import Guarded
from monitor.extract.literal_first import any_word_start, first_char_gate, word_start
from monitor.extract.names import ACTOR_NOUNS, Cue, Matcher, Mention
from monitor.extract.stances import StanceCue, condition_spans, find_cues
from monitor.extract.statements import Attribution
from monitor.facts import PositionFact


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Written with the commas and the words apart: `re` then tests two kinds of start instead of eleven. Each
# word is written literal first (`word_start`): every alternative opening with a literal, `re` skips to one of
# ";,bwhat" in a fast scan.
_CLAUSE_BREAK = re.compile(
    rf";|,\s+(?:which|and|as)\b|{word_start('but')}\b|{word_start('wh(?:ile|ereas)')}\b|{word_start('however')}\b"
    rf"|{word_start('although', 'and that')}\b|{word_start('though')}\b"
)
# A subordinate clause ends what a cue governs: "rejects a freeze before Ukraine leaves Donetsk"; so does
# "without" and "after": "would not agree to a ceasefire without a withdrawal" does not reject the withdrawal,
# "ready to hold elections after a ceasefire" does not accept the ceasefire.
_SUBORDINATE = re.compile(
    r"\b(?:before|until|unless|if|once(?!\s+(?:again|more)\b)|because|so that|when|whether|without|after)\b"
)
_TRUCE_IN_FORCE = re.compile(
    r"\b(?:[Pp]ause|[Hh]alt|[Mm]oratorium|[Tt]ruce)\s+(?:in|on|to|of)\s+(?P<side>[A-Z][\w-]+)\s+strikes\b[^.;:]{0,60}?"
    r"\b(?:took\s+effect|came\s+into\s+(?:force|effect)|went\s+into\s+effect|(?:has|have)\s+held|is\s+holding"
    r"|was\s+holding|is\s+in\s+force)\b"
)
_ELIDED_AFTER_BUT = re.compile(
    r",\s+but\s+(?:(?:would|will|could|can|did|does|do|has|have|had|is|was|are|were|should)\s+)?"
    r"(?:not|never|n't)?\s*$"
)
_SAID_BEFORE_SUBJECT = re.compile(r"\b(?:said|says|told\s+\w+|added|insisted|stressed|wrote)\s+(?:that\s+)?")
_CAUSE_SET_OFF = re.compile(r",\s+because\s+of\s+[^,;:]{3,50},(?=\s+(?:not\s+)?to\s)")
_SPAN_WITHOUT = re.compile(r"\b(?:week|weeks|days?|months?|hours|night|nights|weekend)\s+$")
# A quote of several sentences is one sentence to the segmenter: "proposed a ceasefire. Ukraine supported it."
# "has not said whether it will put forward proposals": a stance asked about or left open is no stance.
_WHETHER = re.compile(any_word_start("whether", "if or when") + r"\b")
# A stance named as a thing a side holds: "its demand", "Moscow's proposal" (the last words before the cue).
_HELD_STANCE = re.compile(r"(?:\b(?:its|their)|['’]s)\s+(?:[\w-]+\s+)?$")
# (the letter or digit before the stop looked back at from the stop, which `re` finds in a fast scan)
_INNER_SENTENCE_END = re.compile(r"[.!?](?<=[a-z0-9][.!?])[\"”’]?\s+(?=[\"“‘]?[A-Z])")
# An obligation that only sets out who will deal with a question: "will have to be settled by the leaders".
_PROCEDURE = re.compile(
    r"\s+(?:\w+\s+)?be\s+(?:settled|decided|discussed|resolved|addressed|negotiated|agreed|put|taken|left"
    r"|handled|considered|examined"
    # "will have to be ratified by parliament" says who acts; "had to be signed before any deal" demands it
    r"|(?:approved|ratified|signed)(?=\s+by\b))\b"
    # "must be settled in line with the Anchorage understandings" sets terms: a demand, not an agenda
    r"(?!\s+(?:in\s+line\s+with|on\s+the\s+basis\b|according\s+to|in\s+accordance\s+with|based\s+on)\b)"
)
_CONTINUES = re.compile(
    rf"(?:{word_start('and')}|{word_start('but')}|,|{word_start('while')}|{word_start('also')}|{word_start('then')}"
    rf"|{word_start('instead')})\s+"
    r"(?:(?:has|have|had|is|are|was|were|also|still|again"
    r"|later|then|now|instead|would|will|could)\s+)*$"
)
# An auxiliary in the words that join two verbs ("and has proposed"): the clause goes on with its subject.
_AUXILIARY = re.compile(r"\b(?:has|have|had|is|are|was|were|would|will|could)\s")
_AUX = (
    r"(?:has|have|had|is|are|was|were|would|will|also|still|could|can|might|may|should|must|does|do|did|not"
    r"|never|be|been|now|already|again|long|firmly|repeatedly|so far|publicly|reportedly|again)"
)
_SUBJECT_PRONOUN = re.compile(rf"\b(it|they|we|he|she)\s+(?:{_AUX}\s+)*$", re.IGNORECASE)
_SIDES = re.compile(
    rf"\b(?:the two sides|both sides|the sides|both parties|the two parties|the parties|the two countries"
    rf"|both countries|the two delegations|both delegations|the warring (?:sides|parties))\s+(?:{_AUX}\s+)*$",
    re.IGNORECASE,
)
# The people or the sitting of the talks, named by no side: "the delegations", "negotiators", "the round"
_TALKERS = re.compile(
    r"\b(?:delegations|negotiators|delegates|negotiating teams|talks|round|meeting|session)\b"
    r"(?![^,;]*\bsaid\b)"
)
_BY_SIDES = re.compile(r"\s+by\s+(?:the\s+two|both|the)\s+(?:sides|parties|delegations)\b")
# ", and" between the items of a list that a colon opens
_LIST_AND = re.compile(r",\s+and\b")
_LAST_WORD = re.compile(r"([\w-]+)\s+$")
_VOTE = re.compile(r"referendum|vote|ballot|plebiscite")
_ON_A_STEP = re.compile(r"\s+on\s+[a-z]+ing\b")
_NEGATED_VERB = re.compile(r"\b(?:not|never)\b|n['’]t\b")
_SAID_THAT = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:said|says|repeated|repeats|added|insisted|insists|stressed|made clear|warned"
    r"|reiterated)\s+(?:again\s+)?(?:that\s+)?$"
)
_GROUP_NOUNS = "ministers|officials|diplomats|negotiators|envoys|leaders|delegates"
_THE_GROUP = re.compile(rf"\b[Tt]he\s+({_GROUP_NOUNS})\s+(?:{_AUX}\s+)*$")
# "European Union foreign ministers", "Russian officials": a side's name, up to two words, then the group
_GROUP_AFTER = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{_GROUP_NOUNS})\b")
_SAY_BEFORE = re.compile(
    r"\s+(?:\w+\s+){0,2}?(say|says|said|saying|insist|insists|insisted|argue|argues|argued)\s+(?:that\s+)?"
    r"(?:[\w’'-]+\s+){0,6}?$"
)
_WE_AND = re.compile(r"\b[Ww]e\s+and\s+$")
_BROKERED_AFTER = re.compile(r"[-–](?:brokered|mediated|sponsored|facilitated)\b")
_BROKERED_BEFORE = re.compile(r"\b(?:brokered|mediated|sponsored|facilitated)\s+by\s+(?:the\s+)?$")


def _brokers(text: str, start: int, end: int) -> bool:
    """Is the party named at `start:end` the one brokering ("U.S.-brokered", "mediated by Washington")?"""
    return (
        _BROKERED_AFTER.match(text, end) is not None
        or _BROKERED_BEFORE.search(text, max(0, start - 30), start) is not None
    )


_PRONOUN_WORD = re.compile(r"\b(?:it|they|we|he|she)\b")
_SIDES_WORD = re.compile(r"sides|parties|countries|delegations")
_PREPOSITION_ALTERNATIVES = (
    "in|on|at|for|from|to|with|by|of|against|between|over|into|towards?|about|inside|across|under"
    "|than|like|including|among|through|within|without|near|via|behind|beyond|upon|onto|around"
)
_PREPOSITION_BEFORE = re.compile(rf"\b(?:{_PREPOSITION_ALTERNATIVES})\s+$", re.IGNORECASE)
# The words of the pattern, for a look in a set where a word stands alone
_PREPOSITIONS = frozenset(_PREPOSITION_ALTERNATIVES.replace("towards?", "toward|towards").split("|"))
# "with Kyiv refusing to cede Donetsk": "with" opens an absolute clause whose subject is the name.
_WITH_BEFORE = re.compile(r"\bwith\s+$", re.IGNORECASE)
_ING_AFTER = re.compile(r"\s+(?:\w+ly\s+|still\s+|also\s+|not\s+)*\w+ing\b")
# "with Moscow and Kyiv agreeing to ...": the first of two subjects of an absolute clause
_JOINT_ING_AFTER = re.compile(
    r"\s+and\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+(?:\w+ly\s+|still\s+|also\s+|not\s+)*\w+ing\b"
)
_ACTOR_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(ACTOR_NOUNS)) + r")\b")
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_BY_AGENT = re.compile(r"\s+by\s+")
_WITH_PARTY = re.compile(r"\s+with\s+")
# A verb joined to the one before with no subject of its own: "... but would never", "... and will not"
_JOINED_VERB = re.compile(r"\b(?:but|and|yet)\s+$")
# The words between a verb and a "there can be no ..." it governs: " that there can be "
_THERE_CAN_BE = re.compile(r"\s+(?:that\s+)?there\s+(?:(?:can|could|will|would|is|was|must)\s+)?(?:be\s+)?")
# "the demand of Moscow", "a proposal from Washington": the holder named after the noun.
_OF_HOLDER = re.compile(r"\s+(?:of|from|by)(\s+)(?:the\s+)?")
_JOINT = re.compile(r"\s*(?:,|and|,\s*and)\s*")
_POSSESSIVE_PRONOUN = re.compile(r"\b(its|their|his|her|our)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# Between a possessor and its noun: "Moscow's central demand", "a U.S. proposal"; no article.
# An auxiliary, a past form or a preposition means a verb stands between ("Moscow has dismissed calls for …",
# "Putin brushed aside calls for …", "Kyiv responded to demands …"): the name is its subject.
_NOUN_PHRASE_TAIL = re.compile(
    r"^(?:['’]s)?(?:\s+(?!(?:a|an|the|this|that|has|have|had|is|are|was|were|will|would|did|does|do|to|aside"
    r"|for|at|on|with|of)\b|[\w-]+ed\b)[\w.-]+){0,2}?\s+$"
)
_HOLDING_VERB = re.compile(
    r"\b(?:made|make|makes|making|submitted|presented|tabled|restated|reiterated|repeated|set out|sets out"
    r"|set|sets|voiced|raised|maintains|maintained|stuck to|sticks to|dropped|listed|named|signalled|signaled"
    r"|signals|expressed|expresses|showed|shown|shows|confirmed|reaffirmed"
    # "The Russian delegation arrived with the same demand": a side comes with what it holds
    r"|arrived with|arrives with|came with|comes with|brought|brings)\b"
)
# "Which"/"that" opening a relative clause whose object is the noun before it ("a swap that the two sides
# agreed"); after a verb of saying or thinking, "that" opens what is said instead.
# (or an apposition that stands for what was just named: "binding guarantees, something Kyiv has insisted on",
# "..., an arrangement that Kyiv has refused")
_RELATIVE = re.compile(
    r"\b(which|that|something|an\s+arrangement\s+that|an\s+idea\s+that|a\s+plan\s+that|a\s+proposal\s+that"
    r"|an\s+offer\s+that)\s+(?:[\w’'.-]+\s+){0,5}$"
)
_COMPLEMENT_VERBS = _word_set(
    """said says say told tells added adds noted notes stressed insisted insists warned argued argues believes
    believe believed demands demanded agreed signalled signaled announced confirmed suggested hopes hoped
    expects expected means meant is was are were so now and but showed shows thinks thought knows knew
    reported reports wrote writes claimed claims assured promised stated declared recalled
    explained repeated repeats reiterated reiterates clear"""
)
# Words that say nothing of their own after a cue: the object is elided ("had agreed", "agreed to that",
# "asked for 30 to 50 years").
_FILLER = _word_set(
    """it this that them these those so too to the a an such exactly precisely just idea proposal plan offer
    arrangement terms as well also in principle at any moment now yet either outright fully with for of on by
    from and years year months month weeks week days day up all one both sides same do did doing last first
    each than more less some form kind recent one's its their his her our own again still already publicly
    immediately either way or not ago since earlier later today yesterday tomorrow monday tuesday wednesday
    thursday friday saturday sunday january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec"""
)
_MAY_CONDITION_PATTERN = re.compile(r"\bif\b|unless|provid|condition|as long|only")
# Searched only where one of these words is: every match holds one.
_MAY_CONDITION = Guarded(_MAY_CONDITION_PATTERN, ("if", "unless", "provid", "condition", "as long", "only"))
_EMBEDDING = re.compile(
    r"(?:\s+[\w’'-]+){1,5}?\s+(?:that|which|who)(?:\s+(?:would|will|could|can|might|may|should|must|has"
    r"|have|had|is|are|was|were|also|not|never|effectively)){0,2}\s+"
)
# "insists on withdrawal as a condition for any ceasefire", "to serve as the basis of any ceasefire": the
# issue after such a phrase is what the object is for, not a second object.
_PURPOSE_BEFORE = re.compile(
    r"\bas\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:condition|precondition|prerequisite|basis|starting point|price"
    r"|foundation|framework)\s+(?:for|of)\s+(?:[\w-]+\s+){0,2}$"
)
# "would not trade land for a ceasefire": what a trade would get is its price, not a second object
_TRADED_FOR = re.compile(
    r"\b(?:trade|trades|trading|traded|swap|swaps|swapping|swapped|give up|giving up|cede|ceding)\s+"
    r"(?:[\w’'-]+\s+){1,4}?for\s+(?:(?:a|an|the|any)\s+)?(?:[\w-]+\s+)?$"
)
# "wants the line to be the basis of a ceasefire, with American monitoring": a detail set off by ", with" is
# how the object would be, no second object
_WITH_DETAIL = re.compile(r",\s+with\s+(?:[\w-]+\s+){0,2}$")
# "agreed to restore contacts that had been frozen for years": a perfect passive in a relative clause tells
# what became of the noun before, no object of the stance
_PAST_STATE = re.compile(r"\b(?:that|which)\s+(?:had|has|have)\s+(?:long\s+|since\s+)?been\s+$")
# A common noun and a relative pronoun that is the subject of the verb after it: "the question that has"
_SUBJECT_RELATIVE = re.compile(
    r"\b(?![a-z]+ly\b)([a-z]{3,})\s+(?:that|which)\s+(?:(?:has|have|had|is|are|was|were|would|will|could|can|may|might"
    r"|must|should|also|still|not|never|long|repeatedly|already|now|been|so far)\s+)*$"
)
# "they can only take place once …", "it would be held only after …": a pronoun subject of what is to happen
_HELD_SUBJECT = re.compile(
    r"\b(?:they|it)\s+(?:can|could|will|would|may|might|should|must)\s+(?:only\s+)?"
    r"(?:be\s+held|take\s+place|happen|go\s+ahead)\s+(?:only\s+)?$"
)
_RESTATED = re.compile(r",\s+(?:a|an|the)\s+(?:demand|proposal|offer|idea|plan|position|condition)\s+$")
# ("has been demanding": the perfect progressive, as "had been" is)
_AUX_GAP = re.compile(r"\s+(?:(?:has|had|have|(?:had|has|have)\s+been|is|was|now|first|already|also)\s+)?")
# "Moscow, for its part, still demands": an aside and adverbs between a subject and its verb
_SUBJECT_GAP = re.compile(
    r"(?:,\s+(?:for its part|for their part|in turn|however|though|meanwhile|by contrast|in contrast),)?"
    r"\s+(?:(?:has|had|have|is|was|now|first|already|also|still|again|flatly|firmly)\s+)*"
)
# ("wants to keep running it": a verb of going on between)
# ... and "has refused to hand over any of it"
_OBJECT_PRONOUN = re.compile(
    r"\s+(?:to\s+[\w-]+\s+(?:[a-z]+ing\s+)?(?:over\s+|up\s+|back\s+)?|(?:give|hand|cede|sign|accept|do)\s+)?"
    r"(?:(?:any|all|some|none)\s+of\s+)?(?:it|them)\b"
)
# ("an agreement by Russia and Ukraine to exchange prisoners": the two who agreed)
_BETWEEN = re.compile(r"\b((?:between|agreement\s+by)\s+(?:the\s+)?)[^,;]*?(\s+and\s+(?:the\s+)?)")
# "the", "this" or "that" (a word of its own) before the noun, from its literal "th", which `re` finds fast
# "the idea", "the American proposal", "that U.S. offer"
_PROPOSAL_ANAPHOR = re.compile(
    word_start("the", "this", "that", head="th")
    + r"\s+(?:(?:american|u\.s\.|us|russian|ukrainian|european|latest|new|same)\s+)?"
    r"(idea|proposal|offer|plan|initiative)\b"
)
# A proposal named by a determiner and a noun, and a participle that describes it ("an idea floated")
_PROPOSAL_OBJECT = re.compile(
    r"\s+(?:a|an|the|this|that|its|their)\s+(?:[\w.-]+\s+)?(?:idea|proposal|plan|offer|initiative)\s+"
    r"(?:proposed|floated|offered|suggested|put forward|tabled|unveiled)"
)
# A noun phrase of its own right after a verb: its object ("support the army", "walk away from a deal")
_OWN_OBJECT = re.compile(
    r"\s+(?:from\s+|to\s+|on\s+)?(?:the|a|an|any|its|their|his|her|our)\s+"
    # ("has insisted on from the start": a time, not an object)
    r"(?!idea\b|proposal\b|plan\b|same\b|start\b|outset\b|beginning\b)[\w-]+"
)
_WANTING = re.compile(r"wants?|wanted|demands?|demanded|seeks?|sought|expects?|expected|needs?|needed")
_OWN_CONTENT = re.compile(r"\s+(?:of|for|to)\s")
_PROPOSING = re.compile(r"\b(?:propos\w*|offer\w*|ideas?|float\w*|put forward|suggest\w*|plan|initiative)\b")
# A sentence that gives its words to the person last named: "in his words", "according to her".
_HIS_WORDS_PATTERN = re.compile(
    r"\b(?:in (?:his|her) (?:own )?words|according to (?:him|her)|as (?:he|she) put it)\b"
)
# Searched only where one of these words is: every match holds one.
_HIS_WORDS = Guarded(_HIS_WORDS_PATTERN, ("words", "according to", "put it"))
_POSITION_IS = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:position|view|stance|line)\s+(?:is|was|remains|has been)\s+that\b"
)
# "\bbut not\b" with the literal first, which `re` finds fast, and the word boundary before it looked back at
_BUT_NOT = re.compile(r"but not\b(?<!\wbut not)")
_PARENTHETICAL_WHICH = re.compile(r",\s+(?:which|who)\b[^,;]*$")
_AND_NEXT = re.compile(r"\s*(?:,\s*and|,|and)\s+")
# A reporting clause set off by a comma ends what a cue governs: "…, Zelensky told the BBC, adding that …".
_REPORTING = re.compile(
    r",\s+(?:adding|saying|noting|stressing)\b|,\s+(?:[\w.’'-]+\s+){1,5}(?:said|says|told|added|stressed|noted)\b"
    # "is now prepared to consider one, according to a person briefed on the talks"
    r"|,\s+according\s+to\b"
)
# The end of a frame set after a verb, and its object's first word: ", the rest of Donetsk", ", all of it"
_FRAME_THEN_OBJECT = re.compile(
    r"[^,;]{0,30},\s+(?:the|a|an|all|any|its|their|his|her|some|no|every|only|roughly|about|full|direct"
    # (after a noun, its verb: "Moscow's aim, he said, had narrowed to the fifth of Donetsk")
    r"|is|was|remains|has|had)\b"
)
_NEXT_WORD = re.compile(r"\s+([\w-]+)")
# ("ready to extend the silence to 30 days": translated copy's word for a truce)
_TRUCE_WORDS = frozenset(["pause", "truce", "halt", "moratorium", "lull", "ceasefire", "silence"])
_TRUCE_ISSUES = frozenset(["ceasefire", "energy_ceasefire"])
# Heads that name the same thing all through one story's article: its one nuclear plant
_ARTICLE_HEADS = frozenset({"plant", "station"})
# Nouns that name the same thing again in other words
_SAME_THING = {
    "station": "plant",
    "plant": "station",
    "swap": "exchange",
    "exchange": "swap",
    "truce": "ceasefire",
}
# "the", "this", "that", "these", "those" from the literal "th"; "such" and "its (own)" apart ("refuses to
# buy power from its own plant"), each from its first letter: every alternative opening with a literal, `re`
# skips to a "t", "s" or "i" in a fast scan.
_DEFINITE = re.compile(
    rf"(?:{word_start('these', 'those', 'the', 'this', 'that', head='th')}|{word_start('such')}"
    rf"|{word_start('its')}(?:\s+own)?|{word_start('their')}(?:\s+own)?)"
    r"\s+([\w-]+)"
)
_COMPLEMENT = re.compile(r"\s+(?:of|on)\s+(?:[\w-]+\s+){0,3}")
_WORD = re.compile(r"[\w’'-]+")
_FRONTED_HOLDER = re.compile(r"(?:For|In|According to)\s+")
_HOLDER_SET_OFF = re.compile(r"(?:['’]s\s+(?:view|eyes|opinion))?\s*,")
_FOR_PARTY = re.compile(r"\s+(?:for|to)\s+")
_PREDICATIVE = frozenset(
    [
        "not on the table",
        "not on the agenda",
        "off the table",
        "out of the question",
        "unacceptable",
        "a red line",
        "fundamental",
        "come first",
        "comes first",
        "came first",
    ]
)
_SUMMARY_WORDS = 24


def read_positions(doc: Doc, attributions: dict[int, Attribution]) -> list[PositionFact]:
    # (party, issue) -> the stance last stated, the sentence and the span of its words; facts are made of
    # the last ones only
    found: dict[tuple[str, str], tuple[str, View, int, int]] = {}
    last_person_party: str | None = None
    previous: View | None = None
    views_before = {view.index: view for view in doc.views}
    quoted: dict[int, str | None] | None = None  # the speakers of quotes, worked out when first asked
    words = _PACK_WORDS.get(doc.matcher)
    if words is None:  # per pack, not per article: the cue phrases do not change
        words = _PACK_WORDS[doc.matcher] = _PackWords(doc.matcher.cues)
    # What each sentence read so far leaves the two after it to name again: the heads of its issues' names,
    # then its own nouns that named an issue again; worked out once a sentence.
    left: list[list[tuple[str, tuple[str, ...]]]] = []
    truce: tuple[str, ...] | None = None  # the issues of the last truce named
    # the heads of the issues' names the article has given so far ("the Zaporizhzhia nuclear power plant"),
    # for "the plant" paragraphs later: one story's plant is the same plant all through
    named_in_article: dict[str, tuple[str, ...]] = {}
    sections = _section_heads(doc, words)
    section = 0
    opened = 0  # the first sentence of the section read
    topic: _Heads = []  # the heads of the heading the sentence is under
    topic_issue: tuple[str, ...] = ()  # and its issue
    answer: tuple[int, _Heads, tuple[str, ...]] | None = None  # a question's paragraph after it
    asked: str | None = None  # the one side the question asks about ("What does Washington want?")
    for n, view in enumerate(doc.views):
        attribution = attributions.get(view.index)
        if attribution is not None and attribution.relative:
            attribution = (
                None  # "Kyiv rejected the plan of Witkoff, who said ...": the sentence is the author's
            )
        if attribution is not None and attribution.speaker.kind == "person":
            last_person_party = attribution.speaker.party
        while section < len(sections) and sections[section][0] < view.offset:
            _, topic, topic_issue = sections[section]
            section += 1
            opened = n  # the sentences above a heading name nothing again below it
            named_in_article = {}
        # "3. Zaporizhzhia nuclear power plant | No movement. Moscow's insistence on running the plant
        # alone ...": a section's heading names what its sentences name again, under the nearer sentences
        heads: dict[str, tuple[str, ...]] = dict(topic)
        if (
            n
            and previous is not None
            and previous.paragraph != view.paragraph
            and previous.text.endswith("?")
        ):
            answer = (view.paragraph, left[n - 1], _one_issue(previous))
            asked = _one_party(previous)
        answered: tuple[str, ...] = ()
        if answer is not None and answer[0] == view.paragraph:
            # "Q: And the nuclear plant? | A: ... Moscow turned that down. What the Russians want is to
            # operate the plant on their own": the whole answer is to what the question asked
            heads.update(answer[1])
            answered = answer[2]
        else:
            asked = None
        # the issue a stance that names none is on: the question's in its answer, else the section heading's
        subject = answered or topic_issue
        if n - 2 >= opened and left[n - 2]:
            heads.update(left[n - 2])
        if n - 1 >= opened and left[n - 1]:
            heads.update(left[n - 1])
        for word, issues in named_in_article.items():
            heads.setdefault(word, issues)
        if truce is not None and _TRUCE_WORD.may_match(view.lower) and not _last_truce(heads):
            # "A one-week halt to strikes on energy infrastructure … Kyiv has welcomed the pause": a pause
            # named again further on is still the last truce the article named
            heads[_EARLIER_TRUCE] = truce
        issue_cues = view.cues
        own = _heads_of(view, words) if issue_cues else []
        # (with no heads before, only a sentence after one naming an issue in its paragraph names one again)
        anaphoric = (
            _anaphoric_cues(view, previous, heads, words)
            if heads or (previous is not None and previous.cues and previous.paragraph == view.paragraph)
            else []
        )
        if own and len(issue_cues) == 1:
            # "Russia has turned down a US proposal for American control of the Zaporizhzhia nuclear power
            # plant and wants to keep the plant": the sentence's one issue, named again after it
            taken = [(c.start, c.end) for c in anaphoric]
            anaphoric += [
                c
                for c in _anaphoric_cues(view, None, dict(own), words)
                if c.start >= issue_cues[0].end and not _inside(c.start, taken)
            ]
        if n and _MORE_OF_WORDS.may_match(view.lower):
            # the issues named in the last three sentences, for "further exchanges" after an exchange (read
            # only where a word of the form is: most sentences have none)
            recent = {i for v in doc.views[max(0, n - 3) : n] for c in v.cues for i in c.issues}
            if recent:
                anaphoric = anaphoric + _more_of(view, recent, words)
        if anaphoric:
            own += [(view.lower[c.start : c.end], c.issues) for c in anaphoric]
        left.append(own)
        for word, issues in own:
            if word in _ARTICLE_HEADS:
                named_in_article[word] = issues
        for cue in view.cues:
            if _TRUCE_ISSUES.intersection(cue.issues):
                truce = cue.issues
        cues = sorted([*issue_cues, *anaphoric], key=_cue_start) if anaphoric else issue_cues
        # a sentence without a stance word states no stance: whose it would be is not worked out
        stance_cues = (
            find_cues(view.lower, view.mentions)
            if cues
            or subject
            or _bare_answer(view, previous, bool(n and left[n - 1]))
            or _answers_with_it(view, previous, views_before, bool(n and left[n - 1]))
            else []
        )
        # ("A one-week pause in Russian strikes took effect": a truce kept, though no stance word says so)
        in_force = bool(cues) and " strikes" in view.lower and _TRUCE_IN_FORCE.search(view.text) is not None
        if stance_cues or in_force:
            if attribution is not None:
                speaker_party = attribution.speaker.party
            else:
                if quoted is None:
                    quoted = _quote_speakers(doc.views, attributions)
                speaker_party = quoted.get(view.index)
                if speaker_party is None:
                    speaker_party = _stated_position(view, last_person_party)
            sentence = _Sentence(
                view,
                cues,
                stance_cues,
                speaker_party,
                last_person_party,
                previous,
                views_before,
                subject,
                asked,
                left[n - 1][-1][1] if n and left[n - 1] else (),
            )
            for party, issue, stance, start, end in sentence.positions():
                found.pop((party, issue), None)  # the last stance stated wins, and keeps reading order
                found[(party, issue)] = (stance, view, start, end)
        if cues and view.text[:1] in '"“' and attribution is not None and attribution.speaker.party:
            # '"No withdrawal from our land, and a freeze on the current line," he wrote.'
            for party, issue, stance, start, end in _quoted_list(view, cues, attribution.speaker.party):
                found.pop((party, issue), None)
                found[(party, issue)] = (stance, view, start, end)
        if cues and ":" in view.text:
            for party, issue, stance, start, end in _position_list(view, cues):
                found.pop((party, issue), None)
                found[(party, issue)] = (stance, view, start, end)
        previous = view
    return [
        PositionFact(party, issue, stance, _summary(view.text[start:end]), doc.evidence(view))
        for (party, issue), (stance, view, start, end) in found.items()
    ]


# "Ukraine's position remains unchanged: no withdrawal from Donetsk, a ceasefire, a freeze along the line",
# "Russia's demands are clear: ...": a side's stance named, and spelled out item by item after the colon
_POSITION_LIST = re.compile(
    r"['’]s\s+(?:(?:main|core|basic|key|own)\s+)?"
    r"(?:position|positions|stance|demands|conditions|terms|line|red lines)"
    r"(?:\s+(?:remains?|is|are|stays?|has\s+not\s+changed|have\s+not\s+changed)"
    r"(?:\s+(?:unchanged|clear|the\s+same|simple))?)?"
    r"\s*:\s*"
)
_LIST_ITEM_BREAK = re.compile(r",\s+(?:and\s+)?|;\s+|\s+and\s+(?=(?:a|an|the|no|security|sanctions)\b)")


def _position_list(view: View, cues: list[Cue]) -> list[tuple[str, str, str, int, int]]:
    """The stances a side's position spelled out after a colon holds, one per item: "no X" rejects X, any
    other item demands it."""
    match = _POSITION_LIST.search(view.text)
    if match is None:
        return []
    holder = view.mention_ending_at(match.start())
    if holder is None or holder.party is None:
        return []
    text = view.text
    found = []
    for lo, hi in _list_items(text, match.end(), len(text.rstrip(" ."))):
        stance = _item_stance(text, lo)
        for cue in cues:
            if lo <= cue.start < hi:
                found.extend((holder.party, issue, stance, lo, hi) for issue in cue.issues)
                break
    return found


def _list_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the items of a list in `text[start:end]` ("no X, and a Y; a Z")."""
    items: list[tuple[int, int]] = []
    for brk in _LIST_ITEM_BREAK.finditer(text, start, end):
        items.append((start, brk.start()))
        start = brk.end()
    items.append((start, end))
    return items


def _item_stance(text: str, start: int) -> str:
    """An item of a side's list: "no X" rejects X, any other item demands it."""
    return "rejects" if text.startswith(("no ", "No ", "not ", "never "), start) else "demands"


def _quoted_list(view: View, cues: list[Cue], party: str) -> list[tuple[str, str, str, int, int]]:
    """A quote that only names what its speaker's side wants, item by item, with no verb: '"No withdrawal
    from our land, and a freeze on the current line," he wrote.' As after a colon, "no X" rejects X and any
    other item demands it."""
    quote = _VERBLESS_QUOTE.match(view.text)
    if quote is None:
        return []
    text = view.text
    found = []
    for lo, hi in _list_items(text, quote.start(1), quote.end(1)):
        if _ITEM_OPENING.match(text, lo) is None or _ITEM_VERB.search(text, lo, hi) is not None:
            return []  # an item that is no noun phrase: the quote says more than a list
        stance = _item_stance(text, lo)
        issues = [issue for cue in cues if lo <= cue.start < hi for issue in cue.issues]
        if not issues:
            return []
        found.extend((party, issue, stance, lo, hi) for issue in issues[:1])
    return found


# The quote and its attribution after it: '"No withdrawal from our land, and a freeze ...," he wrote.'
_VERBLESS_QUOTE = re.compile(
    r'["“]([^"”]{5,200}?)[,.]?["”],?\s+(?:[A-Za-z.\s-]{1,40}?\s)?(?:said|says|wrote|writes|added)\b'
)
_ITEM_OPENING = re.compile(r"(?:[Nn]o|[Nn]ot|[Aa]n?|[Tt]he|[Ff]ull|[Ii]mmediate|[Rr]eal|[Ss]ecurity)\b")
_ITEM_VERB = re.compile(
    r"\b(?:is|are|was|were|will|would|must|should|can|could|has|have|had|do|does|did|be|we|I|they|you|gave"
    r"|give|gives|take|takes|took|want|wants|need|needs|make|makes|made|get|gets|got|means|mean|remain"
    r"|remains|stay|stays)\b|[.?!;]\s"
)
_Heads = list[tuple[str, tuple[str, ...]]]


_BOTH_END = re.compile(r"\s*(?:[.;,)]|$)")


def _section_heads(doc: Doc, words: _PackWords) -> list[tuple[int, _Heads, tuple[str, ...]]]:
    """Where each heading of the body starts, with the head nouns of the issues it names and its issue (when
    it names one)."""
    found = []
    for heading in doc.headings:
        view = View(-1, heading, doc.matcher, doc.published)
        found.append((heading.start, _heads_of(view, words) if view.cues else [], _one_issue(view)))
    return found


def _one_party(view: View) -> str | None:
    """The one side a question names ("What does Washington want?"), if it names one only."""
    parties = {m.party for m in view.mentions if m.party}
    return next(iter(parties)) if len(parties) == 1 else None


def _one_issue(view: View) -> tuple[str, ...]:
    """The issue a heading or a question names, when it names one only ("3. The Zaporizhzhia plant", "Will
    Ukraine give up Donbas?")."""
    issues = {c.issues for c in view.cues}
    return next(iter(issues)) if len(issues) == 1 else ()


def _bare_answer(view: View, previous: View | None, named_again: bool = False) -> bool:
    """ "Russia demands that Ukraine give up the rest of Donetsk. Kyiv won't.": a short sentence that names
    no issue answers the one before it in its paragraph (or the question before it), when that one named
    an issue (or named one again: "Moscow wants to run the plant itself. Kyiv refuses.")."""
    return (
        previous is not None
        and (bool(previous.cues) or named_again)
        and (previous.paragraph == view.paragraph or previous.text.rstrip().endswith("?"))
        and (
            (len(view.text) <= 40 and _BARE_STANCE.search(view.lower) is not None)
            # "Moscow, for its part, still demands exactly that.", "… and we back it.": a stance on what was
            # just said
            or (len(view.text) <= 90 and _STANCE_ON_THAT.search(view.lower) is not None)
            # "Kyiv will not do it.", "his troops would not leave it": a refusal of what was just asked
            or (len(view.text) <= 90 and _REFUSAL_OF_THAT.search(view.lower) is not None)
            # "Q: And leaving Donetsk? | A: That is not on the table.": a verdict on what was just asked
            or (len(view.text) <= 90 and _THAT_IS_OFF.search(view.lower) is not None)
        )
    )


# "Kyiv refuses to pull out.": a move named by a verb alone, whose object is what the sentence before asked
# ("agreed to hold off until Feb. 1": refraining from what was just named, a pause of it)
_BARE_MOVE_WORDS = r"(?:(?:pull|move|get)\s+out|withdraw|budge|back\s+down|give\s+way|hold\s+off)"
_BARE_STANCE = re.compile(
    r"\b(?:refuses|refused|rejects|rejected|won't|will not|wouldn't|agrees|agreed|accepts|rules out|ruled out"
    r"|rules (?:it|that) out|ruled (?:it|that) out)"
    rf"(?:\s+to\s+{_BARE_MOVE_WORDS}|\s+(?:withdrawing|pulling\s+out|budging))?\W*$"
)
_REFUSAL_OF_THAT = re.compile(
    r"\b(?:refuses|refused|won't|will not|wouldn't|would not|will never|would never|cannot|can't|could not)"
    r"\s+(?:to\s+)?(?:do|leave|give|hand|cede|accept|sign)\s+(?:it|that|so|this|them)(?:\s+(?:up|over))?\W*$"
)
# "That is not on the table", "This is out of the question": the subject is what was just said or asked
_THAT_SUBJECT = re.compile(
    r"(?:^|[:“\"]\s*)(?:that|this|it)\s+(?:is|was|remains|will be|would be)\s+(?:still\s+|simply\s+)?$"
)
_THAT_IS_OFF = re.compile(
    r"(?:^|[:“\"]\s*)(?:that|this|it)\s+(?:is|was|remains|will be|would be)\s+(?:still\s+|simply\s+)?"
    r"(?:not on the table|not on the agenda|off the table|out of the question|unacceptable)\b"
)
_STANCE_ON_THAT = re.compile(
    r"\b(?:demands?|demanded|wants?|wanted|insists on|insisted on|rejects?|rejected|refuses|refused|accepts?"
    r"|accepted|proposes?|proposed|supports?|supported|back|backs|backed|opposes?|opposed|welcomes?|welcomed)"
    r"\s+(?:exactly\s+|precisely\s+|just\s+)?(?:that|the same|it|them)\W*$"
)


def _asked_before(view: View, previous: View | None, views: dict[int, View]) -> View | None:
    """The sentence whose last issue an object pronoun ("we back it") stands for: the sentence before, in the
    paragraph or a question; past one that names none, the one before it in that turn or the turn before
    ("Q: The U.S. proposed an energy ceasefire. What happened to it? | A: We would observe it if …",
    "HOST: There was a deal on prisoners. | GUEST: Five hundred for five hundred. Both sides signed it.")."""
    if previous is None or not (previous.paragraph == view.paragraph or previous.text.rstrip().endswith("?")):
        return None
    if previous.cues:
        return previous
    earlier = views.get(previous.index - 1)
    if earlier is None or not earlier.cues:
        return None
    if earlier.paragraph == previous.paragraph:
        return earlier
    # past a paragraph break, only past a question or a short answer ("Five hundred for five hundred."): a
    # sentence of its own may hold what "it" stands for ("… both sides wanted a deal. | They want it now")
    short = len(previous.text) <= 50 or previous.text.rstrip().endswith("?")
    return earlier if short and previous.paragraph - earlier.paragraph == 1 else None


def _answers_with_it(
    view: View, previous: View | None, views: dict[int, View], named_again: bool = False
) -> bool:
    """A sentence naming no issue that may take one by "it" or "them" from the sentences before it (or from
    the one before, which named an issue again by a definite noun: "The pause took effect ... Kyiv welcomed
    it")."""
    lower = view.lower
    if not (" it" in lower or " them" in lower):
        return False
    if named_again and previous is not None and previous.paragraph == view.paragraph:
        return True
    return _asked_before(view, previous, views) is not None


def _stated_position(view: View, last_person_party: str | None) -> str | None:
    """Whose words a sentence with no speaker gives: "Guarantees, in his words, must come first" (the person
    last named); "Moscow's position is that Ukraine must withdraw" (the possessor of the position)."""
    if _HIS_WORDS.search(view.lower):
        return last_person_party
    stated = _POSITION_IS.search(view.text)
    if stated is not None:
        holder = view.mention_ending_at(stated.start())
        return holder.party if holder is not None else None
    return None


def _cue_start(cue: Cue) -> int:
    return cue.start


class _PackWords:
    """The words of a pack's issue names that rules read: worked out once per pack."""

    __slots__ = ("vocabulary", "known", "head_nouns", "again")

    def __init__(self, cues: dict[str, tuple[str, ...]]) -> None:
        self.vocabulary = _name_words(cues)
        # the words an issue cue's name may run on in, for each set of issues a cue names
        self.known = {issues: _run_on_words(self.vocabulary, issues) for issues in set(cues.values())}
        self.head_nouns = _head_nouns(cues)
        # Every noun that names an issue again without being one of the heads named just before (a noun for
        # the same thing, a truce, another name's head), less those holding another: a sentence free of them
        # and of those heads names nothing again.
        nouns = {*_SAME_THING, *_TRUCE_WORDS, *self.head_nouns}
        self.again = tuple(sorted(w for w in nouns if not any(o != w and o in w for o in nouns)))


_PACK_WORDS: weakref.WeakKeyDictionary[Matcher, _PackWords] = weakref.WeakKeyDictionary()


def _name_words(cues: dict[str, tuple[str, ...]]) -> dict[str, frozenset[str]]:
    """The words of each issue's cue phrases: those that can go on naming it ("Zaporizhzhia nuclear" + "power
    plant")."""
    words: dict[str, set[str]] = {}
    for phrase, issues in cues.items():
        for issue in issues:
            # function words ("along the front") name nothing
            named = [w for w in phrase.split() if w not in _FILLER and not _PREPOSITION_BEFORE.match(w + " ")]
            words.setdefault(issue, set()).update(named)
    return {issue: frozenset(w) for issue, w in words.items()}


def _head_nouns(cues: dict[str, tuple[str, ...]]) -> dict[str, frozenset[str]]:
    """The head nouns of the issues' cue phrases, with the issues they name: the last word, or the word
    before a preposition ("exchange of prisoners", "prisoners of war", "land for peace")."""
    heads: dict[str, set[str]] = {}
    counts: dict[tuple[str, str], int] = {}
    for phrase, issues in cues.items():
        words = phrase.lower().split()
        if len(words) < 2 or words[0] in _HEAD_ENDS:
            continue  # a word alone is a cue in its own right; "along the front" names no thing
        head = next((words[i - 1] for i, w in enumerate(words) if i and w in _HEAD_ENDS), words[-1])
        for issue in issues:
            counts[head, issue] = counts.get((head, issue), 0) + 1
    # a head that ends two of an issue's names is that issue's noun ("prisoner exchange", "POW exchange"); one
    # that ends a single name may be any deal or peace ("land deal", "land for peace")
    for (head, issue), count in counts.items():
        if count >= 2:
            heads.setdefault(head, set()).add(issue)
    return {head: frozenset(issues) for head, issues in heads.items()}


_HEAD_ENDS = frozenset(["of", "on", "for", "to", "along", "in"])


def _anaphoric_cues(
    view: View, before: View | None, heads: dict[str, tuple[str, ...]], words: _PackWords
) -> list[Cue]:
    """Definite nouns that stand for an issue named just before: "On the prisoner exchange. Russia is ready
    to carry out the exchange of 500 for 500", "… the Zaporizhzhia nuclear power plant … Moscow wants to
    operate the plant itself". The head noun of an issue's name in the two sentences before (`heads`), after
    "the", "this" or "that", names that issue again, as does a noun that named it again there ("… the
    Zaporizhzhia plant … American control of the station … Moscow wants to run the plant itself")."""
    found: list[Cue] = []
    if (
        before is not None
        and view.text[:1] in 'I“"'
        and not view.cues
        and before.paragraph == view.paragraph
        and before.cues
    ):
        subject_it = _SUBJECT_IT.match(view.text)
        # "“The territorial question is fundamental for us,” he said. “It has to be settled according to
        # Anchorage.”": "it" opening the sentence is the issue the sentence before opened with as its subject
        first = before.cues[0]
        if subject_it is not None and _SUBJECT_ISSUE.fullmatch(before.lower, 0, first.start):
            found.append(Cue(subject_it.start(1), subject_it.end(1), first.issues))
    proposal = _proposal_issues(view, before) if before is not None else ()
    if proposal:
        for match in _PROPOSAL_ANAPHOR.finditer(view.lower):
            # "rejected the idea of a referendum": an idea that says what it is names no earlier one
            if not _in_cue(match.start(1), view.cues) and not _OWN_CONTENT.match(view.lower, match.end(1)):
                found.append(Cue(match.start(1), match.end(1), proposal))
    if not heads:
        return found
    lower = view.lower
    # Every noun found below is one of `heads` (or its plural), or the word after a definite that is one, or
    # one of `words.again`: a sentence that holds none of them is not read.
    for word in heads:
        if word in lower:
            break
    else:
        for word in words.again:
            if word in lower:
                break
        else:
            return found
    head_nouns = words.head_nouns
    named = [(c.start, c.end) for c in view.cues]
    for match in _DEFINITE.finditer(view.lower):
        word = match.group(1)
        # "such exchanges" after "an all-for-all exchange"; "the station" after "the nuclear power plant"
        issues = (
            heads.get(word)
            or (heads.get(word[:-1]) if word.endswith("s") else None)
            or heads.get(_SAME_THING.get(word, ""))
            or (_last_truce(heads) if word in _TRUCE_WORDS else None)
            or _named_by_head(word, heads, head_nouns)
        )
        if issues and not _inside(match.start(1), named):
            found.append(Cue(match.start(1), match.end(1), issues))
        elif not issues:
            # "the occupied plant": one word that describes the noun may stand between
            after = _NEXT_WORD.match(view.lower, match.end(1))
            issues = heads.get(after.group(1)) if after is not None and word not in heads else None
            if after is not None and issues and not _inside(after.start(1), named):
                found.append(Cue(after.start(1), after.end(1), issues))
    return found


# "further exchanges", "new swaps": more of a kind of thing named just before
_MORE_OF_PATTERN = re.compile(r"\b(?:further|more|new|fresh|future)\s+([\w-]+)")
_MORE_OF_WORDS = Guarded(_MORE_OF_PATTERN, ("further", "more", "new", "fresh", "future"))


def _more_of(view: View, recent: set[str], words: _PackWords) -> list[Cue]:
    """ "Russia and Ukraine agreed to the swap. … Medinsky said Moscow was open to further exchanges": the
    head noun of an issue's names after "further", "more" or "new" names that issue again when one of the
    three sentences up to the one before named it, under any of its names."""
    found: list[Cue] = []
    for match in _MORE_OF_WORDS.finditer(view.lower):
        noun = match.group(1)
        issues = words.head_nouns.get(noun) or (
            words.head_nouns.get(noun[:-1]) if noun.endswith("s") else None
        )
        named = tuple(i for i in issues if i in recent) if issues else ()
        if named and not _in_cue(match.start(1), view.cues):
            found.append(Cue(match.start(1), match.end(1), named))
    return found


def _named_by_head(
    word: str, heads: dict[str, tuple[str, ...]], head_nouns: dict[str, frozenset[str]]
) -> tuple[str, ...] | None:
    """ "Both sides handed over 157 prisoners of war. They had agreed to the exchange in Abu Dhabi": the head
    noun of another of an issue's names ("prisoner exchange") names that issue again when it was named
    just before, under any of its names."""
    issues = head_nouns.get(word)
    if not issues:
        return None
    named = [i for i in heads.values() if issues.intersection(i)]
    return tuple(i for i in named[-1] if i in issues) if named else None


# The key under which a truce named further back stands among the heads: no word of a sentence
_EARLIER_TRUCE = "\0truce"
_TRUCE_WORD_PATTERN = re.compile(r"\b(?:pause|halt|moratorium|lull|silence)\b")
_TRUCE_WORD = Guarded(_TRUCE_WORD_PATTERN, ("pause", "halt", "moratorium", "lull", "silence"))


def _last_truce(heads: dict[str, tuple[str, ...]]) -> tuple[str, ...] | None:
    """ "A one-week halt to strikes on energy infrastructure ... Kyiv has welcomed the pause": a pause, a
    truce or a halt named again is the last ceasefire of any kind named before."""
    truces = [issues for issues in heads.values() if _TRUCE_ISSUES & set(issues)]
    return truces[-1] if truces else None


# "the Donetsk region ... the part of the region they hold": a place's name runs on in these nouns
_PLACE_NOUNS = frozenset(("region", "oblast", "province"))
_SET_OFF_SAID = re.compile(
    r",\s+[^,;:“”\"]{2,70}?\s(?:said|says|added|told\s+\w+|wrote|believes|claim(?:s|ed)|noted|reported"
    r"|insisted|argued|warned)\s*,\s*"
    r"(?:[\w-]+\s+){0,2}$"
)
_SUBJECT_IT = re.compile(r"[“\"]?(It)\s+(?:has|had|must|will|would|should|cannot|can't|can|is|was)\b")
# the words before an issue that opens its sentence as the subject: "The", "“The", "Control of the"
_SUBJECT_ISSUE = re.compile(r"[“\"]?(?:the\s+|this\s+|control\s+of\s+(?:the\s+)?)?", re.IGNORECASE)


def _run_on_words(vocabulary: dict[str, frozenset[str]], issues: tuple[str, ...]) -> frozenset[str]:
    return frozenset().union(*(vocabulary.get(i, frozenset()) for i in issues)) | _PLACE_NOUNS


def _preposition(word: str) -> bool:
    """Is the word (lower case, one of a split) a preposition, as `_PREPOSITION_BEFORE` reads it?"""
    if word.isascii():
        # the pattern ignores case; an ASCII word matches it only if it is one of its words in lower case
        return word.lower() in _PREPOSITIONS
    return _PREPOSITION_BEFORE.match(word + " ") is not None  # "ı" and "ſ" match "i" and "s" too


def _heads_of(view: View, words_of: _PackWords) -> list[tuple[str, tuple[str, ...]]]:
    """The head nouns of the issues' names in a sentence, with their issues, in order."""
    found: list[tuple[str, tuple[str, ...]]] = []
    lower = view.lower
    for c in view.cues:
        words = lower[c.start : c.end].split()
        # the name may run on in words of the issue's own vocabulary: "Zaporizhzhia nuclear power plant"
        known = words_of.known.get(c.issues)
        if known is None:
            known = _run_on_words(words_of.vocabulary, c.issues)
        pos = c.end
        for _ in range(2):
            following = _NEXT_WORD.match(lower, pos)
            if following is None or following.group(1) not in known:
                break
            words.append(following.group(1))
            pos = following.end()
        # a one-word cue is its own head; "along the front" is no noun phrase
        if len(words) >= 2 and not _preposition(words[0]):
            found.append((words[-1], c.issues))
        elif (
            len(words) == 1 and c.start > 0 and view.text[c.start].isupper() and view.text[c.start - 1] == " "
        ):
            # "the parts of Donbas it still holds ... the whole of the region": a place named by its name
            found.append(("region", c.issues))
    return found


def _proposal_issues(view: View, before: View) -> tuple[str, ...]:
    """ "… an American proposal for a halt to strikes on energy infrastructure. Kyiv had agreed to the idea":
    a definite "idea", "proposal", "offer" or "plan" stands for the proposal the sentence before (in the
    same paragraph) put forward, and names its issue: the first one named after the proposing word."""
    # (a sentence before that names no issue has none after its proposing word: the patterns are not run)
    if not before.cues or before.paragraph != view.paragraph or not _PROPOSAL_ANAPHOR.search(view.lower):
        return ()
    proposing = _PROPOSING.search(before.lower)
    if proposing is None:
        return ()
    after = [c for c in before.cues if c.start >= proposing.end()]
    return after[0].issues if after else ()


def _quote_speakers(views: list[View], attributions: dict[int, Attribution]) -> dict[int, str | None]:
    """The speaker's party of each sentence that is only a quote: one that runs on after its attribution
    in the same paragraph, or one that the next sentence attributes ("“…” Zelensky said this on Telegram")."""
    speakers: dict[int, str | None] = {}
    open_quote: tuple[int, str | None] | None = None  # (paragraph, party) of the direct quote running on
    for i, view in enumerate(views):
        attribution = attributions.get(view.index)
        if attribution is not None:
            open_quote = (view.paragraph, attribution.speaker.party) if attribution.direct else None
            continue
        if not view.pure_quote():
            open_quote = None
            continue
        if open_quote is not None and open_quote[0] == view.paragraph:
            speakers[view.index] = open_quote[1]
            continue
        following = attributions.get(view.index + 1)
        if following is not None and i + 1 < len(views) and not views[i + 1].quotes:
            speakers[view.index] = following.speaker.party
    return speakers


_TOPIC = re.compile(
    r"(?:On|As for|As to|Regarding|With regard to|When it comes to)\s+"
    r"(?:the\s+(?:question|issue|matter)\s+of\s+)?([^,;:]{3,80}),"
)
_TOPIC_OPENINGS = frozenset(("On", "As", "Re", "Wi", "Wh"))


class _Sentence:
    """One sentence with issue cues, read for stances."""

    def __init__(
        self,
        view: View,
        cues: list[Cue],
        stance_cues: list[StanceCue],
        speaker_party: str | None,
        last_person_party: str | None,
        previous: View | None,
        views_before: dict[int, View],
        subject: tuple[str, ...] = (),
        asked: str | None = None,
        named_before: tuple[str, ...] = (),
    ) -> None:
        self.view = view
        # the issue the sentence before named last, by its name or again by a definite noun ("the plant")
        self.named_before = named_before
        self.subject = subject  # the issue of the heading or question the sentence is under, if any
        self.asked = asked  # the side the question it answers asks about, if one
        self.cues = cues  # the sentence's issue cues, with the definite nouns that name an issue again
        self.stance_cues = stance_cues  # its stance words (`stances.find_cues`), at least one
        self.speaker_party = speaker_party
        self.last_person_party = last_person_party
        self.previous = previous
        self.views_before = views_before
        self.text = view.text
        self.lower = view.lower
        self._candidates: list[Mention] | None = None
        self._breaks: list[tuple[int, int]] | None = None
        self.embedded: set[int] = set()

    @property
    def breaks(self) -> list[tuple[int, int]]:
        """Where clauses break in the sentence (";", ", and", "but", "while" …), found once."""
        if self._breaks is None:
            self._breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(self.lower)]
        return self._breaks

    def _clause_start_before(self, pos: int) -> int:
        start = 0
        for _brk_start, brk_end in self.breaks:
            if brk_end > pos:
                break
            start = brk_end
        return start

    @property
    def candidates(self) -> list[Mention]:
        """The names that can hold a stance, worked out when a cue first needs a holder."""
        if self._candidates is None:
            self._candidates = [m for m in self.view.mentions if _can_hold(self.text, m)]
        return self._candidates

    def positions(self) -> list[tuple[str, str, str, int, int]]:
        view, text, lower = self.view, self.text, self.lower
        cues = self.stance_cues
        conditions = condition_spans(lower) if _MAY_CONDITION.search(lower) else []
        self.embedded = {i for i in range(1, len(cues)) if self._embedded(cues[i - 1], cues[i])}
        # (a cue tied to a condition is rare: most sentences skip the look for one before each cue)
        ties = any(_ties(c) for c in cues)
        results: list[tuple[str, str, str, int, int]] = []
        verb_holders: list[str] = []
        last_verb: StanceCue | None = None
        held: list[tuple[StanceCue, list[str]]] = []  # the stances read, with their holders
        for i, cue in enumerate(cues):
            if view.in_quote(cue.start) and self.speaker_party is None and not self._named_holder(cue):
                continue  # (a quote of no side's speaker states stances only of the sides it names)
            if self._open_question(cue):
                continue  # "has not said whether it will accept …": the question is open
            if i in self.embedded:
                continue  # "rejected any plan that would require it to cede …": part of what is rejected
            standalone = cue.stance == "conditions" and cue.stop is None and not cue.passive
            if not standalone and conditions and any(s <= cue.start < e for s, e in conditions):
                continue  # "if Russia agrees to a ceasefire": a condition, not Russia's stance
            if ties and any(_ties(c) and c.end <= cue.start < c.stop for c in cues[:i]):  # type: ignore[operator]
                continue  # "tied the guarantees it is offering to …": describes what is tied
            if standalone:
                if last_verb is not None and not _CLAUSE_BREAK.search(text, last_verb.end, cue.start):
                    continue  # "demands relief in exchange for a truce": the condition only ends that demand
                found = self._condition(cue, cues[i - 1] if i else None, conditions)
                results += found
                continue
            span_end = self._span_end(cues, i, cue)
            if cue.stance == "obliges":
                # "the current line must be the starting point for any ceasefire": what must be is the
                # subject when it names an issue, else what follows ("forces must leave Donbas")
                if _PROCEDURE.match(lower, cue.end):
                    continue  # "territorial questions will have to be settled by the leaders": an agenda
                clause = max(self._clause_start_before(cue.start), cues[i - 1].end if i else 0)
                issues = self._issues_between(clause, cue.start, conditions)
                issues = issues or self._issues_after(cue, span_end, conditions)
            else:
                issues = self._issues_after(cue, span_end, conditions)
            holders, made = self._holders(cue, cues[i - 1] if i else None, last_verb, verb_holders)
            if (
                not holders
                and last_verb is not None
                and cues[i - 1] is last_verb
                and (
                    _THERE_CAN_BE.fullmatch(lower, last_verb.end, cue.start)
                    or _JOINED_VERB.search(lower, max(last_verb.end, cue.start - 6), cue.start)
                    # "Kyiv has refused to withdraw from Donbas, insisted on freezing the front, and demanded
                    # guarantees": verbs listed in a series share the subject
                    or (
                        not cue.nominal
                        and lower.endswith(", ", last_verb.end, cue.start)
                        and ", and " in lower[cue.end :]  # (a series: "A, B, and C")
                    )
                )
            ):
                # "Russia insists that there can be no settlement until Ukraine withdraws", "Ukraine was
                # ready to freeze the fighting but would never hand over its land": a clause with no subject
                # of its own goes on with the holder of the verb before
                holders = verb_holders
            if not issues:
                issues = self._issues_before(
                    cue, cues[i - 1] if i else None, last_verb, span_end, made, conditions
                )
            if lower.startswith(" both", cue.end) and _BOTH_END.match(lower, cue.end + 5):
                # "Russia demands all of Donetsk and control of the plant; Ukraine refuses both": each issue
                # the sentence named before
                named = list(dict.fromkeys(i for c in self.cues if c.end <= cue.start for i in c.issues))
                issues = named if len(named) >= 2 else issues
            if not issues:
                issues = self._topic(conditions)  # "On the Zaporizhzhia plant, Moscow still insists on ..."
            if not issues and self.subject and not self.cues:
                # "1. Donbas | ... Kyiv says it will not.", "Q: Will Ukraine give up Donbas? | A: No. Kyiv has
                # refused": a stance on nothing named is on what the section or the question is about
                issues = list(self.subject)
            if cue.stance == "accepts" and issues and set(issues) <= view.matcher.between_sides_issues:
                if (
                    not holders
                    and len(view.matcher.two_sides) == 2
                    and (
                        _TALKERS.search(lower, self._clause_start_before(cue.start), cue.start) is not None
                        # "the sides had agreed in Geneva to exchange 500 for 500", "a swap agreed by the two
                        # sides": with no parties named near enough to say who "the sides" are, the two
                        # sides of what is settled between sides are the story's two
                        or _SIDES.search(lower, max(0, cue.start - 50), cue.start) is not None
                        or _BY_SIDES.match(lower, cue.end) is not None
                    )
                ):
                    # "The delegations agreed on a prisoner exchange", "The third round ended with an
                    # agreement to exchange 500 prisoners each": what the talks settle between the two sides
                    # the two sides accept
                    holders = list(view.matcher.two_sides)
                holders = self._between_sides(holders)
                if (
                    set(holders) & view.matcher.mediators
                    and len(view.matcher.two_sides) == 2
                    and _SIDES.search(lower, max(0, cue.start - 50), cue.start) is not None
                ):
                    # "a swap the two sides had agreed at the table", after a sentence on the Americans: the
                    # two sides of what they settle between themselves, never the mediator
                    holders = list(view.matcher.two_sides)
            if not cue.nominal:
                verb_holders, last_verb = holders, cue
            stance = "demands" if cue.stance == "obliges" else cue.stance
            clause_start = self._clause_start(cue, cues[i - 1] if i else None)
            if stance == "rejects" and issues and not cue.negated and _NEGATED_VERB.search(cue.word) is None:
                # (not a verb negated: "would not hold a referendum on giving up land" declines only to hold
                # the vote)
                issues = self._with_vote_on(issues, self._clause_start_before(cue.start), span_end)
            for holder in holders:
                for issue in issues:
                    results.append((holder, issue, stance, clause_start, span_end))
            if not cue.nominal and holders and issues:
                held.append((cue, holders))
        if " strikes" in lower and ("effect" in lower or "force" in lower or "hold" in lower):
            # (before the stances: a stance the sentence states wins over the truce kept)
            results = self._truce_in_force(conditions) + results
        return results + self._but_not(cues, held, conditions)

    def _with_vote_on(self, issues: list[str], start: int, end: int) -> list[str]:
        """ "ruled out a referendum on giving up Donbas", "a vote on handing over land is out of the
        question": who refuses a vote on a step refuses the step too, and who refuses the step refuses to
        put it to a vote; the step, a complement of the vote, is no object of other stances."""
        added = list(issues)
        for n, head in enumerate(self.cues):
            if not start <= head.start < end or _VOTE.fullmatch(self.lower, head.start, head.end) is None:
                continue
            if _ON_A_STEP.match(self.lower, head.end) is None:
                continue  # "rejected any referendum on the Donbas": a vote on a place names no step
            for c in self.cues[n + 1 :]:
                if c.start >= end:
                    break
                if _complement_of(self.lower, head, c) and set(head.issues + c.issues) & set(issues):
                    added += [i for i in (*head.issues, *c.issues) if i not in added]
        return _specific(added) if len(added) > len(issues) else issues

    def _truce_in_force(self, conditions: list[tuple[int, int]]) -> list[tuple[str, str, str, int, int]]:
        """ "A one-week pause in Russian strikes on energy facilities took effect overnight": a halt to one
        side's strikes that has come into force is a truce that side accepts."""
        found: list[tuple[str, str, str, int, int]] = []
        for match in _TRUCE_IN_FORCE.finditer(self.text):
            side = self.view.mention_starting_at(match.start("side"))
            if side is None or not side.party or _inside(match.start(), conditions):
                continue
            issues = self._issues_between(match.start(), match.end(), conditions)
            found += [(side.party, issue, "accepts", match.start(), match.end()) for issue in issues]
        return found

    def _but_not(
        self,
        cues: list[StanceCue],
        held: list[tuple[StanceCue, list[str]]],
        conditions: list[tuple[int, int]],
    ) -> list[tuple[str, str, str, int, int]]:
        """ "Ukraine is prepared to discuss a ceasefire, Umerov said, but not a withdrawal from Donetsk": what
        "but not" sets against the object of a stance, its holder rejects."""
        found: list[tuple[str, str, str, int, int]] = []
        for match in _BUT_NOT.finditer(self.lower):
            before = [(c, h) for c, h in held if c.end <= match.start() and c.stance != "rejects"]
            if not before:
                continue
            end = next((c.start for c in cues if c.start >= match.end()), len(self.text))
            brk = next((b for b, _e in self.breaks if b >= match.end() and b < end), end)
            issues = self._issues_between(match.end(), brk, conditions)
            found += [(h, i, "rejects", match.start(), brk) for h in before[-1][1] for i in issues]
        return found

    # ---------------------------------------------------------------------------------------------------
    # Issues

    def _open_question(self, cue: StanceCue) -> bool:
        """A cue in a clause opened by "whether" ("did not say whether Moscow would accept"): no stance. A
        comma closes the question ("Asked whether the truce could be extended, he said Moscow was ready")."""
        start = max(self._clause_start_before(cue.start), cue.start - 60)
        question = _WHETHER.search(self.lower, start, cue.start)
        if question is None or "," in self.lower[question.end() : cue.start]:
            return False
        # "asked whether Moscow had softened its demand that Kyiv leave Donbas": a side's own demand, named
        # as a thing it holds, is taken as given by the question; only what it may do is asked
        return not (cue.nominal and _HELD_STANCE.search(self.lower, max(0, cue.start - 20), cue.start))

    def _embedded(self, previous: StanceCue, cue: StanceCue) -> bool:
        """A cue in a relative clause whose subject is the object of the cue before ("rejected any plan
        that would require it to cede Donetsk") describes that object; with a subject of its own ("a
        ceasefire that Russia rejects") it is a stance of its own."""
        return _EMBEDDING.fullmatch(self.lower, previous.end, cue.start) is not None

    def _span_end(self, cues: list[StanceCue], i: int, cue: StanceCue) -> int:
        end = cue.stop if cue.stop is not None else len(self.text)
        if cue.stop is None:
            for j in range(i + 1, len(cues)):
                if (
                    not cues[j].nominal
                    and j not in self.embedded
                    and not self._describes_object(cue, cues[j])
                ):
                    end = cues[j].start
                    break
        colon = self.lower.find(":", cue.start, end)
        for start, stop in self.breaks:
            if start >= cue.end and stop <= end:
                if 0 <= colon < start and _LIST_AND.match(self.lower, start):
                    continue  # "put forward two ideas: a truce on energy, and a free economic zone": a list
                end = start
                break
        opened = _PARENTHETICAL_WHICH.search(self.lower, max(0, cue.start - 50), cue.start)
        if opened is not None:
            # "The plan, which Kyiv backs, includes a ceasefire": the relative clause ends at its comma
            comma = self.lower.find(",", cue.end, end)
            end = comma if comma >= 0 else end
        reported = _REPORTING.search(self.lower, cue.end, end)
        if (
            reported is not None
            and reported.start() == cue.end
            and _FRAME_THEN_OBJECT.match(self.lower, reported.end())
        ):
            # "Moscow now wants, he said, the rest of Donetsk region": a frame set between the verb and its
            # object leaves the object the verb's
            reported = _REPORTING.search(self.lower, reported.end(), end)
        if reported is not None:
            end = reported.start()  # "will not withdraw, Zelensky told the BBC, adding that …": the saying
        brk = _SUBORDINATE.search(self.lower, cue.end, end)
        while (
            brk is not None
            and brk.group() == "without"
            and _SPAN_WITHOUT.search(self.lower, cue.end, brk.start())
        ):
            # "accepted a week without strikes on energy facilities": a time without something is the thing
            # accepted, not a condition on it
            brk = _SUBORDINATE.search(self.lower, brk.end(), end)
        if brk is not None and brk.group() == "because":
            aside = _CAUSE_SET_OFF.match(self.lower, cue.end)
            if aside is not None:
                # "had agreed, because of the extreme cold, not to strike ... power plants": a cause set off
                # between the verb and its object
                brk = _SUBORDINATE.search(self.lower, aside.end(), end)
        if brk is not None:
            end = brk.start()
        inner = _INNER_SENTENCE_END.search(self.text, cue.end, end)
        return inner.start() + 1 if inner is not None else end

    def _describes_object(self, cue: StanceCue, later: StanceCue) -> bool:
        """ "turned down an idea floated by Washington to put the plant under US control": a participle right
        after the proposal a verb takes as its object describes that proposal, whose words go on after it."""
        return _PROPOSAL_OBJECT.fullmatch(self.lower, cue.end, later.end) is not None

    def _issues_after(self, cue: StanceCue, end: int, conditions: list[tuple[int, int]]) -> list[str]:
        cues = [
            c
            for c in self.cues
            if cue.end <= c.start < end
            and not (conditions and any(s <= c.start < e for s, e in conditions))
            and not _PURPOSE_BEFORE.search(self.lower, max(cue.end, c.start - 60), c.start)
            and not _TRADED_FOR.search(self.lower, max(cue.end, c.start - 60), c.start)
            and not _WITH_DETAIL.search(self.lower, max(cue.end, c.start - 40), c.start)
            and not _PAST_STATE.search(self.lower, max(cue.end, c.start - 40), c.start)
        ]
        kept: list[Cue] = []
        for c in cues:
            head = next((h for h in kept if _complement_of(self.lower, h, c)), None)
            if head is None:
                kept.append(c)
        return _specific([issue for c in _truce_lines(self.lower, kept) for issue in c.issues])

    def _issues_before(
        self,
        cue: StanceCue,
        previous: StanceCue | None,
        last_verb: StanceCue | None,
        span_end: int,
        made: int | None,
        conditions: list[tuple[int, int]],
    ) -> list[str]:
        """The object of a cue whose own words name no issue, when it stands before the cue."""
        lower = self.lower
        if made is not None:
            # "has made elections in Ukraine a central demand": the words between the verb and the noun
            return self._issues_between(made, cue.start, conditions)
        earlier = [c for c in self.cues if c.end <= cue.start and not _inside(c.start, conditions)]
        relative = _RELATIVE.search(lower, max(0, cue.start - 60), cue.start)
        if relative is not None and relative.group(1) == "that":
            words = lower[: relative.start()].split()
            if words and words[-1].strip(",;:“”\"'") in _COMPLEMENT_VERBS:
                relative = None  # "said that …" opens what is said, not a relative clause
        if relative is not None and earlier:
            own = _OWN_OBJECT.match(lower, cue.end)
            if (
                own is not None
                and own.group().lstrip().startswith("from ")
                and _WANTING.fullmatch(lower, cue.start, cue.end) is not None
            ):
                own = None  # "the guarantees that Kyiv wants from the West": whom it wants them from
            if own is not None and not _elliptic(self.view, cue.end, span_end):
                # "energy facilities that support the army", "guarantees that Washington would not walk away
                # from a deal": a verb with an object of its own does not take the noun before "that"
                return []
            # "a swap of 500 for 500 that the two sides agreed": the issue named just before "that"
            gap = lower[earlier[-1].end : relative.start()]
            if len(gap.split()) <= 5 and "," not in gap.rstrip(" ,"):
                return _specific(list(earlier[-1].issues))
            if relative.group(1) != "that" and gap.rstrip().endswith(","):
                # "wants to run the plant itself and sell power to Ukraine, which Kyiv refuses": a relative
                # after a comma may take the whole clause before it as its antecedent
                comma = lower.rindex(",", 0, relative.start())
                return self._issues_between(self._clause_start_before(comma), comma, conditions)
            return self._head_before(relative.start(), earlier)
        contact = self._restated(cue, last_verb, earlier) or self._contact_relative(cue, earlier)
        if contact:
            return contact
        if not earlier and _OBJECT_PRONOUN.match(lower, cue.end):
            # "Q: And the energy ceasefire the Americans proposed? | It is still on the table and we back it":
            # "it" is the issue the sentence before, in the paragraph or a question, named last
            before = _asked_before(self.view, self.previous, self.views_before)
            if before is not None:
                return _specific(list(before.cues[-1].issues))
            if (
                self.named_before
                and self.previous is not None
                and self.previous.paragraph == self.view.paragraph
            ):
                # "The pause took effect overnight, Zelensky said. Kyiv welcomed it": "it" is the issue the
                # sentence before named again by a definite noun
                return _specific(list(self.named_before))
        if earlier and _OBJECT_PRONOUN.match(lower, cue.end):
            # "Moscow wants to run the plant itself, while Kyiv refuses to leave it in Russian hands": the
            # pronoun object stands for the object of the stance before ("tying the guarantees to
            # concessions, offering to sign them"), else for the issue named last
            after = [c for c in earlier if previous is not None and c.start >= previous.end]
            # "no referendum on giving away our land ... would not back it": "it" is the referendum, not
            # the land its name holds
            heads = [
                c for n, c in enumerate(earlier) if not any(_complement_of(lower, h, c) for h in earlier[:n])
            ]
            return _specific(list((after or heads)[0 if after else -1].issues))
        if _elliptic(self.view, cue.end, span_end):
            if earlier:
                return _specific(list(earlier[-1].issues))
            # "Russia demands that Ukraine withdraw from Donetsk. Ukraine refuses.": the object elided is
            # the issue the sentence before, in the same paragraph, named last; the refusing party is named
            # as the subject right before the cue
            before = self.previous
            subject = any(_SUBJECT_GAP.fullmatch(self.lower, m.end, cue.start) for m in self.candidates) or (
                _SUBJECT_PRONOUN.fullmatch(self.text, 0, cue.start) is not None  # "We will not."
            )
            if subject and before is not None and before.paragraph == self.view.paragraph and before.cues:
                return _specific(list(before.cues[-1].issues))
            if (
                subject
                and self.named_before
                and len(self.text) <= 90
                and before is not None
                and before.paragraph == self.view.paragraph
            ):
                # "Moscow wants to run the plant itself. Kyiv refuses.": named again by "the plant"
                return _specific(list(self.named_before))
            return self._that_answered(cue)  # "That is out of the question."
        if cue.passive or cue.word in _PREDICATIVE:
            start = self._clause_start_before(cue.start)
            issues = self._issues_between(start, cue.start, conditions)
            return issues or self._that_answered(cue)
        return []

    def _head_before(self, pos: int, earlier: list[Cue]) -> list[str]:
        """ "freed 200 prisoners of war in the first stage of an exchange that Moscow and Kyiv agreed": the
        noun before the relative pronoun heads the names of an issue the sentence has named, and names it
        again, with any article."""
        last = _LAST_WORD.search(self.lower, max(0, pos - 30), pos)
        if last is None:
            return []
        heads = _PACK_WORDS[self.view.matcher].head_nouns
        word = last.group(1)
        issues = heads.get(word) or (heads.get(word[:-1]) if word.endswith("s") else None)
        named = {i for c in earlier for i in c.issues}
        return _specific([i for i in issues if i in named]) if issues else []

    def _that_answered(self, cue: StanceCue) -> list[str]:
        """ "Q: And withdrawing from Donetsk? | A: That is not on the table for us.": "that", the subject of a
        verdict, is what the sentence before (in the paragraph, or a question) named last."""
        before = self.previous
        if (
            cue.word in _PREDICATIVE
            and before is not None
            and before.cues
            and (before.paragraph == self.view.paragraph or before.text.rstrip().endswith("?"))
            and _THAT_SUBJECT.search(self.lower, self._clause_start_before(cue.start), cue.start)
        ):
            return _specific(list(before.cues[-1].issues))
        return []

    def _restated(self, cue: StanceCue, verb: StanceCue | None, earlier: list[Cue]) -> list[str]:
        """ "Russia demands that Ukraine withdraw from Donetsk before any ceasefire, a demand Kyiv rejects":
        the stance named again after a comma is the verb's before it, and its object is that verb's first."""
        if verb is None:
            return []
        holder = next((m for m in reversed(self.candidates) if m.end <= cue.start), None)
        if holder is None or not _AUX_GAP.fullmatch(self.lower, holder.end, cue.start):
            return []
        if _RESTATED.search(self.lower, max(0, holder.start - 30), holder.start) is None:
            return []
        first = next((c for c in earlier if c.start >= verb.end), None)
        return _specific(list(first.issues)) if first is not None else []

    def _contact_relative(self, cue: StanceCue, earlier: list[Cue]) -> list[str]:
        """A relative clause without "that": "the energy ceasefire Washington proposed in Abu Dhabi". The
        issue named right before the holder is the object of the cue right after it."""
        if not earlier:
            return []
        last = earlier[-1]
        sides = _SIDES.search(self.lower, max(last.end, cue.start - 50), cue.start)
        if sides is not None and self.lower[last.end : sides.start()].isspace():
            # "the 500-for-500 swap the two sides agreed at the third round"
            return _specific(list(last.issues))
        holder = next((m for m in reversed(self.candidates) if m.end <= cue.start), None)
        if holder is None or not _AUX_GAP.fullmatch(self.lower, holder.end, cue.start):
            return []
        if not self.lower[last.end : holder.start].isspace():
            return []
        return _specific(list(last.issues))

    def _topic(self, conditions: list[tuple[int, int]]) -> list[str]:
        """The issues of a phrase that opens the sentence and names its topic ("On the Zaporizhzhia nuclear
        plant, ...", "As for the prisoners, ..."): the stances of its clauses that name none are on them."""
        topic = _TOPIC.match(self.text) if self.text[:2] in _TOPIC_OPENINGS else None
        return self._issues_between(topic.start(1), topic.end(1), conditions) if topic is not None else []

    def _issues_between(self, start: int, end: int, conditions: list[tuple[int, int]]) -> list[str]:
        cues = [
            c for c in self.cues if start <= c.start and c.end <= end and not _inside(c.start, conditions)
        ]
        kept: list[Cue] = []
        for c in cues:
            if not any(_complement_of(self.lower, h, c) for h in kept):
                kept.append(c)
        return _specific([issue for c in _truce_lines(self.lower, kept) for issue in c.issues])

    def _condition(
        self, cue: StanceCue, previous: StanceCue | None, conditions: list[tuple[int, int]]
    ) -> list[tuple[str, str, str, int, int]]:
        """A condition with no acceptance before it ("elections can be held only once the fighting stops",
        "could guarantee security provided that Ukraine holds elections"): the issues of its clause before
        the marker are conditional; the words of the condition get no stance."""
        start = self._clause_start_before(cue.start)
        if previous is not None:
            start = max(start, previous.end)
        issue_cues = [
            c
            for c in self.cues
            if start <= c.start and c.end <= cue.start and not _inside(c.start, conditions)
        ]
        if not issue_cues:
            return self._pronoun_condition(cue, start)
        anchor = StanceCue("conditions", issue_cues[0].start, issue_cues[0].start, "")
        holders: list[str] = []
        if (
            previous is not None
            and previous.nominal
            and previous.stance != "conditions"
            and previous.start >= self._clause_start_before(cue.start)
        ):
            # "Moscow's agreement to halt strikes on energy came only in exchange for …": the condition is on
            # the stance the noun names, and so its holder's
            holders = self._nominal_holders(previous, None)[0]
        if not holders:
            holders, _ = self._holders(anchor, previous, None, [])
        issues = _specific([issue for c in issue_cues for issue in c.issues])
        clause_start = self._clause_start(anchor, previous)
        return [(h, i, "conditions", clause_start, cue.start) for h in holders for i in issues]

    def _pronoun_condition(self, cue: StanceCue, start: int) -> list[tuple[str, str, str, int, int]]:
        """ "The Kremlin has long insisted on elections. Zelensky has said they can only take place once a
        ceasefire is in force": "they" or "it", the subject of what is to happen only then, is the issue
        the sentence before (in the paragraph) named last."""
        subject = _HELD_SUBJECT.search(self.lower, start, cue.start)
        before = self.previous
        if subject is None or before is None or not before.cues or before.paragraph != self.view.paragraph:
            return []
        anchor = StanceCue("conditions", subject.start(), subject.start(), "")
        holders, _ = self._holders(anchor, None, None, [])
        issues = _specific(list(before.cues[-1].issues))
        return [(h, i, "conditions", subject.start(), cue.start) for h in holders for i in issues]

    # ---------------------------------------------------------------------------------------------------
    # Holders

    def _holders(
        self,
        cue: StanceCue,
        previous: StanceCue | None,
        last_verb: StanceCue | None,
        verb_holders: list[str],
    ) -> tuple[list[str], int | None]:
        """Who holds the stance, and for a noun made a stance by a verb ("made … a demand") where that
        verb ends."""
        if cue.stance == "obliges":
            # "the guarantees had to be legally binding": an obligation the speaker states is their demand;
            # "The Russian officers still say we must first leave the Donbas": one told as another's words
            # is theirs
            reported = _SAY_BEFORE.search(self.lower, max(0, cue.start - 60), cue.start)
            if reported is not None:
                # (a side's people by adjective too: "The Russian officers")
                # (the one who says stands right before the verb and the words that may come between: "Q:
                # Moscow keeps saying")
                verb = reported.start(1)
                sayer = [m for m in self.view.mentions if reported.start() - 30 <= m.end <= verb]
                if sayer and sayer[-1].party:
                    return [sayer[-1].party], None
            if (
                not self.speaker_party
                and previous is not None
                and previous.nominal
                and ":" in self.text[previous.end : cue.start]
            ):
                # "Moscow's demand has not moved: Ukrainian troops must leave ...": what the colon opens
                # spells out the demand named before it
                return self._nominal_holders(previous, None)[0], None
            return ([self.speaker_party] if self.speaker_party else []), None
        if cue.nominal:
            return self._nominal_holders(cue, previous)
        if cue.passive and _ties(cue) and not _BY_AGENT.match(self.text, cue.end):
            # "a source said the pause was tied to Ukraine sparing refineries": a link no one is said to make
            # is no side's condition
            return [], None
        if cue.word in _PREDICATIVE:
            # "For Moscow, a ceasefire first is out of the question", "... unacceptable for Kyiv"
            fronted = self._party_after(0, _FRONTED_HOLDER)
            set_off = _HOLDER_SET_OFF.match(self.text, self._mention_end(0, _FRONTED_HOLDER))
            if fronted is not None and set_off is not None:
                return [fronted], None
            after = self._party_after(cue.end, _FOR_PARTY)
            if after is not None:
                return [after], None
        holders = self._verb_holders(cue.start, cue.end, previous, last_verb, verb_holders)
        if cue.word.startswith("agree"):
            with_party = self._party_after(cue.end, _WITH_PARTY)
            if with_party is not None:
                # "their terms had been agreed with the American side": both sides agree
                holders = list(dict.fromkeys([*(holders or self._speaker()), with_party]))
        return holders, None

    def _speaker(self) -> list[str]:
        return [self.speaker_party] if self.speaker_party else []

    def _verb_holders(
        self,
        start: int,
        end: int,
        previous: StanceCue | None,
        last_verb: StanceCue | None,
        verb_holders: list[str],
    ) -> list[str]:
        text = self.text
        by = self._party_after(end, _BY_AGENT)
        if by is not None:
            return self._agents(end, by)
        window_start = previous.end if previous else 0
        if last_verb is not None and self._continues(last_verb, start):
            # (a subject not worked out holds this verb too: "it wants Ukraine out … and is prepared to …" is
            # never Ukraine's)
            return verb_holders
        if last_verb is None and ", but " in self.lower and _ELIDED_AFTER_BUT.search(self.lower, 0, start):
            # "Kyiv would send its team wherever the Americans called a meeting, but would not give up land":
            # a verb after "but" with no subject of its own is the sentence's subject's, not the last name's
            said = _SAID_BEFORE_SUBJECT.search(self.lower, 0, start)
            opening = said.end() if said is not None else 0
            first = next((m for m in self.candidates if opening <= m.start < start), None)
            if first is not None and first.party:
                return [first.party]
        # Both patterns are anchored at `start`; a plain search for their key words first is far cheaper.
        lo = max(window_start, start - 60)
        pronoun = (
            _SUBJECT_PRONOUN.search(text, lo, start) if _PRONOUN_WORD.search(self.lower, lo, start) else None
        )
        if pronoun is not None:
            return self._pronoun(pronoun.group(1).lower(), pronoun.start())
        sides = _SIDES_WORD.search(self.lower, max(0, start - 60), start)
        phrase = _SIDES.search(text, max(0, start - 60), start) if sides is not None else None
        if phrase is not None:
            said = phrase.group().lower()
            return self._joint_parties(start, two="two" in said or "both" in said)
        relative = _SUBJECT_RELATIVE.search(text, max(window_start, start - 50), start)
        if relative is not None and relative.group(1) not in _COMPLEMENT_VERBS:
            # "the question that has blocked every meeting": the subject of a verb right after "that" or
            # "which" is the noun before it, here no side
            return []
        # "Moscow, a Ukrainian source said, agreed to the energy pause": the subject stands before the
        # attribution set off between it and its verb
        set_off = _SET_OFF_SAID.search(text, max(window_start, start - 90), start) if "," in text else None
        before = set_off.start() if set_off is not None else start
        candidates = [m for m in self.candidates if m.start >= window_start and m.end <= before]
        if candidates:
            nearest = candidates[-1]
            gap = text[nearest.end : start]
            if len(gap.split()) <= 6 and ";" not in gap and ":" not in gap:
                return self._with_joint(candidates, nearest)
            return [nearest.party]  # type: ignore[list-item]
        group = _THE_GROUP.search(text, max(0, start - 40), start)
        if group is not None:
            # "European Union foreign ministers met in Brussels. ... The ministers backed …": the side of the
            # group named so a few sentences before
            side = self._group_before(group.group(1).lower())
            if side is not None:
                return [side]
        return self._speaker()

    def _group_before(self, noun: str) -> str | None:
        for back in range(self.view.index - 1, self.view.index - 7, -1):
            view = self.views_before.get(back)
            if view is None:
                continue
            for mention in reversed(view.mentions):
                if (
                    mention.party
                    and _GROUP_AFTER.match(view.lower, mention.end)
                    and noun in view.lower[mention.end : mention.end + 40].split()
                ):
                    return mention.party
        return None

    def _named_holder(self, cue: StanceCue) -> bool:
        """ "“Russia wants the whole of Donbas, and Ukraine will not give it away,” said a Western diplomat":
        a side named as the subject right before the cue holds it, whoever quotes it."""
        return any(
            m.party and _AUX_GAP.fullmatch(self.lower, m.end, cue.start) is not None for m in self.candidates
        )

    def _agents(self, end: int, first: str) -> list[str]:
        """The agents of a passive: "agreed by Russia and Ukraine" is agreed by both."""
        agents = [first]
        match = _BY_AGENT.match(self.text, end)
        mention = self.view.mention_starting_at(match.end()) if match is not None else None
        while mention is not None:
            joint = _AND_NEXT.match(self.text, mention.end)
            mention = self.view.mention_starting_at(joint.end()) if joint is not None else None
            if mention is not None and mention.party:
                agents.append(mention.party)
        return list(dict.fromkeys(agents))

    def _continues(self, last_verb: StanceCue, start: int) -> bool:
        """ "Kyiv refuses to withdraw and proposes …", "rejects any withdrawal and has proposed …": the
        clause goes on with its subject. A bare verb in another tense goes back to the sentence's own verb
        instead ("said the US was linking X to Y, and insisted that …")."""
        joined = _CONTINUES.search(self.text, last_verb.end, start)
        if joined is None:
            return False
        if any(
            last_verb.end <= m.start
            and m.end <= joined.start()
            and not self.text[m.end : joined.start()].strip()
            for m in self.candidates
        ):
            return False  # "Kyiv will not leave, as Moscow instead demands": a subject of its own
        if _AUXILIARY.search(joined.group()):
            return True
        # "has refused to withdraw and wants ...": the auxiliary gives the first verb its tense
        progressive = last_verb.word.split()[0].endswith("ing")  # "were tying ..., offering": both -ing
        aux = (
            None
            if progressive
            else _AUX_BEFORE.search(self.lower, max(0, last_verb.start - 20), last_verb.start)
        )
        first = _AUX_TENSE[aux.group(1)] if aux is not None else _tense(last_verb.word)
        tenses = {first, _tense(self.lower[start:].split(" ", 1)[0])}
        return len(tenses) == 1 or "any" in tenses

    def _with_joint(self, candidates: list[Mention], nearest: Mention) -> list[str]:
        """ "Russia and Ukraine agreed": one position each."""
        holders = [nearest.party]
        for other in reversed([c for c in candidates if c.end <= nearest.start]):
            if _JOINT.fullmatch(self.text, other.end, nearest.start):
                holders.insert(0, other.party)
                nearest = other
            else:
                break
        if _WE_AND.search(self.text, max(0, nearest.start - 8), nearest.start) and self.speaker_party:
            holders.insert(0, self.speaker_party)  # "We and the Russians agreed …": the speaker's side too
        return list(dict.fromkeys(h for h in holders if h))

    def _pronoun(self, word: str, pos: int) -> list[str]:
        if word == "we":
            return self._speaker()
        if word in ("he", "she"):
            # "Kyiv says it will not, and Zelensky has said he will not …": a person named before the pronoun
            # in its own clause is who it stands for, rather than the last speaker
            clause = self._clause_start_before(pos)
            named = [m for m in self.view.mentions if m.person is not None and m.party and clause <= m.start]
            named = [m for m in named if m.end <= pos]
            if named:
                return [named[-1].party]  # type: ignore[list-item]
            before = self.previous
            if before is not None and before.paragraph == self.view.paragraph and before.mentions:
                # "Zelensky has drawn one firm line. Speaking in Geneva, he rejected …": the person the
                # sentence before opens with, as its subject
                first = before.mentions[0]
                if first.person is not None and first.party and first.start <= 20:
                    return [first.party]
            return [self.last_person_party] if self.last_person_party else []
        # "while Kyiv says it will not", "the American side told Kyiv it was ready": "it" is the subject of
        # its clause, and never a person; with no antecedent in the sentence, the subject of the one before.
        before = [m for m in self.candidates if m.end <= pos]
        if word == "it":
            said = _SAID_THAT.search(self.text, max(0, pos - 40), pos)
            speaker = self.view.mention_ending_at(said.start()) if said is not None else None
            if speaker is not None and speaker.party:
                # "..., and Zelensky has repeated that it will not": his country; "Russia wants to run it and
                # Ukraine says it will not accept Russian control": the side that says so
                return [speaker.party]
            before = [m for m in before if m.person is None]
        clause = self._clause_start_before(pos)
        in_clause = [m for m in before if m.start >= clause]
        before = in_clause or before
        if before:
            if word == "they":
                return self._with_joint(before, before[0])
            return [before[0].party]  # type: ignore[list-item]
        subject = _subject_of(self.previous, self.views_before, word)
        if not subject and self.asked is not None and word in ("it", "they"):
            # "What does Washington want? | A deal, and soon ... It has offered Kyiv guarantees": the side the
            # question asks about
            return [self.asked]
        return subject

    def _between_sides(self, holders: list[str]) -> list[str]:
        """ "The parties agreed on an exchange of 157 for 157": an agreement by all three on what the two
        sides settle between themselves (`between_sides` in the pack) is the two sides'; the mediator
        brokered it."""
        sides = self.view.matcher.two_sides
        if len(sides) == 2 and set(holders) == {*sides, *self.view.matcher.mediators}:
            return list(sides)
        return holders

    def _joint_parties(self, pos: int, two: bool = False) -> list[str]:
        """ "the two sides agreed": the parties the sentence (or the one before) names. Where "both" or "two"
        sides are three parties, the one that brokers the talks ("U.S.-brokered", "mediated by Washington"),
        else the pack's mediator, is not one of them."""
        view = self.view
        parties = list(dict.fromkeys(m.party for m in self.candidates if m.end <= pos and m.party))
        back = self.view.index - 1
        while len(parties) < 2 and back in self.views_before and back >= self.view.index - 3:
            # "The talks began on Wednesday. The two delegations agreed …": the sides named last
            view = self.views_before[back]
            parties = list(dict.fromkeys(m.party for m in view.mentions if m.party))
            back -= 1
        if two and len(parties) > 2:
            brokers = {m.party for m in view.mentions if m.party and _brokers(view.text, m.start, m.end)}
            if len(parties) - len(brokers) != 2:
                # no broker named as such: the pack's mediator is not one of "the two sides"
                brokers = set(view.matcher.mediators)
            parties = (
                [p for p in parties if p not in brokers] if len(parties) - len(brokers) == 2 else parties
            )
        if two and len(parties) < 2:
            return self._two_sides_before(pos)
        return parties if len(parties) >= 2 else []  # type: ignore[return-value]

    def _two_sides_before(self, pos: int) -> list[str]:
        """ "Medinsky called the talks difficult. Witkoff spoke of progress. … The two sides agreed to swap
        prisoners": where no sentence names both, "the two sides" are the last two parties named, a few
        sentences back, that do not mediate."""
        mediators = self.view.matcher.mediators
        named = [m.party for m in reversed(self.candidates) if m.end <= pos and m.party not in mediators]
        back = self.view.index - 1
        while len(set(named)) < 2 and back in self.views_before and back >= self.view.index - 5:
            mentions = self.views_before[back].mentions
            named += [m.party for m in reversed(mentions) if m.party and m.party not in mediators]
            back -= 1
        sides = list(dict.fromkeys(p for p in named if p))
        return sides[:2] if len(sides) >= 2 else []

    def _mention_end(self, end: int, lead: re.Pattern[str]) -> int:
        match = lead.match(self.text, end)
        mention = self.view.mention_starting_at(match.end()) if match is not None else None
        return mention.end if mention is not None else 0

    def _party_after(self, end: int, lead: re.Pattern[str]) -> str | None:
        match = lead.match(self.text, end)
        if match is None:
            return None
        mention = self.view.mention_starting_at(match.end())
        return mention.party if mention is not None else None

    def _holder_after(self, end: int) -> str | None:
        """ "the demand of Moscow", "a proposal from the Russian side"; not "the idea of European troops",
        whose adjective only says what the idea is about."""
        match = _OF_HOLDER.match(self.text, end)
        if match is None:
            return None
        # a name may take its article in ("the Kremlin") or not ("the Russian side")
        mention = self.view.mention_starting_at(match.end()) or self.view.mention_starting_at(match.end(1))
        if mention is None or not mention.party or _POSSESSIVE_AFTER.match(self.text, mention.end):
            return None
        if mention.first("person", "institution", "party") is None:
            return mention.party if _ACTOR_AFTER.match(self.text, mention.end) else None
        return mention.party

    def _nominal_holders(self, cue: StanceCue, previous: StanceCue | None) -> tuple[list[str], int | None]:
        text = self.text
        if cue.word == "agreement to" and text.startswith("to", cue.start):
            # ("an agreement by Russia and Ukraine to exchange prisoners": the sides named after the noun)
            sides = self._parties_between(cue.start)
            if sides:
                return sides, None
        after = self._holder_after(cue.end)
        if after is not None:
            return [after], None
        # "Moscow's demand", "a U.S. proposal", "the Russian offer": the possessor holds it.
        for mention in reversed(self.view.mentions):
            if mention.end > cue.start or mention.end < cue.start - 40:
                continue
            if (
                mention.party
                and _NOUN_PHRASE_TAIL.match(text[mention.end : cue.start])
                and not _PREPOSITION_BEFORE.search(text, max(0, mention.start - 14), mention.start)
            ):
                return [mention.party], None
            break
        possessive = _POSSESSIVE_PRONOUN.search(text, max(0, cue.start - 40), cue.start)
        if possessive is not None:
            word = possessive.group(1).lower()
            if word == "our":
                return self._speaker(), None
            if word in ("his", "her"):
                return ([self.last_person_party] if self.last_person_party else []), None
            return self._pronoun("it" if word == "its" else "they", possessive.start()), None
        start = self._clause_start_before(cue.start)
        verbs = list(_HOLDING_VERB.finditer(self.lower, start, cue.start))
        if verbs:
            verb = verbs[-1]
            return self._verb_holders(verb.start(), verb.end(), previous, None, []), verb.end()
        if cue.stance == "accepts":
            # "talks between Russia and Ukraine ended with an agreement to exchange prisoners": an agreement
            # reached in talks between parties is theirs
            return self._parties_between(cue.start), None
        return [], None

    def _parties_between(self, pos: int) -> list[str]:
        match = _BETWEEN.search(self.text, 0, pos)
        if match is None:
            return []
        first = self.view.mention_starting_at(match.end(1))
        second = self.view.mention_starting_at(match.end(2))
        if first is None or second is None or not first.party or not second.party:
            return []
        return list(dict.fromkeys([first.party, second.party]))

    def _clause_start(self, cue: StanceCue, previous: StanceCue | None) -> int:
        window_start = previous.end if previous else 0
        mentions = [m for m in self.view.mentions_between(window_start, cue.start) if m.party]
        return mentions[-1].start if mentions else cue.start


_OPENING_PRONOUN = re.compile(r"(?:(?:and|but|yet|so)\s+)?(it|they)\b", re.IGNORECASE)


def _subject_of(view: View | None, views: dict[int, View], word: str, depth: int = 0) -> list[str]:
    """The party a sentence is about: its first name that can hold a stance, or what its opening pronoun
    stands for ("Washington has tried to bridge the gap. It has floated … And it has tied …")."""
    if view is None or depth > 3:
        return []
    opening = _OPENING_PRONOUN.match(view.text)
    if opening is not None and opening.group(1).lower() == word:
        return _subject_of(views.get(view.index - 1), views, word, depth + 1)
    held = [m for m in view.mentions if _can_hold(view.text, m)]
    if word == "it":
        held = [m for m in held if m.person is None] or [
            # "Moscow's terms have not moved. It has ruled out a general ceasefire": the side whose thing the
            # sentence opens with
            m
            for m in view.mentions[:1]
            if m.party and m.person is None and m.start <= 4 and _POSSESSIVE_AFTER.match(view.text, m.end)
        ]
    elif word == "they":
        # "Rubio said Russia's ambitions had narrowed. They still want …": a side, even one named as a
        # possessor, rather than one person
        sides = [m for m in held if m.person is None] or [
            m
            for m in view.mentions
            if m.party and m.person is None and _POSSESSIVE_AFTER.match(view.text, m.end) is not None
        ]
        if not sides:
            # "Q: … Russia's ambitions had narrowed … | Umerov: Narrowed, maybe. They still want …": the
            # last side named, a sentence or more back; one person is no "they"
            return _subject_of(views.get(view.index - 1), views, word, depth + 1) or (
                [held[0].party] if held else []  # type: ignore[list-item]
            )
        held = sides
    return [held[0].party] if held else []  # type: ignore[list-item]


def _ties(cue: StanceCue) -> bool:
    """ "tied X to Y", "linking X to Y": a condition whose object runs up to "to"."""
    return cue.stop is not None and cue.word.startswith(("tie", "tying", "link"))


_AUX_BEFORE = re.compile(r"\b(has|have|had|is|are|was|were)\s+(?:\w+ly\s+|long\s+|also\s+|still\s+)?$")
_AUX_TENSE = {"has": "present", "have": "base", "is": "present", "are": "base", "had": "past", "was": "past"}
_AUX_TENSE["were"] = "past"


def _tense(word: str) -> str:
    first = word.split()[0] if word else ""
    if first in ("put", "set", "cut"):
        return "any"  # "put forward … and again floated": past or present alike
    if first.endswith("ed") or first in ("sought", "floated"):
        return "past"
    if first.endswith("s") and not first.endswith("ss"):
        return "present"
    return "ing" if first.endswith("ing") else "base"


_GROUP_FROM = re.compile(
    r"\b(?:[Nn]egotiators|[Dd]elegat(?:es|ions)|[Tt]eams|[Oo]fficials|[Rr]epresentatives|[Ee]nvoys)\s+from\s+$"
)


def _can_hold(text: str, mention: Mention) -> bool:
    """Whether a name can be the subject that holds a stance: not after a preposition ("in Ukraine"), not
    the possessor of a thing ("Ukraine's security"), not an adjective of a thing ("Ukrainian troops")."""
    if not mention.party:
        return False
    if _PREPOSITION_BEFORE.search(text, max(0, mention.start - 14), mention.start) and not (
        # "Negotiators from Kyiv and Moscow agreed on the swap": the side a group of people comes from
        _GROUP_FROM.search(text, max(0, mention.start - 30), mention.start)
    ):
        absolute = _WITH_BEFORE.search(text, max(0, mention.start - 6), mention.start)
        if absolute is None or (
            _ING_AFTER.match(text, mention.end) is None and _JOINT_ING_AFTER.match(text, mention.end) is None
        ):
            return False
    if _among_alternatives(text, mention):
        return False  # "few people in Kyiv, Moscow or Washington expect …": the preposition governs them all
    if mention.first("person", "institution", "party") is None or _POSSESSIVE_AFTER.match(text, mention.end):
        return _ACTOR_AFTER.match(text, mention.end) is not None
    return True


# Alternatives a preposition governs, up to the one at the end: "in Kyiv, Moscow or ", "in Kyiv, "
_ALTERNATIVES_AFTER_PREPOSITION = re.compile(
    rf"\b(?:{_PREPOSITION_ALTERNATIVES})\s+(?:the\s+)?[A-Z][\w.’'-]*(?:,\s+(?:the\s+)?[A-Z][\w.’'-]*)*"
    r"(?:,?\s+or|,)\s+$"
)
_OR_AFTER = re.compile(r",?\s+or\s")


def _among_alternatives(text: str, mention: Mention) -> bool:
    """ "in Kyiv, Moscow or Washington": a name among alternatives a preposition governs (the last after
    "or", one before it after a comma); "In Geneva, Russia and Ukraine agreed" names the subjects."""
    start = mention.start
    last = text.endswith("or ", 0, start)
    if not last and not (text.endswith(", ", 0, start) and _OR_AFTER.match(text, mention.end)):
        return False
    return _ALTERNATIVES_AFTER_PREPOSITION.search(text, max(0, start - 50), start) is not None


def _complement_of(lower: str, head: Cue, cue: Cue) -> bool:
    """ "monitoring of a future ceasefire line", "a referendum on giving up land": an issue named as the
    complement of another issue; a more specific one is no complement ("the halt of strikes on energy
    infrastructure" is the energy ceasefire)."""
    if set(head.issues) & set(cue.issues):
        return False
    if any(c.endswith("_" + h) for c in cue.issues for h in head.issues):
        return False
    if _along_line(lower, head, cue):
        return False  # "a ceasefire on the current line" is the freeze of the line (`_truce_lines`)
    return _COMPLEMENT.fullmatch(lower, head.end, cue.start) is not None


# "a ceasefire along the current line", "any ceasefire to start from the line of contact"
_ALONG = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:along|on|at|from)\s+(?:the\s+)?")


def _along_line(lower: str, truce: Cue, line: Cue) -> bool:
    """Does the line's cue say where the truce before it runs ("a ceasefire on the current line")?"""
    return (
        "ceasefire" in truce.issues
        and "front_line_freeze" in line.issues
        and truce.end <= line.start
        and _ALONG.fullmatch(lower, truce.end, line.start) is not None
    )


def _truce_lines(lower: str, cues: list[Cue]) -> list[Cue]:
    """ "proposes to stop the fighting along the current line of contact", "wants any ceasefire to begin
    along the current front line": a truce that runs along the line is the freeze of the line, no second
    object."""
    if len(cues) < 2:
        return cues
    return [c for n, c in enumerate(cues) if not (n + 1 < len(cues) and _along_line(lower, c, cues[n + 1]))]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _in_cue(pos: int, cues: list[Cue]) -> bool:
    for cue in cues:  # noqa: SIM110 (a loop is faster than any() of a generator)
        if cue.start <= pos < cue.end:
            return True
    return False


# ("has ruled out withdrawing": the move named by a gerund)
_BARE_MOVE = re.compile(rf"^\s*(?:to\s+{_BARE_MOVE_WORDS}|withdrawing|pulling\s+out|budging)\b")


def _elliptic(view: View, start: int, end: int) -> bool:
    """Nothing after the cue but fillers, numbers and names: the object is elided."""
    lower = view.lower
    # (names blanked by their places: "Kremlin spokesman Dmitry Peskov" holds the name "Kremlin" too)
    for mention in view.mentions:
        if start <= mention.start and mention.end <= end:
            lower = f"{lower[: mention.start]}{' ' * (mention.end - mention.start)}{lower[mention.end :]}"
    words = lower[start:end].split(":")[0]  # "still refuses: the towns …" explains, it is no object
    # "Kyiv refuses to pull out.": a move named by a verb alone leaves the object of the sentence before
    words = _BARE_MOVE.sub(" ", words)
    return all(w in _FILLER or w.isdigit() for w in _WORD.findall(words))


def _specific(issues: list[str]) -> list[str]:
    """Drop an issue when a more specific one names it ("ceasefire" inside "energy_ceasefire")."""
    unique = list(dict.fromkeys(issues))
    if len(unique) < 2:
        return unique  # (one issue alone: no other names it)
    return [i for i in unique if not any(o != i and o.endswith("_" + i) for o in unique)]


def _summary(clause: str) -> str:
    words = clause.strip(" ,.;:").split()
    return " ".join(words[:_SUMMARY_WORDS])


# The patterns of this module searched most where `first_char_gate` pays, written as it writes them: the
# same matches, found faster (`literal_first`).
_PREPOSITION_BEFORE = first_char_gate(_PREPOSITION_BEFORE)
_SUBORDINATE = first_char_gate(_SUBORDINATE)
_PURPOSE_BEFORE = first_char_gate(_PURPOSE_BEFORE)
_TRADED_FOR = first_char_gate(_TRADED_FOR)
_REFUSAL_OF_THAT = first_char_gate(_REFUSAL_OF_THAT)
_MAY_CONDITION.pattern = first_char_gate(_MAY_CONDITION_PATTERN)
