"""`python manage.py governance_goldens [--write]` — check (or regenerate) the golden snapshots.

The corpus (tests/chat/goldens/corpus.txt, one prompt per line, `#` comments) is run through the
deterministic layer; each prompt's plan signature (enum names only), the served text with the
offline renderer and the fallback text for its plan are compared with the committed snapshot
(tests/chat/goldens/snapshot.json), which also pins the version (SHA-256 prefix) of the trained
classifier artifact. Any drift is listed and the command exits 1. `--write` regenerates the
snapshot for review in the diff; it is never done automatically.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from chat.governance import OfflineRenderer, govern
from chat.governance.assess import assess
from chat.governance.classifier import classifier
from chat.governance.control import control
from chat.governance.express import express
from chat.governance.fallback import fallback_text
from chat.governance.normalize import normalize

GOLDENS = Path(settings.BASE_DIR) / "tests" / "chat" / "goldens"
CORPUS = GOLDENS / "corpus.txt"
SNAPSHOT = GOLDENS / "snapshot.json"


def read_corpus(path: Path = CORPUS) -> list[str]:
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def golden_entry(prompt: str) -> dict[str, Any]:
    state = assess(normalize(prompt))
    plan = express(control(state))
    reply = govern(prompt, renderer=OfflineRenderer())
    return {
        "prompt": prompt,
        "state": {
            "harm": state.harm.name if state.harm else None,
            "severity": state.severity.name,
            "neutralizer": state.neutralizer.name,
            "domain": state.domain.name,
            "reversibility": state.reversibility.name,
            "imminence": state.imminence.name,
            "affected": state.affected.name,
            "personal_decision": state.personal_decision,
            "unknowns": sorted(u.name for u in state.unknowns),
            "closure": state.closure.name,
            "language": state.language.name,
            "language_supported": state.language_supported,
        },
        "plan": {
            "action": plan.action.name,
            "route": plan.route.name if plan.route else None,
            "posture": plan.posture.name,
            "disclosures": [d.name for d in plan.disclosures],
            "max_tokens": plan.max_tokens,
            "max_chars": plan.max_chars,
            "question": plan.question.name,
            "refusal": plan.refusal.name,
            "refusal_mode": plan.refusal_mode.name,
            "closure_mode": plan.closure_mode.name,
        },
        "served_text": reply.text,
        "fallback_text": fallback_text(plan),
    }


def build_snapshot(prompts: list[str]) -> dict[str, Any]:
    return {
        "classifier_version": classifier().version,
        "entries": [golden_entry(prompt) for prompt in prompts],
    }


def snapshot_drift(expected: dict[str, Any], actual: dict[str, Any]) -> list[str]:
    """Human-readable differences between two snapshots (empty when identical)."""
    drift: list[str] = []
    if expected.get("classifier_version") != actual["classifier_version"]:
        drift.append(
            f"classifier artifact changed: {expected.get('classifier_version')} → "
            f"{actual['classifier_version']}"
        )
    by_prompt = {entry["prompt"]: entry for entry in expected.get("entries", [])}
    for entry in actual["entries"]:
        old = by_prompt.pop(entry["prompt"], None)
        if old is None:
            drift.append(f"new prompt not in snapshot: {entry['prompt']!r}")
            continue
        for key in ("state", "plan", "served_text", "fallback_text"):
            if old.get(key) != entry[key]:
                drift.append(f"{entry['prompt']!r}: {key} changed")
    drift += [f"prompt missing from corpus: {prompt!r}" for prompt in by_prompt]
    return drift


def dump(snapshot: dict[str, Any]) -> str:
    return json.dumps(snapshot, indent=1, ensure_ascii=False, sort_keys=True) + "\n"


class Command(BaseCommand):
    help = "Check the governance golden snapshot against the corpus (or --write to regenerate)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--write", action="store_true", help="regenerate the snapshot")

    def handle(self, *args: object, **options: object) -> None:
        actual = build_snapshot(read_corpus())
        if options["write"]:
            SNAPSHOT.write_text(dump(actual), encoding="utf-8")
            self.stdout.write(f"wrote {len(actual['entries'])} golden entries to {SNAPSHOT}")
            return
        if not SNAPSHOT.exists():
            raise CommandError(f"{SNAPSHOT} does not exist; run with --write and review it")
        expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
        drift = snapshot_drift(expected, actual)
        for line in drift:
            self.stdout.write(line)
        if drift:
            raise CommandError(f"{len(drift)} golden differences; review, then --write")
        self.stdout.write(f"{len(actual['entries'])} golden entries match")
