r"""Patterns rewritten by the character their match begins with: the same matches, found faster.

Python's `re` cannot skip ahead in a pattern that opens with `\b`, a lookbehind or an alternation of groups:
it tries the whole pattern at every place of the text, and a long alternation at every word. Three forms
read the parsed pattern (so that they follow any rule added to it):

- `first_look` puts a look at the class of the characters a match can begin with first,
  "\b(?=[msc])(?:\b(?:met|saw|convene))": most places are turned away at once.
- `literal_first` writes one branch per such character, led by it as a literal, "m(?<!\wm)et|s(?<!\ws)aw":
  `re` scans in C for the places holding one of them and tries there only the branch of that character.
  `first_char_gate` writes a pattern so where that pays (`_pays`), else with the look.
- `first_char_dispatch` writes a long alternation that opens with `\b` as `\b`, then one branch per first
  character holding only the alternatives that can begin with it: "\b(?:m(?:et|eet|...)|r(?:eceived|...))".
  `re` skips a branch whose first character is not the text's in a few instructions, so a word is tried
  against the few alternatives of its first letter (a third to half of the cost).

The two rewrites share one engine: the derivative of the pattern by a character c (`_after`: what is left to
match once c is matched), which is exact. Each alternative is replaced by its derivative by c, in the order
of the alternatives, so that at any place the alternatives that can match there are tried in the same order
as before, and the same match is found, not only a match at the same place. Zero-width items before the
first character move past it as lookbehinds over it ("(?<!panel )" becomes "(?<!panel h)" in the "h"
branch; `\b` becomes the lookbehind it then is, "(?<!\wm)" before a word character; `^a` becomes
"a(?<=^a)"), a lookahead is derived by c in turn, and a repeat that opens an alternative is unrolled once
("(?:re)?convene": "r" then "e", or "c"). Only the pattern up to its first item that always consumes a
character is derived; what follows it is written once after the branches, as it was (capturing groups
included). Under IGNORECASE the branches are split by the exact character (one for "m", one for "M", one
for each character outside ASCII that matches a letter), so that `re` still compares characters as they
are. The tests compare each rewritten pattern with its source on random texts
(`tests/extract/test_pattern_rewrites.py`).
"""

from __future__ import annotations

import functools
import re
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any

_Item = tuple[Any, Any]  # an item of `re._parser`: an opcode and its argument


class _Unsupported(ValueError):
    """An item the rewrite does not read: the pattern is given another form, or left as it is."""


# --- the unparser: pattern source for parsed items ---------------------------------------------------------

_CATEGORY_SOURCES = {
    _sre.CATEGORY_SPACE: r"\s",
    _sre.CATEGORY_NOT_SPACE: r"\S",
    _sre.CATEGORY_DIGIT: r"\d",
    _sre.CATEGORY_NOT_DIGIT: r"\D",
    _sre.CATEGORY_WORD: r"\w",
    _sre.CATEGORY_NOT_WORD: r"\W",
}
_AT_SOURCES = {
    _sre.AT_BEGINNING: "^",
    _sre.AT_BEGINNING_STRING: r"\A",
    _sre.AT_END: "$",
    _sre.AT_END_STRING: r"\Z",
    _sre.AT_BOUNDARY: r"\b",
    _sre.AT_NON_BOUNDARY: r"\B",
}
_FLAG_LETTERS = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"))
# Flags a group may set and the rewrites follow; the others change what `\w` or `\b` mean.
_GROUP_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL


def _char_source(char: str) -> str:
    return {"\n": r"\n", "\t": r"\t"}.get(char, re.escape(char))


def _members_source(members: list[_Item]) -> str:
    """The members of a class (literals, ranges, categories) as they stand between its brackets."""
    out: list[str] = []
    for kind, value in members:
        if kind is _sre.LITERAL:
            out.append(_char_source(chr(value)))
        elif kind is _sre.RANGE:
            out.append(f"{_char_source(chr(value[0]))}-{_char_source(chr(value[1]))}")
        elif kind is _sre.CATEGORY and value in _CATEGORY_SOURCES:
            out.append(_CATEGORY_SOURCES[value])
        else:
            raise _Unsupported(kind)
    return "".join(out)


def _unparse(items: Any, names: dict[int, str] | None = None) -> str:
    """Pattern source for parsed items (of `re._parser`): parsing undone, for what the patterns here use.
    Capturing groups only with `names`, the names of the pattern's named groups by number."""
    out: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL:
            out.append(_char_source(chr(av)))
        elif op is _sre.NOT_LITERAL:
            out.append(f"[^{_char_source(chr(av))}]")
        elif op is _sre.ANY:
            out.append(".")
        elif op is _sre.IN:
            negated = bool(av) and av[0][0] is _sre.NEGATE
            out.append(f"[{'^' if negated else ''}{_members_source(av[1:] if negated else av)}]")
        elif op is _sre.AT:
            out.append(_AT_SOURCES[av])
        elif op is _sre.SUBPATTERN:
            group, add, delete, sub = av
            if group is None:
                if (add | delete) & ~_GROUP_FLAGS:
                    raise _Unsupported("a flag")
                on = "".join(letter for flag, letter in _FLAG_LETTERS if add & flag)
                off = "".join(letter for flag, letter in _FLAG_LETTERS if delete & flag)
                out.append(f"(?{on}{'-' + off if off else ''}:{_unparse(sub, names)})")
            elif names is None:
                raise _Unsupported("a capturing group")  # written once per character, it would be renumbered
            else:
                name = names.get(group)
                out.append(f"{f'(?P<{name}>' if name else '('}{_unparse(sub, names)})")
        elif op is _sre.BRANCH:
            out.append("(?:" + "|".join(_unparse(alternative, names) for alternative in av[1]) + ")")
        elif op is _sre.MAX_REPEAT or op is _sre.MIN_REPEAT:
            least, most, sub = av
            if most == 0:
                continue
            bound = "" if most == _sre.MAXREPEAT else str(most)
            lazy = "?" if op is _sre.MIN_REPEAT else ""
            out.append(f"(?:{_unparse(sub, names)}){{{least},{bound}}}{lazy}")
        elif op is _sre.ASSERT or op is _sre.ASSERT_NOT:
            direction, sub = av
            kind = "=" if op is _sre.ASSERT else "!"
            out.append(f"(?{'<' if direction < 0 else ''}{kind}{_unparse(sub, names)})")
        else:
            raise _Unsupported(op)
    return "".join(out)


def _alternatives_source(alternatives: list[list[_Item]]) -> str:
    """The alternatives as one pattern, their common head (a lookbehind `\\b` became, mostly) written once."""
    written = [[_unparse([item]) for item in alternative] for alternative in alternatives]
    head = ""
    while all(written) and all(alternative[0] == written[0][0] for alternative in written):
        head += written[0][0]
        written = [alternative[1:] for alternative in written]
    body = "|".join("".join(alternative) for alternative in written)
    return head + (f"(?:{body})" if len(written) > 1 else body)


# --- the characters a match can begin with ------------------------------------------------------------------


def _first_items(items: Any, flags: int) -> tuple[list[tuple[_Item, int]], bool]:
    """The one-character items (literals and classes, with the flags in force where they stand) one of which a
    match of `items` begins with, and whether it can match without consuming one."""
    out: list[tuple[_Item, int]] = []
    for item in items:
        op, av = item
        if op is _sre.LITERAL or op is _sre.IN:
            return [*out, (item, flags)], False
        if op is _sre.AT or op is _sre.ASSERT or op is _sre.ASSERT_NOT:
            continue  # zero-width: the first character is that of what follows
        if op is _sre.SUBPATTERN:
            if (av[1] | av[2]) & ~_GROUP_FLAGS:
                raise _Unsupported("a flag")
            firsts, empty = _first_items(av[3], (flags | av[1]) & ~av[2])
        elif op is _sre.BRANCH:
            firsts, empty = [], False
            for alternative in av[1]:
                alternative_firsts, alternative_empty = _first_items(alternative, flags)
                firsts += alternative_firsts
                empty = empty or alternative_empty
        elif op is _sre.MAX_REPEAT or op is _sre.MIN_REPEAT:
            firsts, empty = _first_items(av[2], flags)
            empty = empty or av[0] == 0
        else:
            raise _Unsupported(op)  # any character, a negated literal: too many first characters
        out += firsts
        if not empty:
            return out, False
    return out, True


# Past this many first characters the branches cost more to try than they save.
_MOST_FIRSTS = 64


@functools.cache
def _bmp() -> str:
    return "".join(map(chr, range(0x10000)))


def _characters(firsts: list[tuple[_Item, int]], order: str) -> list[str]:
    """Every character the items match (with IGNORECASE, every case of them), in `order` (others after it).
    The Basic Multilingual Plane is looked through: no character outside it matches one inside it in any case
    (a test checks), and a class that reaches beyond it is refused."""
    classes: dict[int, list[str]] = {}
    for (op, av), flags in firsts:
        members = [(op, av)] if op is _sre.LITERAL else av
        for kind, value in members:
            if kind is _sre.CATEGORY and value is _sre.CATEGORY_SPACE:
                continue  # white space, all in the plane: a branch for each ("\\s+when": " ", "\\n", ...)
            if kind is not _sre.LITERAL and kind is not _sre.RANGE:
                raise _Unsupported("too many first characters")  # another category, a negated class
            if (value[1] if kind is _sre.RANGE else value) > 0xFFFF:
                raise _Unsupported("a character beyond the plane")
        classes.setdefault(flags & re.IGNORECASE, []).append(_members_source(members))
    found = set().union(*(re.findall(f"[{''.join(parts)}]", _bmp(), case) for case, parts in classes.items()))
    if len(found) > _MOST_FIRSTS:
        raise _Unsupported("too many first characters")
    return sorted(found, key=lambda char: (order.find(char) % (len(order) + 1), char))


# --- the derivative ---------------------------------------------------------------------------------------

_STATE = _sre_parse.State()


def _matches(item: _Item, char: str, flags: int) -> bool:
    """Whether the one-character item matches `char` under the flags in force where it stands."""
    return re.fullmatch(_unparse([item]), char, flags) is not None


def _behind(item: _Item, char: str) -> _Item:
    """The zero-width `item` met before `char`, checked at the same place from just after it: a lookbehind
    over `char`. `\\b` before a word character is "(?<!\\wm)" (no word character before it)."""
    op, av = item
    if op is _sre.AT and av in (_sre.AT_BOUNDARY, _sre.AT_NON_BOUNDARY):
        negative = (re.match(r"\w", char) is not None) == (av is _sre.AT_BOUNDARY)
        return _sre_parse.parse(("(?<!" if negative else "(?<=") + r"\w" + _char_source(char) + ")").data[0]
    if op is _sre.AT:
        return (_sre.ASSERT, (-1, _sre_parse.SubPattern(_STATE, [item, (_sre.LITERAL, ord(char))])))
    # a lookbehind reads on over the character: "(?<!panel )" before "h" is "(?<!panel h)" after it
    behind = [(_sre.SUBPATTERN, (None, 0, 0, av[1])), (_sre.LITERAL, ord(char))]
    return (op, (-1, _sre_parse.SubPattern(_STATE, behind)))


def _after(items: list[_Item], char: str, flags: int) -> list[list[_Item]]:
    """The derivative of `items` (under `flags`) by `char`: the alternatives, in the order they are tried,
    that match the rest of a match of `items` at a place holding `char`, from just after it."""
    if not items:
        raise _Unsupported("a match that may be empty")
    item, rest = items[0], items[1:]
    op, av = item
    if op is _sre.LITERAL or op is _sre.NOT_LITERAL or op is _sre.IN or op is _sre.ANY:
        return [rest] if _matches(item, char, flags) else []
    if op is _sre.AT or (op is _sre.ASSERT or op is _sre.ASSERT_NOT) and av[0] < 0:
        behind = _behind(item, char)
        return [[behind, *alternative] for alternative in _after(rest, char, flags)]
    if op is _sre.ASSERT or op is _sre.ASSERT_NOT:
        # a lookahead is derived by the character in turn
        if av[1].getwidth()[0] == 0:
            raise _Unsupported("a lookahead that may be empty")
        inner = _after(list(av[1]), char, flags)
        if not inner:
            return [] if op is _sre.ASSERT else _after(rest, char, flags)
        body = [(_sre.BRANCH, (None, [_sre_parse.SubPattern(_STATE, alternative) for alternative in inner]))]
        ahead = (op, (1, _sre_parse.SubPattern(_STATE, body)))
        return [[ahead, *alternative] for alternative in _after(rest, char, flags)]
    if op is _sre.SUBPATTERN:
        group, add, delete, sub = av
        if group is not None:
            raise _Unsupported("a capturing group")
        inner_flags = (flags | add) & ~delete
        if inner_flags == flags:
            return _after([*sub, *rest], char, flags)
        if sub.getwidth()[0] == 0:
            raise _Unsupported("a group with flags that may be empty")
        return [
            [(_sre.SUBPATTERN, (None, add, delete, _sre_parse.SubPattern(_STATE, alternative))), *rest]
            for alternative in _after(list(sub), char, inner_flags)
        ]
    if op is _sre.BRANCH:
        found: list[list[_Item]] = []
        for alternative in av[1]:
            found += _after([*alternative, *rest], char, flags)
        return found
    if op is _sre.MAX_REPEAT or op is _sre.MIN_REPEAT:
        least, most, sub = av
        if sub.getwidth()[0] == 0:
            raise _Unsupported("a repeat that may match empty")
        if most == 0:
            return _after(rest, char, flags)
        more = (op, (max(least - 1, 0), most if most == _sre.MAXREPEAT else most - 1, sub))
        once = _after([*sub, more, *rest], char, flags)
        if least > 0:
            return once
        # greedy: one more first, then none; lazy: none first
        never = _after(rest, char, flags)
        return once + never if op is _sre.MAX_REPEAT else never + once
    raise _Unsupported(op)


def _derived(pattern: re.Pattern[str], order: str) -> tuple[list[tuple[str, list[list[_Item]]]], str]:
    """The branches of `pattern` (each character a match can begin with, in `order`, and the pattern's
    derivative by it) and the source of its tail, which they are followed by: the pattern from just after its
    first item that always consumes a character (which can hold capturing groups)."""
    if pattern.flags & (re.VERBOSE | re.ASCII | re.LOCALE):
        raise _Unsupported("flags")
    tree = _sre_parse.parse(pattern.pattern, pattern.flags)
    items = list(tree)
    widths = (_sre_parse.SubPattern(tree.state, [item]).getwidth()[0] for item in items)
    first = next((i for i, width in enumerate(widths) if width > 0), None)
    if first is None:
        raise _Unsupported("a match that may be empty")
    head, tail = items[: first + 1], items[first + 1 :]
    firsts, _empty = _first_items(head, pattern.flags)
    branches = [(char, _after(head, char, pattern.flags)) for char in _characters(firsts, order)]
    branches = [(char, alternatives) for char, alternatives in branches if alternatives]
    if not branches:
        raise _Unsupported("no match")
    names = {number: name for name, number in pattern.groupindex.items()}
    return branches, _unparse(tail, names)


# Originals of the patterns rewritten here, for the tests to compare.
ORIGINALS: dict[re.Pattern[str], re.Pattern[str]] = {}


def _rewritten(pattern: re.Pattern[str], source: str, flags: int) -> re.Pattern[str]:
    rewritten = re.compile(source, flags)
    if (rewritten.groups, rewritten.groupindex) != (pattern.groups, pattern.groupindex):
        raise _Unsupported("a group lost")  # (a group in a repeat of none)
    ORIGINALS[rewritten] = pattern
    return rewritten


# --- the forms --------------------------------------------------------------------------------------------


def first_look(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with a look at the character its match begins with, put first: the same matches, found
    faster. Exact: a match begins with a character of the class, and the look consumes nothing. A pattern the
    analysis cannot bound (one that may match empty, or begins with any character) is returned as it is."""
    source = pattern.pattern
    if re.match(r"\(\?[aiLmsux]+\)", source) or pattern.flags & re.VERBOSE:
        return pattern  # global flags must stay first; a verbose source may end in a comment
    tree = _sre_parse.parse(source, pattern.flags)
    try:
        firsts, empty = _first_items(tree, pattern.flags)
        if empty or any(flags & ~pattern.flags & re.IGNORECASE for _item, flags in firsts):
            return (
                pattern  # (a case-insensitive group in a case-sensitive pattern: the class would miss cases)
            )
        members: list[_Item] = []
        for (op, av), _flags in firsts:
            members += [(op, av)] if op is _sre.LITERAL else av
        look = _members_source(list(dict.fromkeys(members)))
    except _Unsupported:
        return pattern
    # A pattern whose every alternative opens with a word boundary keeps it first: it turns away the places
    # inside words before the class is looked at.
    lead = r"\b" if _opens_with_boundary(tree) else ""
    return re.compile(f"{lead}(?=[{look}])(?:{source})", pattern.flags)


def _opens_with_boundary(items: Any) -> bool:
    if not items:
        return False
    op, av = items[0]
    if op is _sre.AT:
        return av is _sre.AT_BOUNDARY
    if op is _sre.BRANCH:
        return all(_opens_with_boundary(alternative) for alternative in av[1])
    return op is _sre.SUBPATTERN and _opens_with_boundary(av[3])


# Branches are tried in order, and every place holding a first character, inside a word or not, is tried:
# the most common letters come first. The branches start with different characters, so their order changes
# no match.
_ORDER = " etaoinsrhldcumwfgypbvkjxqzTSACMPBWHDFIRNLGEOUKJVYQZX"
# How often each letter stands in English news text (of all characters, spaces included), for `_pays`.
_SHARES = dict(
    zip(
        " etaoinsrhldcumwfgypbvkTSACMPBWHDFIRNLGEOUKJVYQZX",
        [0.17, 0.1, 0.07, 0.065, 0.06, 0.06, 0.06, 0.055, 0.05, 0.04, 0.033, 0.033, 0.025, 0.022, 0.02, 0.015]
        + [0.018, 0.016, 0.014, 0.015, 0.012, 0.008, 0.006]
        + [0.002] * 26,
        strict=True,
    )
)


def literal_first(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """`pattern` written as one branch per character its match can begin with, that character first, as a
    literal (see above): the same matches, found without trying every place. None when the rewrite does not
    apply: a pattern with a capturing group before its first character, one that may match empty or begin
    with too many characters, or one with items the rewrite does not know."""
    try:
        return _literal_first(pattern, *_derived(pattern, _ORDER))
    except _Unsupported:
        return None


def _literal_first(
    pattern: re.Pattern[str], branches: list[tuple[str, list[list[_Item]]]], tail: str
) -> re.Pattern[str]:
    # under IGNORECASE the character stands as it is, so that `re` can scan for it, and the rest is case-blind
    def blind(source: str) -> str:
        return f"(?i:{source})" if pattern.flags & re.IGNORECASE and source else source

    ways = [_char_source(char) + blind(_alternatives_source(alternatives)) for char, alternatives in branches]
    source = "|".join(ways) if not tail else ways[0] if len(ways) == 1 else f"(?:{'|'.join(ways)})"
    return _rewritten(pattern, source + blind(tail), pattern.flags & ~re.IGNORECASE)


def _pays(pattern: re.Pattern[str], firsts: list[str]) -> bool:
    """Whether the rewrite is likely to be faster than the look (`first_look`): `re` calls its matcher at
    each place holding a first character, where with the look it calls it at every place but turns most
    away at once. A short pattern whose first characters are common letters (half the text) is found faster
    with the look; a long one, or one that opens with rarer letters, rewritten (measured on the devset's
    sentences: "ed" from 1.7 to 0.9 µs a search, the event pattern from 35 to 11 µs, the past tense from 2.9
    to 3.1). Either way the matches are the same."""
    share = sum(_SHARES.get(char, 0.001) for char in firsts)
    return share < 0.45 or len(pattern.pattern) >= 400


def first_char_gate(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` written to find its matches faster, the same ones: as `literal_first` writes it where that
    pays (see `_pays`), else with a look at the character its match begins with put first (`first_look`)."""
    try:
        branches, tail = _derived(pattern, _ORDER)
        if _pays(pattern, [char for char, _alternatives in branches]):
            return _literal_first(pattern, branches, tail)
    except _Unsupported:
        pass
    return first_look(pattern)


# Branches in the order of how often words begin with their letter: a branch is found after those before it.
_DISPATCH_ORDER = " tasowicbphfmdrelngvuykjqzxTASOWICBPHFMDRELNGVUYKJQZX"


def first_char_dispatch(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` as one branch per character its match can begin with, after `\\b` when every match begins
    with a word character that no word character comes before (`\\b` or a lookbehind of one): `\\b` turns
    away the places inside words before any branch is looked at. A pattern the derivation cannot read (a
    capturing group before its first character, a class too wide to list, a match that may be empty) is
    given to `first_char_gate` instead."""
    try:
        branches, tail = _derived(pattern, _DISPATCH_ORDER)
        # `\b` first when every alternative begins with a lookbehind that no word character may stand
        # before, on a word character: `\b` is then true wherever a match begins (and stands for the
        # lookbehind `\b` itself became, which is dropped)
        boundary = all(
            re.match(r"\w", char) and all(alt and _word_barred(alt[0], char) for alt in alternatives)
            for char, alternatives in branches
        )
        # The branches of characters whose rest reads the same ("m" and "M" under IGNORECASE) are one, led
        # by the class of those characters, in the place of the first of them.
        rests: dict[str, list[str]] = {}
        for char, alternatives in branches:
            if boundary:
                alternatives = [
                    alt[1:] if _word_barred(alt[0], char) == "only" else alt for alt in alternatives
                ]
            rests.setdefault(_alternatives_source(alternatives), []).append(char)
        sources: list[str] = []
        for rest, chars in rests.items():
            lead = "".join(map(_char_source, chars))
            lead = lead if len(chars) == 1 else f"[{lead}]"
            # (a class or a literal compared as it is: `re` skips a branch led by one in a few instructions)
            sources.append((f"(?-i:{lead})" if pattern.flags & re.IGNORECASE else lead) + rest)
        source = (r"\b" if boundary else "") + "(?:" + "|".join(sources) + ")" + tail
        return _rewritten(pattern, source, pattern.flags)
    except _Unsupported:
        return first_char_gate(pattern)


def _word_barred(item: _Item, char: str) -> str | None:
    """Whether `item`, the first of an alternative derived by `char`, is a lookbehind that no word character
    may stand before: "only" when it says no more ("(?<!\\wm)", what `\\b` became), "more" when its class
    holds more than the word characters ("(?<![\\w-]m)"), else None."""
    op, av = item
    if op is not _sre.ASSERT_NOT or av[0] != -1:
        return None
    looked = list(av[1])
    if len(looked) != 2 or looked[1] != (_sre.LITERAL, ord(char)):
        return None
    before = looked[0]
    if before[0] is _sre.SUBPATTERN and before[1][0] is None and not (before[1][1] | before[1][2]):
        inner = list(before[1][3])
        before = inner[0] if len(inner) == 1 else (None, None)
    if before[0] is not _sre.IN or (_sre.CATEGORY, _sre.CATEGORY_WORD) not in before[1]:
        return None
    if any(kind is _sre.NEGATE for kind, _value in before[1]):
        return None
    return "only" if len(before[1]) == 1 else "more"
