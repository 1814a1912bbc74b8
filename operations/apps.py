from django.apps import AppConfig


class OperationsConfig(AppConfig):
    default = True
    name = "operations"
    verbose_name = "Operations"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from operations import checks  # noqa: F401  (registers the deployment check)
