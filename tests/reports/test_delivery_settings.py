"""Delivery settings from the config file's [delivery] table."""

from __future__ import annotations

from pathlib import Path

import pytest

from reports.errors import SettingsError
from reports.outbox import OutboxPolicy
from reports.settings import DeliverySettings, Target


def test_defaults_write_files_and_a_feed_and_use_starttls() -> None:
    settings = DeliverySettings()
    assert [(t.channel, t.target) for t in settings.targets] == [
        ("file", "digests"),
        ("atom", "digests/parley.atom"),
    ]
    assert (settings.smtp_security, settings.port, settings.max_attempts) == ("starttls", 587, 8)
    assert DeliverySettings(smtp_security="tls").port == 465


def test_from_config_expands_email_recipients_into_one_target_each() -> None:
    settings = DeliverySettings.from_config(
        {
            "smtp_host": "smtp.example.org",
            "from_address": "parley@example.org",
            "max_attempts": 3,
            "targets": [
                {"channel": "file", "target": "out", "formats": ["markdown", "html"]},
                {"channel": "email", "to": ["a@example.org", "b@example.org"]},
            ],
        },
        "parley.toml",
    )
    assert settings.targets == (
        Target("file", "out", {"formats": ["markdown", "html"]}),
        Target("email", "a@example.org"),
        Target("email", "b@example.org"),
    )
    policy = OutboxPolicy.from_settings(settings)
    assert (policy.max_attempts, policy.message_domain) == (3, "example.org")


@pytest.mark.parametrize(
    ("section", "message"),
    [
        ({"smtp_hots": "x"}, "parley.toml: delivery.smtp_hots: unknown setting"),
        (
            {"targets": [{"channel": "fax", "target": "123"}]},
            "parley.toml: delivery.targets: unknown channel",
        ),
        ({"targets": [{"channel": "email"}]}, "delivery.targets: email target has no"),
        ({"smtp_security": "ssl"}, "delivery.smtp_security"),
        ({"max_attempts": 0}, "delivery.max_attempts: must be at least 1"),
        ({"from_address": "parley\r\nBcc: x@y"}, "delivery.from_address"),
        ({"smtp_host": "mail.example.org", "smtp_security": "plain"}, "loopback"),
    ],
)
def test_bad_values_name_the_file_and_the_key(section: dict, message: str) -> None:
    with pytest.raises(SettingsError, match=message.replace(".", r"\.")):
        DeliverySettings.from_config(section, "parley.toml")


def test_with_file_target_moves_files_and_feed_and_keeps_email(tmp_path: Path) -> None:
    settings = DeliverySettings(targets=(Target("email", "a@example.org"), Target("file", "digests")))
    moved = settings.with_file_target(tmp_path / "d")
    assert [(t.channel, t.target) for t in moved.targets] == [
        ("file", str(tmp_path / "d")),
        ("atom", str(tmp_path / "d" / "parley.atom")),
        ("email", "a@example.org"),
    ]


def test_relative_paths_resolve_against_the_data_folder(tmp_path: Path) -> None:
    settings = DeliverySettings(targets=(Target("file", "digests"), Target("atom", "/srv/feed.atom")))
    assert [t.target for t in settings.with_base_folder(tmp_path).targets] == [
        str(tmp_path / "digests"),
        "/srv/feed.atom",
    ]


def test_backoff_doubles_up_to_the_cap() -> None:
    policy = OutboxPolicy(backoff_base_seconds=60, backoff_max_seconds=300)
    assert [policy.backoff(n).total_seconds() for n in (1, 2, 3, 4, 5)] == [60, 120, 240, 300, 300]


@pytest.mark.parametrize(
    ("channel", "target"),
    [
        ("email", "Desk <desk@example.org>"),
        ("email", "a@example.org, b@example.org"),
        ("email", "a@example.org\r\nBcc: b@example.org"),
        ("apprise", "tgram://bot-token/chat"),  # a URL with its secret: must come from the environment
    ],
)
def test_targets_that_could_carry_more_than_they_say_are_refused(channel: str, target: str) -> None:
    with pytest.raises(SettingsError, match="targets"):
        Target(channel, target)
