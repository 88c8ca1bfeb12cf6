"""Claims extracted from articles, and what editors decided about them."""
from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class ClaimQuerySet(models.QuerySet["Claim"]):
    def pending_review(self):
        """Return claims awaiting an editor."""
        return self.filter(status=Claim.Status.PENDING)

    def decided(self):
        """Return claims an editor has confirmed or rejected."""
        return self.exclude(status=Claim.Status.PENDING)

    def with_article(self):
        return self.select_related("article__source")


class Claim(models.Model):
    class Kind(models.TextChoices):
        EVENT = "event", _("Dated event")
        QUANTITY = "quantity", _("Quantity")
        STATEMENT = "statement", _("Attributed statement")

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        CONFIRMED = "confirmed", _("Confirmed")
        REJECTED = "rejected", _("Rejected")

    article = models.ForeignKey("newsroom.Article", on_delete=models.CASCADE, related_name="claims")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    text = models.TextField()
    start = models.PositiveIntegerField(help_text=_("Offset of the claim in the article body."))
    end = models.PositiveIntegerField()
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING, db_index=True)
    version = models.PositiveIntegerField(default=1, help_text=_("Bumped on every change, for optimistic locking."))
    extractor_version = models.CharField(max_length=32, blank=True)
    # Structured fields, as the extractor returned them; the first date/quantity is denormalised for filters.
    date_value = models.CharField(max_length=40, blank=True, db_index=True)
    date_precision = models.CharField(max_length=16, blank=True)
    date_expression = models.CharField(max_length=200, blank=True)
    dates = models.JSONField(default=list, blank=True)
    quantity_value = models.FloatField(null=True, blank=True)
    quantity_qualifier = models.CharField(max_length=16, blank=True)
    quantity_unit = models.CharField(max_length=60, blank=True)
    quantity_expression = models.CharField(max_length=200, blank=True)
    quantities = models.JSONField(default=list, blank=True)
    speaker = models.CharField(max_length=300, blank=True)
    speaker_canonical = models.CharField(max_length=300, blank=True)
    sentence_kind = models.CharField(max_length=16, blank=True)
    score = models.FloatField(default=0.0, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["-score", "article_id", "start"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "extractor_version", "kind", "start", "end"], name="claim_unique_per_extraction"
            ),
            models.CheckConstraint(condition=models.Q(end__gt=models.F("start")), name="claim_span_not_empty"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.text[:80]}"
