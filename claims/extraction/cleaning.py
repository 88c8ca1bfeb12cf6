"""Clean scraped article text and read its title, date and credit. (stub: owned by the cleaning helper)"""
from __future__ import annotations

from .types import CleanedText


def clean_text(raw: str) -> CleanedText:
    """Return the article body without boilerplate, and the metadata the text states."""
    return CleanedText(body=raw.strip())
