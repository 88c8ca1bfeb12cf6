from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from .models import Article, Source


class ArticleSerializer(serializers.ModelSerializer):
    outlet = serializers.CharField(read_only=True)
    claim_count = serializers.IntegerField(read_only=True, required=False)

    class Meta:
        model = Article
        fields = ["id", "url", "title", "outlet", "source", "source_credit", "published_on", "published_precision",
                  "language", "status", "error", "extractor_version", "channel", "ingested_at", "body",
                  "claim_count"]
        read_only_fields = fields


class ArticleIngestSerializer(serializers.Serializer):
    """Input of POST /api/articles/: the text (or HTML) of an article, or a URL to fetch."""

    text = serializers.CharField(required=False, allow_blank=True, trim_whitespace=False)
    html = serializers.CharField(required=False, allow_blank=True, trim_whitespace=False)
    url = serializers.URLField(required=False, allow_blank=True)
    fetch = serializers.BooleanField(default=False, help_text=_("Fetch `url` instead of sending the text."))
    title = serializers.CharField(required=False, allow_blank=True, max_length=500)
    outlet = serializers.CharField(required=False, allow_blank=True, max_length=200)
    source = serializers.PrimaryKeyRelatedField(queryset=Source.objects.all(), required=False, allow_null=True)
    published = serializers.DateField(required=False, allow_null=True)

    def validate(self, data):
        if data.get("fetch"):
            if not data.get("url"):
                raise serializers.ValidationError({"url": _("Give the URL to fetch.")})
        elif not (data.get("text") or data.get("html")):
            raise serializers.ValidationError(_("Send the article as `text` or `html`, or a `url` with fetch=true."))
        return data


class SourceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ["id", "name", "homepage", "feed_url", "language", "reliability", "active", "last_fetched_at",
                  "last_error"]
