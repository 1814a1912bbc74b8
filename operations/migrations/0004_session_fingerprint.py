"""Session fingerprints for the console, and the dashboard permission (DESIGN §4.5).

Additive: the previous release ignores the nullable column. Sessions that exist already get their
fingerprint here, in batches. (The "ops viewer" group is made after every migrate:
operations/console/permissions.py.)
"""

from django.conf import settings
from django.db import migrations, models

from operations.sessions import session_fingerprint

BATCH = 1_000


def fingerprint_existing_sessions(apps, schema_editor):  # type: ignore[no-untyped-def]
    session_model = apps.get_model("operations", "Session")
    while batch := list(
        session_model.objects.filter(fingerprint__isnull=True).values_list("session_id", flat=True)[
            :BATCH
        ]
    ):
        for session_id in batch:
            session_model.objects.filter(session_id=session_id).update(
                fingerprint=session_fingerprint(session_id, settings.SECRET_KEY)
            )


class Migration(migrations.Migration):
    dependencies = [
        ("operations", "0003_hardening_choices"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="chatrequest",
            options={
                "permissions": [("view_dashboard", "Can view the ops dashboard")],
                "verbose_name": "request",
            },
        ),
        migrations.AddField(
            model_name="session",
            name="fingerprint",
            field=models.CharField(blank=True, max_length=16, null=True),
        ),
        migrations.AddIndex(
            model_name="session",
            index=models.Index(fields=["fingerprint"], name="sessions_fingerprint"),
        ),
        migrations.RunPython(fingerprint_existing_sessions, migrations.RunPython.noop),
    ]
