from django.contrib import admin

from .models import Claim, ClaimGroup, Decision, Story


class DecisionInline(admin.TabularInline):
    model = Decision
    extra = 0
    can_delete = False
    fields = ["created_at", "editor", "action", "reason", "note", "undone"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False  # decisions are made in the review queue, where they are version-checked


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "status", "date_value", "quantity_value", "speaker", "score", "article"]
    list_filter = ["kind", "status", "is_current", "extractor_version"]
    search_fields = ["text", "speaker"]
    list_select_related = ["article"]
    raw_id_fields = ["article", "reviewed_by", "assigned_to"]
    readonly_fields = ["version", "reviewed_by", "reviewed_at", "status", "reject_reason"]
    inlines = [DecisionInline]


@admin.register(Decision)
class DecisionAdmin(admin.ModelAdmin):
    list_display = ["created_at", "editor", "action", "reason", "claim", "undone"]
    list_filter = ["action", "reason", "undone"]
    list_select_related = ["editor", "claim"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False  # the history is a record: nobody edits it


@admin.register(Story)
class StoryAdmin(admin.ModelAdmin):
    list_display = ["title", "is_published", "published_at", "created_by", "created_at"]
    list_filter = ["is_published"]
    search_fields = ["title", "description"]
    filter_horizontal = ["articles"]
    readonly_fields = ["public_slug", "published_at"]


@admin.register(ClaimGroup)
class ClaimGroupAdmin(admin.ModelAdmin):
    list_display = ["__str__", "story", "kind", "agreement", "date_value", "confirmed_count", "locked"]
    list_filter = ["agreement", "kind", "locked", "story"]
    search_fields = ["label"]
    readonly_fields = ["agreement", "values", "date_value", "date_start", "date_end", "confirmed_count"]
