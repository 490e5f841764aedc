"""Rendering a stored digest payload as Markdown, HTML, plain text or JSON, all through Jinja templates.

Escaping is the templates' job, format by format: HTML and Atom templates are autoescaped (their names end
in .html and .xml, which `select_autoescape` matches); Markdown passes every untrusted string through the
`md` filter; JSON goes through `tojson`, which also escapes <, > and &. Links are emitted only for http(s)
URLs (`link` filter). Templates use `StrictUndefined`, so a missing variable fails the render loudly
instead of printing an empty string.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from reports.errors import RenderError
from reports.text import clean, safe_link

TEMPLATES = Path(__file__).resolve().parent / "templates"
FORMATS: dict[str, str] = {
    "markdown": "digest.md",
    "html": "digest.html",
    "text": "digest.txt",
    "json": "digest.json",
}
EXTENSIONS: dict[str, str] = {"markdown": "md", "html": "html", "text": "txt", "json": "json"}

# Characters that open inline syntax in CommonMark or GFM are backslash-escaped (brackets are enough to stop
# a link, so parentheses stay readable); <, > and & become entities, which every flavour shows as text.
_MD_BACKSLASH = re.compile(r"([\\`*_{}\[\]#+!|~])")
_MD_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# A line start that would open a block (list, heading, quote, thematic break, ordered list).
_MD_BLOCK_START = re.compile(r"^(\s*)([-=+>]|\d+[.)])")


def md(value: object) -> str:
    """Untrusted text as inert Markdown: one line, no live syntax (no links, no HTML, no emphasis)."""
    text = clean(value)
    text = "".join(_MD_ENTITIES.get(ch, ch) for ch in text)
    text = _MD_BACKSLASH.sub(r"\\\1", text)
    match = _MD_BLOCK_START.match(text)
    if match:
        marker = match.group(2)
        escaped = marker[:-1] + "\\" + marker[-1]
        text = match.group(1) + escaped + text[match.end() :]
    return text


def when(value: object) -> str:
    """An ISO time as "2026-02-04 10:00 UTC"; a date stays a date; None is empty."""
    if value is None or value == "":
        return ""
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        return clean(value)
    if len(str(value)) <= 10:
        return parsed.date().isoformat()
    return f"{parsed:%Y-%m-%d %H:%M} UTC"


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    return f"{count} {singular if count == 1 else (plural_form or singular + 's')}"


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "xml"), default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md
    env.filters["clean"] = clean
    env.filters["link"] = safe_link
    env.filters["when"] = when
    env.filters["plural"] = plural
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False, "indent": 2}
    return env


def render_template(name: str, **context: Any) -> str:
    try:
        return environment().get_template(name).render(**context)
    except jinja2.TemplateError as exc:
        raise RenderError(name, str(exc)) from exc


def render(payload: Mapping[str, Any], fmt: str) -> str:
    """One format of a digest: "markdown", "html", "text" or "json"."""
    if fmt not in FORMATS:
        raise RenderError(fmt, f"unknown format (known: {', '.join(FORMATS)})")
    return render_template(FORMATS[fmt], digest=payload)


def render_all(payload: Mapping[str, Any], formats: tuple[str, ...] = tuple(FORMATS)) -> dict[str, str]:
    return {fmt: render(payload, fmt) for fmt in formats}


def digest_stem(kind: str, period_end: datetime, digest_id: int) -> str:
    """The stable file name (without extension) of a digest: `digest-2026-02-05-00042`."""
    return f"{kind}-{period_end:%Y-%m-%d}-{digest_id:05d}"


def render_fragment(payload: Mapping[str, Any]) -> str:
    """The HTML body of a digest without the page around it (Atom entries and the email's HTML part)."""
    return render_template("_digest_body.html", digest=payload)
