"""`parley`: the command line. Each command parses options, calls one core function, prints the result.

Output is a rich table on a terminal and plain text otherwise; `--json` gives machine-readable output.
Errors from Parley's exception tree become one line on stderr and exit code 2.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from monitor import views
from monitor.app import App, open_app, state_as_of
from monitor.errors import ParleyError
from storage.db import DatabaseError

F = TypeVar("F", bound=Callable[..., Any])


def _friendly_errors(func: F) -> F:
    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (ParleyError, DatabaseError) as exc:
            click.echo(f"parley: error: {exc}", err=True)
            sys.exit(2)

    return wrapper  # type: ignore[return-value]


class _Context:
    def __init__(self, config: str | None, database: str | None, pack: str | None) -> None:
        self.config, self.database, self.pack = config, database, pack
        self._app: App | None = None

    @property
    def app(self) -> App:
        if self._app is None:
            self._app = open_app(self.config, self.database, self.pack)
        return self._app


pass_ctx = click.make_pass_decorator(_Context)


def _iso_date(_ctx: Any, _param: Any, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)") from exc


@click.group()
@click.option(
    "--config", "config", type=click.Path(dir_okay=False), help="Config file (default: ./parley.toml)."
)
@click.option("--db", "database", help="Database file path or SQLAlchemy URL (overrides PARLEY_DB).")
@click.option(
    "--pack", "pack", type=click.Path(dir_okay=False), help="Story pack TOML (default: the bundled one)."
)
@click.version_option(package_name="parley")
@click.pass_context
def main(ctx: click.Context, config: str | None, database: str | None, pack: str | None) -> None:
    """Parley follows a negotiation in the news and reports what changed: rounds, statements, positions."""
    ctx.obj = _Context(config, database, pack)


@main.command()
@pass_ctx
@_friendly_errors
def init(ctx: _Context) -> None:
    """Create the database, load the story pack and set the baseline from the seed articles."""
    from monitor.baseline import init_story

    report = init_story(ctx.app.engine, ctx.app.pack, datetime.now(UTC))
    views.print_init(report, ctx.app.settings.database_url)


@main.command()
@click.option(
    "--once", is_flag=True, required=True, help="Run one cycle and exit (`parley serve` runs many)."
)
@click.option(
    "--explain", is_flag=True, help="Show why each new article was kept, skipped or marked duplicate."
)
@click.option("--json", "as_json", is_flag=True, help="Print the cycle's figures as JSON.")
@pass_ctx
@_friendly_errors
def run(ctx: _Context, once: bool, explain: bool, as_json: bool) -> None:
    """Poll every due source, extract facts from new articles and store what changed."""
    from monitor.cycle import run_cycle

    report = run_cycle(ctx.app.engine, ctx.app.pack, ctx.app.settings, datetime.now(UTC), explain=explain)
    views.print_cycle(report, explain=explain, as_json=as_json)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the digest record as JSON.")
@pass_ctx
@_friendly_errors
def digest(ctx: _Context, as_json: bool) -> None:
    """Compose a digest of the changes since the previous one and deliver it."""
    from monitor.digesting import make_digest

    outcome = make_digest(ctx.app.engine, ctx.app.pack, ctx.app.settings, datetime.now(UTC))
    views.print_digest(outcome, as_json=as_json)


@main.command()
@click.option(
    "--revive-dead", is_flag=True, help="Also retry deliveries that gave up after too many failures."
)
@pass_ctx
@_friendly_errors
def deliver(ctx: _Context, revive_dead: bool) -> None:
    """Send the outbox now: digests not yet delivered, and failed deliveries whose retry is due."""
    from monitor.digesting import retry_deliveries

    report = retry_deliveries(ctx.app.engine, ctx.app.settings, datetime.now(UTC), revive_dead)
    views.print_delivery(report)


@main.command()
@click.option("--as-of", "as_of", callback=_iso_date, help="The state as it stood at the end of this day.")
@click.option("--json", "as_json", is_flag=True, help="Print rounds, statements and positions as JSON.")
@pass_ctx
@_friendly_errors
def state(ctx: _Context, as_of: date | None, as_json: bool) -> None:
    """Show the story's current state: rounds, statements, positions and new actors, with evidence."""
    views.print_state(state_as_of(ctx.app.engine, as_of), as_json=as_json)


@main.command()
@click.option(
    "--since", callback=_iso_date, help="Only changes whose evidence is dated on or after this day."
)
@click.option("--kind", type=click.Choice(["round", "statement", "position", "actor"]), help="One kind only.")
@click.option("--json", "as_json", is_flag=True, help="Print changes as JSON.")
@pass_ctx
@_friendly_errors
def history(ctx: _Context, since: date | None, kind: str | None, as_json: bool) -> None:
    """List every change Parley has reported, oldest first."""
    from monitor.queries import change_history

    views.print_history(change_history(ctx.app.engine, since, kind), as_json=as_json)


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--published", required=True, callback=_iso_date, help="The article's publication date.")
@click.option("--url", help="The article's URL, cited as evidence (default: the file path).")
@click.option("--json", "as_json", is_flag=True, help="Print the facts as JSON.")
@click.option(
    "--pack", "pack", type=click.Path(dir_okay=False), help="Story pack TOML (default: the bundled one)."
)
@_friendly_errors
def extract(file: Path, published: date, url: str | None, as_json: bool, pack: str | None) -> None:
    """Print the facts one article yields, without touching the database."""
    from monitor.queries import extract_file

    views.print_facts(extract_file(file, published, url, pack), as_json=as_json)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
@pass_ctx
@_friendly_errors
def status(ctx: _Context, as_json: bool) -> None:
    """Show scheduled jobs, recent runs, source health and the outbox."""
    from monitor.status import collect_status

    views.print_status(collect_status(ctx.app.engine, ctx.app.settings), as_json=as_json)


@main.command()
@pass_ctx
@_friendly_errors
def serve(ctx: _Context) -> None:
    """Run as a service: poll on an interval, digest on a cron schedule, until SIGINT or SIGTERM."""
    from monitor.scheduler import serve as serve_forever

    serve_forever(ctx.app.settings, ctx.app.pack.path)


@main.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print sources as JSON.")
@click.pass_context
@_friendly_errors
def sources(click_ctx: click.Context, as_json: bool) -> None:
    """List sources with their health; subcommands add, remove and reset them."""
    if click_ctx.invoked_subcommand is None:
        from monitor.queries import source_list

        views.print_sources(source_list(click_ctx.obj.app.engine), as_json=as_json)


@sources.command("add")
@click.argument("url")
@click.option("--title", help="A name for the source.")
@click.option("--every", type=click.IntRange(min=1), help="Poll it no more often than every N minutes.")
@pass_ctx
@_friendly_errors
def sources_add(ctx: _Context, url: str, title: str | None, every: int | None) -> None:
    """Add a feed URL (or a local file) to poll beside the story pack's feeds."""
    from monitor.queries import add_source

    click.echo(add_source(ctx.app.engine, url, title, every))


@sources.command("remove")
@click.argument("url")
@pass_ctx
@_friendly_errors
def sources_remove(ctx: _Context, url: str) -> None:
    """Stop polling a source (its articles and history are kept)."""
    from monitor.queries import remove_source

    click.echo(remove_source(ctx.app.engine, url))


@sources.command("reset")
@click.argument("url")
@pass_ctx
@_friendly_errors
def sources_reset(ctx: _Context, url: str) -> None:
    """Resume polling a source that was stopped after repeated failures."""
    from monitor.queries import reset_source

    click.echo(reset_source(ctx.app.engine, url))


@main.command()
@click.option("--days", type=int, default=None, help="Simulate only the first N days of the sample data.")
@click.option(
    "--out", "out", type=click.Path(file_okay=False, path_type=Path), help="Folder (default ./parley-demo)."
)
@_friendly_errors
def demo(days: int | None, out: Path | None) -> None:
    """Follow the bundled sample news day by day after the seed, offline, and write a digest per day."""
    from monitor.demo import run_demo

    run_demo(out or Path.cwd() / "parley-demo", days=days, echo=click.echo)


def print_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))
