"""The exceptions of `reports`, one small tree (it cannot import `monitor.errors`, which sits above it).

    ReportsError
    ├── SettingsError  a delivery setting that cannot work (names the setting)
    ├── RenderError    a template that failed, e.g. on a missing variable (names the template)
    └── ChannelError   a channel that could not deliver (names the channel and target; says whether a
                       retry can help)

A failed delivery is recorded on its outbox row, never raised out of `deliver_pending`; the CLI handles
`ReportsError` at the edge like `monitor.errors.ParleyError`.
"""

from __future__ import annotations


class ReportsError(Exception):
    pass


class SettingsError(ReportsError):
    def __init__(self, setting: str, message: str) -> None:
        self.setting = setting
        super().__init__(f"{setting}: {message}")


class RenderError(ReportsError):
    def __init__(self, template: str, message: str) -> None:
        self.template = template
        super().__init__(f"template {template}: {message}")


class ChannelError(ReportsError):
    """`permanent` is True when retrying cannot help (the server refused the recipient for good)."""

    def __init__(self, channel: str, target: str, message: str, *, permanent: bool = False) -> None:
        self.channel = channel
        self.target = target
        self.permanent = permanent
        super().__init__(f"{channel} -> {target}: {message}")
