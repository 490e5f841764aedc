"""Real parts for the reports tests: SQLite files, a loopback SMTP server (aiosmtpd), test certificates."""

from __future__ import annotations

import contextlib
import socket
import ssl
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from sqlalchemy.engine import Engine

from storage.db import open_database

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))  # the helpers (reports_samples, the crash child) import by name


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = open_database("sqlite:///" + str(tmp_path / "t.db"))
    yield engine
    engine.dispose()


def free_port() -> int:
    # aiosmtpd's Controller cannot take port 0 (its readiness probe would dial port 0): pick one first.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def unused_port() -> int:
    return free_port()


@dataclass
class Mailbox:
    """What the SMTP server received: parsed messages with their envelopes."""

    messages: list[EmailMessage] = field(default_factory=list)
    envelopes: list[tuple[str, list[str]]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        parsed = message_from_bytes(envelope.original_content, policy=policy.default)
        with self.lock:
            self.messages.append(parsed)  # type: ignore[arg-type]
            self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        return "250 Message accepted for delivery"

    def message_ids(self) -> list[str]:
        with self.lock:
            return [str(m["Message-ID"]) for m in self.messages]


@dataclass
class SmtpServer:
    host: str
    port: int
    mailbox: Mailbox
    controller: Controller

    def stop(self) -> None:
        self.controller.stop()


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def ca_file(ca: trustme.CA, tmp_path: Path) -> str:
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)


def _server_context(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("localhost", "127.0.0.1").configure_cert(context)
    return context


def _authenticator(user: str, password: str) -> Callable[..., AuthResult]:
    def check(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login == user.encode()
            and auth_data.password == password.encode()
        )
        return AuthResult(success=ok, handled=False)

    return check


@pytest.fixture
def smtp_server(ca: trustme.CA) -> Iterator[Callable[..., SmtpServer]]:
    """Start a real SMTP server: `security` "plain", "starttls" or "tls"; `auth=(user, password)`."""
    started: list[SmtpServer] = []

    def start(
        security: str = "plain", port: int | None = None, auth: tuple[str, str] | None = None
    ) -> SmtpServer:
        mailbox = Mailbox()
        port = port or free_port()
        kwargs: dict[str, Any] = {"hostname": "127.0.0.1", "port": port}
        if security == "starttls":
            kwargs.update(tls_context=_server_context(ca), require_starttls=True)
        elif security == "tls":
            kwargs.update(ssl_context=_server_context(ca))
        if auth is not None:
            kwargs.update(authenticator=_authenticator(*auth), auth_required=True)
        controller = Controller(mailbox, **kwargs)
        controller.start()
        server = SmtpServer("127.0.0.1", port, mailbox, controller)
        started.append(server)
        return server

    yield start
    for server in started:
        with contextlib.suppress(AssertionError):  # stopped by the test already
            server.stop()
