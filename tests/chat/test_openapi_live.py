"""Schema-driven fuzzing of the live service (DESIGN §1.6): schemathesis against gunicorn.

At least 300 generated requests in 10 s (valid and invalid bodies, headers, methods) against the
real server: no 5xx, and every response conforms to the document — status, content type, headers and
body. Two of schemathesis' checks are left out, because the contract's limits apply after
surrounding whitespace is stripped, which JSON Schema cannot say: `positive_data_acceptance`
(a body of spaces fits the schema and is a 400 EMPTY_INPUT) and `negative_data_rejection` (it
counts 413 REQUEST_TOO_LARGE, for a body over 16 KiB, as accepting invalid data).
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.servers import REPO, LiveServer, run_manage

HIGH = "1000000"  # limits out of the way: the fuzzer is one client sending hundreds of requests


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    env = {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        **dict.fromkeys(
            ("RATE_LIMIT_BURST", "RATE_LIMIT_SUSTAINED", "NEW_SESSIONS_PER_HOUR"), HIGH
        ),
        **dict.fromkeys(("QUOTA_FREE_PER_DAY", "DEPLOYMENT_CHATS_PER_MINUTE"), HIGH),
    }
    assert run_manage("migrate", "--noinput", env=env).returncode == 0
    live = LiveServer(env, tmp_path / "log")
    yield live
    live.stop()


def test_fuzzing_by_the_schema_finds_no_5xx_and_no_nonconforming_response(
    server: LiveServer, tmp_path: Path
) -> None:
    result = subprocess.run(
        [
            str(Path(sys.executable).with_name("schemathesis")),
            "run",
            server.url("/api/schema"),
            "--checks=all",
            "--exclude-checks=positive_data_acceptance,negative_data_rejection",
            "--max-examples=300",
            "--seed=20261201",
            "--max-time=10",
            "--request-timeout=10",
            "--suppress-health-check=all",
            f"--report-dir={tmp_path}",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    summary = result.stdout[-3000:]
    assert result.returncode == 0, summary
    assert "No issues found" in result.stdout, summary
    generated = int(summary.split(" generated")[0].rsplit(None, 1)[-1])
    assert generated >= 300, summary
