"""`python manage.py release_check`: the release guards of operations/release.py; exit 1 on any."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from operations.release import release_problems


class Command(BaseCommand):
    help = "Fail on a tracked .env, deploy-check warnings, destructive migrations or golden drift."

    def handle(self, *args: Any, **options: Any) -> None:
        problems = release_problems()
        for problem in problems:
            self.stderr.write(problem)
        if problems:
            raise CommandError(f"release check failed: {len(problems)} problem(s)")
        self.stdout.write(
            "release check passed: no tracked .env, deploy check clean, "
            "migrations rollback-safe, goldens unchanged"
        )
