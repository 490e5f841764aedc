"""Delivery channels as a small typed registry: a name -> a factory that builds the channel from settings.

file     Markdown, HTML, text and JSON files in a folder (idempotent)
email    SMTP, text and HTML alternatives (at-least-once, duplicates share a Message-ID)
atom     an Atom feed file of the newest digests (idempotent)
apprise  chat services through Apprise (optional package; at-least-once)
"""

from __future__ import annotations

from collections.abc import Callable

from reports.channels.atom import AtomChannel
from reports.channels.base import Channel, Outgoing
from reports.channels.chat import AppriseChannel
from reports.channels.email import EmailChannel
from reports.channels.file import FileChannel
from reports.settings import DeliverySettings

REGISTRY: dict[str, Callable[[DeliverySettings], Channel]] = {
    "file": FileChannel.from_settings,
    "email": EmailChannel.from_settings,
    "atom": AtomChannel.from_settings,
    "apprise": AppriseChannel.from_settings,
}


def build_channels(settings: DeliverySettings) -> dict[str, Channel]:
    """Every channel the settings' targets use."""
    return {name: REGISTRY[name](settings) for name in dict.fromkeys(t.channel for t in settings.targets)}


__all__ = ["REGISTRY", "Channel", "Outgoing", "build_channels"]
