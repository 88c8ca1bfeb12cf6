from django.contrib import admin

from .models import Claim


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "status", "date_value", "quantity_value", "speaker", "score", "article"]
    list_filter = ["kind", "status", "extractor_version"]
    search_fields = ["text", "speaker"]
    list_select_related = ["article"]
    raw_id_fields = ["article"]
