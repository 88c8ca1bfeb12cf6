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
from .stories import (
    add_articles,
    create_story,
    merge_groups,
    move_claim,
    publish_story,
    refresh_groups,
    regroup_stories_of,
    regroup_story,
    remove_article,
    suggest_story,
    unpublish_story,
)

__all__ = [
    "add_articles",
    "create_story",
    "merge_groups",
    "move_claim",
    "publish_story",
    "refresh_groups",
    "regroup_stories_of",
    "regroup_story",
    "remove_article",
    "suggest_story",
    "unpublish_story",
    "ClaimNotReviewable",
    "StaleClaim",
    "assign_batch",
    "claim_from_output",
    "decide_claim",
    "decide_claims",
    "extract_claims",
    "undo_last_decision",
]
