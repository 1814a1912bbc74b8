"""The one environment loader (DESIGN §3).

Every variable the service reads is parsed and validated here, once, at startup. The result is a
frozen `ServiceConfig` with typed values plus the names of variables that are missing or invalid;
`/ready` reports those names (never values) and, in production, any problem keeps the service
fail-closed. Development boots with no variables at all. Production never gets a default secret.

Nothing else in the code base reads `os.environ`: settings call `load_config()` and everything else
reads `django.conf.settings.SERVICE`.
"""

from __future__ import annotations

import ipaddress
import json
import os
import re
import secrets
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from chat.policy import Policy, PolicyAction, RefusalCategory

BASE_DIR = Path(__file__).resolve().parent.parent

DEVELOPMENT = "development"
PRODUCTION = "production"

DEFAULT_PUBLIC_BASE_URL = "http://127.0.0.1:8000"
DEFAULT_DEV_CORS_ORIGINS = ("http://localhost:3000", "http://127.0.0.1:3000")
DEFAULT_DATABASE_URL = "sqlite:///db.sqlite3"
DEFAULT_MODEL_BASE_URL = "https://api.openai.com/v1"
DEFAULT_REASONING_MODEL = "gpt-4.1"
DEFAULT_EXPRESSION_MODEL = "gpt-4.1-mini"
DEFAULT_MODEL_TIMEOUT_SECONDS = 20.0
MAX_MODEL_TIMEOUT_SECONDS = 120.0
DB_CONNECT_TIMEOUT_SECONDS = 2
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
SECURE_SSLMODES = ("require", "verify-ca", "verify-full")
MIN_SECRET_KEY_LENGTH = 50

REQUIRED_IN_PRODUCTION = (
    "DJANGO_SECRET_KEY",
    "BACKEND_PUBLIC_BASE_URL",
    "CORS_ORIGINS",
    "DATABASE_URL",
    "MODEL_PROVIDER_API_KEY",
)

_ORIGIN_RE = re.compile(r"^(https?)://([^/?#@\s]+)$")
_TOKEN_RE = re.compile(r"^[A-Za-z0-9._\-]{20,}$")


@dataclass(frozen=True)
class Limits:
    """Quotas, rate limits and TTLs (DESIGN §4.2, §4.4)."""

    session_ttl_seconds: int = 86_400
    quota_free: int = 50
    quota_standard: int = 300
    quota_max: int = 1_500
    burst_limit: int = 10
    burst_window_seconds: int = 10
    sustained_limit: int = 200
    sustained_window_seconds: int = 3_600
    new_sessions_per_hour: int = 20
    request_retention_days: int = 14
    # Clients are grouped by address: IPv6 by this prefix (one host owns a /64), IPv4 exactly.
    client_ipv6_prefix: int = 64
    # Spend guard: chats admitted per minute across the deployment (each makes at most one model
    # call), counted in the database whatever the number of workers, replicas or clients.
    deployment_chats_per_minute: int = 600


# Variable name → (Limits field, lowest, highest).
LIMIT_VARIABLES = {
    "SESSION_TTL_SECONDS": ("session_ttl_seconds", 60, 90 * 86_400),
    "QUOTA_FREE_PER_DAY": ("quota_free", 0, 1_000_000),
    "QUOTA_STANDARD_PER_DAY": ("quota_standard", 0, 1_000_000),
    "QUOTA_MAX_PER_DAY": ("quota_max", 0, 1_000_000),
    "RATE_LIMIT_BURST": ("burst_limit", 1, 1_000_000),
    "RATE_LIMIT_BURST_WINDOW_SECONDS": ("burst_window_seconds", 1, 3_600),
    "RATE_LIMIT_SUSTAINED": ("sustained_limit", 1, 10_000_000),
    "RATE_LIMIT_SUSTAINED_WINDOW_SECONDS": ("sustained_window_seconds", 60, 86_400),
    "NEW_SESSIONS_PER_HOUR": ("new_sessions_per_hour", 1, 1_000_000),
    "REQUEST_RETENTION_DAYS": ("request_retention_days", 1, 3_650),
    "RATE_LIMIT_IPV6_PREFIX": ("client_ipv6_prefix", 32, 128),
    "DEPLOYMENT_CHATS_PER_MINUTE": ("deployment_chats_per_minute", 1, 10_000_000),
}


def _read_limits(reader: _Reader) -> Limits:
    defaults = Limits()
    values = {
        field_name: reader.integer(name, getattr(defaults, field_name), low, high)
        for name, (field_name, low, high) in LIMIT_VARIABLES.items()
    }
    return Limits(**values)


@dataclass(frozen=True)
class ServiceConfig:
    env: str
    secret_key: str = field(repr=False)
    public_base_url: str
    public_host: str
    cors_origins: tuple[str, ...]
    chat_api_base: str  # where the chat page sends requests; "" means its own origin
    # Django's DATABASES["default"]; None when unusable. Not part of equality (a dict).
    database: dict[str, Any] | None = field(repr=False, compare=False)
    database_pooler: str | None
    supabase_url: str | None
    supabase_anon_key: str | None = field(repr=False)
    metrics_token: str | None = field(repr=False)
    # Set by config/gunicorn.py (not by operators): where every worker's metric files meet.
    metrics_multiprocess_dir: str | None
    sentry_dsn: str | None = field(repr=False)
    supabase_service_role_key: str | None = field(repr=False)
    model_api_key: str | None = field(repr=False)
    model_base_url: str
    reasoning_model: str
    expression_model: str
    model_timeout_seconds: float
    model_calls_enabled: bool
    breaker_threshold: int
    breaker_cooldown_seconds: float
    model_max_concurrent_calls: int
    log_level: str
    release: str
    trusted_proxy_count: int
    admin_session_hours: int
    limits: Limits
    governance_policy: Policy
    missing_env: tuple[str, ...] = field(default=())
    invalid_env: tuple[str, ...] = field(default=())

    @property
    def is_production(self) -> bool:
        return self.env != DEVELOPMENT

    @property
    def config_ok(self) -> bool:
        return not self.missing_env and not self.invalid_env


class _Reader:
    """Reads raw values and records which names are missing or invalid."""

    def __init__(self, environ: Mapping[str, str], production: bool) -> None:
        self.environ = environ
        self.production = production
        self.missing: list[str] = []
        self.invalid: list[str] = []

    def raw(self, name: str) -> str | None:
        value = self.environ.get(name, "").strip()
        if value:
            return value
        if self.production and name in REQUIRED_IN_PRODUCTION:
            self.missing.append(name)
        return None

    def reject(self, name: str) -> None:
        if name not in self.invalid:
            self.invalid.append(name)

    def choice(self, name: str, choices: tuple[str, ...], default: str) -> str:
        value = self.raw(name)
        if value is None:
            return default
        normalised = value.upper() if default.isupper() else value.lower()
        if normalised not in choices:
            self.reject(name)
            return default
        return normalised

    def boolean(self, name: str, default: bool) -> bool:
        value = self.raw(name)
        if value is None:
            return default
        lowered = value.lower()
        if lowered in ("1", "true", "yes", "on"):
            return True
        if lowered in ("0", "false", "no", "off"):
            return False
        self.reject(name)
        return default

    def number(self, name: str, default: float, low: float, high: float) -> float:
        value = self.raw(name)
        if value is None:
            return default
        try:
            parsed = float(value)
        except ValueError:
            parsed = float("nan")
        if not low <= parsed <= high:  # also rejects NaN
            self.reject(name)
            return default
        return parsed

    def integer(self, name: str, default: int, low: int, high: int) -> int:
        value = self.raw(name)
        if value is None:
            return default
        if not re.fullmatch(r"-?\d+", value) or not low <= int(value) <= high:
            self.reject(name)
            return default
        return int(value)

    def token(self, name: str) -> str | None:
        value = self.raw(name)
        if value is not None and not _TOKEN_RE.match(value):
            self.reject(name)
            return None
        return value


def is_loopback(host: str) -> bool:
    host = host.strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_origin(value: str) -> tuple[str, str] | None:
    """`scheme://host[:port]` → (scheme, host) or None. No path, query, userinfo or wildcard."""
    match = _ORIGIN_RE.match(value.rstrip("/"))
    if match is None or "*" in value:
        return None
    try:
        parts = urlsplit(match.group(0))
        host, _port = parts.hostname, parts.port  # .port raises on a bad port
    except ValueError:
        return None
    return (match.group(1), host) if host else None


def _origin_list(value: str) -> list[str] | None:
    if value.startswith("["):
        try:
            items = json.loads(value)
        except ValueError:
            return None
        if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
            return None
        return [item.strip() for item in items]
    return [item.strip() for item in value.split(",") if item.strip()]


def _read_cors_origins(reader: _Reader, own_origin: str) -> tuple[str, ...]:
    value = reader.raw("CORS_ORIGINS")
    if value is None:
        return () if reader.production else (*DEFAULT_DEV_CORS_ORIGINS, own_origin)
    origins = _origin_list(value)
    valid: list[str] = []
    for origin in origins or [""]:
        parsed = parse_origin(origin)
        if parsed is None or (
            reader.production and parsed[0] != "https" and not is_loopback(parsed[1])
        ):
            reader.reject("CORS_ORIGINS")
            return ()  # one bad entry (a wildcard included) allows no origin at all
        valid.append(origin.rstrip("/"))
    return tuple(valid)


def _read_public_base_url(reader: _Reader) -> tuple[str, str]:
    value = reader.raw("BACKEND_PUBLIC_BASE_URL")
    if value is None:
        if reader.production:
            return "", ""
        return DEFAULT_PUBLIC_BASE_URL, "127.0.0.1"
    parsed = parse_origin(value)
    if parsed is None or (reader.production and parsed[0] != "https"):
        reader.reject("BACKEND_PUBLIC_BASE_URL")
        return ("", "") if reader.production else (DEFAULT_PUBLIC_BASE_URL, "127.0.0.1")
    return value.rstrip("/"), parsed[1]


def _read_chat_api_base(reader: _Reader) -> str:
    value = reader.raw("CHAT_API_BASE_URL")
    if value is None:
        return ""
    parsed = parse_origin(value)
    if parsed is None or (
        reader.production and parsed[0] != "https" and not is_loopback(parsed[1])
    ):
        reader.reject("CHAT_API_BASE_URL")
        return ""
    return value.rstrip("/")


def _read_database(reader: _Reader, pooler: str | None) -> dict[str, Any] | None:
    pool_size = reader.integer("DATABASE_POOL_SIZE", 10, 1, 500)
    value = reader.raw("DATABASE_URL")
    if value is None:
        if reader.production:
            return None
        value = DEFAULT_DATABASE_URL
    database = parse_database_url(
        value, production=reader.production, pooler=pooler, pool_size=pool_size
    )
    if database is None:
        reader.reject("DATABASE_URL")
    return database


def parse_database_url(
    url: str, *, production: bool, pooler: str | None, pool_size: int = 10
) -> dict[str, Any] | None:
    """A Django database dict for `sqlite:///path` or `postgres://…`; None when not acceptable.

    Production accepts Postgres only, with TLS (`sslmode` require or stricter, the default when
    absent) unless the host is loopback.
    """
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    if parts.scheme == "sqlite" and not production:
        path = parts.path[1:] if parts.path.startswith("/") else parts.path
        if not path:
            return None
        name = path if path.startswith("/") else str(BASE_DIR / path)
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": name}
    if parts.scheme not in ("postgres", "postgresql") or not parts.hostname:
        return None
    name = unquote(parts.path.lstrip("/"))
    if not name or "/" in name:
        return None
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    options: dict[str, Any] = {"connect_timeout": DB_CONNECT_TIMEOUT_SECONDS}
    sslmode = query.get("sslmode")
    if not is_loopback(parts.hostname):
        if sslmode is None:
            sslmode = "require"
        elif production and sslmode not in SECURE_SSLMODES:
            return None
    if sslmode:
        options["sslmode"] = sslmode
    if pooler == "transaction":
        options["prepare_threshold"] = None  # the pooler cannot keep prepared statements
    # An in-process pool bounds connections per process whatever the thread count; a request
    # that cannot get one within the timeout fails closed (503).
    options["pool"] = {
        "min_size": 1,
        "max_size": pool_size,
        "timeout": DB_CONNECT_TIMEOUT_SECONDS,
        "max_idle": 300,
    }
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": name,
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": parts.hostname,
        "PORT": str(port or 5432),
        "OPTIONS": options,
        "CONN_MAX_AGE": 0,  # connections live in the pool, not on request threads
        "DISABLE_SERVER_SIDE_CURSORS": pooler == "transaction",
    }


def _read_https_url(reader: _Reader, name: str, default: str | None) -> str | None:
    value = reader.raw(name)
    if value is None:
        return default
    try:
        parts = urlsplit(value)
    except ValueError:
        parts = None
    ok = parts is not None and parts.scheme in ("http", "https") and bool(parts.hostname)
    if ok and parts is not None and parts.scheme == "http":
        ok = not reader.production or is_loopback(parts.hostname or "")
    if not ok:
        reader.reject(name)
        return default
    return value.rstrip("/")


def _read_governance_policy(reader: _Reader) -> Policy:
    """`GOVERNANCE_POLICY`: comma-separated `CATEGORY=REFUSE|ANSWER` (DESIGN §2.3).

    Categories are the refusal categories (the hazard taxonomy plus UNSUPPORTED_LANGUAGE); any
    unknown name, unknown action or repeated category makes the whole variable invalid, and the
    defaults then apply (every hazard refused, specialized advice answered with disclosures).
    """
    raw = reader.raw("GOVERNANCE_POLICY")
    if raw is None:
        return Policy()
    overrides: dict[RefusalCategory, PolicyAction] = {}
    for item in raw.split(","):
        name, _, action = (part.strip().upper() for part in item.partition("="))
        if (
            name not in RefusalCategory.__members__
            or name == RefusalCategory.NONE
            or action not in PolicyAction.__members__
            or RefusalCategory(name) in overrides
        ):
            reader.reject("GOVERNANCE_POLICY")
            return Policy()
        overrides[RefusalCategory(name)] = PolicyAction(action)
    return Policy(frozenset(overrides.items()))


def _release(environ: Mapping[str, str]) -> str:
    commit = environ.get("RAILWAY_GIT_COMMIT_SHA", "").strip()
    if commit:
        return commit[:12]
    with (BASE_DIR / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def load_config(environ: Mapping[str, str]) -> ServiceConfig:
    env_value = environ.get("ENV", "").strip().lower() or DEVELOPMENT
    reader = _Reader(environ, production=env_value != DEVELOPMENT)
    if env_value not in (DEVELOPMENT, PRODUCTION):
        reader.reject("ENV")  # an unknown environment is treated as production

    secret_key = reader.raw("DJANGO_SECRET_KEY")
    if secret_key is not None and (
        len(secret_key) < MIN_SECRET_KEY_LENGTH
        or len(set(secret_key)) < 5
        or secret_key.startswith("django-insecure-")
    ):
        reader.reject("DJANGO_SECRET_KEY")
        secret_key = None
    if secret_key is None:
        # Development: a fresh key per process. Production: unusable until configured.
        secret_key = secrets.token_urlsafe(64)

    public_base_url, public_host = _read_public_base_url(reader)
    cors_origins = _read_cors_origins(reader, public_base_url)
    pooler = reader.choice("DATABASE_POOLER", ("transaction", "session"), "") or None
    database = _read_database(reader, pooler)
    model_timeout = reader.number(
        "MODEL_TIMEOUT_SECONDS", DEFAULT_MODEL_TIMEOUT_SECONDS, 1.0, MAX_MODEL_TIMEOUT_SECONDS
    )

    return ServiceConfig(
        env=PRODUCTION if reader.production else DEVELOPMENT,
        secret_key=secret_key,
        public_base_url=public_base_url,
        public_host=public_host,
        cors_origins=cors_origins,
        chat_api_base=_read_chat_api_base(reader),
        database=database,
        database_pooler=pooler,
        supabase_url=_read_https_url(reader, "SUPABASE_URL", None),
        supabase_anon_key=reader.token("SUPABASE_ANON_KEY"),
        metrics_token=reader.token("METRICS_TOKEN"),
        metrics_multiprocess_dir=reader.raw("PROMETHEUS_MULTIPROC_DIR"),
        sentry_dsn=_read_https_url(reader, "SENTRY_DSN", None),
        supabase_service_role_key=reader.token("SUPABASE_SERVICE_ROLE_KEY"),
        model_api_key=reader.raw("MODEL_PROVIDER_API_KEY"),
        model_base_url=_read_https_url(reader, "MODEL_PROVIDER_BASE_URL", DEFAULT_MODEL_BASE_URL)
        or DEFAULT_MODEL_BASE_URL,
        reasoning_model=reader.raw("LLM_REASONING_MODEL") or DEFAULT_REASONING_MODEL,
        expression_model=reader.raw("LLM_EXPRESSION_MODEL") or DEFAULT_EXPRESSION_MODEL,
        model_timeout_seconds=model_timeout,
        model_calls_enabled=reader.boolean("MODEL_CALLS_ENABLED", True),
        breaker_threshold=reader.integer("MODEL_BREAKER_THRESHOLD", 5, 1, 1000),
        breaker_cooldown_seconds=reader.number("MODEL_BREAKER_COOLDOWN_SECONDS", 30.0, 0.1, 3600),
        model_max_concurrent_calls=reader.integer("MODEL_MAX_CONCURRENT_CALLS", 48, 1, 1024),
        log_level=reader.choice("LOG_LEVEL", LOG_LEVELS, "INFO"),
        release=_release(environ),
        trusted_proxy_count=reader.integer("TRUSTED_PROXY_COUNT", 0, 0, 10),
        admin_session_hours=reader.integer("ADMIN_SESSION_HOURS", 12, 1, 168),
        limits=_read_limits(reader),
        governance_policy=_read_governance_policy(reader),
        missing_env=tuple(reader.missing),
        invalid_env=tuple(reader.invalid),
    )


@dataclass(frozen=True)
class ServerConfig:
    """What `config/gunicorn.py` needs; invalid values stop the server from starting."""

    port: int
    workers: int
    threads: int
    timeout_seconds: int
    log_level: str
    # Read deadlines (DESIGN §6): the whole header block, then the whole body, must arrive in time.
    header_timeout_seconds: float = 10.0
    body_timeout_seconds: float = 10.0


def load_server_config(environ: Mapping[str, str] | None = None) -> ServerConfig:
    reader = _Reader(os.environ if environ is None else environ, production=False)
    model_timeout = reader.number(
        "MODEL_TIMEOUT_SECONDS", DEFAULT_MODEL_TIMEOUT_SECONDS, 1.0, MAX_MODEL_TIMEOUT_SECONDS
    )
    config = ServerConfig(
        port=reader.integer("PORT", 8000, 1, 65535),
        workers=reader.integer("WEB_CONCURRENCY", 2, 1, 64),
        threads=reader.integer("GUNICORN_THREADS", 56, 1, 512),
        # Above the longest model call: the timeout plus one retry on a connect error, plus slack.
        timeout_seconds=int(2 * model_timeout) + 10,
        log_level=reader.choice("LOG_LEVEL", LOG_LEVELS, "INFO"),
        header_timeout_seconds=reader.number("REQUEST_HEADER_TIMEOUT_SECONDS", 10.0, 1.0, 120.0),
        body_timeout_seconds=reader.number("REQUEST_BODY_TIMEOUT_SECONDS", 10.0, 1.0, 120.0),
    )
    if reader.invalid:
        raise ValueError("invalid server settings: " + ", ".join(reader.invalid))
    return config
