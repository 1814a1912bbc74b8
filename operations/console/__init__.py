"""The ops console (DESIGN §4.5): Django's admin over the operational tables, read-only.

Its own app, apart from the persistence and admission code of `operations/`: the admin site and
its login throttle (`site.py`), the model admins (`admin.py`), the dashboard's queries
(`dashboard.py`), the "ops viewer" group (`permissions.py`), chart template tags and templates.
Nothing on the request path imports it (tests/operations/test_layout.py).
"""
