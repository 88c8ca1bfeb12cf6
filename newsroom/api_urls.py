from rest_framework.routers import DefaultRouter

from .api import ArticleViewSet, SourceViewSet

router = DefaultRouter()
router.register("articles", ArticleViewSet, basename="article")
router.register("sources", SourceViewSet, basename="source")

urlpatterns = router.urls
