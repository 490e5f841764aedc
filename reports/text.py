"""Untrusted text made inert before it reaches any output: one line, no control or bidi characters.

Escaping for a given format (HTML, Markdown, XML) happens in the templates; this module removes what no
format should carry at all: control characters (terminal escapes, CR/LF that could start a header or a
Markdown block) and bidirectional overrides (text that reads differently from what it is). Links are kept
only for absolute http(s) URLs.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any
from urllib.parse import quote, urlsplit

# Bidi embedding/override/isolate controls: they make text display in another order than it is stored.
_BIDI = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"), None)
_SPACES = re.compile(r"\s+")


def clean(value: object, limit: int | None = None) -> str:
    """One line of printable text: controls become spaces, runs of whitespace one space, bidi marks gone."""
    if value is None:
        return ""
    text = str(value).translate(_BIDI)
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch for ch in text)
    text = _SPACES.sub(" ", text).strip()
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def clean_tree(value: Any) -> Any:
    """`clean` applied to every string of a JSON-like value, keys included."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, dict):
        return {clean(k): clean_tree(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean_tree(v) for v in value]
    return value


def safe_link(url: object) -> str | None:
    """The URL if it is an absolute http(s) URL with a host and nothing hidden in it, else None."""
    if not isinstance(url, str) or not url:
        return None
    if any(ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf") for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    # Characters that could end a Markdown link destination or an HTML attribute are percent-encoded, so a
    # link stays one token in every format.
    return quote(url, safe=":/?#[]@!$&*+,;=%~-._'")


def display_source(source: object) -> str:
    """How a source is named in a digest: a web address, a seed file name, or a note that an address of
    another scheme (javascript:, data:, file:) was left out."""
    text = clean(source)
    if not text or safe_link(text):
        return text
    try:
        scheme = urlsplit(text).scheme
    except ValueError:
        scheme = "?"
    return "(address left out: not a web link)" if len(scheme) > 1 else text


def host_of(url: str | None) -> str | None:
    if url is None:
        return None
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None
