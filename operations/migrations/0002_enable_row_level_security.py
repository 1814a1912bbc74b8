"""Row Level Security on the operational tables, on Postgres (DESIGN §4.1).

With RLS enabled and no policies, Supabase's public REST API (anon and authenticated roles) can
read nothing from these tables. Django connects as the table owner, which RLS does not restrict.
"""

from django.db import migrations

TABLES = ("sessions", "requests", "rate_limits")


def enable(apps, schema_editor):  # type: ignore[no-untyped-def]
    if schema_editor.connection.vendor == "postgresql":
        for table in TABLES:
            schema_editor.execute(f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY')


def disable(apps, schema_editor):  # type: ignore[no-untyped-def]
    if schema_editor.connection.vendor == "postgresql":
        for table in TABLES:
            schema_editor.execute(f'ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY')


class Migration(migrations.Migration):
    dependencies = [("operations", "0001_init")]
    operations = [migrations.RunPython(enable, disable)]
