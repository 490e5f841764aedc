"""The email channel against a real SMTP server on loopback (aiosmtpd), through the outbox."""

from __future__ import annotations

from datetime import timedelta
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from typing import Any

import pytest
from reports_samples import PERIOD_END, actor, publish_sample, statement

from reports.channels import build_channels
from reports.errors import SettingsError
from reports.outbox import OutboxPolicy, deliver_pending
from reports.settings import DeliverySettings, Target
from storage.db import transaction
from storage.digests import deliveries_of

TO = "desk@example.org"


def settings_for(server: Any, security: str, **extra: Any) -> DeliverySettings:
    return DeliverySettings(
        targets=(Target("email", TO),),
        smtp_host=server.host,
        smtp_port=server.port,
        smtp_security=security,
        from_address="parley@example.org",
        smtp_timeout_seconds=5,
        **extra,
    )


def deliver(engine: Any, settings: DeliverySettings, now: Any = PERIOD_END) -> Any:
    return deliver_pending(engine, build_channels(settings), now, OutboxPolicy.from_settings(settings))


def parts(message: EmailMessage) -> dict[str, str]:
    return {part.get_content_type(): part.get_content() for part in message.walk() if not part.is_multipart()}


def rows(engine: Any) -> list[Any]:
    with transaction(engine) as session:
        return deliveries_of(session)


def test_starttls_with_login_delivers_text_and_html_with_the_headers(
    engine: Any, smtp_server: Any, ca_file: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PARLEY_TEST_SMTP_PASSWORD", "s3cret-Пароль")
    server = smtp_server("starttls", auth=("parley", "s3cret-Пароль"))
    settings = settings_for(
        server,
        "starttls",
        smtp_user="parley",
        smtp_password_env="PARLEY_TEST_SMTP_PASSWORD",
        smtp_ca_file=ca_file,
    )
    changes = [
        statement(text="Zelenskyy’s envoy said: «Переговоры продолжатся» in Abu Dhabi."),
        actor(subject="Олександр Бевз"),
    ]
    digest_id = publish_sample(
        engine, list(settings.targets), changes=changes, story="Переговоры: talks 2026"
    )

    report = deliver(engine, settings)

    assert report.sent == 1 and report.failed == 0
    [message] = server.mailbox.messages
    [row] = rows(engine)
    assert server.mailbox.envelopes == [("parley@example.org", [TO])]
    assert message["Subject"] == "Parley digest 2026-02-05: 2 changes (Переговоры: talks 2026)"
    assert message["To"] == TO
    assert "parley@example.org" in message["From"]
    assert message["Message-ID"] == row.message_id
    assert message["X-Parley-Digest"] == str(digest_id)
    assert parsedate_to_datetime(message["Date"]) == PERIOD_END
    assert message.get_content_type() == "multipart/alternative"
    body = parts(message)
    assert set(body) == {"text/plain", "text/html"}
    for text in body.values():
        assert "Zelenskyy’s envoy said: «Переговоры продолжатся»" in text
        assert "Олександр Бевз" in text
    assert row.status == "sent" and row.attempts == 1 and row.sent_at == PERIOD_END


def test_implicit_tls_delivers(engine: Any, smtp_server: Any, ca_file: str) -> None:
    server = smtp_server("tls")
    settings = settings_for(server, "tls", smtp_ca_file=ca_file)
    publish_sample(engine, list(settings.targets))

    assert deliver(engine, settings).sent == 1
    assert len(server.mailbox.messages) == 1


def test_a_certificate_nobody_vouches_for_is_refused(engine: Any, smtp_server: Any) -> None:
    server = smtp_server("tls")
    settings = settings_for(server, "tls")  # the test CA is not trusted
    publish_sample(engine, list(settings.targets))

    report = deliver(engine, settings)

    assert report.sent == 0 and report.failed == 1
    assert server.mailbox.messages == []
    [row] = rows(engine)
    assert row.status == "failed" and "CERTIFICATE_VERIFY_FAILED" in (row.last_error or "")


def test_starttls_is_required_when_configured_never_falls_back_to_clear(
    engine: Any, smtp_server: Any
) -> None:
    server = smtp_server("plain")  # offers no STARTTLS
    settings = settings_for(server, "starttls")
    publish_sample(engine, list(settings.targets))

    report = deliver(engine, settings)

    assert report.failed == 1 and server.mailbox.messages == []
    assert "STARTTLS" in (rows(engine)[0].last_error or "")


def test_plain_smtp_is_for_loopback_relays_only() -> None:
    assert DeliverySettings(smtp_host="127.0.0.1", smtp_security="plain").port == 25
    assert DeliverySettings(smtp_host="::1", smtp_security="plain").smtp_security == "plain"
    with pytest.raises(SettingsError, match="loopback"):
        DeliverySettings(smtp_host="mail.example.org", smtp_security="plain")


def test_a_missing_password_variable_is_named_and_the_password_never_recorded(
    engine: Any, smtp_server: Any, ca_file: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = smtp_server("starttls", auth=("parley", "right-password"))
    settings = settings_for(
        server, "starttls", smtp_user="parley", smtp_password_env="PARLEY_TEST_PW", smtp_ca_file=ca_file
    )
    publish_sample(engine, list(settings.targets))
    monkeypatch.delenv("PARLEY_TEST_PW", raising=False)

    deliver(engine, settings)
    assert "PARLEY_TEST_PW" in (rows(engine)[0].last_error or "")

    monkeypatch.setenv("PARLEY_TEST_PW", "wrong-password-xyz")
    deliver(engine, settings, PERIOD_END + timedelta(hours=1))
    [row] = rows(engine)
    assert row.status == "failed" and "authentication failed" in (row.last_error or "")
    assert "wrong-password-xyz" not in (row.last_error or "")
    assert server.mailbox.messages == []


def test_a_title_with_crlf_cannot_add_a_header_and_html_escapes_feed_text(
    engine: Any, smtp_server: Any
) -> None:
    server = smtp_server("plain")
    settings = settings_for(server, "plain")
    hostile = statement(text="<script>alert(1)</script> <img src=x onerror=alert(2)>")
    hostile.evidence = {**hostile.evidence, "title": "Peace\r\nBcc: victim@example.net\r\n\r\n<b>x</b>"}
    publish_sample(
        engine, list(settings.targets), changes=[hostile], story="Talks\r\nBcc: victim@example.net"
    )

    deliver(engine, settings)

    [message] = server.mailbox.messages
    assert message["Bcc"] is None
    assert server.mailbox.envelopes[0][1] == [TO]
    assert "\n" not in message["Subject"] and "\r" not in message["Subject"]
    assert message["Subject"].endswith("(Talks Bcc: victim@example.net)")
    html = parts(message)["text/html"]
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Peace Bcc: victim@example.net &lt;b&gt;x&lt;/b&gt;" in html


def test_server_down_waits_with_backoff_then_delivers_exactly_one_copy(
    engine: Any, smtp_server: Any, unused_port: int
) -> None:
    port = unused_port
    settings = DeliverySettings(
        targets=(Target("email", TO),),
        smtp_host="127.0.0.1",
        smtp_port=port,
        smtp_security="plain",
        smtp_timeout_seconds=5,
        backoff_base_seconds=60,
    )
    publish_sample(engine, list(settings.targets))

    first = deliver(engine, settings, PERIOD_END)
    [row] = rows(engine)
    assert first.failed == 1 and row.status == "failed" and row.attempts == 1
    assert row.next_attempt_at == PERIOD_END + timedelta(seconds=60)

    server = smtp_server("plain", port=port)
    early = deliver(engine, settings, PERIOD_END + timedelta(seconds=59))
    assert early.attempted == 0 and server.mailbox.messages == []

    due = deliver(engine, settings, PERIOD_END + timedelta(seconds=60))
    again = deliver(engine, settings, PERIOD_END + timedelta(hours=1))

    assert due.sent == 1 and again.attempted == 0
    assert len(server.mailbox.messages) == 1
    [row] = rows(engine)
    assert row.status == "sent" and row.attempts == 2


def test_a_malformed_recipient_that_reached_the_outbox_is_dead_at_once(engine: Any, smtp_server: Any) -> None:
    server = smtp_server("plain")
    settings = settings_for(server, "plain")
    publish_sample(engine, [("email", "desk@example.org\r\nBcc: victim@example.net")])

    report = deliver(engine, settings)

    assert report.dead == 1 and server.mailbox.messages == []
