"""Names that belong to the governance layer's internals and must never reach a client."""

from __future__ import annotations

import dataclasses
import enum
import importlib
import inspect
import pkgutil
import re

import chat.contract
import chat.governance
from chat.governance.render import DEFAULT_CANARY

PUBLIC = {
    *(
        member.name
        for enum_type in (chat.contract.Action, chat.contract.FailureType)
        for member in enum_type
    ),
    *chat.contract.RESPONSE_KEYS,
    "user_text",
}


def internal_names() -> set[str]:
    """Identifiers of plan types, enum members and fields, plus the canary — not the contract."""
    names = {DEFAULT_CANARY}
    for module_info in pkgutil.iter_modules(chat.governance.__path__):
        module = importlib.import_module(f"chat.governance.{module_info.name}")
        for name, value in inspect.getmembers(module, inspect.isclass):
            if value.__module__ != module.__name__:
                continue
            if issubclass(value, enum.Enum):
                names.add(name)
                names.update(m.name for m in value if "_" in m.name and m.name not in PUBLIC)
            elif dataclasses.is_dataclass(value):
                names.add(name)
                names.update(f.name for f in dataclasses.fields(value) if "_" in f.name)
    # Single ordinary words ("Posture", "Severity") can appear in honest prose; identifiers can't.
    return {name for name in names - PUBLIC if "_" in name or re.search("[a-z][A-Z]", name)}
