import pytest

from newsroom.models import Article
from newsroom.tasks import poll_feeds_task, poll_source_task

from .articles import ELECTION
from .factories import SourceFactory

pytestmark = pytest.mark.django_db

RSS = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>
<item><title>الانتخابات</title><link>{url}</link></item></channel></rss>"""


def test_beat_task_polls_only_active_sources_with_feeds(local_site):
    local_site.routes["/a"] = (200, {"Content-Type": "text/html; charset=utf-8"},
                               f"<html><body><article><p>{ELECTION}</p></article></body></html>".encode())
    local_site.routes["/feed"] = (200, {"Content-Type": "application/rss+xml"},
                                  RSS.format(url=local_site.url("/a")).encode())
    followed = SourceFactory(feed_url=local_site.url("/feed"))
    SourceFactory(feed_url=local_site.url("/feed"), active=False)
    SourceFactory(feed_url="")
    assert poll_feeds_task() == 1  # tasks run inline in tests
    assert list(Article.objects.values_list("source", flat=True)) == [followed.pk]


def test_polling_a_deactivated_source_does_nothing():
    source = SourceFactory(active=False, feed_url="http://127.0.0.1:1/feed")
    assert poll_source_task(source.pk) == 0
    source.refresh_from_db()
    assert source.last_fetched_at is None
