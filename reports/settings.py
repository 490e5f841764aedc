"""Delivery settings: where digests go and how hard the outbox tries. Plain values with defaults; the lead's
config loader builds them from the config file and reports a `SettingsError` as a config error.

Secrets are never settings: the SMTP password and Apprise URLs (which carry tokens) are read from environment
variables whose names the settings give.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reports.errors import SettingsError

CHANNEL_NAMES = ("file", "email", "atom", "apprise")
SMTP_SECURITY = ("starttls", "tls", "plain")
_DEFAULT_PORTS = {"starttls": 587, "tls": 465, "plain": 25}
# One address per target, nothing a header or an SMTP command could be split on.
_BARE_ADDRESS = re.compile(r"[^\s<>,;@\"]+@[^\s<>,;@\"]+")
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass(frozen=True)
class Target:
    """One place a digest goes: a channel and its target (a folder, an address, a file, an env var name).

    `options` tune the channel for this target (file: `formats`; atom: `entries`, `feed_url`, `link_base`).
    """

    channel: str
    target: str
    options: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.channel not in CHANNEL_NAMES:
            raise SettingsError(
                "targets", f"unknown channel {self.channel!r} (known: {', '.join(CHANNEL_NAMES)})"
            )
        if not self.target.strip():
            raise SettingsError("targets", f"{self.channel} target is empty")
        if self.channel == "email" and not _BARE_ADDRESS.fullmatch(self.target):
            raise SettingsError(
                "targets", f"email target {self.target!r} is not a bare address (name@domain)"
            )
        if self.channel == "apprise" and not _ENV_NAME.fullmatch(self.target):
            raise SettingsError(
                "targets", f"apprise target {self.target!r} must name an environment variable holding the URL"
            )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> list[Target]:
        """`{"channel": "email", "to": ["a@x", "b@y"]}` or `{"channel": "file", "target": "out"}`.

        An email entry with several addresses becomes one target per address, so each recipient has its own
        outbox row and a refusal of one never resends to the others.
        """
        options = {k: v for k, v in data.items() if k not in ("channel", "target", "to")}
        channel = str(data.get("channel", ""))
        raw = data.get("to", data.get("target"))
        if raw is None:
            raise SettingsError("targets", f"{channel or 'a'} target has no 'target' (or 'to' for email)")
        names = [raw] if isinstance(raw, str) else list(raw)
        return [cls(channel, str(name), options) for name in names]


@dataclass(frozen=True)
class DeliverySettings:
    targets: tuple[Target, ...] = (
        Target("file", "digests"),
        Target("atom", "digests/parley.atom"),
    )
    smtp_host: str = "localhost"
    smtp_port: int | None = None  # None: 587 for starttls, 465 for tls, 25 for plain
    smtp_security: str = "starttls"
    smtp_user: str | None = None
    smtp_password_env: str = "PARLEY_SMTP_PASSWORD"
    smtp_timeout_seconds: float = 30.0
    smtp_ca_file: str | None = None  # extra CA to trust (a private relay); the system store otherwise
    from_address: str = "parley@localhost"
    max_attempts: int = 8
    backoff_base_seconds: float = 60.0
    backoff_max_seconds: float = 6 * 3600.0
    # How long a row may stay `sending` before another run takes it for abandoned (a crash): longer than
    # any send can take, so a slow send is never done twice by two live processes.
    sending_lease_seconds: float = 600.0
    atom_entries: int = 20

    def __post_init__(self) -> None:
        if self.smtp_security not in SMTP_SECURITY:
            raise SettingsError(
                "smtp_security", f"{self.smtp_security!r} is not one of {', '.join(SMTP_SECURITY)}"
            )
        if self.smtp_security == "plain" and not is_loopback(self.smtp_host):
            raise SettingsError(
                "smtp_security", f"plain SMTP is allowed to a loopback host only, not {self.smtp_host!r}"
            )
        if self.max_attempts < 1:
            raise SettingsError("max_attempts", "must be at least 1")
        if self.backoff_base_seconds <= 0 or self.backoff_max_seconds < self.backoff_base_seconds:
            raise SettingsError("backoff_base_seconds", "must be positive and not above backoff_max_seconds")
        if self.sending_lease_seconds <= self.smtp_timeout_seconds:
            raise SettingsError("sending_lease_seconds", "must be longer than smtp_timeout_seconds")
        if self.atom_entries < 1:
            raise SettingsError("atom_entries", "must be at least 1")
        if "@" not in self.from_address or any(c in self.from_address for c in "\r\n"):
            raise SettingsError("from_address", f"{self.from_address!r} is not an address")

    @property
    def port(self) -> int:
        return self.smtp_port if self.smtp_port is not None else _DEFAULT_PORTS[self.smtp_security]

    @classmethod
    def from_config(cls, section: Mapping[str, Any], where: str = "(config)") -> DeliverySettings:
        """Settings from the config file's `[delivery]` table; errors name the file and the key.

        `targets` is a list of tables: `{channel = "file", target = "digests", formats = ["markdown"]}`,
        `{channel = "email", to = ["desk@example.org"]}`, `{channel = "atom", target = "digests/parley.atom",
        entries = 30, feed_url = "https://..."}`, `{channel = "apprise", target = "PARLEY_CHAT_URL"}`.
        """
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(section) - known)
        if unknown:
            raise SettingsError(
                f"{where}: delivery.{unknown[0]}", f"unknown setting (known: {', '.join(sorted(known))})"
            )
        values = dict(section)
        try:
            if "targets" in values:
                entries = values["targets"]
                if not isinstance(entries, list) or not all(isinstance(e, Mapping) for e in entries):
                    raise SettingsError("targets", "expected a list of tables")
                values["targets"] = tuple(t for entry in entries for t in Target.from_dict(entry))
            return cls(**values)
        except SettingsError as exc:
            raise SettingsError(f"{where}: delivery.{exc.setting}", str(exc).split(": ", 1)[-1]) from exc
        except (TypeError, ValueError) as exc:
            raise SettingsError(f"{where}: delivery", str(exc)) from exc

    def with_file_target(self, folder: Path) -> DeliverySettings:
        """The same settings writing files into `folder` and the Atom feed beside them (email etc. kept)."""
        others = tuple(t for t in self.targets if t.channel not in ("file", "atom"))
        atom = next((t for t in self.targets if t.channel == "atom"), Target("atom", "parley.atom"))
        files = Target("file", str(folder))
        feed = Target("atom", str(folder / Path(atom.target).name), atom.options)
        return dataclasses.replace(self, targets=(files, feed, *others))

    def with_base_folder(self, base: Path) -> DeliverySettings:
        """Relative file and atom targets resolved against `base` (the data folder), not the working one."""
        resolved = tuple(
            dataclasses.replace(t, target=str(base / t.target))
            if t.channel in ("file", "atom") and not Path(t.target).expanduser().is_absolute()
            else t
            for t in self.targets
        )
        return dataclasses.replace(self, targets=resolved)


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
