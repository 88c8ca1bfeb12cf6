"""Rank claims by how worth checking they are."""
from __future__ import annotations

from .types import ExtractedClaim


def score_claim(claim: ExtractedClaim) -> float:
    """Return a check-worthiness score in [0, 1]: specific, attributed, numeric and dated claims rank first."""
    score = 0.2
    if claim.quantities:
        score += 0.3
    if claim.dates:
        score += 0.15 + (0.1 if any(d.precision in ("day", "interval") for d in claim.dates) else 0.0)
    if claim.speaker:
        score += 0.2 if not claim.speaker.carried else 0.15
    if claim.sentence_kind in ("summary", "heading", "caption"):
        score -= 0.1
    return max(0.0, min(1.0, score))
