"""The gunicorn worker: gthread with read deadlines, so slow clients hold no threads (DESIGN §6).

Stock gthread gives a connection a thread as soon as its first byte arrives, and that thread then
blocks on the socket until the headers and the body are complete: a client that sends one header
line every few seconds, or a body one byte at a time, holds a thread for as long as it likes, and
a few hundred such clients take every thread of every worker. This worker changes that:

- **A request is read before a thread is given.** The worker's event loop reads a new (or
  kept-alive) connection without blocking until its headers, and then its body (up to 64 KiB,
  by `Content-Length` or chunked framing), have arrived, then hands it to a thread with those
  bytes already buffered: the application never waits on a slow client.
- **Deadlines.** The headers must be complete within `REQUEST_HEADER_TIMEOUT_SECONDS` of the
  connection being accepted (or its previous response), else the connection is closed unanswered.
  The body must be complete within `REQUEST_BODY_TIMEOUT_SECONDS` of the headers, else its read
  side is shut and the request is handed over as it is: the application reads a body that ends
  early (`/api/chat` answers 408 `REQUEST_TIMEOUT`, chat/request.py) and the connection closes
  after that response. A body larger than 64 KiB (which `/api/chat` refuses unread) is read by
  its thread under the same deadline, checked once a second.

What the platform edge must still provide: a cap on connections per client (each worker holds at
most `worker_connections`, then stops accepting and the listen backlog fills) and TLS.
"""

from __future__ import annotations

import contextlib
import errno
import re
import selectors
import socket
import threading
import time
from functools import partial
from typing import Any

from gunicorn.http.body import ChunkedReader, LengthReader
from gunicorn.workers.gthread import TConn, ThreadWorker

from config.env import load_server_config

HEADER_END = b"\r\n\r\n"
# A request is buffered in the event loop up to this size (headers, then body); past it, the
# connection gets its thread and the parser and the application take over (gunicorn's header
# limits answer 400 or 431, `/api/chat` answers 413 past 16 KiB), the body under its deadline.
BUFFERED_REQUEST_BYTES = 64 * 1024
_CONTENT_LENGTH = re.compile(rb"\r\ncontent-length[ \t]*:[ \t]*(\d{1,18})[ \t]*\r\n", re.IGNORECASE)
_CHUNKED = re.compile(rb"\r\ntransfer-encoding[ \t]*:", re.IGNORECASE)
_CHUNK_SIZE = re.compile(rb"[0-9A-Fa-f]{1,16}")


def _chunked_body_complete(body: bytes) -> bool:
    """Whether `body` holds a whole chunked body; malformed framing counts as complete (the
    parser rejects it at once)."""
    position = 0
    while True:
        line_end = body.find(b"\r\n", position)
        if line_end < 0:
            return False
        size_text = body[position:line_end].split(b";", 1)[0].strip(b" \t")
        if not _CHUNK_SIZE.fullmatch(size_text):
            return True
        size = int(size_text, 16)
        position = line_end + 2
        if size == 0:  # the last chunk, then trailer lines up to an empty one
            return body[position : position + 2] == b"\r\n" or HEADER_END in body[position - 2 :]
        if len(body) < position + size + 2:
            return False
        if body[position + size : position + size + 2] != b"\r\n":
            return True
        position += size + 2


def request_complete(head: bytes, received: bytearray, body_at: int) -> bool:
    """Whether a thread can serve the request without waiting on the client.

    Only decides *when* the request is handed over; the parser still judges it, so a header this
    reads differently (conflicting or malformed framing) only moves that moment.
    """
    if len(received) > BUFFERED_REQUEST_BYTES:
        return True
    if _CHUNKED.search(head):
        return _chunked_body_complete(bytes(received[body_at:]))
    length = _CONTENT_LENGTH.search(head)
    if length is None:
        return True
    wanted = int(length.group(1))
    return wanted > BUFFERED_REQUEST_BYTES or len(received) - body_at >= wanted


def _body_complete(reader: Any) -> bool:
    if isinstance(reader, LengthReader):
        return bool(reader.length == 0)
    if isinstance(reader, ChunkedReader):
        return reader.parser is None
    return True


class DeadlineThreadWorker(ThreadWorker):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        server = load_server_config()
        self.header_timeout = server.header_timeout_seconds
        self.body_timeout = server.body_timeout_seconds
        self.awaiting: set[TConn] = set()  # connections not yet given a thread
        self.reading_bodies: dict[TConn, tuple[float, Any]] = {}  # conn -> (deadline, request)
        self.bodies_lock = threading.Lock()

    # Headers: read in the event loop, then handed to a thread.

    def accept(self, listener: socket.socket) -> None:
        try:
            client_sock, client_addr = listener.accept()
        except OSError as error:
            if error.errno not in (errno.EAGAIN, errno.ECONNABORTED, errno.EWOULDBLOCK):
                raise
            return
        self.nr_conns += 1
        conn = TConn(self.cfg, client_sock, client_addr, listener.getsockname())  # non-blocking
        self.await_headers(conn, b"")

    def on_client_socket_readable(self, conn: TConn, client: socket.socket) -> None:
        """A kept-alive connection sends its next request: wait for its headers too."""
        self.poller.unregister(client)
        self.keepalived_conns.remove(conn)
        self.await_headers(conn, b"")

    def await_headers(self, conn: TConn, buffered: bytes) -> None:
        conn.received = bytearray()
        conn.body_at = -1  # where the body starts in `received`, once the headers are complete
        conn.timeout = time.monotonic() + self.header_timeout
        self.awaiting.add(conn)
        self.poller.register(conn.sock, selectors.EVENT_READ, partial(self.on_bytes, conn))
        if buffered:
            self.take(conn, buffered)

    def on_bytes(self, conn: TConn, client: socket.socket) -> None:
        try:
            data = conn.sock.recv(BUFFERED_REQUEST_BYTES)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data:  # the client went away
            self.stop_awaiting(conn)
            self.nr_conns -= 1
            conn.close()
            return
        self.take(conn, data)

    def take(self, conn: TConn, data: bytes) -> None:
        searched = max(0, len(conn.received) - len(HEADER_END) + 1)
        conn.received += data
        if conn.body_at < 0:
            end = conn.received.find(HEADER_END, searched)
            if end < 0 and len(conn.received) <= BUFFERED_REQUEST_BYTES:
                return
            conn.body_at = end + len(HEADER_END) if end >= 0 else len(conn.received)
            conn.timeout = time.monotonic() + self.body_timeout  # the body's deadline starts now
        if not request_complete(bytes(conn.received[: conn.body_at]), conn.received, conn.body_at):
            return
        self.dispatch(conn)

    def dispatch(self, conn: TConn) -> None:
        """Give the connection a thread, with everything received so far already buffered."""
        self.stop_awaiting(conn)
        conn.init()  # the HTTP/1.1 parser (no I/O without TLS); a kept-alive one is reused
        conn.parser.unreader.unread(bytes(conn.received))
        conn.received = bytearray()
        conn.data_ready = True
        self.enqueue_req(conn)

    def stop_awaiting(self, conn: TConn) -> None:
        self.poller.unregister(conn.sock)
        self.awaiting.remove(conn)

    def finish_request(self, conn: TConn, fs: Any) -> None:
        """A pipelined request already buffered goes through the header wait like any other."""
        if self.alive and not fs.cancelled() and fs.exception() is None and fs.result() is True:
            buffered = conn.parser.unreader.take_buffered()
            if buffered:
                conn.sock.setblocking(False)
                self.await_headers(conn, buffered)
                return
        super().finish_request(conn, fs)

    # Bodies: a deadline from when the request reaches its thread.

    def handle_request(self, req: Any, conn: TConn) -> bool:
        if getattr(conn, "read_cut", False):
            req.must_close = True
        reader = getattr(req.body, "reader", None)
        if not _body_complete(reader):
            with self.bodies_lock:
                self.reading_bodies[conn] = (time.monotonic() + self.body_timeout, req)
        try:
            return bool(super().handle_request(req, conn))
        finally:
            with self.bodies_lock:
                self.reading_bodies.pop(conn, None)

    def murder_pending(self) -> None:
        """Runs on every turn of the event loop (at least once a second)."""
        super().murder_pending()
        now = time.monotonic()
        for conn in [conn for conn in self.awaiting if conn.timeout <= now]:
            if conn.body_at < 0:  # unfinished headers: nothing to answer
                self.stop_awaiting(conn)
                self.nr_conns -= 1
                conn.close()
                continue
            # An unfinished body: the application reads what arrived, the stream then ends (it
            # answers a short body with 408), and the connection closes after the response.
            conn.read_cut = True
            with contextlib.suppress(OSError):
                conn.sock.shutdown(socket.SHUT_RD)
            self.dispatch(conn)
        with self.bodies_lock:
            expired = [
                (conn, req)
                for conn, (deadline, req) in self.reading_bodies.items()
                if deadline <= now
            ]
            for conn, _req in expired:
                del self.reading_bodies[conn]
        for conn, req in expired:
            if _body_complete(req.body.reader):
                continue
            req.must_close = True  # the response announces and performs the close
            with contextlib.suppress(OSError):
                conn.sock.shutdown(socket.SHUT_RD)  # the blocked read returns what arrived
