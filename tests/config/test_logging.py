"""The content filter (DESIGN §4.3): lifecycle lines keep their facts, nothing else formats."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest

from config.logging import ContentFreeFilter, JsonFormatter
from tests.support.servers import LiveServer, run_manage


def line(logger: str, msg: str, *args: object) -> str:
    record = logging.LogRecord(logger, logging.INFO, __file__, 1, msg, args, None)
    assert ContentFreeFilter().filter(record)
    return str(json.loads(JsonFormatter().format(record))["event"])


@pytest.mark.parametrize(
    ("logger", "template", "args", "expected"),
    [
        (
            "gunicorn.error",
            "Listening at: %s (%s)",
            ("http://0.0.0.0:8080", 41),
            "Listening at: http://0.0.0.0:8080 (41)",
        ),
        ("gunicorn.error", "Booting worker with pid: %s", (4242,), "Booting worker with pid: 4242"),
        ("gunicorn.error", "Handling signal: %s", ("term",), "Handling signal: term"),
        (
            "gunicorn.error",
            "Using worker: %s",
            ("config.worker.DeadlineThreadWorker",),
            "Using worker: config.worker.DeadlineThreadWorker",
        ),
        (
            "django.utils.autoreload",
            "Watching for file changes with %s",
            ("StatReloader",),
            "Watching for file changes with StatReloader",
        ),
    ],
)
def test_server_lifecycle_lines_keep_their_arguments(
    logger: str, template: str, args: tuple[object, ...], expected: str
) -> None:
    assert line(logger, template, *args) == expected


@pytest.mark.parametrize(
    ("logger", "template", "args"),
    [
        # A lifecycle template with an argument that could be content: the template only.
        ("gunicorn.error", "Listening at: %s (%s)", ("my password is hunter2?", 1)),
        ("gunicorn.error", "Booting worker with pid: %s", ({"user_text": "hi"},)),
        # Lines that can carry a request line, a header or an exception message.
        ("gunicorn.error", "Invalid request from ip=%s: %s", ("10.0.0.1", "GET /?q=secret")),
        ("gunicorn.error", "Error handling request %s", ("/api/chat?user_text=secret",)),
        ("django.request", "Internal Server Error: %s", ("/api/chat",)),
        ("openai", "Request options: %s", ({"messages": [{"content": "secret"}]},)),
        # The same template under another logger is not a lifecycle line.
        ("somelib", "Listening at: %s (%s)", ("http://0.0.0.0:8080", 41)),
    ],
)
def test_everything_else_is_reduced_to_its_template(
    logger: str, template: str, args: tuple[object, ...]
) -> None:
    assert line(logger, template, *args) == template


def test_gunicorn_logs_its_bind_address_and_worker_pids(tmp_path: Path) -> None:
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    assert run_manage("migrate", "--noinput", env=env).returncode == 0
    server = LiveServer(env, tmp_path / "log", workers=2)
    server.stop()
    events = [json.loads(row)["event"] for row in server.log_text().splitlines() if row]
    assert f"Listening at: http://127.0.0.1:{server.port} ({server.process.pid})" in events
    booted = [event for event in events if event.startswith("Booting worker with pid: ")]
    assert len(booted) == 2 and all(
        re.fullmatch(r"Booting worker with pid: \d+", e) for e in booted
    )
    assert "%s" not in " ".join(event for event in events if "Listening" in event)
