"""REST API for articles: list, read and ingest."""
from django.db.models import Count
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from .models import Article, Source
from .permissions import ActionPermissionsMixin
from .serializers import ArticleIngestSerializer, ArticleSerializer, SourceSerializer
from .services import IngestError, ingest_article, ingest_url


class ArticleViewSet(ActionPermissionsMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = ArticleSerializer
    action_perms = {"create": "newsroom.add_article", "*": "newsroom.view_article"}
    filterset_fields = ["status", "source", "language", "channel"]

    def get_queryset(self):
        return Article.objects.with_source().defer("raw_input").annotate(claim_count=Count("claims")).order_by(
            "-ingested_at", "-id")

    @extend_schema(request=ArticleIngestSerializer, responses={201: ArticleSerializer, 200: ArticleSerializer})
    def create(self, request):
        """Ingest an article; 201 when added, 200 with the existing article when it is a duplicate."""
        payload = ArticleIngestSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        data = payload.validated_data
        fields = {"title": data.get("title", ""), "outlet": data.get("outlet", ""),
                  "published": data.get("published"), "source": data.get("source"), "user": request.user}
        try:
            if data.get("fetch"):
                result = ingest_url(url=data["url"], **fields)
            elif data.get("html"):
                result = ingest_article(content=data["html"], channel=Article.Channel.API, content_type="text/html",
                                        url=data.get("url") or None, **fields)
            else:
                result = ingest_article(content=data["text"], channel=Article.Channel.API,
                                        url=data.get("url") or None, **fields)
        except IngestError as exc:
            raise ValidationError({"detail": str(exc)}) from exc
        body = ArticleSerializer(result.article).data | {"duplicate": not result.created, "message": result.message}
        return Response(body, status=status.HTTP_201_CREATED if result.created else status.HTTP_200_OK)


class SourceViewSet(ActionPermissionsMixin, viewsets.ReadOnlyModelViewSet):
    action_perms = {"*": "newsroom.view_source"}
    serializer_class = SourceSerializer
    queryset = Source.objects.all()
    filterset_fields = ["active", "reliability", "language"]
