"""Client address resolution and its HMAC key (DESIGN §4.2)."""

from __future__ import annotations

import pytest

from operations.rate_limits import client_address, client_key


def test_without_trusted_proxies_the_socket_address_is_the_client() -> None:
    meta = {"REMOTE_ADDR": "10.0.0.9", "HTTP_X_FORWARDED_FOR": "203.0.113.7"}
    assert client_address(meta, 0) == "10.0.0.9"


def test_with_one_trusted_proxy_the_client_is_the_last_hop() -> None:
    meta = {"REMOTE_ADDR": "10.0.0.9", "HTTP_X_FORWARDED_FOR": "203.0.113.7"}
    assert client_address(meta, 1) == "203.0.113.7"


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
    assert client_key(client_address(meta, 1), "s") == client_key(client_address(honest, 1), "s")


def test_two_trusted_proxies_take_the_second_entry_from_the_right() -> None:
    meta = {"REMOTE_ADDR": "10.0.0.9", "HTTP_X_FORWARDED_FOR": "6.6.6.6, 203.0.113.7, 10.0.0.2"}
    assert client_address(meta, 2) == "203.0.113.7"


def test_a_garbage_hop_falls_back_to_the_socket_address() -> None:
    meta = {"REMOTE_ADDR": "10.0.0.9", "HTTP_X_FORWARDED_FOR": "1.2.3.4, <script>"}
    assert client_address(meta, 1) == "10.0.0.9"


def test_the_key_is_an_hmac_not_the_address() -> None:
    key = client_key("203.0.113.7", "secret-a")
    assert "203.0.113.7" not in key
    assert len(key) == 64
    assert key != client_key("203.0.113.7", "secret-b")
