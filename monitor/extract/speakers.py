"""Who a noun phrase names when it stands as the speaker of a speech verb.

A speaker is a person of the pack ("Kremlin spokesman Dmitry Peskov", "Peskov, the Kremlin spokesman"), an
institution or a party named by metonym ("the Kremlin", "Moscow"), an anonymous source ("a source told
TASS"), a pronoun or a definite role ("he", "the Ukrainian leader") resolved against the speakers and people
seen earlier in the article, or a person the pack does not know ("Estonian Foreign Minister Margus Tsahkna").
Roles come from the text (a title before the name or an apposition after it), else from the pack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from monitor.extract.context import View
from monitor.extract.literal_first import first_char_gate
from monitor.extract.names import Entity, Matcher, Mention
from monitor.facts import UNNAMED_SOURCE


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    kind: str  # "person", "institution" or "anonymous"
    party: str | None
    role: str | None
    start: int  # span of the phrase in the sentence
    end: int
    known: bool = True  # in the pack (or anonymous); False for a person the pack does not know


@dataclass
class Memory:
    """What the article has said so far about who speaks (for pronouns and definite roles)."""

    last_person: Speaker | None = None
    institutions: list[Speaker] = field(default_factory=list)  # institutions that spoke, latest last
    people_seen: list[str] = field(default_factory=list)  # pack people in order of last mention
    roles: dict[str, str] = field(default_factory=dict)  # person -> role the text gave
    # person -> the rank the text puts before the name ("Admiral Igor Kostyukov"): "the admiral said"
    ranks: dict[str, str] = field(default_factory=dict)
    strangers: dict[str, Speaker] = field(default_factory=dict)  # surname -> a person the pack lacks
    anonymous: Speaker | None = None  # the last unnamed source, for "the official said"
    # A person a sentence opened with without speaking ("Witkoff has been the most optimistic voice."), and
    # the index of that sentence: "he" in the next sentence is that person.
    topic: tuple[int, Speaker] | None = None
    # whoever spoke last, and in which sentence: "It said" goes on with the institution of the sentence before
    last_speaker: tuple[int, Speaker] | None = None
    persons: list[Speaker] = field(default_factory=list)  # the people who spoke, in order
    women: set[str] = field(default_factory=set)  # those whose role says they are women ("spokeswoman")
    # An institution a sentence opened with without speaking ("The ministry's statement was sharper."), and
    # the index of that sentence: "it" in the next sentence is that institution.
    institution_topic: tuple[int, Speaker] | None = None
    # the sentence in which one unnamed person ("a member of the team") spoke last, when the last to speak
    one_source: int | None = None
    # the people named in sentences no one was found to say since the last speaker spoke ("The pause follows
    # an announcement by Donald Trump yesterday."): "the president" in the next sentence may be one of them
    named_since_speech: list[str] = field(default_factory=list)
    previous_view: View | None = None  # the sentence seen last

    def saw(self, view: View) -> None:
        self.previous_view = view
        if (", a " in view.text or ", an " in view.text or ", the " in view.text) and _INTRODUCED.search(
            view.text
        ):
            self._introduce(view)
        unsaid = self.last_speaker is None or self.last_speaker[0] != view.index
        for mention in view.mentions:
            person = mention.person
            if person is not None:
                if person.name in self.people_seen:
                    self.people_seen.remove(person.name)
                self.people_seen.append(person.name)
                rank = (
                    _RANK_BEFORE.search(view.text, max(0, mention.start - 24), mention.start)
                    if "Adm" in view.text or "Gen" in view.text
                    else None
                )
                if rank is not None:
                    self.ranks[person.name] = _RANKS[rank.group(1).lower()]
                if unsaid:
                    self.named_since_speech.append(person.name)

    def introduced(self, view: View, matcher: Matcher) -> None:
        """Remember the person an unattributed sentence is about, when it opens with them."""
        self.institution_topic = self._opening_institution(view)
        # "Kremlin spokesman Dmitry Peskov declined to say ...", "In Munich, ..., Secretary of State Marco
        # Rubio was more cautious.": the first person named, after a title or an opening phrase when a verb
        # follows the name
        apposed = _APPOSED_STRANGER.match(view.text)
        if apposed is not None and " " not in apposed.group(1):
            # "Koval, a lawyer on the delegation's legal team, has carried ...": a stranger named before by
            # her full name, met again by her surname
            known = self.strangers.get(apposed.group(1))
            if known is not None and not view.mentions_between(0, apposed.end(1)):
                self.topic = (view.index, known)
                self.last_person = known
                return
            apposed = None
        if (
            apposed is not None
            and apposed.group(1).split()[0] not in _NOT_NAMES
            and not view.mentions_between(0, apposed.end(1))
        ):
            # "Katarzyna Nowicka, a former Polish deputy defence minister, was less categorical. She argued
            # ...": a person the pack lacks, introduced with a role, is the one "she" is next
            role = apposed.group(2)
            party = _party_in(view, apposed.start(2), apposed.end(2), places=False)
            found = Speaker(apposed.group(1), "person", party, role, 0, apposed.end(1), known=False)
            self.strangers[found.name.split()[-1]] = found
            self.topic = (view.index, found)
            self.last_person = found
            return
        # (no stranger known yet, as in most articles: no need to look for one)
        stranger = _OPENING_NAME.match(view.text) if self.strangers else None
        if (
            stranger is not None
            and stranger.group(1) in self.strangers
            and not view.mentions_between(0, stranger.end())
        ):
            # "Hordiienko expects no announcement this weekend. He noted ...": a person the pack lacks
            self.topic = (view.index, self.strangers[stranger.group(1)])
            return
        first = None
        # ("Asked what he wanted Putin to hear, Trump was blunt": the subject comes after the question)
        asked = _ASKED_OPENING.match(view.text) if view.text.startswith(("Asked", "Pressed")) else None
        for mention in view.mentions:  # (a loop costs less than next() of a generator)
            if mention.person and (asked is None or mention.start >= asked.end()):
                first = mention
                break
        text = view.text
        # (the pattern only where a match can be: at a pronoun that opens the sentence or follows a comma)
        subject = (
            _PRONOUN_SUBJECT.match(text)
            if text.startswith(_HE_SHE) or _COMMA_HE_SHE.search(text) is not None
            else None
        )
        if subject is None and text.startswith(_FRONTING_WORDS):
            # "On Jan. 31 he flew to Miami to see Witkoff. He said afterwards ...": "he" after a short time or
            # place that opens the sentence, with no comma
            subject = _FRONTED_PRONOUN.match(text)
        if subject is not None and (first is None or first.start > subject.start(1)):
            # "Zelensky has drawn one line. Speaking in Geneva, he rejected a referendum. “…,” he said.": a
            # sentence about "he" keeps the person "he" is, not one named after it ("He will brief Zelensky")
            person_he = self.pronoun_person(view, subject.group(1))
            self.topic = (view.index, person_he) if person_he is not None else None
            return
        role = _ROLE_SUBJECT.search(text) if _has_any(view.lower, _ROLE_SUBJECT_NOUNS) else None
        if role is not None and (first is None or first.start < role.start(1)):
            # "By Geneva, where ... Medinsky now at the head of the Russian delegation, the envoy had found a
            # new phrase. He spoke of ...": the role that is the subject is the one "he" names next
            resolved = role_named(view, role.start(1), role.end(1), matcher, self)
            if resolved is not None and resolved.kind == "person":
                self.topic = (view.index, resolved)
                return
        named = _NAMED_SUBJECT.match(view.text) if first is None else None
        if (
            named is not None
            and not _NOT_NAMES.intersection(named.group(1).split())
            and not view.mentions_between(named.start(1), named.end(1))
        ):
            # "At the hospital, Natalia Savchuk waited four hours for her husband. “…,” she said.": a full
            # name the pack lacks, the subject of its sentence, is the one "she" or "he" names next
            found = Speaker(named.group(1), "person", None, None, named.start(1), named.end(1), known=False)
            self.strangers.setdefault(found.name.split()[-1], found)
            self.topic = (view.index, found)
            return
        person = first.person if first is not None else None
        after = view.text[first.end :] if first is not None else ""
        before = view.text[: first.start] if first is not None else ""
        # ("In Munich, ..., Secretary of State Marco Rubio was more cautious.": the title goes with the name)
        untitled = before[: _role_start(view, first.start)] if first is not None and "," in before else before
        opening = "," in before and not (untitled.rstrip().endswith(",") and _FINITE_AFTER.match(after))
        if (
            opening
            and (_POSSESSED_ROLE.fullmatch(before) or _THE_ROLE_SET_OFF.fullmatch(before))
            and _SET_OFF_FINITE.match(after)
        ):
            # "Her boss, Sergei Lavrov, has been more careful in public. In the spring he said ...", "The U.S.
            # special envoy, Steve Witkoff, did not hold a briefing. He wrote ...": a name set off after a
            # role is the sentence's subject
            opening = False
        if (
            first is None
            or person is None
            or first.start > (40 if "," not in before else 120)
            or opening
            or _NOT_ABOUT.match(after)
            or any(
                # names in an opening phrase ("Asked whether Ukraine would ..., Zelensky was") are no subject
                view.text.rfind(",", 0, first.start) < m.start
                and m.end <= first.start
                and not m.person
                and not _TITLE_GAP.fullmatch(view.text, m.end, first.start)
                for m in view.mentions
            )
        ):
            self.topic = None  # "Trump was not mentioned by anyone": a name, not whom the sentence is about
            return
        role = self.roles.get(person.name) or _pack_role(matcher, person.name)
        self.topic = (view.index, Speaker(person.name, "person", person.party, role, first.start, first.end))

    def _opening_institution(self, view: View) -> tuple[int, Speaker] | None:
        """The institution or party a sentence opens with ("The Kremlin's readout ...", "The ministry's
        statement ..."), for "it" in the next one."""
        first = view.mentions[0] if view.mentions else None
        if first is not None and first.start <= 4 and not first.person:
            body = first.first("institution")
            if body is not None:
                return view.index, Speaker(body.name, "institution", body.party, None, 0, 0)
            party = first.first("party")
            if party is not None:
                return view.index, Speaker(party.name, "institution", party.name, None, 0, 0)
        # "The ministry's statement ...", "The office ...": a body of a kind named before opens the sentence
        opening = _DEFINITE_BODY_AHEAD.match(view.text)
        earlier = self.institution_of_kind(opening.group(1).lower()) if opening is not None else None
        return (view.index, earlier) if earlier is not None else None

    def _introduce(self, view: View) -> None:
        """ "We asked Taras Hordiienko, a political analyst at the Lviv Polytechnic, ...": a person the pack
        lacks, introduced by name and role without speaking, is known by surname from then on."""
        for match in _INTRODUCED.finditer(view.text):
            name = match.group("name")
            words = name.split()
            if any(w in _NOT_NAMES for w in words) or view.mentions_between(match.start(), match.end("name")):
                continue
            role = _clean_role(match.group("role")) or match.group("role").strip()
            party = _party_in(view, match.start("role"), match.end("role"))
            start, end = match.start("name"), match.end("name")
            self.strangers.setdefault(
                words[-1], Speaker(name, "person", party, role, start, end, known=False)
            )

    def institution_of_kind(self, noun: str) -> Speaker | None:
        """ "the office said", "according to the ministry": the institution of that kind that spoke last."""
        return next((i for i in reversed(self.institutions) if noun in i.name.lower()), None)

    def it_institution(self, view: View) -> Speaker | None:
        """The institution "it" names: the one that spoke in the sentence before, else the one that sentence
        opened with ("The ministry's statement was sharper. “...,” it said.")."""
        last = self.last_speaker
        if last is not None and last[0] == view.index - 1 and last[1].kind == "institution":
            return last[1]
        topic = self.institution_topic
        return topic[1] if topic is not None and topic[0] == view.index - 1 else None

    def pronoun_person(self, view: View, pronoun: str = "") -> Speaker | None:
        owner = (
            next((m for m in view.mentions if m.person and _WORDS_OF.match(view.text, m.end)), None)
            if "s " in view.text and ("’s" in view.text or "'s" in view.text)
            else None
        )
        if owner is not None and owner.person is not None:
            # "Witkoff's verdict reaches us through Russian state media: he called the meetings
            # "constructive"": he is the one whose words the sentence named
            person = owner.person
            return Speaker(
                person.name, "person", person.party, self.roles.get(person.name), owner.start, owner.end
            )
        if self.topic is not None and self.topic[0] == view.index - 1:
            found: Speaker | None = self.topic[1]
        else:
            found = self.last_person
        if found is not None and pronoun.lower() in ("he", "him", "his") and found.name in self.women:
            # "Maria Zakharova, the Foreign Ministry spokeswoman, said ... He told Russian reporters": not
            # her, the man who spoke before her
            men = [p for p in reversed(self.persons) if p.name not in self.women]
            found = men[0] if men else found
        return found

    def spoke(self, speaker: Speaker, index: int = -1, single: bool = False) -> None:
        self.last_speaker = (index, speaker)
        self.named_since_speech = []
        self.one_source = index if single and speaker.kind == "anonymous" else None
        if speaker.kind == "institution":
            self.institutions.append(speaker)
        if speaker.kind == "anonymous":
            self.anonymous = speaker
        if speaker.kind == "person":
            self.last_person = speaker
            self.persons.append(speaker)
            if speaker.role and _WOMAN.search(speaker.role):
                self.women.add(speaker.name)
            if not speaker.known:
                self.strangers[speaker.name.split()[-1]] = speaker
            if speaker.role:
                self.roles[speaker.name] = speaker.role


# A person's words named by a noun: "Witkoff's verdict", "Peskov's reply"
_WORDS_OF = re.compile(
    r"['’]s\s+(?:verdict|view|words|reply|answer|response|message|assessment|comment|account|reading|take"
    r"|summary|readout|reaction"
    # ("Zelensky's line has not moved: Ukraine, he said, ...": a stand the person holds)
    r"|line|position|stance)\b"
)
_WOMAN = re.compile(r"\b(?:spokeswoman|chairwoman|congresswoman|businesswoman|woman|Ms|Mrs|Madam)\b", re.I)
_TITLE_WORDS = frozenset(
    [
        "president",
        "vice",
        "prime",
        "minister",
        "foreign",
        "defence",
        "defense",
        "deputy",
        "secretary",
        "general",
        "gen.",
        "lt.",
        "col.",
        "adm.",
        "admiral",
        "colonel",
        "lieutenant",
        "major",
        "maj.",
        "captain",
        "capt.",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "envoy",
        "special",
        "ambassador",
        "chief",
        "head",
        "chancellor",
        "commissioner",
        "senator",
        "sen.",
        "rep.",
        "representative",
        "governor",
        "mayor",
        "speaker",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "commander",
        "aide",
        "adviser",
        "advisor",
        "negotiator",
        "official",
        "state",
        "army",
        "treasury",
        "national",
        "security",
        "council",
        "presidential",
        "foreign-policy",
        "first",
        "top",
        "senior",
        "lead",
        "staff",
        "of",
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "sheikh",
        "emir",
        "crown",
        "prince",
        "ministry",
        "office",
        "intelligence",
        "military",
        "economic",
        "cooperation",
        "affairs",
        "lawmaker",
        "mp",
        "mep",
        "diplomat",
        "press",
        "service",
        "negotiating",
        "team",
        "delegation",
        "member",
        "members",
        "chief-of-staff",
        "u.s.",
        "us",
        "eu",
        "un",
        "nato",
        "kremlin",
        "white",
        "house",
    ]
)
_NOT_NAMES = frozenset(
    [
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "Meanwhile",
        "However",
        "But",
        "And",
        "Earlier",
        "Later",
        "On",
        "In",
        "At",
        "After",
        "Before",
        "When",
        "While",
        "For",
        "His",
        "Her",
        "Its",
        "Their",
        "Our",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Telegram",
        "Facebook",
        "Twitter",
        "X",
        "TASS",
        "Reuters",
        "Interfax",
        "RIA",
        "Novosti",
        "Ukrinform",
        "Bloomberg",
        "Axios",
        "Politico",
        "Sky",
        "News",
        "BBC",
        "CNN",
        "Fox",
    ]
)

_NAME_TOKEN = r"(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.)"
# "said Dr Hamish Pryor": a courtesy title (British copy writes it without a full stop) is no part of the name
_COURTESY = frozenset(
    ("Dr", "Dr.", "Prof", "Prof.", "Professor", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Sir", "Dame")
)
_UNKNOWN_NAME = re.compile(
    rf"(?<![\w.])(?:{_NAME_TOKEN}\s+(?:(?:bin|al|de|van|von|der|den|da|di|la|le|el)\s+){{0,2}}){{1,4}}{_NAME_TOKEN}$"
)
_HONORIFIC = re.compile(
    r"(?:the\s+)?(?:Rev\.|Reverend|Father|Fr\.|Bishop|Archbishop|Metropolitan|Rabbi|Imam|Dr\.|Prof\.|Mr\.|Mrs\."
    r"|Ms\.|MP|MEP)\s+"  # ("said MP Oksana Marchuk of the opposition")
)
_UNKNOWN_NAME_AHEAD = re.compile(
    rf"(?:{_NAME_TOKEN}\s+(?:(?:bin|al|de|van|von|der|den|da|di|la|le|el)\s+){{0,2}}){{1,4}}{_NAME_TOKEN}(?![\w’'])"
)
_ANON_HEAD = (
    r"(?:sources?|officials?|diplomats?|person|people|insiders?|aides?|advis[eo]rs?|members?|figures?|negotiators?|"
    r"representatives?|spokes(?:man|woman|person)|participants?"
    # people of a kind with no name, the press's unnamed voices: "delegates said", "critics say", "traders
    # said", "relatives of prisoners said"
    r"|delegates?|critics?|traders?|relatives|residents|witnesses"
    # ("“We do not negotiate with ourselves,” says a colleague", "one former colleague said")
    r"|colleagues?|acquaintances?|associates?)"
)
# The same kinds said bare, in the plural, as the subject: "Delegates said ...", "Critics say ..."
_ANON_PLURAL = r"(?:Delegates|Critics|Traders|Relatives|Residents|Witnesses)"
_ANON_TAIL = (
    r"(?:\s+(?:familiar with|close to|with knowledge of|briefed on|involved in|quoted by|cited by|in|at|from"
    r"|within|of|to|for|on|"
    r"who|speaking)\b[^,;:“”\"]{1,70}?"
    # "a Western diplomat here says", "a Ukrainian official I spoke to this afternoon said": where the
    # source is, or the reporter's own contact with it
    r"|\s+(?:here|there)\b|\s+(?:I|we)\s+(?:spoke|talked)\s+(?:to|with)\b[^,;:“”\"]{0,40}?)?"
)
_ANONYMOUS = re.compile(
    r"(?:(?<![\w])(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Tt]he|[Aa]nother"
    r"|[Oo]ne of the)\s+"
    rf"(?:[\w.’'-]+\s+){{0,4}}?{_ANON_HEAD}|(?<![\w])[Ss]ources|(?<![\w])[Oo]fficials|(?<![\w])[Dd]iplomats"
    # "People close to the Kremlin say ...", "People who were in the room described it as tense"
    r"|(?<![\w])[Pp]eople(?=\s+(?:close|familiar|briefed|involved|with|who)\b)"
    rf"|(?<![\w]){_ANON_PLURAL}|(?<![\w])(?:delegates|critics|traders)"
    # a bulletin's source after a dash: "... - source in the U.S. delegation."
    rf"|(?<=[-–—]\s)(?:[\w.’'-]+\s+){{0,2}}?{_ANON_HEAD}){_ANON_TAIL}\s*$"
)
_ANON_WORDS: tuple[str, ...] = (
    "source",
    "official",
    "diplomat",
    "person",
    "people",
    "insider",
    "aide",
    "member",
    "figure",
    "negotiator",
    "representative",
    "spokes",
    "participant",
    "advis",
    "delegate",
    "critic",
    "trader",
    "relatives",
    "residents",
    "witnesses",
)


def _anonymous(view: View, lo: int, end: int) -> re.Match[str] | None:
    # No head noun of an anonymous source: skip the costly pattern. (`in` tests of the window's slice find
    # what a search of the words' alternation between `lo` and `end` would, at a third of the cost.)
    window = view.lower[lo:end]
    for word in _ANON_WORDS:
        if word in window:
            return _ANONYMOUS.search(view.text, lo, end)
    return None


_PRONOUN = re.compile(r"(?<![\w])(?:[Hh]e|[Ss]he)\s*$")
# ("the same diplomat", "the delegate": the one quoted before)
_DEFINITE_SOURCE = re.compile(
    r"(?<![\w])[Tt]he\s+(?:same\s+)?(?:source|official|diplomat|insider|participant|delegate|person)\s*$"
)
_FINITE_AFTER = re.compile(
    # ("On territory, Zelensky's line has not moved": a possessed noun of the person as the subject)
    r"(?:['’]s\s+[a-z]+(?:\s+[a-z]+)?)?"
    r"\s+(?:was|is|has|had|seemed|appeared|sounded|remained|struck|took|declined|kept|stayed|looked|spent"
    r"|would|will|could|did|gave|made|went|came|sent|held|drew|set|put|sat|got|chose|began|offered|sounded"
    r"|[a-z]{2,}ed)\b"
)
# Words between a name and a person it titles: "Kremlin spokesman Dmitry Peskov", "U.S. envoy Steve Witkoff"
# (a title may be capitalised: "Ukrainian Foreign Minister Andrii Sybiha", "Secretary of State Marco Rubio")
_TITLE_GAP = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){1,3}|['’]s\s+(?:[a-z][\w-]*\s+){1,3}"
    r"|\s+(?:(?:Foreign|Defen[cs]e|Prime|Deputy|First|Vice|Special|Chief|Minister|Secretary|President|Envoy"
    r"|Spokesman|Spokeswoman|Spokesperson|Ambassador|Adviser|Advisor|Chancellor|of|State|the)\s+){1,4}"
)
_NOT_ABOUT = re.compile(r"\s+(?:was|were|is|are|has been|had been)\s+(?:not\s+|never\s+)?\w+ed\s+by\b")
_AFTER_PREPOSITION = re.compile(r"\b(?:to|with|of|in|at|from|for|by|on|about)\s+$")
_ROLE_NOUNS = (
    r"head of state|secretary of state|leader|president|spokesman|spokeswoman|spokesperson|representative"
    r"|envoy|negotiator|minister|aide|admiral|general"
    r"|secretary|adviser"
    r"|advisor|chief|head"
)
# (a title may be capitalised: "the Secretary of State says", "the President said")
_DEFINITE_ROLE = re.compile(rf"(?<![\w])[Tt]he\s+((?:[\w.’'-]+\s+){{0,3}}?)((?i:{_ROLE_NOUNS}))\s*$")
# translated copy's name for a foreign minister (or a secretary of state): "the head of Ukrainian diplomacy"
_HEAD_OF_DIPLOMACY = re.compile(
    r"(?<![\w])[Tt]he\s+(?:head|chief)\s+of\s+(?:the\s+)?((?:[\w.’'-]+\s+){0,2}?)(diplomacy)\s*$"
)
_DEFINITE_ROLE_AHEAD = re.compile(rf"[Tt]he\s+((?:[\w.’'-]+\s+){{0,3}}?)({_ROLE_NOUNS})\s*$")
_OFFICIALS_IN = re.compile(r"(?<![\w])(?:[Oo]fficials|[Dd]iplomats)\s+in\s+$")
_HIS_OFFICE = re.compile(r"(?<![\w])(?:[Hh]is|[Hh]er)\s+(office|ministry)\s*$")
# The kinds of body met again as "the office said", "according to the headquarters"
_BODY_TAILS = frozenset(
    [
        "office",
        "ministry",
        "command",
        "department",
        "presidency",
        "administration",
        "government",
        "headquarters",
    ]
)
# (translated copy capitalises the body named again: "the Office said", "the Headquarters specified")
_DEFINITE_BODY = re.compile(r"(?<![\w])[Tt]he\s+((?i:" + "|".join(sorted(_BODY_TAILS)) + r"))\s*$")
# ("according to the government" names no body of that kind told before)
_DEFINITE_BODY_AHEAD = re.compile(
    r"[Tt]he\s+(" + "|".join(sorted(_BODY_TAILS - {"government"})) + r")\b(?!\s+(?:of|for)\b)"
)
_ROLE_SUBJECT_NOUNS = ("the envoy", "the aide", "the negotiator", "the admiral", "the general")


def _has_any(lower: str, words: tuple[str, ...]) -> bool:
    return any(word in lower for word in words)


# A definite role as the subject of the main clause: "..., the envoy had found a new phrase"
_ROLE_SUBJECT = re.compile(
    r"(?:^|,\s+)((?:[Tt]he)\s+(?:envoy|aide|negotiator|admiral|general))\s+(?:had\s+|has\s+|was\s+|also\s+)?"
    r"(?:[a-z]+ed|found|made|took|went|flew|met|saw|held|gave|kept|came|spent|left|led|sat)\b"
)
# A description of a person that is no role: "the banker", "the former spy chief", "the veteran negotiator"
_EPITHET = re.compile(
    r"(?<![\w])[Tt]he\s+(?:former\s+(?:[\w-]+\s+){0,2}?[\w-]+|veteran\s+[\w-]+|banker|spymaster|financier"
    r"|(?:property\s+)?developer)\s*$"
)
_EPITHET_TAILS = frozenset(["banker", "spymaster", "financier", "developer", "negotiator", "diplomat"])
_BOTH_SIDES = re.compile(r"both\s+(?:delegations|sides|parties|warring\s+sides)\b")
# One person named by the side they are of: "the Russian said", "a meeting the Ukrainian described as ..."
_DEFINITE_NATIONAL = re.compile(r"(?<![\w])[Tt]he\s+(Russian|Ukrainian|American)\s*$")
_NATIONALS = frozenset(["russian", "ukrainian", "american"])
# A military rank before a name: "Admiral Igor Kostyukov", "Lt. Gen. Andriy Hnatov", "Gen. Grynkewich"
_RANK_BEFORE = re.compile(r"\b(Admiral|Adm\.|General|Gen\.)\s+(?:[A-Z][\w.'’-]*\s+)?$")
_RANKS = {"admiral": "admiral", "adm.": "admiral", "general": "general", "gen.": "general"}
_ROLE_TAILS = frozenset(noun.split()[-1] for noun in _ROLE_NOUNS.split("|"))
_ITS_SPOKESMAN = re.compile(r"(?<![\w])[Ii]ts\s+(?:chief\s+|official\s+)?spokes(?:man|woman|person)\s*$")
_DOCUMENT = re.compile(
    r"(?<![\w])[Tt]he\s+(?:(?:joint|official|written|final|same)\s+)?(?:statement|readout|communiqu[eé]|declaration)\s*$"
)
_DOCUMENT_TAILS = frozenset(["statement", "readout", "communique", "communiqué", "declaration"])
# A document after its owner's name: "Kremlin's readout", "White House readout"
_OWNED_DOCUMENT = re.compile(
    r"(?:['’]s)?\s+(?:(?:joint|official|written|final)\s+)?(?:statement|readout|communiqu[eé]|declaration)\s*$"
)
_INTERLOCUTOR = re.compile(
    r"(?<![\w])(?:[Tt]he|[Aa]n?|[Oo]ur|[Ii]ts|[Hh]is)\s+(?:(?:agency|newspaper|channel)['’]s\s+)?"
    r"(?:[\w-]+\s+)?interlocutors?(?:\s+(?:of|at|in)\s+(?:the\s+)?(?:agency|newspaper|channel|[A-Z][\w-]+))?\s*$"
)
_INTERLOCUTOR_TAILS = frozenset(["interlocutor", "interlocutors", "agency", "newspaper", "channel"])
_SOURCE_TAILS = frozenset(["source", "official", "diplomat", "insider", "participant", "delegate", "person"])
_ONE_OF_THEM = re.compile(r"\s*[“\"]?\s*(One of them|Another|A second|A third)\s*")
_ONE_OF_THEM_TAILS = frozenset(["them", "Another", "second", "third"])
_WINDOW = 120
# ("Yaroslav Hrytsenko, a member of parliament from the ruling faction who sits on ...": the role ends where
# a relative clause begins)
_APPOSITION = re.compile(
    r",\s+((?:the|a|an)\s+[^,;:“”\"]{2,80}?|[A-Z][^,;:“”\"]{2,80}?)(?:,|\.?$|(?=\s+who\s+[a-z]+s\s))"
)
# "Katarzyna Nowicka, a former Polish deputy defence minister, was less categorical.": a sentence that opens
# with a full name the pack lacks, set off by a role, is about that person
_POSSESSED_ROLE = re.compile(r"(?:His|Her|Their|Its|[A-Z][\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s+")
_SET_OFF_FINITE = re.compile(
    r",\s+(?:has|had|is|was|will|would|said|says|told|added|wrote|insisted|declined|struck|sounded|took|did"
    r"|does)\b"
)
_THE_ROLE_SET_OFF = re.compile(rf"[Tt]he\s+(?:[\w.’'-]+\s+){{0,3}}?(?i:{_ROLE_NOUNS}),\s+")
# what a relative clause says a person the pack lacks does, as a role: "who tracks the talks for ..."
_WHO_DOES_VERBS = r"(?:tracks|follows|studies|heads|leads|runs|teaches|advises|works)"
_APPOSED_STRANGER = re.compile(
    # ("Katarzyna Brandt, who tracks the talks for a Berlin foundation, thinks not": a relative clause as
    # the role)
    # ("Kaja Kallas, the EU's foreign policy chief, was blunter than most": a definite role too)
    r"([A-Z][a-z]+(?:\s+[A-Z][\w’'-]+){0,2}),\s+(?:who\s+)?((?:a|an|the)\s+[^,;:“”\"]{3,100}?"
    rf"|(?<=who ){_WHO_DOES_VERBS}\s[^,;:“”\"]{{3,100}}?),\s+"
    r"(?!who\b|said\b|says\b|told\b)"
)
# "He rejected ...", "Speaking last week, he rejected ...": a pronoun as the sentence's subject
_FRONTING_WORDS = ("On ", "In ", "By ", "Then ", "Later ", "Earlier ", "After ", "Before ")
_FRONTED_PRONOUN = re.compile(
    r"(?:On|In|By|Then|Later|Earlier|After|Before)\s+(?:[\w.’'-]+\s+){0,4}?([Hh]e|[Ss]he)\s+[a-z]"
)
_PRONOUN_SUBJECT = re.compile(r"(?:[A-Z][^;:“”\"]{0,120}?,\s+)?([Hh]e|[Ss]he)\s+[a-z]")
# What every match of `_PRONOUN_SUBJECT` holds: the pronoun at the start, or after a comma and blanks (a
# search that `re` runs only from the commas, where the full pattern tries up to 120 places at each).
_HE_SHE = ("He", "he", "She", "she")
_COMMA_HE_SHE = re.compile(r",\s+(?:[Hh]e|[Ss]he)\s+[a-z]")
# "Asked what he wanted Putin to hear, Trump was blunt": a question put first, before the subject
_ASKED_OPENING = re.compile(r"(?:Asked|Pressed)\b[^,;:]{0,120},\s+")
# A sentence's subject as a full name, first or after an opening phrase, with a verb in lower case after it
_NAMED_SUBJECT = re.compile(
    # ("In Zaporizhzhia, 74-year-old Valentyna Hrytsenko sat on a bench": an age before the name)
    # ("In the district of Troieshchyna, where ..., Oksana Demchenko, 38, has moved her children": a long
    # opening phrase, and an age set off after the name; "Father Andriy Yatsenko blessed baskets": a title;
    # "Tetiana Rudenko, whose husband was captured last spring, walked along the buses": a relative clause)
    r"(?:[A-Z][^,;:“”\"]{0,40},\s+|[A-Z][^;:“”\"]{40,160}?,\s+(?=[A-Z]))?"
    r"(?:(?:Father|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Colonel|Captain|Sister)\s+)?(?:\d{1,3}-year-old\s+)?"
    r"([A-Z][a-z]+\s+[A-Z][a-z][\w’'-]+)(?:,\s+\d{1,3},)?(?:,\s+whose\s+[^;:“”\"]{3,120}?,)?\s+"
    r"(?:had\s+|has\s+|was\s+)?"
    r"(?:[a-z]+ed|spent|sat|stood|came|went|took|made|held|kept|lost|found|met"
    # a feature's present: "On a grey afternoon in Kyiv, Iryna Koval opens a binder", "Anastasia Kovalchuk
    # drives a minibus for a charity"
    r"|(?!(?:says|tells|argues|adds|insists|warns|notes|has|was|is|does|reports|appears|seems)\b)[a-z]{2,}s)\b"
)
_CAPITAL_WORD = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]+")
# ("In Mytishchi, Lavrentyev keeps a television above the till": after a short opening phrase too)
_OPENING_NAME = re.compile(r"(?:[A-Z][^,;:“”\"]{0,30},\s+)?([A-Z][\w’'-]+)\s+(?!said|says|told)")
# A full name the pack lacks set off by a role: "Taras Hordiienko, a political analyst at ..."
# (the role nouns one of which ends the role)
_INTRODUCED_ROLE_WORDS = """
    analyst expert professor researcher fellow economist historian lawyer diplomat official adviser advisor
    officer commander politician lawmaker deputy editor journalist director spokesman spokeswoman ambassador
    minister envoy negotiator general mayor governor member"""
_INTRODUCED_ROLES = tuple(_INTRODUCED_ROLE_WORDS.split())
# The lookbehind stands after the name's first letter, where it looks at the character before that letter:
# a pattern that opens with a letter lets `re` skip to the capitals, where one that opens with the
# lookbehind is tried at every place (a quarter less time; a look for the role nouns first costs more than
# it saves).
_INTRODUCED = re.compile(
    r"(?P<name>[A-Z](?<![\w.][A-Z])[\w’'-]+\s+[A-Z][\w’'-]+),\s+(?P<role>(?:a|an|the)\s+[^,;.]{0,80}?"
    r"(?:" + "|".join(_INTRODUCED_ROLES) + r")\b(?:(?!\s+who\s)[^,;.]){0,60})"
)
_SURNAME = re.compile(r"(?<![\w.])([A-Z][\w’'-]+)\s*$")
_INSTITUTION_NAME = re.compile(r"(?<![\w.’'-])(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][a-z]+$")
# The heads of a body named in lower case ("the Emirati foreign ministry", "the Ukrainian air force")
_LOWER_HEAD_WORDS = (
    "ministry",
    "police",
    "command",
    "embassy",
    "consulate",
    "mission",
    "commission",
    "council",
    "office",
    "force",
    "army",
    "navy",
    "administration",
    "service",
    "government",  # "the Italian government said": a host's government, named in lower case
)
_BODY_LOCATED_IN = re.compile(r"\b((?:embassy|consulate|mission|ministry|office))\s+in\s+$", re.IGNORECASE)
# "the Swiss foreign ministry", "Geneva cantonal police": a body named in lower case after a proper word
_LOWER_INSTITUTION = re.compile(
    r"(?<![\w.’'-])(?:[A-Z][\w.’'-]*\s+){1,2}(?:[a-z]+\s+){0,2}"
    r"(?:" + "|".join(_LOWER_HEAD_WORDS) + r")$"
)
# The same named ahead, after "according to": "the Ukrainian air force"
_LOWER_BODY_AHEAD = re.compile(
    r"(?:[Tt]he\s+)?((?:[A-Z][\w.’'-]*\s+){1,2}(?:[a-z]+\s+){0,2}(?:" + "|".join(_LOWER_HEAD_WORDS) + r"))"
    r"(?![\w-])"
)
# "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War": a long proper name
_LONG_INSTITUTION = re.compile(
    r"(?<![\w.’'-])[A-Z][\w.’'-]*\s+(?:(?:[A-Z][\w.’'-]*|of|for|the|and|on)\s+){1,8}[A-Z][\w-]+$"
)
_BODY_NAMED = re.compile(
    r"(?<![\w])[Tt]he\s+(?:[\w’'-]+\s+){0,3}?(?:operator|company|utility|regulator|watchdog|broadcaster|firm"
    r"|monitor|organi[sz]ation|institute)\s+([A-Z][\w-]+)\s*$"
)
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def _owner_of(office: str, matcher: Matcher) -> str | None:
    """The person of the pack whose office the institution is ("Ukrainian Presidential Office": Zelensky)."""
    for name in matcher.people:
        found = _office_of(name, matcher)
        if found is not None and found.name == office:
            return name
    return None


def _office_of(person: str, matcher: Matcher, noun: str = "office") -> Entity | None:
    """The institution the pack names as the person's office ("Zelensky's office") or ministry ("Sybiha's
    ministry"), if any."""
    known = matcher.people.get(person)
    if noun == "ministry" and known is not None and known.role:
        # "Maria Zakharova, the Russian Foreign Ministry spokeswoman ... Her ministry said": the body her
        # role names
        role = known.role.lower()
        for entities in matcher.surfaces.values():
            for entity in entities:
                if (
                    entity.kind == "institution"
                    and "ministry" in entity.name.lower()
                    and entity.name.lower() in role
                ):
                    return entity
    for form in (person, *(known.aliases if known is not None else ())):
        for entity in matcher.surfaces.get(f"{form}'s {noun}", ()):
            if entity.kind == "institution":
                return entity
    return None


# A side's people who speak for it with any verb of speech ("Ukrainian officials", "Ukraine's negotiators")
PARTY_PEOPLE = ("officials", "negotiators", "diplomats")
_SIDES_PEOPLE = re.compile(r"['’]s\s+(?:own\s+)?(?:" + "|".join(PARTY_PEOPLE) + r")\s*$")


def speaker_ending_at(view: View, end: int, matcher: Matcher, memory: Memory) -> Speaker | None:
    """The speaker whose phrase ends at `end` (just before a speech verb), or None."""
    text = view.text
    # Every pattern below is anchored at `end`; searching a window keeps the cost flat on long sentences,
    # and the last word before `end` says which patterns can match at all.
    lo = max(0, end - _WINDOW)
    tail = _last_word(text, lo, end)
    mention = view.mention_ending_at(end)
    if mention is None and tail in PARTY_PEOPLE:
        # "Ukraine's negotiators said": the side's people, as "Ukrainian negotiators" are
        people = _SIDES_PEOPLE.search(text, lo, end)
        owner = view.mention_ending_at(people.start()) if people is not None else None
        source = _anonymous(view, lo, end) if owner is not None else None
        if source is not None and source.start() < owner.start:  # type: ignore[union-attr]
            owner = None  # "a source on the US side told ...": the source speaks, of that side
        if owner is not None and owner.person is None and owner.party is not None and owner.first("party"):
            party = owner.party
            return Speaker(party, "institution", party, None, owner.start, end, known=True)
    officials = (
        _OFFICIALS_IN.search(text, max(0, mention.start - 20), mention.start)
        if mention is not None and mention.person is None and mention.first("party") is not None
        else None
    )
    if officials is not None and mention is not None and mention.party is not None:
        # "Officials in Kyiv note that ...": a side's officials, as "Ukrainian officials" are, speak for it
        return Speaker(mention.party, "institution", mention.party, None, officials.start(), end, known=True)
    body_of = (
        _BODY_OF_PARTY.search(text, max(0, mention.start - 50), mention.start)
        if mention is not None and mention.person is None and mention.party is not None
        else None
    )
    if (
        body_of is not None
        and mention is not None
        and _INSTITUTION_HEADS.intersection(body_of.group(1).split())
    ):
        inside = [m for m in view.mentions if m.start < body_of.end(1) and m.end > body_of.start(1)]
        body = inside[0].first("institution") if inside else None
        if body is not None:
            # "The Office of the President of Ukraine denied": the pack's body, named with its side after it
            return Speaker(body.name, "institution", body.party, None, inside[0].start, end)
        if not inside:
            # "The Bank of Russia said": a body of a side the pack does not list speaks, not the side
            name = f"{body_of.group(1)}of {text[mention.start : mention.end]}"
            return Speaker(name, "institution", mention.party, None, body_of.start(1), end, known=False)
    if mention is not None and (
        located := _BODY_LOCATED_IN.search(text, max(0, mention.start - 30), mention.start)
    ):
        # "the Russian embassy in Washington said": the place says where the body sits; the body speaks
        return _unknown_institution(view, lo, located.start() + len(located.group(1)))
    if mention is not None:
        # "a source close to the Russian delegation": the source speaks, not the delegation; but in "the
        # official representative of the Russian Foreign Ministry Maria Zakharova" the name ends a title.
        titled = mention.person is not None and not _AFTER_PREPOSITION.search(
            text, max(0, mention.start - 12), mention.start
        )
        # A titled person speaks whatever source words stand before the name: no need to look for them.
        anonymous = None if titled else _anonymous(view, lo, end)
        if anonymous is None or anonymous.start() >= mention.start:
            speaker = _from_mention(view, mention, matcher, memory)
            if speaker is not None:
                return speaker
        if titled:  # (a person's mention always gives a speaker: kept for the rules below all the same)
            anonymous = _anonymous(view, lo, end)
    else:
        anonymous = _anonymous(view, lo, end)
    both = _BOTH_PEOPLE.search(text, lo, end) if tail in _BOTH_TAILS else None
    if both is not None and text.endswith("what ", 0, both.start()):
        both = None  # "followed by what the two leaders told reporters": their words are not given here
    pair = _the_two(both.group(1), memory, matcher) if both is not None else None
    if both is not None and pair is not None:
        # "Trump met Zelensky in Davos. Both men described the meeting as good": the two people named last
        # (`co_speaker` gives the other one)
        return _seen(pair[1], matcher, memory, both.start(), end)
    role = _DEFINITE_ROLE.search(text, lo, end) if tail.lower() in _ROLE_TAILS else None
    if role is None and tail == "diplomacy":
        role = _HEAD_OF_DIPLOMACY.search(text, lo, end)  # "the head of Ukrainian diplomacy noted"
    if role is not None and anonymous is not None and anonymous.start() < role.start():
        role = None  # "a spokesperson for the U.S. envoy confirmed": the spokesperson speaks, unnamed
    if role is not None:
        resolved = _resolve_role(view, role, matcher, memory)
        if resolved is not None:
            return resolved
    epithet = _EPITHET.search(text, lo, end) if tail.lower() in _EPITHET_TAILS or role is not None else None
    if epithet is not None and memory.people_seen:
        # "Kirill Dmitriev runs Russia's wealth fund. ... the banker said", "the former defence minister
        # said": a description no role of the pack holds is of the person named last
        return _seen(memory.people_seen[-1], matcher, memory, epithet.start(), end)
    national = _DEFINITE_NATIONAL.search(text, lo, end) if tail.lower() in _NATIONALS else None
    party = _party_in(view, national.start(1), national.end(1)) if national is not None else None
    if party is not None:
        # "Dmitriev flew to Miami to see Witkoff, a meeting the Russian later described as positive": the
        # last person of that side named (in the sentence, else before it)
        here = [m.person.name for m in view.mentions_between(0, national.start()) if m.person is not None]
        for name in [*reversed(here), *reversed(memory.people_seen)]:
            if matcher.people[name].party == party:
                return _seen(name, matcher, memory, national.start(), end)
    his = _HIS_OFFICE.search(text, lo, end) if tail in ("office", "ministry") else None
    if his is not None:
        # "By Wednesday afternoon his office said ...": the office the pack names after the person "he" is;
        # closing a sentence ("Sybiha is due in Washington on Thursday, his ministry said"), the person the
        # sentence is about
        subject = [m.person for m in view.mentions if m.person is not None and m.end <= his.start()]
        closing = text.endswith(", ", 0, his.start())
        person_name = subject[0].name if closing and subject else None
        if person_name is None:
            person = memory.pronoun_person(view)
            person_name = person.name if person is not None else None
        office = _office_of(person_name, matcher, his.group(1)) if person_name is not None else None
        if office is not None:
            return Speaker(office.name, "institution", office.party, None, his.start(), end)
    body = _DEFINITE_BODY.search(text, lo, end) if tail.lower() in _BODY_TAILS else None
    if body is not None and _AFTER_PREPOSITION.search(text, max(0, body.start() - 12), body.start()):
        body = None  # "an adviser in the office said": the adviser speaks, an unnamed source
    if body is not None:
        # "the office said", "the ministry added": the institution of that kind that spoke last.
        noun = body.group(1).lower()
        earlier = memory.institution_of_kind(noun)
        if earlier is not None:
            return Speaker(earlier.name, "institution", earlier.party, None, body.start(), end, earlier.known)
    its = _ITS_SPOKESMAN.search(text, lo, end) if tail.startswith("spokes") else None
    it = memory.it_institution(view) if its is not None else None
    if its is not None and it is not None:
        # "The Kremlin has not commented. Its spokesman said last week ...": the pack's spokesman of the body
        # "it" is, the one whose role names it ("Kremlin spokesman")
        body = it.name.lower()
        fits = [
            p
            for p in matcher.people.values()
            if p.role and body in p.role.lower() and _role_is(p.role, "spokes")
        ]
        if len(fits) == 1:
            return Speaker(fits[0].name, "person", fits[0].party, fits[0].role, its.start(), end)
    owned = _OWNED_DOCUMENT.search(text, lo, end) if tail in _DOCUMENT_TAILS else None
    owner = view.mention_ending_at(owned.start()) if owned is not None else None
    if owner is not None:
        # "The Kremlin's readout said", "the White House readout said": the document speaks for its owner
        speaker = _from_mention(view, owner, matcher, memory)
        if speaker is not None:
            return replace(speaker, start=min(speaker.start, owner.start), end=end)
    document = _DOCUMENT.search(text, lo, end) if tail in _DOCUMENT_TAILS else None
    last = memory.last_speaker
    if document is not None and last is not None and view.index - last[0] <= 3:
        # "According to the Kremlin statement, ... “We expect Kyiv to follow,” the statement said": a
        # statement, a readout or a communique named again speaks for whoever it was from, the last to speak
        return replace(last[1], start=document.start(), end=end)
    if tail in _INTERLOCUTOR_TAILS and (talker := _INTERLOCUTOR.search(text, lo, end)) is not None:
        # "the interlocutor of the agency clarified", "the agency's interlocutor said": translated copy's
        # word for the unnamed source it spoke to
        known = memory.anonymous
        party = known.party if known is not None else None
        return Speaker(UNNAMED_SOURCE, "anonymous", party, None, talker.start(), end)
    definite = _DEFINITE_SOURCE.search(text, lo, end) if tail in _SOURCE_TAILS else None
    if definite is not None and memory.anonymous is not None:
        # "the official said", "the source added": the unnamed source the article quoted last
        known = memory.anonymous
        return Speaker(known.name, "anonymous", known.party, None, definite.start(), end)
    if tail in _ONE_OF_THEM_TAILS and memory.anonymous is not None:
        # "…, according to two EU diplomats. One of them described ...", "Another called him ...": one of
        # the unnamed sources the article quoted last
        one = _ONE_OF_THEM.fullmatch(text, 0, end)
        if one is not None:
            known = memory.anonymous
            return Speaker(known.name, "anonymous", known.party, None, one.start(1), end)
    if anonymous is not None and not _names_a_person(view, anonymous.start(), end):
        party = _party_in(view, anonymous.start(), end)
        return Speaker(UNNAMED_SOURCE, "anonymous", party, None, anonymous.start(), end)
    capitalised = any(c.isupper() for c in tail)
    surname = _SURNAME.search(text, lo, end) if capitalised and memory.strangers else None
    if surname is not None and surname.group(1) in memory.strangers:
        known = memory.strangers[surname.group(1)]
        return Speaker(known.name, "person", known.party, known.role, surname.start(1), end, known=False)
    if tail == "It" or tail == "it" and text[: end - 2].rstrip().endswith(_QUOTE_COMMA):
        # "The Kremlin said ... It said Moscow expected a date soon": the institution of the sentence before;
        # "Zelensky's office denied it. “No such meeting is planned,” it said.": the same, after a quote
        it = memory.it_institution(view)
        if it is not None and (tail == "it" or not text[:end].strip(' “"').removesuffix("It").strip()):
            return Speaker(it.name, "institution", it.party, None, end - 2, end, it.known)
    if tail in ("they", "They") and memory.last_speaker is not None:
        # "..., according to people familiar with the talks. Kyiv has refused that arrangement, they said":
        # "they" are the unnamed sources who have just spoken
        index, source = memory.last_speaker
        if source.kind == "anonymous" and 0 <= view.index - index <= 2:
            return Speaker(source.name, "anonymous", source.party, None, end - len(tail), end)
    pronoun = _PRONOUN.search(text, lo, end) if tail.endswith(("he", "He")) else None
    if pronoun is not None and memory.one_source is not None and view.index - memory.one_source <= 1:
        # "A member of the team, who asked not to be named, told us ... “We were ready,” he said.": "he" is
        # the one unnamed person who has just spoken, unless the sentence names someone before the pronoun
        source = memory.last_speaker[1] if memory.last_speaker is not None else None
        if source is not None and not any(m.person for m in view.mentions_between(0, pronoun.start())):
            return Speaker(source.name, "anonymous", source.party, None, pronoun.start(), end)
    named = (
        _stranger_before(view, memory, pronoun.start())
        if pronoun is not None and memory.strangers and not view.in_quote(pronoun.start())
        else None
    )
    if named is not None and pronoun is not None:
        # "Koval does not talk about territory; it is above her pay grade, she says", "For Demchenko, the
        # vocabulary of the talks belongs to another world. “...,” she said": the one person the pack lacks
        # named before the pronoun, outside the quote, with no one of the pack named there
        return Speaker(named.name, "person", named.party, named.role, pronoun.start(), end, known=False)
    subject = _subject_before(view, pronoun.start()) if pronoun is not None and pronoun.start() > 0 else None
    if subject is not None and pronoun is not None:
        # "Zelensky has refused, and he said again that ...", "Zelensky visited the front; he said ...": the
        # person the sentence opened with, the one named before the pronoun
        person = subject.person
        assert person is not None
        role = memory.roles.get(person.name) or _pack_role(matcher, person.name)
        return Speaker(person.name, "person", person.party, role, pronoun.start(), end)
    if pronoun is not None:
        last = memory.pronoun_person(view, tail)
        if last is None:
            return None
        return Speaker(last.name, "person", last.party, last.role, pronoun.start(), end, last.known)
    named_body = tail.lower() in _LOWER_HEADS  # "the Emirati foreign ministry said"
    if tail.endswith(",") and capitalised:
        # "The commission's head, Oleh Didenko, told us": a name set off after the role it holds
        set_off = _ROLE_SET_OFF_NAME.search(text, lo, end)
        if set_off is not None and set_off.group("title").lower() in _TITLE_WORDS:
            person = _unknown_person(view, set_off.start("name"), set_off.end("name"))
            if person is not None and person.kind == "person":
                return replace(person, start=set_off.start())
    return _unknown_person(view, lo, end) if capitalised or named_body else None


_UNKNOWN_BODY_AHEAD = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][\w’'-]+(?:'s|’s)\s+)?"
    r"((?:[A-Z][\w’'-]+\s+(?:(?:of|for|the|and|on)\s+)*){1,8}[A-Z][\w’'-]+)(?![\w’'-])"
)
_ROLE_SET_OFF_NAME = re.compile(
    r"(?:\b[Tt]he|[A-Z][\w’'-]+(?:'s|’s))\s+(?:[\w’'-]+\s+){0,3}?(?P<title>[a-z-]+),\s+"
    r"(?P<name>(?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+),\s*$"
)


_QUOTE_COMMA = ('",', "”,", ',"', ",”")
_OTHER_PERSON_BEFORE = re.compile(r"\b(?:to|with|and|by|from|interviewed|asked)\s+|[,;:]")
_PRESENTER = re.compile(
    r"\b(?:correspondent|reporter|presenter|host|anchor|interviewer|moderator|editor|our)\b"
)


def is_presenter(role: str) -> bool:
    """Is the role one of the programme's or paper's own people ("our correspondent", "the presenter")?"""
    return _PRESENTER.search(role.lower()) is not None


def _stranger_before(view: View, memory: Memory, pos: int) -> Speaker | None:
    """The one person the pack lacks (known by surname) named before `pos` outside quotes, when no person
    of the pack is named there."""
    if any(m.person for m in view.mentions_between(0, pos)):
        return None
    found = _strangers_in(view, memory, pos)
    before = memory.previous_view
    if (
        not found
        and before is not None
        and before.paragraph == view.paragraph
        and before.index == view.index - 1
        and not any(c.isalpha() and not view.in_quote(i) for i, c in enumerate(view.text[:pos]))
        and not any(m.person for m in before.mentions)
    ):
        # (the quote opens its own sentence: the person is named in the one before it)
        found = _strangers_in(before, memory, len(before.text))
    return next(iter(found.values())) if len(found) == 1 else None


def _strangers_in(view: View, memory: Memory, pos: int) -> dict[str, Speaker]:
    return {
        memory.strangers[w.group()].name: memory.strangers[w.group()]
        for w in _CAPITAL_WORD.finditer(view.text, 0, pos)
        if w.group() in memory.strangers and not view.in_quote(w.start())
    }


def introduced_earlier(views: list[View], surname: str) -> Speaker | None:
    """The person the article introduced by full name before (last first) whose surname a transcript's label
    gives: "The briefing was given by Deputy Spokesperson Daniel Forbes. | MR FORBES: ..."."""
    full_name = re.compile(rf"(?<![\w.])[A-Z][\w’'-]+\s+(?:[A-Z]\.\s+)?{re.escape(surname)}\b")
    for view in reversed(views):
        if surname not in view.text:
            continue
        for match in reversed(list(full_name.finditer(view.text))):
            person = _unknown_person(view, max(0, match.end() - _WINDOW), match.end())
            unplaced = person is not None and person.role is None
            who = _WHO_DOES.match(view.text, match.end()) if unplaced else None
            if who is not None and person is not None:
                # "I spoke earlier to Margit Sandvik, who follows the talks for a Copenhagen institute": the
                # relative clause gives her role
                person = replace(person, role=who.group(1))
            if person is None or person.kind != "person" or person.role is None:
                continue  # (a name with no role the text gives may be anyone's)
            # the programme's own people ask, they are not speakers: "our correspondent Marta Koval", "Marta
            # Koval, our correspondent" (but "Presenter Marta Melnyk talked to Yaroslav Hrytsenko": the word
            # is the presenter's, not the guest's)
            before = _OTHER_PERSON_BEFORE.split(view.lower[max(0, match.start() - 40) : match.start()])[-1]
            after = ""
            if view.text.startswith(",", match.end()):
                stop = _PHRASE_STOP.search(view.text, match.end() + 1)
                after = view.lower[match.end() : stop.start() if stop is not None else match.end() + 40]
            return None if _PRESENTER.search(before) or _PRESENTER.search(after) else person
    return None


def _last_word(text: str, lo: int, end: int) -> str:
    while end > lo and text[end - 1].isspace():
        end -= 1
    return text[max(lo, text.rfind(" ", lo, end) + 1) : end]


_WHO_DOES = re.compile(rf",\s+who\s+({_WHO_DOES_VERBS}\s[^,;:.“”\"]{{3,100}})")
# Patterns of the functions below, compiled once rather than looked up in `re`'s cache on every call.
_PHRASE_STOP = re.compile(r"[,.;:“”\"]")
_SET_OFF_END = re.compile(r"\s*(?:[,.;]|$)")
_ROLE_ENDS = re.compile(
    r"\b(?:spokesman|spokeswoman|spokesperson|minister|envoy|aide|adviser|advisor|negotiator|secretary|chief"
    r"|head)\s*$"
)
_THE_ONLY = re.compile(r"(?:the\s+)?")
# "according to a readout from the Kremlin", "according to a statement by the foreign ministry"
_DOCUMENT_OF = re.compile(
    r"(?:a|an|the)\s+(?:[\w-]+\s+)?(?:readout|statement|transcript|summary|communiqu[eé]|note|post)\s+"
    r"(?:from|by|of|issued\s+by|released\s+by)\s+(?:the\s+)?"
)
_ROLE_SET_BEFORE = re.compile(r"(?:^|[.;:]\s+)([A-Z][\w.-]*(?:['’]s)\s+[^,;:]{3,70}),\s+$")
_TAIL_AHEAD = re.compile(r"\s+(?:of|in|on|from|at|within|to|close to|familiar with|who)\s+[^,;:.“”\"]{1,60}")
_ANONYMOUS_AHEAD = re.compile(
    # ("according to most of the diplomats we spoke to": a share of sources named by their kind)
    r"(?:(?:most|many|some|several|all|two|three)\s+of\s+)?"
    rf"(?:an?|one|the|another|two|three|four|several|some)\s+(?:[\w.’'-]+\s+){{0,4}}?{_ANON_HEAD}\b"
    # "according to people familiar with the drafts", "according to officials briefed on the plans": a bare
    # plural, placed by the words after it (bare "officials" alone may be the party's, read as an alias)
    r"|(?:(?:unnamed|anonymous|senior|Western|European)\s+)?(?:people|officials|sources|diplomats|insiders)"
    r"(?=\s+(?:familiar|close|briefed|involved|with\s+knowledge"
    # ("according to officials cited by the Financial Times", "... according to officials.")
    # ("according to officials on both sides")
    r"|of|in|on|from|within|at|cited|quoted|speaking|who)\b|\s*[.,;])",
    re.I,
)


def _subject_before(view: View, pos: int) -> Mention | None:
    """The one person the pack knows named before `pos` in the sentence, as its opening subject ("Zelensky
    has refused, and he said ...": a name at the head of the sentence, a verb after it), where the pronoun
    at `pos` opens a clause of its own (after ", and", ", where", ";")."""
    text = view.text
    # ("US special envoy Steve Witkoff expects a new round ..., he said in an interview": a pronoun that
    # closes the sentence's words after a comma names their subject too)
    closing = text.endswith(", ", 0, pos) and _SAID_AT.match(text, pos) is not None
    if not closing and not _CLAUSE_BEFORE_PRONOUN.search(text, max(0, pos - 40), pos):
        return None
    # (the clause that holds the subject opens the sentence or follows a semicolon: "Moscow wants Ukraine
    # out of Donetsk; Zelensky has refused, and on Thursday he said again ...")
    opening = text.rfind("; ", 0, pos - 2)
    opening = opening + 2 if opening >= 0 else 0
    people = [m for m in view.mentions_between(opening, pos) if m.person]
    if not people or any(m.person is not people[0].person for m in people):
        return None
    first = people[0]
    # (a title may come first: "US special envoy Steve Witkoff expects ...")
    titled = closing and _TITLE_ONLY.fullmatch(text, opening, first.start) is not None
    finite = _FINITE_AFTER.match(text, first.end) or _PRESENT_AFTER.match(text, first.end)
    if (first.start != opening and not titled) or not finite:
        return None
    return first


# Words of a title only, before a name: "US special envoy ", "Kremlin spokesman "
_TITLE_ONLY = re.compile(r"(?:(?:the\s+|The\s+)?(?:[A-Z][\w.'’-]*|[a-z]+)\s+){1,4}")
_PRESENT_AFTER = re.compile(r"\s+(?:also\s+|still\s+)?[a-z]{3,}s\b")
_SAID_AT = re.compile(r"(?:he|she)\s+(?:said|says|told|added)\b")


_CLAUSE_BEFORE_PRONOUN = re.compile(r"(?:,\s+(?:and|but|where|when)|;)\s+(?:[\w-]+\s+){0,3}$")
_PRONOUN_AHEAD = re.compile(r"(?:he|she|him|her)\b")
_NOT_A_ROLE = re.compile(r"(?:who|which|in|at|on|speaking|according)\b")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|to)\s+$")
_NON_SPACE = re.compile(r"\S+")
_COMMA_APPOSITION = re.compile(r",\s+[^,;:]{2,80},")


def speaker_starting_at(view: View, start: int, matcher: Matcher, memory: Memory) -> Speaker | None:
    """The speaker named right after a speech verb or a dash ("said Peskov", "— Kremlin spokesman ...")."""
    text = view.text
    pos = start
    while pos < len(text) and text[pos] in " \t\n—–-":
        pos += 1
    both = _BOTH_SIDES.match(text, pos) if text.startswith("both ", pos) else None
    if both is not None and len(matcher.two_sides) == 2:
        # "500 for 500, according to both delegations": each side of the war says it (`co_speaker` gives the
        # other)
        side = matcher.two_sides[0]
        return Speaker(side, "institution", side, None, pos, both.end())
    # Skip a title before the name ("said Kremlin spokesman Dmitry Peskov", "according to Ukraine's chief
    # negotiator Rustem Umerov"): a person named in the phrase speaks, else the first institution or party.
    stop = _PHRASE_STOP.search(text[pos:])
    phrase_end = pos + (stop.start() if stop else len(text) - pos)
    in_phrase = [m for m in view.mentions if pos <= m.start < phrase_end and m.start - pos <= 60]
    people = [m for m in in_phrase if m.person]
    owned = len(people) == 1 and text.startswith(("'s ", "’s "), people[0].end)
    if owned and text.startswith(", ", phrase_end):
        # "according to President Putin's spokesman, Dmitry Peskov": the person set off after the role
        # speaks, not the role's owner
        set_off = [m for m in view.mentions if m.person and m.start == phrase_end + 2]
        people = set_off or people
    if not people and text.startswith(", ", phrase_end) and _ROLE_ENDS.search(text, pos, phrase_end):
        # "announced by the Kremlin's spokesman, Dmitry Peskov, on Friday": the person the role is set off by
        named = [m for m in view.mentions if m.start == phrase_end + 2 and m.person]
        after = named[0].end if named else 0
        listed = named and any(m.start == after + 2 and m.person for m in view.mentions)
        if named and not listed and _SET_OFF_END.match(text, after):
            speaker = _from_mention(view, named[0], matcher, memory)
            if speaker is not None:
                return speaker
    if not people and text.startswith(("the ", "The "), pos):
        # "according to the Kremlin spokesman, ...", "according to the envoy, ...": a definite role that is
        # the whole phrase names the person seen with it, not the body in its title
        role = _DEFINITE_ROLE_AHEAD.match(text, pos, phrase_end)
        resolved = _resolve_role(view, role, matcher, memory) if role is not None else None
        if resolved is not None:
            return resolved
    body_ahead = _UNKNOWN_BODY_AHEAD.match(text, pos, phrase_end) if not people else None
    if (
        body_ahead is not None
        and _INSTITUTION_HEADS.intersection(body_ahead.group(1).split())
        and not view.mentions_between(body_ahead.start(1), body_ahead.end(1))
    ):
        # "according to the Central Election Commission", "according to Ukraine's Central Election
        # Commission": a body the pack does not list, named in full (of the side a possessive names)
        body = _unknown_institution(view, body_ahead.start(1), body_ahead.end(1))
        if body is not None:
            party = body.party or _party_in(view, pos, body_ahead.end(1))
            return replace(body, party=party, start=pos)
    lower_body = _LOWER_BODY_AHEAD.match(text, pos, phrase_end) if not people else None
    if lower_body is not None and not any(m.first("institution") for m in in_phrase):
        # "according to the Ukrainian air force", "according to the Emirati foreign ministry": a body the
        # pack does not list, named in lower case after the word of its nation
        body = _unknown_institution(view, lower_body.start(1), lower_body.end(1))
        if body is not None:
            return replace(body, start=pos)
    for mention in people[:1] or [m for m in in_phrase if m.first("institution", "party")][:1]:
        lead = text[pos : mention.start]
        if mention.start == pos or people or _THE_ONLY.fullmatch(lead) or _DOCUMENT_OF.fullmatch(lead):
            speaker = _from_mention(view, mention, matcher, memory)
            if speaker is not None:
                return speaker
    rest = text[pos:]
    anonymous = _ANONYMOUS_AHEAD.match(rest)
    if anonymous is not None:
        source_end = pos + anonymous.end()
        # "said one member of the Ukrainian team": the side the words after the head name
        tail = _TAIL_AHEAD.match(text, source_end, phrase_end)
        party = _party_in(view, pos, tail.end() if tail is not None else source_end)
        # "..., said a source close to the negotiations.": the words that place the source are its own
        end = tail.end() if tail is not None else source_end
        return Speaker(UNNAMED_SOURCE, "anonymous", party, None, pos, end)
    body = _DEFINITE_BODY_AHEAD.match(rest)
    if body is not None:
        # "..., according to the office": the institution of that kind that spoke last
        noun = body.group(1).lower()
        earlier = memory.institution_of_kind(noun)
        if earlier is not None:
            return Speaker(
                earlier.name, "institution", earlier.party, None, pos, pos + body.end(), earlier.known
            )
    ahead = _PRONOUN_AHEAD.match(rest)
    source = memory.last_speaker[1] if memory.last_speaker is not None else None
    if (
        ahead is not None
        and source is not None
        and memory.one_source is not None
        and view.index - memory.one_source <= 1
        and not any(m.person for m in view.mentions_between(0, pos))
    ):
        # "“The work is finished,” the interlocutor of the agency said. | According to him, the next meeting
        # is expected next week": "him" is the one unnamed person who has just spoken
        return Speaker(source.name, "anonymous", source.party, None, pos, pos + len(ahead.group()))
    if ahead is not None:
        last = memory.pronoun_person(view, ahead.group())
        if last is not None:
            return Speaker(last.name, "person", last.party, last.role, pos, pos + 2, last.known)
    honorific = _HONORIFIC.match(rest)  # "said the Rev. Mykola Hrytsenko", "said Dr. Olena Savchuk"
    skip = honorific.end() if honorific is not None else 0
    name = _UNKNOWN_NAME_AHEAD.match(rest, skip)
    if name is not None:
        return _unknown_person(view, max(pos + skip, pos + name.end() - _WINDOW), pos + name.end())
    return None


def _from_mention(view: View, mention: Mention, matcher: Matcher, memory: Memory) -> Speaker | None:
    person = mention.person
    if person is not None:
        # The title before the name gives both the role and where the speaker's phrase starts: read it once.
        tokens = _title_tokens_before(view, mention.start)
        role = _role_of(view, tokens) or _apposition_after(view, mention.end)
        if role is None:
            role = memory.roles.get(person.name) or _pack_role(matcher, person.name)
        start = tokens[0][0] if tokens else mention.start
        return Speaker(person.name, "person", person.party, role, start, mention.end)
    institution = mention.first("institution")
    if institution is not None:
        return Speaker(institution.name, "institution", institution.party, None, mention.start, mention.end)
    party = mention.first("party")
    if party is not None:
        return Speaker(party.name, "institution", party.name, None, mention.start, mention.end)
    return None


def co_speaker(view: View, speaker: Speaker, matcher: Matcher, memory: Memory) -> Speaker | None:
    """ "Witkoff and Kushner told reporters ...": the person named right before "and" speaks with the
    speaker found ending at the verb; with "Both men" or "the two envoys", the other of the two named last."""
    if (
        speaker.kind == "institution"
        and speaker.name in matcher.two_sides
        and _BOTH_SIDES.fullmatch(view.text, speaker.start, speaker.end) is not None
    ):
        other = next(side for side in matcher.two_sides if side != speaker.name)
        return Speaker(other, "institution", other, None, speaker.start, speaker.end)
    if speaker.kind == "institution" and speaker.name in matcher.party_names:
        # "both Kyiv and Washington described it as constructive": the side named right before "and"
        # speaks with the one named at the verb
        if not view.text.endswith(" and ", 0, speaker.start):
            return None
        mention = view.mention_ending_at(speaker.start - 5)
        if mention is None or mention.person is not None:
            return None
        side = mention.first("party")
        if side is None or side.name == speaker.name:
            return None
        return Speaker(side.name, "institution", side.name, None, mention.start, mention.end)
    if speaker.kind != "person":
        return None
    both = _BOTH_PEOPLE.fullmatch(view.text, speaker.start, speaker.end)
    if both is not None:
        pair = _the_two(both.group(1), memory, matcher)
        return _seen(pair[0], matcher, memory, speaker.start, speaker.end) if pair is not None else None
    if not view.text.endswith(" and ", 0, speaker.start):
        return None
    mention = view.mention_ending_at(speaker.start - 5)
    if mention is None or mention.person is None or mention.person.name == speaker.name:
        return None
    return _from_mention(view, mention, matcher, memory)


def _seen(name: str, matcher: Matcher, memory: Memory, start: int, end: int) -> Speaker:
    """A pack person named before, as the speaker of the phrase `start:end`."""
    person = matcher.people[name]
    return Speaker(name, "person", person.party, memory.roles.get(name) or person.role, start, end)


def _the_two(noun: str, memory: Memory, matcher: Matcher) -> tuple[str, str] | None:
    """Who "both men" or "the two envoys" are: the two people named last; envoys are of one side, the
    last two of a side named."""
    seen = memory.people_seen
    if noun != "envoys":
        return (seen[-2], seen[-1]) if len(seen) >= 2 else None
    for i in range(len(seen) - 1, 0, -1):
        party = matcher.people[seen[i]].party
        same = [name for name in seen[:i] if matcher.people[name].party == party]
        if same:
            return same[-1], seen[i]
    return None


# "Both men said", "the two envoys called the meetings “constructive”": two people named before, together
_BOTH_PEOPLE = re.compile(r"(?:\b[Bb]oth|\b[Tt]he\s+two)\s+(men|envoys|leaders|presidents)\s*$")
_BOTH_TAILS = frozenset(("men", "envoys", "leaders", "presidents"))


def relayed_source(view: View, start: int, verb_end: int) -> Speaker | None:
    """ "Reuters reported, citing people familiar with the matter, that ...": an outlet relaying its sources
    gives their words, an unnamed source's, of the side the sources are of (`start`: where the outlet's
    name begins)."""
    citing = _CITING.match(view.text, verb_end)
    if citing is None:
        return None
    party = _party_in(view, citing.start(1), citing.end(1), places=False)
    # (the phrase runs to the end of the sources named: what is said comes after them)
    return Speaker(UNNAMED_SOURCE, "anonymous", party, None, start, citing.end())


_CITING = re.compile(r"(?:\s+(?:on|this|last|earlier|late)\s+[\w-]+)?,?\s+citing\s+([^,.;]{3,80})")


def _pack_role(matcher: Matcher, name: str) -> str | None:
    person = matcher.people.get(name)
    return person.role if person else None


def _role_start(view: View, name_start: int) -> int:
    tokens = _title_tokens_before(view, name_start)
    return tokens[0][0] if tokens else name_start


def _role_before(view: View, name_start: int) -> str | None:
    return _role_of(view, _title_tokens_before(view, name_start))


def _role_of(view: View, tokens: list[tuple[int, int]]) -> str | None:
    if not tokens:
        return None
    return _clean_role(view.text[tokens[0][0] : tokens[-1][1]])


def _token_before(text: str, pos: int) -> tuple[int, int] | None:
    """The word (letters, digits and . ’ ' - _) that ends at the blanks right before `pos`, within 40
    characters: a scan backwards instead of a pattern tried at every place of the window."""
    lo = max(0, pos - 40)
    end = pos
    while end > lo and text[end - 1].isspace():
        end -= 1
    if end == pos:
        return None
    start = end
    while start > lo and (text[start - 1].isalnum() or text[start - 1] in "_.’'-"):
        start -= 1
    return (start, end) if start < end else None


def _title_tokens_before(view: View, name_start: int) -> list[tuple[int, int]]:
    """Tokens of a title right before a name: title words, capitalised words and party adjectives."""
    tokens: list[tuple[int, int]] = []
    pos = name_start
    text = view.text
    while pos > 0:
        token = _token_before(text, pos)
        if token is None:
            break
        word = text[token[0] : token[1]]
        bare = word.lower().rstrip("’'s") if word.lower().endswith(("’s", "'s")) else word.lower()
        is_title = bare in _TITLE_WORDS or word[0].isupper() and word not in _NOT_NAMES
        if not is_title:
            break
        tokens.insert(0, token)
        pos = token[0]
    # A title never starts with "of" or a possessive dangling at its left edge.
    while tokens and view.text[tokens[0][0] : tokens[0][1]].lower() in ("of", "the"):
        tokens.pop(0)
    return tokens


def _apposition_after(view: View, name_end: int) -> str | None:
    match = _APPOSITION.match(view.text, name_end)
    if match is None:
        return None
    phrase = match.group(1)
    if _NOT_A_ROLE.match(phrase):
        return None
    return _clean_role(phrase)


def _clean_role(phrase: str) -> str | None:
    role = _LEADING_ARTICLE.sub("", phrase.strip())
    return role or None


def _party_in(view: View, start: int, end: int, places: bool = True) -> str | None:
    for mention in view.mentions_between(start, end):
        if not places and _PLACE_BEFORE.search(view.text[max(0, mention.start - 6) : mention.start]):
            continue  # "a pollster in Kyiv" says where, not whose
        if mention.party:
            return mention.party
    return None


def _names_a_person(view: View, start: int, end: int) -> bool:
    """Does the source's phrase name its own person ("a source, Ivan Petrov,")? Not one it serves or is
    close to ("an aide to Zelensky", "people close to Putin")."""
    text = view.text
    return any(
        m.person and not _AFTER_PREPOSITION.search(text, max(0, m.start - 12), m.start)
        for m in view.mentions_between(start, end)
    )


def role_named(view: View, start: int, end: int, matcher: Matcher, memory: Memory) -> Speaker | None:
    """The person a definite role between `start` and `end` names ("the president", "the Kremlin
    spokesman"): the latest person seen who fits, or None."""
    role = _DEFINITE_ROLE_AHEAD.match(view.text, start, end)
    return _resolve_role(view, role, matcher, memory) if role is not None else None


def _resolve_role(view: View, match: re.Match[str], matcher: Matcher, memory: Memory) -> Speaker | None:
    """ "the Ukrainian leader", "the Kremlin spokesman": the latest person seen who fits."""
    qualifier_party = _party_in(view, match.start(), match.end())
    noun = match.group(2).lower()
    wanted = {
        "leader": "president",
        "head of state": "president",
        "representative": "spokes",
        "spokesperson": "spokes",
        "diplomacy": "foreign minister",
    }.get(noun, noun)
    if noun == "secretary" and "press" in match.group(1).lower():
        wanted = "spokes"  # "the press secretary" is the spokesman the text named, not a secretary of state
    # "Trump said he had asked Putin ... “I asked him,” the president said": the one who has been speaking
    # goes on speaking, though another who fits was named since
    last = memory.last_person
    names = list(reversed(memory.people_seen))
    # (the sentence's own names before the role come first: "..., Zelensky's office said; the president
    # himself wrote ...", read before the sentence is remembered)
    here: list[str] = []
    for m in reversed(view.mentions_between(0, match.start())):
        if m.person is not None:
            here.append(m.person.name)
            continue
        body = m.first("institution")
        owner = _owner_of(body.name, matcher) if body is not None else None
        if owner is not None:
            here.append(owner)
    names = [*dict.fromkeys(here), *(n for n in names if n not in here)]

    # (but "... Zelensky wrote. | The pause follows an announcement by Donald Trump yesterday. | ..., the
    # president said": one who fits, named since in words no one said, is the one the role names)
    # (a role with words of its own, "the NSDC secretary", is not any secretary named since)
    def fits(name: str) -> bool:
        if wanted in _RANKS.values():
            return memory.ranks.get(name) == wanted  # "the admiral said": the one the text gave that rank
        roles = (memory.roles.get(name), matcher.people[name].role)
        return any(_holds(r, wanted) for r in roles) or (
            noun == "diplomacy" and any(_holds(r, "secretary of state") for r in roles)
        )

    bare = not match.group(1).strip() or (qualifier_party is not None and len(match.group(1).split()) == 1)
    fits_since = [n for n in (memory.named_since_speech if bare else ()) if n in matcher.people and fits(n)]
    if last is not None and last.name in names and not (fits_since and last.name not in fits_since):
        names.remove(last.name)
        names.insert(0, last.name)
    office = memory.last_speaker[1] if memory.last_speaker is not None else None
    if office is not None and office.kind == "institution":
        # "Zelensky's office said ... The president said Ukraine would hold its fire": the person whose
        # office spoke last
        owner = _owner_of(office.name, matcher)
        if owner is not None:
            names = [owner, *(n for n in names if n != owner)]
    for name in names:
        person = matcher.people.get(name)
        if person is None:
            continue
        if qualifier_party is not None and person.party != qualifier_party:
            continue
        if fits(name):
            role_text = memory.roles.get(name) or person.role
            return Speaker(name, "person", person.party, role_text, match.start(), match.end())
    if qualifier_party is not None and wanted in ("negotiator", "envoy"):
        # "Medinsky heads the Russian delegation. ... the Russian negotiator called the talks difficult": the
        # last person of that side named, when none was given the role
        # (one who heads the side's delegation first: "with Medinsky now at the head of the Russian
        # delegation ... the Russian negotiator called the talks ...")
        recent = [*here, *reversed(memory.people_seen)]
        side = [n for n in recent if matcher.people[n].party == qualifier_party]
        heads = [n for n in side if "delegation" in (memory.roles.get(n) or matcher.people[n].role or "")]
        for name in (heads or side)[:1]:
            person = matcher.people[name]
            return Speaker(name, "person", person.party, memory.roles.get(name) or person.role, *match.span())
    # "Asked about the talks, the Kremlin spokesman said ...", before any name: the one person of the pack
    # whose role is the whole phrase
    phrase = _LEADING_ARTICLE.sub("", match.group().strip()).lower()
    fits = [p for p in matcher.people.values() if p.role and p.role.lower() == phrase]
    if not fits and qualifier_party is not None and not _SERVES.search(view.text, 0, match.start()):
        # "the Russian president", before any name: the one person of that side the pack gives the role
        fits = [p for p in matcher.people.values() if p.party == qualifier_party and _holds(p.role, wanted)]
    if len(fits) == 1:
        only = fits[0]
        return Speaker(only.name, "person", only.party, only.role, match.start(), match.end())
    return None


def _holds(role: str | None, wanted: str) -> bool:
    """Is the role that of a `wanted`? A title of several words ("secretary of state") is held by a role that
    says it whole ("US Secretary of State"), not by another secretary's ("Secretary of the Council")."""
    if " " in wanted:
        return role is not None and wanted in role.lower()
    return _role_is(role, wanted)


def _role_is(role: str | None, wanted: str) -> bool:
    """Is the role that of a `wanted` ("president", "spokes"...), not of someone serving one? "President of
    Ukraine" is a president; "Head of the Presidential Office" and "aide to the president" are not."""
    if not role:
        return False
    head = _ROLE_COMPLEMENT.split(role.lower(), maxsplit=1)[0]
    return any(
        w.startswith(wanted) and (wanted == "spokes" or w in (wanted, wanted + "s")) for w in head.split()
    )


# "the press secretary of the Russian president": a role after "of" or "to" is whom another serves
_SERVES = re.compile(r"\s(?:of|to)\s+$")
# "of the ...", "to the ...": what follows the role's noun names whom it serves
_ROLE_COMPLEMENT = re.compile(r"\s(?:of|to)\s")


# "the Bank of Russia", "the General Staff of the Armed Forces of Ukraine": a body named as a side's
_BODY_OF_PARTY = re.compile(
    r"(?<![\w’'-])((?:(?!The\b)[A-Z][\w-]+\s+){1,4}(?:of\s+the\s+(?:[A-Z][\w-]+\s+){1,4})?)of\s+(?:the\s+)?$"
)
_INSTITUTION_HEADS = frozenset(
    [
        "Command",
        "Ministry",
        "Office",
        "Council",
        "Service",
        "Department",
        "Agency",
        "Committee",
        "Commission",
        "Staff",
        "Forces",
        "Force",
        "Army",
        "Navy",
        "Embassy",
        "Government",
        "Parliament",
        "Administration",
        "Directorate",
        "Bureau",
        "Secretariat",
        "Mission",
        "Headquarters",
        "Police",
        "Centre",
        "Center",
        # think tanks, courts, banks and the like ("the Kattegat Institute for Conflict Settlement said")
        "Institute",
        "Foundation",
        "University",
        "Court",
        "Bank",
    ]
)


_LOWER_HEADS = frozenset(_LOWER_HEAD_WORDS)


def _unknown_institution(view: View, lo: int, end: int) -> Speaker | None:
    """An institution the pack does not list ("U.S. European Command said", "the Emirati foreign ministry
    said", "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said"); or a person
    of one ("Henrik Solberg of the Oslo Centre for Negotiation Research said"), who speaks, not the body his
    role names."""
    member = _PERSON_OF_BODY.search(view.text, lo, end)
    if (
        member is not None
        and member.group(1).split()[0] not in _NOT_NAMES
        and _INSTITUTION_HEADS.intersection(member.group(2).split())
        and not view.mentions_between(member.start(1), member.end(1))
    ):
        party = _party_in(view, member.start(2), end, places=False)
        return Speaker(member.group(1), "person", party, member.group(2), member.start(1), end, known=False)
    match = _INSTITUTION_NAME.search(view.text, lo, end)
    if match is None or match.group().split()[-1] not in _INSTITUTION_HEADS:
        match = _LOWER_INSTITUTION.search(view.text, lo, end) or _LONG_INSTITUTION.search(view.text, lo, end)
        words = match.group().split() if match is not None else []
        if not _INSTITUTION_HEADS.intersection(w.capitalize() for w in words):
            return None
    else:
        longer = _LONG_INSTITUTION.search(view.text, lo, end)
        # "the National Security and Defense Council said": the whole name, not the words after its "and"
        match = longer if longer is not None and longer.start() < match.start() else match
        words = match.group().split()
    while words and words[0] in _NOT_NAMES:
        words.pop(0)
    if len(words) < 2:
        return None
    if len(words) >= 3 and _titles_a_name(words[-3]) and not _INSTITUTION_HEADS & set(words[-2:]):
        return None  # "Parliament Speaker Ruslan Stefanchuk": a person with the title of a body, not the body
    start = end - len(" ".join(words))
    party = _party_in(view, start, end)
    if view.text.endswith(("the ", "The "), 0, start):
        start -= 4  # "..., the Ukrainian air force said": the article is the phrase's, not the words said
    return Speaker(" ".join(words), "institution", party, None, start, end, known=False)


def _titles_a_name(word: str) -> bool:
    """Is `word` a title that a person's name follows ("Speaker", "Minister"), not a word that joins one
    ("of", "the")?"""
    low = word.lower()
    return low in _TITLE_WORDS and low not in _JOINING_WORDS


_PERSON_OF_BODY = re.compile(
    r"(?<![\w.’'-])([A-Z][a-z]+(?:\s+[A-Z][\w’'-]+){1,2})\s+(?:of|at|from)\s+(?:the\s+)?"
    r"((?:[A-Z][\w.’'-]*)(?:\s+(?:[A-Z][\w.’'-]*|of|for|the|and|on))*)\s*$"
)
_JOINING_WORDS = frozenset(("of", "the", "and", "for", "to", "on"))


def _unknown_person(view: View, lo: int, end: int) -> Speaker | None:
    institution = _unknown_institution(view, lo, end)
    if institution is not None:
        return institution
    body = _BODY_NAMED.search(view.text, lo, end)
    if body is not None and not view.mentions_between(body.start(1), end):
        # "the national grid operator Ukrenergo said": a one-word name after the kind of body it is
        party = _party_in(view, body.start(), end)
        return Speaker(body.group(1), "institution", party, None, body.start(), end, known=False)
    match = _UNKNOWN_NAME.search(view.text, lo, end)
    if match is None:
        return None
    words = list(_NON_SPACE.finditer(match.group()))
    # Title words at the left ("Foreign Minister Margus Tsahkna") belong to the role, not the name, and so
    # do the words of the body the title is of before them ("Parliament Speaker Ruslan Stefanchuk")
    first_name = 0
    while first_name < len(words) and (
        words[first_name].group().lower() in _TITLE_WORDS or words[first_name].group() in _COURTESY
    ):
        first_name += 1
    titles = [i for i, w in enumerate(words[:-2]) if _titles_a_name(w.group())]
    if titles and titles[-1] + 1 > first_name:
        first_name = titles[-1] + 1
    name_words = words[first_name:]
    if len(name_words) < 2 or any(w.group() in _NOT_NAMES for w in name_words):
        return None
    name_start = match.start() + name_words[0].start()
    if view.mentions_between(name_start, end):
        return None  # pack names inside: not an unknown person
    name = " ".join(w.group() for w in name_words)
    role = _role_before(view, name_start)
    if role is None or role in _COURTESY:
        role = _apposition_after(view, end)
    role_start = _role_start(view, name_start)
    party = _party_in(view, role_start, end)
    if party is None:
        appos = _COMMA_APPOSITION.match(view.text[end:])
        if appos:
            party = _party_in(view, end, end + appos.end(), places=False)
    if party is None:
        # "Ukraine's ambassador to the UN, Andriy Melnyk, said": the role set before the name
        before = _ROLE_SET_BEFORE.search(view.text, max(0, name_start - 90), name_start)
        if before is not None:
            party = _party_in(view, before.start(1), before.end(1), places=False)
            role = role or before.group(1)
    return Speaker(name, "person", party, role, role_start, end, known=False)


# The patterns of this module searched most where `first_char_gate` pays, written as it writes them: the
# same matches, found faster (`literal_first`).
_WOMAN = first_char_gate(_WOMAN)
_PRONOUN = first_char_gate(_PRONOUN)
_DEFINITE_SOURCE = first_char_gate(_DEFINITE_SOURCE)
_INSTITUTION_NAME = first_char_gate(_INSTITUTION_NAME)
_LOWER_INSTITUTION = first_char_gate(_LOWER_INSTITUTION)
_LONG_INSTITUTION = first_char_gate(_LONG_INSTITUTION)
_UNKNOWN_NAME = first_char_gate(_UNKNOWN_NAME)
