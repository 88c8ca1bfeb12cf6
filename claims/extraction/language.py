"""Detect the language of a text. (stub: owned by the cleaning helper)"""
from __future__ import annotations


def detect_language(text: str) -> str | None:
    """Return an ISO 639-1 code, or None when the text is too short to tell."""
    arabic = sum(1 for ch in text if "\u0600" <= ch <= "\u06ff")
    letters = sum(1 for ch in text if ch.isalpha())
    if not letters:
        return None
    return "ar" if arabic / letters > 0.5 else None
