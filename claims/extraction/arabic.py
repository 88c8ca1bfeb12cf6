"""Shared helpers for folding Arabic text fast, with each stage's own table.

The stages fold letters, digits and marks with tables that differ on purpose (one keeps
tatweel, another maps Persian digits, …), so this module does not merge them: it only makes
applying a table cheaper. ``str.translate`` with a dict costs a lookup (and, for a character
the table lacks, a caught KeyError) for every character of the text. An article holds only a
few of the characters a table maps, and ``char in text`` is a fast C scan, so checking each
table entry and replacing the present ones with ``str.replace`` gives the same string several
times faster.
"""
from __future__ import annotations

from typing import Mapping


class CharFold:
    """Apply a one-character-to-string table (str.maketrans style) to whole texts."""

    def __init__(self, table: Mapping[int | str, int | str | None]) -> None:
        self.table: dict[str, str] = {}
        for key, value in table.items():
            char = chr(key) if isinstance(key, int) else key
            if len(char) != 1:
                raise ValueError(f"CharFold maps single characters, not {char!r}")
            self.table[char] = "" if value is None else chr(value) if isinstance(value, int) else value
        # Replacing one character after another equals a single translate only when no output
        # can be matched again by a later replacement.
        if any(ch in self.table for out in self.table.values() for ch in out):
            raise ValueError("CharFold table maps a character to text that the table maps again")
        self._pairs = tuple(self.table.items())
        self.translate_table = str.maketrans({ch: out or None for ch, out in self.table.items()})

    def __call__(self, text: str) -> str:
        """Return text.translate(table)."""
        for char, replacement in self._pairs:
            if char in text:
                text = text.replace(char, replacement)
        return text
