"""Rank claims by how worth checking they are: specific, attributed, numeric and dated claims first."""
from __future__ import annotations

import re

from .types import ExtractedClaim

# Hedged or second-hand wording makes a claim less checkable as stated (still worth a look, but later).
# A hedge opens a word: at the text's start or after whitespace.
_HEDGE_WORDS = (r"(?:[وف]?ربما|[وف]?قد\s|يعتقد|يُعتقد|من المحتمل|من المرجح|يرجح|يُرجح|تكهنات|شائعات|"
                r"مزاعم|يبدو|على ما يبدو|يشاع|يُشاع)")
_HEDGES = re.compile(r"(?:^|\s)" + _HEDGE_WORDS)
# _HEDGES found in two parts: at the start, then after whitespace. A pattern opening with \s lets the regex
# engine skip to the spaces, where (?:^|\s) makes it try every hedge at every character.
_HEDGE_AT_START = re.compile(_HEDGE_WORDS)
_HEDGE_AFTER_SPACE = re.compile(r"\s" + _HEDGE_WORDS)
_WORD = re.compile(r"\w+")
# Every hedge above holds one of these, or is قد before whitespace: substring tests in C (and a regex search for
# the literal قد) spare most claims the hedge search. (str's `in` beats a regex alternation here: the
# alternation's first letters are common ones.) قد alone is a common substring (عقد، فقد، قدم): its test
# asks for the whitespace after it, as the hedge does.
_HEDGE_NEEDS = ("ربما", "عتقد", "محتمل", "رجح", "تكهنات", "شائعات", "مزاعم", "يبدو", "شاع")
_QAD_BEFORE_SPACE = re.compile(r"قد\s")
# Six words or more, found without listing every word of the claim.
_SIX_WORDS = re.compile(r"(?<!\w)\w++(?:\W++\w++){5}")  # possessive: linear on one huge word


def score_claim(claim: ExtractedClaim) -> float:
    """Return a check-worthiness score in [0, 1]."""
    score = 0.15
    if claim.quantities:
        score += 0.3 + (0.05 if any(q.unit for q in claim.quantities) else 0.0)
    if claim.dates:
        score += 0.15 + (0.1 if any(d.precision in ("day", "interval") for d in claim.dates) else 0.0)
    if claim.speaker:
        score += 0.15 if claim.speaker.carried else 0.2
    if _hedged(claim.text):
        score -= 0.1
    if not _SIX_WORDS.search(claim.text):  # fewer than six words
        score -= 0.1
    if claim.sentence_kind in ("summary", "heading", "caption"):
        score -= 0.1
    return round(max(0.0, min(1.0, score)), 3)


def _hedged(text: str) -> bool:
    """Say whether _HEDGES finds a hedge in text."""
    if not any(map(text.__contains__, _HEDGE_NEEDS)) and _QAD_BEFORE_SPACE.search(text) is None:
        return False
    return _HEDGE_AT_START.match(text) is not None or _HEDGE_AFTER_SPACE.search(text) is not None
