from rest_framework.routers import DefaultRouter

from claims.api import ClaimViewSet, StoryViewSet

from .api import ArticleViewSet, SourceViewSet

router = DefaultRouter()
router.register("articles", ArticleViewSet, basename="article")
router.register("sources", SourceViewSet, basename="source")
router.register("claims", ClaimViewSet, basename="claim")
router.register("stories", StoryViewSet, basename="story")

urlpatterns = router.urls
