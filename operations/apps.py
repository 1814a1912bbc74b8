from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class OperationsConfig(AppConfig):
    default = True
    name = "operations"
    verbose_name = "Operations"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from operations import checks  # noqa: F401  (registers the deployment check)
        from operations.permissions import ensure_ops_viewer

        post_migrate.connect(ensure_ops_viewer, sender=self)


class OpsAdminConfig(admin_apps.AdminConfig):
    """Django's admin with the ops console site (operations/admin_site.py) as the default site."""

    default = False  # named explicitly in INSTALLED_APPS instead of django.contrib.admin
    default_site = "operations.admin_site.OpsAdminSite"
