"""Positions: which stance a party takes on which issue.

A stance cue (a verb or noun: "demands", "insists on", "rejects", "rules out", "is ready to", "proposes",
"precondition") governs the words up to the next cue or clause break; each issue cue of the pack in those
words gives a position. Negation turns a cue round ("does not reject" considers, "will not accept" rejects),
and "only if", "in exchange for" or "provided that" make an acceptance conditional. The holder is the party
named just before the cue ("Moscow wants", "Russia's demand"), after it in the passive ("proposed by
Washington"), the subject of the previous cue when the clause continues it ("… and rejects …"), else the
speaker of the sentence. People and institutions hold their party's position; metonyms resolve ("Kyiv").
One position per (party, issue) per article: the last one stated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.extract.context import Doc, View
from monitor.extract.statements import Attribution
from monitor.facts import PositionFact

_STANCE_CUES: tuple[tuple[str, str], ...] = (
    (
        "conditions",
        r"only if|only after|only when|in exchange for|provided that|on condition that|as long as",
    ),
    (
        "considers",
        r"(?:is|are|was|were|remains?|remained)\s+open\s+to|might accept|could accept|may accept"
        r"|would consider"
        r"|is considering|are considering|consider(?:s|ed|ing)?|is studying|are studying|studying"
        r"|is weighing|are weighing|weighing|(?:does|do|did) not (?:rule out|reject|exclude)"
        r"|not ruling out|has not ruled out|have not ruled out|would not rule out|will not rule out",
    ),
    (
        "rejects",
        r"reject(?:s|ed|ing)?|rejection|refus(?:es|ed|ing|e)|rul(?:es|ed|ing) out|rule out"
        r"|oppos(?:es|ed|ing|e)"
        r"|opposition to|dismiss(?:es|ed|ing)?|will not|won't|would not|would never|will never|cannot accept"
        r"|can't accept|is not ready|are not ready|unacceptable|no intention of|not going to|refusal"
        r"|(?:are|is|am|were|was) not \w+ing|turn(?:s|ed)? down",
    ),
    ("obliges", r"must|should|has to|have to|had to|needs to|need to|will have to"),
    (
        "demands",
        r"demand(?:s|ed|ing)?|insist(?:s|ed|ing)?(?:\s+on)?|wants?|wanted|call(?:s|ed|ing)? for|precondition"
        r"|require(?:s|d)?|requirement|emphasi[sz](?:es|ed|ing|e)|push(?:es|ed|ing)? for"
        r"|seek(?:s|ing)?|sought"
        r"|urg(?:es|ed|ing|e)|press(?:es|ed|ing)(?: for)?",
    ),
    (
        "proposes",
        r"propos(?:es|ed|ing|e|al|als)|offer(?:s|ed|ing)?|put(?:s|ting)? forward|float(?:s|ed|ing)?"
        r"|suggest(?:s|ed|ing)?|plan(?:s)? for",
    ),
    (
        "accepts",
        r"agree(?:s|d)?(?:\s+[\w-]+){0,3}?\s+(?:to|on)|agreeing to|accept(?:s|ed|ing)?"
        r"|(?:is|are|was|were) ready (?:to|for)"
        r"|ready to|willing to|has agreed|have agreed|consent(?:s|ed)? to",
    ),
    (
        "supports",
        r"back(?:s|ed|ing)?|welcom(?:es|ed|ing|e)|favou?r(?:s|ed|ing)?|support(?:s|ed|ing)?|endors(?:es|ed|ing|e)"
        r"|in favou?r of",
    ),
)
_CUE = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?P<{stance}>{pattern})" for stance, pattern in _STANCE_CUES) + r")(?!\w)"
)
_NEGATION = re.compile(r"\b(?:not|never|no longer|n't)\s+(?:\w+\s+){0,1}$")
_NEGATED = {"rejects": "considers", "accepts": "rejects", "supports": "rejects", "considers": "rejects"}
_CLAUSE_BREAK = re.compile(r";|\bbut\b|\bwhile\b|\bwhereas\b|, which\b|\bhowever\b|,\s+and\b")
_CONTINUES = re.compile(
    r"(?:\band|\bbut|,|\bwhile|\balso|\bthen)\s+(?:(?:has|have|had|is|are|also|still|again|later|then|now)\s+)*$"
)
# A cue used as a noun ("Moscow's demand", "a U.S. proposal", "Kyiv's refusal") names a stance held by its
# possessor; it is the object of a verb before it, so it does not end that verb's clause.
_NOMINAL = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|this|that)|['’]s|\b[A-Z][\w.]*)\s+$")
_NOT_A_STANCE = re.compile(
    r"\s+to\s+(?:say|comment|confirm|disclose|elaborate|answer|specify|name|give)\b", re.IGNORECASE
)
_SUBJECT_PRONOUN = re.compile(
    r"\b(it|they|we|he|she)\s+(?:(?:has|have|had|is|are|was|were|would|will|also|still)\s+)*$", re.IGNORECASE
)
_NOUNS = frozenset(
    [
        "proposal",
        "proposals",
        "demand",
        "demands",
        "refusal",
        "rejection",
        "requirement",
        "offer",
        "offers",
        "plan",
        "idea",
        "opposition",
        "support",
        "backing",
        "insistence",
        "call",
    ]
)
_INFINITIVE = re.compile(r"[^,;.]{0,40}?\bto\s+")
_SUMMARY_WORDS = 24


@dataclass(frozen=True, slots=True)
class _Cue:
    stance: str
    start: int
    end: int
    nominal: bool = False
    stop: int | None = None  # where its clause ends when a condition follows ("offer …, provided that")


def read_positions(doc: Doc, attributions: dict[int, Attribution]) -> list[PositionFact]:
    found: dict[tuple[str, str], PositionFact] = {}
    last_person_party: str | None = None
    for view in doc.views:
        attribution = attributions.get(view.index)
        if attribution is not None and attribution.speaker.kind == "person":
            last_person_party = attribution.speaker.party
        if not view.cues:
            continue
        speaker_party = attribution.speaker.party if attribution else None
        for party, issue, stance, start, end in _positions_in(view, speaker_party, last_person_party):
            summary = _summary(view.text[start:end])
            found.pop((party, issue), None)  # the last stance stated wins, and keeps reading order
            found[(party, issue)] = PositionFact(party, issue, stance, summary, doc.evidence(view))
    return list(found.values())


def _cues(view: View) -> list[_Cue]:
    cues: list[_Cue] = []
    text = view.text
    for match in _CUE.finditer(text):
        stance = match.lastgroup
        assert stance is not None
        word = match.group().lower()
        if stance == "supports" and word.startswith("back") and _is_adverb_back(text, match):
            continue
        if _NOT_A_STANCE.match(text, match.end()):
            continue  # "refused to say whether …" declines to answer; it rejects nothing
        if _NEGATION.search(text, max(0, match.start() - 24), match.start()):
            negated = _NEGATED.get(stance)
            if negated is None:
                continue
            stance = negated
        if (
            cues
            and _INFINITIVE.fullmatch(text, cues[-1].end, match.start())
            and cues[-1].stance
            in (
                "demands",
                "obliges",
            )
        ):
            continue  # "urged member states to agree on it": what is demanded, not a second stance
        nominal = (
            word in _NOUNS and _NOMINAL.search(text, max(0, match.start() - 30), match.start()) is not None
        )
        if cues and not text[cues[-1].end : match.start()].strip():
            # "will not accept": one cue, read as its last word turned by the negation before it
            cues[-1] = _Cue(stance, cues[-1].start, match.end(), nominal)
            continue
        cues.append(_Cue(stance, match.start(), match.end(), nominal))
    # "only if", "provided that" make the acceptance or offer before them conditional; the condition's own
    # issue gets no stance.
    merged: list[_Cue] = []
    for cue in cues:
        if (
            cue.stance == "conditions"
            and merged
            and merged[-1].stance in ("accepts", "considers", "proposes")
        ):
            last = merged[-1]
            merged[-1] = _Cue("conditions", last.start, last.end, last.nominal, stop=cue.start)
            continue
        merged.append(cue)
    return merged


def _is_adverb_back(text: str, match: re.Match[str]) -> bool:
    return re.match(r"\s+(?:to|from|in|on|down|off)\b", text[match.end() :]) is not None


def _positions_in(
    view: View, speaker_party: str | None, last_person_party: str | None
) -> list[tuple[str, str, str, int, int]]:
    text = view.text
    cues = _cues(view)
    results: list[tuple[str, str, str, int, int]] = []
    previous_holders: list[str] = []
    for i, cue in enumerate(cues):
        if view.in_quote(cue.start) and speaker_party is None:
            continue
        span_end = cue.stop if cue.stop is not None else _span_end(cues, i, len(text))
        brk = _CLAUSE_BREAK.search(text, cue.end, span_end)
        if brk is not None:
            span_end = brk.start()
        issues = _specific([iss for c in view.cues if cue.end <= c.start < span_end for iss in c.issues])
        if not issues:
            before = [c for c in view.cues if c.end <= cue.start]
            issues = list(before[-1].issues) if before else []
        previous = cues[i - 1] if i else None
        holders = _holders(view, cue, previous, previous_holders, speaker_party, last_person_party)
        previous_holders = holders
        stance = "demands" if cue.stance == "obliges" else cue.stance
        clause_start = _clause_start(view, cue, previous)
        for holder in holders:
            for issue in issues:
                results.append((holder, issue, stance, clause_start, span_end))
    return results


def _span_end(cues: list[_Cue], i: int, default: int) -> int:
    for later in cues[i + 1 :]:
        if not later.nominal:
            return later.start
    return default


def _specific(issues: list[str]) -> list[str]:
    """Drop an issue when a more specific one names it ("ceasefire" inside "energy_ceasefire")."""
    unique = list(dict.fromkeys(issues))
    return [i for i in unique if not any(o != i and o.endswith("_" + i) for o in unique)]


def _holders(
    view: View,
    cue: _Cue,
    previous: _Cue | None,
    previous_holders: list[str],
    speaker_party: str | None,
    last_person_party: str | None,
) -> list[str]:
    text = view.text
    if cue.stance == "obliges":
        # "the guarantees had to be legally binding": an obligation the speaker states is their demand.
        return [speaker_party] if speaker_party else []
    window_start = previous.end if previous else 0
    before = text[window_start : cue.start]
    if previous_holders and previous is not None and not cue.nominal and _CONTINUES.search(before):
        return previous_holders
    by = re.match(r"\s+by\s+", text[cue.end :])
    if by is not None:
        after = [m for m in view.mentions if m.start == cue.end + by.end() and m.party]
        if after:
            return [after[0].party]  # type: ignore[list-item]
    pronoun = _SUBJECT_PRONOUN.search(text, window_start, cue.start)
    if pronoun is not None and not cue.nominal:
        word = pronoun.group(1).lower()
        if word == "we":
            return [speaker_party] if speaker_party else []
        if word in ("he", "she"):
            return [last_person_party] if last_person_party else []
        # "the American side told Kyiv it was ready": "it" is the subject of the clause that holds it
        first = [m for m in view.mentions_between(window_start, pronoun.start()) if m.party]
        return [first[0].party] if first else []  # type: ignore[list-item]
    candidates = [m for m in view.mentions_between(window_start, cue.start) if m.party]
    if candidates:
        nearest = candidates[-1]
        gap = text[nearest.end : cue.start]
        if cue.nominal and len(gap.split()) > 2:
            return []  # "its own core demands": a noun whose holder the sentence does not name nearby
        if len(gap.split()) <= 6 and not re.search(r"[;:]", gap):
            holders = [nearest.party]
            # "Russia and Ukraine agreed": one position each
            for other in reversed(candidates[:-1]):
                joint = text[other.end : nearest.start]
                if re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", joint):
                    holders.insert(0, other.party)
                    nearest = other
                else:
                    break
            return list(dict.fromkeys(h for h in holders if h))
    if candidates:
        return [candidates[-1].party]  # type: ignore[list-item]
    return [speaker_party] if speaker_party else []


def _clause_start(view: View, cue: _Cue, previous: _Cue | None) -> int:
    window_start = previous.end if previous else 0
    mentions = [m for m in view.mentions_between(window_start, cue.start) if m.party]
    if mentions:
        return mentions[-1].start
    return cue.start


def _summary(clause: str) -> str:
    words = clause.strip(" ,.;:").split()
    return " ".join(words[:_SUMMARY_WORDS])
