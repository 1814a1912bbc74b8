"""The typed environment loader: defaults, production requirements, validation by name."""

from __future__ import annotations

import pytest

from chat.policy import Policy, PolicyAction, RefusalCategory
from config.env import REQUIRED_IN_PRODUCTION, load_config, load_server_config
from tests.support.servers import PRODUCTION_SECRETS, production_env

PG = "postgresql://app:pw@db.example.test:5432/app"


def test_development_boots_with_no_variables() -> None:
    config = load_config({})
    assert config.env == "development"
    assert config.config_ok
    assert config.database is not None
    assert config.database["ENGINE"] == "django.db.backends.sqlite3"
    assert config.model_api_key is None
    assert "http://localhost:3000" in config.cors_origins
    assert "http://127.0.0.1:8000" in config.cors_origins


def test_development_secret_is_generated_per_load() -> None:
    assert load_config({}).secret_key != load_config({}).secret_key
    assert len(load_config({}).secret_key) >= 50


def test_production_with_nothing_set_names_every_required_variable() -> None:
    config = load_config({"ENV": "production"})
    assert config.is_production
    assert set(config.missing_env) == set(REQUIRED_IN_PRODUCTION)
    assert config.database is None
    assert config.cors_origins == ()


def test_complete_production_environment_is_ok() -> None:
    config = load_config(production_env(PG))
    assert config.config_ok, (config.missing_env, config.invalid_env)
    assert config.public_host == "chat.example.test"
    assert config.cors_origins == ("https://app.example.test",)
    assert config.database is not None
    assert config.database["OPTIONS"]["sslmode"] == "require"


def test_unknown_env_value_is_invalid_and_treated_as_production() -> None:
    config = load_config({"ENV": "staging"})
    assert config.is_production
    assert "ENV" in config.invalid_env


@pytest.mark.parametrize(
    "cors",
    ["*", "https://*.example.test", "https://app.example.test/path", "app.example.test", '["*"]'],
)
def test_production_rejects_wildcard_or_malformed_origins_and_allows_none(cors: str) -> None:
    config = load_config(production_env(PG, CORS_ORIGINS=cors))
    assert config.invalid_env == ("CORS_ORIGINS",)
    assert config.cors_origins == ()


def test_production_rejects_plain_http_origins_except_loopback() -> None:
    assert (
        "CORS_ORIGINS"
        in load_config(production_env(PG, CORS_ORIGINS="http://app.test")).invalid_env
    )
    loopback = load_config(production_env(PG, CORS_ORIGINS="http://127.0.0.1:3000"))
    assert loopback.cors_origins == ("http://127.0.0.1:3000",)


def test_origins_accept_comma_and_json_lists() -> None:
    expected = ("https://a.example.test", "https://b.example.test:8443")
    comma = production_env(PG, CORS_ORIGINS="https://a.example.test, https://b.example.test:8443")
    listed = production_env(
        PG, CORS_ORIGINS='["https://a.example.test", "https://b.example.test:8443"]'
    )
    assert load_config(comma).cors_origins == expected
    assert load_config(listed).cors_origins == expected


def test_production_public_url_must_be_https() -> None:
    config = load_config(production_env(PG, BACKEND_PUBLIC_BASE_URL="http://chat.example.test"))
    assert config.invalid_env == ("BACKEND_PUBLIC_BASE_URL",)
    assert config.public_host == ""


@pytest.mark.parametrize(
    "url",
    [
        "not a url",
        "mysql://u:p@db.example.test/app",
        "sqlite:///db.sqlite3",
        "postgresql://u:p@db.example.test:99999/app",
        "postgresql://u:p@db.example.test/",
        "postgresql://u:p@db.example.test/app?sslmode=disable",
    ],
)
def test_production_rejects_malformed_unsupported_or_plaintext_database_urls(url: str) -> None:
    config = load_config(production_env(PG, DATABASE_URL=url))
    assert config.invalid_env == ("DATABASE_URL",)


def test_loopback_postgres_needs_no_tls() -> None:
    config = load_config(production_env("postgresql://postgres@127.0.0.1:5432/app"))
    assert config.config_ok
    assert config.database is not None
    assert "sslmode" not in config.database["OPTIONS"]


def test_transaction_pooler_disables_server_side_cursors_and_prepared_statements() -> None:
    config = load_config(production_env(PG, DATABASE_POOLER="transaction"))
    assert config.database is not None
    assert config.database["DISABLE_SERVER_SIDE_CURSORS"] is True
    assert config.database["OPTIONS"]["prepare_threshold"] is None
    session = load_config(production_env(PG))
    assert session.database is not None
    assert session.database["DISABLE_SERVER_SIDE_CURSORS"] is False


def test_postgres_uses_a_bounded_connection_pool() -> None:
    database = load_config(production_env(PG, DATABASE_POOL_SIZE="4")).database
    assert database is not None
    assert database["OPTIONS"]["pool"]["max_size"] == 4
    assert database["CONN_MAX_AGE"] == 0
    assert (
        "DATABASE_POOL_SIZE" in load_config(production_env(PG, DATABASE_POOL_SIZE="0")).invalid_env
    )


def test_invalid_pooler_value_is_named() -> None:
    assert load_config(production_env(PG, DATABASE_POOLER="statement")).invalid_env == (
        "DATABASE_POOLER",
    )


def test_short_or_insecure_secret_key_is_invalid() -> None:
    for key in ("short", "django-insecure-" + "x" * 60, "a" * 80):
        assert load_config(production_env(PG, DJANGO_SECRET_KEY=key)).invalid_env == (
            "DJANGO_SECRET_KEY",
        )


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("MODEL_TIMEOUT_SECONDS", "soon"),
        ("MODEL_TIMEOUT_SECONDS", "0"),
        ("MODEL_TIMEOUT_SECONDS", "nan"),
        ("MODEL_CALLS_ENABLED", "maybe"),
        ("LOG_LEVEL", "LOUD"),
        ("MODEL_PROVIDER_BASE_URL", "http://api.example.test/v1"),
        ("SUPABASE_URL", "http://project.example.test"),
        ("SUPABASE_SERVICE_ROLE_KEY", "has spaces in it but long enough"),
    ],
)
def test_invalid_values_are_named_in_production(name: str, value: str) -> None:
    assert load_config(production_env(PG, **{name: value})).invalid_env == (name,)


def test_typed_values_are_parsed() -> None:
    config = load_config(
        production_env(
            PG,
            MODEL_TIMEOUT_SECONDS="7.5",
            MODEL_CALLS_ENABLED="false",
            LOG_LEVEL="debug",
            MODEL_PROVIDER_BASE_URL="http://127.0.0.1:11434/v1",
        )
    )
    assert config.config_ok
    assert config.model_timeout_seconds == 7.5
    assert config.model_calls_enabled is False
    assert config.log_level == "DEBUG"
    assert config.model_base_url == "http://127.0.0.1:11434/v1"


def test_secrets_are_not_in_the_config_repr() -> None:
    text = repr(load_config(production_env(PG)))
    for value in PRODUCTION_SECRETS.values():
        assert value not in text
    assert "pw@" not in text


def test_release_comes_from_the_deployment_commit() -> None:
    assert load_config({"RAILWAY_GIT_COMMIT_SHA": "0123456789abcdef0123"}).release == "0123456789ab"
    assert load_config({}).release == "0.1.0"


def test_gunicorn_timeout_stays_above_the_model_timeout() -> None:
    server = load_server_config({"MODEL_TIMEOUT_SECONDS": "30"})
    assert server.timeout_seconds > 2 * 30
    assert load_server_config({}).timeout_seconds > 2 * 20
    with pytest.raises(ValueError, match="PORT"):
        load_server_config({"PORT": "http"})


def test_governance_policy_overrides_are_parsed_and_defaults_fill_the_rest() -> None:
    config = load_config({"GOVERNANCE_POLICY": "sexual_content=answer, SPECIALIZED_ADVICE=REFUSE"})
    policy = config.governance_policy
    assert "GOVERNANCE_POLICY" not in config.invalid_env
    assert policy.action(RefusalCategory.SEXUAL_CONTENT) is PolicyAction.ANSWER
    assert policy.action(RefusalCategory.SPECIALIZED_ADVICE) is PolicyAction.REFUSE
    assert policy.action(RefusalCategory.VIOLENT_CRIMES) is PolicyAction.REFUSE


@pytest.mark.parametrize(
    "value",
    ["VIOLENCE=REFUSE", "HATE=ALLOW", "HATE=ANSWER,HATE=REFUSE", "NONE=ANSWER", "HATE"],
)
def test_a_bad_governance_policy_is_invalid_and_keeps_the_defaults(value: str) -> None:
    config = load_config({"GOVERNANCE_POLICY": value})
    assert "GOVERNANCE_POLICY" in config.invalid_env
    assert config.governance_policy == Policy()
