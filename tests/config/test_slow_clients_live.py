"""Slow clients cannot take the server down (DESIGN §6): read deadlines under real gunicorn.

An attacker keeps 180 connections that trickle their headers (one line every 5 s) and 180 that
trickle a 2,000-byte body (one byte every 5 s), reopening any the server closes, for 30 s. Meanwhile
`/health` must answer every probe within 1 s and ordinary chats must be served; stalled bodies are
cut with a 408 envelope and stalled headers with a closed connection.
"""

from __future__ import annotations

import json
import selectors
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.support.http import post_json, request
from tests.support.servers import LiveServer, run_manage

STALLED_PER_KIND = 180
ATTACK_SECONDS = 30.0
TRICKLE_EVERY_SECONDS = 5.0
DEADLINE_SECONDS = 4
HEAD = b"POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    env = {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "REQUEST_HEADER_TIMEOUT_SECONDS": str(DEADLINE_SECONDS),
        "REQUEST_BODY_TIMEOUT_SECONDS": str(DEADLINE_SECONDS),
    }
    assert run_manage("migrate", "--noinput", env=env).returncode == 0
    live = LiveServer(env, tmp_path / "log", workers=2)  # the production default: 2 x 56 threads
    yield live
    live.stop()


def by_kind(_type: type) -> dict[str, list]:  # type: ignore[type-arg]
    return {"headers": [], "body": []}


@dataclass
class Stalled:
    kind: str  # "headers" or "body"
    sock: socket.socket
    opened: float
    next_trickle: float
    reply: bytes = b""


@dataclass
class Attack:
    """One thread holding every stalled connection, trickling bytes and reopening what closes."""

    port: int
    stop: threading.Event = field(default_factory=threading.Event)
    closed_after: dict[str, list[float]] = field(default_factory=lambda: by_kind(float))
    replies: dict[str, list[bytes]] = field(default_factory=lambda: by_kind(bytes))

    def _open(self, selector: selectors.BaseSelector, kind: str) -> None:
        sock = socket.create_connection(("127.0.0.1", self.port), timeout=5)
        first = HEAD if kind == "headers" else HEAD + b"Content-Length: 2000\r\n\r\n{"
        sock.sendall(first)
        sock.setblocking(False)
        now = time.monotonic()
        selector.register(sock, selectors.EVENT_READ, Stalled(kind, sock, now, now + 5.0))

    def _closed(self, selector: selectors.BaseSelector, stalled: Stalled) -> None:
        selector.unregister(stalled.sock)
        stalled.sock.close()
        self.closed_after[stalled.kind].append(time.monotonic() - stalled.opened)
        self.replies[stalled.kind].append(stalled.reply)
        if not self.stop.is_set():
            self._open(selector, stalled.kind)

    def run(self) -> None:
        selector = selectors.DefaultSelector()
        for _ in range(STALLED_PER_KIND):
            self._open(selector, "headers")
            self._open(selector, "body")
        while not self.stop.is_set():
            for key, _events in selector.select(timeout=0.2):
                stalled: Stalled = key.data
                try:
                    data = stalled.sock.recv(65_536)
                except BlockingIOError:
                    continue
                except OSError:
                    data = b""
                stalled.reply += data
                if not data:
                    self._closed(selector, stalled)
            now = time.monotonic()
            for key in list(selector.get_map().values()):
                stalled = key.data
                if now < stalled.next_trickle:
                    continue
                stalled.next_trickle = now + TRICKLE_EVERY_SECONDS
                try:
                    stalled.sock.send(b"X-Slow: 1\r\n" if stalled.kind == "headers" else b" ")
                except OSError:
                    self._closed(selector, stalled)
        for key in list(selector.get_map().values()):
            key.fileobj.close()  # type: ignore[union-attr]
        selector.close()


def test_stalled_headers_and_bodies_neither_starve_probes_nor_chats(server: LiveServer) -> None:
    attack = Attack(server.port)
    attacker = threading.Thread(target=attack.run)
    attacker.start()
    probe_seconds: list[float] = []
    chat_statuses: list[int] = []
    try:
        time.sleep(1.0)  # every stalled connection is open
        ends = time.monotonic() + ATTACK_SECONDS
        while time.monotonic() < ends:
            started = time.monotonic()
            try:
                ok = request("GET", server.url("/health"), timeout=1.0).status == 200
            except OSError:
                ok = False
            probe_seconds.append(time.monotonic() - started if ok else float("inf"))
            if len(probe_seconds) % 3 == 0:
                try:
                    reply = post_json(server.url("/api/chat"), {"user_text": "hi"}, timeout=5.0)
                    chat_statuses.append(reply.status)
                except OSError:
                    chat_statuses.append(0)
            time.sleep(max(0.0, 0.5 - (time.monotonic() - started)))
    finally:
        attack.stop.set()
        attacker.join(timeout=30)

    slow = [seconds for seconds in probe_seconds if seconds > 1.0]
    assert len(probe_seconds) >= 40 and not slow, f"{len(slow)} of {len(probe_seconds)} probes slow"
    assert chat_statuses and set(chat_statuses) == {200}, chat_statuses
    # The server cut the stalled connections at their deadlines, not the attacker. A connection
    # is checked once a second; a cut body then waits its turn for a thread to serve its 408
    # (180 are cut at once), so the bound is the deadline plus that, well short of the 30 s.
    for kind in ("headers", "body"):
        cut = attack.closed_after[kind]
        assert len(cut) >= STALLED_PER_KIND, f"{kind}: only {len(cut)} connections were cut"
        assert max(cut) < 2 * DEADLINE_SECONDS + 2, f"{kind}: one was held {max(cut):.1f}s"
    timeouts = [reply for reply in attack.replies["body"] if reply.startswith(b"HTTP/1.1 408")]
    assert len(timeouts) >= STALLED_PER_KIND, "stalled bodies are answered with 408"
    body = json.loads(timeouts[0].split(b"\r\n\r\n", 1)[1])
    assert body["failure_type"] == "REQUEST_TIMEOUT"
    assert set(body) == {"action", "rendered_text", "failure_type", "failure_reason"}
    assert not any(reply for reply in attack.replies["headers"]), "unfinished headers get no reply"
