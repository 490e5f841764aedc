"""The address policy: which resolved addresses an untrusted link may reach (checked without any traffic)."""

from __future__ import annotations

import asyncio
import ipaddress

import httpcore
import pytest

from monitor.addresses import AddressPolicy, AddressRefused, GuardedBackend, resolve

DEFAULT = AddressPolicy()


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.9", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("fc00::5", "private"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("100.64.0.1", "reserved"),
        ("240.0.0.1", "reserved"),
        ("::ffff:127.0.0.1", "loopback"),
    ],
)
def test_non_public_addresses_are_refused_by_default(address: str, kind: str) -> None:
    reason = DEFAULT.refusal(ipaddress.ip_address(address))

    assert reason is not None and reason.endswith(f"is a {kind} address")


@pytest.mark.parametrize("address", ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c", "8.8.8.8"])
def test_public_addresses_pass(address: str) -> None:
    assert DEFAULT.refusal(ipaddress.ip_address(address)) is None


def test_exceptions_are_granted_by_network_or_outright() -> None:
    loopback_only = AddressPolicy.build(False, ["127.0.0.0/8"])
    everything = AddressPolicy.build(True, [])

    assert loopback_only.refusal(ipaddress.ip_address("127.0.0.5")) is None
    assert loopback_only.refusal(ipaddress.ip_address("10.0.0.1")) is not None
    assert everything.refusal(ipaddress.ip_address("10.0.0.1")) is None


def test_the_backend_refuses_before_opening_any_connection() -> None:
    class Untouchable(httpcore.AsyncNetworkBackend):
        async def connect_tcp(self, *args: object, **kwargs: object) -> httpcore.AsyncNetworkStream:
            raise AssertionError("a refused address must never be dialled")

    backend = GuardedBackend(AddressPolicy(), inner=Untouchable())

    with pytest.raises(
        AddressRefused,
        match=r"refused: 10\.0\.0\.7 resolves to a non-public address \(10\.0\.0\.7 is a private address\)",
    ):
        asyncio.run(backend.connect_tcp("10.0.0.7", 80, timeout=1))
    with pytest.raises(AddressRefused, match="loopback"):
        asyncio.run(backend.connect_tcp("localhost", 80, timeout=1))


def test_names_resolve_to_addresses() -> None:
    addresses = asyncio.run(resolve("localhost", 80))

    assert addresses and all(a.is_loopback for a in addresses)
    assert asyncio.run(resolve("10.9.8.7", 80)) == [ipaddress.ip_address("10.9.8.7")]
