"""Background work on claims."""
from __future__ import annotations

import logging

from celery import shared_task
from django.db import transaction

from newsroom.models import Article

from .services import extract_claims, regroup_stories_of

logger = logging.getLogger(__name__)


@shared_task(acks_late=True)
def extract_article_task(article_id: int) -> str:
    """Extract an article's claims; record the outcome on the article. Safe to run twice."""
    updated = Article.objects.filter(pk=article_id).exclude(status=Article.Status.EXTRACTING).update(
        status=Article.Status.EXTRACTING, error=""
    )
    article = Article.objects.filter(pk=article_id).first()
    if article is None:  # deleted after it was queued
        return "missing"
    if not updated:
        logger.info("article %s: extraction already running, running it again", article_id)
    try:
        with transaction.atomic():
            claims = extract_claims(article=article)
            regroup_stories_of(article=article)
            Article.objects.filter(pk=article_id).update(status=Article.Status.DONE, error="")
    except Exception as exc:  # any failure is recorded on the article; the raw input stays as it was
        logger.exception("article %s: extraction failed", article_id)
        Article.objects.filter(pk=article_id).update(
            status=Article.Status.FAILED, error=f"{type(exc).__name__}: {exc}"[:2000]
        )
        return "failed"
    return f"{len(claims)} claims"
