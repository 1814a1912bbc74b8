"""The framework ceiling for bench/service.py: a bare Django JSON view, nothing else.

Served by the same gunicorn settings as the service (`gunicorn bench.bare_app -c
config/gunicorn.py`), so the difference to the service is our middleware, database work and
governance — not the framework or the server.
"""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpRequest, JsonResponse
from django.urls import path

settings.configure(
    DEBUG=False,
    SECRET_KEY="bench-only-not-a-secret-" + "x" * 40,
    ALLOWED_HOSTS=["*"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
    LOGGING_CONFIG=None,
)


def bare(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


urlpatterns = [path("bare", bare), path("health", bare)]  # /health: the runner waits on it
application = get_wsgi_application()
