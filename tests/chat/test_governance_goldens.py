"""The deterministic layer is locked by the committed golden snapshot (DESIGN §2.7)."""

from __future__ import annotations

import json

from chat.management.commands.governance_goldens import (
    SNAPSHOT,
    build_snapshot,
    read_corpus,
    snapshot_drift,
)


def test_corpus_is_large_and_varied_enough() -> None:
    prompts = read_corpus()
    assert len(prompts) >= 140
    assert len(set(prompts)) == len(prompts)


def test_snapshot_has_no_drift() -> None:
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    drift = snapshot_drift(expected, build_snapshot(read_corpus()))
    assert drift == [], "run `python manage.py governance_goldens --write` and review the diff"


def test_snapshot_covers_every_action_and_stores_enum_names_only() -> None:
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    entries = expected["entries"]
    assert {e["plan"]["action"] for e in entries} == {
        "ANSWER",
        "ASK_ONE_QUESTION",
        "REFUSE",
        "CLOSE",
    }
    assert all(e["plan"]["action"].isupper() for e in entries)


def test_drift_is_detected() -> None:
    actual = build_snapshot(["bye"])
    tampered = {**actual, "entries": [{**actual["entries"][0], "served_text": "changed"}]}
    assert snapshot_drift(tampered, actual) == ["'bye': served_text changed"]


def test_a_retrained_classifier_is_drift() -> None:
    actual = build_snapshot(["bye"])
    tampered = {**actual, "classifier_version": "0" * 16}
    assert snapshot_drift(tampered, actual)[0].startswith("classifier artifact changed")
