"""One exception tree for Parley; every error names its culprit.

    ParleyError
    ├── ConfigError        bad configuration value (names the setting)
    ├── PackError          malformed story pack (names the file and the key)
    ├── SeedError          a seed article that cannot be read (names the file)
    ├── FetchError         a source that cannot be fetched (names the URL)
    ├── FeedParseError     a body that yields no entries (names the URL)
    ├── DeliveryError      a channel that cannot deliver (names the channel and target)
    └── ServiceLockedError another `parley serve` holds the database (names its pid and host)

Storage, the bottom layer, has its own `storage.db.DatabaseError` (it imports nothing from here); the
CLI handles both at the edge. Ordinary outcomes (a feed not modified, an article skipped) are values,
never exceptions.
"""

from __future__ import annotations

from typing import Any


class ParleyError(Exception):
    """Base class: the CLI turns any of these into a message and exit code 2.

    Subclasses that take several arguments keep them in `_parts`, so that an error raised in the parse
    worker process survives pickling back to the poller with its fields."""

    _parts: tuple[object, ...] = ()

    def __reduce__(self) -> str | tuple[Any, ...]:
        if self._parts:
            return (type(self), self._parts)
        return super().__reduce__()


class ConfigError(ParleyError):
    pass


class PackError(ParleyError):
    def __init__(self, path: object, key: str, message: str) -> None:
        self._parts = (path, key, message)
        self.path = str(path)
        self.key = key
        super().__init__(f"{path}: {key}: {message}")


class SeedError(ParleyError):
    pass


class FetchError(ParleyError):
    def __init__(self, url: str, message: str) -> None:
        self._parts = (url, message)
        self.url = url
        super().__init__(f"{url}: {message}")


class FeedParseError(ParleyError):
    def __init__(self, url: str, message: str) -> None:
        self._parts = (url, message)
        self.url = url
        super().__init__(f"{url}: {message}")


class DeliveryError(ParleyError):
    def __init__(self, channel: str, target: str, message: str) -> None:
        self._parts = (channel, target, message)
        self.channel = channel
        self.target = target
        super().__init__(f"{channel} -> {target}: {message}")


class ServiceLockedError(ParleyError):
    pass
