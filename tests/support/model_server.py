"""A real OpenAI-compatible HTTP server on loopback that tests script per request.

It speaks `POST /v1/chat/completions` well enough for the official `openai` SDK. Each incoming
call takes the next scripted `Behaviour` (or the default reply when the script is empty) and is
recorded (model, messages, temperature, max tokens) for assertions. Replies are written in one
send with TCP_NODELAY, so keep-alive clients are not stalled by Nagle + delayed ACK.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Behaviour:
    reply: str = "Here is a clear, helpful answer."
    delay: float = 0.0
    status: int = 200
    malformed: bool = False
    empty_choices: bool = False
    drop: bool = False  # close the connection without answering


@dataclass
class Recorded:
    model: str
    messages: list[dict[str, Any]]
    temperature: float | None
    max_tokens: int | None


@dataclass
class _State:
    script: deque[Behaviour] = field(default_factory=deque)
    default: Behaviour = field(default_factory=Behaviour)
    calls: list[Recorded] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def _completion(model: str, text: str, *, empty: bool) -> dict[str, Any]:
    choices = (
        []
        if empty
        else [
            {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}
        ]
    )
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": choices,
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
        return

    def _send(self, status: int, body: bytes) -> None:
        head = (
            f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode()
        self.wfile.write(head + body)  # one send: no Nagle stall

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        payload = json.loads(self.rfile.read(length) or b"{}")
        state = self.server.state
        with state.lock:
            behaviour = state.script.popleft() if state.script else state.default
            state.calls.append(
                Recorded(
                    model=payload.get("model", ""),
                    messages=payload.get("messages", []),
                    temperature=payload.get("temperature"),
                    max_tokens=payload.get("max_tokens", payload.get("max_completion_tokens")),
                )
            )
        if behaviour.delay:
            time.sleep(behaviour.delay)
        if behaviour.drop:
            self.close_connection = True
            self.connection.close()
            return
        if behaviour.status != 200:
            error = {"error": {"message": "scripted failure", "type": "test", "code": None}}
            self._send(behaviour.status, json.dumps(error).encode())
            return
        if behaviour.malformed:
            self._send(200, b'{"choices": [ this is not json')
            return
        body = _completion(payload.get("model", ""), behaviour.reply, empty=behaviour.empty_choices)
        self._send(200, json.dumps(body).encode())


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    state: _State


class ModelServer:
    def __init__(self) -> None:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.state = _State()
        self.port = int(self._server.server_address[1])
        self.base_url = f"http://127.0.0.1:{self.port}/v1"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def script(self, *behaviours: Behaviour) -> None:
        with self._server.state.lock:
            self._server.state.script.extend(behaviours)

    def set_default(self, behaviour: Behaviour) -> None:
        with self._server.state.lock:
            self._server.state.default = behaviour

    @property
    def calls(self) -> list[Recorded]:
        with self._server.state.lock:
            return list(self._server.state.calls)

    def reset(self) -> None:
        with self._server.state.lock:
            self._server.state.script.clear()
            self._server.state.calls.clear()
            self._server.state.default = Behaviour()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def main() -> None:
    """Run standalone (`python -m tests.support.model_server --port N`) as a stand-in model."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--reply", default=Behaviour().reply)
    parser.add_argument("--delay", type=float, default=0.0)
    args = parser.parse_args()
    server = _Server(("127.0.0.1", args.port), _Handler)
    server.state = _State(default=Behaviour(reply=args.reply, delay=args.delay))
    server.serve_forever()


if __name__ == "__main__":
    main()
