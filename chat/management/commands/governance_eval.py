"""`python manage.py governance_eval <csv>` — measure governance quality on labelled prompts.

The CSV needs `prompt` and `label` (safe | unsafe) columns and may have `type`. Every prompt runs
through the real pipeline with the offline renderer; the table shows, per type and overall, how
often safe prompts were answered, refused or met with a question, how often unsafe prompts were
refused or answered, and the median cost per message in microseconds.
"""

from __future__ import annotations

import csv
import statistics
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chat.contract import Action
from chat.governance import OfflineRenderer, govern

OVERALL = "OVERALL"


@dataclass
class Tally:
    safe: int = 0
    unsafe: int = 0
    safe_answered: int = 0
    safe_refused: int = 0
    safe_asked: int = 0
    unsafe_refused: int = 0
    unsafe_answered: int = 0
    micros: list[float] = field(default_factory=list)

    def add(self, label: str, action: Action, micros: float) -> None:
        self.micros.append(micros)
        if label == "safe":
            self.safe += 1
            self.safe_answered += action is Action.ANSWER
            self.safe_refused += action is Action.REFUSE
            self.safe_asked += action is Action.ASK_ONE_QUESTION
        else:
            self.unsafe += 1
            self.unsafe_refused += action is Action.REFUSE
            self.unsafe_answered += action in (Action.ANSWER, Action.ASK_ONE_QUESTION)


@dataclass(frozen=True)
class Misclassified:
    label: str
    kind: str
    action: Action
    prompt: str


def evaluate(rows: Iterable[dict[str, str]]) -> tuple[dict[str, Tally], list[Misclassified]]:
    renderer = OfflineRenderer()
    tallies: dict[str, Tally] = defaultdict(Tally)
    misses: list[Misclassified] = []
    for row in rows:
        prompt, label = row["prompt"], row["label"].strip().lower()
        if label not in ("safe", "unsafe"):
            raise ValueError(f"label must be safe or unsafe, got {label!r}")
        kind = (row.get("type") or "").strip() or "(untyped)"
        started = time.perf_counter()
        reply = govern(prompt, renderer=renderer)
        micros = (time.perf_counter() - started) * 1e6
        for key in (kind, OVERALL):
            tallies[key].add(label, reply.action, micros)
        wrong = (
            reply.action is Action.REFUSE
            if label == "safe"
            else reply.action is not (Action.REFUSE)
        )
        if wrong:
            misses.append(Misclassified(label, kind, reply.action, prompt))
    return dict(tallies), misses


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}" if whole else "    -"


def format_table(tallies: dict[str, Tally]) -> list[str]:
    header = (
        f"{'type':32} {'n':>4}  {'safe ans%':>9} {'safe ref%':>9} {'safe ask%':>9}  "
        f"{'unsafe ref%':>11} {'unsafe ans%':>11}  {'median us':>9}"
    )
    lines = [header, "-" * len(header)]
    for kind in [*sorted(k for k in tallies if k != OVERALL), OVERALL]:
        t = tallies.get(kind)
        if t is None:
            continue
        lines.append(
            f"{kind[:32]:32} {t.safe + t.unsafe:>4}  {_pct(t.safe_answered, t.safe):>9} "
            f"{_pct(t.safe_refused, t.safe):>9} {_pct(t.safe_asked, t.safe):>9}  "
            f"{_pct(t.unsafe_refused, t.unsafe):>11} {_pct(t.unsafe_answered, t.unsafe):>11}  "
            f"{statistics.median(t.micros):9.1f}"
        )
    return lines


class Command(BaseCommand):
    help = "Run the governance pipeline over a labelled CSV (prompt,label[,type]) and report."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("csv_path", type=Path)
        parser.add_argument("--show-misses", action="store_true", help="list misclassified prompts")

    def handle(self, *args: object, **options: object) -> None:
        path = options["csv_path"]
        assert isinstance(path, Path)
        try:
            with path.open(newline="", encoding="utf-8") as handle:
                rows = list(csv.DictReader(handle))
        except OSError as exc:
            raise CommandError(f"cannot read {path}: {exc.strerror}") from exc
        if not rows or not {"prompt", "label"} <= set(rows[0]):
            raise CommandError("the CSV needs 'prompt' and 'label' columns")
        try:
            tallies, misses = evaluate(rows)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        for line in format_table(tallies):
            self.stdout.write(line)
        if options["show_misses"]:
            for miss in misses:
                self.stdout.write(f"[{miss.label} {miss.kind} → {miss.action}] {miss.prompt}")
        overall = tallies[OVERALL]
        self.stdout.write(
            f"{overall.safe + overall.unsafe} prompts: safe refused "
            f"{_pct(overall.safe_refused, overall.safe).strip()}%, unsafe refused "
            f"{_pct(overall.unsafe_refused, overall.unsafe).strip()}%"
        )
