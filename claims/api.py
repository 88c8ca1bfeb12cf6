"""GET /api/claims/, its detail, decisions and history."""
from django.db.models import Count
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.response import Response

from newsroom.permissions import ActionPermissionsMixin

from .exports import EXPORTS
from .filters import ClaimFilter
from .models import Claim, Story
from .serializers import (
    ClaimSerializer,
    DecisionInputSerializer,
    DecisionSerializer,
    StorySerializer,
    TimelineEntrySerializer,
)
from .services import ClaimNotReviewable, StaleClaim, create_story, decide_claim
from .services.timeline import TimelineFilters, build_timeline
from .story_forms import TimelineFilterForm
from .views.stories import streaming_export


class ClaimViewSet(ActionPermissionsMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = ClaimSerializer
    filterset_class = ClaimFilter
    action_perms = {"decision": "claims.review_claim", "*": "claims.view_claim"}

    def get_queryset(self):
        return Claim.objects.current().select_related("article__source", "reviewed_by").order_by("-score", "pk")

    @extend_schema(request=DecisionInputSerializer, responses={
        200: ClaimSerializer, 400: OpenApiResponse(description="Invalid decision"),
        409: OpenApiResponse(description="Stale version: another editor decided first; nothing was saved")})
    @action(detail=True, methods=["post"])
    def decision(self, request, pk=None):
        """Confirm, reject (with a reason) or correct a claim, sending the version you saw."""
        claim = self.get_object()
        payload = DecisionInputSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        data = payload.validated_data
        try:
            claim = decide_claim(claim=claim, editor=request.user, action=data["decision"], version=data["version"],
                                 reason=data.get("reason", ""), note=data.get("note", ""),
                                 corrections=payload.corrections())
        except StaleClaim as exc:
            return Response({
                "detail": str(exc),
                "claim": ClaimSerializer(exc.claim).data,
                "decision": DecisionSerializer(exc.decision).data if exc.decision else None,
            }, status=status.HTTP_409_CONFLICT)
        except ClaimNotReviewable as exc:
            return Response({"detail": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
        return Response(ClaimSerializer(claim).data)

    @extend_schema(responses=DecisionSerializer(many=True))
    @action(detail=True, methods=["get"])
    def history(self, request, pk=None):
        """Every decision on the claim, newest first."""
        claim = self.get_object()
        return Response(DecisionSerializer(claim.decisions.select_related("editor"), many=True).data)


class IgnoreFormatParameter(DefaultContentNegotiation):
    """Let ?format= name the export format instead of a DRF renderer."""

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


class StoryViewSet(ActionPermissionsMixin, viewsets.ModelViewSet):
    serializer_class = StorySerializer
    http_method_names = ["get", "post", "patch", "head", "options"]
    action_perms = {"create": "claims.add_story", "partial_update": "claims.change_story",
                    "*": "claims.view_story"}

    def get_queryset(self):
        return Story.objects.annotate(article_count=Count("articles")).order_by("-created_at", "-id")

    def perform_create(self, serializer):
        data = serializer.validated_data
        serializer.instance = create_story(title=data["title"], description=data.get("description", ""),
                                           user=self.request.user)

    @extend_schema(parameters=[OpenApiParameter("date_from", OpenApiTypes.DATE), OpenApiParameter("date_to", OpenApiTypes.DATE),
                               OpenApiParameter("outlet", str), OpenApiParameter("entity", str),
                               OpenApiParameter("kind", str, enum=Claim.Kind.values)],
                   responses=TimelineEntrySerializer(many=True))
    @action(detail=True, methods=["get"])
    def timeline(self, request, pk=None):
        """One entry per group of confirmed claims, in date order, with its agreement, values and sources."""
        story = self.get_object()
        form = TimelineFilterForm(request.query_params)
        if not form.is_valid():
            return Response(form.errors, status=status.HTTP_400_BAD_REQUEST)
        timeline = build_timeline(story=story, filters=TimelineFilters(**form.cleaned_data))
        entries = TimelineEntrySerializer(timeline.dated + timeline.undated, many=True,
                                          context={"request": request}).data
        return Response({"story": StorySerializer(story, context={"request": request}).data, "entries": entries})

    @extend_schema(parameters=[OpenApiParameter("format", str, enum=list(EXPORTS), required=True)],
                   responses={(200, "application/octet-stream"): OpenApiTypes.BINARY})
    @action(detail=True, methods=["get"], content_negotiation_class=IgnoreFormatParameter)
    def export(self, request, pk=None):
        """Stream the story's confirmed claims as csv, json, timelinejs, claimreview or ics."""
        story = self.get_object()
        fmt = request.query_params.get("format", "")
        if fmt not in EXPORTS:
            return Response({"detail": f"format must be one of: {', '.join(EXPORTS)}"},
                            status=status.HTTP_400_BAD_REQUEST)
        return streaming_export(request, story, fmt)
