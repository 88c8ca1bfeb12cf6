"""Split a body into sentences. (stub: owned by the speakers helper)"""
from __future__ import annotations

import re

from .types import Sentence

_END = re.compile(r"[^.!؟?\n]+[.!؟?]*")


def split_sentences(body: str) -> list[Sentence]:
    """Return the sentences of body in order; spans index body."""
    out = []
    for m in _END.finditer(body):
        text = m.group().strip()
        if text:
            start = m.start() + (len(m.group()) - len(m.group().lstrip()))
            out.append(Sentence(start, start + len(text), text))
    return out
