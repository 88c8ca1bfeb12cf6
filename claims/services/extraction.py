"""Turn extractor output into Claim rows."""
from __future__ import annotations

from django.db import transaction

from newsroom.models import Article

from ..extraction import EXTRACTOR_VERSION, extract_article
from ..extraction.timex import timex_bounds
from ..models import Claim

# Fields the extractor owns: refreshed on undecided claims when a newer extractor finds them again.
EXTRACTED_FIELDS = [
    "text", "extractor_version", "date_value", "date_precision", "date_expression", "dates", "date_start",
    "date_end", "quantity_value", "quantity_qualifier", "quantity_unit", "quantity_expression", "quantities",
    "speaker", "speaker_canonical", "sentence_kind", "score", "is_current",
]


@transaction.atomic
def extract_claims(*, article: Article) -> list[Claim]:
    """Bring the article's claims in line with what the current extractor finds. Safe to run twice.

    Claims are matched by kind and span. An undecided claim found again is refreshed in place; a
    decided one is never touched. New findings become pending claims; claims no longer found are
    marked not current (kept, with their history).
    """
    result = extract_article(article.body, published=article.published_on, clean=False)
    existing = {(c.kind, c.start, c.end): c for c in article.claims.select_for_update()}
    found, to_create, to_update = set(), [], []
    for data in result["claims"]:
        fresh = claim_from_output(article=article, data=data)
        key = (fresh.kind, fresh.start, fresh.end)
        found.add(key)
        old = existing.get(key)
        if old is None:
            to_create.append(fresh)
        elif old.status == Claim.Status.PENDING:
            for field in EXTRACTED_FIELDS:
                setattr(old, field, getattr(fresh, field))
            to_update.append(old)
        elif not old.is_current:
            old.is_current = True
            old.save(update_fields=["is_current"])
    Claim.objects.bulk_create(to_create)
    Claim.objects.bulk_update(to_update, EXTRACTED_FIELDS)
    vanished = [c.pk for key, c in existing.items() if key not in found and c.is_current]
    Claim.objects.filter(pk__in=vanished).update(is_current=False)

    article.extractor_version = EXTRACTOR_VERSION
    if result.get("language") and not article.language:
        article.language = result["language"]
    article.save(update_fields=["extractor_version", "language"])
    return list(article.claims.current().order_by("start"))


def claim_from_output(*, article: Article, data: dict) -> Claim:
    """Build an unsaved Claim from one claim of the extractor's JSON output."""
    date = data.get("date") or {}
    quantity = data.get("quantity") or {}
    bounds = timex_bounds(date.get("value"))
    return Claim(
        article=article,
        kind=data["kind"],
        text=data["text"],
        start=data["start"],
        end=data["end"],
        extractor_version=EXTRACTOR_VERSION,
        date_value=date.get("value") or "",
        date_precision=date.get("precision") or (bounds[2] if bounds else ""),
        date_expression=(date.get("expression") or "")[:200],
        dates=data.get("dates") or [],
        date_start=bounds[0] if bounds else None,
        date_end=bounds[1] if bounds else None,
        quantity_value=quantity.get("value"),
        quantity_qualifier=quantity.get("qualifier") or "",
        quantity_unit=(quantity.get("unit") or "")[:60],
        quantity_expression=(quantity.get("expression") or "")[:200],
        quantities=data.get("quantities") or [],
        speaker=(data.get("speaker") or "")[:300],
        speaker_canonical=(data.get("speaker_canonical") or "")[:300],
        sentence_kind=data.get("sentence_kind") or "",
        score=data.get("score") or 0.0,
        is_current=True,
    )
