"""Release guards (DESIGN §6): what must hold before a build ships.

- no `.env` file is tracked by git (secrets live in the platform's environment);
- Django's deployment checklist passes with a production environment;
- migrations are rollback-safe: the previous release must keep working against the migrated
  schema, so no migration may remove or rename a field, model or table, add a NOT NULL column
  without a database default, narrow or retype a column, add a constraint old writes may break,
  or run code or SQL that cannot be reversed — unless it says `approved_destructive = "<why>"`
  (stage such a change in two releases: docs/DEPLOY.md, rollback);
- the governance determinism goldens are unchanged.
Each guard returns a list of problems (names and locations only).
"""

from __future__ import annotations

import re
import secrets
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.db import connection, migrations
from django.db.migrations import Migration
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.operations.base import Operation
from django.db.migrations.state import ProjectState
from django.db.models import NOT_PROVIDED

REPO = Path(settings.BASE_DIR)
PROJECT_APPS = ("chat", "operations", "console")
TRACKED_ENV = re.compile(r"(^|/)\.env(\.[^/]*)?$")
REMOVALS = (
    migrations.RemoveField,
    migrations.DeleteModel,
    migrations.RenameField,
    migrations.RenameModel,
    migrations.AlterModelTable,
)
DESTRUCTIVE_SQL = re.compile(
    r"\b(DROP|RENAME|TRUNCATE|DELETE\s+FROM|ALTER\s+COLUMN\s+\S+\s+TYPE)\b", re.I
)


def tracked_env_files() -> list[str]:
    # git from PATH, as the release engineer runs it
    command = ["git", "ls-files"]
    listed = subprocess.run(  # noqa: S603
        command, cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    return [f"tracked secret file: {path}" for path in listed if TRACKED_ENV.search(path)]


def deploy_check_problems() -> list[str]:
    """`check --deploy --fail-level WARNING` in a subprocess with a representative prod env."""
    env = {
        "PATH": "/usr/bin:/bin",
        "ENV": "production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(64),
        "BACKEND_PUBLIC_BASE_URL": "https://api.release-check.invalid",
        "CORS_ORIGINS": "https://app.release-check.invalid",
        "DATABASE_URL": "postgresql://release:check@db.release-check.invalid:5432/app",
        "MODEL_PROVIDER_API_KEY": secrets.token_urlsafe(24),
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    return (
        [] if result.returncode == 0 else [f"check --deploy failed: {result.stderr.strip()[-500:]}"]
    )


def _narrowed(old: object, new: object) -> str | None:
    old_type, new_type = old.get_internal_type(), new.get_internal_type()  # type: ignore[attr-defined]
    if old_type != new_type:
        return f"type {old_type} -> {new_type}"
    old_length, new_length = getattr(old, "max_length", None), getattr(new, "max_length", None)
    if old_length and (new_length is None or new_length < old_length) and new_length != old_length:
        return f"max_length {old_length} -> {new_length}"
    if getattr(old, "null", False) and not getattr(new, "null", False):
        return "null -> not null"
    return None


def _rollback_problem(operation: Operation, app: str, state: ProjectState) -> str | None:
    """Why the previous release could not run against the schema after `operation`, if so."""
    if isinstance(operation, REMOVALS):
        return "removes or renames what the previous release uses"
    if isinstance(operation, migrations.AddField):
        field = operation.field
        if not field.null and field.db_default is NOT_PROVIDED and not field.many_to_many:
            return f"{operation.model_name}.{operation.name} is NOT NULL without a db_default"
    if isinstance(operation, migrations.AlterField):
        model = state.models[app, operation.model_name_lower]
        change = _narrowed(model.fields[operation.name], operation.field)
        if change:
            return f"{operation.model_name}.{operation.name} ({change})"
    if isinstance(operation, migrations.AddConstraint):
        name = getattr(operation, "constraint").name  # noqa: B009  (not in django-stubs 5.2)
        return f"constraint {name} may refuse the previous release's writes"
    if isinstance(operation, migrations.AlterUniqueTogether) and operation.unique_together:
        return f"unique_together on {operation.name} may refuse the previous release's writes"
    if isinstance(operation, migrations.RunPython) and not operation.reversible:
        return "RunPython without reverse_code"
    if isinstance(operation, migrations.RunSQL):
        if not operation.reversible:
            return "RunSQL without reverse_sql"
        if DESTRUCTIVE_SQL.search(str(operation.sql)):
            return "destructive SQL"
    return None


def migration_problems(app: str, name: str, migration: Migration, state: ProjectState) -> list[str]:
    """The rollback problems of one migration, given the project state before it."""
    if getattr(migration, "approved_destructive", None):
        return []
    problems = []
    for operation in migration.operations:
        problem = _rollback_problem(operation, app, state)
        if problem:
            problems.append(
                f"unapproved destructive migration: {app}.{name}: "
                f"{type(operation).__name__} ({problem})"
            )
        operation.state_forwards(app, state)
    return problems


def destructive_migrations() -> list[str]:
    loader = MigrationLoader(connection, ignore_no_migrations=True, load=True)
    problems = []
    for (app, name), migration in sorted(loader.disk_migrations.items()):
        if app in PROJECT_APPS:
            state = loader.project_state((app, name), at_end=False)
            problems += migration_problems(app, name, migration, state)
    return problems


def golden_drift() -> list[str]:
    result = subprocess.run(
        [sys.executable, "manage.py", "governance_goldens"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    return [] if result.returncode == 0 else ["governance goldens drifted (see governance_goldens)"]


def release_problems() -> list[str]:
    return tracked_env_files() + deploy_check_problems() + destructive_migrations() + golden_drift()
