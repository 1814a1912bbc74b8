"""Template filters that lay out the dashboard's server-side SVG bar charts."""

from __future__ import annotations

from dataclasses import dataclass

from django import template

register = template.Library()

BAR_MAX_WIDTH = 200
ROW_HEIGHT = 20


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    width: int
    y: int


@register.filter
def bars(rows: dict[str, int]) -> list[Bar]:
    peak = max(rows.values(), default=0)
    return [
        Bar(
            label, value, max(1, round(BAR_MAX_WIDTH * value / peak)) if peak else 0, i * ROW_HEIGHT
        )
        for i, (label, value) in enumerate(rows.items())
    ]


@register.filter
def chart_height(count: int) -> int:
    return max(1, count) * ROW_HEIGHT
