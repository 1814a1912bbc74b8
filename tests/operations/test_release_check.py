"""`release_check` on a clean clone of this repository, and what makes it fail."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import migrations, models
from django.db.migrations import Migration
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.operations.base import Operation
from django.db.migrations.state import ProjectState

from operations.release import migration_problems
from tests.support.servers import REPO

GIT = ["git", "-c", "user.name=Release Test", "-c", "user.email=release@test.invalid"]

DESTRUCTIVE_MIGRATION = """from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("operations", "0004_session_fingerprint")]
    operations = [migrations.AddField("session", "visits", models.IntegerField(default=0))]
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


def test_a_rollback_unsafe_migration_fails_the_release_its_safe_form_passes(clone: Path) -> None:
    path = "operations/migrations/0005_add_visits.py"
    commit(clone, path, DESTRUCTIVE_MIGRATION)
    result = release_check(clone)
    assert result.returncode != 0
    assert "operations.0005_add_visits: AddField (session.visits is NOT NULL" in result.stderr
    additive = DESTRUCTIVE_MIGRATION.replace("default=0", "db_default=0")
    commit(clone, path, additive)  # (approval is tested on the guard itself, below)
    assert release_check(clone).returncode == 0


def after_all_migrations() -> ProjectState:
    loader = MigrationLoader(None, ignore_no_migrations=True)  # from disk, no database
    return loader.project_state(loader.graph.leaf_nodes(), at_end=True)


def problems_of(*operations: Operation) -> list[str]:
    migration = Migration("9999_candidate", "operations")
    migration.operations = list(operations)
    return migration_problems("operations", "9999_candidate", migration, after_all_migrations())


def forwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    pass


@pytest.mark.parametrize(
    ("operation", "reason"),
    [
        (
            migrations.AddField("session", "visits", models.IntegerField(default=0)),
            "NOT NULL without a db_default",
        ),
        (migrations.RemoveField("session", "quota_used"), "removes or renames"),
        (migrations.DeleteModel("ratelimit"), "removes or renames"),
        (migrations.RenameField("session", "quota_used", "used"), "removes or renames"),
        (migrations.RenameModel("ratelimit", "throttle"), "removes or renames"),
        (migrations.AlterModelTable("session", "sessions_v2"), "removes or renames"),
        (
            migrations.AlterField("session", "plan_tier", models.CharField(max_length=4)),
            "max_length 8 -> 4",
        ),
        (
            migrations.AlterField("chatrequest", "latency_ms", models.CharField(max_length=16)),
            "type PositiveIntegerField -> CharField",
        ),
        (
            migrations.AlterField("session", "fingerprint", models.CharField(max_length=16)),
            "null -> not null",
        ),
        (
            migrations.AddConstraint(
                "session", models.UniqueConstraint(fields=["quota_day"], name="one_per_day")
            ),
            "may refuse the previous release's writes",
        ),
        (
            migrations.AddConstraint(
                "chatrequest",
                models.CheckConstraint(condition=models.Q(latency_ms__lt=60_000), name="fast"),
            ),
            "may refuse the previous release's writes",
        ),
        (
            migrations.AlterUniqueTogether("session", {("plan_tier", "quota_day")}),
            "may refuse the previous release's writes",
        ),
        (migrations.RunPython(forwards), "RunPython without reverse_code"),
        (migrations.RunSQL("UPDATE sessions SET quota_used = 0"), "RunSQL without reverse_sql"),
        (migrations.RunSQL("DROP TABLE requests", reverse_sql="SELECT 1"), "destructive SQL"),
    ],
)
def test_a_migration_the_previous_release_cannot_run_against_fails(
    operation: Operation, reason: str
) -> None:
    (problem,) = problems_of(operation)
    assert problem.startswith("unapproved destructive migration: operations.9999_candidate: ")
    assert reason in problem


@pytest.mark.parametrize(
    "operation",
    [
        migrations.AddField("session", "visits", models.IntegerField(null=True)),
        migrations.AddField("session", "visits", models.IntegerField(db_default=0)),
        migrations.AddIndex("session", models.Index(fields=["quota_day"], name="by_day")),
        migrations.AlterField("session", "plan_tier", models.CharField(max_length=16)),
        migrations.RunPython(forwards, migrations.RunPython.noop),
        migrations.RunSQL("CREATE INDEX x ON sessions (quota_day)", reverse_sql="DROP INDEX x"),
    ],
)
def test_an_additive_migration_passes(operation: Operation) -> None:
    assert problems_of(operation) == []


def test_an_approved_migration_passes() -> None:
    migration = Migration("9999_candidate", "operations")
    migration.operations = [migrations.RemoveField("session", "quota_used")]
    migration.approved_destructive = "contract step of a two-release change"  # type: ignore[attr-defined]
    assert migration_problems("operations", "9999", migration, after_all_migrations()) == []
