from django.apps import AppConfig, apps
from django.contrib.admin import apps as admin_apps


class ConsoleConfig(AppConfig):
    """The console's templates, template tags and model admins (autodiscovered `admin.py`)."""

    default = True
    name = "operations.console"
    label = "console"
    verbose_name = "Ops console"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from operations.console.permissions import ensure_ops_viewer

        # After the operations app migrates (it owns the permissions the group holds).
        post_migrate.connect(ensure_ops_viewer, sender=apps.get_app_config("operations"))


class OpsAdminConfig(admin_apps.AdminConfig):
    """Django's admin with the console's site (operations/console/site.py) as the default site."""

    default = False  # named explicitly in INSTALLED_APPS instead of django.contrib.admin
    default_site = "operations.console.site.OpsAdminSite"
