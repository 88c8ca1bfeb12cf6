"""(temporary stub by the lead so the app imports; the grouping helper replaces this whole file)"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GroupItem:
    key: int
    article: int
    outlet: str
    kind: str
    text: str
    date_value: str | None = None
    quantity_value: float | None = None
    quantity_unit: str | None = None
    qualifier: str | None = None
    speaker: str | None = None


@dataclass(frozen=True)
class Agreement:
    status: str
    values: list


def group_items(items):
    return [[item.key] for item in items]


def agreement(items):
    outlets = {item.outlet or item.article for item in items}
    return Agreement("single" if len(outlets) < 2 else "corroborated", [])


def suggest_story(article_text, stories, *, min_score=0.2):
    return None, 0.0
