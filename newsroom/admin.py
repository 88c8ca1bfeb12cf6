from django.contrib import admin, messages
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .models import Article, Source


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "reliability", "language", "active", "feed_url", "last_fetched_at", "feed_status"]
    list_filter = ["active", "reliability", "language"]
    search_fields = ["name", "homepage", "feed_url", "notes"]
    list_editable = ["active"]
    readonly_fields = ["last_fetched_at", "last_error", "created_at"]
    actions = ["activate", "deactivate"]

    @admin.display(description=_("feed status"))
    def feed_status(self, source):
        """Say in words how the feed fares: a bare red cross read as an error on sources that have no feed."""
        if not source.feed_url:
            return _("no feed")
        if source.last_error:
            return _("failed: %(error)s") % {"error": Truncator(source.last_error).chars(80)}
        return _("working") if source.last_fetched_at else _("not fetched yet")

    @admin.action(description=_("Activate selected sources"))
    def activate(self, request, queryset):
        self._set_active(request, queryset, True)

    @admin.action(description=_("Deactivate selected sources"))
    def deactivate(self, request, queryset):
        self._set_active(request, queryset, False)

    def _set_active(self, request, queryset, active: bool):
        count = queryset.update(active=active)
        text = ngettext("%(count)d source %(state)s.", "%(count)d sources %(state)s.", count)
        self.message_user(request, text % {"count": count, "state": _("activated") if active else _("deactivated")},
                          messages.SUCCESS)


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "source", "published_on", "language", "status", "channel", "ingested_at"]
    list_filter = ["status", "channel", "language", "source"]
    search_fields = ["title", "body", "url", "source_credit"]
    date_hierarchy = "ingested_at"
    list_select_related = ["source"]
    readonly_fields = ["raw_input_preview", "raw_encoding", "raw_content_type", "raw_filename", "content_hash",
                       "removed", "ingested_at", "ingested_by", "status", "error", "extractor_version", "channel"]
    exclude = ["raw_input"]

    @admin.display(description=_("raw input"))
    def raw_input_preview(self, article):
        raw = bytes(article.raw_input or b"")
        try:
            return raw.decode(article.raw_encoding or "utf-8")[:5000]
        except (LookupError, UnicodeDecodeError):
            return f"{len(raw)} bytes"
