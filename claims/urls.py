from django.urls import path

from . import views

app_name = "claims"

urlpatterns = [
    path("review/", views.review_queue, name="queue"),
    path("review/undo/", views.undo, name="undo"),
    path("review/bulk/", views.bulk_decide, name="bulk"),
    path("review/batch/", views.take_batch, name="batch"),
    path("claims/<int:pk>/", views.claim_detail, name="claim-detail"),
    path("claims/<int:pk>/decide/", views.decide, name="decide"),
]
