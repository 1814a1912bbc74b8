"""Template filters that lay out the dashboard's server-side SVG bar charts and format values."""

from __future__ import annotations

from dataclasses import dataclass

from django import template

register = template.Library()

BAR_MAX_WIDTH = 200
ROW_HEIGHT = 20


@dataclass(frozen=True)
class Bar:
    label: str
    text: str  # the value as shown: a count with its share, or a percentage
    width: int
    y: int


def _percent(fraction: float) -> str:
    value = 100 * fraction
    return f"{value:.0f} %" if value >= 10 or value == 0 else f"{value:.1f} %"


@register.filter
def bars(rows: dict[str, int], total: int = 0) -> list[Bar]:
    """Counts, scaled to the largest; with `total`, each also shows its share of it."""
    peak = max(rows.values(), default=0)
    return [
        Bar(
            label,
            f"{value:,} ({_percent(value / total)})" if total else f"{value:,}",
            max(1, round(BAR_MAX_WIDTH * value / peak)) if peak else 0,
            i * ROW_HEIGHT,
        )
        for i, (label, value) in enumerate(rows.items())
    ]


@register.filter
def share_bars(rows: dict[str, float | None]) -> list[Bar]:
    """Fractions on a fixed 0–100 % scale (longer bars are capped at the scale's end)."""
    return [
        Bar(
            label,
            "no rows" if share is None else _percent(share),
            0 if not share else max(1, round(BAR_MAX_WIDTH * min(share, 1.0))),
            i * ROW_HEIGHT,
        )
        for i, (label, share) in enumerate(rows.items())
    ]


@register.filter
def chart_height(count: int) -> int:
    return max(1, count) * ROW_HEIGHT


@register.filter
def percent(fraction: float | None) -> str:
    return "—" if fraction is None else _percent(fraction)


@register.filter
def duration(hours: float | None) -> str:
    """An age or a limit in the unit that reads best: minutes, hours or days."""
    if hours is None:
        return "—"
    if hours < 1:
        return f"{hours * 60:.0f} min"
    if hours < 48:
        return f"{hours:.1f} h"
    return f"{hours / 24:.1f} days"


@register.filter
def tier_shares(tiers: tuple) -> dict[str, float]:  # type: ignore[type-arg]
    return {tier.plan_tier: tier.share_used for tier in tiers}


@register.filter
def retention_shares(rows: tuple) -> dict[str, float | None]:  # type: ignore[type-arg]
    return {row.table: row.share_of_limit for row in rows}
