"""Client address resolution and its HMAC key (DESIGN §4.2)."""

from __future__ import annotations

import pytest

from operations.rate_limits import client_address, client_key


def test_without_trusted_proxies_the_socket_address_is_the_client() -> None:
    meta = {"REMOTE_ADDR": "10.0.0.9", "HTTP_X_FORWARDED_FOR": "203.0.113.7"}
    assert client_address(meta, 0, 64) == "10.0.0.9"


def test_with_one_trusted_proxy_the_client_is_the_last_hop() -> None:
    meta = {"REMOTE_ADDR": "10.0.0.9", "HTTP_X_FORWARDED_FOR": "203.0.113.7"}
    assert client_address(meta, 1, 64) == "203.0.113.7"


@pytest.mark.parametrize(
    "forwarded",
    [
        "1.2.3.4, 203.0.113.7",
        "9.9.9.9, 8.8.8.8, 203.0.113.7",
        "not-an-ip, 203.0.113.7",
        "203.0.113.7",
    ],
)
def test_spoofed_extra_entries_do_not_change_the_rate_limit_key(forwarded: str) -> None:
    meta = {"REMOTE_ADDR": "10.0.0.9", "HTTP_X_FORWARDED_FOR": forwarded}
    honest = {"REMOTE_ADDR": "10.0.0.9", "HTTP_X_FORWARDED_FOR": "203.0.113.7"}
    assert client_key(client_address(meta, 1, 64), "s") == client_key(
        client_address(honest, 1, 64), "s"
    )


def test_two_trusted_proxies_take_the_second_entry_from_the_right() -> None:
    meta = {"REMOTE_ADDR": "10.0.0.9", "HTTP_X_FORWARDED_FOR": "6.6.6.6, 203.0.113.7, 10.0.0.2"}
    assert client_address(meta, 2, 64) == "203.0.113.7"


def test_a_garbage_hop_falls_back_to_the_socket_address() -> None:
    meta = {"REMOTE_ADDR": "10.0.0.9", "HTTP_X_FORWARDED_FOR": "1.2.3.4, <script>"}
    assert client_address(meta, 1, 64) == "10.0.0.9"


def test_the_key_is_an_hmac_not_the_address() -> None:
    key = client_key("203.0.113.7", "secret-a")
    assert "203.0.113.7" not in key
    assert len(key) == 64
    assert key != client_key("203.0.113.7", "secret-b")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        pytest.param("::ffff:203.0.113.7", "203.0.113.7", id="ipv4-mapped"),
        pytest.param("fe80::1%2", "fe80::1", id="scope-id"),
        pytest.param("fe80::1%eth0", "fe80::1%3", id="scope-names"),
        pytest.param("2001:db8:1:2::1", "2001:db8:1:2:ffff:ffff:ffff:fffe", id="same-64"),
        pytest.param("2001:DB8:1:2::1", "2001:db8:1:2:0:0:0:9", id="spellings"),
    ],
)
def test_addresses_one_host_owns_are_one_client(one: str, other: str) -> None:
    assert client_address({"REMOTE_ADDR": one}, 0, 64) == client_address(
        {"REMOTE_ADDR": other}, 0, 64
    )


@pytest.mark.parametrize(
    ("one", "other", "prefix"),
    [
        ("2001:db8:1:2::1", "2001:db8:1:3::1", 64),
        ("203.0.113.7", "203.0.113.8", 64),
        ("2001:db8:1:2::1", "2001:db8:1:2::2", 128),
    ],
)
def test_different_hosts_stay_apart(one: str, other: str, prefix: int) -> None:
    assert client_address({"REMOTE_ADDR": one}, 0, prefix) != client_address(
        {"REMOTE_ADDR": other}, 0, prefix
    )


def test_a_forwarded_ipv6_client_is_grouped_by_its_prefix_too() -> None:
    meta = {"REMOTE_ADDR": "10.0.0.9", "HTTP_X_FORWARDED_FOR": "2001:db8:aa:bb:1:2:3:4"}
    assert client_address(meta, 1, 64) == "2001:db8:aa:bb::/64"
    assert client_address(meta, 1, 48) == "2001:db8:aa::/48"
