"""GET /api/claims/, its detail, decisions and history."""
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from newsroom.permissions import ActionPermissionsMixin

from .filters import ClaimFilter
from .models import Claim
from .serializers import ClaimSerializer, DecisionInputSerializer, DecisionSerializer
from .services import ClaimNotReviewable, StaleClaim, decide_claim


class ClaimViewSet(ActionPermissionsMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = ClaimSerializer
    filterset_class = ClaimFilter
    action_perms = {"decision": "claims.review_claim", "*": "claims.view_claim"}

    def get_queryset(self):
        return Claim.objects.for_queue().order_by("-score", "pk")

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
