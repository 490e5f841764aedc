"""What every shell (CLI, scheduler jobs, demo) needs: settings, the story pack and an upgraded database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path

from sqlalchemy.engine import Engine

from monitor.config import Settings, load_settings
from monitor.pack import StoryPack, load_pack
from monitor.state import StoryState
from monitor.story import load_state
from storage.db import open_database, transaction


@dataclass(frozen=True)
class App:
    settings: Settings
    pack: StoryPack
    engine: Engine


def open_app(
    config: Path | str | None = None, database: str | None = None, pack: Path | str | None = None
) -> App:
    settings = load_settings(config=config, database=database, pack=pack)
    story = load_pack(settings.pack_path)
    return App(settings=settings, pack=story, engine=open_database(settings.database_url))


def state_as_of(engine: Engine, as_of: date | None = None) -> StoryState:
    until = datetime.combine(as_of, time.max, tzinfo=UTC) if as_of else None
    with transaction(engine) as session:
        return load_state(session, until=until)
