"""Find and normalise date expressions. (stub: owned by the dates helper)"""
from __future__ import annotations

import datetime as dt

from .types import DateMention


def find_dates(body: str, *, published: dt.date | None = None) -> list[DateMention]:
    """Return the date expressions in body, resolved against the publication date."""
    return []
