"""The one HTTP client every fetch goes through: limits, timeouts, redirects and the address policy.

- A global limit on requests in flight and a per-host limit (politeness towards one server).
- Connect, read and pool timeouts from httpx, plus a total deadline per request (redirects and body
  included): a server that trickles one byte a second cannot hold a slot for ever.
- Redirects are followed here, not by httpx, so that each hop is counted, a loop is named as a loop, and a
  run of permanent redirects (301/308) from the start tells the caller the source's new address.
- The body is read as a stream and abandoned past `max_bytes` (decoded size: a small gzip bomb counts big).
- Connections go only to addresses the `AddressPolicy` allows (see monitor/addresses.py). Proxy settings
  from the environment are ignored: a proxy would hide the address actually reached.

Everything that goes wrong raises `FetchError` naming the URL; any final status (200, 304, 404, 429 ...)
is a `WebResponse`, for the caller to judge.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from monitor.addresses import AddressPolicy, GuardedBackend, is_refusal
from monitor.errors import FeedParseError, FetchError

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PERMANENT_REDIRECTS = frozenset({301, 308})


@dataclass(frozen=True)
class ClientLimits:
    user_agent: str
    connect_timeout: float
    read_timeout: float
    total_timeout: float
    max_bytes: int
    max_redirects: int
    concurrency: int
    per_host: int
    policy: AddressPolicy


@dataclass(frozen=True)
class WebResponse:
    url: str  # the final URL, after redirects
    status: int
    headers: httpx.Headers
    body: bytes  # read for 2xx responses only
    moved_to: str | None = None  # where a run of permanent redirects from the first request led


class _GuardedTransport(httpx.AsyncHTTPTransport):
    def __init__(self, policy: AddressPolicy, limits: httpx.Limits) -> None:
        ssl_context = httpx.create_ssl_context(trust_env=False)
        super().__init__(verify=ssl_context, limits=limits, trust_env=False)
        # httpx has no parameter for httpcore's network backend, and the address check belongs exactly
        # there (at connect time, on the address connected to); so the pool is rebuilt with ours.
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=GuardedBackend(policy),
        )


class WebClient:
    """Use as `async with WebClient(limits) as client: await client.get(url)`."""

    def __init__(self, limits: ClientLimits) -> None:
        self.limits = limits
        pool = httpx.Limits(max_connections=limits.concurrency, max_keepalive_connections=limits.concurrency)
        self._client = httpx.AsyncClient(
            transport=_GuardedTransport(limits.policy, pool),
            headers={"User-Agent": limits.user_agent},
            timeout=httpx.Timeout(
                connect=limits.connect_timeout,
                read=limits.read_timeout,
                write=limits.read_timeout,
                pool=limits.total_timeout,
            ),
            follow_redirects=False,
            trust_env=False,
        )
        self._slots = asyncio.Semaphore(limits.concurrency)
        self._hosts: defaultdict[str, asyncio.Semaphore] = defaultdict(
            lambda: asyncio.Semaphore(limits.per_host)
        )

    async def __aenter__(self) -> WebClient:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self._client.aclose()

    async def get(self, url: str, headers: Mapping[str, str] | None = None) -> WebResponse:
        """GET with redirects followed by hand; raises FetchError naming `url` on any failure."""
        try:
            async with self._slots, asyncio.timeout(self.limits.total_timeout):
                return await self._follow(url, dict(headers or {}))
        except FetchError:
            raise
        except TimeoutError as exc:
            raise FetchError(url, f"no complete response within {self.limits.total_timeout:g}s") from exc
        except httpx.TimeoutException as exc:
            raise FetchError(url, f"{_timeout_kind(exc)} timeout") from exc
        except httpx.InvalidURL as exc:
            raise FetchError(url, f"not a usable URL: {exc}") from exc
        except httpx.HTTPError as exc:
            if is_refusal(exc):
                raise FetchError(url, str(exc)) from exc
            raise FetchError(url, f"{type(exc).__name__}: {exc}") from exc

    async def _follow(self, url: str, headers: dict[str, str]) -> WebResponse:
        seen = {url}
        current = url
        moved_to: str | None = None
        still_permanent = True
        for _hop in range(self.limits.max_redirects + 1):
            response = await self._one(current, headers)
            if isinstance(response, WebResponse):
                return WebResponse(response.url, response.status, response.headers, response.body, moved_to)
            status, location = response
            target = urljoin(current, location)
            if urlsplit(target).scheme not in ("http", "https"):
                raise FetchError(url, f"redirect to a non-web URL: {target[:200]}")
            if target in seen:
                raise FetchError(url, f"redirect loop at {target[:200]}")
            seen.add(target)
            still_permanent = still_permanent and status in PERMANENT_REDIRECTS
            if still_permanent:
                moved_to = target
            current = target
        raise FetchError(url, f"more than {self.limits.max_redirects} redirects")

    async def _one(self, url: str, headers: dict[str, str]) -> WebResponse | tuple[int, str]:
        host = (urlsplit(url).hostname or "").lower()
        async with self._hosts[host], self._client.stream("GET", url, headers=headers) as response:
            location = response.headers.get("location")
            if response.status_code in REDIRECT_STATUSES and location:
                return response.status_code, location
            body = await self._read(url, response) if 200 <= response.status_code < 300 else b""
            return WebResponse(str(response.url), response.status_code, response.headers, body)

    async def _read(self, url: str, response: httpx.Response) -> bytes:
        cap = self.limits.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(url, f"body of {int(declared)} bytes is larger than the {cap}-byte cap")
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > cap:
                raise FetchError(url, f"body is larger than the {cap}-byte cap")
            chunks.append(chunk)
        return b"".join(chunks)


def _timeout_kind(exc: httpx.TimeoutException) -> str:
    if isinstance(exc, httpx.ConnectTimeout):
        return "connect"
    if isinstance(exc, httpx.PoolTimeout):
        return "pool"
    if isinstance(exc, httpx.WriteTimeout):
        return "write"
    return "read"


def detail(exc: FetchError | FeedParseError) -> str:
    """A FetchError's message without the URL prefix, for results that already name the URL."""
    message = str(exc)
    prefix = f"{exc.url}: "
    return message[len(prefix) :] if message.startswith(prefix) else message
