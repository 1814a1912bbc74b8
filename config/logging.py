"""Structured JSON logging that cannot carry user text or model output (DESIGN §4.3).

Two guarantees, enforced here rather than trusted to every call site:
- Only the project's own loggers (`gcs.*`) may interpolate arguments into their messages, and they
  log fixed event names plus whitelisted categorical fields. Every other logger (Django, the
  `openai` SDK, httpx, gunicorn) is reduced to its message *template*: arguments, which could hold a
  request body or a completion, are never formatted — except the server lifecycle lines in
  `LIFECYCLE_LINES` (gunicorn's arbiter and workers, runserver's reloader), whose arguments are
  addresses, pids, signal and class names that no client can set, and only when each argument
  is an integer or a short string of such characters.
- Exceptions are logged as their class name and stack frames (file, line, function) only — never
  the exception's message, which may quote its input.
"""

from __future__ import annotations

import json
import logging
import re
import traceback
from datetime import UTC, datetime
from typing import Any

PROJECT_LOGGER_PREFIX = "gcs"

# Categorical fields a project log record may carry (passed with `extra=`). Nothing else is
# written, whatever a caller attaches to the record.
LOG_FIELDS = (
    "request_id",
    "method",
    "path",
    "status",
    "latency_ms",
    "action",
    "outcome",
    "failure_type",
    "check",
    "model_route",
    "error_kind",
    "scope",
    "deleted",
)


# (logger, template) of third-party lines whose arguments carry no client content.
LIFECYCLE_LINES = frozenset(
    ("gunicorn.error", template)
    for template in (
        "Starting gunicorn %s",
        "Listening at: %s (%s)",
        "Listening at: %s",
        "Using worker: %s",
        "Booting worker with pid: %s",
        "Worker exiting (pid: %s)",
        "Handling signal: %s",
        "Shutting down: %s",
        "Hang up: %s",
        "WORKER TIMEOUT (pid:%s)",
        "Worker (pid:%s) exited with code %s.",
    )
) | {("django.utils.autoreload", "Watching for file changes with %s")}
# Addresses (with brackets and ports, comma-separated), pids, versions, class and signal names.
_SAFE_ARGUMENT = re.compile(r"^[A-Za-z0-9_.:/\[\], -]{0,200}$")


def _lifecycle_arguments(record: logging.LogRecord) -> bool:
    args = record.args
    return (
        isinstance(args, tuple)
        and (record.name, record.msg) in LIFECYCLE_LINES
        and all(
            (isinstance(arg, int) and not isinstance(arg, bool))
            or (isinstance(arg, str) and _SAFE_ARGUMENT.match(arg))
            for arg in args
        )
    )


class ContentFreeFilter(logging.Filter):
    """Strips interpolation arguments from records that are not the project's own."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith(PROJECT_LOGGER_PREFIX + ".") or _lifecycle_arguments(record):
            return True
        record.msg = str(record.msg) if isinstance(record.msg, str) else type(record.msg).__name__
        record.args = None
        return True


def _exception_summary(exc_info: Any) -> dict[str, Any]:
    exc_type, _exc, tb = exc_info
    frames = [f"{frame.filename}:{frame.lineno}:{frame.name}" for frame in traceback.extract_tb(tb)]
    return {"exc_type": exc_type.__name__ if exc_type else None, "exc_frames": frames[-8:]}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, tz=UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "event": record.getMessage(),
        }
        for name in LOG_FIELDS:
            value = record.__dict__.get(name)
            if value is not None:
                entry[name] = value
        if record.exc_info and record.exc_info[0] is not None:
            entry.update(_exception_summary(record.exc_info))
        return json.dumps(entry, separators=(",", ":"), default=str)


def build_logging_config(level: str) -> dict[str, Any]:
    quiet = "WARNING" if level != "DEBUG" else "INFO"
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"content_free": {"()": "config.logging.ContentFreeFilter"}},
        "formatters": {"json": {"()": "config.logging.JsonFormatter"}},
        "handlers": {
            "stdout": {
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stdout",
                "formatter": "json",
                "filters": ["content_free"],
            }
        },
        "root": {"handlers": ["stdout"], "level": level},
        "loggers": {
            "django": {"handlers": [], "level": level, "propagate": True},
            # The request log line comes from config.middleware; Django's own would repeat it.
            "django.request": {"handlers": [], "level": "ERROR", "propagate": True},
            "django.server": {"handlers": [], "level": "ERROR", "propagate": True},
            "django.db.backends": {"handlers": [], "level": "INFO", "propagate": True},
            "openai": {"handlers": [], "level": quiet, "propagate": True},
            "httpx2": {"handlers": [], "level": quiet, "propagate": True},
            "httpcore2": {"handlers": [], "level": quiet, "propagate": True},
        },
    }
