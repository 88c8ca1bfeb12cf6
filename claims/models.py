"""Claims extracted from articles, and what editors decided about them."""
from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


def grouped_number(value: float) -> str:
    """Return a number with thousands grouped, as editors read it: 8,000 or 7.2."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


class ClaimQuerySet(models.QuerySet["Claim"]):
    def pending_review(self):
        """Return claims awaiting an editor."""
        return self.filter(status=Claim.Status.PENDING)

    def decided(self):
        """Return claims an editor has confirmed or rejected."""
        return self.exclude(status=Claim.Status.PENDING)

    def current(self):
        """Return claims the latest extraction still finds (or that an editor decided)."""
        return self.filter(is_current=True)

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
    date_start = models.DateField(null=True, blank=True, db_index=True, help_text=_("First day the date covers."))
    date_end = models.DateField(null=True, blank=True, help_text=_("Last day the date covers."))
    speaker = models.CharField(max_length=300, blank=True)
    speaker_canonical = models.CharField(max_length=300, blank=True)
    sentence_kind = models.CharField(max_length=16, blank=True)
    score = models.FloatField(default=0.0, db_index=True)
    is_current = models.BooleanField(
        default=True, help_text=_("False once a newer extraction no longer finds this claim."))
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    reviewed_at = models.DateTimeField(null=True, blank=True)
    reject_reason = models.CharField(max_length=32, blank=True)
    assigned_to = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    assigned_until = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["-score", "article_id", "start"]
        permissions = [("review_claim", "Can confirm, reject and correct claims")]
        indexes = [models.Index(fields=["status", "is_current", "-score", "article", "start"], name="claim_queue_order")]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "extractor_version", "kind", "start", "end"], name="claim_unique_per_extraction"
            ),
            models.CheckConstraint(condition=models.Q(end__gt=models.F("start")), name="claim_span_not_empty"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.text[:80]}"

    def get_absolute_url(self) -> str:
        return reverse("claims:claim-detail", args=[self.pk])

    @property
    def is_decided(self) -> bool:
        return self.status != self.Status.PENDING

    @property
    def quantity_display(self) -> str:
        """Return the quantity as editors read it: 8,000 or 7.2."""
        if self.quantity_value is None:
            return ""
        return grouped_number(self.quantity_value)

    @property
    def quantity_input(self) -> str:
        """Return the quantity as an editable field shows it: 8000 or 7.2."""
        if self.quantity_value is None:
            return ""
        return f"{self.quantity_value:.0f}" if float(self.quantity_value).is_integer() else str(self.quantity_value)


class Qualifier(models.TextChoices):
    """How a quantity is stated (gold/README.md): "أكثر من 8 آلاف" is more_than 8000."""

    EXACT = "exact", _("exact")
    APPROX = "approx", _("approximately")
    MORE_THAN = "more_than", _("more than")
    LESS_THAN = "less_than", _("less than")
    AT_LEAST = "at_least", _("at least")
    UP_TO = "up_to", _("up to")


class RejectReason(models.TextChoices):
    NOT_A_CLAIM = "not_a_claim", _("Not a claim")
    WRONG_EXTRACTION = "wrong_extraction", _("Wrong extraction")
    DUPLICATE = "duplicate", _("Duplicate")
    UNVERIFIABLE = "unverifiable", _("Unverifiable")
    OTHER = "other", _("Other")


class Decision(models.Model):
    """One editor decision on a claim, with the values before and after it. Never edited."""

    class Action(models.TextChoices):
        CONFIRM = "confirm", _("Confirmed")
        REJECT = "reject", _("Rejected")
        CORRECT = "correct", _("Corrected and confirmed")
        UNDO = "undo", _("Undone")

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="decisions")
    editor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    action = models.CharField(max_length=16, choices=Action.choices)
    reason = models.CharField(max_length=32, choices=RejectReason.choices, blank=True)
    note = models.TextField(blank=True)
    old_values = models.JSONField(default=dict)
    new_values = models.JSONField(default=dict)
    claim_version = models.PositiveIntegerField(help_text=_("The claim's version after this decision."))
    undone = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} #{self.claim_id} by {self.editor}"

    def changes(self) -> list[tuple[str, object, object]]:
        """Return (field, old, new) for every field this decision changed."""
        return [(name, self.old_values.get(name), new) for name, new in self.new_values.items()
                if self.old_values.get(name) != new]


def _public_slug() -> str:
    return secrets.token_urlsafe(9)


class StoryQuerySet(models.QuerySet["Story"]):
    def published(self):
        """Return stories whose timeline is public."""
        return self.filter(is_published=True)


class Story(models.Model):
    """A news story: the articles that report it, and the timeline of its confirmed facts."""

    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    articles = models.ManyToManyField("newsroom.Article", related_name="stories", blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    is_published = models.BooleanField(_("published"), default=False)
    published_at = models.DateTimeField(null=True, blank=True)
    public_slug = models.SlugField(max_length=32, unique=True, default=_public_slug, editable=False)

    objects = StoryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "stories"

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("claims:story-timeline", args=[self.pk])

    def get_public_url(self) -> str:
        return reverse("claims:public-timeline", args=[self.public_slug])


class ClaimGroup(models.Model):
    """Claims of one story's articles that report the same event or the same quantity."""

    class Agreement(models.TextChoices):
        CORROBORATED = "corroborated", _("Corroborated")
        CONTRADICTED = "contradicted", _("Contradicted")
        SINGLE = "single", _("Single source")
        NONE = "none", _("Nothing confirmed yet")

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="groups")
    kind = models.CharField(max_length=16, choices=Claim.Kind.choices)
    label = models.CharField(_("label"), max_length=300, blank=True)
    locked = models.BooleanField(
        default=False, help_text=_("An editor arranged this group by hand; automatic grouping leaves it alone."))
    claims = models.ManyToManyField(Claim, through="GroupMembership", related_name="groups")
    # Derived from the confirmed members by services.stories.refresh_groups, so timelines and exports
    # can order and label groups without loading their claims.
    agreement = models.CharField(max_length=16, choices=Agreement.choices, default=Agreement.NONE, db_index=True)
    values = models.JSONField(default=list, blank=True)
    date_value = models.CharField(max_length=40, blank=True)
    date_start = models.DateField(null=True, blank=True, db_index=True)
    date_end = models.DateField(null=True, blank=True)
    confirmed_count = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["story", "date_start", "pk"]

    def __str__(self) -> str:
        return self.label or f"{self.get_kind_display()} #{self.pk}"


class GroupMembership(models.Model):
    group = models.ForeignKey(ClaimGroup, on_delete=models.CASCADE, related_name="memberships")
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="memberships")
    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["story", "claim"], name="one_group_per_claim_per_story")]
