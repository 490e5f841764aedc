r"""`\bword` written to open with a literal, which `re` skips ahead to in a fast scan.

Python's `re` cannot skip ahead in a pattern that opens with `\b` (or a lookbehind): it tries the whole
pattern at every position of the text. A pattern that opens with a literal lets it jump in C to the places
where that literal is, and try the pattern only there. So `\bbut` is written `b(?<!\wb)ut`: the first letter,
then the word boundary before it looked back at from after it. Both match at the same positions: the letter
is a word character, so `\b` before it says only that no word character comes before it, and the
lookbehind, which reads that character and the literal just matched, says the same.

`word_start` builds that form, so a pattern reads `word_start("but")` rather than the idiom, which is hard
to read and easy to get wrong by hand (a lookbehind that does not repeat the literal before it exactly is no
word boundary). `first_char_gate` writes any pattern so by itself, one branch per character its match can
begin with, each opening with that character (`literal_first`), or, where that costs more, puts a look at
those characters first (`first_look`).
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


CATEGORY_SOURCES = {
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
                elif kind is _sre.CATEGORY and value in CATEGORY_SOURCES:
                    out.append(CATEGORY_SOURCES[value])
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


# Originals of the patterns `first_char_gate` rewrote as `literal_first` does, for tests to compare.
ORIGINALS: dict[re.Pattern[str], re.Pattern[str]] = {}


def first_char_gate(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` written to find its matches faster, the same ones: as `literal_first` writes it where that
    pays (see `_pays`), else with a look at the character its match begins with put first (`first_look`)."""
    branches = _literal_branches(pattern)
    if branches is not None and _pays(pattern, branches[0]):
        rewritten = re.compile(branches[1], pattern.flags & ~re.IGNORECASE)
        ORIGINALS[rewritten] = pattern
        return rewritten
    return first_look(pattern)


def first_look(pattern: re.Pattern[str]) -> re.Pattern[str]:
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


# --- one literal per first character ---------------------------------------------------------------------
#
# `first_look` turns most places away at once, but `re` still calls its matcher at every place of the
# text. A pattern that is an alternation of branches each opening with a literal character lets `re` skip in
# a fast scan to the places holding one of those characters, and try there only the branch of that
# character. `literal_first` writes a pattern so: one branch per character a match can begin with, the
# character, then what must match after it (the pattern's derivative by that character). Zero-width items met
# before the character (a `\b`, a lookbehind) are checked at the same place as before, by a lookbehind over
# the character just taken: `\bmet` is `m(?<=\bm)et`. Alternatives and repeats keep their order, so the same
# match is found, not only a match at the same place.

AT_SOURCES = {
    _sre.AT_BEGINNING: "^",
    _sre.AT_BEGINNING_STRING: r"\A",
    _sre.AT_END: "$",
    _sre.AT_END_STRING: r"\Z",
    _sre.AT_BOUNDARY: r"\b",
    _sre.AT_NON_BOUNDARY: r"\B",
}
_LOOKS = {
    (_sre.ASSERT, 1): "(?=",
    (_sre.ASSERT, -1): "(?<=",
    (_sre.ASSERT_NOT, 1): "(?!",
    (_sre.ASSERT_NOT, -1): "(?<!",
}
FLAG_LETTERS = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"))
# Past this many first characters the branches cost more to try than the gate saves.
_MOST_FIRSTS = 64
# Branches are tried in order, and every place holding a first character, inside a word or not, is tried:
# the most common letters come first. The branches start with different characters, so their order changes
# no match.
_ORDER = "etaoinsrhldcumwfgypbvkjxqzTSACMPBWHDFIRNLGEOUKJVYQZX"
# How often each letter stands in English news text (of all characters, spaces included), for `_pays`.
_SHARES = dict(
    zip(
        "etaoinsrhldcumwfgypbvkTSACMPBWHDFIRNLGEOUKJVYQZX",
        [0.1, 0.07, 0.065, 0.06, 0.06, 0.06, 0.055, 0.05, 0.04, 0.033, 0.033, 0.025, 0.022, 0.02, 0.015]
        + [0.018, 0.016, 0.014, 0.015, 0.012, 0.008, 0.006]
        + [0.002] * 26,
        strict=True,
    )
)


def _pays(pattern: re.Pattern[str], firsts: list[str]) -> bool:
    """Whether the rewrite is likely to be faster than the look (`first_look`): `re` calls its matcher at
    each place holding a first character, where with the look it calls it at every place but turns most
    away at once. A short pattern whose first characters are common letters (half the text) is found faster
    with the look; a long one, or one that opens with rarer letters, rewritten (measured on the devset's
    sentences: "ed" from 1.7 to 0.9 µs a search, the event pattern from 35 to 11 µs, the past tense from 2.9
    to 3.1). Either way the matches are the same."""
    share = sum(_SHARES.get(char, 0.001) for char in firsts)
    return share < 0.45 or len(pattern.pattern) >= 400


class _Unsupported(Exception):
    """An item the rewrite does not handle: the pattern is left as it is."""


_BMP: str | None = None


def _first_characters(items: list[str], ignorecase: bool) -> list[str] | None:
    """The characters the class of `items` matches (with IGNORECASE, every case of them), in `_ORDER`; None
    when they are too many or not all in the Basic Multilingual Plane. (No character outside it matches one
    inside it in any case, so looking through that plane is exact.)"""
    global _BMP
    if _BMP is None:
        _BMP = "".join(map(chr, range(0x10000)))
    if any(item.startswith("\\") and item[1:2].isalpha() for item in items):
        return None  # a category (`\w`, `\s`, `\d`): too many characters, some beyond the plane
    found = re.findall("[" + "".join(items) + "]", _BMP, re.IGNORECASE if ignorecase else 0)
    if not found or len(found) > _MOST_FIRSTS:
        return None
    return sorted(found, key=lambda c: (_ORDER.find(c) % (len(_ORDER) + 1), c))


def _escape(char: str) -> str:
    return re.escape(char)  # (what `re.escape` escapes is a literal in and out of a class alike)


def _flags_source(add: int, remove: int) -> str:
    if (add | remove) & ~(re.IGNORECASE | re.MULTILINE | re.DOTALL):
        raise _Unsupported
    on = "".join(letter for flag, letter in FLAG_LETTERS if add & flag)
    off = "".join(letter for flag, letter in FLAG_LETTERS if remove & flag)
    return on + ("-" + off if off else "")


def _class_source(items: list[tuple[object, object]]) -> str:
    parts = []
    negate = bool(items) and items[0][0] is _sre.NEGATE
    for kind, value in items[1:] if negate else items:
        if kind is _sre.LITERAL:
            parts.append(_escape(chr(value)))  # type: ignore[arg-type]
        elif kind is _sre.RANGE:
            parts.append(f"{_escape(chr(value[0]))}-{_escape(chr(value[1]))}")  # type: ignore[index]
        elif kind is _sre.CATEGORY and value in CATEGORY_SOURCES:
            parts.append(CATEGORY_SOURCES[value])
        else:
            raise _Unsupported
    return "[" + ("^" if negate else "") + "".join(parts) + "]"


def _source(items: object) -> str:
    """Pattern source for parsed items (a list or a parsed subpattern)."""
    return "".join(_item_source(op, av) for op, av in items)  # type: ignore[attr-defined]


def _item_source(op: object, av: object) -> str:
    if op is _sre.LITERAL:
        return _escape(chr(av))  # type: ignore[arg-type]
    if op is _sre.NOT_LITERAL:
        return "[^" + _escape(chr(av)) + "]"  # type: ignore[arg-type]
    if op is _sre.ANY:
        return "."
    if op is _sre.IN:
        return _class_source(av)  # type: ignore[arg-type]
    if op is _sre.AT:
        if av not in AT_SOURCES:
            raise _Unsupported
        return AT_SOURCES[av]
    if op is _sre.BRANCH:
        return "(?:" + "|".join(_source(alternative) for alternative in av[1]) + ")"  # type: ignore[index]
    if op is _sre.SUBPATTERN:
        group, add, remove, sub = av  # type: ignore[misc]
        if group is not None:
            raise _Unsupported  # a group's number would change where the pattern is written twice
        return "(?" + _flags_source(add, remove) + ":" + _source(sub) + ")"
    if op is _sre.MAX_REPEAT or op is _sre.MIN_REPEAT:
        least, most, sub = av  # type: ignore[misc]
        return _repeat_source(least, most, sub, op is _sre.MIN_REPEAT)
    if op is _sre.ASSERT or op is _sre.ASSERT_NOT:
        direction, sub = av  # type: ignore[misc]
        return _LOOKS[(op, direction)] + _source(sub) + ")"
    raise _Unsupported


def _repeat_source(least: int, most: int, sub: object, lazy: bool) -> str:
    if most == 0:
        return ""
    bound = f"{{{least},}}" if most == _sre.MAXREPEAT else f"{{{least},{most}}}"
    return "(?:" + _source(sub) + ")" + bound + ("?" if lazy else "")


def _either(ways: list[str]) -> str:
    return ways[0] if len(ways) == 1 else "(?:" + "|".join(ways) + ")"


def _may_be_empty(sub: object) -> bool:
    return sub.getwidth()[0] == 0  # type: ignore[attr-defined]


_ONE_CHAR: dict[tuple[str, int], re.Pattern[str]] = {}


def _takes(op: object, av: object, char: str, flags: int) -> bool:
    """Whether the one-character item matches `char` (under the flags in force where it stands)."""
    key = (_item_source(op, av), flags)
    pattern = _ONE_CHAR.get(key)
    if pattern is None:
        pattern = _ONE_CHAR[key] = re.compile(key[0], flags)
    return pattern.fullmatch(char) is not None


def _after(items: list[tuple[object, object]], char: str, flags: int, looks: str = "") -> str | None:
    """The source of what must match after `char` for `items` to match from the place of `char`: None when
    no match of them starts with it. `looks` are zero-width items met before, checked at that place."""
    i = 0
    while i < len(items):
        op, av = items[i]
        if op is _sre.AT or op is _sre.ASSERT or op is _sre.ASSERT_NOT:
            looks += _item_source(op, av)
            i += 1
            continue
        rest = items[i + 1 :]
        look = f"(?<={looks}{_escape(char)})" if looks else ""
        if op in (_sre.LITERAL, _sre.NOT_LITERAL, _sre.IN, _sre.ANY):
            return look + _source(rest) if _takes(op, av, char, flags) else None
        if op is _sre.BRANCH:
            ways: list[str] = []
            run: list[str] = []  # alternatives that take a character: the rest follows them all at once
            for alternative in av[1]:  # type: ignore[index]
                if _may_be_empty(alternative):
                    # the way through it that takes nothing goes on into the rest: derived together
                    if run:
                        ways.append(_either(run) + _source(rest))
                        run = []
                    way = _after([*alternative.data, *rest], char, flags)
                    if way is not None:
                        ways.append(way)
                    continue
                way = _after(list(alternative.data), char, flags)
                if way is not None:
                    run.append(way)
            if run:
                ways.append(_either(run) + _source(rest))
            return look + _either(ways) if ways else None
        if op is _sre.SUBPATTERN:
            group, add, remove, sub = av  # type: ignore[misc]
            if group is not None:
                raise _Unsupported
            if not (add or remove):
                items = [*sub.data, *rest]  # a plain group: its items and the rest are one sequence
                i = 0
                continue
            if _may_be_empty(sub):
                raise _Unsupported
            inner = _after(list(sub.data), char, (flags | add) & ~remove)
            if inner is None:
                return None
            return look + "(?" + _flags_source(add, remove) + ":" + inner + ")" + _source(rest)
        if op is _sre.MAX_REPEAT or op is _sre.MIN_REPEAT:
            least, most, sub = av  # type: ignore[misc]
            lazy = op is _sre.MIN_REPEAT
            if _may_be_empty(sub):
                raise _Unsupported
            first = _after(list(sub.data), char, flags)
            taken = None
            if first is not None:
                more = most if most == _sre.MAXREPEAT else most - 1
                taken = first + _repeat_source(max(least - 1, 0), more, sub, lazy) + _source(rest)
            if least > 0:
                return look + taken if taken is not None else None
            skipped = _after(rest, char, flags)
            # greedy: the repeat taken first, then left out; lazy: the other way round
            ways = [way for way in ((skipped, taken) if lazy else (taken, skipped)) if way is not None]
            return look + _either(ways) if ways else None
        raise _Unsupported
    raise _Unsupported  # no character taken: the pattern may match empty here


def literal_first(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """`pattern` written as one branch per character its match can begin with, that character first (see
    above): the same matches, found without trying every place. None when the rewrite does not apply: a
    pattern with groups (written once per character, they would be numbered anew), one that may match empty
    or begin with too many characters, or one with items the rewrite does not know."""
    branches = _literal_branches(pattern)
    return None if branches is None else re.compile(branches[1], pattern.flags & ~re.IGNORECASE)


def _literal_branches(pattern: re.Pattern[str]) -> tuple[list[str], str] | None:
    """The first characters of `pattern`'s matches and its source as `literal_first` writes it."""
    source = pattern.pattern
    flags = pattern.flags
    if pattern.groups or re.match(r"\(\?[aiLmsux]+\)", source) or flags & (re.VERBOSE | re.LOCALE | re.ASCII):
        return None
    tree = _sre_parse.parse(source, flags)
    ignorecase = bool(flags & re.IGNORECASE)
    items, empty = _first_chars(tree.data, ignorecase)
    if items is None or empty:
        return None
    chars = _first_characters(items, ignorecase)
    if chars is None:
        return None
    firsts: list[str] = []
    branches: list[str] = []
    try:
        for char in chars:
            rest = _after(list(tree.data), char, flags)
            if rest is not None:
                firsts.append(char)
                # under IGNORECASE the character stands as it is, so that `re` can scan for it
                branches.append(_escape(char) + (f"(?i:{rest})" if ignorecase and rest else rest))
    except _Unsupported:
        return None
    return (firsts, "|".join(branches)) if branches else None
