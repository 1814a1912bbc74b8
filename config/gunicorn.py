"""Gunicorn settings: `gunicorn config.wsgi -c config/gunicorn.py` (DESIGN §6).

gthread workers so slow model calls occupy threads, not whole workers, and the probes keep
answering; the worker class adds read deadlines so slow clients hold no thread
(config/worker.py). The worker timeout stays above the model timeout. The access log is the
application's own JSON line per request (config/middleware.py), so gunicorn's access log is off.
"""

import os
import shutil
import tempfile
from typing import Any

from config.env import load_server_config
from config.logging import build_logging_config

# Prometheus metrics in multiprocess mode (operations/metrics.py): every worker writes its
# counters to files in one fresh directory, and a scrape of any worker reads them all. Set before
# the app (and prometheus_client) is loaded; a new directory per server start, so no stale counts.
_metrics_dir = tempfile.mkdtemp(prefix="gcs-metrics-")
os.environ["PROMETHEUS_MULTIPROC_DIR"] = _metrics_dir  # prometheus_client and config/env.py read it

_server = load_server_config()

bind = f"0.0.0.0:{_server.port}"
worker_class = "config.worker.DeadlineThreadWorker"
workers = _server.workers
threads = _server.threads
timeout = _server.timeout_seconds
graceful_timeout = _server.timeout_seconds
keepalive = 5
# Load the app once in the master, then fork: workers share one configuration (in development,
# one generated secret key, so HMAC keys and the canary agree across workers) and boot faster.
preload_app = True
accesslog = None
errorlog = "-"
logconfig_dict = build_logging_config(_server.log_level)
# Gunicorn's own lifecycle lines go through the same JSON handler and content filter.
logconfig_dict["loggers"]["gunicorn.error"] = {
    "handlers": ["stdout"],
    "level": _server.log_level,
    "propagate": False,
}
# Gunicorn trusts no peer's forwarding headers: Django reads X-Forwarded-Proto itself
# (SECURE_PROXY_SSL_HEADER) and the client address from X-Forwarded-For (TRUSTED_PROXY_COUNT), so
# a client can never set SCRIPT_NAME, PATH_INFO or the URL scheme of the WSGI environment.
forwarded_allow_ips = ""
forwarder_headers = ""
secure_scheme_headers: dict[str, str] = {}
# No runtime control socket: nothing uses it, and it is a shared path between instances.
control_socket_disable = True


def on_exit(server: object) -> None:
    shutil.rmtree(_metrics_dir, ignore_errors=True)


def child_exit(server: object, worker: Any) -> None:
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)  # type: ignore[no-untyped-call]  # live gauges


def post_worker_init(worker: object) -> None:
    from django.conf import settings

    if settings.ROOT_URLCONF == "config.urls":  # the service, not bench/bare_app.py
        from config.wsgi import warm_up_worker

        warm_up_worker()
