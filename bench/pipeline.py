"""In-process cost of the governance pipeline per message (DESIGN §7: target ≤ 100 µs median).

Runs every stage plus the offline renderer over a varied corpus (the golden corpus and the
generalisation prompts), and — in the same run, over the same texts — a bare
`str.lower().split()` loop as the floor. Prints medians in microseconds and the ratio.

    python bench/pipeline.py [--rounds N]
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from chat.governance import OfflineRenderer, govern  # noqa: E402

GOLDENS = REPO / "tests" / "chat" / "goldens"
TARGET_MICROS = 100.0


def corpus() -> list[str]:
    lines = (GOLDENS / "corpus.txt").read_text(encoding="utf-8").splitlines()
    texts = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    with (REPO / "chat" / "governance" / "corpus" / "team" / "xstest_style_r2.csv").open(
        newline="", encoding="utf-8"
    ) as handle:
        texts += [row["prompt"] for row in csv.DictReader(handle)]
    return texts


def per_message_micros(fn: Callable[[str], object], texts: list[str], rounds: int) -> list[float]:
    """For each text, the fastest of `rounds` timings (µs): noise only ever adds time."""
    best = [float("inf")] * len(texts)
    for _ in range(rounds):
        for i, text in enumerate(texts):
            started = time.perf_counter()
            fn(text)
            best[i] = min(best[i], (time.perf_counter() - started) * 1e6)
    return best


def emit(line: str) -> None:
    """One line of the report on standard output."""
    sys.stdout.write(f"{line}\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    texts = corpus()
    renderer = OfflineRenderer()

    def pipeline(text: str) -> object:
        return govern(text, renderer=renderer)

    def baseline(text: str) -> object:
        return text.lower().split()

    pipeline(texts[0])  # import-time compilation is not per-message cost
    governed = per_message_micros(pipeline, texts, args.rounds)
    floor = per_message_micros(baseline, texts, args.rounds)
    p_med, b_med = statistics.median(governed), statistics.median(floor)
    p99 = sorted(governed)[int(0.99 * (len(governed) - 1))]
    emit(f"{'what':34} {'median us':>10} {'p99 us':>8}")
    emit(f"{'governance pipeline + offline':34} {p_med:10.1f} {p99:8.1f}")
    emit(f"{'baseline str.lower().split()':34} {b_med:10.2f} {max(floor):8.2f}")
    emit(f"messages: {len(texts)}, rounds: {args.rounds}, ratio: {p_med / b_med:.0f}x baseline")
    emit(
        f"target <= {TARGET_MICROS:.0f} us median: {'met' if p_med <= TARGET_MICROS else 'MISSED'}"
    )
    return 0 if p_med <= TARGET_MICROS else 1


if __name__ == "__main__":
    raise SystemExit(main())
