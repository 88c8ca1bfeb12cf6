from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from newsroom.models import Article

from .models import Claim, Decision, RejectReason
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
