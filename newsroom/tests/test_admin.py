import pytest
from django.urls import reverse

from newsroom.models import Source

from .factories import ArticleFactory, SourceFactory

pytestmark = pytest.mark.django_db


def test_admins_bulk_deactivate_and_activate_sources(admin_client):
    sources = SourceFactory.create_batch(3)
    url = reverse("admin:newsroom_source_changelist")
    response = admin_client.post(url, {"action": "deactivate", "_selected_action": [s.pk for s in sources[:2]]},
                                 follow=True)
    assert "2 sources deactivated" in response.content.decode()
    assert list(Source.objects.active()) == [sources[2]]
    admin_client.post(url, {"action": "activate", "_selected_action": [sources[0].pk]})
    assert Source.objects.active().count() == 2


def test_admin_lists_filter_and_search(admin_client):
    SourceFactory(name="وكالة الأنباء", active=False)
    SourceFactory(name="Reuters")
    url = reverse("admin:newsroom_source_changelist")
    assert "وكالة الأنباء" in admin_client.get(url, {"active__exact": "0"}).content.decode()
    assert "Reuters" not in admin_client.get(url, {"q": "وكالة"}).content.decode()
    article = ArticleFactory()
    page = admin_client.get(reverse("admin:newsroom_article_change", args=[article.pk])).content.decode()
    assert "raw input" in page.lower()


def test_the_source_list_says_how_each_feed_fares(admin_client):
    from django.utils import timezone
    SourceFactory(name="بلا خلاصة", feed_url="")
    SourceFactory(name="جديدة", feed_url="https://example.org/new.xml")
    SourceFactory(name="تعمل", feed_url="https://example.org/ok.xml", last_fetched_at=timezone.now())
    SourceFactory(name="معطلة", feed_url="https://example.org/bad.xml", last_fetched_at=timezone.now(),
                  last_error="HTTP 404 from https://example.org/bad.xml")
    page = admin_client.get(reverse("admin:newsroom_source_changelist")).content.decode()
    for status in ("no feed", "not fetched yet", "working", "failed: HTTP 404 from https://example.org/bad.xml"):
        assert f'<td class="field-feed_status">{status}</td>' in page
