"""Per-client rate limits, atomic in the database (DESIGN §4.2).

A client is its network address, resolved with `TRUSTED_PROXY_COUNT`: with N trusted proxies in
front of the service, the client is the N-th `X-Forwarded-For` entry from the right (what our own
outermost proxy saw); entries further left are whatever the client claimed and are ignored. The
address is normalised (an IPv4-mapped IPv6 address is its IPv4 address, a scope id is dropped)
and grouped: IPv6 by its /64 (`RATE_LIMIT_IPV6_PREFIX`), since one host or home owns a whole
/64, IPv4 exactly. The group is stored only as an HMAC keyed by the deployment secret.

Counting is one `INSERT … ON CONFLICT DO UPDATE … RETURNING` per request for all its windows
(fixed windows), so concurrent workers on any number of machines never admit more than the limit.
The deployment-wide window (the spend guard) rides in the same statement and counts a request only
if the client's own windows admit it, so one client hammering its limit cannot use up everyone's.
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


DEPLOYMENT_KEY = "deployment"


def _ip(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        address = ipaddress.ip_address(value.strip().split("%", 1)[0])
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def client_group(value: str, ipv6_prefix: int) -> str:
    """The normalised address, IPv6 as its network of `ipv6_prefix` bits; anything else as is."""
    address = _ip(value)
    if address is None:
        return value
    if isinstance(address, ipaddress.IPv6Address):
        return str(ipaddress.IPv6Network((address, ipv6_prefix), strict=False))
    return str(address)


def client_address(meta: Mapping[str, str], trusted_proxy_count: int, ipv6_prefix: int) -> str:
    """The client's address group (see the module docstring)."""
    remote = meta.get("REMOTE_ADDR", "")
    hops = [hop.strip() for hop in meta.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    if trusted_proxy_count > 0 and hops:
        claimed = hops[-trusted_proxy_count] if len(hops) >= trusted_proxy_count else hops[0]
        if _ip(claimed) is not None:
            remote = claimed
    return client_group(remote, ipv6_prefix)


def client_key(address: str, secret: str) -> str:
    return hmac.new(secret.encode(), b"client:" + address.encode(), hashlib.sha256).hexdigest()


def request_windows(limits: Limits) -> tuple[Window, ...]:
    return (
        Window(RateLimitScope.BURST, limits.burst_limit, limits.burst_window_seconds),
        Window(RateLimitScope.SUSTAINED, limits.sustained_limit, limits.sustained_window_seconds),
    )


def new_session_windows(limits: Limits) -> tuple[Window, ...]:
    return (Window(RateLimitScope.NEW_SESSION, limits.new_sessions_per_hour, 3_600),)


def deployment_window(limits: Limits) -> Window:
    return Window(RateLimitScope.DEPLOYMENT, limits.deployment_chats_per_minute, 60)


def _window_start(now: datetime, seconds: int) -> datetime:
    epoch = int(now.timestamp())
    return datetime.fromtimestamp(epoch - epoch % seconds, tz=now.tzinfo)


def rate_limit_hit(
    *,
    key: str,
    windows: tuple[Window, ...],
    now: datetime,
    deployment: Window | None = None,
) -> Verdict:
    """Count one hit in every window (one round trip); deny if any window is over its limit.

    `deployment`, a window shared by every client, counts the hit only if `windows` had room
    before it (read in the same statement; concurrent hits of one client may each see room, so
    it can count a few more than were admitted, never fewer).
    """
    table = RateLimit._meta.db_table
    starts = {window.scope: _window_start(now, window.seconds) for window in windows}
    rows = ["(%s, %s, %s, 1)"] * len(windows)
    params: list[Any] = []
    for window in windows:
        params += [key, window.scope.value, _db_time(starts[window.scope])]
    if deployment is not None:
        starts[deployment.scope] = _window_start(now, deployment.seconds)
        full = " OR ".join(["(scope = %s AND window_start = %s AND hits >= %s)"] * len(windows))
        rows.append(
            f"(%s, %s, %s, CASE WHEN EXISTS (SELECT 1 FROM {table} "  # noqa: S608
            f"WHERE key = %s AND ({full})) THEN 0 ELSE 1 END)"
        )
        params += [DEPLOYMENT_KEY, deployment.scope.value, _db_time(starts[deployment.scope]), key]
        for window in windows:
            params += [window.scope.value, _db_time(starts[window.scope]), window.limit]
    sql = (
        f"INSERT INTO {table} (key, scope, window_start, hits) "  # noqa: S608
        f"VALUES {', '.join(rows)} "
        f"ON CONFLICT (key, scope, window_start) DO UPDATE SET hits = {table}.hits + excluded.hits "
        "RETURNING scope, hits"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        hits = dict(cursor.fetchall())
    for window in (*windows, *([deployment] if deployment is not None else [])):
        if hits[window.scope.value] > window.limit:
            ends = starts[window.scope] + timedelta(seconds=window.seconds)
            retry = max(1, int((ends - now).total_seconds() + 0.999))
            return Verdict(False, window.scope, retry)
    return Verdict(True)


def _db_time(moment: datetime) -> Any:
    return connection.ops.adapt_datetimefield_value(moment)
