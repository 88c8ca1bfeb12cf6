"""Attribute sentences to speakers. (stub: owned by the speakers helper)"""
from __future__ import annotations

from .types import Attribution, Sentence


def attribute_sentences(body: str, sentences: list[Sentence]) -> list[Attribution | None]:
    """Return, for each sentence, who it is attributed to (carried over for "وأضاف"), or None."""
    return [None for _ in sentences]


def link_name_variants(names: list[str]) -> dict[str, str]:
    """Map each name to one canonical spelling shared by its variants (تشوي سون هوي / تشو سون هوي)."""
    return {name: name for name in names}
