from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.generic import RedirectView
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from . import views

newsroom_patterns = [
    path("articles/", views.article_list, name="article-list"),
    path("articles/new/", views.ingest, name="ingest"),
    path("articles/<int:pk>/", views.article_detail, name="article-detail"),
    path("articles/<int:pk>/status/", views.article_status, name="article-status"),
    path("language/", views.set_language, name="set-language"),
]

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="newsroom:article-list", permanent=False)),
    path("", include((newsroom_patterns, "newsroom"))),
    path("", include("claims.urls")),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("api/", include("newsroom.api_urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="api-docs"),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
]
