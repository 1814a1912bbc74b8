"""`release_check` on a clean clone of this repository, and what makes it fail."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.servers import REPO

GIT = ["git", "-c", "user.name=Release Test", "-c", "user.email=release@test.invalid"]

DESTRUCTIVE_MIGRATION = """from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("operations", "0002_enable_row_level_security")]
    operations = [migrations.RemoveField(model_name="session", name="quota_used")]
"""


@pytest.fixture
def clone(tmp_path: Path) -> Path:
    target = tmp_path / "repo"
    subprocess.run(["git", "clone", "-q", str(REPO), str(target)], check=True)
    # The clone gets this checkout's working tree, committed, so the test sees what CI sees.
    ignored = shutil.ignore_patterns(".git", ".venv", "db.sqlite3", "staticfiles", "__pycache__")
    shutil.copytree(REPO, target, ignore=ignored, dirs_exist_ok=True)
    subprocess.run([*GIT, "add", "-A"], cwd=target, check=True)
    subprocess.run(
        [*GIT, "commit", "-q", "--allow-empty", "-m", "snapshot"], cwd=target, check=True
    )
    return target


def release_check(repo: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "manage.py", "release_check"],
        cwd=repo,
        env={"PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )


def commit(repo: Path, path: str, text: str) -> None:
    (repo / path).write_text(text)
    subprocess.run([*GIT, "add", "-f", path], cwd=repo, check=True)
    subprocess.run([*GIT, "commit", "-q", "-m", f"add {path}"], cwd=repo, check=True)


def test_release_check_passes_on_this_repository(clone: Path) -> None:
    result = release_check(clone)
    assert result.returncode == 0, result.stderr


def test_a_tracked_env_file_fails_the_release(clone: Path) -> None:
    commit(clone, ".env", "DJANGO_SECRET_KEY=oops\n")
    result = release_check(clone)
    assert result.returncode != 0
    assert "tracked secret file: .env" in result.stderr


def test_an_unapproved_destructive_migration_fails_until_approved(clone: Path) -> None:
    path = "operations/migrations/0003_drop_quota_used.py"
    commit(clone, path, DESTRUCTIVE_MIGRATION)
    result = release_check(clone)
    assert result.returncode != 0
    assert "operations.0003_drop_quota_used: RemoveField" in result.stderr

    approved = DESTRUCTIVE_MIGRATION.replace(
        "class Migration(migrations.Migration):\n",
        "class Migration(migrations.Migration):\n    approved_destructive = 'test: approved'\n",
    )
    commit(clone, path, approved)
    assert "destructive migration" not in release_check(clone).stderr
