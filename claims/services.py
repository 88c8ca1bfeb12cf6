"""Every write of the claims side: turn extractor output into Claim rows."""
from __future__ import annotations

from django.db import transaction

from newsroom.models import Article

from .extraction import EXTRACTOR_VERSION, extract_article
from .models import Claim


@transaction.atomic
def extract_claims(*, article: Article) -> list[Claim]:
    """Replace the article's undecided claims with what the current extractor finds.

    Running it twice leaves the same rows. Claims an editor has decided are never touched:
    a new claim with the same kind and span as a decided one is not added again.
    """
    result = extract_article(article.body, published=article.published_on, clean=False)
    article.claims.filter(status=Claim.Status.PENDING).delete()
    decided = set(article.claims.decided().values_list("kind", "start", "end"))
    claims = [
        claim_from_output(article=article, data=data)
        for data in result["claims"]
        if (data["kind"], data["start"], data["end"]) not in decided
    ]
    Claim.objects.bulk_create(claims)
    article.extractor_version = EXTRACTOR_VERSION
    if result.get("language") and not article.language:
        article.language = result["language"]
    article.save(update_fields=["extractor_version", "language"])
    return claims


def claim_from_output(*, article: Article, data: dict) -> Claim:
    """Build an unsaved Claim from one claim of the extractor's JSON output."""
    date = data.get("date") or {}
    quantity = data.get("quantity") or {}
    return Claim(
        article=article,
        kind=data["kind"],
        text=data["text"],
        start=data["start"],
        end=data["end"],
        extractor_version=EXTRACTOR_VERSION,
        date_value=date.get("value") or "",
        date_precision=date.get("precision") or "",
        date_expression=(date.get("expression") or "")[:200],
        dates=data.get("dates") or [],
        quantity_value=quantity.get("value"),
        quantity_qualifier=quantity.get("qualifier") or "",
        quantity_unit=(quantity.get("unit") or "")[:60],
        quantity_expression=(quantity.get("expression") or "")[:200],
        quantities=data.get("quantities") or [],
        speaker=(data.get("speaker") or "")[:300],
        speaker_canonical=(data.get("speaker_canonical") or "")[:300],
        sentence_kind=data.get("sentence_kind") or "",
        score=data.get("score") or 0.0,
    )
