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
_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\s*\n\s*")
_LOOKS_LIKE_MARKUP = re.compile(r"<[A-Za-z/!?]|&[#A-Za-z0-9]+;")


def html_to_text(fragment: str | None) -> str:
    """Plain text of an HTML fragment; one line per block, whitespace collapsed."""
    if not fragment:
        return ""
    if not _LOOKS_LIKE_MARKUP.search(fragment):
        return _tidy(fragment)
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
    lines = _BLANK_LINES.split(_SPACES.sub(" ", text.replace("\r", "")))
    return "\n".join(line.strip() for line in lines if line.strip())
