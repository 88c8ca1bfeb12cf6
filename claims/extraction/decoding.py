"""Turn uploaded bytes into text. (stub: owned by the ingest helper)"""
from __future__ import annotations

from dataclasses import dataclass


class UndecodableInput(ValueError):
    """The bytes are not text in any encoding we can recognise."""


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str


def decode_bytes(raw: bytes) -> DecodedText:
    """Return the text of raw bytes and the encoding it was read with."""
    return DecodedText(raw.decode("utf-8-sig"), "utf-8")
