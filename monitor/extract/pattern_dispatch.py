"""Long alternations rewritten as one branch per character a match can begin with (`first_char_dispatch`):
the same matches, found at a third to half of the cost. Why the rewrite is exact is told below; the tests
compare every rewritten pattern with its source on random texts (`tests/extract/test_pattern_rewrites.py`)."""

from __future__ import annotations

import re
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any

from monitor.extract.literal_first import AT_SOURCES, CATEGORY_SOURCES, FLAG_LETTERS, first_char_gate

# A long alternation that opens with `\b` ("\b(?:met|meet|received|...)") makes `re` try every alternative
# at every word of the text: tens of microseconds a search. `first_char_dispatch` rewrites such a pattern as
# one branch per character a match can begin with, each holding only the alternatives that can begin with
# it, read on from just after that character: "\b(?:m(?:et|eet|...)|r(?:eceived|...)|...)". `re` skips a
# branch whose first character is not the text's in a few instructions, so a word is tried against the few
# alternatives of its first letter.
#
# The rewrite is exact: for each character c, each alternative is replaced by its derivative by c (what is
# left to match once c is matched), in the order of the alternatives, so that at any place the alternatives
# that can match there are tried in the same order as before. Zero-width items before the first character
# move past it: a lookbehind takes c at its end ("(?<!panel )" becomes "(?<!panel h)" in the "h" branch),
# `\b` becomes the lookbehind it then is ("(?<!\wm)" before a word character), a lookahead is derived by c
# in turn. A repeat that opens an alternative is unrolled once ("(?:re)?convene": "r" then "e", or "c").
# Under IGNORECASE the branches are split by the exact character (a branch for "m" and one for "M", and one
# for each of the few characters outside ASCII that match an ASCII letter), so that `re` still compares
# characters as they are. The tests compare each rewritten pattern with its source on random texts.

# Characters outside ASCII that match an ASCII letter under IGNORECASE ("İ" and "ı" match "i", "ſ" matches
# "s", the Kelvin sign matches "k"): checked over all of Unicode in the tests.
CASE_FOLDS_INTO_ASCII = "\u0130\u0131\u017f\u212a"
# Branches in the order of how often words begin with their letter: a branch is found after those before it.
_DISPATCH_ORDER = "tasowicbphfmdrelngvuykjqzxTASOWICBPHFMDRELNGVUYKJQZX"

_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
_Item = tuple[Any, Any]  # an item of `re._parser`: an opcode and its argument


class _NotDispatchable(ValueError):
    pass


def _char_source(char: str) -> str:
    return {"\n": r"\n", "\t": r"\t"}.get(char, re.escape(char))


def _unparse(items: list[_Item], names: dict[int, str] | None = None) -> str:
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
            members: list[str] = []
            for kind, value in av[1:] if negated else av:
                if kind is _sre.LITERAL:
                    members.append(_char_source(chr(value)))
                elif kind is _sre.RANGE:
                    members.append(f"{_char_source(chr(value[0]))}-{_char_source(chr(value[1]))}")
                elif kind is _sre.CATEGORY and value in CATEGORY_SOURCES:
                    members.append(CATEGORY_SOURCES[value])
                else:
                    raise _NotDispatchable(kind)
            out.append(f"[{'^' if negated else ''}{''.join(members)}]")
        elif op is _sre.AT:
            out.append(AT_SOURCES[av])
        elif op is _sre.SUBPATTERN:
            group, add, delete, sub = av
            if group is not None:
                if names is None:
                    raise _NotDispatchable("a capturing group")
                name = names.get(group)
                out.append(f"(?P<{name}>" if name else "(")
                out.append(_unparse(sub.data, names) + ")")
                continue
            if (add | delete) & ~(re.IGNORECASE | re.MULTILINE | re.DOTALL):
                raise _NotDispatchable("a flag")
            flags = "".join(c for f, c in FLAG_LETTERS if add & f)
            if delete:
                flags += "-" + "".join(c for f, c in FLAG_LETTERS if delete & f)
            out.append(f"(?{flags}:{_unparse(sub.data, names)})")
        elif op is _sre.BRANCH:
            out.append("(?:" + "|".join(_unparse(alt.data, names) for alt in av[1]) + ")")
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            least, most, sub = av
            if most == 0:
                continue
            bound = "" if most is _sre.MAXREPEAT else str(most)
            lazy = "?" if op is _sre.MIN_REPEAT else ""
            out.append(f"(?:{_unparse(sub.data, names)}){{{least},{bound}}}{lazy}")
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            direction, sub = av
            kind = "=" if op is _sre.ASSERT else "!"
            out.append(f"(?{'<' if direction < 0 else ''}{kind}{_unparse(sub.data, names)})")
        else:
            raise _NotDispatchable(op)
    return "".join(out)


def _matches(item: _Item, char: str, flags: int) -> bool:
    return re.fullmatch(_unparse([item]), char, flags) is not None


def _chars_of(item: _Item, flags: int) -> list[str]:
    """Every character that one character item (a literal or a class) matches under `flags`."""
    op, av = item
    listed: list[str] = []
    if op is _sre.LITERAL:
        listed.append(chr(av))
    elif op is _sre.IN:
        for kind, value in av:
            if kind is _sre.LITERAL:
                listed.append(chr(value))
            elif kind is _sre.RANGE and value[1] - value[0] < 128:
                listed += [chr(c) for c in range(value[0], value[1] + 1)]
            else:
                raise _NotDispatchable("a class too wide to list")
    else:
        raise _NotDispatchable(op)
    if flags & re.IGNORECASE:
        if not all(c.isascii() for c in listed):
            raise _NotDispatchable("a character outside ASCII under IGNORECASE")
        listed += [*(c.swapcase() for c in listed), *CASE_FOLDS_INTO_ASCII]
    return [c for c in dict.fromkeys(listed) if _matches(item, c, flags)]


def _first_chars(items: list[_Item], flags: int) -> tuple[list[str], bool]:
    """The characters a match of `items` can begin with (some may begin none), and whether it can be
    empty."""
    out: list[str] = []
    for item in items:
        op, av = item
        if op in (_sre.LITERAL, _sre.IN):
            return out + _chars_of(item, flags), False
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero-width
        if op is _sre.SUBPATTERN:
            chars, empty = _first_chars(av[3].data, (flags | av[1]) & ~av[2])
        elif op is _sre.BRANCH:
            chars, empty = [], False
            for alternative in av[1]:
                alt_chars, alt_empty = _first_chars(alternative.data, flags)
                chars += alt_chars
                empty = empty or alt_empty
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            chars, empty = _first_chars(av[2].data, flags)
            empty = empty or av[0] == 0
        else:
            raise _NotDispatchable(op)
        out += chars
        if not empty:
            return out, False
    return out, True


def _after(items: list[_Item], char: str, flags: int) -> list[list[_Item]]:
    """The derivative of `items` (under `flags`) by `char`: the alternatives, in the order they are tried,
    that match the rest of a match of `items` at a place holding `char`, from just after it."""
    if not items:
        raise _NotDispatchable("a match that may be empty")
    item, rest = items[0], items[1:]
    op, av = item
    if op in (_sre.LITERAL, _sre.NOT_LITERAL, _sre.IN, _sre.ANY):
        return [rest] if _matches(item, char, flags) else []
    if op is _sre.AT:
        # `\b` before a word character: no word character before it, looked back at from after it
        word = re.match(r"\w", char) is not None
        if av is _sre.AT_BOUNDARY:
            negative = word
        elif av is _sre.AT_NON_BOUNDARY:
            negative = not word
        else:
            raise _NotDispatchable(av)
        look = ("(?<!" if negative else "(?<=") + r"\w" + _char_source(char) + ")"
        behind = list(_sre_parse.parse(look).data)
        return [behind + alternative for alternative in _after(rest, char, flags)]
    if op in (_sre.ASSERT, _sre.ASSERT_NOT):
        direction, sub = av
        if direction < 0:
            # a lookbehind reads on over the character: "(?<!panel )" before "h" is "(?<!panel h)" after it
            behind = _sre_parse.SubPattern(
                sub.state, [(_sre.SUBPATTERN, (None, 0, 0, sub)), (_sre.LITERAL, ord(char))]
            )
            return [[(op, (direction, behind))] + alternative for alternative in _after(rest, char, flags)]
        if sub.getwidth()[0] == 0:
            raise _NotDispatchable("a lookahead that may be empty")
        inner = _after(list(sub.data), char, flags)
        if not inner:
            return [] if op is _sre.ASSERT else _after(rest, char, flags)
        body = _sre_parse.SubPattern(
            sub.state, [(_sre.BRANCH, (None, [_sre_parse.SubPattern(sub.state, alt) for alt in inner]))]
        )
        return [[(op, (direction, body))] + alternative for alternative in _after(rest, char, flags)]
    if op is _sre.SUBPATTERN:
        group, add, delete, sub = av
        if group is not None:
            raise _NotDispatchable("a capturing group")
        inner_flags = (flags | add) & ~delete
        if inner_flags == flags:
            return _after(list(sub.data) + rest, char, flags)
        if sub.getwidth()[0] == 0:
            raise _NotDispatchable("a group with flags that may be empty")
        return [
            [(_sre.SUBPATTERN, (None, add, delete, _sre_parse.SubPattern(sub.state, alternative)))] + rest
            for alternative in _after(list(sub.data), char, inner_flags)
        ]
    if op is _sre.BRANCH:
        found: list[list[_Item]] = []
        for alternative in av[1]:
            found += _after(list(alternative.data) + rest, char, flags)
        return found
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        least, most, sub = av
        if sub.getwidth()[0] == 0:
            raise _NotDispatchable("a repeat that may match empty")
        if most == 0:
            return _after(rest, char, flags)
        more = (op, (max(least - 1, 0), most if most is _sre.MAXREPEAT else most - 1, sub))
        once = _after(list(sub.data) + [more] + rest, char, flags)
        if least > 0:
            return once
        # greedy: one more first, then none; lazy: none first
        never = _after(rest, char, flags)
        return once + never if op is _sre.MAX_REPEAT else never + once
    raise _NotDispatchable(op)


def first_char_dispatch(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` as one branch per character its match can begin with: the same matches, found at a third
    to half of the cost for a long alternation. The pattern is derived up to its first item that consumes
    characters (an alternation, mostly), which holds no capturing group; what follows that item is written
    once after the branches, as it was. When every match begins with a word character that no word
    character comes before (`\\b` or a lookbehind of one), the pattern opens with `\\b`, which turns away
    the places inside words before any branch is looked at. A pattern the derivation cannot read (a
    capturing group in its alternation, a class too wide to list, a match that may be empty) is given a
    first look at its first character instead (`first_char_gate`), as before."""
    try:
        return _dispatched(pattern)
    except _NotDispatchable:
        return first_char_gate(pattern)


def _dispatched(pattern: re.Pattern[str]) -> re.Pattern[str]:
    flags = pattern.flags & ~re.UNICODE
    if flags & (re.VERBOSE | re.ASCII | re.LOCALE):
        raise _NotDispatchable("flags")
    tree = _sre_parse.parse(pattern.pattern, pattern.flags)
    items = list(tree.data)
    first = next((i for i, (op, _av) in enumerate(items) if op not in _ZERO_WIDTH), len(items))
    tail: list[_Item] = []
    if first < len(items) and _sre_parse.SubPattern(tree.state, [items[first]]).getwidth()[0] > 0:
        # (A B: the derivative of A, then B; A matches at least one character, the one dispatched on)
        items, tail = items[: first + 1], items[first + 1 :]
    chars, empty = _first_chars(items, flags)
    if empty:
        raise _NotDispatchable("a match that may be empty")
    order = sorted(dict.fromkeys(chars), key=lambda c: (c not in _DISPATCH_ORDER, _DISPATCH_ORDER.find(c)))
    branches = [(char, _after(items, char, flags)) for char in order]
    branches = [(char, alternatives) for char, alternatives in branches if alternatives]
    # `\b` first when every alternative begins with a lookbehind that no word character may stand before,
    # on a word character: `\b` is then true wherever a match begins (and stands for the lookbehind `\b`
    # itself became, which is dropped)
    boundary = all(
        re.match(r"\w", char) and all(alt and _word_barred(alt[0], char) is not None for alt in alternatives)
        for char, alternatives in branches
    )
    # The branches of characters whose rest reads the same ("m" and "M" under IGNORECASE) are one, led by
    # the class of those characters, in the place of the first of them.
    rests: dict[str, list[str]] = {}
    for char, alternatives in branches:
        if boundary:
            alternatives = [alt[1:] if _word_barred(alt[0], char) == "only" else alt for alt in alternatives]
        written = [[_unparse([item]) for item in alt] for alt in alternatives]
        head = ""
        while all(written) and all(alt[0] == written[0][0] for alt in written):
            head += written[0][0]
            written = [alt[1:] for alt in written]
        body = "|".join("".join(alt) for alt in written)
        rests.setdefault(head + (f"(?:{body})" if len(written) > 1 else body), []).append(char)
    sources: list[str] = []
    for rest, chars_of_rest in rests.items():
        lead = "".join(_char_source(c) for c in chars_of_rest)
        lead = lead if len(chars_of_rest) == 1 else f"[{lead}]"
        # (a class or a literal compared as it is: `re` skips a branch led by one in a few instructions)
        sources.append((f"(?-i:{lead})" if flags & re.IGNORECASE else lead) + rest)
    names = {number: name for name, number in pattern.groupindex.items()}
    source = (r"\b" if boundary else "") + "(?:" + "|".join(sources) + ")" + _unparse(tail, names)
    return re.compile(source, pattern.flags)


def _word_barred(item: _Item, char: str) -> str | None:
    """Whether `item`, the first of an alternative derived by `char`, is a lookbehind that no word character
    may stand before: "only" when it says no more ("(?<!\\wm)", what `\\b` became), "more" when its class
    holds more than the word characters ("(?<![\\w-]m)"), else None."""
    op, av = item
    if op is not _sre.ASSERT_NOT or av[0] != -1:
        return None
    looked = list(av[1].data)
    if len(looked) != 2 or looked[1] != (_sre.LITERAL, ord(char)):
        return None
    before = looked[0]
    if before[0] is _sre.SUBPATTERN and before[1][0] is None and not (before[1][1] | before[1][2]):
        inner = list(before[1][3].data)
        before = inner[0] if len(inner) == 1 else (None, None)
    if before[0] is not _sre.IN or (_sre.CATEGORY, _sre.CATEGORY_WORD) not in before[1]:
        return None
    if any(kind is _sre.NEGATE for kind, _value in before[1]):
        return None
    return "only" if len(before[1]) == 1 else "more"
