"""The type checker checks against the Django the service runs, not a newer one."""

from __future__ import annotations

from importlib.metadata import version


def minor(name: str) -> str:
    return ".".join(version(name).split(".")[:2])


def test_django_stubs_describe_the_pinned_django() -> None:
    assert minor("django-stubs") == minor("Django")
    assert minor("django-stubs-ext") == minor("Django")
