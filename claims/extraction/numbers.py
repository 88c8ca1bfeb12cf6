"""Read Arabic numbers written in digits or words. (stub: owned by the quantities helper)"""
from __future__ import annotations


def parse_number(text: str) -> float | None:
    """Return the value of a number phrase (digits, words, scale words), or None."""
    return None
