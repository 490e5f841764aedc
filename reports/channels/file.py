"""The file channel: a digest written into a folder as Markdown, HTML, text and JSON.

Each digest has a stable name (`digest-2026-02-05-00042.md`), each file is written atomically, and the
rendering depends on the stored payload only, so delivering the same digest twice leaves exactly the same
files: the channel is idempotent, which makes it exactly-once in effect.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from reports.channels.base import Outgoing
from reports.channels.files import atomic_write
from reports.errors import ChannelError, ReportsError
from reports.render import EXTENSIONS, FORMATS, digest_stem, render
from reports.settings import DeliverySettings


class FileChannel:
    name = "file"

    def __init__(self, options: Mapping[str, Mapping[str, Any]] | None = None) -> None:
        self._options = options or {}

    @classmethod
    def from_settings(cls, settings: DeliverySettings) -> FileChannel:
        return cls({t.target: t.options for t in settings.targets if t.channel == cls.name})

    def deliver(self, outgoing: Outgoing) -> None:
        formats = tuple(self._options.get(outgoing.target, {}).get("formats", FORMATS))
        unknown = [f for f in formats if f not in FORMATS]
        if unknown:
            raise ChannelError(self.name, outgoing.target, f"unknown formats {unknown}", permanent=True)
        folder = Path(outgoing.target).expanduser()
        digest = outgoing.digest
        stem = digest_stem(digest.kind, digest.period_end, digest.id)
        try:
            for fmt in formats:
                atomic_write(folder / f"{stem}.{EXTENSIONS[fmt]}", render(digest.payload, fmt))
        except ReportsError as exc:
            raise ChannelError(self.name, outgoing.target, str(exc), permanent=True) from exc
        except OSError as exc:
            raise ChannelError(self.name, outgoing.target, f"cannot write: {exc}") from exc
