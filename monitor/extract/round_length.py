"""How many days the talks an article is about lasted, told apart from the sentence that dates them.

A report on a round often gives its days in one place and its length in another: "When the second round
ended in Abu Dhabi on Thursday, ..." under the headline "What two days in Abu Dhabi bought"; "The two days
had been uneven." The sentence-level reader (`round_fields.duration_of`) only sees a length said in the
round's own clause. This reads the lengths said anywhere in the article, so that a round known by one of its
days alone gets the other, when the article is about that one round and names one length.
"""

from __future__ import annotations

import re

from monitor.extract.pattern_dispatch import first_char_gate
from monitor.extract.round_triggers import NUMBER_WORDS

# (not a part of talks: "after the first two days of negotiations", "the last two days")
_COUNT = r"(?<!first )(?<!last )(?<!past )(?<!final )(?<!opening )(two|three|four|five|2|3|4|5)"
# The length of talks, said of talks: "two-day talks", "the two-day meeting", "two days of negotiations",
# "the two days had been uneven", "what two days in Abu Dhabi bought". Not a span of time between two
# events ("two days after the strike", "two days later", "in two days", "for two days in a row").
_LENGTH = re.compile(
    rf"\b{_COUNT}-day\s+(?:[\w-]+\s+)?(?:round|talks|meeting|session|negotiations|summit)\b"
    rf"|\b{_COUNT}\s+days\s+of\s+(?:[\w-]+\s+)?(?:talks|negotiations|meetings|discussions)\b"
    rf"|\b(?:[Tt]he|[Tt]hose|[Tt]hese|[Ii]ts|[Tt]heir)\s+{_COUNT}\s+days\b(?!\s+(?:after|before|later|earlier|ago|since)\b)"
    rf"|\b{_COUNT}\s+days\s+(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)
# Searched over the whole article: a first look at the character a match begins with finds the same matches
# at a third of the cost (`pattern_dispatch.first_char_gate`; the tests compare the two)
_LENGTH = first_char_gate(_LENGTH)


def lengths_told(text: str) -> set[int]:
    """Every length of talks in days the text tells ("two-day talks", "the two days")."""
    if "day" not in text:
        return set()
    found: set[int] = set()
    for match in _LENGTH.finditer(text):
        word = next(g for g in match.groups() if g).lower()
        found.add(NUMBER_WORDS.get(word) or int(word))
    return found


def one_length(text: str) -> int | None:
    """The one length of talks the text tells, if it tells exactly one (two lengths are two meetings')."""
    lengths = lengths_told(text)
    return next(iter(lengths)) if len(lengths) == 1 else None
