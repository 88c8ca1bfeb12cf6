from django.urls import path

from . import views

app_name = "claims"

urlpatterns = [
    path("review/", views.review_queue, name="queue"),
    path("review/count/", views.queue_count, name="queue-count"),
    path("review/undo/", views.undo, name="undo"),
    path("review/bulk/", views.bulk_decide, name="bulk"),
    path("review/batch/", views.take_batch, name="batch"),
    path("claims/<int:pk>/", views.claim_detail, name="claim-detail"),
    path("claims/<int:pk>/decide/", views.decide, name="decide"),
    path("claims/<int:pk>/edit/", views.claim_edit, name="claim-edit"),
    path("stories/", views.story_list, name="story-list"),
    path("stories/new/", views.story_create, name="story-create"),
    path("stories/<int:pk>/", views.story_timeline, name="story-timeline"),
    path("stories/<int:pk>/articles/", views.story_add_articles, name="story-add-articles"),
    path("stories/<int:pk>/groups/", views.story_group_action, name="story-groups"),
    path("stories/<int:pk>/publish/", views.story_publish, name="story-publish"),
    path("stories/<int:pk>/export/<str:fmt>/", views.story_export, name="story-export"),
    path("p/<slug:slug>/", views.public_timeline, name="public-timeline"),
    path("p/<slug:slug>/embed/", views.public_embed, name="public-embed"),
]
