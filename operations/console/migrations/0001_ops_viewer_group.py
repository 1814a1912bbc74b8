"""The "ops viewer" group (DESIGN §4.5), with the view permissions of the console.

Additive and reversible: the previous release ignores the group; unapplying removes it.
"""

from django.db import migrations

from operations.console.permissions import OPS_VIEWER, ensure_ops_viewer


def create(apps, schema_editor):  # type: ignore[no-untyped-def]
    ensure_ops_viewer(using=schema_editor.connection.alias, apps=apps)


def delete(apps, schema_editor):  # type: ignore[no-untyped-def]
    apps.get_model("auth", "Group").objects.filter(name=OPS_VIEWER).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("operations", "0004_session_fingerprint"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(create, delete)]
