"""Django's deployment checklist with production environments (DESIGN §3)."""

from __future__ import annotations

from tests.support.servers import PRODUCTION_SECRETS, production_env, run_manage

DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/unused"


def test_check_deploy_passes_with_complete_production_env() -> None:
    result = run_manage(
        "check", "--deploy", "--fail-level", "WARNING", env=production_env(DATABASE_URL)
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_fails_and_names_missing_or_invalid_variables() -> None:
    env = production_env(DATABASE_URL, DJANGO_SECRET_KEY="", CORS_ORIGINS="*")
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr
    assert "CORS_ORIGINS" in result.stderr
    for value in PRODUCTION_SECRETS.values():
        assert value not in result.stdout + result.stderr
