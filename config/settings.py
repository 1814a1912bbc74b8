"""Django settings, derived entirely from the typed environment loader (`config/env.py`).

Development boots with no variables (SQLite, a per-process secret, the offline renderer).
Production takes every secret and address from the environment; whatever is missing or invalid
is listed by `/ready`, and the service stays fail-closed until it is fixed (DESIGN §1.4).
"""

from __future__ import annotations

import os

from config.env import BASE_DIR, load_config
from config.error_tracking import error_tracking_init
from config.logging import build_logging_config

SERVICE = load_config(os.environ)
PRODUCTION = SERVICE.is_production

SECRET_KEY = SERVICE.secret_key
DEBUG = False  # never on: error pages are the project's own, in every environment
ALLOWED_HOSTS = [SERVICE.public_host] if SERVICE.public_host else []
if not PRODUCTION:
    ALLOWED_HOSTS += ["localhost", "127.0.0.1", "[::1]", "testserver"]
CSRF_TRUSTED_ORIGINS = [SERVICE.public_base_url] if SERVICE.public_base_url else []

INSTALLED_APPS = [
    "operations.console",  # before the admin: its templates override the admin's
    "operations.console.apps.OpsAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "corsheaders",
    "chat",
    "operations",
]

MIDDLEWARE = [
    "config.middleware.RequestLogMiddleware",
    "operations.middleware.ProbeMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "operations.middleware.FailClosedMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "config.middleware.ContentSecurityPolicyMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# No usable database (production without a valid DATABASE_URL) leaves Django's dummy backend,
# which fails every query: the readiness probe reports it and chat stays closed.
DATABASES = {"default": SERVICE.database} if SERVICE.database else {}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_ALLOW_ALL_ORIGINS = False  # static files send no CORS headers
# Development serves straight from the source folders (no collectstatic needed).
WHITENOISE_USE_FINDERS = not PRODUCTION
WHITENOISE_AUTOREFRESH = not PRODUCTION

# The API reads its own body with a hard limit (chat/http.py); this caps every other form.
DATA_UPLOAD_MAX_MEMORY_SIZE = 16_384
APPEND_SLASH = False  # a redirect would break CORS preflights on /api/ paths

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": [],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "EXCEPTION_HANDLER": "chat.errors.exception_handler",
    "UNAUTHENTICATED_USER": None,
}

# CORS (DESIGN §1.5): only /api/, exactly the configured origins, no credentials.
CORS_ALLOWED_ORIGINS = list(SERVICE.cors_origins)
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_METHODS = ["POST", "OPTIONS"]
CORS_ALLOW_HEADERS = ["content-type", "x-session-id"]
CORS_EXPOSE_HEADERS = ["X-Session-Id", "X-Request-ID", "Retry-After"]
CORS_ALLOW_CREDENTIALS = False
CORS_PREFLIGHT_MAX_AGE = 600

# Security headers. Platform probes and the API are reached over plain HTTP by design (the
# proxy terminates TLS), so they are exempt from the HTTPS redirect.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = SERVICE.admin_session_hours * 3600  # Django sessions are admin logins only
CSRF_COOKIE_HTTPONLY = True
if PRODUCTION:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = True
    SECURE_REDIRECT_EXEMPT = [r"^api/", r"^health$", r"^ready$"]
    SECURE_HSTS_SECONDS = 31_536_000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

LOGGING = build_logging_config(SERVICE.log_level)
error_tracking_init(SERVICE)  # only with SENTRY_DSN (config/error_tracking.py)
