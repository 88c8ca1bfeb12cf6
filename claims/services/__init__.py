"""Every write of the claims side; views, API and tasks call these."""
from .extraction import claim_from_output, extract_claims
from .review import (
    ClaimNotReviewable,
    StaleClaim,
    assign_batch,
    decide_claim,
    decide_claims,
    undo_last_decision,
)

__all__ = [
    "ClaimNotReviewable",
    "StaleClaim",
    "assign_batch",
    "claim_from_output",
    "decide_claim",
    "decide_claims",
    "extract_claims",
    "undo_last_decision",
]
