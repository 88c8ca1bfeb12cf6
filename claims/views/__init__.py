"""Pages of the claims app: the review queue, stories and their timelines."""
from .review import bulk_decide, claim_detail, claim_edit, decide, queue_count, review_queue, take_batch, undo
from .stories import (
    public_embed,
    public_timeline,
    story_add_articles,
    story_create,
    story_export,
    story_group_action,
    story_list,
    story_publish,
    story_timeline,
)

__all__ = [
    "bulk_decide", "claim_detail", "claim_edit", "decide", "public_embed", "public_timeline", "queue_count",
    "review_queue", "story_add_articles", "story_create", "story_export", "story_group_action", "story_list",
    "story_publish", "story_timeline", "take_batch", "undo",
]
