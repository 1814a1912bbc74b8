"""`python manage.py governance_eval <csv or folder> … | --held-out` — measure governance quality.

Each CSV needs `prompt` and `label` (safe | unsafe | frame) columns and may have `type` and the
corpus columns. `--held-out` evaluates the held-out side of the committed corpus split (rows no
training run has seen), one table row per source file. Every prompt runs through the real
pipeline with the offline renderer and the default policy. The tables show, per file, per type
and per hazard category of the harmful rows (where the corpus knows it): how often safe prompts
were answered, refused or met with a question, how often harmful prompts (frames count as
harmful: a jailbreak template is a prompt attack) were refused, and the median cost per message
in microseconds. `--min-unsafe-refused` / `--max-safe-refused` (percentages) make the command
exit 1 when the overall result is below the floor a release requires. With `--held-out` it also
reports a fixed sample of held-out harmful requests obfuscated five ways and put into the
held-out jailbreak frames (`corpus/disguise.py`); `--min-disguised-refused` is the floor for
the worst of those.
"""

from __future__ import annotations

import statistics
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chat.contract import Action
from chat.governance import OfflineRenderer, corpus, govern
from chat.governance.corpus.disguise import disguised

OVERALL = "OVERALL"


@dataclass
class Tally:
    safe: int = 0
    unsafe: int = 0
    safe_answered: int = 0
    safe_refused: int = 0
    safe_asked: int = 0
    unsafe_refused: int = 0
    micros: list[float] = field(default_factory=list)

    def add(self, harmful: bool, action: Action, micros: float) -> None:
        self.micros.append(micros)
        if harmful:
            self.unsafe += 1
            self.unsafe_refused += action is Action.REFUSE
        else:
            self.safe += 1
            self.safe_answered += action is Action.ANSWER
            self.safe_refused += action is Action.REFUSE
            self.safe_asked += action is Action.ASK_ONE_QUESTION


@dataclass(frozen=True)
class Miss:
    label: str
    kind: str
    action: Action
    prompt: str


@dataclass
class Report:
    by_file: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_type: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_category: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    misses: list[Miss] = field(default_factory=list)

    @property
    def overall(self) -> Tally:
        return self.by_file.get(OVERALL, Tally())


def evaluate(rows: Iterable[corpus.Row]) -> Report:
    renderer = OfflineRenderer()
    report = Report()
    for row in rows:
        harmful = row.label != "safe"
        started = time.perf_counter()
        reply = govern(row.prompt, renderer=renderer)
        micros = (time.perf_counter() - started) * 1e6
        for key in (row.source, OVERALL):
            report.by_file[key].add(harmful, reply.action, micros)
        for key in (row.type or "(untyped)", OVERALL):
            report.by_type[key].add(harmful, reply.action, micros)
        if row.label == "unsafe":
            category = corpus.category_of(row)
            report.by_category[category.value if category else "(unknown)"].add(
                harmful, reply.action, micros
            )
        elif row.label == "frame":
            report.by_category["PROMPT_ATTACK (frame alone)"].add(harmful, reply.action, micros)
        if (reply.action is Action.REFUSE) != harmful:
            report.misses.append(Miss(row.label, row.type, reply.action, row.prompt))
    return report


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}" if whole else "    -"


def format_table(title: str, tallies: dict[str, Tally]) -> list[str]:
    header = (
        f"{title:34} {'n':>5}  {'safe ans%':>9} {'safe ref%':>9} {'safe ask%':>9}  "
        f"{'harmful ref%':>12}  {'median us':>9}"
    )
    lines = [header, "-" * len(header)]
    for key in [*sorted(k for k in tallies if k != OVERALL), OVERALL]:
        t = tallies.get(key)
        if t is None:
            continue
        lines.append(
            f"{key[:34]:34} {t.safe + t.unsafe:>5}  {_pct(t.safe_answered, t.safe):>9} "
            f"{_pct(t.safe_refused, t.safe):>9} {_pct(t.safe_asked, t.safe):>9}  "
            f"{_pct(t.unsafe_refused, t.unsafe):>12}  {statistics.median(t.micros):9.1f}"
        )
    return lines


def read_rows(paths: list[Path]) -> list[corpus.Row]:
    rows: list[corpus.Row] = []
    for path in paths:
        files = sorted(path.glob("*.csv")) if path.is_dir() else [path]
        for file in files:
            rows += corpus.read_file(file, file.stem)
    return rows


class Command(BaseCommand):
    help = "Run the governance pipeline over labelled CSVs (or the held-out split) and report."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="*", type=Path, help="CSV files or folders of them")
        parser.add_argument("--held-out", action="store_true", help="the corpus' held-out split")
        parser.add_argument("--show-misses", action="store_true", help="list misclassified prompts")
        parser.add_argument("--min-unsafe-refused", type=float, default=None)
        parser.add_argument("--max-safe-refused", type=float, default=None)
        parser.add_argument(
            "--min-disguised-refused",
            type=float,
            default=None,
            help="with --held-out: floor for the obfuscated and framed held-out requests",
        )

    def handle(self, *args: object, **options: object) -> None:
        paths = options["paths"]
        assert isinstance(paths, list)
        try:
            rows = read_rows(paths)
        except (OSError, KeyError, ValueError) as exc:
            raise CommandError(f"cannot read the CSVs: {exc}") from exc
        if options["held_out"]:
            rows += [row for row in corpus.rows() if row.held_out]
        if not rows:
            raise CommandError("nothing to evaluate: give CSV paths or --held-out")
        report = evaluate(rows)
        for title, tallies in (
            ("file", report.by_file),
            ("type", report.by_type),
            ("hazard category (harmful rows)", report.by_category),
        ):
            for line in format_table(title, tallies):
                self.stdout.write(line)
            self.stdout.write("")
        if options["show_misses"]:
            for miss in report.misses:
                self.stdout.write(f"[{miss.label} {miss.kind} → {miss.action}] {miss.prompt}")
        disguise = None
        if options["held_out"]:
            disguise = evaluate(disguised([row for row in corpus.rows() if row.held_out])).by_file
            for line in format_table("disguised held-out harmful requests", disguise):
                self.stdout.write(line)
            self.stdout.write("")
        overall = report.overall
        safe_refused = 100 * overall.safe_refused / overall.safe if overall.safe else 0.0
        unsafe_refused = 100 * overall.unsafe_refused / overall.unsafe if overall.unsafe else 100.0
        self.stdout.write(
            f"{overall.safe + overall.unsafe} prompts: safe refused {safe_refused:.1f}%, "
            f"harmful refused {unsafe_refused:.1f}%"
        )
        floor = options["min_unsafe_refused"]
        ceiling = options["max_safe_refused"]
        if isinstance(floor, float) and unsafe_refused < floor:
            raise CommandError(f"harmful refused {unsafe_refused:.1f}% is below {floor}%")
        if isinstance(ceiling, float) and safe_refused > ceiling:
            raise CommandError(f"safe refused {safe_refused:.1f}% is above {ceiling}%")
        disguise_floor = options["min_disguised_refused"]
        if isinstance(disguise_floor, float) and disguise is not None:
            worst = min(
                (100 * t.unsafe_refused / t.unsafe, name)
                for name, t in disguise.items()
                if name != OVERALL and not name.startswith("disguise/plain")
            )
            if worst[0] < disguise_floor:
                raise CommandError(
                    f"{worst[1]}: refused {worst[0]:.1f}% is below {disguise_floor}%"
                )
