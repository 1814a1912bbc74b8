"""WSGI entry point: `gunicorn config.wsgi -c config/gunicorn.py`."""

import os
from importlib import import_module

from django.conf import settings
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

application = get_wsgi_application()

# Import the URLconf (every view, the model SDK) now — in gunicorn's master before it forks
# (preload_app) — rather than inside the first requests of every worker (~2 s on this stack).
import_module(settings.ROOT_URLCONF)
# Likewise the governance classifier (~1 s to load), rule patterns (~3 s to compile) and gloss
# dictionaries (~0.2 s): done once before the fork, shared by every worker instead of paid
# inside its first requests.
import_module("chat.governance.classifier").classifier()
import_module("chat.governance.lexicons").compile_all()
import_module("chat.governance.gloss").load_all()


def warm_up_worker() -> None:
    """Run by gunicorn in each worker before it takes traffic (config/gunicorn.py).

    Builds the shared model client and opens a database connection, so a burst of first
    requests does not pay for them concurrently. Failures are left to the probes to report.
    """
    from chat.services import active_renderer
    from operations.probes import check_database

    if settings.SERVICE.config_ok:
        active_renderer()
    check_database()
