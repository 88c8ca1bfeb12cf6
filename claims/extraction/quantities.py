"""Find quantities with their qualifier and unit. (stub: owned by the quantities helper)"""
from __future__ import annotations

from .types import QuantityMention


def find_quantities(body: str) -> list[QuantityMention]:
    """Return counted or measured quantities in body (not years, dates, ordinals or article numbers)."""
    return []
