"""A `Guarded` pattern finds exactly what its pattern finds: its words are in every match.

The proof reads the pattern's syntax tree: every match holds one of the words if a run of characters the
pattern always consumes in a row holds one, or every alternative of a branch does, or a group or a repeat
of at least once does. Random texts made of the pattern's own words (in every case, with the characters
whose lowercase is no help) then compare the two searches.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import re._constants as sre
import re._parser as sre_parse
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import monitor.extract
from monitor.extract import guards
from monitor.extract.guards import _UNSAFE, Guarded


def _guarded() -> dict[str, Guarded]:
    """Every guarded pattern of the extractor, once (by the module that makes it)."""
    found: dict[str, Guarded] = {}
    seen: set[int] = set()
    for module in pkgutil.iter_modules(monitor.extract.__path__):
        loaded = importlib.import_module(f"monitor.extract.{module.name}")
        for name, value in vars(loaded).items():
            if isinstance(value, Guarded) and id(value) not in seen:
                seen.add(id(value))
                found[f"{module.name}.{name}"] = value
    return found


GUARDED = _guarded()


def _vocabulary(guarded: Guarded) -> list[str]:
    words = set(re.findall(r"[A-Za-z]+", guarded.pattern.pattern)) | set(guarded.words)
    words |= {w.upper() for w in words} | {w.capitalize() for w in words}
    # the characters a lowercase look would miss: "İ" lowercases to two, "ı" and "ſ" match "i" and "s"
    words |= {w.replace("i", "ı") for w in words} | {w.replace("s", "ſ") for w in words}
    words |= {w.replace("I", "İ") for w in words}
    return sorted(words)


_SEPARATORS = [" ", " ", " ", ", ", ". ", "; ", " - ", "-", "\n", "“", "”", " 23 ", " (", ") "]


# A text holding "İ", "ı" or "ſ" is searched in full (`guards._UNSAFE`), so in a proof each of them may be
# read as the letter it matches under IGNORECASE: a pattern dispatched on its first character
# (`pattern_dispatch.first_char_dispatch`) has a branch for them ("(?-i:[sSſ])at down" of "sat down").
_UNSAFE_AS = {"\u0130": "i", "\u0131": "i", "\u017f": "s"}
assert set(_UNSAFE_AS) == set(guards._UNSAFE)


def _single(op: Any, av: Any) -> str | None:
    """The lowercase character an item always matches (in lowercase), or None."""
    if op is sre.LITERAL:
        return _UNSAFE_AS.get(chr(av)) or chr(av).lower()
    if op is sre.IN and av and all(o is sre.LITERAL for o, _ in av):
        chars = {_UNSAFE_AS.get(chr(a)) or chr(a).lower() for _, a in av}
        return chars.pop() if len(chars) == 1 else None
    return None


def _holds_a_word(items: Any, words: tuple[str, ...]) -> bool:
    """Does every match of the sequence `items` consume one of `words` (lowercase)?

    A branch, a group or a repeat of at least once is spelt out into the sequence (each alternative in
    turn), so that a run of characters goes on through it: the parser makes "n(?:ot|ever)" of "not|never".
    """
    items = list(items)
    run = ""
    for i, (op, av) in enumerate(items):
        if op is sre.LITERAL and chr(av) in _UNSAFE:
            # only in a text `Guarded` always searches ("ſ", as `literal_first` writes an "s")
            return True
        char = _single(op, av)
        if char is not None:
            run += char
            if any(word in run for word in words):
                return True
            continue
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            # of no width: the characters before and after it stand together in the text, so the run goes
            # on ("h(?<!panel h)osted", a pattern dispatched on its first character, holds "host";
            # "m(?<![\w]m)et", as `pattern_dispatch.literal_first` writes "\bmet", consumes "met" in a row)
            continue
        before, after = items[:i], items[i + 1 :]
        if op is sre.BRANCH:
            return all(_holds_a_word([*before, *branch, *after], words) for branch in av[1])
        if op is sre.SUBPATTERN:
            return _holds_a_word([*before, *av[3], *after], words)
        if op is sre.ATOMIC_GROUP:
            return _holds_a_word([*before, *av, *after], words)
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            more = [] if av[1] == 1 else [(None, None)]  # further turns: anything, so a break in the run
            return _holds_a_word([*before, *av[2], *more, *after], words)
        run = ""  # anything else ends the run: a weaker proof, never a wrong one
    return False


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_every_match_of_a_guarded_pattern_holds_one_of_its_words(name: str) -> None:
    guarded = GUARDED[name]
    tree = sre_parse.parse(guarded.pattern.pattern, guarded.pattern.flags)
    assert _holds_a_word(tree, guarded.words)


def test_the_proof_sees_a_word_missing() -> None:
    assert _holds_a_word(sre_parse.parse(r"\b(?:[Mm]et|meets?)\b", 0), ("met", "meet"))
    assert not _holds_a_word(sre_parse.parse(r"\b(?:[Mm]et|meets?|saw)\b", 0), ("met", "meet"))
    assert not _holds_a_word(sre_parse.parse(r"(?:met)?x", 0), ("met",))
    # a look between the characters breaks no run; a repeat does
    assert _holds_a_word(sre_parse.parse(r"m(?<=\bm)e(?!x)t", 0), ("met",))
    assert not _holds_a_word(sre_parse.parse(r"me+t", 0), ("met",))
    # a lookbehind or a boundary between two characters leaves them together
    assert _holds_a_word(sre_parse.parse(r"\bh(?<!panel h)(?:osted|osts)\b", 0), ("host",))
    assert not _holds_a_word(sre_parse.parse(r"h(?:x|osted)", 0), ("host",))


@pytest.mark.parametrize("name", sorted(GUARDED))
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_a_guarded_pattern_finds_what_its_pattern_finds(name: str, data: st.DataObject) -> None:
    guarded = GUARDED[name]
    # a few words at a time, so that the words of one alternative come together often
    vocabulary = data.draw(st.lists(st.sampled_from(_vocabulary(guarded)), min_size=1, max_size=8))
    words = st.sampled_from(vocabulary)
    parts = data.draw(st.lists(st.tuples(words, st.sampled_from(_SEPARATORS)), max_size=25))
    text = "".join(word + separator for word, separator in parts)
    pos = data.draw(st.integers(-3, len(text) + 2))
    endpos = data.draw(st.integers(-3, len(text) + 2))
    expected = guarded.pattern.search(text, pos, endpos)
    found = guarded.search(text, pos, endpos)
    assert (found and found.span()) == (expected and expected.span())
    spans = [m.span() for m in guarded.finditer(text, pos, endpos)]
    assert spans == [m.span() for m in guarded.pattern.finditer(text, pos, endpos)]


def test_the_guarded_patterns_are_found() -> None:
    assert len(GUARDED) >= 3
