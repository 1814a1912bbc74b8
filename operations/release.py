"""Release guards (DESIGN §6): what must hold before a build ships.

- no `.env` file is tracked by git (secrets live in the platform's environment);
- Django's deployment checklist passes with a production environment;
- migrations are additive: no removed or renamed fields/models/tables, no narrowed columns,
  unless the migration says `approved_destructive = "<why>"` (rollback to the previous release
  must keep working against the migrated schema);
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
from django.db.migrations.loader import MigrationLoader

REPO = Path(settings.BASE_DIR)
PROJECT_APPS = ("chat", "operations")
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


def destructive_migrations() -> list[str]:
    loader = MigrationLoader(connection, ignore_no_migrations=True, load=True)
    problems = []
    for (app, name), migration in sorted(loader.disk_migrations.items()):
        if app not in PROJECT_APPS or getattr(migration, "approved_destructive", None):
            continue
        state = loader.project_state((app, name), at_end=False)
        for operation in migration.operations:
            where = f"{app}.{name}: {type(operation).__name__}"
            if isinstance(operation, REMOVALS):
                problems.append(where)
            elif isinstance(operation, migrations.AlterField):
                model = state.models[app, operation.model_name_lower]
                change = _narrowed(model.fields[operation.name], operation.field)
                if change:
                    problems.append(f"{where} {operation.model_name}.{operation.name} ({change})")
            elif isinstance(operation, migrations.RunSQL) and DESTRUCTIVE_SQL.search(
                str(operation.sql)
            ):
                problems.append(f"{where} (destructive SQL)")
            operation.state_forwards(app, state)
    return [f"unapproved destructive migration: {problem}" for problem in problems]


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
