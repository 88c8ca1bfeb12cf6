from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from newsroom.models import Article

from .models import Claim, ClaimGroup, Decision, RejectReason, Story
from .services.review import CORRECTABLE, QUALIFIERS


class ArticleRefSerializer(serializers.ModelSerializer):
    outlet = serializers.CharField(read_only=True)

    class Meta:
        model = Article
        fields = ["id", "title", "outlet", "url", "published_on", "language"]


class ClaimSerializer(serializers.ModelSerializer):
    article = ArticleRefSerializer(read_only=True)
    reviewed_by = serializers.StringRelatedField()

    class Meta:
        model = Claim
        fields = ["id", "article", "kind", "text", "start", "end", "status", "version", "score", "date_value",
                  "date_precision", "date_expression", "date_start", "date_end", "dates", "quantity_value",
                  "quantity_qualifier", "quantity_unit", "quantity_expression", "quantities", "speaker",
                  "speaker_canonical", "sentence_kind", "is_current", "reviewed_by", "reviewed_at", "reject_reason",
                  "extractor_version"]
        read_only_fields = fields


class DecisionSerializer(serializers.ModelSerializer):
    editor = serializers.StringRelatedField()

    class Meta:
        model = Decision
        fields = ["id", "action", "editor", "reason", "note", "old_values", "new_values", "claim_version", "undone",
                  "created_at"]


class DecisionInputSerializer(serializers.Serializer):
    decision = serializers.ChoiceField(choices=["confirm", "reject", "correct"])
    version = serializers.IntegerField(min_value=1, help_text=_("The claim version you saw; a stale one gets 409."))
    reason = serializers.ChoiceField(choices=RejectReason.choices, required=False, allow_blank=True)
    note = serializers.CharField(required=False, allow_blank=True, max_length=2000)
    text = serializers.CharField(required=False)
    date_value = serializers.CharField(required=False, allow_blank=True, max_length=40)
    quantity_value = serializers.CharField(required=False, allow_blank=True, allow_null=True, max_length=40)
    quantity_qualifier = serializers.ChoiceField(choices=sorted(QUALIFIERS), required=False)
    quantity_unit = serializers.CharField(required=False, allow_blank=True, max_length=60)
    speaker = serializers.CharField(required=False, allow_blank=True, max_length=300)

    def corrections(self) -> dict:
        return {name: self.validated_data[name] for name in CORRECTABLE if name in self.validated_data}


class StorySerializer(serializers.ModelSerializer):
    article_count = serializers.IntegerField(read_only=True)
    public_url = serializers.SerializerMethodField()

    class Meta:
        model = Story
        fields = ["id", "title", "description", "article_count", "is_published", "published_at", "public_url",
                  "created_at"]
        read_only_fields = ["is_published", "published_at", "created_at"]

    def get_public_url(self, story) -> str | None:
        request = self.context.get("request")
        if not story.is_published:
            return None
        return request.build_absolute_uri(story.get_public_url()) if request else story.get_public_url()


class TimelineSourceSerializer(serializers.ModelSerializer):
    outlet = serializers.CharField(source="article.outlet")
    article_id = serializers.IntegerField()
    article_url = serializers.CharField(source="article.url", allow_null=True)
    article_published = serializers.DateField(source="article.published_on", allow_null=True)
    sentence_url = serializers.SerializerMethodField()
    confirmed_by = serializers.StringRelatedField(source="reviewed_by")

    class Meta:
        model = Claim
        fields = ["id", "article_id", "outlet", "article_url", "article_published", "text", "date_value",
                  "quantity_value", "quantity_qualifier", "quantity_unit", "speaker", "sentence_url", "confirmed_by",
                  "reviewed_at"]

    def get_sentence_url(self, claim) -> str:
        url = f"{claim.article.get_absolute_url()}#claim-{claim.pk}"
        request = self.context.get("request")
        return request.build_absolute_uri(url) if request else url


class TimelineEntrySerializer(serializers.ModelSerializer):
    when = serializers.CharField()
    sources = TimelineSourceSerializer(many=True)
    outlets = serializers.ListField(child=serializers.CharField())

    class Meta:
        model = ClaimGroup
        fields = ["id", "kind", "label", "agreement", "values", "date_value", "date_start", "date_end", "when",
                  "outlets", "sources"]
