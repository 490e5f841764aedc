"""Which addresses Parley may connect to: feeds and their article links are untrusted input.

A link in a feed could point at the machine itself, the local network or a cloud metadata service. The
check runs where the connection is made, on the addresses the host name resolves to, and the connection then
goes to the address that was checked: a name that resolves to a public address when checked and to a
private one a moment later (DNS rebinding) cannot slip through.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import anyio
import httpcore

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


class AddressRefused(httpcore.ConnectError):
    """A host resolves to an address the policy refuses (httpx reports it as a ConnectError)."""


@dataclass(frozen=True)
class AddressPolicy:
    """Public addresses only, unless private ones are allowed outright or by network."""

    allow_private: bool = False
    allowed_networks: tuple[IPNetwork, ...] = ()

    @classmethod
    def build(cls, allow_private: bool, allowed_networks: Iterable[str]) -> AddressPolicy:
        return cls(allow_private, tuple(ipaddress.ip_network(n, strict=False) for n in allowed_networks))

    def refusal(self, address: IPAddress) -> str | None:
        """Why this address is refused, or None when it may be reached."""
        if self.allow_private:
            return None
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        if any(address in network for network in self.allowed_networks):
            return None
        kind = _non_public_kind(address)
        return None if kind is None else f"{address} is a {kind} address"


def _non_public_kind(address: IPAddress) -> str | None:
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if address.is_multicast:
        return "multicast"
    if address.is_unspecified:
        return "unspecified"
    if address.is_reserved:
        return "reserved"
    if address.is_private:
        return "private"
    if not address.is_global:
        return "reserved"  # shared (carrier-grade NAT), documentation and benchmarking ranges
    return None


async def resolve(host: str, port: int) -> list[IPAddress]:
    """The addresses a host name resolves to, in the resolver's order, without repeats."""
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    infos = await anyio.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: dict[IPAddress, None] = {}
    for _family, _type, _proto, _name, sockaddr in infos:
        # Strip an IPv6 scope ("fe80::1%eth0") before parsing.
        seen.setdefault(ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0]), None)
    return list(seen)


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend, resolving names itself and connecting only to allowed addresses."""

    def __init__(self, policy: AddressPolicy, inner: httpcore.AsyncNetworkBackend | None = None) -> None:
        self._policy = policy
        self._inner = inner or httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            with anyio.fail_after(timeout):
                addresses = await resolve(host, port)
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(f"resolving {host} timed out") from exc
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        # One refused address refuses the host: a name that mixes public and private answers is suspect.
        for address in addresses:
            reason = self._policy.refusal(address)
            if reason is not None:
                raise AddressRefused(f"refused: {host} resolves to a non-public address ({reason})")
        last_error: Exception | None = None
        for address in addresses:
            try:
                return await self._inner.connect_tcp(
                    str(address), port, timeout, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last_error = exc
        raise last_error or httpcore.ConnectError(f"{host} has no address")

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        raise AddressRefused("refused: unix sockets are never reached from a feed")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def is_refusal(exc: BaseException) -> bool:
    """Whether an httpx error was caused by the address policy (httpx wraps httpcore's exceptions)."""
    seen: BaseException | None = exc
    for _ in range(8):  # httpx wraps once or twice; the bound guards against a cyclic chain
        if seen is None:
            return False
        if isinstance(seen, AddressRefused):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
