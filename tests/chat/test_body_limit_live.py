"""The 16 384-byte body limit is enforced while reading, under the real server (gunicorn)."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.http import post_json
from tests.support.servers import LiveServer, run_manage

CHUNK = b"x" * 65_536
TOTAL_BYTES = 200 * 1024 * 1024


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    assert run_manage("migrate", "--noinput", env=env).returncode == 0
    live = LiveServer(env, tmp_path / "log")
    yield live
    live.stop()


def worker_pid(master_pid: int) -> int:
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == master_pid:
                return int(stat.parent.name)
    raise AssertionError("no gunicorn worker found")


def memory_kib(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise AssertionError(field)


def read_response(sock: socket.socket) -> tuple[bytes, bytes]:
    """Status line + headers, and the body (by Content-Length), from a raw socket."""
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(4096)
    head, body = data.split(b"\r\n\r\n", 1)
    length = next(
        int(line.split(b":", 1)[1])
        for line in head.split(b"\r\n")
        if line.lower().startswith(b"content-length:")
    )
    while len(body) < length:
        body += sock.recv(4096)
    return head, body


def send_chunked(sock: socket.socket, stop: threading.Event) -> None:
    frame = b"%x\r\n%s\r\n" % (len(CHUNK), CHUNK)
    sent = 0
    try:
        while sent < TOTAL_BYTES and not stop.is_set():
            sock.sendall(frame)
            sent += len(CHUNK)
        sock.sendall(b"0\r\n\r\n")
    except OSError:
        pass  # the server may close once it has answered


def test_a_200_mb_chunked_body_is_cut_off_with_413_and_flat_memory(server: LiveServer) -> None:
    assert post_json(server.url("/api/chat"), {"user_text": "warm up"}).status == 200
    pid = worker_pid(server.process.pid)
    before = memory_kib(pid, "VmHWM")

    sock = socket.create_connection(("127.0.0.1", server.port), timeout=30)
    sock.sendall(
        b"POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n"
    )
    stop = threading.Event()
    sender = threading.Thread(target=send_chunked, args=(sock, stop))
    sender.start()
    head, body = read_response(sock)
    sender.join(timeout=60)
    stop.set()
    sock.close()

    assert head.startswith(b"HTTP/1.1 413"), head[:200]
    assert json.loads(body)["failure_type"] == "REQUEST_TOO_LARGE"
    peak = memory_kib(pid, "VmHWM")
    assert peak - before < 20 * 1024, f"worker peak grew by {(peak - before) // 1024} MiB"
    # The worker is still healthy afterwards.
    assert post_json(server.url("/api/chat"), {"user_text": "still there?"}).status == 200


def test_a_declared_huge_length_is_refused_without_reading(server: LiveServer) -> None:
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(
            b"POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b"Content-Length: 209715200\r\n\r\n" + b"x" * 1024
        )
        head, body = read_response(sock)
    assert head.startswith(b"HTTP/1.1 413"), head[:200]
    assert json.loads(body)["failure_type"] == "REQUEST_TOO_LARGE"
