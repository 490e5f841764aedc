"""The atom channel: rewrite the Atom file of the newest N digests, atomically.

The feed is rebuilt from the stored digests each time, so a repeated delivery writes the same feed: the
channel is idempotent. It lists every stored digest (digests and alerts), not only those already delivered
elsewhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from reports.atom import FeedOptions, render_atom
from reports.channels.base import Outgoing
from reports.channels.files import atomic_write
from reports.errors import ChannelError, ReportsError
from reports.settings import DeliverySettings


class AtomChannel:
    name = "atom"

    def __init__(self, entries: int = 20, options: Mapping[str, Mapping[str, Any]] | None = None) -> None:
        self._entries = entries
        self._options = options or {}

    @classmethod
    def from_settings(cls, settings: DeliverySettings) -> AtomChannel:
        options = {t.target: t.options for t in settings.targets if t.channel == cls.name}
        return cls(settings.atom_entries, options)

    def deliver(self, outgoing: Outgoing) -> None:
        options = self._options.get(outgoing.target, {})
        entries = int(options.get("entries", self._entries))
        digests = outgoing.history(entries)
        story = str(outgoing.digest.payload.get("story", ""))
        feed_options = FeedOptions(self_url=options.get("feed_url"), link_base=options.get("link_base"))
        try:
            text = render_atom(digests, story, feed_options, outgoing.now)
            atomic_write(Path(outgoing.target).expanduser(), text)
        except ReportsError as exc:
            raise ChannelError(self.name, outgoing.target, str(exc), permanent=True) from exc
        except OSError as exc:
            raise ChannelError(self.name, outgoing.target, f"cannot write: {exc}") from exc
