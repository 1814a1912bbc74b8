"""Capture every log record, at DEBUG, exactly as production writes it (filter + JSON formatter)."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager

from config.logging import ContentFreeFilter, JsonFormatter

NOISY_LOGGERS = ("openai", "httpx2", "httpcore2", "gcs", "django")


@contextmanager
def production_logs() -> Iterator[io.StringIO]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(ContentFreeFilter())
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    levels = {name: logging.getLogger(name).level for name in ("", *NOISY_LOGGERS)}
    root.addHandler(handler)
    for name in levels:
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        yield stream
    finally:
        root.removeHandler(handler)
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)


def fragments(text: str, size: int = 8, step: int = 1) -> Iterator[str]:
    """Overlapping windows of `text`, skipping runs too uniform to be distinctive."""
    for start in range(0, max(len(text) - size, 0) + 1, step):
        piece = text[start : start + size]
        if len(piece) == size and len(set(piece)) > 3:
            yield piece
