"""The email channel: one digest to one address over SMTP, as text and HTML alternatives.

Security: STARTTLS (refusing to go on in clear if the server does not offer it), implicit TLS, or plain for
a loopback relay only (enforced by `DeliverySettings`). The password is read from the environment variable
the settings name, at send time, and never stored or logged.

Headers: the subject is our own words (kind, date, count) plus the story title cleaned to one line; the
default email policy refuses CR/LF in any header value, so nothing from a feed can add a header. The
Message-ID is the outbox row's, the same on every attempt, so a copy sent twice (the process died between
the server's acceptance and our record of it) can be recognised as a duplicate by its id.
"""

from __future__ import annotations

import base64
import contextlib
import os
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from typing import Any

from reports.channels.base import Outgoing
from reports.errors import ChannelError, ReportsError
from reports.render import render
from reports.settings import DeliverySettings
from reports.text import clean

_STORY_LIMIT = 80


def subject_of(payload: dict[str, Any]) -> str:
    kind = "alert" if payload.get("kind") == "alert" else "digest"
    end = str(payload["period"]["end"])
    when = f"{end[:10]} {end[11:16]} UTC" if kind == "alert" else end[:10]
    status = payload.get("status")
    count = int(payload.get("change_count", 0))
    if status == "changes":
        what = f"{count} change{'s' if count != 1 else ''}"
    elif status == "no_change":
        what = "no change"
    else:
        what = "no data"
    story = clean(payload.get("story"), _STORY_LIMIT)
    return (
        f"Parley {kind} {clean(when)}: {what} ({story})" if story else f"Parley {kind} {clean(when)}: {what}"
    )


def build_message(outgoing: Outgoing, sender: str) -> EmailMessage:
    """The message for one recipient; raises ValueError if an address or header cannot be set safely."""
    payload = outgoing.digest.payload
    message = EmailMessage()
    message["Subject"] = subject_of(payload)
    message["From"] = formataddr(("Parley", sender))
    message["To"] = outgoing.target
    message["Date"] = format_datetime(outgoing.now)
    message["Message-ID"] = outgoing.message_id
    message["Auto-Submitted"] = "auto-generated"  # RFC 3834: tells auto-responders not to answer
    message["X-Parley-Digest"] = str(outgoing.digest.id)
    # quoted-printable keeps every line 7-bit, so any relay accepts it, 8BITMIME or not.
    message.set_content(render(payload, "text"), subtype="plain", charset="utf-8", cte="quoted-printable")
    message.add_alternative(render(payload, "html"), subtype="html", charset="utf-8", cte="quoted-printable")
    return message


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    if user.isascii() and password.isascii():
        smtp.login(user, password)
        return
    # smtplib encodes credentials as ASCII; RFC 4616 PLAIN carries UTF-8, so send it ourselves.
    token = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode("ascii")
    code, reply = smtp.docmd("AUTH", "PLAIN " + token)
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


class EmailChannel:
    name = "email"

    def __init__(self, settings: DeliverySettings, ssl_context: ssl.SSLContext | None = None) -> None:
        self._settings = settings
        self._ssl_context = ssl_context

    @classmethod
    def from_settings(cls, settings: DeliverySettings) -> EmailChannel:
        return cls(settings)

    def deliver(self, outgoing: Outgoing) -> None:
        target = outgoing.target
        try:
            message = build_message(outgoing, self._settings.from_address)
        except ReportsError as exc:
            raise ChannelError(self.name, target, str(exc), permanent=True) from exc
        except ValueError as exc:  # a CR/LF or malformed address in the target: no retry will fix it
            raise ChannelError(self.name, target, f"cannot build the message: {exc}", permanent=True) from exc
        try:
            smtp = self._connect()
            try:
                smtp.send_message(message, from_addr=self._settings.from_address, to_addrs=[target])
            finally:
                # Once the server has accepted the message, nothing after it may count as a failure:
                # a failed QUIT would otherwise make the outbox send the digest again.
                with contextlib.suppress(smtplib.SMTPException, OSError):
                    smtp.quit()
                smtp.close()
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            raise ChannelError(
                self.name,
                target,
                f"recipient refused: {exc.recipients}",
                permanent=all(c >= 500 for c in codes),
            ) from exc
        except smtplib.SMTPAuthenticationError as exc:
            # Credentials are configuration: a person can fix them, so this stays retryable.
            raise ChannelError(self.name, target, f"authentication failed ({exc.smtp_code})") from exc
        except smtplib.SMTPResponseException as exc:
            message_text = (
                exc.smtp_error.decode("utf-8", "replace")
                if isinstance(exc.smtp_error, bytes)
                else str(exc.smtp_error)
            )
            raise ChannelError(
                self.name,
                target,
                f"server said {exc.smtp_code} {clean(message_text)}",
                permanent=exc.smtp_code >= 500,
            ) from exc
        except smtplib.SMTPNotSupportedError as exc:
            raise ChannelError(self.name, target, f"{self._describe()}: {exc}; not sending in clear") from exc
        except (smtplib.SMTPException, OSError) as exc:
            raise ChannelError(self.name, target, f"{self._describe()}: {type(exc).__name__}: {exc}") from exc

    def _connect(self) -> smtplib.SMTP:
        s = self._settings
        timeout = s.smtp_timeout_seconds
        if s.smtp_security == "tls":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                s.smtp_host, s.port, timeout=timeout, context=self._context()
            )
        else:
            smtp = smtplib.SMTP(s.smtp_host, s.port, timeout=timeout)
        try:
            smtp.ehlo()
            if s.smtp_security == "starttls":
                if not smtp.has_extn("starttls"):
                    raise smtplib.SMTPNotSupportedError("the server does not offer STARTTLS")
                smtp.starttls(context=self._context())
                smtp.ehlo()
            if s.smtp_user:
                _login(smtp, s.smtp_user, self._password())
        except BaseException:
            smtp.close()
            raise
        return smtp

    def _context(self) -> ssl.SSLContext:
        if self._ssl_context is not None:
            return self._ssl_context
        context = ssl.create_default_context()
        if self._settings.smtp_ca_file:
            context.load_verify_locations(self._settings.smtp_ca_file)
        return context

    def _password(self) -> str:
        name = self._settings.smtp_password_env
        password = os.environ.get(name)
        if not password:
            raise smtplib.SMTPException(
                f"smtp_user is set but the environment variable {name} is empty or unset"
            )
        return password

    def _describe(self) -> str:
        s = self._settings
        return f"{s.smtp_host}:{s.port} ({s.smtp_security})"
