"""HTML fragments to plain text: the quick path for simple markup gives exactly what the parsed tree gives,
and anything it does not know goes to the tree."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.plaintext import _parsed_to_text, _simple_markup_to_text, html_to_text

WORDS = st.sampled_from(
    [
        "Talks",
        "resume",
        "in",
        "Geneva",
        "&amp;",
        "&#8220;",
        "&nbsp;",
        "“ok”",
        " ",
        "\n",
        "\t",
        "a > b",
        "&lt;b&gt;",
    ]
)
TAGS = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<br>",
        "<br/>",
        "<BR />",
        "<div class='lede'>",
        "</div>",
        "<a href=\"https://x.example/?a=1&amp;b=2\" title='x > y'>",
        "</a>",
        "<b>",
        "</b>",
        "<em>",
        "</em>",
        "<li>",
        "</li>",
        "<ul>",
        "</ul>",
        "<h2>",
        "</h2>",
        "<span data-x=1>",
        "</span>",
        "<img src='p.jpg' alt='a photo'>",
        "<blockquote>",
        "</blockquote>",
    ]
)


def _element(name: str, children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.lists(children, max_size=4).map(lambda inner: f"<{name}>{''.join(inner)}</{name}>")


INLINE = st.recursive(
    st.one_of(WORDS, st.sampled_from(["<br>", "<br/>", "<img src='p.jpg' alt='a photo'>"])),
    lambda inner: st.one_of(*(_element(name, inner) for name in ("b", "em", "span", "a"))),
    max_leaves=8,
)
FLOW = st.recursive(
    st.one_of(INLINE, _element("p", INLINE), _element("h2", INLINE)),
    lambda inner: st.one_of(
        *(_element(name, inner) for name in ("div", "blockquote", "li", "ul", "section")),
        st.lists(inner, min_size=2, max_size=3).map("".join),
    ),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(FLOW)
def test_properly_nested_simple_markup_takes_the_quick_path_and_reads_as_the_tree(fragment: str) -> None:
    quick = _simple_markup_to_text(fragment)

    assert quick is not None
    assert quick == _parsed_to_text(fragment)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(WORDS, TAGS), max_size=30))
def test_whenever_the_quick_path_answers_it_agrees_with_the_tree(parts: list[str]) -> None:
    fragment = "".join(parts)

    quick = _simple_markup_to_text(fragment)

    assert quick is None or quick == _parsed_to_text(fragment)


@pytest.mark.parametrize(
    "fragment",
    [
        "<p>one</p><script>alert(1)</script>",
        "<p>one</p><!-- hidden -->",
        "<table><tr><td>cell</td></tr></table><iframe src=x></iframe>",
        "<p>a < b and c</p>",
        "<p onclick='x'>text</p><style>p{}</style>",
        "<p>unclosed <a href='x>text",
    ],
)
def test_anything_else_goes_to_the_parsed_tree(fragment: str) -> None:
    assert _simple_markup_to_text(fragment) is None
    assert "<" not in html_to_text(fragment).replace("a < b", "")
    assert "alert" not in html_to_text(fragment) and "p{}" not in html_to_text(fragment)


def test_encoded_markup_stays_text_and_is_never_decoded_into_tags() -> None:
    fragment = "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"

    assert html_to_text(fragment) == "<script>alert(1)</script>"
    assert html_to_text(fragment) == _parsed_to_text(fragment)
