"""The suite really runs on PostgreSQL when DATABASE_URL says so, and the de-duplication key holds there."""
import pytest
from django.db import IntegrityError, connection, transaction

from newsroom.models import Article
from newsroom.services import content_hash

pytestmark = pytest.mark.postgres  # conftest.py: skips on SQLite, fails in CI without PostgreSQL


def make_article(body: str, **fields) -> Article:
    return Article.objects.create(
        body=body, raw_input=body.encode(), content_hash=content_hash(body), channel=Article.Channel.PASTE, **fields
    )


def test_the_database_is_postgresql(db):
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_encoding")
        assert cursor.fetchone()[0] == "UTF8"


def test_the_same_text_cannot_be_stored_twice(db):
    body = "قال وزير المالية يوم الأحد إن العجز بلغ 3 مليارات دولار."
    make_article(body)
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article("قال وزير المالية يوم الأحد  إن العجز بلغ 3 مليارات دولار.\n", title="same words, other spaces")
    assert Article.objects.count() == 1
    assert Article.objects.get().body == body  # Arabic round-trips unchanged
