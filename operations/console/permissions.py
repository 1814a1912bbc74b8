"""The "ops viewer" group: what a staff user needs to see the ops console (DESIGN §4.5).

Staff users see nothing of the console without these permissions; superusers have them all. The
group is created by the console's data migration (console/0001) and made again (or completed)
after every `migrate`, so a flushed test database and the SQL-file route (`migrate --fake`) have
it too. Operators add staff to it in the console
(Users → groups) or with `user.groups.add(...)`.
"""

from __future__ import annotations

from typing import Any

from django.apps import apps as global_apps
from django.apps.registry import Apps
from django.contrib.auth.management import create_permissions

OPS_VIEWER = "ops viewer"
OPS_VIEWER_PERMISSIONS = ("view_session", "view_chatrequest", "view_dashboard")


def ensure_ops_viewer(using: str = "default", apps: Apps = global_apps, **_signal: Any) -> None:
    """The group with its permissions; a `post_migrate` receiver and the data migration's step.

    Like Django's own receivers it does nothing while auth's tables are not migrated yet. It
    creates the operations permissions first: auth's own receiver may run after this one, and a
    data migration runs before any.
    """
    try:
        group_model = apps.get_model("auth", "Group")
        permission_model = apps.get_model("auth", "Permission")
    except LookupError:
        return
    create_permissions(
        global_apps.get_app_config("operations"), verbosity=0, using=using, apps=apps
    )
    group, _ = group_model.objects.using(using).get_or_create(name=OPS_VIEWER)
    group.permissions.add(
        *permission_model.objects.using(using).filter(
            content_type__app_label="operations", codename__in=OPS_VIEWER_PERMISSIONS
        )
    )
