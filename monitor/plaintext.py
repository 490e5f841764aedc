"""HTML fragments from feeds to plain text: tags dropped, entities decoded, blocks kept as paragraphs.

Extraction splits text into sentences and paragraphs, so block elements (p, div, li, br ...) become line
breaks instead of running words together. Script, style and embedded content never become text, and no
markup survives: this is what makes feedparser's own sanitiser unnecessary (monitor/parse.py).
"""

from __future__ import annotations

import html
import re

import lxml.etree
import lxml.html

_BLOCK_TAGS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure"),
        *("footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p"),
        *("pre", "section", "table", "td", "th", "tr", "ul"),
    }
)
# Elements whose content is code or a fallback for embedded content, never article text.
_DROPPED_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "applet",
    "svg",
    "math",
)
# Elements whose tags carry no text of their own and separate nothing (lxml joins their text directly).
_INLINE_TAGS = frozenset(
    {
        *("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark"),
        *("q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var"),
    }
)
_VOID_TAGS = frozenset({"br", "img", "wbr"})
# Blocks whose content an HTML parser reshapes (tables gain rows and bodies, pre keeps its first newline,
# hr is void): always read through the tree.
_PARSER_ARRANGED = frozenset({"table", "tr", "td", "th", "pre", "hr"})
# A start or end tag with well-formed attributes (quoted values may hold ">"), as the HTML syntax has it.
_TAG = re.compile(
    r"""<(?P<end>/)?(?P<name>[A-Za-z][A-Za-z0-9]*)"""
    r"""(?:\s+[^\s"'>/=<]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*/?>"""
)
_LOOKS_LIKE_MARKUP = re.compile(r"<[A-Za-z/!?]|&[#A-Za-z0-9]+;")


def html_to_text(fragment: str | None) -> str:
    """Plain text of an HTML fragment; one line per block, whitespace collapsed."""
    if not fragment:
        return ""
    if not _LOOKS_LIKE_MARKUP.search(fragment):
        return _tidy(fragment)
    simple = _simple_markup_to_text(fragment)
    if simple is not None:
        return simple
    return _parsed_to_text(fragment)


def _simple_markup_to_text(fragment: str) -> str | None:
    """The same text as `_parsed_to_text` for the markup most feed summaries carry (paragraphs, breaks,
    links, emphasis, properly nested), at a fifth of the cost of building a tree; None for anything else.

    Only well-formed tags of the allowed elements are taken out, and only when they nest as written: a
    fragment with any other "<" (another element, a comment, a stray bracket), an end tag that closes
    something else, or a block inside a paragraph or an inline element (which an HTML parser rearranges)
    is left to lxml. Entities are decoded last, so an encoded "&lt;script&gt;" stays text, as in the tree.
    """
    if "<!" in fragment or "<?" in fragment:
        return None
    rest: list[str] = []
    open_tags: list[str] = []
    position = 0
    for tag in _TAG.finditer(fragment):
        name = tag.group("name").lower()
        block = name in _BLOCK_TAGS
        if name in _PARSER_ARRANGED or not (block or name in _INLINE_TAGS or name in _VOID_TAGS):
            return None
        if tag.group("end"):
            if name in _VOID_TAGS or not open_tags or open_tags.pop() != name:
                return None
        elif name not in _VOID_TAGS:
            if block and open_tags and (open_tags[-1] == "p" or open_tags[-1] in _INLINE_TAGS):
                return None
            open_tags.append(name)
        rest.append(fragment[position : tag.start()])
        rest.append("\n" if block or name == "br" else "")
        position = tag.end()
    rest.append(fragment[position:])
    text = "".join(rest)
    if open_tags or "<" in text:
        return None
    return _tidy(html.unescape(text))


def _parsed_to_text(fragment: str) -> str:
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        # Input lxml refuses (control characters, only a comment): fall back to a crude strip.
        return _tidy(html.unescape(re.sub(r"<[^>]*>", " ", fragment)))
    for element in list(root.iter(*_DROPPED_TAGS)):
        element.drop_tree()
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "br":
            element.tail = "\n" + (element.tail or "")
        elif tag in _BLOCK_TAGS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
    return _tidy(root.text_content())


def plain(value: str | None, content_type: str | None) -> str | None:
    """A feed field as plain text: markup converted when feedparser says it is HTML, else kept."""
    if value is None:
        return None
    text = html_to_text(value) if content_type in ("text/html", "application/xhtml+xml") else _tidy(value)
    return text or None


def _tidy(text: str) -> str:
    """Whitespace collapsed within lines, lines stripped, empty lines dropped (str methods, not regexes:
    five times faster on feed summaries)."""
    lines = (" ".join(line.split()) for line in text.replace("\r", "").split("\n"))
    return "\n".join(filter(None, lines))
