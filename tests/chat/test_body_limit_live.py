"""The 16 384-byte body limit is enforced while reading, under the real server (gunicorn)."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.http import post_json, request
from tests.support.servers import LiveServer, run_manage

CHUNK = b"x" * 65_536
TOTAL_BYTES = 200 * 1024 * 1024


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """One server for the module: each test leaves it as it found it (and checks it still is)."""
    tmp_path = tmp_path_factory.mktemp("body_limit")
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


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b"zz\r\n{}\r\n0\r\n\r\n", id="bad-chunk-size"),
        pytest.param(b'15\r\n{"user_text": "hello"}XY0\r\n\r\n', id="missing-crlf-after-chunk"),
    ],
)
def test_malformed_chunked_framing_is_a_400_envelope(server: LiveServer, body: bytes) -> None:
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(
            b"POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n" + body
        )
        head, reply = read_response(sock)
    assert head.startswith(b"HTTP/1.1 400"), head[:200]
    assert json.loads(reply) == {
        "action": "REFUSE",
        "rendered_text": 'Send a JSON object with one field: "user_text".',
        "failure_type": "REQUEST_SCHEMA_INVALID",
        "failure_reason": "invalid chunked framing",
    }
    levels = {json.loads(line)["level"] for line in server.log_text().splitlines() if line}
    assert levels <= {"INFO", "WARNING"}, levels


def test_client_forwarding_headers_never_reach_the_wsgi_environment(server: LiveServer) -> None:
    marker = "/reflected-7c1e"
    for name in ("SCRIPT_NAME", "PATH_INFO"):
        reply = post_json(server.url("/api/chat"), {"user_text": "hello"}, headers={name: marker})
        assert reply.status == 200, (name, reply.status)
        assert marker.encode() not in reply.body
        page = request("GET", server.url("/"), headers={name: marker})
        assert page.status == 200 and marker.encode() not in page.body


def test_chunked_and_pipelined_requests_are_served_in_order(server: LiveServer) -> None:
    """The worker buffers each request before a thread takes it; framing it reads must agree
    with the parser's: a chunked body split across sends, then two requests in one send."""
    chat = b"POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
    payload = b'{"user_text": "hello"}'
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(chat + b"Transfer-Encoding: chunked\r\n\r\n5\r\n" + payload[:5])
        sock.sendall(b"\r\n%x;ext=1\r\n%s\r\n0\r\n\r\n" % (len(payload) - 5, payload[5:]))
        head, body = read_response(sock)
        assert head.startswith(b"HTTP/1.1 200"), head[:200]
        assert json.loads(body)["action"] == "ANSWER"
        one = chat + b"Content-Length: %d\r\n\r\n%s" % (len(payload), payload)
        sock.sendall(one + one[:40])
        first = read_response(sock)
        sock.sendall(one[40:])
        second = read_response(sock)
    assert first[0].startswith(b"HTTP/1.1 200") and second[0].startswith(b"HTTP/1.1 200")
