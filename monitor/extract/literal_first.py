r"""`\bword` written to open with a literal, which `re` skips ahead to in a fast scan.

Python's `re` cannot skip ahead in a pattern that opens with `\b` (or a lookbehind): it tries the whole
pattern at every position of the text. A pattern that opens with a literal lets it jump in C to the places
where that literal is, and try the pattern only there. So `\bbut` is written `b(?<!\wb)ut`: the first letter,
then the word boundary before it looked back at from after it. Both match at the same positions: the letter
is a word character, so `\b` before it says only that no word character comes before it, and the
lookbehind, which reads that character and the literal just matched, says the same.

`word_start` builds that form, so a pattern reads `word_start("but")` rather than the idiom, which is hard
to read and easy to get wrong by hand (a lookbehind that does not repeat the literal before it exactly is no
word boundary). A pattern that cannot open with a literal gets a look at the characters its match can
begin with put first instead (`first_char_gate`).
"""

from __future__ import annotations

import re
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]

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


_CATEGORIES = {
    _sre.CATEGORY_SPACE: r"\s",
    _sre.CATEGORY_NOT_SPACE: r"\S",
    _sre.CATEGORY_DIGIT: r"\d",
    _sre.CATEGORY_NOT_DIGIT: r"\D",
    _sre.CATEGORY_WORD: r"\w",
    _sre.CATEGORY_NOT_WORD: r"\W",
}


# Inline flags that change what "\\w", "\\s" or "\\b" mean: a group with one is left unbounded.
_CHARSET_FLAGS = re.ASCII | re.LOCALE | re.UNICODE


def _first_chars(items: list[tuple[object, object]], ignorecase: bool) -> tuple[list[str] | None, bool]:
    """The class items (as pattern source) of the characters a match of the parsed `items` can begin with,
    and whether it can match without consuming one; None when the analysis cannot tell (an item it does
    not know: any character, a negated class, a case-insensitive group in a case-sensitive pattern)."""
    out: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL:
            out.append(re.escape(chr(av)))  # type: ignore[arg-type]
            return out, False
        if op is _sre.IN:
            for kind, value in av:  # type: ignore[attr-defined]
                if kind is _sre.LITERAL:
                    out.append(re.escape(chr(value)))
                elif kind is _sre.RANGE:
                    out.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
                elif kind is _sre.CATEGORY and value in _CATEGORIES:
                    out.append(_CATEGORIES[value])
                else:
                    return None, False
            return out, False
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero-width: the first character is that of what follows
        if op is _sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = av  # type: ignore[misc]
            if (add_flags & re.IGNORECASE and not ignorecase) or (add_flags | del_flags) & _CHARSET_FLAGS:
                return None, False
            chars, empty = _first_chars(sub.data, ignorecase)
        elif op is _sre.BRANCH:
            chars, empty = [], False
            for alternative in av[1]:  # type: ignore[index]
                alt_chars, alt_empty = _first_chars(alternative.data, ignorecase)
                if alt_chars is None:
                    return None, False
                chars += alt_chars
                empty = empty or alt_empty
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            least, _most, sub = av  # type: ignore[misc]
            chars, empty = _first_chars(sub.data, ignorecase)
            empty = empty or least == 0
        else:
            return None, False
        if chars is None:
            return None, False
        out += chars
        if not empty:
            return out, False
    return out, True


def first_char_gate(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with a look at the character its match begins with, put first: the same matches, found
    faster. A pattern that opens with a word boundary, a lookbehind or an alternation of groups makes `re`
    try every alternative at every place; the class of the characters a match can begin with (read from
    the parsed pattern, so that it follows any rule added to it) turns most places away at once. Exact: a
    match begins with a character of the class, and the look consumes nothing. A pattern the analysis cannot
    bound (one that may match empty, or begins with any character) is returned as it is."""
    source = pattern.pattern
    if re.match(r"\(\?[aiLmsux]+\)", source) or pattern.flags & re.VERBOSE:
        return pattern  # global flags must stay first; a verbose source may end in a comment
    tree = _sre_parse.parse(source, pattern.flags)
    chars, empty = _first_chars(tree.data, bool(pattern.flags & re.IGNORECASE))
    if chars is None or empty:
        return pattern
    # A pattern whose every alternative opens with a word boundary keeps it first: it turns away the
    # places inside words before the class is looked at.
    lead = r"\b" if _opens_with_boundary(tree.data) else ""
    return re.compile(f"{lead}(?=[{''.join(dict.fromkeys(chars))}])(?:{source})", pattern.flags)


def _opens_with_boundary(items: list[tuple[object, object]]) -> bool:
    if not items:
        return False
    op, av = items[0]
    if op is _sre.AT:
        return av is _sre.AT_BOUNDARY
    if op is _sre.BRANCH:
        return all(_opens_with_boundary(alternative.data) for alternative in av[1])  # type: ignore[index]
    if op is _sre.SUBPATTERN:
        return not (av[1] | av[2]) & _CHARSET_FLAGS and _opens_with_boundary(av[3].data)  # type: ignore[index]
    return False
