"""The file channel: four formats under a stable name, atomic writes, idempotent re-delivery."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from reports_samples import PERIOD_END, publish_sample

from reports.channels import build_channels
from reports.channels.files import atomic_write
from reports.outbox import deliver_pending
from reports.settings import DeliverySettings, Target
from storage.db import transaction
from storage.digests import deliveries_of


def test_a_digest_is_written_in_every_format_under_its_stable_name(engine: Any, tmp_path: Path) -> None:
    settings = DeliverySettings(targets=(Target("file", str(tmp_path / "out")),))
    publish_sample(engine, list(settings.targets))

    report = deliver_pending(engine, build_channels(settings), PERIOD_END)

    assert report.sent == 1
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == [f"digest-2026-02-05-00001.{ext}" for ext in ("html", "json", "md", "txt")]
    payload = json.loads((tmp_path / "out" / "digest-2026-02-05-00001.json").read_text(encoding="utf-8"))
    assert payload["change_count"] == 4
    assert (tmp_path / "out" / "digest-2026-02-05-00001.md").stat().st_mode & 0o777 == 0o644


def test_formats_can_be_chosen_per_target(engine: Any, tmp_path: Path) -> None:
    settings = DeliverySettings(targets=(Target("file", str(tmp_path), {"formats": ["markdown"]}),))
    publish_sample(engine, list(settings.targets))
    deliver_pending(engine, build_channels(settings), PERIOD_END)
    assert [p.name for p in tmp_path.glob("digest-*")] == ["digest-2026-02-05-00001.md"]


def test_an_unknown_format_is_a_permanent_failure(engine: Any, tmp_path: Path) -> None:
    settings = DeliverySettings(targets=(Target("file", str(tmp_path), {"formats": ["pdf"]}),))
    publish_sample(engine, list(settings.targets))
    report = deliver_pending(engine, build_channels(settings), PERIOD_END)
    with transaction(engine) as session:
        [row] = deliveries_of(session)
    assert report.dead == 1 and row.status == "dead" and "pdf" in (row.last_error or "")


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "digest.md"
    atomic_write(path, "complete old digest")

    with pytest.raises(UnicodeEncodeError):
        atomic_write(path, "half of a new digest, then a character UTF-8 cannot hold: \ud800")

    assert path.read_text(encoding="utf-8") == "complete old digest"
    assert [p.name for p in tmp_path.iterdir()] == ["digest.md"]
