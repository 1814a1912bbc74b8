"""Start the real service (gunicorn) on loopback with a chosen environment, for tests and CI."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from tests.support.http import request
from tests.support.postgres import database_env

REPO = Path(__file__).resolve().parents[2]

# Distinctive values: tests search response bodies and logs for them.
PRODUCTION_SECRETS = {
    "DJANGO_SECRET_KEY": "prod-SECRET-KEY-value-7f3a9c1e5b2d8f4a6c0e9b7d5a3f1c8e2b4d6f8a0c",
    "MODEL_PROVIDER_API_KEY": "sk-MODEL-KEY-value-5e8d2c7b1a9f",
    "SUPABASE_ANON_KEY": "anon-KEY-value-3c6f9b2e8a1d4f7c0b5e",
    "SUPABASE_SERVICE_ROLE_KEY": "service-ROLE-KEY-value-9a4d7e1b6c3f8a2d5e0b",
}


def production_env(database_url: str, **overrides: str) -> dict[str, str]:
    """A complete, valid production environment; `overrides` with "" remove a variable."""
    env = {
        "ENV": "production",
        "BACKEND_PUBLIC_BASE_URL": "https://chat.example.test",
        "CORS_ORIGINS": "https://app.example.test",
        "DATABASE_URL": database_url,
        "SUPABASE_URL": "https://project.supabase.example.test",
        **PRODUCTION_SECRETS,
        **overrides,
    }
    return {name: value for name, value in env.items() if value != ""}


def with_pooler(env: dict[str, str]) -> dict[str, str]:
    """A Postgres `DATABASE_URL` goes through the pooler in the pooler pass: say so."""
    url = env.get("DATABASE_URL", "")
    if url.startswith("postgres") and "DATABASE_POOLER" not in env:
        return {**database_env(url), **env}
    return env


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LiveServer:
    """gunicorn serving `app` (the service by default) on 127.0.0.1 with exactly `env`."""

    def __init__(
        self, env: dict[str, str], log_path: Path, *, workers: int = 1, app: str = "config.wsgi"
    ) -> None:
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        process_env = {
            "PATH": os.environ.get("PATH", ""),
            "HOME": os.environ.get("HOME", "/tmp"),
            "PYTHONDONTWRITEBYTECODE": "1",
            "WEB_CONCURRENCY": str(workers),
            **with_pooler(env),
        }
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            app,
            "-c",
            "config/gunicorn.py",
            "--bind",
            f"127.0.0.1:{self.port}",
        ]
        self._log = log_path.open("ab")
        self.process = subprocess.Popen(
            command, cwd=REPO, env=process_env, stdout=self._log, stderr=subprocess.STDOUT
        )
        self._wait_until_up()

    def _wait_until_up(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited early; see {self.log_path}")
            try:
                if request("GET", self.base_url + "/health", timeout=1).status == 200:
                    return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"gunicorn did not answer /health in {timeout}s; see {self.log_path}")

    def url(self, path: str) -> str:
        return self.base_url + path

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace")


def run_manage(
    *args: str, env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """`python manage.py …` in a subprocess with exactly `env` (plus PATH/HOME)."""
    process_env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": os.environ.get("HOME", "/tmp"),
        **with_pooler(env),
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env=process_env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
