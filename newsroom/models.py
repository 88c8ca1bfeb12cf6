"""Sources the newsroom follows and the articles it has taken in."""
from __future__ import annotations

from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class SourceQuerySet(models.QuerySet["Source"]):
    def active(self):
        """Return sources the newsroom still follows."""
        return self.filter(active=True)

    def with_feeds(self):
        """Return active sources that have a feed to poll."""
        return self.active().exclude(feed_url="")


class Source(models.Model):
    class Reliability(models.TextChoices):
        WIRE = "wire", _("Wire agency")
        ESTABLISHED = "established", _("Established outlet")
        REGIONAL = "regional", _("Regional or partisan outlet")
        UNVERIFIED = "unverified", _("Unverified")

    name = models.CharField(_("name"), max_length=200, unique=True)
    homepage = models.URLField(_("homepage"), max_length=500, blank=True)
    feed_url = models.URLField(_("RSS/Atom feed"), max_length=1000, blank=True)
    language = models.CharField(_("language"), max_length=16, default="ar")
    reliability = models.CharField(
        _("reliability tier"), max_length=16, choices=Reliability.choices, default=Reliability.UNVERIFIED
    )
    active = models.BooleanField(_("active"), default=True)
    notes = models.TextField(_("notes"), blank=True)
    last_fetched_at = models.DateTimeField(_("last fetch"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


SOURCE_NAMES_CACHE_KEY = "newsroom:source-names"


def source_names() -> dict[int, str]:
    """Every source's name by id, for pages that show many outlets (the review queue's cards and filter).
    Cached for a minute, and forgotten whenever a source is saved or deleted (NewsroomConfig.ready)."""
    return cache.get_or_set(SOURCE_NAMES_CACHE_KEY, lambda: dict(Source.objects.values_list("pk", "name")), 60)


def forget_source_names(**kwargs) -> None:
    cache.delete(SOURCE_NAMES_CACHE_KEY)


SUMMARY_MARKERS = {"ملخص", "الملخص", "باختصار", "أبرز النقاط", "Summary"}


class ArticleQuerySet(models.QuerySet["Article"]):
    def in_progress(self):
        """Return articles whose extraction has not finished."""
        return self.filter(status__in=[Article.Status.QUEUED, Article.Status.EXTRACTING])

    def with_source(self):
        return self.select_related("source")


class Article(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        EXTRACTING = "extracting", _("Extracting")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    class Precision(models.TextChoices):
        DAY = "day", _("Day")
        MONTH = "month", _("Month")
        YEAR = "year", _("Year")
        UNKNOWN = "unknown", _("Unknown")

    class Channel(models.TextChoices):
        PASTE = "paste", _("Pasted text")
        UPLOAD = "upload", _("Uploaded file")
        URL = "url", _("Fetched URL")
        FEED = "feed", _("Feed")
        COMMAND = "command", _("Command line")
        API = "api", _("API")

    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles")
    url = models.URLField(_("URL"), max_length=2000, null=True, blank=True, unique=True)
    title = models.CharField(_("title"), max_length=500, blank=True)
    published_on = models.DateField(_("published"), null=True, blank=True)
    published_precision = models.CharField(max_length=8, choices=Precision.choices, default=Precision.UNKNOWN)
    source_credit = models.CharField(_("credited source"), max_length=300, blank=True)
    language = models.CharField(_("language"), max_length=16, blank=True)
    raw_input = models.BinaryField(_("raw input, exactly as received"))
    raw_encoding = models.CharField(max_length=40, blank=True)
    raw_content_type = models.CharField(max_length=100, blank=True)
    raw_filename = models.CharField(max_length=255, blank=True)
    body = models.TextField(_("cleaned body"))
    removed = models.JSONField(_("removed while cleaning"), default=list, blank=True)
    content_hash = models.CharField(max_length=64, unique=True)
    channel = models.CharField(max_length=16, choices=Channel.choices)
    ingested_at = models.DateTimeField(auto_now_add=True)
    ingested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED, db_index=True)
    error = models.TextField(blank=True)
    extractor_version = models.CharField(max_length=32, blank=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-ingested_at", "-id"]

    def __str__(self) -> str:
        """Name the article by its title, else by its first line of text (not a "ملخص:" marker or a bullet)."""
        if self.title:
            return self.title
        for line in self.body.splitlines():
            line = line.strip().lstrip("-•*· ").strip()
            if line and line.rstrip(":：").strip() not in SUMMARY_MARKERS:
                return line[:80]
        return self.body[:80]

    def get_absolute_url(self) -> str:
        return reverse("newsroom:article-detail", args=[self.pk])

    @property
    def outlet(self) -> str:
        """Name the outlet: the curated source, else the credit line the text gave ("" when neither)."""
        return (self.source.name if self.source_id else "") or self.source_credit

    @property
    def is_in_progress(self) -> bool:
        return self.status in (self.Status.QUEUED, self.Status.EXTRACTING)


class UserPreference(models.Model):
    """What each user chose for themselves: the interface language."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="preference")
    language = models.CharField(_("interface language"), max_length=8, choices=settings.LANGUAGES,
                                default=settings.LANGUAGE_CODE)

    def __str__(self) -> str:
        return f"{self.user}: {self.language}"
