"""The apprise channel: a digest to chat services (ntfy, Matrix, Slack, Telegram, ...) through Apprise.

The target is the *name of an environment variable* holding the Apprise URL, because such URLs carry
tokens, and the outbox row (which stores the target) must hold no secret. The message is the Markdown
rendering; Apprise converts or splits it for each service. Apprise is imported only when this channel is
used, so Parley runs without it. A chat service has no Message-ID: a resend after a crash is a visible
duplicate (at-least-once).
"""

from __future__ import annotations

import logging
import os
import warnings

from reports.channels.base import Outgoing
from reports.channels.email import subject_of
from reports.errors import ChannelError, ReportsError
from reports.render import render
from reports.settings import DeliverySettings


class AppriseChannel:
    name = "apprise"

    @classmethod
    def from_settings(cls, settings: DeliverySettings) -> AppriseChannel:
        return cls()

    def deliver(self, outgoing: Outgoing) -> None:
        try:
            import apprise
        except ImportError as exc:
            raise ChannelError(self.name, outgoing.target, "the apprise package is not installed") from exc
        url = os.environ.get(outgoing.target)
        if not url:
            raise ChannelError(self.name, outgoing.target, "environment variable is empty or unset")
        notifier = apprise.Apprise()
        with warnings.catch_warnings():
            # Apprise loads its plugins lazily on the first URL, importing `imghdr`, deprecated in 3.11.
            warnings.simplefilter("ignore", DeprecationWarning)
            understood = notifier.add(url)
        if not understood:
            # The URL is a secret: name the variable, never echo its value.
            raise ChannelError(
                self.name, outgoing.target, "apprise does not understand the URL in this variable"
            )
        try:
            body = render(outgoing.digest.payload, "markdown")
        except ReportsError as exc:
            raise ChannelError(self.name, outgoing.target, str(exc), permanent=True) from exc
        with apprise.LogCapture(level=logging.WARNING) as captured:
            ok = notifier.notify(
                body=body,
                title=subject_of(outgoing.digest.payload),
                body_format=apprise.NotifyFormat.MARKDOWN,
            )
        if not ok:
            detail = " ".join(captured.getvalue().split())[:300] or "no detail"
            raise ChannelError(self.name, outgoing.target, f"notification failed: {detail}")
