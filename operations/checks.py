"""A deployment system check: `check --deploy` fails while the production config has problems."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import Error, register


@register(deploy=True)
def production_config_check(app_configs: Any, **kwargs: Any) -> list[Error]:
    service = settings.SERVICE
    if not service.is_production or service.config_ok:
        return []
    return [
        Error(
            "Production configuration is incomplete.",
            hint="Missing: {}. Invalid: {}. See env.example.".format(
                ", ".join(service.missing_env) or "none", ", ".join(service.invalid_env) or "none"
            ),
            id="operations.E001",
        )
    ]
