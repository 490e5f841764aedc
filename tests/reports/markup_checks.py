"""What a browser would act on in a piece of HTML: the test oracle for escaping."""

from __future__ import annotations

from html.parser import HTMLParser


class ActiveContent(HTMLParser):
    """Collects what a browser would act on: tags, event handler attributes, link targets."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.handlers: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append(name)
            if name in ("href", "src", "action", "formaction"):
                self.links.append(value or "")


def active(html: str) -> ActiveContent:
    parser = ActiveContent()
    parser.feed(html)
    parser.close()
    return parser


def assert_no_active_content(html: str) -> None:
    found = active(html)
    assert "script" not in found.tags and "img" not in found.tags
    assert found.handlers == []
    assert all(link.startswith(("https://", "http://")) for link in found.links), found.links
