from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class OperationsConfig(AppConfig):
    default = True
    name = "operations"
    verbose_name = "Operations"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from operations import checks  # noqa: F401  (registers the deployment check)


class OpsAdminConfig(admin_apps.AdminConfig):
    """Django's admin with the ops console site (operations/admin_site.py) as the default site."""

    default = False  # named explicitly in INSTALLED_APPS instead of django.contrib.admin
    default_site = "operations.admin_site.OpsAdminSite"
