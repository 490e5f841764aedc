r"""`\bword` written to open with a literal, which `re` skips ahead to in a fast scan.

Python's `re` cannot skip ahead in a pattern that opens with `\b` (or a lookbehind): it tries the whole
pattern at every position of the text. A pattern that opens with a literal lets it jump in C to the places
where that literal is, and try the pattern only there. So `\bbut` is written `b(?<!\wb)ut`: the first letter,
then the word boundary before it looked back at from after it. Both match at the same positions: the letter
is a word character, so `\b` before it says only that no word character comes before it, and the
lookbehind, which reads that character and the literal just matched, says the same.

`word_start` builds that form, so a pattern reads `word_start("but")` rather than the idiom, which is hard
to read and easy to get wrong by hand (a lookbehind that does not repeat the literal before it exactly is no
word boundary). `first_char_gate` (of `pattern_dispatch`, named here too for the modules that use both)
writes any compiled pattern so by itself, where that pays.
"""

from __future__ import annotations

import re

from monitor.extract.pattern_dispatch import first_char_gate

__all__ = ["any_word_start", "first_char_gate", "word_start"]

# characters with a meaning in a pattern: a head made of none of them matches only itself
_SPECIAL = frozenset("\\.^$*+?{}[]|()")


def _has_top_level_branch(pattern: str) -> bool:
    """Whether `pattern` has a `|` outside any group or class (an alternation as a whole)."""
    depth = 0
    in_class = False
    escaped = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


def word_start(*words: str, head: str | None = None) -> str:
    r"""`\b(?:word|…)` written literal first: the head, the boundary looked back at, then the rest.

    `word_start("but")` is `b(?<!\wb)ut`; words that share their head make one alternation after it:
    `word_start("the", "this", "that", head="th")` is `th(?<!\wth)(?:e|is|at)`. The head is the words' first
    character unless given: a longer head gives `re` a longer literal to scan for (`word_start("only",
    head="only")` is `only(?<!\wonly)`).

    Each word is pattern text (escape a literal with `re.escape`, or write `r"u\.s\."`), the pattern of one
    word rather than an alternation (`r"wh(?:ile|ereas)"` is `w(?<!\ww)h(?:ile|ereas)`). The head must be
    plain characters that open with a word character, and begin every word.
    """
    if not words:
        raise ValueError("word_start needs at least one word")
    if head is None:
        head = words[0][:1]
    if not head or not re.match(r"\w", head) or not _SPECIAL.isdisjoint(head):
        raise ValueError(f"head {head!r} must be plain characters opening with a word character")
    for word in words:
        if not word.startswith(head):
            raise ValueError(f"{word!r} does not start with the head {head!r}")
        if _has_top_level_branch(word):
            raise ValueError(f"{word!r} is an alternation: pass its words apart")
    rests = [word[len(head) :] for word in words]
    rest = rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")"
    return f"{head}(?<!\\w{head}){rest}"


def any_word_start(*words: str) -> str:
    r"""`\b(?:word|…)` for words with different heads: a group of `word_start(word)` for each, in order.

    `any_word_start("is", "are")` is `(?:i(?<!\wi)s|a(?<!\wa)re)`. Each alternative opens with a literal, so
    `re` still skips ahead to any of their first characters in a fast scan.
    """
    if not words:
        raise ValueError("any_word_start needs at least one word")
    return "(?:" + "|".join(word_start(word) for word in words) + ")"
