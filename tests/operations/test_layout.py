"""The console is apart from the request path: no request-path module imports it."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.support.servers import REPO

CONSOLE = "operations.console"
# Routing mounts the admin site; everything else serves requests or keeps the data.
ALLOWED = {REPO / "config" / "urls.py"}


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_request_path_module_imports_the_console() -> None:
    checked = 0
    for package in ("chat", "config", "operations"):
        for path in (REPO / package).rglob("*.py"):
            if (REPO / "operations" / "console") in path.parents or path in ALLOWED:
                continue
            checked += 1
            offending = {m for m in imported_modules(path) if m.startswith(CONSOLE)}
            assert not offending, f"{path.relative_to(REPO)} imports {offending}"
    assert checked > 50
