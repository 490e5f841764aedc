"""The apprise channel against a real loopback HTTP server (Apprise's JSON webhook target)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from reports_samples import PERIOD_END, publish_sample, statement

from reports.channels import build_channels
from reports.outbox import deliver_pending
from reports.settings import DeliverySettings, Target
from storage.db import transaction
from storage.digests import deliveries_of

pytest.importorskip("apprise")

VARIABLE = "PARLEY_TEST_CHAT_URL"


def deliver(engine: Any) -> Any:
    settings = DeliverySettings(targets=(Target("apprise", VARIABLE),))
    publish_sample(engine, list(settings.targets), changes=[statement(text="Переговоры <b>продолжатся</b>.")])
    return deliver_pending(engine, build_channels(settings), PERIOD_END)


def only_row(engine: Any) -> Any:
    with transaction(engine) as session:
        [row] = deliveries_of(session)
    return row


def test_the_digest_is_posted_as_markdown_with_our_subject(
    engine: Any, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    httpserver.expect_oneshot_request("/hook", method="POST").respond_with_data("ok")
    monkeypatch.setenv(VARIABLE, f"json://{httpserver.host}:{httpserver.port}/hook")

    report = deliver(engine)

    assert report.sent == 1
    [(request, _)] = httpserver.log
    body = json.loads(request.get_data())
    assert (
        body["title"]
        == "Parley digest 2026-02-05: 1 change (Ukraine-Russia talks mediated by the United States (2026))"
    )
    assert "Переговоры &lt;b&gt;продолжатся&lt;/b&gt;." in body["message"]
    assert only_row(engine).status == "sent"


def test_a_failing_service_is_retried_and_the_url_never_recorded(
    engine: Any, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    httpserver.expect_request("/hook").respond_with_data("down", status=503)
    monkeypatch.setenv(VARIABLE, f"json://{httpserver.host}:{httpserver.port}/hook?token=s3cret")

    report = deliver(engine)

    row = only_row(engine)
    assert report.failed == 1 and row.status == "failed"
    assert "s3cret" not in (row.last_error or "") and row.target == VARIABLE


def test_an_unset_variable_is_named(engine: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(VARIABLE, raising=False)
    deliver(engine)
    assert VARIABLE in (only_row(engine).last_error or "")
