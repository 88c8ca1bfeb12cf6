"""Background work on sources."""
from __future__ import annotations

from celery import shared_task

from .models import Source
from .services import poll_source


@shared_task
def poll_feeds_task() -> int:
    """Queue a poll of every active source that has a feed."""
    ids = list(Source.objects.with_feeds().values_list("pk", flat=True))
    for source_id in ids:
        poll_source_task.delay(source_id)
    return len(ids)


@shared_task
def poll_source_task(source_id: int) -> int:
    """Poll one source's feed and ingest its new entries."""
    source = Source.objects.filter(pk=source_id, active=True).first()
    if source is None:  # deleted or deactivated after it was queued
        return 0
    return len(poll_source(source=source))
