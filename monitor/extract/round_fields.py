"""When and where a round is, from a stretch of a sentence about it (the words of one mention).

Pure helpers of `round_mentions`: each reads one field and returns it, or None when the words do not say.
Days are those of the round, not a statement's ("Peskov said on Monday", "told TASS on Tuesday") nor an old
plan's ("had been expected on Sunday"); the place is a pack venue or a city where talks are held, not one
offered among several ("in Miami or in Abu Dhabi"), hedged ("most likely in Abu Dhabi"), left behind ("flew
back to Moscow") or a country ("in Turkey").
"""

from __future__ import annotations

import re
import sys
from datetime import date, timedelta

from monitor.extract.context import Doc, View
from monitor.extract.dates import DateMention
from monitor.extract.guards import Guarded
from monitor.extract.literal_first import first_char_gate
from monitor.extract.names import Mention
from monitor.extract.pattern_dispatch import first_char_dispatch
from monitor.extract.round_triggers import NUMBER_WORDS, ORDINALS

# "a Cabinet meeting", "a board session": a body's own sitting, no talks between sides
_OWN_SITTING = (
    r"(?<!cabinet )(?<!board )(?<!staff )(?<!council )(?<!party )(?<!plenary )"
    # "bonds rose for a third straight session": a day of trading
    r"(?<!straight )(?<!trading )(?<!consecutive )"
)
# "the trilateral in Geneva ended on Wednesday", "before the next trilateral": the adjective standing for
# the talks it qualifies, with no noun after it (not "the trilateral format", "the trilateral talks")
_TRILATERAL_NOUN = (
    r"(?:(?<=the )|(?<=a )|(?<=next )|(?<=another )|(?<=new )|(?<='s )|(?<=’s ))trilateral"
    r"(?=\s*[,.;:)]|\s*$|\s+(?:in|on|at|was|were|is|will|would|could|had|has|ended|began|opened|took"
    r"|resumed|due|set|planned|scheduled|expected|itself|that|which|to)\b)"
)
TALK_WORDS = re.compile(
    rf"\b(?:talks|negotiations|consultations|{_OWN_SITTING}(?:meetings?|session)|round|delegation|led by"
    rf"|headed by|working group|security group|summit|{_TRILATERAL_NOUN})\b",
    re.IGNORECASE,
)
# A place named next, or a building of one: "in Florida", "at a private golf club in Hallandale Beach"
_PLACE_AHEAD = (
    r"[A-Z]|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:club|hotel|villa|resort|residence|compound|estate|palace"
    r"|venue|centre|center)\b"
)
MEETING_VERB = re.compile(
    r"\b(?:met|meet|meets|[Mm]eetings? (?:with|between|of)"
    # "last weekend's meeting in Miami between Umerov and Witkoff"
    # "after two days of talks in Miami with Trump's envoys": talks placed before their other side is named
    r"|(?-i:(?:[Mm]eeting|[Tt]alks|negotiations|consultations)\s+(?:in|at|on)\s+(?:the\s+)?[A-Z][\w.-]*"
    # ("a meeting in Miami on Saturday between Dmitriev and ...": its day between)
    # ... or "last Thursday" ("a late-night meeting in the Kremlin last Thursday between Putin and ...")
    r"(?:\s+[A-Z][\w.-]*)?(?:\s+(?:on|last|this)\s+[A-Z][a-z]+\.?(?:\s+\d{1,2})?)?\s+(?:with|between))"
    r"|(?-i:meeting\s+(?:the\s+)?(?=[A-Z]))|received|receives|receive"
    # "Meeting in Geneva on February 17 and 18, Russia and Ukraine agreed ...": a participle put first
    r"|(?-i:(?:^|(?<=,\s))[Mm]eeting\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w.-]*(?=[^.;]*?,\s))"
    # "Putin kept Witkoff and Kushner in the Kremlin for nearly four hours": a host keeping guests talking
    r"|kept(?=\s[^,;.]{3,80}?\s(?:for\s(?:[\w-]+\s){0,3}hours|until\s(?:the\s)?(?:early|small|late)|past\smidnight))"
    # (not "a panel hosted on Sunday by a think tank": an event of talkers about the talks, no meeting)
    r"|(?<!panel )(?<!debate )(?<!dinner )(?<!conference )(?<!discussion )(?<!seminar )(?:hosted|hosts)"
    # "Witkoff is also due to host Kirill Dmitriev in Miami on Saturday": to host someone named is to meet
    r"|(?-i:(?:to|will|would)\s+host\s+(?=[A-Z]))"
    r"|sat down with"
    # "sat with Vladimir Putin in the Kremlin", "Zelensky's hour with Donald Trump in Davos", "came out of an
    # hour with Trump": a sitting or an hour with someone of the other side named
    r"|(?-i:(?:sat|(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?hours?|\b(?:an|one|two|three|four|five|six|several)\s+hours?)"
    r"\s+with\s+"
    r"(?=[A-Z]|the\s+(?:Russian|Ukrainian|American|U\.S\.|US)\s+(?:president|leader|delegation|side|team|envoys?)\b"
    r"|the\s+(?:Americans|Russians|Ukrainians)\b))"
    r"|(?:sits?|sitting) down with"
    r"|(?:held|hold|holds|holding|had|began|begin|begins|started|opened|resumed|continued|wrapped up"
    r"|wrap up|wraps up|concluded|finished|completed)"
    r"\s+(?:[\w“”\"'‘’-]+\s+){0,3}?(?:talks|meetings?|consultations|negotiations"
    r"|sessions?)"
    # "held a second day of talks in Florida on Sunday"
    r"|(?:held|hold|holds|began|begin|begins|opened|started)\s+(?:a|the|their)\s+(?:second|third|final|last)"
    r"\s+day\s+of\s+(?:talks|meetings|consultations|negotiations)"
    # "Trump and Zelensky spoke for about an hour in Davos": two sides talking in a place met there; so did
    # two sides that "spent Saturday and Sunday together in Florida"
    # (not "the strikes spoke for themselves", "spoke of progress", "spoke volumes": no one met)
    r"|spoke(?!\s+(?:for\s+(?:themselves|itself|himself|herself)|volumes|of|about|out)\b)"
    r"|talked|sat down|(?:sat|sit|sits|sitting)\s+together\b|spen[dt]\s+(?:[\w-]+\s+){1,4}?together"
    # "The two delegations will sit down again in Miami on Tuesday"
    r"|(?:sit|sits|sitting)\s+down"
    # the present of headlines: "Putin and US envoys talk almost four hours at the Kremlin"
    r"|talk\s+(?:for\s+)?(?:almost\s+|about\s+|nearly\s+|over\s+)?(?:an?|one|two|three|four|five|six|several)\s+hours?"
    # "Witkoff and Kushner spent five hours with Putin", "spent a day with the Americans"; "Zelensky had his
    # hour with Trump"
    r"|(?-i:(?:spen[dt]\s+(?:[\w-]+\s+){0,7}?|had\s+(?:his|her|their|an|a)\s+(?:[\w-]+\s+){0,2}?hours?\s+)"
    # ("spent the weekend of March 21 and 22 with a Ukrainian team in Florida")
    r"with\s+(?=[A-Z]|(?:the|an?)\s+(?:Russian|Ukrainian|American|U\.S\.|US)\s+"
    r"(?:president|leader|delegation|side|team|envoys?)\b|the\s+(?:Americans|Russians|Ukrainians)\b))"
    # "Ukrainian and American negotiators spent the weekend in Florida"
    r"|spen[dt]\s+(?:the\s+|two\s+|three\s+|several\s+)?(?:weekend|day|days|hours|morning|afternoon|evening|night)"
    rf"\s+(?:in|at)\s+(?={_PLACE_AHEAD})"
    # ... "spent Saturday and Sunday in Florida"
    r"|(?-i:spen[dt]\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+and\s+(?:Monday|Tuesday"
    rf"|Wednesday|Thursday|Friday|Saturday|Sunday))?\s+(?:in|at)\s+(?={_PLACE_AHEAD}))"
    # "Ukrainian and U.S. negotiators spent about six hours in talks in Miami"
    r"|spen[dt]\s+(?:about\s+|almost\s+|nearly\s+|more\s+than\s+|over\s+)?"
    r"(?:the\s+|an?\s+|two\s+|three\s+|four\s+|five\s+|six\s+|seven\s+|eight\s+|several\s+|\d+\s+)?"
    r"(?:weekend|day|days|hours?|morning|afternoon|evening|night)\s+(?:in|at)\s+"
    r"(?:talks|negotiations|meetings?|consultations)\b"
    # "a separate U.S.-Russian group ... is also meeting in the Emirati capital"
    r"|(?:is|are|was|were)\s+(?:also\s+|still\s+)?meeting\b"
    r"|[Tt]alks with|[Tt]alks between|talks of|meetings with|conversation|invited|visit|summit"
    # "Medinsky's private session with the Ukrainian delegation": a sitting of one side with another
    r"|sessions?\s+(?:with|between)"
    # "Umerov's sit-down with Witkoff and Kushner in Geneva": a sit-down is a meeting
    r"|sit-downs?\s+with"
    # "Kushner walked into the Kremlin", "were shown into Putin's office": visitors let into the other side's
    # house or room
    r"|(?:walked|walks|was shown|were shown|was ushered|were ushered|was led|were led)\s+into"
    # "Dmitriev was in Miami with Witkoff on Saturday": one side with another in a place
    r"|(?-i:(?:was|were) (?:in|at)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s+with\s+"
    r"(?=[A-Z]|the\s+(?:Americans|Russians|Ukrainians)\b))"
    r"|[Cc]onsultations (?:with|between|of)"
    # "will see Rustem Umerov in the city on Thursday": to see someone named is to meet them
    r"|(?-i:(?:will|would|is to|are to)\s+see\s+(?=[A-Z]))"
    # "a trip by Umerov to see Steve Witkoff in Florida": to go and see someone named in full is to meet him
    # (not "wants to see Russia withdraw": a side, no one met)
    r"|(?-i:\bto\s+see\s+(?=[A-Z][a-z]+\s+[A-Z][a-z]))"
    # "flew to Miami to see the Americans", "travelled to Moscow to see Putin": a journey made to see someone
    r"|(?-i:(?:flew|flies|fly|flying|travell?ed|went|came|headed|arrived)\s+(?:[\w-]+\s+){0,6}?to\s+see\s+"
    # ("flew to Miami on January 31 to see them": the people of the sentence before)
    r"(?=[A-Z]|the\s+(?:Americans|Russians|Ukrainians)\b|(?:them|him|her)\b))"
    # "came to Miami to work through the 20-point plan with Witkoff": a journey made to work with someone
    r"|(?-i:(?:flew|flies|fly|flying|travell?ed|went|came|comes|headed|arrived)\s+(?:[\w-]+\s+){0,6}?to\s+"
    r"(?:work|discuss|review|negotiate|hammer|go\s+through)\b[^,;.:]{0,60}?\bwith\s+"
    r"(?=(?:[a-z]+\s+){0,2}[A-Z]|the\s+(?:Americans|Russians|Ukrainians)\b))"
    # "the U.S.-Ukrainian talks", "a Russian-American meeting": sides joined by a hyphen name the meeting's
    # sides as "talks between" does
    r"|(?-i:[A-Z][\w.]*[-–](?:[A-Z][\w.]*[-–])?[A-Z][\w.]*\s+(?:(?:economic|security|military|political)\s+)?"
    r"(?:talks|meetings?|negotiations|consultations|group|working group|summit))"
    # "the understanding Putin and Trump reached in Anchorage", "the understanding reached by Putin and Trump
    # in Anchorage": people who came to terms in a place met there
    r"|(?:understanding|consensus)\s+(?:[^,;.]{3,60}?\s+)?reached(?=\s+(?:by\s+[^,;.]{3,60}?\s+)?(?:in|at)\s+[A-Z])"
    # "visited Putin in the Kremlin": someone named, visited in a place (not "visited a hospital")
    r"|(?-i:(?:visited|visits|visiting)(?=\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s+(?:in|at)\s))"
    # "Feb. 26, Geneva: Witkoff and Kushner see Umerov", a chronicle's present: to see someone named is to
    # meet (not "sees Russia as the winner", "see Putin as a partner": a view of a side)
    r"|(?-i:\b(?:sees|see)\s+(?=(?!(?:Russia|Ukraine|Moscow|Kyiv|Washington|America|Europe|\w+day|January"
    r"|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]+\b"
    r"(?!\s+as\b)))"
    # "when Witkoff and Kushner saw Umerov", "who had seen Putin": to have seen someone named is to have met
    # ... and "have also seen each side on its own: the Ukrainians in Miami on January 17, ..."
    r"|(?-i:(?:saw|(?:had|has|have)\s+(?:also\s+)?seen)\s+(?=[A-Z]|the\s+(?:Russian|Ukrainian|American|U\.S\.|US)\s+"
    r"(?:president|leader|delegation|side|team|envoys?)\b|the\s+(?:Americans|Russians|Ukrainians)\b|each\s+side\b"
    r"|both\s+sides\b))"
    # "Negotiators from the three countries will gather in Geneva", "the delegations reconvened on Monday",
    # "are due back at the negotiating table": people coming together to talk
    r"|(?:re)?conven(?:e|es|ed|ing)|gather(?:s|ed|ing)?(?=\s+(?:again\s+)?(?:in|at|on|for|behind)\b)"
    r"|(?:back|return(?:s|ed|ing)?\s+to|returns?)\s+(?:at\s+)?the\s+(?:negotiating\s+)?table"
    # "last faced each other across a table", "sat at one table": the sides in one room
    r"|faced\s+each\s+other|(?:sat|sit|sits|sitting)\s+(?:at|around)\s+(?:one|the\s+same|a)\s+table"
    # "negotiators went back behind closed doors this morning": the sides shut in to talk
    r"|(?:went|go|goes|going|are|were|met|meet|sat|sit)\s+(?:back\s+)?behind\s+closed\s+doors"
    # "he sat across the table from a Ukrainian delegation"
    r"|(?:sat|sit|sits|sitting)\s+across\s+(?:the|a)\s+table\s+from"
    # "American and Ukrainian delegations had negotiated here in November": two sides that negotiated met
    r"|negotiated(?=\s+(?:here|there|in|at|on|for|with|behind|until|through|into)\b)"
    # Meals, huddles and audiences are meetings too: "dined with Dmitriev", "had lunch with Umerov", "held a
    # working breakfast", "huddled with", "conferred with", "was closeted with", "shook hands", "a one-on-one
    # with Trump", "granted Witkoff an audience", "exchanged views"
    r"|(?:dined|dines|dine|dining)\s+with"
    r"|(?:had|has|have|having|held|hold|holds|over)\s+(?:an?\s+)?(?:working\s+|private\s+|long\s+|late\s+)?"
    r"(?:dinner|lunch|luncheon|breakfast)\b"
    r"|(?:huddled|huddles|conferred|confers|closeted)\s+(?:together\s+)?(?:with|in|at|for)\b"
    r"|(?:shook|shake|shakes|shaking)\s+hands|one-(?:on|to)-one\s+(?:meeting\s+|talks\s+)?with"
    r"|(?:granted|gave|given|had|has|have|received)\s+(?:[\w-]+\s+){0,2}?an\s+audience|audience\s+with"
    r"|exchanged\s+views"
    # "welcomed Witkoff and Kushner to the Kremlin", "greeted Umerov in Geneva": a host receiving guests named
    # (not "welcomed Trump's proposal": a thing, no one received)
    r"|(?-i:(?:welcomed|welcomes|greeted|greets)\s+(?=[A-Z][\w.-]*(?:\s+(?:and\s+)?[A-Z][\w.-]*){0,3}\s+"
    r"(?:to|in|at|into)\s))"
    # "Umerov and Witkoff got together in Geneva", "caught up with Witkoff": the sides in one place
    r"|(?:got|get|gets|getting|came|come|comes|coming)\s+together(?=\s+(?:again\s+)?(?:in|at|on|for)\b)"
    r"|(?-i:caught up\s+with\s+(?=[A-Z]))"
    # "sat across from Witkoff", "sat opposite the American team"
    r"|(?-i:(?:sat|sit|sits|sitting)\s+(?:across\s+from|opposite)\s+"
    r"(?=[A-Z]|the\s+(?:Russian|Ukrainian|American|U\.S\.|US)\s+(?:president|leader|delegation|side|team|envoys?)\b"
    r"|the\s+(?:Americans|Russians|Ukrainians)\b))"
    # "flew to Geneva to talk to Witkoff", "Umerov was with Witkoff in Geneva": with someone of the other side
    # "was in Miami on Saturday, seeing the Americans", "is seeing Umerov on Thursday", "talking to Witkoff in
    # Geneva", "joined Witkoff in Miami", "was welcomed by Putin": the other forms of seeing, talking and
    # joining someone of the other side
    r"|(?-i:(?:seeing|talking\s+(?:to|with)|(?:was|were)\s+(?:welcomed|greeted)\s+by)\s+"
    r"(?=[A-Z]|the\s+(?:Russian|Ukrainian|American|U\.S\.|US)\s+(?:president|leader|delegation|side|team|envoys?)\b"
    r"|the\s+(?:Americans|Russians|Ukrainians)\b))"
    r"|(?-i:(?:joined|joins|join|joining)\s+(?=[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s+(?:in|at)\s+(?:the\s+)?[A-Z]))"
    r"|(?-i:(?:to\s+talk\s+(?:to|with)|(?:was|were) with)\s+"
    r"(?=[A-Z]|the\s+(?:Russian|Ukrainian|American|U\.S\.|US)\s+(?:president|leader|delegation|side|team|envoys?)\b"
    r"|the\s+(?:Americans|Russians|Ukrainians)\b)))\b"
)
# Every match of the meeting verb holds one of these words (in any case).
_MEETING_VERB_WORDS = (
    "met",
    "meet",
    "receiv",
    "host",
    "kept",
    "sat",
    "sit",
    "talk",
    "consultations",
    "negotiations",
    "session",
    "spoke",
    "conversation",
    "invited",
    "visit",
    "summit",
    "reached",
    "see",
    "saw",
    "spen",
    "hour",
    "group",
    "conven",
    "gather",
    "table",
    "faced",
    "doors",
    "negotiated",
    "into",
    "was in",
    "were in",
    "was at",
    "were at",
    "din",
    "lunch",
    "breakfast",
    "huddle",
    "confer",
    "closeted",
    "hands",
    "one-on-one",
    "one-to-one",
    "audience",
    "views",
    "welcome",
    "greet",
    "together",
    "caught up",
    "opposite",
    "across",
    "talk",
    "was with",
    "were with",
    "seeing",
    "join",
    "welcomed by",
    "greeted by",
    "work",
    "discuss",
    "review",
    "negotiate",
    "hammer",
    "through",
)
MEETING_VERB_GUARDED = Guarded(MEETING_VERB, _MEETING_VERB_WORDS)
TALK_OR_MEETING_PATTERN = re.compile(TALK_WORDS.pattern + "|" + MEETING_VERB.pattern, re.IGNORECASE)
TALK_OR_MEETING = Guarded(
    TALK_OR_MEETING_PATTERN,
    (*_MEETING_VERB_WORDS, "round", "delegation", "led by", "headed by", "working group", "security group")
    + ("trilateral",),
)
# The two halves of TALK_OR_MEETING, each with its own (narrower) guard: whether the whole finds a match is
# whether either half does, and the short list of talk words, searched first, mostly answers at a fraction
# of the cost of the long alternation (talk_or_meeting).
_TALK_WORDS_GUARDED = Guarded(
    TALK_WORDS,
    (
        "talks",
        "negotiations",
        "consultations",
        "meeting",
        "session",
        "round",
        "delegation",
        "led by",
        "headed by",
        "working group",
        "security group",
        "summit",
        "trilateral",
    ),
)
_MEETING_VERB_ANY_CASE = Guarded(re.compile(MEETING_VERB.pattern, re.IGNORECASE), _MEETING_VERB_WORDS)


def talk_or_meeting(text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
    """Whether `TALK_OR_MEETING.search(text, pos, endpos)` finds a match, at about half the cost."""
    return (
        _TALK_WORDS_GUARDED.search(text, pos, endpos) is not None
        or _MEETING_VERB_ANY_CASE.search(text, pos, endpos) is not None
    )


# The words a day of the talks hangs on: the talks and meetings themselves, not "the delegation".
_EVENT = re.compile(
    rf"\b(?:talks|negotiations|consultations|{_OWN_SITTING}(?:meetings?|session)|round|summit|working group"
    r"|security group"
    rf"|{_TRILATERAL_NOUN}|convene[sd]?"
    r"|gather(?:s|ed)?|takes? place|took place"
    # "Two days of consultations ... in the capital of the UAE came to an end on Thursday": the verb that ends
    # the talks is as near to their day as their noun
    r"|came to an end|comes? to an end|drew to a close|wrapped up|were\s+completed"
    # "talks between Ukraine, Russia and the United States would be held in the UAE on Friday": the day hangs
    # on the verb that holds them, however many sides are named between
    r"|(?:be|been|is|are|was|were)\s+held)\b|" + MEETING_VERB.pattern,
    re.IGNORECASE,
)

DAY_N_PATTERN = re.compile(
    r"\b(?:for\s+)?(?:a|the|its)\s+(?P<n>second|third|fourth)(?:,?\s+\w+|\s+and\s+(?:final|last))?\s+day\b"
    # "Day two of the third round opened on Wednesday", as bulletins count the days
    r"|\bday\s+(?P<c>two|three|four)\s+of\b",
    re.IGNORECASE,
)
# Searched only where one of these words is: every match holds one.
DAY_N = Guarded(DAY_N_PATTERN, ("second", "third", "fourth", "two", "three", "four"))
_DAY_OF_TALKS = {"second": 2, "third": 3, "fourth": 4, "two": 2, "three": 3, "four": 4}


def day_number(match: re.Match[str]) -> int:
    """Which day of the talks a `DAY_N` match counts ("a second day", "Day two of")."""
    return _DAY_OF_TALKS[(match.group("n") or match.group("c")).lower()]


_NEAR = 60
_OLD_DATE = re.compile(
    r"\b(?:originally|initially|previously|first|from"
    # "which had been foreseen between 5 and 9 March": a plan in the words of a translation
    r"|had been (?:scheduled|planned|set|expected|foreseen|envisaged|pencil?led in)(?: for| on| between)?"
    r"|was due"
    # "talks that were to have resumed in Abu Dhabi on Sunday": a plan's perfect, not kept
    r"|(?:was|were)\s+to\s+have\s+(?:been\s+)?[a-z]+"
    # (not the day moved to: "moved from February 1 to February 4-5")
    r"|were due|was to|were to|instead of|rather than|supposed to)\s+(?:[\w,.]+\s+){0,4}(?<!\sto\s)$",
    re.IGNORECASE,
)
# A plan said to be the first, the original one, is a plan since given up, whatever the sentence says of
# the round now ("The fourth round, first planned for March 5-9, was the war's first casualty"); so is the
# plan that followed it ("first pencilled in for late February and then for March 5-9"). Not "the first
# scheduled for Monday": the first of the rounds.
_FIRST_PLAN = re.compile(
    r"\b(?<!the )(?<!The )(?:first|originally|initially)\s+(?:been\s+)?"
    r"(?:planned|scheduled|pencil?led in|set|slated|expected|due|meant)\s+(?:for|on|in)\s+"
    r"(?:the\s+)?(?:[^;:()]{0,50}?\band\s+then\s+(?:for|on|in|to)\s+(?:the\s+)?)?$"
)
_SINCE = ("since ", "Since ")
_WHEN_AFTER = re.compile(r"(?:\s+(?:in|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?,?\s+when\b")
_MOVED_FROM = re.compile(
    r"\b(?:moved|pushed back|postponed|delayed|put off|rescheduled|shifted|brought forward)\s+from\s+"
    r"(?:(?:the|last|next|this)\s+)?$",
    re.IGNORECASE,
)
_TRAVEL_DAY = re.compile(
    r"\b(?:fly|flies|flew|flown|flying|travel\w*|leave|leaves|left|leaving|head|heads|headed|heading|arrive"
    # (not "met head-on in Abu Dhabi on Wednesday": a word joined by a hyphen is another word)
    r"|arrives|arrived|arriving|depart\w*)\b(?!-)[^,;.]{0,30}$"
)
_MAYBE_DAY = re.compile(
    r"\b(?:might|may)\s+(?:well\s+|still\s+)?(?:be\s+)?[\w-]+\s+(?:on\s+)?$"
    # "which Budanov had said could take place on Feb. 26-27": a day someone once guessed at
    r"|\bhad\s+said\s+(?:it\s+|they\s+)?could\s+(?:be\s+held|take\s+place|happen|start|open)\s+(?:on\s+)?$"
)
# The day of something done, not of talks: "carried out on Feb. 5", "signed on Friday"
# A day that opens its clause ("On March 9, ...", "; then, on Monday, ..."), before a speaker and a verb of
# saying ("..., Volodymyr Zelensky said", "..., he told reporters")
_DAY_OPENS = re.compile(
    r"(?:^|[;:]\s*|(?:^|[;:,]\s*)(?:[Tt]hen|[Ll]ater|[Aa]nd|[Bb]ut),?\s+)(?:[Oo]n|[Ll]ate on|[Ee]arly on)\s+$"
)
_SAYING_OPENS = re.compile(
    r",\s+(?:(?:[A-Z][\w.’'-]*\s+){1,4}|(?:he|she|they)\s+)(?:said|says|told|announced|wrote|added|confirmed)\b"
)
# (but "the talks ... were completed on Saturday": the talks' own end, as translations put it)
_DEED_DAY = re.compile(
    r"\b(?:carried out|(?<!were )completed|implemented|signed|released|freed|exchanged|swapped"
    r"|delivered|ratified)"
    # ("carried out in two stages on March 5 and 6")
    r"\s+(?:in\s+(?:two|three|several)\s+(?:stages|parts|batches)\s+)?(?:late\s+|early\s+)?(?:on\s+)?$"
)
_DATELINE = re.compile(r"[A-Z][A-Z/ .'-]+,\s*$")
# "Peskov said on Monday", "a source told Novosti Wire on Tuesday": the day of the statement.
_SPEECH_DAY = re.compile(
    r"\b(?:said|says|told|tells|added|announced|stated|wrote|noted|confirmed|reported|[Ii]nterviewed|[Ss]peaking"
    # "Asked on Friday whether ..., Trump said": the day of the question is that of the answer
    r"|[Aa]sked|communicated|declared)"
    # "told the TASS news agency on Monday": an object of up to four words, none a verb ("said Umerov would
    # meet Witkoff on Saturday" dates the meeting)
    r"(?:\s+(?!(?:would|will|could|should|might|may|must|is|are|was|were|be|had|has|have|to|meet|met"
    r"|meets|hold|holds|held)\b)[\w.]+){0,4}?\s+(?:late\s+|early\s+|earlier\s+)?(?:on\s+)?$"
    # "in a video address late Saturday", "at a briefing on Monday": where a statement was made
    r"|\b(?:in|at|during)\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+)?(?:address|interview|statement|post"
    r"|briefing|news conference|press conference|speech|message|broadcast|call with reporters)"
    r"\s+(?:late\s+|early\s+|earlier\s+)?(?:on\s+)?$"
    # "The denial followed a statement on Monday by Zelensky that the meeting had been put off": the day of
    # the statement named as a noun
    r"|\b(?:a|an|his|her|their|the|its)\s+(?:[\w-]+\s+)?(?:statement|announcement|remarks|comments"
    r"|post|address|interview|denial)\s+(?:late\s+|early\s+|earlier\s+)?(?:on\s+)?$"
    # "I cannot give you a date today", "no one named a date on Friday": the day of the naming
    r"|\b(?:give|gives|gave|given|set|name|named|announce|announced|offer|offered)\s+(?:you\s+|us\s+|them\s+)?"
    r"(?:a|any|the|no)\s+(?:new\s+|firm\s+)?date\s+(?:on\s+)?$"
)
_END_VERB_PATTERN = re.compile(
    r"\b(?:end|ends|ended|ending|conclude|concludes|concluded|wrap up|wrapped up|finish|finished|until"
    r"|wound up|wraps up|winds up|drew to a close|came to a close|came to an end|broke up"
    r"|terminated|terminates"  # "have terminated yesterday at midday", as translations put it
    r"|(?:was|were)\s+completed"  # "which began in Abu Dhabi on Friday, were completed on Saturday"
    r"|closed(?=\s+(?:in|on|with|without|after|late)\b)|through|continue|continues|resume|resumes"
    # "the talks ran into the early hours of Friday", "went on past midnight": the night's talks last until
    # the day named
    r"|(?:ran|run|runs|went\s+on|stretched|dragged\s+on|continued|spilled\s+over)\s+(?:well\s+|late\s+|on\s+)?"
    r"(?:into|past))\b"
    r"(?!\s+(?:the|a)\s+(?:war|fighting|conflict))"
    # "ended after 1 a.m. on Friday": the full stop of a clock time ends no clause
    r"(?:[^.;,]|\.(?!\s)|(?<=\b[ap]\.m)\.){0,60}$",
    re.IGNORECASE,
)
# Searched only where one of these words is: every match holds one.
_END_VERB = Guarded(
    _END_VERB_PATTERN,
    (
        "broke up",
        "came to a close",
        "closed",
        "conclude",
        "continue",
        "drew to a close",
        "terminat",
        "completed",
        "into",
        "past",
        "end",
        "finish",
        "resume",
        "through",
        "until",
        "winds up",
        "wound up",
        "wrap up",
        "wrapped up",
        "wraps up",
    ),
)
_DURATION = re.compile(
    r"\b(two|three|four|2|3|4)-day\b"
    # "expected to last two days", "planned to run over two days"
    r"|\b(?:last|lasts|lasted|lasting|for|(?:run|runs|ran|running)\s+over)\s+(two|three|four|2|3|4)\s+days\b"
    # "the delegations had spent two days in a hotel by the lake": the days the talkers sat
    r"|\bsp(?:ent|end|ends|ending)\s+(two|three|four)\s+days\b(?!\s+(?:before|after|ago|earlier|later)\b)"
    # (at the head of a sentence too: "Two days of trilateral talks ... ended here on Wednesday")
    r"|\b([Tt]wo|[Tt]hree|[Ff]our)\s+days\s+of\s+(?:[\w.-]+\s+)?(?:talks|negotiations|consultations|meetings)\b"
    # "ended after two days" (not "after two days of fighting"); "the second and final day": two in all
    r"|\bafter\s+(two|three|four)\s+days\b(?!\s+of\b)"
    # "held in the Emirati capital over two days from January 23" (not "over two days of shelling")
    r"|\b(?:over|across)\s+(two|three|four)\s+days\b(?!\s+(?:of|ago|before|after|later|earlier)\b)"
    r"|\b(second|third|fourth)\s+and\s+(?:final|last)\s+day\b"
    # "ended on Wednesday after a second session of barely two hours": ended on its second day
    r"|\bafter\s+(?:a|the|its)\s+(second|third)\s+(?:day|session|sitting)\b"
    # "ended in Geneva on Wednesday after a short second day": the day it ended on was its second
    r"|\b(?:ended|concluded|closed|wrapped up)\b[^.;]{0,40}?\bafter\s+(?:a|an|its)\s+(?:\w+\s+)?"
    r"(second|third|fourth)\s+day\b",
    re.IGNORECASE,
)
_HEDGED_END = re.compile(
    r"\b(?:could|might|may)\s+(?:\w+\s+)?(?:continue|run|go on|last|extend|stretch|end)\b"
    r"(?:[^.;,]|\.(?!\s))*$"
)
_LASTS_UNTIL = re.compile(
    r"\b(?:last|lasts|run|runs|continue|continues|go on|goes on)\s+(?:\w+\s+)?until\s+$"
)
_RESUME_BEFORE = re.compile(r"\b(?:resume|resumes|continue|continues)\b(?:[^.;,]|\.(?!\s)){0,60}$")
_BEGUN_ON = re.compile(r"\b(?:had\s+)?(?:begun|began|started|opened)\s+(?:late\s+|early\s+)?(?:on\s+)?$")
_TIMETABLE_END = re.compile(r"\b(?:concludes|ends|finishes|wraps up|winds up)\b")
_ENDED = re.compile(
    r"\b(?:ended|concluded|wrapped up|wound up|came to an end|finished|closed|(?:was|were)\s+completed)\b"
)
_AFTER_DAYS_PATTERN = re.compile(r"\bafter\s+(two|three|four|2|3|4)\s+days\b", re.IGNORECASE)
# Searched only where one of these words is: every match holds one.
_AFTER_DAYS = Guarded(_AFTER_DAYS_PATTERN, ("days",))


def attributive_days(view: View, start: int, end: int) -> tuple[date | None, date | None]:
    """Days that qualify the talks' noun itself: before it ("the Jan. 23-24 talks", "Tuesday's round") or
    after it and its place ("their meeting in Geneva on February 17 and 18")."""
    low = view.lower[start:end]
    for noun in _TALK_NOUNS:  # a loop of `in` tests: a quarter faster than any(map(...))
        if noun in low:
            break
    else:
        return None, None
    text = view.text
    for day in view.dates if view.may_date(start, end) else ():
        if day.first is None or day.start < start or day.end > end:
            continue
        if "sked about" in low and _ASKED_ABOUT.search(text, max(start, day.start - 60), day.start):
            continue  # "Asked about the Florida talks on Monday, Peskov said ...": the day of the question
        if _NOUN_AFTER_DAY.match(text, day.end):
            return day.first, day.last
        noun = _NOUN_BEFORE_DAY.search(text, max(start, day.start - 60), day.start)
        if noun is not None and not _OBJECT_OF_SEQUENCE.search(
            text, max(start, noun.start() - 50), noun.start()
        ):
            return day.first, day.last
    return None, None


_TALK_NOUNS = ("talks", "round", "meeting", "negotiations", "consultations", "session")
# A question put about talks, with its day: "Asked about the weekend talks on Monday, ..."
_ASKED_ABOUT = re.compile(r"\b[Aa]sked\s+about\s+(?:[\w.’'-]+\s+){1,5}?(?:late\s+|early\s+)?on\s+$")
_NOUN_AFTER_DAY = re.compile(
    r"(?:['’]s\s+(?:[\w-]+\s+)?|\s+)(?:talks|round|meeting|negotiations|consultations|session)\b"
)
_NOUN_BEFORE_DAY = re.compile(
    r"\b(?:talks|round|meeting|negotiations|consultations|session)"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?,?\s+(?:on|from|of)\s+$"
)


# "The Abu Dhabi talks followed a late-night meeting in the Kremlin on Thursday": the noun after "followed"
# is another event, and the day after it is that event's, not the day of the talks the clause is about
_OBJECT_OF_SEQUENCE = re.compile(
    r"\b(?:followed|preceded|came after|came before|come after|come before)\s+(?:an?|the|their|its)\s+"
    r"(?:[\w-]+\s+){0,3}$"
)


def duration_of(segment: str, lower: str) -> int | None:
    """How many days the talks last ("two-day talks", "expected to last two days", "two days of talks")."""
    match = _DURATION.search(segment) if ("-day" in lower or " day" in lower or "after " in lower) else None
    if match is None:
        return None
    days = next(g for g in match.groups() if g).lower()
    return NUMBER_WORDS.get(days) or ORDINALS.get(days) or int(days)


def pick_dates(
    view: View,
    start: int,
    end: int,
    frame: tuple[int, int],
    status: str | None,
    duration: int | None,
    near_trigger: bool = False,
    travel: bool = True,
    lead: int | None = None,
    published: date | None = None,
) -> tuple[date | None, date | None]:
    """`_pick_dates`, worked out once per sentence and arguments (in the view's memo): a reader asks again
    for the days of the same words, and the answer depends on nothing else."""
    memo = view.memo.get("pick dates")
    if memo is None:
        memo = view.memo["pick dates"] = {}
    key = (start, end, frame, status, duration, near_trigger, travel, lead, published)
    days = memo.get(key)  # type: ignore[attr-defined]
    if days is None:
        days = memo[key] = _pick_dates(  # type: ignore[index]
            view, start, end, frame, status, duration, near_trigger, travel, lead, published
        )
    return days  # type: ignore[no-any-return]


def _pick_dates(
    view: View,
    start: int,
    end: int,
    frame: tuple[int, int],
    status: str | None,
    duration: int | None,
    near_trigger: bool = False,
    travel: bool = True,
    lead: int | None = None,
    published: date | None = None,
) -> tuple[date | None, date | None]:
    """The first and last day of the round in `view.text[start:end]` (a postponed round: its new days).

    `near_trigger`: only days near words of talks; `travel`: the day of a journey counts when no other day
    does ("fly to Moscow later on Thursday for talks with Putin"); `lead`: where the words that may say the
    day is the last one ("ended ... on Thursday") begin, when before `start`.
    """
    candidates, journeys = _candidates(view, start, end, frame, status, near_trigger)
    if not candidates and travel:
        candidates = journeys
    if not candidates:
        return None, None
    text = view.text
    chosen = candidates[-1] if status == "postponed" else candidates[0]
    if status != "postponed" and len(candidates) > 1 and "to" in text:
        # "The second, due on Feb. 1, slipped to Feb. 4-5 and was held in Abu Dhabi": a round since held on
        # the days it was moved to
        moved = [c for c in candidates[1:] if _MOVED_TO.search(text, max(start, c.start - 24), c.start)]
        chosen = moved[0] if moved else chosen
    if status != "postponed" and len(candidates) > 1 and chosen.first is not None:
        # "in the early hours of Friday, at the end of a meeting ... that had begun late on Thursday": the day
        # the words say it began, named after a later one, is its first; the later one its last
        begun = [
            c
            for c in candidates[1:]
            if c.first is not None
            and c.first < chosen.first
            and _BEGUN_ON.search(text, max(start, c.start - 30), c.start) is not None
        ]
        if begun and chosen.first - begun[0].first == timedelta(days=1):
            return begun[0].first, chosen.first
    # a postponed round's new days that "open on Wednesday and run until Thursday": the day it runs until is
    # the last of them, the one before it the first
    span = (
        status == "postponed"
        and len(candidates) > 1
        and _LASTS_UNTIL.search(text, max(start, chosen.start - 40), chosen.start) is not None
    )
    chosen = candidates[-2] if span else chosen
    if status != "postponed" and len(candidates) > 1 and chosen.first is not None:
        # "which opened on Friday, entered its second and final day on Saturday": the day named after the
        # day counted is that day; the first day is the one the words say it opened on
        nth = DAY_N.search(text, start, end)
        counted = [
            c for c in candidates if c.first is not None and nth is not None and 0 <= c.start - nth.end() < 40
        ]
        if (
            nth is not None
            and counted
            and counted[0] is not chosen
            and counted[0].first - chosen.first == timedelta(days=day_number(nth) - 1)  # type: ignore[operator]
        ):
            return chosen.first, counted[0].first
    first, last = chosen.first, chosen.last
    assert first is not None and last is not None
    if (status != "postponed" or span) and len(candidates) > 1 and first == last:
        later = candidates[candidates.index(chosen) + 1]
        if later.last is not None and later.last > last and _ended_before(text, chosen.end, later.start):
            last = later.last  # "which began on Wednesday, ended on Thursday"
    segment = text[start:end]
    if chosen.weekday and status is not None and published is not None:
        # A bare weekday falls in the week the round's tense says: "will be held on Tuesday" is ahead. The
        # present of a timetable looks forward: "the round concludes on Thursday" is this week's Thursday.
        timetable = status == "concluded" and _TIMETABLE_END.search(segment) is not None
        shift = timedelta(0) if timetable else week_shift(first, published, status)
        first, last = first + shift, last + shift
    said = _speech_day(view, frame, published) if chosen.weekday and published is not None else None
    if (
        said is not None
        and published is not None
        and status in (None, "scheduled", "announced")
        and first > published
    ):
        # "Zelensky had announced on Thursday a meeting on Saturday", in Monday's paper: the Saturday after
        # the day he spoke, now gone by
        after = said + timedelta(days=(first.weekday() - said.weekday()) % 7 or 7)
        if after <= published:
            first, last = after, after + (last - first)
    after_days = _AFTER_DAYS.search(segment)
    day_n = DAY_N.search(segment)
    # "delayed until Wednesday": the day a round was put off to is its first, not its last
    lasts = _LASTS_UNTIL.search(text, max(start, chosen.start - 40), chosen.start) is not None
    if (
        (status != "postponed" or lasts)  # "delayed from Sunday, it is expected to last until Thursday"
        and first == last
        and (
            _ended_before(text, start if lead is None else lead, chosen.start)
            # "On Thursday the talks ended with a prisoner swap": the day that opens the clause, then its end
            or (
                _FRONTED_DAY_HEAD.fullmatch(text, start, chosen.start) is not None
                and _ENDS_AFTER_DAY.match(text, chosen.end) is not None
            )
        )
        # "will resume in Geneva on Feb. 17", weeks ahead: talks start again that day ("due to continue on
        # Wednesday", the day after, is the round's next day)
        and not (
            status in ("scheduled", "announced")
            and published is not None
            and first > published + timedelta(days=1)
            and _RESUME_BEFORE.search(text, start, chosen.start)
        )
    ):
        if _HEDGED_END.search(text, max(start, chosen.start - 80), chosen.start):
            return None, None  # "could continue on Sunday if needed": a day it may last to is no day of it
        # "ended in Abu Dhabi on Thursday after two days": the day named is the last one.
        days = duration or (NUMBER_WORDS.get(after_days.group(1).lower(), 0) if after_days else 0)
        days = days or (day_number(day_n) if day_n else 0)
        days = days or (int(after_days.group(1)) if after_days and after_days.group(1).isdigit() else 0)
        return (last - timedelta(days=days - 1) if days else None), last
    if day_n is not None and first == last:
        # "met for a second day on Saturday": the talks began the day before.
        n = day_number(day_n)
        return first - timedelta(days=n - 1), first
    return first, last


_FRONTED_DAY_HEAD = re.compile(r"\s*(?:(?:[Oo]n|[Bb]y|[Ll]ate\s+on|[Ee]arly\s+on)\s+)?")
_ENDS_AFTER_DAY = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:the\s+|it\s+|they\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:ended|wrapped\s+up|closed|concluded|finished|(?:was|were)\s+over|came\s+to\s+an\s+end)\b"
)


# The words before the days a round was moved to
_MOVED_TO = re.compile(
    r"\b(?:slipped|moved|pushed\s+back|postponed|delayed|put\s+off|shifted|rescheduled|brought\s+forward)"
    r"\s+(?:until|to|for)\s+(?:on\s+)?$"
)


def same_time(
    view: View,
    lo: int,
    start: int,
    end: int,
    frame: tuple[int, int],
    duration: int | None,
) -> tuple[date | None, date | None]:
    """The days of a round whose words accompany an earlier clause ("swapped 314 prisoners on Thursday, as
    the second round ended after two days"): that clause's day, the last one when the round ended then."""
    candidates, _journeys = _candidates(view, lo, start, frame, None, False)
    if not candidates or candidates[-1].first is None:
        return None, None
    day = candidates[-1].first
    text = view.text
    if not _ENDED.search(text, start, end):
        return day, candidates[-1].last  # "In Geneva on February 17 and 18, while Medinsky headed ..."
    after = _AFTER_DAYS.search(text, start, end)
    days = duration or (NUMBER_WORDS.get(after.group(1).lower()) or int(after.group(1)) if after else 0)
    return (day - timedelta(days=days - 1) if days else None), day


def _candidates(
    view: View, start: int, end: int, frame: tuple[int, int], status: str | None, near_trigger: bool
) -> tuple[list[DateMention], list[DateMention]]:
    """The days in the span that may be the round's, and apart those of a journey to it."""
    text = view.text
    candidates: list[DateMention] = []
    journeys: list[DateMention] = []
    # (a day may run past the span: "on Sunday, Feb. 1" cut at its comma)
    days = [m for m in view.dates if start <= m.start < end and m.first is not None]
    if not days:
        return candidates, journeys
    # A sentence that names no round speaks of the talks only near its talk words ("the talks, held on
    # Friday"); a day elsewhere in it is another event's ("the exchange took place on Friday").
    anchors: list[int] = []
    if near_trigger:
        # only anchors within reach of a day count: the search stops past the last day's reach (the matches
        # before that are the same, wherever it stops)
        reach = max(m.start for m in days) + _NEAR
        for match in _EVENT.finditer(text, start, end):
            if match.start() > reach:
                break
            anchors.append(match.start())
    for mention in days:
        if near_trigger and not any(abs(mention.start - a) <= _NEAR for a in anchors):
            continue
        if mention.start < 40 and _DATELINE.match(text, 0, mention.start):
            continue  # "KYIV, March 10 (Baltic Wire) —": the day of the report
        if (
            frame[0] <= mention.start < frame[1]
            or _SPEECH_DAY.search(text, max(0, mention.start - 40), mention.start)
            or _TO_SAY_AFTER.match(text, mention.end)
        ):
            # the day of a statement, not of the round ("went on Fox News on Sunday to say that a new round
            # would be held within three weeks")
            continue
        if _SAYING_OPENS.match(text, mention.end) and _DAY_OPENS.search(
            text, max(0, mention.start - 16), mention.start
        ):
            # "Kyiv asked for a move; then, on March 9, Zelensky said the talks had been put off": the day
            # that opens a clause of saying is the day of the saying
            continue
        if _MAYBE_DAY.search(text, max(start, mention.start - 40), mention.start):
            continue  # "it might be coming on Thursday and Friday": a day only guessed at
        if _DEED_DAY.search(text, max(start, mention.start - 30), mention.start):
            continue  # "a swap agreed at the second round and carried out on Feb. 5": the day of the swap
        if text.endswith(_SINCE, max(0, mention.start - 6), mention.start) and not _WHEN_AFTER.match(
            text, mention.end
        ):
            # "at a lakeside hotel cordoned off since Monday night": the day a state began, not the talks'
            # (but "the first meeting since Feb. 26 in Geneva, when Witkoff saw Umerov" tells what was then)
            continue
        if _MOVED_FROM.search(text, max(0, mention.start - 40), mention.start):
            continue  # "pushed back from February 1": the day it was to be, whatever it became
        if _FIRST_PLAN.search(text, max(start, mention.start - 90), mention.start):
            continue  # "first planned for March 5 to 9", "first pencilled in for May and then for June 2"
        if _OLD_DATE.search(text, max(0, mention.start - 40), mention.start) and (
            status in ("postponed", "cancelled") or len(candidates) or _later_date(view, mention, end)
        ):
            continue
        if status in ("postponed", "cancelled"):
            if text.startswith(("'s ", "’s "), mention.end):
                continue  # "Sunday's round has been postponed": the day names the round by the plan it was
            plan = _OLD_PLAN.search(text, max(start, mention.start - 60), mention.start)
            if plan is not None and not _MOVED.search(text, plan.start(), mention.start):
                continue  # "which had been expected in Abu Dhabi on Sunday, has been called off"
            if _SPOKEN_PLAN.search(text, max(start, mention.start - 60), mention.start):
                continue  # "the round, which the minister had mentioned for March 5-6, is off": a plan told
            if _PLANNED_FOR.search(text, max(start, mention.start - 50), mention.start) and _MOVED.search(
                text, mention.end, end
            ):
                continue  # "a session pencilled in for March 5-9 was pushed back": the plan it was
        if _TRAVEL_DAY.search(text, max(start, mention.start - 40), mention.start):
            journeys.append(mention)  # "will fly to Geneva on Monday for the third round"
        else:
            candidates.append(mention)
    return candidates, journeys


def _ended_before(text: str, start: int, pos: int) -> bool:
    """Is there a verb of ending (or of lasting until) just before `pos`? The pattern is anchored at `pos`,
    so it runs over the last 80 characters only."""
    return _END_VERB.search(text, max(start, pos - 80), pos) is not None


def _speech_day(view: View, frame: tuple[int, int], published: date) -> date | None:
    """The day, before the article's, on which the sentence's speaker spoke ("said on Thursday", "announced
    the trip on Thursday")."""
    text = view.text
    days = [
        d.first
        for d in view.dates
        if d.first is not None
        and d.first == d.last
        and d.first < published
        and (frame[0] <= d.start < frame[1] or _SPEECH_DAY.search(text, max(0, d.start - 40), d.start))
    ]
    return days[0] if len(days) == 1 else None


def week_shift(day: date, published: date, status: str) -> timedelta:
    """How far a bare weekday moves to fall in the week the round's status says (ahead or gone by)."""
    if status in ("scheduled", "announced", "postponed") and day < published:
        return timedelta(days=7)
    if status == "concluded" and day > published:
        return timedelta(days=-7)
    return timedelta(0)


def _later_date(view: View, mention: DateMention, end: int) -> bool:
    return any(m.start > mention.end and m.end <= end and m.first for m in view.dates)


def venue_of(
    view: View,
    doc: Doc,
    start: int,
    end: int,
    status: str | None = None,
    frame: tuple[int, int] = (0, 0),
    named_from: int | None = None,
    unknown_cities: bool = True,
) -> str | None:
    """The place of the talks: a pack venue or a city named where talks, a round or a meeting are held.

    Not the place of a statement ("..., Peskov told reporters in Moscow"). After the words that name a
    round (from `named_from`), "in" before a place is enough: "the second, again in Abu Dhabi". A city the
    pack does not know is looked for only when `unknown_cities` ("talks will be held in Riga").
    """
    text = view.text
    for mention in view.mentions_between(start, end):
        venue = mention.venue
        city = mention.surface in doc.matcher.party_cities
        capital = _capital(view, doc, mention) if venue is None and not city else None
        if (venue is None and not city and capital is None) or frame[0] <= mention.start < frame[1]:
            continue
        if (city or mention.party is not None) and text.startswith(("'s", "’s"), mention.end):
            continue  # "at Washington's request": a side named by its capital, not a place
        if (
            venue is not None
            and _CITY_EVENT.match(text, mention.end)
            and _AT_EVENT.search(text, max(0, mention.start - 30), mention.start)
            and _MEET_WORD.search(text, start, mention.start)  # (not "spoke to a newspaper on the sidelines")
        ):
            # "on the sidelines of the Munich Security Conference": a gathering named by its city is there
            return venue.name
        if _NAME_GOES_ON.match(text, mention.end) or _PUBLICATION.match(text, mention.end):
            continue  # "spoke to the Kyiv Evening Herald", "the Moscow Times": a city in a name, no place
        named = named_from is not None and mention.start >= named_from
        window = max(0, mention.start - 24)
        lead = _VENUE_LEAD.search(text, window, mention.start)
        if lead is None and venue is not None:
            # "at a hotel on the shores of Lake Geneva", "at the Intercontinental in Geneva"
            lead = _LANDMARK_LEAD.search(text, max(0, mention.start - 70), mention.start)
        if lead is None and venue is not None and _BUILDING_AFTER.match(text, mention.end):
            # "behind closed doors at a Geneva hotel": the place names the building the talks are in
            lead = _A_LEAD.search(text, window, mention.start)
        if lead is None and venue is not None:
            # "in Saudi Arabia's capital Riyadh", "in Turkey's largest city, Istanbul"
            lead = _COUNTRY_CITY_LEAD.search(text, max(0, mention.start - 60), mention.start)
        if (
            lead is not None
            and _BACK.search(text, window, mention.start)
            and _PURPOSE_AFTER.match(text, mention.end) is None
        ):
            # "flew back to Moscow", "closer to the White House": not the place of the talks (but "returned to
            # Geneva for a meeting with Witkoff" went there to meet)
            continue
        if lead is not None and _PEOPLE_IN.search(text, window, mention.start):
            continue  # "some in Kyiv fear", "anyone in Moscow": where people are, not the talks
        before = lead is not None and (named or _venue_context(view, start, mention.start))
        # "in Abu Dhabi a bilateral working group will meet": the talks named after the place
        # ... but not a destination: "A move to Miami would bring the talks closer to the White House"
        after = (
            lead is not None
            and venue is not None
            and (
                # ("returned to Geneva for a meeting with Witkoff": a journey's end, with what it was for)
                _PURPOSE_AFTER.match(text, mention.end) is not None
                if lead.group().startswith("to")
                else _CONTEXT_AFTER.match(text, mention.end, min(end, mention.end + 70)) is not None
            )
        )
        if lead is not None and not after and _opens_scene(view, start, lead.start(), mention.start):
            # "In Miami on Saturday, Dmitriev met Witkoff": a place that opens the clause sets its scene
            after = _FRONTED_CONTEXT.match(text, mention.end, end) is not None
        if not (before or after or _VENUE_FOLLOWS.match(text, mention.end)):
            # ("February 4-5 - Round two, Abu Dhabi, a few days later than first planned": a list's round,
            # then its place)
            listed = _ROUND_THEN_PLACE.search(text, max(start, mention.start - 30), mention.start)
            if venue is None or listed is None:
                continue
        if (
            _ALTERNATIVE.match(text, mention.end)
            or _HEDGE.search(text, max(0, mention.start - 40), mention.start)
            # ("ready to travel to Miami or to Abu Dhabi": the second of two is no more the place)
            or _ALTERNATIVE_BEFORE.search(text, max(0, mention.start - 12), mention.start)
        ):
            continue
        if _NOT_THERE.search(text, max(0, mention.start - 40), mention.start):
            continue  # "no longer in Abu Dhabi but in Istanbul": the place given up
        old_plan = _OLD_PLAN if status in ("postponed", "cancelled") else _FORMER_PLAN
        # ("which was due to open in Abu Dhabi today, has been moved to Wednesday and Thursday": moved in time
        # only, the round keeps its place)
        moved_in_time = status == "postponed" and _MOVED_TO_DAYS.search(text, mention.end) is not None
        if not moved_in_time and old_plan.search(text, max(start, mention.start - 60), mention.start):
            continue
        if (
            not moved_in_time
            and status in ("postponed", "cancelled")
            and _PLAN.search(text, max(start, mention.start - 60), mention.start)
            # ("due to meet in Abu Dhabi on Wednesday for a second round, pushed back from Sunday": the plan
            # the round was moved to is its own)
            and (" from " not in text or _PUT_OFF_FROM.search(text, mention.end, end) is None)
        ):
            continue  # "A fourth round, planned for early March in Abu Dhabi, was put off"
        return venue.name if venue is not None else capital or mention.surface
    if not unknown_cities:
        return None
    for match in _UNKNOWN_CITY.finditer(text, start, end):
        city_name = match.group("city")
        if city_name.split()[0] in _NOT_CITIES or _is_pack_name(view, match.start("city"), match.end("city")):
            continue
        if _ALTERNATIVE.match(text, match.end("city")):
            continue
        return city_name
    return None


def _opens_scene(view: View, start: int, lead: int, pos: int) -> bool:
    """Does the place at `pos` (after its preposition at `lead`) stand in a phrase that opens the clause
    at `start` and sets its scene? "In Miami, ...", and so after a day or a length of time, and in a
    building of the city: "The day before yesterday in Miami the envoy held a meeting", "For two days in a
    guarded hotel in the Emirati capital, officers from both armies sat across a table"."""
    text = view.text
    if not text[start:lead].strip():
        return True
    landmark = _LANDMARK_LEAD.search(text, max(start, pos - 70), pos)
    head = landmark.start() if landmark is not None else lead
    words = text[start:head]
    for day in reversed(view.dates):  # the days named in the phrase, cut out
        if start <= day.start and day.end <= head:
            words = words[: day.start - start] + words[day.end - start :]
    return _SCENE_OPENING.fullmatch(words) is not None


def _venue_context(view: View, start: int, pos: int) -> bool:
    """Words of talks before the place at `pos` (`_VENUE_CONTEXT`), searched once per sentence and span (in
    the view's memo): the readings of a clause ask again for the same place."""
    memo = view.memo.get("venue context")
    if memo is None:
        memo = view.memo["venue context"] = {}
    key = (start, pos)
    found = memo.get(key)  # type: ignore[attr-defined]
    if found is None:
        text = view.text
        found = _VENUE_CONTEXT.search(text, _context_start(text, start, pos), pos) is not None
        memo[key] = found  # type: ignore[index]
    return found  # type: ignore[no-any-return]


def _context_start(text: str, start: int, pos: int) -> int:
    """Where the words of talks before a place at `pos` may stand: not across the end of a sentence inside a
    quote ("Venue is the least of their problems. What matters is whether anyone in Moscow ...")."""
    lo = max(start, pos - _CONTEXT_REACH)
    stops = [m.end() for m in _QUOTED_STOP.finditer(text, lo, pos)]
    return stops[-1] if stops else lo


# A full stop after a lower-case word, before a capitalised one: not "U.S. President", "Gen. Grynkewich".
# The full stop comes first and the lookbehinds take it in: `re` finds a leading literal fast, where a
# leading lookbehind is tried at every position.
_QUOTED_STOP = re.compile(
    r"\.(?<=[a-z]\.)(?<!\bGen\.)(?<!\bAdm\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)\s+(?=[A-Z][a-z])"
)


def _capital(view: View, doc: Doc, mention: Mention) -> str | None:
    """ "the Russian capital", "Ukraine's capital": the party's capital, as the pack names it."""
    if mention.party is None or "capital" not in view.text or not _CAPITAL.match(view.text, mention.end):
        return None
    return doc.matcher.capitals.get(mention.party)


def venue_before(view: View, doc: Doc, pos: int) -> str | None:
    """The place named just before `pos` ("in Abu Dhabi, where the first two rounds were held"), a day
    between them or not ("travelled to Miami on Saturday, where he met Witkoff"); a city the pack does not
    know is one too ("flew to Berlin, where")."""
    text = view.text
    for mention in reversed(view.mentions):
        if mention.end > pos:
            continue
        if _WHERE_GAP.fullmatch(text, mention.end, pos) is None:
            break
        venue = mention.venue
        if venue is not None:
            return venue.name
        return mention.surface if mention.surface in doc.matcher.party_cities else None
    for match in _CITY_LEAD.finditer(text, max(0, pos - 60), pos):
        city = match.group("city")
        if (
            _WHERE_GAP.fullmatch(text, match.end(), pos) is not None
            and city.split()[0] not in _NOT_CITIES
            and not _is_pack_name(view, match.start("city"), match.end("city"))
        ):
            return city
    return None


# What may stand between a place and the clause after it: a day, a comma, "where".
_WHERE_GAP = re.compile(
    r"(?:\s+(?:(?:late|early)\s+)?(?:on|last|this)\s+[\w.]+(?:\s+\d{1,2})?)?\s*,?\s*(?:(?:where|which|that)\s+)?"
)
_CITY_LEAD = re.compile(r"\b(?:in|to|at)\s+(?P<city>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")


_CONTEXT_REACH = 110
_VENUE_LEAD = re.compile(
    # "had been fixed for Abu Dhabi on Jan. 23 and 24": a place a round is set for
    r"(?:\b(?:in|In|at|At|hosted by|host|to|into)\s+(?:the\s+)?"
    r"|\b(?:planned|scheduled|set|due|slated|fixed|arranged)\s+for\s+"
    r"|\bvisit(?:ed|s|ing)?\s+(?:the\s+)?"
    # "met on the margins of the World Economic Forum": a gathering held in a place of the pack
    r"|\bon\s+the\s+(?:margins|sidelines|fringes)\s+of\s+(?:the\s+)?)$"
)
_LANDMARK_LEAD = re.compile(
    r"\b(?:at|in)\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,6}?(?:of|in|near|outside)\s+(?:the\s+)?(?:[Ll]ake\s+)?$"
)
_COUNTRY_CITY_LEAD = re.compile(
    r"\b(?:in|at)\s+(?:[A-Z][\w-]*\s+)?[A-Z][\w-]*['’]s\s+(?:[\w-]+\s+)?(?:capital|city|port|resort)\s*,?\s+$"
)
_CAPITAL = re.compile(r"(?:['’]s)?\s+capital\b")
# The name of a newspaper or an agency that opens with its city: "the Kyiv Evening Herald", "the Moscow Times"
_PUBLICATION = re.compile(
    r"(?:\s+[A-Z][a-z]+)?\s+(?:Times|Post|Herald|Independent|Journal|Gazette|Courier|Tribune|Daily|Dispatch"
    r"|Telegraph|Chronicle|Observer|Review|Ledger|Standard)\b"
)
_PEOPLE_IN = re.compile(
    r"\b(?:some|many|few|others|those|anyone|everyone|nobody|someone|no one)\s+(?:in|at)\s+(?:the\s+)?$"
    # "are seen in Moscow as the most reliable channel", "is viewed in Kyiv with suspicion": where a view is
    # held, not where anyone meets
    r"|\b(?:seen|viewed|regarded|perceived|considered|read)\s+(?:in|at)\s+(?:the\s+)?$"
)
_BACK = re.compile(
    # "flew back to Moscow"; "would bring the talks closer to the White House": nearness is no place
    r"\b(?:back|home|returned|return|returning|closer|nearer|next|close)\s+to\s+(?:the\s+)?$"
)
_PURPOSE_AFTER = re.compile(
    r"(?:\s+on\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:\s*(?:and|-|–|to)\s*\d{1,2}\b)?|[A-Z][a-z]+day))?,?\s+"
    r"(?:this\s+time\s+|again\s+)?for\s+"
    r"(?:(?:(?:a|another|the|further|fresh|new)\s+)?(?:[\w-]+\s+)?(?:meeting|session|sit-down|talks|round"
    r"|negotiations|consultations)\b"
    # ("and to Geneva on February 17 and 18 for the third": a round counted on from the one before)
    r"|the\s+(?:first|second|third|fourth|fifth|sixth)\b)"
)
_TO_SAY_AFTER = re.compile(
    r"\s+(?:evening\s+|morning\s+|night\s+)?to\s+(?:say|announce|tell|declare|insist|argue|warn|confirm)\b"
    # "Reports on Monday said the delegations would gather on March 11": a day right before the verb of
    # saying is the saying's
    r"|\s+(?:evening\s+|morning\s+|night\s+)?(?:said|says|reported|announced|told|claimed|suggested)\b"
)
_A_LEAD = re.compile(r"\b(?:in|at)\s+an?\s+$")
_BUILDING_AFTER = re.compile(
    r"\s+(?:hotel|villa|palace|residence|resort|conference\s+(?:centre|center|hall))\b"
)
_VENUE_FOLLOWS = re.compile(
    # ("The Kremlin session began late on Thursday": the place names the sitting)
    r"\s+(?:talks|round|meeting|session|forum|summit|conference|(?:also\s+)?host(?:s|ed)"
    r"|will\s+host"
    r"|(?:is|was|will be)\s+hosting"
    # the infinitive of headlines: "Geneva to host third round"
    r"|(?:is\s+|are\s+)?(?:set\s+|due\s+)?to\s+host)\b"
)
_VENUE_CONTEXT = re.compile(
    r"\b(?:talks|round|meetings?|negotiations|consultations|held|hold|holds|meet|meets|met|session|convene"
    r"|take place|took place|takes place|taking place|received|receive|receives|hosted|hosts|host|gather"
    r"|gathers"
    r"|sat down|talked|talk|travel|travels|flies|arrives|begins|opens|starts|ends|resumes|convenes"
    r"|sits? down"
    # "would see Umerov in Geneva on Thursday", "Umerov's sit-down with Witkoff in Geneva", "Witkoff's visit
    # to Moscow": seeing someone named, a sit-down and a visit are meetings, as the meeting verb reads them
    r"|see|sees|seeing|seen|saw|sat|sit-downs?|visit|visits|visited|visiting"
    # ("Putin kept Witkoff and Kushner in the Kremlin for nearly four hours")
    r"|kept"
    # "heads to Miami", "leads a team to Miami", "goes to Geneva": a journey to the talks
    r"|heads|lead|leads|takes|goes"
    # meals, huddles and audiences, as the meeting verb reads them
    r"|dined|dinner|lunch|luncheon|breakfast|huddled|conferred|closeted|shook hands|one-on-one|one-to-one"
    r"|audience|welcomed|greeted|caught up|exchanged views|hours with|was with|were with"
    # "across the table from a Ukrainian delegation led by Umerov, then defence minister, at a palace in
    # Istanbul": a delegation led somewhere is at talks there
    r"|led"
    r"|travelling|traveling|travelled|traveled|flew|flown|fly|flying|arrived|landed|went|headed|heading|conversation"
    r"|summit|venue|group|invited|planned|scheduled|kicked off|began|begun|begin|opened|started|ran|run|spoke"
    # "Negotiators will reconvene in Abu Dhabi ... for a second round", "Delegations gathered in Geneva"
    r"|reconvene[sd]?|gathered|gathering|assembled|together|convened|convening|spent|negotiated"
    # "were back at the negotiating table in Geneva"
    r"|table"
    # "They faced each other in Istanbul last year": the sides in one room, as the meeting verb reads it
    r"|faced each other"
    # "walked into the Kremlin", "were shown into Putin's office at the Kremlin": visitors let in
    r"|walked|walks|shown|ushered"
    # "Dmitriev joined Witkoff in Miami": someone of the other side joined in a place
    r"|talked|joined|joins"
    # ("the understanding reached by Putin and Trump in Anchorage": terms come to in a place, at talks there)
    r"|reached"
    r"|resumed|continued|ended|wrapped up|concluded|closed"
    # "had his hour with Trump on the sidelines of the forum in Davos"
    rf"|sidelines|margins|forum|{_TRILATERAL_NOUN})\b[^;]*$",
    re.IGNORECASE,
)
# A meeting at a gathering named by its city: "meet Rubio on the sidelines of the Munich Security Conference"
_MEET_WORD = re.compile(r"\b(?:meet|meets|met|meeting|talks|held|hold|holds|sat\s+down|see|saw)\b")
_CITY_EVENT = re.compile(r"\s+(?:Security\s+|Economic\s+|Peace\s+)?(?:Conference|Forum|Summit)\b")
_AT_EVENT = re.compile(r"\b(?:(?:sidelines|margins)\s+of|at|during)\s+the\s+$")
# A capitalised word right after a city that is no day or month goes on with a name ("the Kyiv Independent",
# "Geneva Security Forum"), not a place followed by a day ("in Geneva Tuesday")
_NAME_GOES_ON = re.compile(
    r" (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June"
    r"|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|On|In"
    r"|At|And|But|The)\b)[A-Z][a-z]+"
)
_CONTEXT_AFTER = re.compile(
    # ("was due in Moscow that evening to see Putin": the purpose of being there)
    r"[^,;.]*?\b(?:talks|negotiations|working group|meet|meets|will meet|to see)\b"
    # "was back in Geneva, this time for a meeting with Witkoff": the purpose of being there
    # (a day between: "was in Geneva on February 26 for a meeting with Witkoff")
    # (or a round: "and in Geneva on February 17 and 18 for the third")
    r"|(?:\s+on\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:\s*(?:and|-|–|to)\s*\d{1,2}\b)?|[A-Z][a-z]+day))?,?\s+"
    r"(?:this\s+time\s+|again\s+)?"
    r"for\s+(?:(?:a|another|the)\s+(?:[\w-]+\s+)?(?:meeting|session|sit-down)\b"
    # ("he was in Abu Dhabi for the opening of the first trilateral round")
    r"|(?:the\s+(?:opening|start|close|end|second\s+day|first\s+day|last\s+day)\s+of\s+)?"
    r"the\s+(?:first|second|third|fourth|fifth|sixth|next|last)\b)"
    # "the main business in Miami on Saturday, when a Ukrainian delegation spent the day with the envoys": the
    # scene of the clause of "when" after it
    r"|(?:\s+on\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|[A-Z][a-z]+day))?,\s+when\s+"
    # "the American negotiators are in Moscow, sitting across the table from Putin": where they sit talking
    r"|,\s+(?:sitting|sat)\s+(?:across|opposite|down|with)\b"
    # "On Jan. 31 he was in Miami, meeting Witkoff", "was in Miami doing it again, spending several hours
    # with Witkoff": what they were there doing, set off after the place
    # (a day between: "was in Miami on Saturday, talking to Witkoff")
    r"|(?:\s+[a-z]+(?:\s+[a-z]+){0,2}|\s+on\s+(?:the\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2}|[A-Z][a-z]+day))?,\s+"
    r"(?:meeting|seeing|talking\s+(?:to|with)|holding\s+talks|spending\s+(?:[\w-]+\s+){1,3}?with)\s"
)
_FRONTED_CONTEXT = re.compile(
    # ("In Abu Dhabi on February 4 and 5, the second round produced a prisoner swap": the round itself)
    r"[^;.]*?\b(?:talks|round|negotiations|negotiated|met|meet|meets|held|hold|received|hosted|sat down"
    r"|gathered|convened|(?:sat|sit)\s+(?:across|at|around)\s+(?:a|the|one)\s+table"
    # "In Miami yesterday, Dmitriev spent several hours with Witkoff": time spent with the other side
    r"|spent\s+(?:[\w-]+\s+){1,3}?(?:with|together)"
    # ("Last week in Geneva the three delegations spent two days in parallel political and military groups")
    r"|spent\s+(?:[\w-]+\s+){1,3}?in\s+(?:talks|negotiations|session|parallel)"
    # "In Davos yesterday, Trump and Zelensky talked for about an hour" (not "spoke by phone")
    r"|(?:talked|spoke)(?![^.;]*\b(?:phone|call|video|telephone)\b)"
    # "In Istanbul he headed the Russian side at a meeting with the Ukrainians": a delegation led there
    r"|(?:headed|led)\s+(?:the|his|her|its|[A-Z][\w]*['’]s)\s+(?:[\w-]+\s+)?(?:side|delegation|team)\s+at\s+"
    r"(?:a|the|two|three|four)\s+meetings?)\b"
)
# What may open a clause before the place that sets its scene, the days cut out: a preposition of the day
# ("On", "Late on", "The day before" yesterday), a length of time ("For two days", "Over three hours").
_SCENE_OPENING = re.compile(
    # ("Over the weekend, at a private club in Florida, Kushner spent two days with ...")
    r"\s*(?:(?:But|And|Yet)\s+)?(?:(?:[Oo]n|(?:[Oo]ver|[Dd]uring)(?:\s+the)?|[Ll]ate|[Ee]arly|[Ll]ate\s+on|[Ee]arly\s+on|[Tt]he\s+day\s+before"
    # ("Earlier on Thursday, in Davos, ...", "Five days later, in Davos, ...", "That evening, in the Kremlin")
    r"|(?:[Ee]arlier|[Ll]ater)(?:\s+on)?|(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix)\s+days?\s+(?:later|earlier)"
    r"|(?:[Tt]hat|[Tt]he\s+same|[Tt]he\s+next|[Tt]he\s+following)\s+(?:day|morning|afternoon|evening|night)"
    # ("Last week in Geneva the three delegations spent two days ...")
    r"|(?:[Ll]ast|[Tt]his|[Ee]arlier\s+this|[Ll]ater\s+that)\s+(?:week|weekend|month))\s*)?"
    r"(?:(?:[Ff]or|[Oo]ver)\s+(?:two|three|four|five|six|several|\d+)\s+(?:days|hours|nights)\s*)?"
    # ("On Saturday, in Miami, Umerov met Witkoff": the day set off before the place)
    r"(?:,\s*)?"
)
# (not the plan it was moved to: "pushed back from Sunday, is now scheduled for February 4-5 in Abu Dhabi")
_PLAN = re.compile(r"\b(?<!now )(?:planned|expected|scheduled|due|set)\b[^,;]*$")
_MOVED_TO_DAYS = re.compile(
    r"\b(?:moved|pushed back|postponed|put off|delayed|rescheduled|shifted)\s+(?:to|until|till)\s+"
    r"(?:[A-Z][a-z]+day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d)"
)
_ROUND_THEN_PLACE = re.compile(
    r"\b(?:[Rr]ound\s+(?:one|two|three|four|five|\d+)|(?:first|second|third|fourth|fifth)\s+round)\s*[,:—–]\s*$"
)
_PUT_OFF_FROM = re.compile(
    r"\b(?:moved|pushed back|postponed|delayed|put off|rescheduled|shifted|brought forward)\s+from\b"
)
_ALTERNATIVE = re.compile(r"\s+or\s+(?:in\s+|at\s+|to\s+)?[A-Z]")
_ALTERNATIVE_BEFORE = re.compile(r"[a-z]\s+or\s+(?:in\s+|at\s+|to\s+)?$")
_HEDGE = re.compile(
    r"\b(?:likely|probably|possibly|perhaps|maybe|somewhere|other than|instead of)\b[^,;.]*$"
    r"|\bor\s+(?:in\s+|at\s+)?$"
)
_NOT_THERE = re.compile(
    r"\b(?:not|no longer|rather than)\s+(?:(?:be\s+)?(?:held|take\s+place|meet|convene)\s+)?"
    r"(?:in|at)?\s*(?:the\s+)?$"
)
_OLD_PLAN = re.compile(
    r"\b(?:had been|was|were|originally|initially)\s+(?:\w+\s+)?"
    r"(?:expected|planned|scheduled|due|set|meant|pencil?led in)\b[^,;]*$"
)
# "had been expected in Abu Dhabi": a plan given up; "were due to fly to Moscow" is one only when the round
# was since moved or called off.
_FORMER_PLAN = re.compile(
    r"\b(?:had been|originally|initially)\s+(?:\w+\s+)?"
    r"(?:expected|planned|scheduled|due|set|meant|pencil?led in)\b[^,;]*$"
)
_PLANNED_FOR = re.compile(
    r"\b(?<!now )(?:planned|scheduled|expected|set|due|slated|pencil?led in)\s+(?:for|on|in)\s+"
    r"(?:[\w.]+\s+){0,4}$"
)
# A day someone had once given for a round, in a relative clause: "which the envoy had mentioned for March
# 5-6", "that Kyiv had floated for Sunday". Of a round since put off or called off, it is no longer its day.
_SPOKEN_PLAN = re.compile(
    r"\b(?:which|that)\s+[^,;.]{0,40}?\bhad\s+(?:\w+\s+)?"
    r"(?:mentioned|named|given|floated|proposed|announced|promised|suggested|pencil?led in|set)\s+"
    r"(?:it\s+)?(?:for|on)\s+(?:the\s+)?$"
)
_MOVED = re.compile(r"\b(?:moved|postponed|pushed back|put off|delayed|rescheduled|shifted)\b")
_UNKNOWN_CITY = re.compile(
    r"\b(?:talks|round|meeting|meetings|negotiations|consultations|held|hold|meet|met|convene|session"
    r"|spent|spend|spends)"  # "spent two days in Berlin with Zelensky"
    # (a reach for the people met, named before the city: "met the two envoys, Smith and Jones, in Oslo"
    # has a comma and is cut; "spent a day with Mark Smith and John Jones in Oslo" has not; a hyphenated name
    # is whole: "at Mar-a-Lago", not "Mar")
    r"\b[^.;,]{0,60}?\b(?:in|at)\s+(?P<city>[A-Z][a-z]+(?:-[a-z]+-[A-Z][a-z]+|-[A-Z][a-z]+)?(?:\s+[A-Z][a-z]+)?)\b(?!-)"
)
# Capitalised words after "talks in" that are no city: months, days, regions, countries, determiners.
_NOT_CITY_WORDS = (
    "January February March April May June July August September October November December Monday "
    "Tuesday Wednesday Thursday Friday Saturday Sunday Telegram Europe Asia Africa Crimea Donbas Donbass "
    "Donetsk Luhansk Zaporizhzhia Kherson The A An His Her Their Its This That Turkey Switzerland Iran "
    "Israel Qatar Oman Egypt Belarus Poland Lithuania Latvia Estonia Finland Sweden Norway Denmark "
    "Germany France Britain Italy Spain Austria Hungary Slovakia Romania Moldova Georgia Armenia "
    "Azerbaijan Kazakhstan China India Japan Brazil Canada Mexico Vatican Saudi"
)
_NOT_CITIES = frozenset(_NOT_CITY_WORDS.split())


def _is_pack_name(view: View, start: int, end: int) -> bool:
    return any(m.start < end and m.end > start for m in view.mentions)


# The patterns searched most, each with a first look at the character its match begins with
# (`first_char_gate`): the same matches at about half the cost.
DAY_N.pattern = first_char_gate(DAY_N_PATTERN)
_OLD_DATE = first_char_gate(_OLD_DATE)
_DURATION = first_char_gate(_DURATION)
_FIRST_PLAN = first_char_gate(_FIRST_PLAN)
_VENUE_LEAD = first_char_gate(_VENUE_LEAD)
_TRAVEL_DAY = first_char_gate(_TRAVEL_DAY)
_PEOPLE_IN = first_char_gate(_PEOPLE_IN)
# The long alternations of meeting verbs, talk words and words around a place, dispatched on their first
# character (`first_char_dispatch`): the same matches at a third to half of the cost of the gated patterns.
MEETING_VERB_GUARDED.pattern = first_char_dispatch(MEETING_VERB)
_MEETING_VERB_ANY_CASE.pattern = first_char_dispatch(_MEETING_VERB_ANY_CASE.pattern)
_TALK_WORDS_GUARDED.pattern = first_char_dispatch(TALK_WORDS)
_EVENT_SOURCE = _EVENT  # (the tests compare the two)
_EVENT = first_char_dispatch(_EVENT_SOURCE)
_VENUE_CONTEXT_SOURCE = _VENUE_CONTEXT
_VENUE_CONTEXT = first_char_dispatch(_VENUE_CONTEXT_SOURCE)
_UNKNOWN_CITY_SOURCE = _UNKNOWN_CITY
_UNKNOWN_CITY = first_char_dispatch(_UNKNOWN_CITY_SOURCE)
_MOVED_FROM_SOURCE, _SPEECH_DAY_SOURCE = _MOVED_FROM, _SPEECH_DAY
_MOVED_FROM = first_char_dispatch(_MOVED_FROM_SOURCE)
_SPEECH_DAY = first_char_dispatch(_SPEECH_DAY_SOURCE)
