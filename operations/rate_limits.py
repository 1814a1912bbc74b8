"""Per-client rate limits, atomic in the database (DESIGN §4.2).

A client is its network address, resolved with `TRUSTED_PROXY_COUNT`: with N trusted proxies in
front of the service, the client is the N-th `X-Forwarded-For` entry from the right (what our own
outermost proxy saw); entries further left are whatever the client claimed and are ignored. The
address is stored only as an HMAC keyed by the deployment secret.

Counting is one `INSERT … ON CONFLICT DO UPDATE … RETURNING` per request for all its windows
(fixed windows), so concurrent workers on any number of machines never admit more than the limit.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db import connection

from config.env import Limits
from operations.models import RateLimit, RateLimitScope


@dataclass(frozen=True)
class Window:
    scope: RateLimitScope
    limit: int
    seconds: int


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    scope: RateLimitScope | None = None
    retry_after_seconds: int = 0


def _valid_ip(value: str) -> str | None:
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def client_address(meta: Mapping[str, str], trusted_proxy_count: int) -> str:
    remote = meta.get("REMOTE_ADDR", "")
    if trusted_proxy_count <= 0:
        return remote
    hops = [hop.strip() for hop in meta.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    if not hops:
        return remote
    claimed = hops[-trusted_proxy_count] if len(hops) >= trusted_proxy_count else hops[0]
    return _valid_ip(claimed) or remote


def client_key(address: str, secret: str) -> str:
    return hmac.new(secret.encode(), b"client:" + address.encode(), hashlib.sha256).hexdigest()


def request_windows(limits: Limits) -> tuple[Window, ...]:
    return (
        Window(RateLimitScope.BURST, limits.burst_limit, limits.burst_window_seconds),
        Window(RateLimitScope.SUSTAINED, limits.sustained_limit, limits.sustained_window_seconds),
    )


def new_session_windows(limits: Limits) -> tuple[Window, ...]:
    return (Window(RateLimitScope.NEW_SESSION, limits.new_sessions_per_hour, 3_600),)


def _window_start(now: datetime, seconds: int) -> datetime:
    epoch = int(now.timestamp())
    return datetime.fromtimestamp(epoch - epoch % seconds, tz=now.tzinfo)


def rate_limit_hit(*, key: str, windows: tuple[Window, ...], now: datetime) -> Verdict:
    """Count one hit in every window (one round trip); deny if any window is over its limit."""
    table = RateLimit._meta.db_table
    starts = {window.scope: _window_start(now, window.seconds) for window in windows}
    values = ", ".join(["(%s, %s, %s, 1)"] * len(windows))
    params: list[Any] = []
    for window in windows:
        params += [
            key,
            window.scope.value,
            connection.ops.adapt_datetimefield_value(starts[window.scope]),
        ]
    sql = (
        f"INSERT INTO {table} (key, scope, window_start, hits) VALUES {values} "  # noqa: S608
        f"ON CONFLICT (key, scope, window_start) DO UPDATE SET hits = {table}.hits + 1 "
        "RETURNING scope, hits"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        hits = dict(cursor.fetchall())
    for window in windows:
        if hits[window.scope.value] > window.limit:
            ends = starts[window.scope] + timedelta(seconds=window.seconds)
            retry = max(1, int((ends - now).total_seconds() + 0.999))
            return Verdict(False, window.scope, retry)
    return Verdict(True)
